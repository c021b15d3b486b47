"""What a sorted reply does to its opportunity, for the mail sync and the user's correction alike.

PRODUCT.md: the reply's meaning (next round, rejection, offer, request) updates the opportunity,
never reopening an outcome the user recorded. A status a reply set remembers that reply
(`Opportunity.status_from_reply`), so correcting the reply's meaning undoes what it did.
"""

from __future__ import annotations

from django.db import transaction

from followup.shell.models import Interviewer, Opportunity, SeenMessage
from followup.shell.planning import replan_opportunity

STATUS_FOR = {
    "offer": Opportunity.Status.OFFER,
    "rejection": Opportunity.Status.REJECTED,
    "next_round": Opportunity.Status.INTERVIEWING,
}
OUT_OF_OFFICE = "ooo"  # a correction: "it was an out-of-office, not an answer"
MEANINGS = [*SeenMessage.Category.choices, (OUT_OF_OFFICE, "Out of office: not an answer")]


def meaning_of(seen: SeenMessage) -> str:
    return OUT_OF_OFFICE if seen.kind == SeenMessage.Kind.OUT_OF_OFFICE else seen.category


def apply(opportunity: Opportunity, seen: SeenMessage) -> bool:
    """Let the reply's meaning set the opportunity's status, unless the user set it or a newer
    reply did. True if the status changed."""
    status = STATUS_FOR.get(seen.category)
    if status is None:
        return False
    if opportunity.is_closed and opportunity.status_from_reply_id is None:
        return False  # the user's outcome: noted by the caller, never reopened
    setter = opportunity.status_from_reply
    if setter is not None and setter.pk != seen.pk and _newer(setter, seen):
        return False  # a later reply already spoke
    changed = opportunity.status != status
    opportunity.status = status
    opportunity.status_from_reply = seen
    return changed


def _newer(a: SeenMessage, b: SeenMessage) -> bool:
    if a.received_at is None or b.received_at is None:
        return a.pk > b.pk
    return a.received_at > b.received_at


@transaction.atomic
def correct(seen: SeenMessage, meaning: str) -> SeenMessage:
    """The user says what the reply meant; remembered, and the opportunity follows."""
    if meaning not in dict(MEANINGS):
        raise ValueError(f"unknown meaning {meaning!r}")
    seen = SeenMessage.objects.select_for_update().get(pk=seen.pk)
    was_out_of_office = seen.kind == SeenMessage.Kind.OUT_OF_OFFICE
    if meaning == OUT_OF_OFFICE:
        seen.kind, seen.category = SeenMessage.Kind.OUT_OF_OFFICE, ""
    else:
        seen.kind, seen.category = SeenMessage.Kind.REPLY, meaning
    seen.corrected = True
    seen.save(update_fields=["kind", "category", "corrected"])
    opportunity = seen.opportunity
    if opportunity is None:
        return seen
    opportunity = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if was_out_of_office and meaning != OUT_OF_OFFICE:
        _forget_away(seen)
    opportunity.replied_at = _latest_answer(opportunity)
    status_before = opportunity.status
    if opportunity.status_from_reply_id == seen.pk:
        # This reply set the status: it now says what the corrected meaning says.
        opportunity.status = STATUS_FOR.get(seen.category, Opportunity.Status.INTERVIEWING)
        opportunity.status_from_reply = seen if seen.category in STATUS_FOR else None
    else:
        apply(opportunity, seen)
    if opportunity.status != status_before:
        label = dict(MEANINGS)[meaning]
        opportunity.status_note = f"{label} (you corrected the reading of {seen.subject!r})"[:300]
    opportunity.save()
    replan_opportunity(opportunity)
    return seen


def _latest_answer(opportunity: Opportunity):
    """When the company last answered, from the replies as they now read."""
    return (
        SeenMessage.objects.filter(opportunity=opportunity, kind=SeenMessage.Kind.REPLY)
        .exclude(received_at__isnull=True)
        .order_by("-received_at")
        .values_list("received_at", flat=True)
        .first()
    )


def _forget_away(seen: SeenMessage) -> None:
    """An "out-of-office" that was an answer: its return date no longer holds anyone's notes."""
    if not seen.return_date or not seen.from_addr:
        return
    people = Interviewer.objects.filter(
        owner_id=seen.owner_id, email__iexact=seen.from_addr, away_until=seen.return_date
    )
    people.update(away_until=None)
