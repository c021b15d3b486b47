from email.utils import make_msgid

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from followup.mail import PRESETS, MailError, build_message
from followup.shell.mailbox import account_checks, oauth_accounts
from followup.shell.mailbox.accounts import (
    MAX_CA_BYTES,
    AccountError,
    AccountInput,
    apply_check,
    field_for,
    prepare_account,
    remove,
    store,
)
from followup.shell.mailbox.outbox import OutboxError, account_for, enqueue, resolve_by_user
from followup.shell.models import MailAccount, OutboxMessage, Step
from followup.shell.notes import note_for
from followup.shell.views import mail_oauth
from followup.shell.views.common import redirect_back

# The most used first; any preset not named here is still offered, last.
_PROVIDER_ORDER = ("gmail", "outlook", "icloud", "yahoo", "fastmail")


_SECURITY = [("", "Automatic (from the provider or the port)")] + MailAccount.Security.choices


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
        # Shown again (masked) when the sign-in check fails, so it need not be typed twice.
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}, render_value=True),
        label="Password",
        help_text="Stored encrypted; never shown again once saved.",
    )
    username = forms.CharField(required=False, help_text="Only if it is not your address.")
    smtp_host = forms.CharField(required=False, label="SMTP server")
    smtp_port = forms.IntegerField(required=False, min_value=1, max_value=65535, label="SMTP port")
    smtp_security = forms.ChoiceField(choices=_SECURITY, required=False, label="SMTP security")
    imap_host = forms.CharField(required=False, label="IMAP server")
    imap_port = forms.IntegerField(required=False, min_value=1, max_value=65535, label="IMAP port")
    imap_security = forms.ChoiceField(choices=_SECURITY, required=False, label="IMAP security")
    ca_certificate = forms.CharField(
        required=False,
        max_length=MAX_CA_BYTES,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        label="CA certificate (only for a private server)",
        help_text="Paste the PEM text, from -----BEGIN CERTIFICATE----- to the END line, when "
        "your server's certificate comes from your own certificate authority.",
    )
    delivery = forms.ChoiceField(
        choices=MailAccount.Delivery.choices,
        widget=forms.RadioSelect,
        initial=MailAccount.Delivery.DRAFT,
    )
    save_unverified = forms.BooleanField(
        required=False,
        label="Save it even if the sign-in check fails",
        help_text="It stays paused, and nothing is sent or put in Drafts, until a test passes.",
    )

    SERVER_FIELDS = (
        "username",
        "smtp_host",
        "smtp_port",
        "smtp_security",
        "imap_host",
        "imap_port",
        "imap_security",
        "ca_certificate",
    )

    def servers_open(self) -> bool:
        """Show the servers section open when it is needed or holds an error."""
        return self.data.get("provider") == "custom" or any(
            self.errors.get(name) for name in self.SERVER_FIELDS
        )


def _render_mail(request, form):
    return render(
        request,
        "followup/mail.html",
        {
            "form": form,
            "accounts": MailAccount.objects.for_user(request.user),
            "outbox": OutboxMessage.objects.for_user(request.user).select_related("step")[:30],
            "sign_in_offers": oauth_accounts.offered(),
            "oauth_guide": oauth_accounts.setup_guide(),
            "redirect_uri": mail_oauth.redirect_uri(request),
            "entra_redirect_uri": mail_oauth.localhost_redirect_uri(request),
            "delivery_choices": MailAccount.Delivery.choices,
        },
    )


@login_required
def mail_settings(request):
    form = AccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        save_unverified = data.pop("save_unverified")
        try:
            # The form's fields are named as AccountInput's: one place says what an account is.
            account = prepare_account(request.user, AccountInput(**data))
        except AccountError as exc:
            # Written for the command line's "error: ..."; a page wants a capital.
            message = str(exc)
            form.add_error(
                exc.field if exc.field in form.fields else None, message[:1].upper() + message[1:]
            )
        else:
            token = account_checks.start(
                request.user, account, request.POST.copy(), save_unverified
            )
            return redirect("mail_check", token)
    return _render_mail(request, form)


@login_required
def mail_check(request, token: str):
    """The sign-in check's progress; then the account saved, or the form back with the errors."""
    pending = account_checks.get(request.user, token)
    if pending is None:
        messages.error(request, "That sign-in check has expired: submit the form again.")
        return redirect("mail")
    if not pending.done:
        return render(request, "followup/mail_check.html", {"pending": pending}, status=202)
    pending = account_checks.take_finished(request.user, token)
    if pending is None:
        return redirect("mail")  # another tab finished it and showed the result
    results = pending.results()
    if pending.saved:  # "Test" or "Test and resume" on an account already saved
        account = MailAccount.objects.for_user(request.user).filter(pk=pending.account.pk).first()
        if account is not None:
            was_paused = account.paused_at is not None
            apply_check(account, results)
            _report(request, account, results)
            if was_paused and account.paused_at is None:
                messages.success(request, f"{account.email} is active again.")
        return redirect("mail")
    if all(r.ok for r in results) or pending.save_unverified:
        account = store(pending.account, results)
        _report(request, account, results)
        return redirect("mail")
    if pending.account.uses_oauth:  # no form to show again: the sign-in happened elsewhere
        for result in results:
            if not result.ok:
                messages.error(request, result.message)
        messages.error(
            request,
            f"The servers did not accept the sign-in for {pending.account.email}, so nothing "
            "was saved. Check that you signed in as that address, then try again.",
        )
        return redirect("mail")
    form = AccountForm(pending.form_data)
    form.is_valid()
    provider = form.cleaned_data.get("provider", "custom")
    for result in results:
        if not result.ok:
            name = field_for(result, provider)
            form.add_error(name if name in form.fields else None, result.message)
    form.add_error(None, "The sign-in check failed, so nothing was saved: see below.")
    return _render_mail(request, form)


def _report(request, account: MailAccount, results) -> None:
    for result in results:
        level = messages.success if result.ok else messages.error
        level(request, result.message)
    if account.paused_at:
        messages.warning(request, f"{account.email} is saved but paused: nothing is sent from it.")


@login_required
@require_POST
def mail_account_action(request, pk: int):
    account = get_object_or_404(MailAccount.objects.for_user(request.user), pk=pk)
    action = request.POST.get("action")
    if action in ("test", "resume"):
        if account.uses_oauth:
            # Renewed here, on the request thread: the check's thread must not write the row.
            try:
                oauth_accounts.access_token(account)
            except MailError as exc:
                messages.error(request, exc.message)
                return redirect("mail")
        # Resuming signs in first: an account that does not work is never used as if it did.
        # Off the request thread, like adding one: the check page shows the progress.
        token = account_checks.start(request.user, account, {}, False, saved=True)
        return redirect("mail_check", token)
    elif action == "remove":
        what = "its stored password"
        if account.uses_oauth:
            oauth_accounts.revoke_at_provider(account)
            what = "its sign-in"
        remove(account)
        messages.success(request, f"Removed {account.email} and {what}.")
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
