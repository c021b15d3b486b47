import shlex

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordChangeView
from django.contrib.messages.views import SuccessMessageMixin
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_POST

from followup.shell.accounts import AccountInput, FirstRunClosed, create_first_account
from followup.shell.actions import ensure_profile
from followup.shell.demo import load_demo
from followup.shell.forms import ProfileForm, WelcomeForm
from followup.shell.planning import replan_user
from followup.shell.views import api_tokens


def welcome(request):
    """First run: create the one account. Closed as soon as any account exists."""
    if get_user_model().objects.exists():
        if not request.user.is_authenticated:
            # Say why the sign-up page is gone; a team adds people from the command line.
            messages.info(
                request,
                "Followup is set up already: sign in. More accounts are added with "
                "`followup init` by whoever runs it.",
            )
        return redirect("dashboard")
    form = WelcomeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = create_first_account(
                AccountInput(
                    username=data["username"],
                    password=data["password"],
                    email=data["email"],
                    full_name=data["full_name"],
                    time_zone=data["time_zone"],
                    country=data["country"],
                )
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        except FirstRunClosed as exc:  # someone else finished the first run a moment ago
            messages.error(request, str(exc))
            return redirect("login")
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, "Welcome! Add your first interview, or load a sample.")
            return redirect("dashboard")
    return render(request, "followup/welcome.html", {"form": form})


@login_required
def profile_settings(request):
    profile = ensure_profile(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        replan_user(request.user)
        messages.success(request, "Settings saved; planned steps were re-timed.")
        return redirect("settings")
    context = {"form": form, **api_tokens.settings_context(request.user)}
    return render(request, "followup/settings.html", context)


@login_required
@require_POST
def load_sample(request):
    load_demo(request.user, timezone.now())
    messages.success(request, "Loaded three sample interviews.")
    return redirect("dashboard")


@login_required
@require_POST
def remove_sample(request):
    from followup.shell.demo import remove_demo

    count = remove_demo(request.user)
    messages.success(request, f"Removed {count} sample interview{'s' if count != 1 else ''}.")
    return redirect("dashboard")


def locked_out(request, credentials=None, *args, **kwargs):
    """django-axes calls this instead of signing in once the limit is reached."""
    from django.conf import settings
    from django.contrib.auth.forms import AuthenticationForm

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    form = AuthenticationForm(request, data=request.POST or None)
    form.errors.clear()
    # The name as typed, quoted for a shell, so the command can be pasted as it is (the page
    # escapes it as any text).
    typed = (request.POST.get("username") or "").strip()[:150]
    message = (
        f"Too many failed sign-ins for this user from this computer. Try again in {minutes} "
        "minutes, or ask whoever runs Followup to run "
        f"`followup unlock {shlex.quote(typed) if typed else 'USERNAME'}`."
    )
    return render(
        request,
        "followup/login.html",
        {"form": form, "locked_out": message},
        status=429,
    )


class PasswordChange(SuccessMessageMixin, PasswordChangeView):
    """Change the password (the old one first); the other sessions of the user end."""

    template_name = "followup/password.html"
    success_url = reverse_lazy("settings")
    success_message = "Your password was changed."
