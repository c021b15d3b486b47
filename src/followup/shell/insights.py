"""How it is going: which notes got answers, and how opportunities ended, from the user's own
history. The same numbers feed the Insights page and `followup insights --json`.

A note "got a reply" when the company wrote back (a reply, not an out-of-office) after it was
sent. Small numbers are shown as they are, with their counts: 1 of 2 is not a 50% rule.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from followup.core import calendar
from followup.core.writing.review import LABELS
from followup.shell.formatting import user_zone
from followup.shell.models import Interview, Opportunity, OutboxMessage, SeenMessage, Step

DAY_BUCKETS = (
    (0, 3, "0-3 days"),
    (4, 7, "4-7 days"),
    (8, 10, "8-10 days"),
    (11, 14, "11-14 days"),
    (15, 10_000, "15 days or more"),
)
MONTHS_SHOWN = 12


def _rate(sent: int, replied: int) -> dict[str, Any]:
    return {
        "sent": sent,
        "replied": replied,
        "reply_rate": round(replied / sent, 3) if sent else None,
    }


def insights(user, now: dt.datetime) -> dict[str, Any]:
    steps = list(
        Step.objects.for_user(user)
        .filter(state=Step.State.DONE, done_at__isnull=False)
        .select_related("interview__opportunity__company", "interviewer")
    )
    replies: dict[int, list[dt.datetime]] = defaultdict(list)
    for opportunity_id, received in (
        SeenMessage.objects.for_user(user)
        .filter(kind=SeenMessage.Kind.REPLY, opportunity__isnull=False, received_at__isnull=False)
        .values_list("opportunity_id", "received_at")
    ):
        replies[opportunity_id].append(received)

    def answered(step: Step) -> bool:
        opportunity = step.interview.opportunity
        return any(r > step.done_at for r in replies[opportunity.pk]) or bool(
            opportunity.replied_at and opportunity.replied_at > step.done_at
        )

    by_kind = {kind: [0, 0] for kind in Step.Kind.values}
    by_days = {label: [0, 0] for _, _, label in DAY_BUCKETS}
    by_finding = {label: [0, 0] for label in LABELS}
    sent_texts = _sent_texts(steps)
    for step in steps:
        got = answered(step)
        by_kind[step.kind][0] += 1
        by_kind[step.kind][1] += got
        if step.kind == Step.Kind.FOLLOW_UP:
            zone = calendar.zone(step.interview.time_zone)
            days = (
                step.done_at.astimezone(zone).date() - step.interview.end_at.astimezone(zone).date()
            ).days
            for low, high, label in DAY_BUCKETS:
                if low <= days <= high:
                    by_days[label][0] += 1
                    by_days[label][1] += got
        for label in _findings(step, sent_texts.get(step.pk)):
            by_finding[label][0] += 1
            by_finding[label][1] += got
    return {
        "replies_by_step_kind": [
            {"kind": kind, "label": Step.Kind(kind).label, **_rate(*counts)}
            for kind, counts in by_kind.items()
        ],
        "replies_by_days_from_interview_to_follow_up": [
            {"days": label, **_rate(*counts)} for label, counts in by_days.items()
        ],
        "replies_by_review_finding": [
            {"finding": label, **_rate(*counts)} for label, counts in by_finding.items()
        ],
        "opportunities_by_outcome_and_month": _outcomes_by_month(user, now),
    }


def _sent_texts(steps: list[Step]) -> dict[int, tuple[str, str]]:
    """What went out: Followup's own sent copy when it sent it, else the saved draft."""
    texts = {}
    for step_id, subject, body in OutboxMessage.objects.filter(
        step_id__in=[s.pk for s in steps], state=OutboxMessage.State.DONE
    ).values_list("step_id", "subject", "body"):
        texts[step_id] = (subject, body)
    return texts


def _findings(step: Step, sent: tuple[str, str] | None) -> list[str]:
    from followup.shell.notes import note_for, review_note

    if sent is None:
        note = note_for(step)
        sent = (note.subject, note.body)
    result = review_note(step, *sent)
    return [label for label in LABELS if result.labels[label]]


def _outcomes_by_month(user, now: dt.datetime) -> list[dict[str, Any]]:
    """Each opportunity in the month of its first interview (the user's zone), by where it
    stands now; the last twelve months that have any."""
    zone = calendar.zone(user_zone(user))
    first: dict[int, dt.datetime] = {}
    for opportunity_id, start in Interview.objects.for_user(user).values_list(
        "opportunity_id", "start_at"
    ):
        if opportunity_id not in first or start < first[opportunity_id]:
            first[opportunity_id] = start
    months: dict[str, Counter] = defaultdict(Counter)
    for pk, status in (
        Opportunity.objects.for_user(user).filter(pk__in=first).values_list("pk", "status")
    ):
        months[f"{first[pk].astimezone(zone):%Y-%m}"][status] += 1
    return [
        {"month": month, **{status: months[month][status] for status in Opportunity.Status.values}}
        for month in sorted(months)[-MONTHS_SHOWN:]
    ]
