"""What the user should do: the questions the dashboard and `followup due` answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Max, Q

from followup.shell.models import Opportunity, Step

UPCOMING_LIMIT = 20


@dataclass
class Agenda:
    now: dt.datetime
    overdue: list[Step] = field(default_factory=list)
    due: list[Step] = field(default_factory=list)
    upcoming: list[Step] = field(default_factory=list)
    waiting: list[Opportunity] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due or self.upcoming or self.waiting)


def planned_steps(user):
    return (
        Step.objects.for_user(user)
        .filter(state=Step.State.PLANNED)
        .select_related("interview__opportunity__company", "interviewer")
        .order_by("due_at", "pk")
    )


def agenda_for(user, now: dt.datetime) -> Agenda:
    agenda = Agenda(now=now)
    for step in planned_steps(user).filter(due_at__lte=now):
        (agenda.overdue if step.is_overdue(now) else agenda.due).append(step)
    agenda.upcoming = list(planned_steps(user).filter(due_at__gt=now)[:UPCOMING_LIMIT])
    agenda.waiting = list(waiting_on_company(user))
    return agenda


def waiting_on_company(user):
    """Open opportunities where everything we planned has been sent: the ball is in their court."""
    return (
        Opportunity.objects.for_user(user)
        .exclude(status__in=Opportunity.CLOSED)
        .annotate(
            last_sent=Max("interviews__steps__done_at"),
            planned=Max(
                "interviews__steps__pk",
                filter=Q(interviews__steps__state=Step.State.PLANNED),
            ),
        )
        .filter(last_sent__isnull=False, planned__isnull=True)
        .select_related("company")
        .order_by("last_sent")
    )
