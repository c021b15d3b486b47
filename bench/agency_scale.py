"""Agency scale (issue 13): the worker's due-scan, a recruiter's view and the dashboard as the
stored history grows.

Run: .venv/bin/python bench/agency_scale.py [--sizes 10000,1000000]
     [--sqlite-sizes 1000,10000,100000] [--only postgres|sqlite] [--quick] [--keep]
     [--database-url postgresql://postgres@127.0.0.1:5432/followup_bench]

PostgreSQL (a scratch database whose name starts with `followup_bench`: it is dropped and made
again, and dropped at the end unless --keep): 20 agencies, 2,000 users (an admin and 2-3
recruiters per agency, the rest candidates; one recruiter coaches 500 candidates). Every
candidate has the same few current interviews (due thank-yous and follow-ups, notes coming up,
a recent reply): the *planned* work, identical at every size. History (past interviews, their
notes sent or stopped, the outbox rows and replies they left) is then added up to each size, so
only the history differs between sizes. At each size it prints:

- the worker's due-scan (`followup.shell.mailbox.outbox.due_steps`, what `enqueue_due` runs),
  evaluated as the worker does and as bare SQL, p50/p95, the ratio to the smallest size, and
  EXPLAIN (ANALYZE) with the index it uses; the scan as written before (`outbox__isnull=True`)
  beside it;
- one `enqueue_due` pass (rolled back): its time and queries per queued note;
- a recruiter's view over 500 candidates: `recruiter_overview(...)`, and the whole page
  (/candidates/) through Django's test client, p50/p95 and queries per request.

SQLite (a temporary data folder, WAL, the app's own settings): one user with 20 current
interviews (--sqlite-current 5: 12 notes due, 20 coming up), their history grown to each of
--sqlite-sizes interviews (2% of opportunities left open: ~1,000 "waiting on the company" at
100,000), the dashboard through the test client: p50/p95, CPU time, queries per request, the
slowest queries, the page's size (with the migrations' indexes, including migration 0012's
two on opportunities, which the first version of this bench proposed).

The data is written with COPY (PostgreSQL) or executemany (SQLite), some 50,000 rows a second
with their indexes; each part runs in its own process (Django is set up once per database).
Every figure line carries the load average: other processes on a 2-core machine skew them.
Exits 0: it is a benchmark, not a test. --quick runs small sizes in well under a minute.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import enum
import functools
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/followup_bench"
RESULT = "RESULT "  # a child process's last line: its figures as JSON

GOAL_SCAN_RATIO = 1.2
GOAL_RECRUITER_P95_MS = 100.0
GOAL_DASHBOARD_P95_MS = 50.0

ZONES = ("America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "America/Chicago")
BODY = (
    "Dear {name},\n\nThank you for taking the time to talk with me today about the role. "
    "I enjoyed our conversation.\n\nBest regards"
)


# Figures ---------------------------------------------------------------------------------------


def p50(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def timed(fn, repetitions: int, warmup: int = 2, clock=time.perf_counter) -> list[float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repetitions):
        began = clock()
        fn()
        times.append((clock() - began) * 1000)
    return times


def load() -> str:
    """Other processes on this machine skew every figure: print what they were doing."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def spread(values: list[float]) -> dict[str, float]:
    return {"p50": round(p50(values), 2), "p95": round(p95(values), 2)}


def say(text: str = "") -> None:
    print(text, flush=True)


# Writing rows fast -----------------------------------------------------------------------------


class Table:
    """One model's rows: the columns the builder gives, then every other column's default."""

    def __init__(self, model, given: tuple[str, ...], vendor: str) -> None:
        from django.db import models

        self.model = model
        self.name = model._meta.db_table
        fields = {f.attname: f for f in model._meta.concrete_fields}
        rest = [f for name, f in fields.items() if name not in given]
        extra = []
        for f in rest:
            if f.has_default():
                if callable(f.default):
                    raise ValueError(f"{model.__name__}.{f.attname}: give it (its default varies)")
                value = f.get_default()
            elif f.null:
                value = None
            elif isinstance(f, models.CharField | models.TextField):
                value = ""
            else:
                raise ValueError(f"{model.__name__}.{f.attname} needs a value")
            extra.append(value.value if isinstance(value, enum.Enum) else value)
        self.columns = tuple(given) + tuple(f.attname for f in rest)
        self.rows: list[tuple] = []
        if vendor == "sqlite":
            # What Django stores in SQLite: naive UTC text, hex UUIDs, ISO dates.
            convert = {
                models.DateTimeField: _sqlite_datetime,
                models.UUIDField: lambda v: v.hex,
                models.DateField: lambda v: v.isoformat(),
                models.TimeField: lambda v: v.isoformat(),
            }
            self.converters = [
                (i, convert[type(fields[name])])
                for i, name in enumerate(given)
                if type(fields[name]) in convert
            ]
            extra = [
                convert[type(f)](v) if v is not None and type(f) in convert else v
                for f, v in zip(rest, extra, strict=True)
            ]
        else:
            self.converters = []
        self.extra = tuple(extra)

    def add(self, *values) -> None:
        self.rows.append(values)

    def ready_rows(self):
        for row in self.rows:
            if self.converters:
                row = list(row)
                for i, fn in self.converters:
                    if row[i] is not None:
                        row[i] = fn(row[i])
            yield tuple(row) + self.extra


