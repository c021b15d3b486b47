"""What the user should do: the questions the dashboard and `followup due` answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Max, Q

from followup.shell import formatting
from followup.shell.models import (
    FoundInvitation,
    MailAccount,
    Opportunity,
    OutboxMessage,
    SeenMessage,
    Step,
    WorkerBeat,
)
from followup.shell.note_status import in_drafts

UPCOMING_LIMIT = 10  # the next few; each interview's page lists the rest
DUE_LIMIT = 100  # per section; a backlog larger than this is summarised by its count
# The dashboard lists the opportunities whose last note went out most recently; those waiting
# longer are counted (they pile up for users who never record outcomes).
WAITING_LIMIT = 10
OPEN = tuple(status for status in Opportunity.Status.values if status not in Opportunity.CLOSED)
# A worker passes every minute by default; one run from cron every 15 minutes is still running,
# and one told to pass every hour is silent after three hours.
WORKER_SILENT_AFTER = dt.timedelta(minutes=20)
WORKER_PASSES_MISSED = 3


@dataclass
class Agenda:
    now: dt.datetime
    overdue: list[Step] = field(default_factory=list)
    due: list[Step] = field(default_factory=list)
    in_drafts: list[Step] = field(default_factory=list)  # due, and waiting in the user's Drafts
    upcoming: list[Step] = field(default_factory=list)
    waiting: list[Opportunity] = field(default_factory=list)
    more_due: int = 0  # overdue or due steps not listed (beyond DUE_LIMIT)
    more_upcoming: bool = False  # planned steps after the ones listed
    more_waiting: int = 0  # opportunities waiting longer than those listed (beyond the limit)
    paused_accounts: list = field(default_factory=list)
    attention: list = field(default_factory=list)  # outbox messages the user must look at
    replies: list = field(default_factory=list)  # what came back lately
    asks: list = field(default_factory=list)  # replies that asked the user for something
    invitations: list = field(default_factory=list)  # found in the inbox: to add, or applied
    # No mail worker has run when due (and the user has a mailbox for it to work on), and
    # when one last did, in the user's time (None if none ever has).
    worker_silent: bool = False
    worker_last_seen: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.overdue
            or self.due
            or self.in_drafts
            or self.upcoming
            or self.waiting
            or self.replies
            or self.asks
            or self.invitations
        )


def planned_steps(user):
    return (
        Step.objects.for_user(user)
        .filter(state=Step.State.PLANNED)
        .select_related("interview__opportunity__company", "interviewer")
        .prefetch_related("outbox__account")
        .order_by("due_at", "pk")
    )


def agenda_for(user, now: dt.datetime, *, waiting_limit: int | None = None) -> Agenda:
    """`waiting_limit`: list at most this many opportunities waiting on the company (the
    dashboard's bound); None lists them all."""
    agenda = Agenda(now=now)
    due = planned_steps(user).filter(due_at__lte=now)
    for step in due[:DUE_LIMIT]:
        if in_drafts(step):
            agenda.in_drafts.append(step)  # the user's move: send it from their mail program
        else:
            (agenda.overdue if step.is_overdue(now) else agenda.due).append(step)
    if len(agenda.overdue) + len(agenda.due) + len(agenda.in_drafts) == DUE_LIMIT:
        agenda.more_due = due.count() - DUE_LIMIT
    upcoming = list(planned_steps(user).filter(due_at__gt=now)[: UPCOMING_LIMIT + 1])
    agenda.upcoming = upcoming[:UPCOMING_LIMIT]
    agenda.more_upcoming = len(upcoming) > UPCOMING_LIMIT
    if waiting_limit is None:
        agenda.waiting = list(waiting_on_company(user))
    else:
        agenda.waiting, agenda.more_waiting = latest_waiting(user, waiting_limit)
    # One banner per cause: a missing key pauses every account for the same reason.
    # (addresses, reason, the account to sign in again or None): accounts paused for the same
    # reason share a line, except those that sign in with OAuth, which get their own button.
    paused: dict[tuple[str, int | None], list[str]] = {}
    for account in MailAccount.objects.for_user(user).filter(paused_at__isnull=False):
        key = (account.pause_reason, account.pk if account.uses_oauth else None)
        paused.setdefault(key, []).append(account.email)
    agenda.paused_accounts = [
        (", ".join(emails), reason, sign_in) for (reason, sign_in), emails in paused.items()
    ]
    if MailAccount.objects.for_user(user).exists():
        agenda.worker_silent, last = worker_silent(now)
        agenda.worker_last_seen = last and formatting.when(last, formatting.user_zone(user))
    agenda.attention = list(
        OutboxMessage.objects.for_user(user)
        .filter(
            state__in=[OutboxMessage.State.UNCERTAIN, OutboxMessage.State.FAILED],
            created_at__gte=now - dt.timedelta(days=30),
        )
        .order_by("-created_at")[:20]
    )
    # Invitations from the inbox: new ones to add or ignore, and what updates changed lately.
    agenda.invitations = list(
        FoundInvitation.objects.for_user(user)
        .filter(
            Q(state=FoundInvitation.State.OFFERED)
            | Q(state=FoundInvitation.State.APPLIED, created_at__gte=now - dt.timedelta(days=7))
        )
        .select_related("interview")
        .order_by("-created_at")[:10]
    )
    # A request in a reply is a task: "They asked for two references".
    agenda.asks = list(
        SeenMessage.objects.for_user(user)
        .filter(
            kind=SeenMessage.Kind.REPLY,
            category=SeenMessage.Category.REQUEST,
            seen_at__gte=now - dt.timedelta(days=30),
            opportunity__isnull=False,
            ask_done_at__isnull=True,
        )
        .exclude(opportunity__status__in=Opportunity.CLOSED)
        .select_related("opportunity__company")
        .prefetch_related("opportunity__interviews")
        .order_by("-received_at")[:10]
    )
    for ask in agenda.asks:  # where to act on it: the latest interview (prefetched)
        ask.latest_interview = max(
            ask.opportunity.interviews.all(), key=lambda i: i.start_at, default=None
        )
    agenda.replies = list(
        SeenMessage.objects.for_user(user)
        .filter(
            kind__in=[SeenMessage.Kind.REPLY, SeenMessage.Kind.OUT_OF_OFFICE],
            seen_at__gte=now - dt.timedelta(days=14),
        )
        .select_related("opportunity__company")
        .order_by("-received_at")[:10]
    )
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


def latest_waiting(user, limit: int) -> tuple[list[Opportunity], int]:
    """The `limit` opportunities whose last note went out most recently, longest-waiting first
    (as `waiting_on_company` orders them), and how many more have waited longer.

    Read from the stored `waiting_since` through the (owner, status, waiting_since) index:
    the same cost with ten open opportunities or ten thousand.
    """
    waiting = Opportunity.objects.for_user(user).filter(
        status__in=OPEN, waiting_since__isnull=False
    )
    listed = list(waiting.select_related("company").order_by("-waiting_since", "-pk")[:limit])
    if not listed:
        return [], 0
    more = waiting.count() - len(listed) if len(listed) == limit else 0
    for opportunity in listed:
        opportunity.last_sent = opportunity.waiting_since
    listed.reverse()
    return listed, more


def worker_silent(now: dt.datetime) -> tuple[bool, dt.datetime | None]:
    """Whether no mail worker has passed when it was due, and when one last did. (Each worker
    by its own pace: an hourly one seen 30 minutes ago is running. The rows are few: a worker
    gone a day is forgotten.)"""
    beats = list(WorkerBeat.objects.values_list("seen_at", "every"))
    if not beats:
        return True, None
    running = any(_silent_after(seen_at, every) > now for seen_at, every in beats)
    return not running, max(seen_at for seen_at, _ in beats)


def _silent_after(seen_at: dt.datetime, every: int | None) -> dt.datetime:
    """When a worker seen at `seen_at`, passing every `every` seconds, is overdue."""
    missed = WORKER_PASSES_MISSED * dt.timedelta(seconds=every or 0)
    return seen_at + max(WORKER_SILENT_AFTER, missed)
