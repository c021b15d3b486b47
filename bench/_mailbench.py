"""Shared set-up for the mail benchmarks: a scratch database, a user with a mail account on the
loopback MailStack, due notes in the outbox, and what the SMTP server saw of them.

The benchmark process owns the MailStack (its in-process SMTP server counts deliveries by
Message-ID) and a Django connection for setting up and inspecting rows; the workers under test
are separate processes (bench/_mail_driver.py or the `followup` CLI) sharing the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DRIVER = str(ROOT / "bench" / "_mail_driver.py")
FOLLOWUP = str(Path(sys.executable).with_name("followup"))
PG_URL = "postgres://postgres@127.0.0.1:5432"
RECIPIENTS = ("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy")


def _psql(sql: str) -> None:
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-qc", sql],
        check=True,
        capture_output=True,
    )


@contextlib.contextmanager
def scratch_database(kind: str) -> Iterator[dict[str, str]]:
    """A fresh data folder (keys, SQLite file) and, for PostgreSQL, a scratch database.

    Sets the environment of this process (Django is then set up once, here) and yields it for
    the worker processes. Everything is removed afterwards.
    """
    home = tempfile.mkdtemp(prefix="followup-mailbench-")
    env = {"FOLLOWUP_HOME": home, "DJANGO_SETTINGS_MODULE": "followup.shell.settings"}
    db_name = ""
    if kind == "postgres":
        db_name = f"followup_bench_{os.getpid()}"
        _psql(f"DROP DATABASE IF EXISTS {db_name}")
        _psql(f"CREATE DATABASE {db_name}")
        env["DATABASE_URL"] = f"{PG_URL}/{db_name}"
    elif kind != "sqlite":
        raise SystemExit(f"unknown database {kind!r}: sqlite or postgres")
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ.update(env)
    for name in ("FOLLOWUP_SECRET_KEY", "FOLLOWUP_ENCRYPTION_KEYS", "FOLLOWUP_DRIVER_DB_NAME"):
        os.environ.pop(name, None)
    try:
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        yield dict(os.environ)
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        if db_name:
            with contextlib.suppress(subprocess.CalledProcessError):
                _psql(f"DROP DATABASE IF EXISTS {db_name} WITH (FORCE)")
        shutil.rmtree(home, ignore_errors=True)


def quiet_stack_logs() -> None:
    """aiosmtpd's deprecation and configuration chatter says nothing about the figures."""
    import logging
    import warnings

    warnings.filterwarnings("ignore", message="Session.login_data is deprecated")
    logging.getLogger("mail.log").setLevel(logging.ERROR)


def shield_deliveries() -> None:
    """Let the test SMTP server finish a message it has fully received even if the client has
    gone (works around a MailStack bug, see the report: aiosmtpd cancels the DATA handler when
    the connection drops, so a message already handed to LMTP is delivered but neither counted
    nor filed in Sent). A real server queues a message once it has the final dot and files it
    regardless; so does this one with the handler shielded from cancellation.
    """
    import asyncio

    from followup.testing import mailstack

    if getattr(mailstack._Handler.handle_DATA, "shielded", False):
        return
    original = mailstack._Handler.handle_DATA

    async def handle_DATA(self: Any, server: Any, session: Any, envelope: Any) -> str:
        return await asyncio.shield(original(self, server, session, envelope))

    handle_DATA.shielded = True  # type: ignore[attr-defined]
    mailstack._Handler.handle_DATA = handle_DATA  # type: ignore[method-assign]


def inbox_counts(stack: Any, users: tuple[str, ...] = RECIPIENTS) -> Counter[str]:
    """Copies per Message-ID in the recipients' INBOXes: what they actually received, a check
    on the server's own counter."""
    from followup.testing.mailstack import _message_id

    found: Counter[str] = Counter()
    for user in users:
        for raw in stack.mailbox(user):
            found[_message_id(raw)] += 1
    return found


def make_user(stack: Any, username: str = "sam", delivery: str = "send") -> Any:
    """A user whose mail account is me@example.test on the stack (as tests' connect_mailbox)."""
    from followup.shell.accounts import AccountInput, create_account
    from followup.shell.mailbox.accounts import AccountInput as MailInput
    from followup.shell.mailbox.accounts import save_account

    user = create_account(
        AccountInput(
            username=username,
            password="a long bench passphrase",
            email=f"{username}@example.com",
            full_name="Sam Lee",
            time_zone="UTC",
            country="US",
        )
    )
    save_account(
        user,
        MailInput(
            email="me@example.test",
            password=stack.password("me"),
            display_name="Sam Lee",
            smtp_host="127.0.0.1",
            smtp_port=stack.smtp_port,
            smtp_security="starttls",
            imap_host="127.0.0.1",
            imap_port=stack.imap_port,
            imap_security="starttls",
            cafile=stack.cafile,
            delivery=delivery,
        ),
    )
    return user


_batch = 0


