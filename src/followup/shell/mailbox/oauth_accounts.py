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
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from followup.mail import PRESETS, MailError, oauth
from followup.shell import config
from followup.shell.models import MailAccount

log = logging.getLogger(__name__)

OTHER = "other"  # the provider described by the FOLLOWUP_OAUTH_* settings


def _google() -> oauth.Client | None:
    client_id = config.get("FOLLOWUP_GOOGLE_CLIENT_ID").strip()
    secret = config.get("FOLLOWUP_GOOGLE_CLIENT_SECRET").strip()
    # Google's token endpoint wants the secret from web and desktop clients alike.
    if not (client_id and secret):
        return None
    return oauth.Client(oauth.google(), client_id, secret)


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
        raise MailError(
            "sign_in",
            f"{account.email} signs in with {account.oauth_label}, but this install has no "
            "client ID for it any more: set it again (README, Sign in with Google or Microsoft).",
        )
    return configured


def _tokens_of(account: MailAccount) -> oauth.Tokens:
    from followup.shell.vault import VaultError

    try:
        return account.get_tokens()
    except VaultError as exc:
        raise MailError("key", f"Followup cannot read the stored sign-in: {exc}") from None
    except (ValueError, KeyError, TypeError):
        raise MailError(
            "sign_in", f"The stored sign-in of {account.email} is unreadable: sign in again."
        ) from None


# After a renewal failed for a passing reason (the provider down), the tokens are not asked
# for again for this long by this process: a pass touches an account several times (sync, each
# delivery, the reply check), and each would otherwise wait on the provider once more.
RETRY_REFRESH_AFTER = 60.0  # seconds
_refresh_failed: dict[str, float] = {}  # by vault_id


def access_token(account: MailAccount, now: datetime | None = None) -> str:
    """A live access token for the account, refreshed (and saved) first when it is due."""
    tokens = _tokens_of(account)
    now = now or timezone.now()
    if not tokens.due_for_refresh(now):
        return tokens.access_token
    failed = _refresh_failed.get(account.vault_id)
    if failed is not None and time.monotonic() - failed < RETRY_REFRESH_AFTER:
        if now < tokens.expires_at:
            return tokens.access_token  # still good for a few minutes
        raise MailError(
            "temporary", "Renewing the sign-in failed a moment ago: it is tried again shortly."
        )
    return _noted(account, lambda: refresh(account, now)).access_token


def _noted(account: MailAccount, attempt):
    """Run a renewal, remembering a passing failure (see RETRY_REFRESH_AFTER)."""
    try:
        tokens = attempt()
    except MailError as exc:
        if exc.decision != "pause":
            _refresh_failed[account.vault_id] = time.monotonic()
        raise
    _refresh_failed.pop(account.vault_id, None)
    return tokens


# One process renews an account's sign-in at a time: it holds a lease on the row for longer than
# a call to the provider can take, and the others wait for its tokens rather than spend the
# same refresh token (Microsoft and others rotate it: the second use would be refused).
LEASE = timedelta(seconds=oauth.HTTP_TIMEOUT * 2)
WAIT_FOR_OTHERS = oauth.HTTP_TIMEOUT * 2 + 5  # seconds


def refresh(
    account: MailAccount, now: datetime | None = None, *, force: bool = False
) -> oauth.Tokens:
    """Renew the account's tokens and save them; MailError when the provider refuses.

    Tokens another process saved meanwhile are taken instead. Without `force`, tokens that are
    no longer due are kept as they are (the worker and a web check found them due at once).
    """
    now = now or timezone.now()
    if account.pk is None:  # a sign-in being checked, not saved yet: nobody else has it
        fresh = oauth.refresh(_client_for(account), _tokens_of(account), now)
        account.set_tokens(fresh)
        return fresh
    seen = account.password_token
    rows = MailAccount.all_objects.filter(pk=account.pk)
    deadline = time.monotonic() + WAIT_FOR_OTHERS
    while True:
        free = Q(oauth_refresh_lease__isnull=True) | Q(oauth_refresh_lease__lt=timezone.now())
        took = rows.filter(free).update(oauth_refresh_lease=timezone.now() + LEASE) == 1
        current = rows.values_list("password_token", "oauth_expires_at").first()
        if current is None or not current[0]:
            _release(rows, took)
            raise MailError("sign_in", f"{account.email} was removed or signed out.")
        account.password_token, account.oauth_expires_at = current
        tokens = _tokens_of(account)
        if (current[0] != seen or not force) and not tokens.due_for_refresh(now):
            _release(rows, took)
            return tokens  # renewed by another process meanwhile
        if took:
            break
        if time.monotonic() > deadline:
            raise MailError(
                "temporary", "Another Followup process is renewing this sign-in: tried later."
            )
        time.sleep(0.25)
    try:
        fresh = oauth.refresh(_client_for(account), tokens, now)
    except BaseException:
        _release(rows, True)
        raise
    account.set_tokens(fresh)
    with transaction.atomic():
        rows.update(
            password_token=account.password_token,
            oauth_expires_at=fresh.expires_at,
            oauth_refresh_lease=None,
        )
    log.info("refreshed the sign-in of mail account %s", account.pk)
    return fresh


def _release(rows, took: bool) -> None:
    if took:
        rows.update(oauth_refresh_lease=None)


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
            _noted(account, lambda account=account: refresh(account, now))
        except MailError as exc:
            counts["refresh_failed"] += 1
            if exc.decision == "pause":
                pause_account(account, exc.message)
            log.warning("refresh %s: %s", account.pk, exc.message)
        except Exception:  # one account's strange answer never stops the worker's pass
            counts["refresh_failed"] += 1
            log.exception("refresh %s failed", account.pk)
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
        refresh(account, force=True)
    except Exception:
        return False
    return True


def servers_for(provider_key: str) -> dict[str, dict]:
    """The IMAP and SMTP servers of a provider's mail preset ({} for the other provider)."""
    preset = PRESETS.get(MAIL_PRESET.get(provider_key, ""), {})
    return {kind: dict(preset[kind]) for kind in ("smtp", "imap") if kind in preset}
