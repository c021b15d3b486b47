"""Signing a mailbox in with Google, Microsoft or another OAuth 2.0 provider, from the web.

The authorisation-code flow with PKCE: "Sign in with ..." (a POST, so CSRF-checked) keeps the
state and the PKCE verifier in the user's session and sends the browser to the provider; the
provider sends it back to `callback`, which takes that state once (a second tab or a replayed
URL finds nothing), exchanges the code for tokens and hands the account to the same sign-in
check as a password account: nothing is saved until IMAP and SMTP both accept the token.
"""

from __future__ import annotations

import re
import time

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from followup.mail import MailError, oauth
from followup.shell.mailbox import account_checks
from followup.shell.mailbox.accounts import AccountError, AccountInput, prepare_account
from followup.shell.mailbox.oauth_accounts import MAIL_PRESET, client, servers_for
from followup.shell.models import MailAccount

SESSION_KEY = "followup_oauth"
EXPIRES_AFTER = 15 * 60  # seconds a sign-in may take at the provider
MAX_PENDING = 5  # sign-ins under way per session (several tabs), oldest dropped first


class SignInForm(forms.Form):
    oauth_provider = forms.CharField(max_length=20)
    email = forms.EmailField()
    display_name = forms.CharField(max_length=200, required=False)
    delivery = forms.ChoiceField(
        choices=MailAccount.Delivery.choices, initial=MailAccount.Delivery.DRAFT, required=False
    )
    # Only for the other provider, whose servers no preset knows.
    smtp_host = forms.CharField(required=False)
    smtp_port = forms.IntegerField(required=False, min_value=1, max_value=65535)
    smtp_security = forms.CharField(required=False)
    imap_host = forms.CharField(required=False)
    imap_port = forms.IntegerField(required=False, min_value=1, max_value=65535)
    imap_security = forms.CharField(required=False)
    ca_certificate = forms.CharField(required=False, max_length=256 * 1024)


def redirect_uri(request) -> str:
    """The exact address to register with the provider (shown on the Mail page)."""
    return request.build_absolute_uri(reverse("mail_oauth_callback"))


def localhost_redirect_uri(request) -> str:
    """The same with `localhost` for 127.0.0.1: Microsoft Entra takes http only for localhost."""
    return re.sub(r"^http://127\.0\.0\.1(?=[:/])", "http://localhost", redirect_uri(request))


def _form_values(account: MailAccount) -> dict:
    """A saved account's settings, to sign it in again."""
    return {
        "oauth_provider": account.oauth_provider,
        "email": account.email,
        "display_name": account.display_name,
        "delivery": account.delivery,
        "smtp_host": account.smtp_host,
        "smtp_port": account.smtp_port,
        "smtp_security": account.smtp_security,
        "imap_host": account.imap_host,
        "imap_port": account.imap_port,
        "imap_security": account.imap_security,
        "ca_certificate": account.ca_certificate,
    }


@login_required
@require_POST
def start(request):
    """Send the browser to the provider's sign-in page."""
    account_pk = request.POST.get("account", "")
    if account_pk:  # "Sign in again" on an account already saved
        account = None
        if account_pk.isdigit():
            account = MailAccount.objects.for_user(request.user).filter(pk=account_pk).first()
        if account is None or not account.uses_oauth:
            messages.error(request, "That mail account is not one that signs in with OAuth.")
            return redirect("mail")
        values = _form_values(account)
    else:
        form = SignInForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Enter your email address to sign in with your provider.")
            return redirect("mail")
        values = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
    configured = client(values["oauth_provider"])
    if configured is None:
        messages.error(
            request,
            "This install is not registered with that provider yet: see the steps on this page.",
        )
        return redirect("mail")
    # Kept with the sign-in: the code must be exchanged with the very address it was sent to.
    back_to = redirect_uri(request)
    sign_in = oauth.begin(configured, back_to, login_hint=values["email"])
    pending = dict(request.session.get(SESSION_KEY, {}))
    now = time.time()
    pending = {k: v for k, v in pending.items() if v["started"] > now - EXPIRES_AFTER}
    while len(pending) >= MAX_PENDING:
        pending.pop(min(pending, key=lambda k: pending[k]["started"]))
    pending[sign_in.state] = {
        "verifier": sign_in.code_verifier,
        "values": values,
        "started": now,
        "redirect_uri": back_to,
    }
    request.session[SESSION_KEY] = pending
    return redirect(sign_in.url)


@login_required
@require_GET
def callback(request):
    """The provider sends the browser back here with a code (or an error)."""
    state = request.GET.get("state", "")
    pending = dict(request.session.get(SESSION_KEY, {}))
    entry = pending.pop(state, None) if state else None
    request.session[SESSION_KEY] = pending  # taken once: a replayed URL finds nothing
    if entry is None or entry["started"] < time.time() - EXPIRES_AFTER:
        messages.error(
            request, "That sign-in has expired or was already used: start it again below."
        )
        return redirect("mail")
    values = entry["values"]
    configured = client(values["oauth_provider"])
    if configured is None:
        messages.error(request, "This install is no longer registered with that provider.")
        return redirect("mail")
    label = configured.provider.label
    if request.GET.get("error"):
        reason = request.GET.get("error_description") or request.GET.get("error")
        messages.error(
            request,
            f"{label} did not give access ({reason[:200]}), so nothing was saved. To use this "
            "mailbox, sign in again and allow access.",
        )
        return redirect("mail")
    try:
        tokens = oauth.finish(
            configured, entry["redirect_uri"], request.GET.get("code", ""), entry["verifier"]
        )
    except MailError as exc:
        messages.error(request, f"{exc.message} Nothing was saved.")
        return redirect("mail")
    servers = servers_for(values["oauth_provider"])
    data = AccountInput(
        email=values["email"],
        password="",
        provider=MAIL_PRESET.get(values["oauth_provider"], "custom"),
        display_name=values.get("display_name", ""),
        delivery=values.get("delivery") or MailAccount.Delivery.DRAFT,
        ca_certificate=values.get("ca_certificate", ""),
        **{
            f"{kind}_{part}": values.get(f"{kind}_{part}") or servers.get(kind, {}).get(part)
            for kind in ("smtp", "imap")
            for part in ("host", "port", "security")
        },
    )
    try:
        account = prepare_account(
            request.user, data, tokens=tokens, oauth_provider=values["oauth_provider"]
        )
    except AccountError as exc:
        messages.error(request, f"{str(exc)[:1].upper()}{str(exc)[1:]} Nothing was saved.")
        return redirect("mail")
    token = account_checks.start(request.user, account, {}, False)
    return redirect("mail_check", token)
