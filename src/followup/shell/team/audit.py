"""The audit log: who changed, sent or viewed what, for the organisation's admins.

Only agency members are logged: a single-user install has nobody to account to, and its
rows would only grow the database.
"""

from __future__ import annotations

from followup.shell.models import AuditEvent, Membership


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
    via: str = "web",
) -> AuditEvent | None:
    """Log one action by `actor` on `subject`'s data (default: their own).

    `action` is a short verb phrase such as "viewed candidate" or "sent note"; `summary` says
    it in words for the admin, without secrets or the notes' text.
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
        via=via,
    )


def display_name(user) -> str:
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return (full or user.get_username())[:150]
