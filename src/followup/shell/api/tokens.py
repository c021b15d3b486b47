"""Personal API tokens: made, listed and revoked from the Settings page or `followup token`.

A token is shown once, when it is made; only its SHA-256 digest is stored (`token_digest`),
with its first characters so its owner can tell their tokens apart.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

from followup.shell import limits
from followup.shell.actions import ActionError
from followup.shell.models import ApiToken
from followup.shell.models.team import new_token, token_digest
from followup.shell.team import audit

PREFIX = "fu_"
SHOWN_CHARS = 10  # kept in ApiToken.prefix: "fu_" and 7 of the 43 random characters
NAME_CHARS = 100
MAX_TOKENS = 50  # per user: far more than anyone needs, and a bound on what a loop can make
# Touching last_used_at on every request would make each read a write (and on SQLite, a wait
# for the write lock); once a minute is precise enough to spot an unused token.
TOUCH_EVERY = dt.timedelta(minutes=1)


def create(user, name: str, *, via: str = "web") -> tuple[ApiToken, str]:
    """Make a token for `user`; returns the row and the token, which is never shown again."""
    problem = limits.line_problem("The token's name", name, NAME_CHARS)
    if problem:
        raise ActionError(problem)
    if not name.strip():
        raise ActionError("Give the token a name, such as the script or laptop that will use it.")
    if ApiToken.objects.filter(user=user).count() >= MAX_TOKENS:
        raise ActionError(f"You have {MAX_TOKENS} API tokens already; revoke one you do not use.")
    token = new_token(PREFIX)
    row = ApiToken.objects.create(
        user=user,
        name=name.strip(),
        token_hash=token_digest(token),
        prefix=token[:SHOWN_CHARS],
    )
    audit.record(
        user,
        "created API token",
        f"Created the API token {row.name!r}",
        target=_target(row),
        via=via,
    )
    return row, token


def tokens_of(user):
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-pk")


def revoke(user, token_id: int, *, via: str = "web") -> ApiToken:
    """Delete one of `user`'s tokens; a request that sends it gets 401 from then on."""
    row = tokens_of(user).filter(pk=token_id).first()
    if row is None:
        raise ActionError(f"You have no API token #{token_id}; see your tokens with their ids.")
    target = _target(row)
    row.delete()
    audit.record(
        user, "revoked API token", f"Revoked the API token {row.name!r}", target=target, via=via
    )
    return row


def user_for(token: str):
    """The active user a presented token acts for, or None. Never logs or stores `token`."""
    found = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=token_digest(token), user__is_active=True)
        .first()
    )
    if found is None:
        return None
    now = timezone.now()
    if found.last_used_at is None or now - found.last_used_at >= TOUCH_EVERY:
        # Conditional, so two requests in the same second write once.
        ApiToken.objects.filter(pk=found.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - TOUCH_EVERY)
        ).update(last_used_at=now)
    return found.user


def _target(row: ApiToken) -> str:
    return f"api token:{row.pk}"
