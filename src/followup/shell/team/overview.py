"""The recruiter's view: across their candidates, who owes a note, whose follow-up is due,
and who got a reply. Each answer is one indexed query over the assigned candidates, bounded,
so the page costs the same at 5 candidates or 500.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Q

from followup.core import calendar
from followup.shell.formatting import user_zone
from followup.shell.models import SeenMessage, Step
from followup.shell.models.owned import coached_by

SECTION_LIMIT = 25  # rows per section; more are counted, and the filters narrow them
REPLIES_FOR = dt.timedelta(days=14)
SHOW = ("owes", "due", "replied")  # the sections, as the `show` filter names them


@dataclass
class Overview:
    now: dt.datetime
    candidates: list = field(default_factory=list)  # the assigned users, by name
    owes: list[Step] = field(default_factory=list)  # thank-yous due by the end of today
    due: list[Step] = field(default_factory=list)  # official follow-ups and nudges due now
    replied: list[SeenMessage] = field(default_factory=list)  # what came back lately
    counts: dict[str, int] = field(default_factory=dict)  # each section's full size


def assigned_candidates(recruiter):
    return (
        get_user_model()
        .objects.filter(pk__in=coached_by(recruiter), is_active=True)
        .only("pk", "username", "first_name", "last_name")
        .order_by("first_name", "last_name", "username")
    )


_STEP_FIELDS = (
    "pk",
    "owner_id",
    "interview_id",
    "interviewer_id",
    "kind",
    "state",
    "due_at",
    "overdue_at",
    "time_zone",
    "reason",
    "done_at",
    "stop_reason",
    "body",  # the API says whether the candidate edited the draft
)
_REPLY_FIELDS = (
    "pk",
    "owner_id",
    "opportunity_id",
    "kind",
    "category",
    "evidence",
    "from_addr",
    "received_at",
    "return_date",
    "seen_at",
    "subject",
    "corrected",
)


def end_of_day(now: dt.datetime, zone: str) -> dt.datetime:
    local = now.astimezone(calendar.zone(zone))
    return (local + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)


def recruiter_overview(
    recruiter,
    now: dt.datetime,
    *,
    candidate_id: int | None = None,
    show: str = "",
    name: str = "",
) -> Overview:
    """What the recruiter's page shows; `candidate_id`, `name` (part of a candidate's name)
    and `show` (a section) narrow it: the filters."""
    overview = Overview(now=now, candidates=list(assigned_candidates(recruiter)))
    for person in overview.candidates:
        person.label = person.get_full_name() or person.username
    # The candidates are loaded once; each row takes its candidate from here, not from a join.
    by_id = {person.pk: person for person in overview.candidates}
    # The ids themselves, not a subquery: with a list PostgreSQL plans from the (owner, state,
    # due_at) index instead of joining everything first (bench/agency_scale.py).
    owners = [
        person.pk
        for person in overview.candidates
        if (candidate_id is None or person.pk == candidate_id)
        and (not name or name.casefold() in person.label.casefold())
    ]
    steps = (
        # No need to exclude closed opportunities: recording an outcome stops their steps
        # (planning.stop_reasons), so none of them is still planned.
        Step.objects.filter(owner__any_of=owners, state=Step.State.PLANNED)
        .select_related("interview__opportunity__company", "interviewer")
        .only(
            *_STEP_FIELDS,
            "interview__opportunity__role",
            "interview__opportunity__candidate_name",
            "interview__opportunity__company__name",
            "interviewer__name",
            "interviewer__email",
        )
        .order_by("due_at", "pk")
    )
    # "Today" is the recruiter's day: that is when they will read this page and act on it.
    today_ends = end_of_day(now, user_zone(recruiter))
    sections = {
        "owes": steps.filter(kind=Step.Kind.THANK_YOU, due_at__lt=today_ends),
        "due": steps.filter(kind__in=[Step.Kind.FOLLOW_UP, Step.Kind.NUDGE], due_at__lte=now),
        "replied": SeenMessage.objects.filter(
            owner__any_of=owners,
            kind__in=[SeenMessage.Kind.REPLY, SeenMessage.Kind.OUT_OF_OFFICE],
            seen_at__gte=now - REPLIES_FOR,
        )
        .select_related("opportunity__company")
        .only(*_REPLY_FIELDS, "opportunity__company__name")
        .order_by("-seen_at", "-pk"),
    }
    full: list[str] = []
    for name, rows in sections.items():
        if show and name != show:
            continue
        listed = list(rows[:SECTION_LIMIT])
        for row in listed:
            row.candidate = by_id.get(row.owner_id)
        setattr(overview, name, listed)
        overview.counts[name] = len(listed)
        if len(listed) == SECTION_LIMIT:
            full.append(name)
    # Sections with more rows than shown are counted; the two of steps in one query.
    step_counts = {
        name: Count("pk", filter=condition)
        for name, condition in (
            ("owes", Q(kind=Step.Kind.THANK_YOU, due_at__lt=today_ends)),
            ("due", Q(kind__in=[Step.Kind.FOLLOW_UP, Step.Kind.NUDGE], due_at__lte=now)),
        )
        if name in full
    }
    if step_counts:
        # Both sections end by the end of today: the index on due_at bounds the scan.
        due_today = steps.filter(due_at__lt=today_ends).order_by()
        overview.counts.update(due_today.aggregate(**step_counts))
    if "replied" in full:
        overview.counts["replied"] = sections["replied"].order_by().count()
    return overview


def candidate_summary(recruiter, now: dt.datetime, ids: list[int]) -> dict[int, dict[str, int]]:
    """Per candidate listed (`ids`, one page of them): notes planned and notes due now.

    Served by the (owner, state, due_at) index, whatever the candidates' history.
    """
    planned = (
        Step.objects.filter(
            owner__in=coached_by(recruiter).filter(candidate_id__in=ids),
            state=Step.State.PLANNED,
        )
        .values("owner_id")
        .annotate(n=Count("pk"), due=Count("pk", filter=Q(due_at__lte=now)))
    )
    return {row["owner_id"]: {"planned": row["n"], "due": row["due"]} for row in planned}
