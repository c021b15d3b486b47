from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone

from followup.shell.agenda import agenda_for


def dashboard(request):
    if not request.user.is_authenticated:
        # A fresh install has no account yet: send the user to create one, not to a login form.
        if not get_user_model().objects.exists():
            return redirect("welcome")
        return redirect("login")
    return _dashboard(request)


@login_required
def _dashboard(request):
    now = timezone.now()
    agenda = agenda_for(request.user, now)
    return render(request, "followup/dashboard.html", {"agenda": agenda, "now": now})