def _sqlite_datetime(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ")


class Sink:
    """Buffers rows per table and writes them in foreign-key order: COPY or executemany."""

    def __init__(self) -> None:
        from django.db import connection

        self.connection = connection
        self.vendor = connection.vendor
        self.tables: list[Table] = []
        self.written = 0

    def table(self, model, columns: str) -> Table:
        """`columns`: the ones each row gives, in order, separated by spaces."""
        table = Table(model, tuple(columns.split()), self.vendor)
        self.tables.append(table)
        return table

    @property
    def buffered(self) -> int:
        return sum(len(t.rows) for t in self.tables)

    def flush(self) -> None:
        from django.db import transaction

        if self.vendor == "postgresql":
            with self.connection.cursor() as cursor:
                raw = cursor.cursor
                # A scratch database loaded in bulk: skip the per-row foreign-key triggers
                # (the builder makes the references itself). Session-wide; superuser only.
                raw.execute("SET session_replication_role = replica")
                for table in self.tables:
                    if table.rows:
                        columns = ", ".join(f'"{c}"' for c in table.columns)
                        with raw.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
                            for row in table.ready_rows():
                                copy.write_row(row)
                raw.execute("SET session_replication_role = DEFAULT")
        else:
            self.connection.ensure_connection()
            raw = self.connection.connection
            with transaction.atomic():
                for table in self.tables:
                    if table.rows:
                        columns = ", ".join(f'"{c}"' for c in table.columns)
                        marks = ", ".join("?" for _ in table.columns)
                        raw.executemany(
                            f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',
                            table.ready_rows(),
                        )
        for table in self.tables:
            self.written += len(table.rows)
            table.rows.clear()

    def maybe_flush(self, limit: int = 200_000) -> None:
        if self.buffered >= limit:
            self.flush()


def next_ids(models_) -> dict:
    from django.db.models import Max

    return {m: (m.objects.aggregate(n=Max("pk"))["n"] or 0) + 1 for m in models_}


def reset_sequences() -> None:
    from django.core.management.color import no_style
    from django.db import connection

    from followup.shell import models as app_models

    todo = [getattr(app_models, name) for name in app_models.__all__]
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), todo):
            cursor.execute(sql)


# The data --------------------------------------------------------------------------------------


@dataclass
class Owner:
    """A user who owns interviews (a candidate), and what the builder remembers of them."""

    id: int
    index: int
    zone: str
    account: int | None = None  # their mail account's id
    delivery: str = "draft"
    companies: list[int] = field(default_factory=list)
    opportunities: int = 0  # history opportunities made so far
    interviews: int = 0  # history interviews made so far
    uid: int = 0  # last SeenMessage UID in their INBOX


