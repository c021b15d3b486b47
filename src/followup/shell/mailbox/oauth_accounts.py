"""Mail accounts that sign in with OAuth 2.0: which providers this install can use, the tokens
sealed in the vault, and their refresh before they expire.

The install registers its own OAuth client with each provider (README: "Sign in with Google or
Microsoft"); the client IDs come from the environment (`config.py`). A provider without a
client ID is simply not offered.

Refreshing is safe with several web and worker processes: whoever refreshes saves the new
tokens with a compare-and-set on the sealed value, and a refresh that fails because another
process already rotated the refresh token takes the tokens that process saved instead of
pausing the account.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from followup.mail import PRESETS, MailError, oauth
from followup.shell import config
from followup.shell.models import MailAccount

log = logging.getLogger(__name__)

OTHER = "other"  # the provider described by the FOLLOWUP_OAUTH_* settings


def _google() -> oauth.Client | None:
    client_id = config.get("FOLLOWUP_GOOGLE_CLIENT_ID").strip()
    if not client_id:
        return None
    return oauth.Client(
        oauth.google(), client_id, config.get("FOLLOWUP_GOOGLE_CLIENT_SECRET").strip()
    )


def _microsoft() -> oauth.Client | None:
    client_id = config.get("FOLLOWUP_MICROSOFT_CLIENT_ID").strip()
    if not client_id:
        return None
    return oauth.Client(
        oauth.microsoft(config.get("FOLLOWUP_MICROSOFT_TENANT").strip()),
        client_id,
        config.get("FOLLOWUP_MICROSOFT_CLIENT_SECRET").strip(),
    )


def _other() -> oauth.Client | None:
    client_id = config.get("FOLLOWUP_OAUTH_CLIENT_ID").strip()
    authorize = config.get("FOLLOWUP_OAUTH_AUTHORIZE_URL").strip()
    token = config.get("FOLLOWUP_OAUTH_TOKEN_URL").strip()
    if not (client_id and authorize and token):
        return None
    provider = oauth.Provider(
        key=OTHER,
        label=config.get("FOLLOWUP_OAUTH_NAME").strip() or "your provider",
        authorize_url=authorize,
        token_url=token,
        scopes=tuple(config.get("FOLLOWUP_OAUTH_SCOPES").split()),
        device_url=config.get("FOLLOWUP_OAUTH_DEVICE_URL").strip(),
        revoke_url=config.get("FOLLOWUP_OAUTH_REVOKE_URL").strip(),
    )
    return oauth.Client(provider, client_id, config.get("FOLLOWUP_OAUTH_CLIENT_SECRET").strip())


_FACTORIES = {"google": _google, "microsoft": _microsoft, OTHER: _other}
# The mail preset whose servers each provider's sign-in opens.
MAIL_PRESET = {"google": "gmail", "microsoft": "outlook"}
PROVIDER_FOR_PRESET = {preset: key for key, preset in MAIL_PRESET.items()}


def client(provider_key: str) -> oauth.Client | None:
    """This install's client for a provider, or None when it is not set up."""
    factory = _FACTORIES.get(provider_key)
    return factory() if factory else None


@dataclass(frozen=True)
class Offer:
    key: str
    label: str
    mail_preset: str  # "" for the other provider: the user enters its servers


def offered() -> list[Offer]:
    """The sign-in buttons to show: every provider with a client ID set."""
    found = []
    for key in _FACTORIES:
        configured = client(key)
        if configured is not None:
            found.append(Offer(key, configured.provider.label, MAIL_PRESET.get(key, "")))
    return found


def setup_guide() -> dict[str, object]:
    """What the Mail page shows an owner who has not registered a client yet."""
    return {
        "google_scopes": " ".join(oauth.google().scopes),
        "microsoft_scopes": " ".join(oauth.microsoft().scopes),
    }


def _client_for(account: MailAccount) -> oauth.Client:
    configured = client(account.oauth_provider)
    if configured is None:
        name = {"google": "Google", "microsoft": "Microsoft"}.get(account.oauth_provider, "its")
        raise MailError(
            "sign_in",
            f"{account.email} signs in with {name} OAuth, but this install has no client ID "
            "for it any more: set it again (README, Sign in with Google or Microsoft).",
        )
    return configured