def queue_due_notes(user: Any, count: int) -> list[str]:
    """``count`` interviews that ended yesterday, one interviewer each, so each has a thank-you
    due now; queued through the product's own enqueue_due. Returns the new Message-IDs."""
    from django.utils import timezone

    from followup.shell.actions import InterviewerInput, InterviewInput, create_interview
    from followup.shell.mailbox.outbox import enqueue_due
    from followup.shell.models import OutboxMessage

    global _batch
    _batch += 1
    before = set(OutboxMessage.objects.values_list("message_id", flat=True))
    start = (timezone.now() - dt.timedelta(days=1)).replace(microsecond=0)
    for n in range(count):
        who = RECIPIENTS[n % len(RECIPIENTS)]
        create_interview(
            user,
            InterviewInput(
                company=f"Company {_batch}-{n}",
                role="Staff Engineer",
                start=start,
                end=start + dt.timedelta(hours=1),
                time_zone="UTC",
                interviewers=[
                    InterviewerInput(
                        who.title(),
                        f"{who}@example.test",
                        "Director",
                        "UTC",
                        "US",
                        # Something discussed fills the note's placeholder, so the note is sent
                        # rather than diverted to Drafts.
                        "the night-shift staffing gap at the Joliet DC",
                    )
                ],
            ),
        )
    while enqueue_due(timezone.now()):  # 200 per call
        pass
    new = OutboxMessage.objects.exclude(message_id__in=before)
    # Sends wait for the recipient's send window (next business morning when out of hours);
    # these benchmarks measure the race and the crashes, so the notes are made due now.
    new.update(next_attempt_at=timezone.now())
    modes = Counter(new.values_list("mode", flat=True))
    if modes != Counter({OutboxMessage.Mode.SEND: count}):
        raise RuntimeError(f"expected {count} notes to send, got {dict(modes)}")
    return list(new.values_list("message_id", flat=True))


@dataclass
class Outcomes:
    """Each message judged by what the server received and what the user is shown."""

    total: int = 0
    once_confirmed: int = 0  # delivered once, recorded as sent
    once_unconfirmed: int = 0  # delivered once, shown to the user as unconfirmed
    unsent_shown: int = 0  # not delivered, shown to the user (unconfirmed or failed)
    lost: int = 0  # not delivered and not shown: the user believes it went, or nobody knows
    twice: int = 0  # delivered more than once
    twice_silent: int = 0  # ... and the user was not told
    other: list[str] = field(default_factory=list)  # anything else, spelled out

    @property
    def delivered_once(self) -> int:
        return self.once_confirmed + self.once_unconfirmed

    @property
    def shown_uncertain(self) -> int:
        return self.once_unconfirmed + self.unsent_shown


def judge(message_ids: list[str], stack: Any, received: Counter[str] | None = None) -> Outcomes:
    """Classify each message; ``received`` (inbox_counts) is taken into account when given:
    a copy counted by either the server or the recipient's INBOX was delivered."""
    from followup.shell.models import OutboxMessage

    State = OutboxMessage.State
    states = dict(
        OutboxMessage.objects.filter(message_id__in=message_ids).values_list("message_id", "state")
    )
    out = Outcomes(total=len(message_ids))
    shown = (State.UNCERTAIN, State.FAILED)
    for mid in message_ids:
        count = stack.delivery_count(mid)
        if received is not None:
            count = max(count, received[mid])
        state = states.get(mid)
        if count == 1 and state == State.DONE:
            out.once_confirmed += 1
        elif count == 1 and state == State.UNCERTAIN:
            out.once_unconfirmed += 1
        elif count == 0 and state in shown:
            out.unsent_shown += 1
        elif count == 0:
            out.lost += 1  # DONE without a delivery, or still queued/sending: nobody is told
            out.other.append(f"{mid}: not delivered, state {state}")
        elif count >= 2:
            out.twice += 1
            if state != State.UNCERTAIN:
                out.twice_silent += 1
            out.other.append(f"{mid}: delivered {count} times, state {state}")
        else:  # delivered once but recorded as failed/queued/cancelled: a resend risk
            out.other.append(f"{mid}: delivered once, state {state}")
    return out


def run_json(argv: list[str], env: dict[str, str], timeout: float = 900) -> dict[str, Any]:
    """Run a worker process and parse the JSON line it prints last."""
    import json

    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{argv} exited {done.returncode}:\n{done.stderr[-3000:]}")
    text = done.stdout.strip()
    try:
        return json.loads(text)  # the CLI's --json is indented over several lines
    except json.JSONDecodeError:
        return json.loads(text.splitlines()[-1])


def expire_leases() -> int:
    """What 5 minutes of waiting does to a dead worker's claim: its lease runs out."""
    from django.utils import timezone

    from followup.shell.models import OutboxMessage

    return OutboxMessage.objects.filter(state=OutboxMessage.State.SENDING).update(
        lease_until=timezone.now() - dt.timedelta(seconds=1)
    )