class Builder:
    """Writes interviews with their opportunities, companies, interviewers, steps, outbox rows
    and replies, as the product would have left them."""

    COMPANIES_PER_OWNER = 150
    HISTORY_SPAN = dt.timedelta(days=3 * 365)
    HISTORY_ENDS = dt.timedelta(days=30)  # history is older than this: nothing of it is "recent"

    def __init__(self, now: dt.datetime, seed: int = 13) -> None:
        from followup.shell.models import (
            Company,
            Interview,
            Interviewer,
            Opportunity,
            OutboxMessage,
            SeenMessage,
            Step,
        )

        self.now = now
        self.rng = random.Random(seed)
        self.sink = Sink()
        self.ids = next_ids(
            [Company, Opportunity, Interview, Interviewer, Step, OutboxMessage, SeenMessage]
        )
        self.M = {m.__name__: m for m in self.ids}
        table = self.sink.table
        self.company = table(Company, "id owner_id name domain")
        self.opportunity = table(
            Opportunity, "id owner_id company_id role status replied_at created_at updated_at"
        )
        self.interview = table(
            Interview,
            "id owner_id opportunity_id round start_at end_at time_zone notes uid created_at "
            "updated_at",
        )
        self.interviewer = table(Interviewer, "id owner_id interview_id position name email title")
        self.step = table(
            Step,
            "id owner_id interview_id interviewer_id kind state due_at overdue_at time_zone "
            "reason done_at stop_reason updated_at",
        )
        self.outbox = table(
            OutboxMessage,
            "id owner_id account_id step_id message_id to_addr to_name subject body mode state "
            "next_attempt_at done_at created_at",
        )
        self.seen = table(
            SeenMessage,
            "id owner_id account_id folder uidvalidity uid message_id from_addr subject "
            "received_at kind category why opportunity_id seen_at",
        )
        self.interviews_made = 0

    def _id(self, name: str) -> int:
        model = self.M[name]
        value = self.ids[model]
        self.ids[model] = value + 1
        return value

    def _company(self, owner: Owner, k: int) -> tuple[int, str]:
        slot = k % self.COMPANIES_PER_OWNER
        while len(owner.companies) <= slot:
            n = len(owner.companies)
            company_id = self._id("Company")
            self.company.add(company_id, owner.id, f"Company {n}", f"company{n}.example")
            owner.companies.append(company_id)
        return owner.companies[slot], f"company{slot}.example"

    def _opportunity(self, owner, company_id, role, status, at, replied_at=None) -> int:
        opportunity_id = self._id("Opportunity")
        self.opportunity.add(opportunity_id, owner.id, company_id, role, status, replied_at, at, at)
        return opportunity_id

    def _interview(self, owner, opportunity_id, round_, start, zone) -> int:
        interview_id = self._id("Interview")
        end = start + dt.timedelta(hours=1)
        self.interview.add(
            interview_id,
            owner.id,
            opportunity_id,
            round_,
            start,
            end,
            zone,
            "We talked about the team's roadmap and the on-call rota.",
            uuid.UUID(int=interview_id),
            start - dt.timedelta(days=3),
            end,
        )
        self.interviews_made += 1
        return interview_id

    def _people(self, owner, interview_id, domain, count, *, email=True) -> list[tuple]:
        people = []
        for position in range(count):
            person_id = self._id("Interviewer")
            name = f"Person {person_id}"
            address = f"p{person_id}@{domain}" if email or position else ""
            self.interviewer.add(
                person_id, owner.id, interview_id, position, name, address, "Engineering lead"
            )
            people.append((person_id, name, address))
        return people

    def _step(self, owner, interview_id, zone, person, kind, state, due, *, done=None, stop=""):
        step_id = self._id("Step")
        self.step.add(
            step_id,
            owner.id,
            interview_id,
            person[0],
            kind,
            state,
            due,
            due + dt.timedelta(days=2),
            zone,
            f"Planned {kind.replace('_', ' ')}",
            done,
            stop,
            done or due,
        )
        return step_id

    def _sent(self, owner, step_id, person, kind, at, state="done") -> None:
        """The outbox row a note sent through the user's mailbox leaves."""
        if owner.account is None:
            return
        message_id = self._id("OutboxMessage")
        self.outbox.add(
            message_id,
            owner.id,
            owner.account,
            step_id,
            f"<followup.bench{message_id}@example.test>",
            person[2] or "someone@example.test",
            person[1],
            f"{kind.replace('_', ' ').capitalize()}: our conversation",
            BODY.format(name=person[1]),
            owner.delivery,
            state,
            at,
            at if state == "done" else None,
            at,
        )

    def _reply(self, owner, opportunity_id, domain, at, category) -> None:
        if owner.account is None:
            return
        seen_id = self._id("SeenMessage")
        owner.uid += 1
        self.seen.add(
            seen_id,
            owner.id,
            owner.account,
            "INBOX",
            1,
            owner.uid,
            f"<reply{seen_id}@{domain}>",
            f"hr@{domain}",
            "Re: our conversation",
            at,
            "reply",
            category,
            "Read from the reply.",
            opportunity_id,
            at,
        )

    def history(self, owner: Owner, count: int) -> None:
        """`count` past interviews: every note sent or stopped, most opportunities closed."""
        statuses = ["rejected"] * 20 + ["gone_quiet"] * 17 + ["withdrawn"] * 7 + ["offer"] * 5
        statuses.append("interviewing")  # 2%: open, everything sent: waiting on the company
        made = 0
        while made < count:
            k = owner.opportunities
            owner.opportunities += 1
            rounds = min(1 + k % 3, count - made)
            status = statuses[k % len(statuses)]
            company_id, domain = self._company(owner, k)
            first = self.now - self.HISTORY_ENDS - self.rng.random() * self.HISTORY_SPAN
            zone = ZONES[k % len(ZONES)]
            opportunity_id = self._opportunity(
                owner, company_id, f"Role {k}", status, first - dt.timedelta(days=5)
            )
            for r in range(rounds):
                start = first + dt.timedelta(days=7 * r)
                end = start + dt.timedelta(hours=1)
                interview_id = self._interview(owner, opportunity_id, r + 1, start, zone)
                step = functools.partial(self._step, owner, interview_id, zone)
                people = self._people(owner, interview_id, domain, 1 + (k + r) % 5 // 3)
                for person in people:
                    at = end + dt.timedelta(hours=3)
                    step_id = step(person, "thank_you", "done", at, done=at)
                    self._sent(owner, step_id, person, "thank_you", at)
                last = r == rounds - 1
                due = end + dt.timedelta(days=7)
                if last and status in ("interviewing", "offer", "gone_quiet"):
                    step_id = step(people[0], "follow_up", "done", due, done=due)
                    self._sent(owner, step_id, people[0], "follow_up", due)
                else:
                    reason = "A later round was added." if not last else "Outcome recorded."
                    step_id = step(people[0], "follow_up", "stopped", due, stop=reason)
                    if k % 40 == 0:  # queued, then stopped before it went
                        self._sent(owner, step_id, people[0], "follow_up", due, "cancelled")
                nudge = end + dt.timedelta(days=14)
                if last and status in ("interviewing", "gone_quiet"):
                    step_id = step(people[0], "nudge", "done", nudge, done=nudge)
                    self._sent(owner, step_id, people[0], "nudge", nudge)
                else:
                    step(people[0], "nudge", "stopped", nudge, stop="Stopped with the follow-up.")
            made += rounds
            if k % 3 == 0 and status != "gone_quiet":
                # The company's answer, 1-14 days after the last round: older than 14 days.
                answer = end + dt.timedelta(days=1 + k % 14)
                category = {"offer": "offer", "interviewing": "other"}.get(status, "rejection")
                self._reply(owner, opportunity_id, domain, answer, category)
            self.sink.maybe_flush()
        owner.interviews += made

    def current(self, owner: Owner, variant: int = 0) -> None:
        """Four current interviews: the planned work, the same at every size of history.

        A ended yesterday (its thank-yous due), B 8 days ago (its follow-up due), C is in two
        days (all notes planned), D 12 days ago and the company has just replied.
        """
        now = self.now
        i = owner.index * 7 + variant
        hours = dt.timedelta(hours=i % 20)
        zone = ZONES[i % len(ZONES)]
        plan = [
            ("A", now - dt.timedelta(hours=21) - hours),
            ("B", now - dt.timedelta(days=8) - hours),
            ("C", now + dt.timedelta(days=2) + hours),
            ("D", now - dt.timedelta(days=12) - hours),
        ]
        for name, start in plan:
            company_id, domain = self._company(owner, 1000 + 4 * variant + ord(name))
            end = start + dt.timedelta(hours=1)
            replied = now - dt.timedelta(days=1 + i % 10) if name == "D" else None
            opportunity_id = self._opportunity(
                owner,
                company_id,
                f"Current role {name}{variant}",
                "interviewing",
                start - dt.timedelta(days=10),
                replied,
            )
            interview_id = self._interview(owner, opportunity_id, 1, start, zone)
            step = functools.partial(self._step, owner, interview_id, zone)
            # One in fifteen first interviewers has no address: nothing can be sent to them.
            people = self._people(owner, interview_id, domain, 1 + (i % 3 == 0), email=i % 15 != 7)
            thank_you = end + dt.timedelta(hours=3)
            follow_up = end + dt.timedelta(days=7)
            nudge = end + dt.timedelta(days=14)
            for person in people:
                if name in ("A", "C"):
                    step(person, "thank_you", "planned", thank_you)
                else:
                    step_id = step(person, "thank_you", "done", thank_you, done=thank_you)
                    self._sent(owner, step_id, person, "thank_you", thank_you)
            if name == "D":
                for kind, due in (("follow_up", follow_up), ("nudge", nudge)):
                    step(people[0], kind, "stopped", due, stop="They replied.")
                self._reply(owner, opportunity_id, domain, replied, "next_round")
            else:
                if name == "B":  # due now, minutes to hours ago
                    follow_up = now - dt.timedelta(minutes=10 + 15 * (i % 20))
                    nudge = follow_up + dt.timedelta(days=7)
                step(people[0], "follow_up", "planned", follow_up)
                step(people[0], "nudge", "planned", nudge)
        self.sink.maybe_flush()

    def grow(self, owners: list[Owner], total: int) -> None:
        """Add history, spread evenly over `owners`, until there are `total` interviews."""
        missing = total - self.interviews_made
        if missing <= 0:
            return
        share, extra = divmod(missing, len(owners))
        for n, owner in enumerate(owners):
            self.history(owner, share + (n < extra))
        self.sink.flush()


def mail_account(owner_user, *, paused: bool, delivery: str):
    from followup.shell.models import MailAccount

    now = dt.datetime.now(dt.UTC)
    return MailAccount(
        owner=owner_user,
        email=f"{owner_user.username}@mail.example",
        username=owner_user.username,
        password_token="not-a-real-token",
        smtp_host="smtp.mail.example",
        smtp_port=587,
        smtp_security="starttls",
        imap_host="imap.mail.example",
        imap_port=993,
        imap_security="tls",
        delivery=delivery,
        paused_at=now if paused else None,
        pause_reason="The server refused the password." if paused else "",
    )


# PostgreSQL: the agency --------------------------------------------------------------------------


@dataclass
class Agency:
    owners: list[Owner]
    recruiter_id: int  # the one who coaches the most candidates
    coached: int


def build_agencies(users: int, agencies: int, now: dt.datetime, builder: Builder) -> Agency:
    """Agency 0 holds 30% of the users; the others share the rest. Each has an admin and 2-3
    recruiters; the rest are candidates, half of them with a mail account (one in five of
    those paused). Agency 0's first recruiter coaches up to 500 candidates."""
    from django.contrib.auth import get_user_model

    from followup.shell.models import (
        Assignment,
        MailAccount,
        Membership,
        Organisation,
        Profile,
    )

    User = get_user_model()
    sizes = [users * 3 // 10]
    rest = users - sizes[0]
    sizes += [rest // (agencies - 1) + (n < rest % (agencies - 1)) for n in range(agencies - 1)]
    people = User.objects.bulk_create(
        [
            User(
                username=f"user{n:05d}",
                first_name=f"First{n:05d}",
                last_name="Bench",
                password="!",
                email=f"user{n:05d}@example.test",
            )
            for n in range(users)
        ]
    )
    Profile.objects.bulk_create(
        [
            Profile(user=u, full_name=f"{u.first_name} Bench", time_zone=ZONES[n % len(ZONES)])
            for n, u in enumerate(people)
        ]
    )
    memberships, assignments, candidates = [], [], []
    best = (0, 0)
    at = 0
    for number, size in enumerate(sizes):
        organisation = Organisation.objects.create(name=f"Agency {number}")
        members = people[at : at + size]
        at += size
        recruiters = 3 if number == 0 else 2
        admin, coaches = members[0], members[1 : 1 + recruiters]
        coached = members[1 + recruiters :]
        memberships.append(Membership(organisation=organisation, user=admin, role="admin"))
        memberships += [
            Membership(organisation=organisation, user=u, role="recruiter") for u in coaches
        ]
        memberships += [
            Membership(organisation=organisation, user=u, role="candidate") for u in coached
        ]
        c = len(coached)
        if number == 0:
            groups = [coached[: min(500, c)], coached[c // 2 :], coached[-min(100, c) :]]
        else:
            groups = [coached[: max(1, c * 6 // 10)], coached[c // 2 :]]
        for coach, group in zip(coaches, groups, strict=True):
            assignments += [
                Assignment(organisation=organisation, recruiter=coach, candidate=u) for u in group
            ]
            best = max(best, (len(group), coach.pk))
        candidates += coached
    Membership.objects.bulk_create(memberships)
    Assignment.objects.bulk_create(assignments)
    accounts = MailAccount.objects.bulk_create(
        [
            mail_account(u, paused=n % 10 == 0, delivery="send" if n % 4 == 0 else "draft")
            for n, u in enumerate(candidates)
            if n % 2 == 0
        ]
    )
    by_owner = {a.owner_id: a for a in accounts}
    owners = []
    for n, u in enumerate(candidates):
        owner = Owner(id=u.pk, index=n, zone=ZONES[n % len(ZONES)])
        account = by_owner.get(u.pk)
        if account is not None:
            owner.account, owner.delivery = account.pk, account.delivery
        owners.append(owner)
    for owner in owners:
        builder.current(owner)
    builder.sink.flush()
    return Agency(owners=owners, recruiter_id=best[1], coached=best[0])


def old_scan(now):
    """The due-scan as written before issue 13 (`outbox__isnull=True`), for comparison."""
    from django.db.models import Exists, OuterRef

    from followup.shell.models import MailAccount, Step

    usable = MailAccount.objects.filter(owner=OuterRef("owner"), paused_at__isnull=True)
    return (
        Step.objects.filter(state=Step.State.PLANNED, due_at__lte=now, outbox__isnull=True)
        .exclude(interviewer__email="")
        .filter(Exists(usable))
        .select_related("interviewer", "interview__opportunity__company", "owner")
        .order_by("due_at")[:200]
    )


def run_sql(queryset) -> int:
    from django.db import connection

    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return len(cursor.fetchall())


class _Undo(Exception):
    pass


def enqueue_pass(now) -> tuple[int, int, float]:
    """One `enqueue_due` pass, rolled back: (notes queued, queries, ms)."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from followup.shell.mailbox.outbox import enqueue_due

    queued = 0
    with CaptureQueriesContext(connection) as captured:
        began = time.perf_counter()
        try:
            with transaction.atomic():
                queued = enqueue_due(now)
                elapsed = (time.perf_counter() - began) * 1000
                raise _Undo
        except _Undo:
            pass
    return queued, len(captured.captured_queries), elapsed


def page(client, path: str, repetitions: int) -> dict:
    """A page through the test client: p50/p95, then one request's queries (the query log is
    read before the next request: every request empties it)."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    times = timed(lambda: client.get(path), repetitions)
    cpu = timed(lambda: client.get(path), max(5, repetitions // 4), clock=time.process_time)
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    queries = list(captured.captured_queries)
    slowest = sorted(queries, key=lambda q: -float(q["time"]))[:3]
    if connection.vendor == "postgresql":
        # Where a query's time goes on the server: planning (a wide join) or execution.
        lines = [f"{server_times(q['sql'])}: {q['sql'][:110]}" for q in queries]
    else:
        lines = [f"{float(q['time']) * 1000:.1f} ms: {q['sql'][:150]}" for q in slowest]
    return {
        **spread(times),
        "cpu_p50": round(p50(cpu), 1),
        "queries": len(queries),
        "db_ms": round(sum(float(q["time"]) for q in queries) * 1000, 1),
        "bytes": len(response.content),
        "slowest": lines,
    }


def server_times(sql: str) -> str:
    from django.db import connection

    if not sql.startswith("SELECT"):
        return "(not a SELECT)"
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0][0]
    return f"planning {plan['Planning Time']:5.1f} ms, execution {plan['Execution Time']:5.1f} ms"


def explain_lines(queryset) -> list[str]:
    return queryset.explain(analyze=True, buffers=True).splitlines()


def postgres_part(args) -> dict:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from followup.shell.mailbox.outbox import due_steps
    from followup.shell.models import OutboxMessage, Step
    from followup.shell.team.overview import recruiter_overview

    call_command("migrate", verbosity=0, interactive=False)
    now = timezone.now()
    builder = Builder(now)
    began = time.perf_counter()
    agency = build_agencies(args.users, args.agencies, now, builder)
    say(
        f"postgres: {args.users} users in {args.agencies} agencies, {len(agency.owners)} "
        f"candidates, {builder.interviews_made} current interviews "
        f"({time.perf_counter() - began:.1f} s)"
    )
    recruiter = get_user_model().objects.get(pk=agency.recruiter_id)
    client = Client()
    client.force_login(recruiter)
    results = {"sizes": [], "coached": agency.coached}
    reps = args.repetitions
    for size in args.sizes:
        began = time.perf_counter()
        builder.grow(agency.owners, size)
        built = time.perf_counter() - began
        began = time.perf_counter()
        reset_sequences()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # what autovacuum does after a load
        vacuumed = time.perf_counter() - began
        steps = Step.objects.count()
        due = due_steps(now)
        planned_due = Step.objects.filter(state="planned", due_at__lte=now).count()
        listed = len(list(due))
        say(
            f"\n== {size:,} interviews: {steps:,} steps, {OutboxMessage.objects.count():,} outbox "
            f"rows; {planned_due:,} planned steps due, the scan lists {listed} "
            f"(built in {built:.1f} s, VACUUM ANALYZE {vacuumed:.1f} s, "
            f"{builder.sink.written:,} rows written so far); {load()}"
        )
        scan = timed(lambda: list(due_steps(now)), reps)
        sql = timed(lambda: run_sql(due_steps(now)), reps)
        old = timed(lambda: list(old_scan(now)), max(5, reps // 5))
        plan = explain_lines(due)
        uses = [line.strip() for line in plan if "step_planned_due" in line]
        say("EXPLAIN (ANALYZE, BUFFERS) of the due-scan:")
        for line in plan:
            say("    " + line)
        old_plan = explain_lines(old_scan(now))
        old_uses = [line.strip() for line in old_plan if "step_planned_due" in line]
        old_time = [line.strip() for line in old_plan if line.startswith("Execution Time")]
        say(
            "the scan as written before (outbox__isnull=True): "
            + ("uses step_planned_due; " if old_uses else "does NOT use step_planned_due; ")
            + (old_time[0] if old_time else "")
        )
        queued, queries, pass_ms = enqueue_pass(now)
        overview = timed(lambda: recruiter_overview(recruiter, timezone.now()), reps)
        shown = recruiter_overview(recruiter, timezone.now())
        candidates_page = page(client, "/candidates/", max(10, reps // 2))
        row = {
            "size": size,
            "build_s": round(built, 1),
            "steps": steps,
            "scan": spread(scan),
            "scan_sql": spread(sql),
            "old_scan": spread(old),
            "plan_line": uses[0] if uses else "(step_planned_due not in the plan)",
            "execution": next((x for x in plan if x.startswith("Execution Time")), ""),
            "enqueue": {"queued": queued, "queries": queries, "ms": round(pass_ms)},
            "overview": spread(overview),
            "overview_counts": shown.counts,
            "page": candidates_page,
        }
        say(
            f"due-scan (evaluated) p50 {row['scan']['p50']:.1f} ms p95 {row['scan']['p95']:.1f}; "
            f"bare SQL p50 {row['scan_sql']['p50']:.1f} p95 {row['scan_sql']['p95']:.1f}; "
            f"as written before p50 {row['old_scan']['p50']:.1f} p95 {row['old_scan']['p95']:.1f}"
        )
        say(
            f"enqueue_due pass (rolled back): {queued} notes, {queries} queries "
            f"({queries / max(queued, 1):.1f} per note), {pass_ms:.0f} ms"
        )
        say(
            f"recruiter over {agency.coached} candidates: overview p50 {row['overview']['p50']:.1f}"
            f" p95 {row['overview']['p95']:.1f} ms (sections {shown.counts}); /candidates/ p50 "
            f"{candidates_page['p50']:.1f} p95 {candidates_page['p95']:.1f} ms, "
            f"{candidates_page['queries']} queries, {candidates_page['bytes'] // 1024} KB"
        )
        for line in candidates_page["slowest"]:
            say("    " + line)
        results["sizes"].append(row)
    return results


# SQLite: one user's dashboard --------------------------------------------------------------------


def sqlite_part(args) -> dict:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from followup.shell.models import Opportunity, Profile
    from followup.shell.planning import refresh_waiting

    call_command("migrate", verbosity=0, interactive=False)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
    now = timezone.now()
    user = get_user_model().objects.create(username="solo", password="!", first_name="Sam")
    Profile.objects.create(user=user, full_name="Sam Solo", time_zone="Europe/London")
    account = mail_account(user, paused=False, delivery="draft")
    account.save()
    owner = Owner(id=user.pk, index=0, zone="Europe/London", account=account.pk)
    builder = Builder(now)
    for variant in range(args.sqlite_current):  # 4 current interviews each (see `current`)
        builder.current(owner, variant)
    builder.sink.flush()
    client = Client()
    client.force_login(user)
    results = {"sizes": [], "journal_mode": mode}
    for size in args.sqlite_sizes:
        began = time.perf_counter()
        builder.grow([owner], size)
        # What replan keeps on every change of a step; the bench writes rows directly.
        refresh_waiting(Opportunity.objects.filter(owner_id=owner.id))
        built = time.perf_counter() - began
        results["sizes"].append(
            dashboard(client, args.repetitions, size, f"built in {built:.1f} s")
        )
    return results


def dashboard(client, repetitions: int, size: int, note: str) -> dict:
    figures = page(client, "/", repetitions)
    figures["size"] = size
    say(
        f"sqlite: {size:,} interviews for one user ({note}): dashboard p50 {figures['p50']:.1f} "
        f"p95 {figures['p95']:.1f} ms, CPU p50 {figures['cpu_p50']:.1f} ms, "
        f"{figures['queries']} queries ({figures['db_ms']} ms in the database), "
        f"{figures['bytes'] // 1024} KB; {load()}"
    )
    for line in figures["slowest"]:
        say("    " + line)
    return figures


# The orchestra -----------------------------------------------------------------------------------


def _admin_url(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    return urlunsplit(parts._replace(path="/postgres")), name


def _psql(admin_url: str, sql: str) -> None:
    subprocess.run(
        ["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True, capture_output=True
    )


def child(part: str, args, env: dict[str, str]) -> dict | None:
    argv = [sys.executable, __file__, "--part", part]
    argv += ["--sizes", ",".join(map(str, args.sizes))]
    argv += ["--sqlite-sizes", ",".join(map(str, args.sqlite_sizes))]
    argv += ["--users", str(args.users), "--agencies", str(args.agencies)]
    argv += ["--repetitions", str(args.repetitions), "--sqlite-current", str(args.sqlite_current)]
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    result = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(RESULT):
            result = json.loads(line[len(RESULT) :])
        else:
            print(line, end="", flush=True)
    if process.wait() != 0:
        say(f"({part} part failed with exit status {process.returncode})")
    return result


def table(pg: dict | None, lite: dict | None) -> None:
    say("\n" + "=" * 100)
    say(f"{'figure':<62} {'measured':>18}   goal")
    rows = []
    if pg:
        first = pg["sizes"][0]
        for row in pg["sizes"]:
            n = f"{row['size']:,}"
            rows.append((f"PG due-scan p50 / p95 at {n} (evaluated)", _pair(row["scan"]), ""))
            rows.append((f"PG due-scan bare SQL p50 / p95 at {n}", _pair(row["scan_sql"]), ""))
            rows.append(
                (f"PG due-scan as written before, p50 / p95 at {n}", _pair(row["old_scan"]), "")
            )
        for row in pg["sizes"][1:]:
            ratio = row["scan"]["p50"] / first["scan"]["p50"]
            ratio_sql = row["scan_sql"]["p50"] / first["scan_sql"]["p50"]
            ratio_old = row["old_scan"]["p50"] / first["old_scan"]["p50"]
            ok = "met" if ratio <= GOAL_SCAN_RATIO else "MISSED"
            rows.append(
                (
                    f"PG due-scan p50 ratio {row['size']:,} / {first['size']:,}",
                    f"{ratio:.2f}x",
                    f"<= {GOAL_SCAN_RATIO}x ({ok})",
                )
            )
            ratio_sql95 = row["scan_sql"]["p95"] / first["scan_sql"]["p95"]
            rows.append(
                (f"  same, bare SQL (p95 ratio {ratio_sql95:.2f}x)", f"{ratio_sql:.2f}x", "")
            )
            rows.append(("  same, the scan as written before", f"{ratio_old:.2f}x", ""))
        last = pg["sizes"][-1]
        rows.append(
            (
                "PG due-scan plan uses step_planned_due",
                "yes" if "step_planned_due" in last["plan_line"] else "NO",
                "yes",
            )
        )
        for row in pg["sizes"]:
            e = row["enqueue"]
            rows.append(
                (
                    f"PG enqueue_due pass at {row['size']:,}: queries per note",
                    f"{e['queries'] / max(e['queued'], 1):.1f} ({e['ms']} ms)",
                    "",
                )
            )
        for row in pg["sizes"]:
            n = f"{row['size']:,}"
            ok = "met" if row["page"]["p95"] < GOAL_RECRUITER_P95_MS else "MISSED"
            rows.append(
                (
                    f"PG recruiter_overview, {pg['coached']} candidates, at {n}",
                    _pair(row["overview"]),
                    "",
                )
            )
            rows.append(
                (
                    f"PG /candidates/ page, {pg['coached']} candidates, at {n}",
                    _pair(row["page"]),
                    f"p95 < {GOAL_RECRUITER_P95_MS:.0f} ms ({ok})",
                )
            )
    if lite:
        for row in lite["sizes"]:
            ok = "met" if row["p95"] < GOAL_DASHBOARD_P95_MS else "MISSED"
            rows.append(
                (
                    f"SQLite dashboard, one user, {row['size']:,} interviews "
                    f"({row['queries']} queries)",
                    _pair(row),
                    f"p95 < {GOAL_DASHBOARD_P95_MS:.0f} ms ({ok})",
                )
            )
    for name, value, goal in rows:
        say(f"{name:<62} {value:>18}   {goal}")


def _pair(figures: dict) -> str:
    return f"{figures['p50']:.1f} / {figures['p95']:.1f} ms"


def sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--sizes", type=sizes, default=sizes("10000,1000000"))
    parser.add_argument("--sqlite-sizes", type=sizes, default=sizes("1000,10000,100000"))
    parser.add_argument(
        "--sqlite-current",
        type=int,
        default=5,
        help="sets of 4 current interviews of the SQLite user (5: 12 notes due, 20 coming up)",
    )
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--agencies", type=int, default=20)
    parser.add_argument("--repetitions", type=int, default=60)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test")
    parser.add_argument("--only", choices=["postgres", "sqlite"], help="run one part")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    parser.add_argument("--part", choices=["postgres", "sqlite"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.sqlite_sizes = [2000, 8000], [1000, 5000]
        args.users, args.agencies, args.repetitions = 200, 4, 8
    if args.part:
        run = postgres_part if args.part == "postgres" else sqlite_part
        print(RESULT + json.dumps(run(args)), flush=True)
        return

    home = tempfile.mkdtemp(prefix="followup-agency-bench-")
    base = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "followup.shell.settings",
        # The test client's host.
        "FOLLOWUP_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
    }
    for name in ("DATABASE_URL", "FOLLOWUP_SECRET_KEY", "FOLLOWUP_ENCRYPTION_KEYS"):
        base.pop(name, None)
    pg = lite = None
    began = time.perf_counter()
    try:
        if args.only != "sqlite":
            admin_url, name = _admin_url(args.database_url)
            if not name.startswith("followup_bench"):
                raise SystemExit(
                    f"refusing to use database {name!r}: the bench drops and recreates it; "
                    "name one that starts with followup_bench"
                )
            _psql(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            _psql(admin_url, f"CREATE DATABASE {name}")
            try:
                Path(home, "pg").mkdir()
                env = {
                    **base,
                    "FOLLOWUP_HOME": str(Path(home, "pg")),
                    "DATABASE_URL": args.database_url,
                }
                pg = child("postgres", args, env)
            finally:
                if not args.keep:
                    with contextlib.suppress(subprocess.CalledProcessError):
                        _psql(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if args.only != "postgres":
            Path(home, "sqlite").mkdir()
            lite = child("sqlite", args, {**base, "FOLLOWUP_HOME": str(Path(home, "sqlite"))})
    finally:
        shutil.rmtree(home, ignore_errors=True)
    table(pg, lite)
    say(f"\n(total {time.perf_counter() - began:.0f} s; 2-core machine figures are noisy)")


if __name__ == "__main__":
    main()
