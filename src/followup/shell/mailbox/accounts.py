"""Adding a mail account: presets, validated host names, a private CA, the password into the
vault, and a real sign-in before anything is used.

An account is used only once a sign-in check has passed. By default a failed check saves
nothing; asked to, it saves the account paused as "not verified", and nothing is queued for it
until a test passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from followup.mail import (
    PRESETS,
    CheckResult,
    Decision,
    ErrorKind,
    MailError,
    check_account,
    validate_host,
)
from followup.mail.settings import check_ca_certificate
from followup.shell.models import MailAccount, OutboxMessage
from followup.shell.models.mail import NOT_VERIFIED

MAX_CA_BYTES = 256 * 1024  # a CA bundle is a few KB; anything this big is not one
# Ports whose security is not in doubt, for "Another provider" left on Automatic.
_SECURITY_FOR_PORT = {465: "tls", 993: "tls", 587: "starttls", 143: "starttls", 25: "starttls"}


class AccountError(Exception):
    """Bad account settings, in one sentence; `field` names the form field it concerns."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class AccountCheckFailed(AccountError):
    """The sign-in check failed, so nothing was saved."""

    def __init__(self, results: list[CheckResult]) -> None:
        self.results = results
        failed = " ".join(r.message for r in results if not r.ok)
        super().__init__(f"the sign-in check failed, so nothing was saved. {failed}")


@dataclass
class AccountInput:
    email: str
    password: str
    provider: str = "custom"
    username: str = ""
    display_name: str = ""
    smtp_host: str = ""
    smtp_port: int | None = None
    smtp_security: str = ""
    imap_host: str = ""
    imap_port: int | None = None
    imap_security: str = ""
    delivery: str = MailAccount.Delivery.DRAFT
    cafile: str = ""  # a path to a PEM file (the command line)
    ca_certificate: str = ""  # the PEM text itself (the web form)


def _server(data: AccountInput, kind: str, preset: dict) -> tuple[str, int, str]:
    name = kind.upper()
    defaults = preset.get(kind, {})
    host = getattr(data, f"{kind}_host") or defaults.get("host", "")
    port = getattr(data, f"{kind}_port") or defaults.get("port")
    security = getattr(data, f"{kind}_security") or defaults.get("security", "")
    if not host:
        raise AccountError(
            f"enter the {name} server's name, or choose your provider from the list.",
            f"{kind}_host",
        )
    if not port:
        raise AccountError(f"enter the {name} server's port number.", f"{kind}_port")
    try:
        host = validate_host(host)
    except ValueError as exc:
        raise AccountError(f"{name} server: {exc}", f"{kind}_host") from None
    if not 0 < int(port) < 65536:
        raise AccountError(f"{port} is not a port number.", f"{kind}_port")
    security = security or _SECURITY_FOR_PORT.get(int(port), "")
    if security not in MailAccount.Security.values:
        raise AccountError(
            f"choose the {name} security (TLS or STARTTLS) for port {port}: Followup never "
            "sends passwords unencrypted.",
            f"{kind}_security",
        )
    return host, int(port), security


def read_ca(data: AccountInput) -> str:
    """The private CA's certificate as PEM text, from the pasted text or the file given."""
    if data.ca_certificate.strip():
        text = data.ca_certificate
    elif data.cafile:
        path = Path(data.cafile).expanduser()
        if not path.is_file():
            raise AccountError(
                f"the CA certificate file {path} does not exist: give the path of the PEM file "
                "your server's certificate authority gave you.",
                "ca_certificate",
            )
        if path.stat().st_size > MAX_CA_BYTES:
            raise AccountError(f"{path} is too large to be a CA certificate.", "ca_certificate")
        text = path.read_text(encoding="utf-8", errors="replace")
    else:
        return ""
    try:
        return check_ca_certificate(text)
    except ValueError as exc:
        raise AccountError(f"CA certificate: {exc}", "ca_certificate") from None


def prepare_account(
    user, data: AccountInput, *, tokens=None, oauth_provider: str = ""
) -> MailAccount:
    """The account these settings describe, checked and with the password encrypted; unsaved.

    With `tokens` (an OAuth sign-in's `followup.mail.oauth.Tokens`), the account signs in with
    them instead of a password.
    """
    if data.provider != "custom" and data.provider not in PRESETS:
        raise AccountError(
            f"unknown provider {data.provider!r}; choose one of: "
            f"{', '.join(sorted(PRESETS))}, custom.",
            "provider",
        )
    if "@" not in data.email:
        raise AccountError(f"{data.email!r} is not an email address.", "email")
    if tokens is None and not data.password:
        raise AccountError(
            "give the password (an app password for Gmail, iCloud and Yahoo).", "password"
        )
    preset = PRESETS.get(data.provider, {})
    smtp = _server(data, "smtp", preset)
    imap = _server(data, "imap", preset)
    ca = read_ca(data)
    # A removed account with this address comes back, with its outbox and ledger.
    account = MailAccount.all_objects.for_user(user).filter(email__iexact=data.email).first()
    account = account or MailAccount(owner=user, email=data.email.strip())
    account.provider = data.provider
    account.display_name = data.display_name.strip()
    account.username = data.username.strip() or data.email.strip()
    account.smtp_host, account.smtp_port, account.smtp_security = smtp
    account.imap_host, account.imap_port, account.imap_security = imap
    account.delivery = data.delivery
    account.ca_certificate = ca
    account.cafile = ""  # the certificate itself is stored now, not a path that may move
    if tokens is not None:
        account.auth_method = MailAccount.Auth.OAUTH2
        account.oauth_provider = oauth_provider
        account.set_tokens(tokens)
    else:
        account.auth_method = MailAccount.Auth.PASSWORD
        account.oauth_provider = ""
        account.oauth_expires_at = None
        account.set_password(data.password)
    return account


