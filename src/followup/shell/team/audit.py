"""The audit log: who changed, sent or viewed what, for the organisation's admins.

Only agency members are logged: a single-user install has nobody to account to, and its
rows would only grow the database.
"""

from __future__ import annotations

import contextlib
import contextvars

from followup.shell.models import AuditEvent, Membership

# Which door an action came through, for actions written once for all of them (`actions`):
# the CLI, the API and the worker set it; the web is the default.
_channel: contextvars.ContextVar[str] = contextvars.ContextVar("audit_channel", default="web")


def set_channel(name: str) -> None:
    """This thread's actions came through `name` from here on (the CLI sets "cli")."""
    _channel.set(name)


@contextlib.contextmanager
def channel(name: str):
    token = _channel.set(name)
    try:
        yield
    finally:
        _channel.reset(token)


def organisation_of(user):
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.membership.organisation
    except Membership.DoesNotExist:
        return None


def record(
    actor,
    action: str,
    summary: str,
    *,
    subject=None,
    target: str = "",
    via: str | None = None,
) -> AuditEvent | None:
    """Log one action by `actor` on `subject`'s data (default: their own).

    `action` is a short verb phrase such as "viewed candidate" or "sent note"; `summary` says
    it in words for the admin. Neither carries content (no company, subject or text): an
    admin accounts for who did what to whose data, and is not shown the data itself.
    """
    subject = subject or actor
    organisation = organisation_of(actor) or organisation_of(subject)
    if organisation is None:
        return None
    return AuditEvent.objects.create(
        organisation=organisation,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=display_name(actor) if actor is not None else "Followup",
        subject=subject if getattr(subject, "pk", None) else None,
        subject_name=display_name(subject) if subject is not None else "",
        action=action[:40],
        target=target[:80],
        summary=summary[:300],
        via=via or _channel.get(),
    )


def display_name(user) -> str:
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return (full or user.get_username())[:150]


class ChannelMiddleware:
    """Each request's actions are logged as coming through the API or the web, for its duration
    only (a server thread serves both, one request after another)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with channel("api" if request.path.startswith("/api/") else "web"):
            return self.get_response(request)
