"""Deleting an interview, with an undo for a short while.

The deleted interview is kept as a Followup export of itself (the same format as `followup
export`), and undo imports it back: the same interview (its uid), the same people, what was
sent, the same plan. Queued notes are cancelled first, so nothing goes out for it meanwhile.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from followup.shell.models import Interview, Opportunity
from followup.shell.planning import cancel_queued
from followup.shell.transfer import importer, json_backup

UNDO_FOR = dt.timedelta(minutes=10)


class TrashError(Exception):
    pass


@transaction.atomic
def delete(interview: Interview) -> dict:
    """Delete the interview (and its opportunity when nothing else is left in it); return
    what undo needs."""
    opportunity = interview.opportunity
    kept = json_backup.opportunity_data(opportunity)
    kept["interviews"] = [json_backup.interview_data(interview)]
    cancel_queued(
        {pk: "The interview was deleted." for pk in interview.steps.values_list("pk", flat=True)}
    )
    interview.delete()
    if not opportunity.interviews.exists() and not opportunity.messages.exists():
        company = opportunity.company
        opportunity.delete()
        if not company.opportunities.exists():
            company.delete()
    else:
        from followup.shell.planning import replan_opportunity

        replan_opportunity(opportunity)  # a later round's follow-up may be the next one now
    return {"at": timezone.now().isoformat(), "opportunity": kept}


def undo(user, kept: dict | None) -> Interview:
    if not kept:
        raise TrashError("There is nothing to undo.")
    if timezone.now() - dt.datetime.fromisoformat(kept["at"]) > UNDO_FOR:
        raise TrashError("The undo has expired (it lasts 10 minutes); add the interview again.")
    opportunity = kept["opportunity"]
    record = json_backup.interview_record(
        opportunity, opportunity["interviews"][0], "the deleted interview"
    )
    outcome = importer.run(user, [record])[0]
    if outcome.interview_id is None:
        raise TrashError(f"It could not be restored: {outcome.why}")
    restored = Interview.objects.get(pk=outcome.interview_id)
    if not Opportunity.objects.filter(pk=restored.opportunity_id, sample=True).exists():
        Opportunity.objects.filter(pk=restored.opportunity_id).update(
            sample=bool(opportunity.get("sample"))
        )
    return restored
