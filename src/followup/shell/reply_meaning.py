"""What a sorted reply does to its opportunity, for the mail sync and the user's correction alike.

PRODUCT.md: the reply's meaning (next round, rejection, offer, request) updates the opportunity,
never reopening an outcome the user recorded. A status a reply set remembers that reply
(`Opportunity.status_from_reply`), so correcting the reply's meaning undoes what it did.
"""

from __future__ import annotations

from django.db import transaction

from followup.shell.models import Opportunity, SeenMessage
from followup.shell.planning import replan_opportunity

STATUS_FOR = {
    "offer": Opportunity.Status.OFFER,
    "rejection": Opportunity.Status.REJECTED,
    "next_round": Opportunity.Status.INTERVIEWING,
}


def apply(opportunity: Opportunity, seen: SeenMessage) -> None:
    """Let the reply's meaning set the opportunity's status, unless the user set it."""
    status = STATUS_FOR.get(seen.category)
    if status is None:
        return
    set_by_user = opportunity.is_closed and opportunity.status_from_reply_id is None
    if set_by_user:
        return  # noted in status_note by the caller, never reopened
    opportunity.status = status
    opportunity.status_from_reply = seen


@transaction.atomic
def correct(seen: SeenMessage, category: str) -> SeenMessage:
    """The user says what the reply meant; remembered, and the opportunity follows."""
    if category not in SeenMessage.Category.values:
        raise ValueError(f"unknown meaning {category!r}")
    seen = SeenMessage.objects.select_for_update().get(pk=seen.pk)
    seen.kind = SeenMessage.Kind.REPLY
    seen.category = category
    seen.corrected = True
    seen.save(update_fields=["kind", "category", "corrected"])
    opportunity = seen.opportunity
    if opportunity is None:
        return seen
    opportunity = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if opportunity.replied_at is None or (
        seen.received_at and seen.received_at > opportunity.replied_at
    ):
        opportunity.replied_at = seen.received_at  # an out-of-office that was an answer
    if opportunity.status_from_reply_id == seen.pk:
        # This reply set the status: it now says what the corrected meaning says.
        opportunity.status = STATUS_FOR.get(category, Opportunity.Status.INTERVIEWING)
        opportunity.status_from_reply = seen if category in STATUS_FOR else None
    else:
        apply(opportunity, seen)
    label = SeenMessage.Category(category).label
    opportunity.status_note = f"{label} (you corrected the reading of {seen.subject!r})"[:300]
    opportunity.save()
    replan_opportunity(opportunity)
    return seen
