"""Adding a mail account: presets, validated host names, the password into the vault."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from followup.mail import PRESETS, validate_host
from followup.shell.models import MailAccount, OutboxMessage


class AccountError(Exception):
    """Bad account settings, in one sentence."""


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
    cafile: str = ""


def _server(data: AccountInput, kind: str, preset: dict) -> tuple[str, int, str]:
    defaults = preset.get(kind, {})
    host = getattr(data, f"{kind}_host") or defaults.get("host", "")
    port = getattr(data, f"{kind}_port") or defaults.get("port")
    security = getattr(data, f"{kind}_security") or defaults.get("security", "")
    if not host or not port:
        raise AccountError(
            f"give the {kind.upper()} server (--{kind}-host and --{kind}-port) "
            "or choose a provider preset."
        )
    try:
        host = validate_host(host)
    except ValueError as exc:
        raise AccountError(f"{kind.upper()} server: {exc}") from None
    if security not in MailAccount.Security.values:
        raise AccountError(
            f"{kind.upper()} security must be 'tls' or 'starttls': "
            "Followup never sends passwords unencrypted."
        )
    if not 0 < int(port) < 65536:
        raise AccountError(f"{port} is not a port number.")
    return host, int(port), security


@transaction.atomic
def save_account(user, data: AccountInput) -> MailAccount:
    """Create or update the user's account for this address."""
    if data.provider != "custom" and data.provider not in PRESETS:
        raise AccountError(
            f"unknown provider {data.provider!r}; choose one of: "
            f"{', '.join(sorted(PRESETS))}, custom."
        )
    if "@" not in data.email:
        raise AccountError(f"{data.email!r} is not an email address.")
    if not data.password:
        raise AccountError("give the password (an app password for Gmail, iCloud and Yahoo).")
    preset = PRESETS.get(data.provider, {})
    smtp = _server(data, "smtp", preset)
    imap = _server(data, "imap", preset)
    # A removed account with this address comes back, with its outbox and ledger.
    account = MailAccount.all_objects.for_user(user).filter(email__iexact=data.email).first()
    account = account or MailAccount(owner=user, email=data.email.strip())
    account.removed_at = None
    account.provider = data.provider
    account.display_name = data.display_name.strip()
    account.username = data.username.strip() or data.email.strip()
    account.smtp_host, account.smtp_port, account.smtp_security = smtp
    account.imap_host, account.imap_port, account.imap_security = imap
    account.delivery = data.delivery
    account.cafile = data.cafile
    account.paused_at = None
    account.pause_reason = ""
    account.set_password(data.password)
    account.save()
    return account


def resume(account: MailAccount) -> None:
    MailAccount.objects.filter(pk=account.pk).update(paused_at=None, pause_reason="")


@transaction.atomic
def remove(account: MailAccount) -> None:
    """Forget the password and stop using the account; keep its history."""
    account.outbox.filter(state=OutboxMessage.State.QUEUED).update(
        state=OutboxMessage.State.CANCELLED, last_error="The mail account was removed."
    )
    MailAccount.all_objects.filter(pk=account.pk).update(
        removed_at=timezone.now(), password_token="", paused_at=None, pause_reason=""
    )