def access_token(account: MailAccount, now: datetime | None = None) -> str:
    """A live access token for the account, refreshed (and saved) first when it is due."""
    tokens = account.get_tokens()
    now = now or timezone.now()
    if not tokens.due_for_refresh(now):
        return tokens.access_token
    return refresh(account, now).access_token


def refresh(account: MailAccount, now: datetime | None = None) -> oauth.Tokens:
    """Refresh the account's tokens now and save them; MailError when the provider refuses."""
    now = now or timezone.now()
    sealed = account.password_token
    tokens = account.get_tokens()
    try:
        fresh = oauth.refresh(_client_for(account), tokens, now)
    except MailError as exc:
        if exc.kind == "sign_in" and account.pk is not None:
            # Another process may have rotated the refresh token a moment ago: use its tokens.
            current = MailAccount.all_objects.filter(pk=account.pk).first()
            if current is not None and current.password_token not in ("", sealed):
                account.password_token = current.password_token
                account.oauth_expires_at = current.oauth_expires_at
                return account.get_tokens()
        raise
    account.set_tokens(fresh)
    if account.pk is not None:
        with transaction.atomic():
            MailAccount.all_objects.filter(pk=account.pk, password_token=sealed).update(
                password_token=account.password_token, oauth_expires_at=fresh.expires_at
            )
    log.info("refreshed the sign-in of mail account %s", account.pk)
    return fresh


def refresh_due(now: datetime | None = None) -> dict[str, int]:
    """The worker's pass: refresh every active OAuth account whose token expires soon.

    A refusal (revoked, expired, a client removed) pauses the account with a "sign in again"
    reason; anything passing (the provider unreachable) is only logged and tried next pass.
    """
    from followup.shell.mailbox.delivery import pause_account

    now = now or timezone.now()
    counts = {"refreshed": 0, "refresh_failed": 0}
    due = MailAccount.objects.filter(
        auth_method=MailAccount.Auth.OAUTH2,
        paused_at__isnull=True,
        oauth_expires_at__lte=now + oauth.REFRESH_MARGIN,
    )
    for account in due:
        try:
            refresh(account, now)
        except MailError as exc:
            counts["refresh_failed"] += 1
            if exc.decision == "pause":
                pause_account(account, exc.message)
            log.warning("refresh %s: %s", account.pk, exc.message)
        else:
            counts["refreshed"] += 1
    return counts


def revoke_at_provider(account: MailAccount) -> bool:
    """Ask the provider to end the sign-in, before the account is removed (best effort)."""
    configured = client(account.oauth_provider)
    if configured is None or not account.password_token:
        return False
    try:
        tokens = account.get_tokens()
    except Exception:  # a missing key or an old row: nothing to revoke with
        return False
    return oauth.revoke(configured, tokens)


MEND_EVERY = 30 * 60.0  # seconds: at most one mending refresh per account in that time
_mended: dict[str, float] = {}  # by vault_id: unique for ever, unlike a reused primary key
_mended_lock = threading.Lock()


def mended(account: MailAccount, exc: MailError) -> bool:
    """A server refused the access token: True when one refresh mended it (retry, don't pause).

    Providers can end an access token before its time; its refresh token often still works.
    At most once per account every MEND_EVERY seconds, so a token the server will never take
    (signed in as another address) pauses the account instead of refreshing every minute.
    """
    if exc.kind != "sign_in" or not account.uses_oauth or account.pk is None:
        return False
    now = time.monotonic()
    with _mended_lock:
        if now - _mended.get(account.vault_id, -MEND_EVERY) < MEND_EVERY:
            return False
        _mended[account.vault_id] = now
    try:
        refresh(account)
    except MailError:
        return False
    return True


def servers_for(provider_key: str) -> dict[str, dict]:
    """The IMAP and SMTP servers of a provider's mail preset ({} for the other provider)."""
    preset = PRESETS.get(MAIL_PRESET.get(provider_key, ""), {})
    return {kind: dict(preset[kind]) for kind in ("smtp", "imap") if kind in preset}
