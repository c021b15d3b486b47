from email.utils import make_msgid

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from followup.mail import PRESETS, build_message, check_account
from followup.shell.mailbox.accounts import (
    AccountError,
    AccountInput,
    remove,
    resume,
    save_account,
)
from followup.shell.mailbox.outbox import OutboxError, account_for, enqueue, resolve_by_user
from followup.shell.models import MailAccount, OutboxMessage, Step
from followup.shell.notes import note_for
from followup.shell.vault import VaultError
from followup.shell.views.common import redirect_back

# The most used first; any preset not named here is still offered, last.
_PROVIDER_ORDER = ("gmail", "outlook", "icloud", "yahoo", "fastmail")


class AccountForm(forms.Form):
    provider = forms.ChoiceField(
        choices=lambda: (
            [
                (key, PRESETS[key].get("label", key.title()))
                for key in sorted(PRESETS, key=lambda k: (_PROVIDER_ORDER + (k,)).index(k))
            ]
            + [("custom", "Another provider (enter the servers)")]
        ),
        help_text="Gmail, iCloud and Yahoo need an app password, not your usual one.",
    )
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    display_name = forms.CharField(max_length=200, required=False, label="Your name on notes")
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        label="Password",
        help_text="Stored encrypted; never shown again.",
    )
    username = forms.CharField(required=False, help_text="Only if it is not your address.")
    smtp_host = forms.CharField(required=False, label="SMTP server")
    smtp_port = forms.IntegerField(required=False, min_value=1, max_value=65535, label="SMTP port")
    smtp_security = forms.ChoiceField(
        choices=[("", "Preset")] + MailAccount.Security.choices,
        required=False,
        label="SMTP security",
    )
    imap_host = forms.CharField(required=False, label="IMAP server")
    imap_port = forms.IntegerField(required=False, min_value=1, max_value=65535, label="IMAP port")
    imap_security = forms.ChoiceField(
        choices=[("", "Preset")] + MailAccount.Security.choices,
        required=False,
        label="IMAP security",
    )
    delivery = forms.ChoiceField(
        choices=MailAccount.Delivery.choices,
        widget=forms.RadioSelect,
        initial=MailAccount.Delivery.DRAFT,
    )


@login_required
def mail_settings(request):
    accounts = MailAccount.objects.for_user(request.user)
    form = AccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            # The form's fields are named as AccountInput's: one place says what an account is.
            account = save_account(request.user, AccountInput(**data))
        except AccountError as exc:
            form.add_error(None, str(exc))
        else:
            return _report_check(request, account)
    outbox = OutboxMessage.objects.for_user(request.user).select_related("step")[:30]
    return render(
        request,
        "followup/mail.html",
        {"form": form, "accounts": accounts, "outbox": outbox},
    )


def _report_check(request, account: MailAccount):
    try:
        results = check_account(account.settings())
    except VaultError as exc:
        messages.error(request, str(exc))
        return redirect("mail")
    for result in results:
        level = messages.success if result.ok else messages.error
        level(request, f"{result.server.upper()}: {result.message}")
    return redirect("mail")


@login_required
@require_POST
def mail_account_action(request, pk: int):
    account = get_object_or_404(MailAccount.objects.for_user(request.user), pk=pk)
    action = request.POST.get("action")
    if action == "test":
        return _report_check(request, account)
    if action == "resume":
        resume(account)
        messages.success(request, f"{account.email} is active again.")
    elif action == "remove":
        remove(account)
        messages.success(request, f"Removed {account.email} and its stored password.")
    return redirect("mail")


@login_required
@require_POST
def step_queue(request, pk: int):
    step = get_object_or_404(Step.objects.for_user(request.user), pk=pk)
    mode = request.POST.get("mode")
    if mode not in OutboxMessage.Mode.values:
        messages.error(request, "Choose Drafts or Send.")
        return redirect(step)
    try:
        enqueue(step, mode)
    except OutboxError as exc:
        messages.error(request, str(exc).capitalize())
    else:
        messages.success(
            request,
            "Queued: it goes to your Drafts folder within a minute."
            if mode == OutboxMessage.Mode.DRAFT
            else "Queued: it is sent within a minute, unless they reply first.",
        )
    return redirect(step)


@login_required
def step_eml(request, pk: int):
    """The note as an .eml file, for any mail program (the "copy out" delivery)."""
    step = get_object_or_404(
        Step.objects.for_user(request.user).select_related("interviewer", "owner"), pk=pk
    )
    note = note_for(step)
    account = account_for(request.user)
    sender = account.email if account else (step.owner.email or "me@localhost")
    try:
        message = build_message(
            from_addr=sender,
            from_name=account.display_name if account else "",
            to_addr=step.interviewer.email or "recipient@invalid",
            to_name=step.interviewer.name,
            subject=note.subject,
            body=note.body,
            message_id=make_msgid(domain=sender.rsplit("@", 1)[-1]),
        )
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect(step)
    message["X-Unsent"] = "1"  # Outlook and Apple Mail open it as a draft to send
    response = HttpResponse(message.as_bytes(), content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="followup-{step.pk}.eml"'
    return response


@login_required
@require_POST
def outbox_resolve(request, pk: int):
    message = get_object_or_404(OutboxMessage.objects.for_user(request.user), pk=pk)
    try:
        resolve_by_user(message, sent=request.POST.get("answer") == "sent")
    except ValueError as exc:
        messages.error(request, str(exc).capitalize())
    else:
        messages.success(request, "Thanks: recorded.")
    return redirect_back(request, "mail")