def sign_in_check(account: MailAccount, progress=None) -> list[CheckResult]:
    """Sign in to both servers (no database work: safe on another thread)."""
    try:
        settings = account.settings()
    except MailError as exc:
        return [CheckResult("smtp", False, exc.message, exc.kind)]
    return check_account(settings, progress)


def not_verified_reason(results: list[CheckResult] | None) -> str:
    if results is None:
        return (
            f"{NOT_VERIFIED}the sign-in was not checked yet; test the connection to start using it."
        )
    failed = " ".join(r.message for r in results if not r.ok)
    return f"{NOT_VERIFIED}{failed} Fix the settings, then test the connection again."[:500]


@transaction.atomic
def store(account: MailAccount, results: list[CheckResult] | None) -> MailAccount:
    """Save a prepared account: active when every check passed, else paused as not verified."""
    verified = results is not None and all(r.ok for r in results)
    account.removed_at = None
    account.paused_at = None if verified else timezone.now()
    account.pause_reason = "" if verified else not_verified_reason(results)
    account.save()
    return account


def add_account(
    user, data: AccountInput, *, save_unverified: bool = False, check: bool = True
) -> tuple[MailAccount, list[CheckResult] | None]:
    """Check the sign-in, then save. A failed check saves nothing unless `save_unverified`.

    `check=False` saves without signing in: the account waits, not verified, for a test.
    """
    account = prepare_account(user, data)
    results = sign_in_check(account) if check else None
    if results is not None and not all(r.ok for r in results) and not save_unverified:
        raise AccountCheckFailed(results)
    return store(account, results), results


def save_account(user, data: AccountInput) -> MailAccount:
    """Save without a sign-in check, as verified: for tests and scripts that know it works."""
    return store(prepare_account(user, data), [])


def verify(account: MailAccount) -> list[CheckResult]:
    """Test the sign-in and apply the outcome (`apply_check`); for the command line."""
    results = sign_in_check(account)
    apply_check(account, results)
    return results


def apply_check(account: MailAccount, results: list[CheckResult]) -> None:
    """A pass (re)activates a saved account; a failure the user must fix (the decision table's
    "pause": a refused password, a certificate, the key) pauses it, saying why; a passing
    network problem (a timeout, a refused connection) is only reported."""
    failed = [r for r in results if not r.ok]
    if not failed:
        resume(account)
    elif any(r.kind is not None and r.kind.decision == Decision.PAUSE for r in failed):
        MailAccount.objects.filter(pk=account.pk).update(
            paused_at=account.paused_at or timezone.now(),
            pause_reason=" ".join(r.message for r in failed)[:500],
        )
    account.refresh_from_db()


def field_for(result: CheckResult, provider: str) -> str | None:
    """The form field a failed check points at, when the user can see and change it."""
    if result.kind in (ErrorKind.AUTH, ErrorKind.APP_PASSWORD):
        return "password"
    if provider != "custom":
        return None  # the servers come from the preset: nothing on the form to correct
    if result.kind == ErrorKind.TLS:
        # An untrusted certificate wants the CA; a failed handshake, the other security.
        untrusted = "could not be verified" in result.message
        return "ca_certificate" if untrusted else f"{result.server}_security"
    if result.kind in (ErrorKind.HOST, ErrorKind.TIMEOUT, ErrorKind.CONNECTION):
        return f"{result.server}_host"
    return None


def resume(account: MailAccount) -> None:
    MailAccount.objects.filter(pk=account.pk).update(paused_at=None, pause_reason="")


@transaction.atomic
def remove(account: MailAccount) -> None:
    """Forget the password and stop using the account; keep its history."""
    account.outbox.filter(state=OutboxMessage.State.QUEUED).update(
        state=OutboxMessage.State.CANCELLED, last_error="The mail account was removed."
    )
    MailAccount.all_objects.filter(pk=account.pk).update(
        removed_at=timezone.now(),
        password_token="",
        oauth_expires_at=None,
        paused_at=None,
        pause_reason="",
    )
