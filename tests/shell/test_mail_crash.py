"""A worker SIGKILLed at each point of a send loses nothing and never sends twice silently
(issue 5, "How good"; the full-size figures come from bench/mail_crash_bench.py).

Each note is sent by its own worker process (forked by bench/_mail_driver.py, running the
product's run_once) that kills itself at the chosen point; the leases are then expired and a
normal worker pass recovers. Deliveries are counted at the SMTP server and in the recipient's
INBOX. Workers are separate processes, so the rows must be committed: transactional_db.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection, connections
from django.utils import timezone

from followup.shell.actions import InterviewerInput
from followup.shell.mailbox.outbox import enqueue_due
from followup.shell.models import OutboxMessage

from .conftest import connect_mailbox, make_interview

DRIVER = str(Path(__file__).resolve().parents[2] / "bench" / "_mail_driver.py")
NOTES = 5
State = OutboxMessage.State


def queue_notes(owner, count: int) -> list[str]:
    """``count`` thank-yous to alice, due now, queued by the product's enqueue_due.

    The interviews were three days ago: whatever the day and hour, a business day's send window
    has opened since (one day ago, on a Sunday, the thank-yous would not be due until Monday).
    """
    start = (timezone.now() - dt.timedelta(days=3)).replace(microsecond=0)
    for n in range(count):
        make_interview(
            owner,
            start=start,
            zone="UTC",
            company=f"Company {n}",
            people=[
                InterviewerInput(
                    "Alice Moreau",
                    "alice@example.test",
                    "Director",
                    "UTC",
                    "US",
                    "the night-shift staffing gap at the Joliet DC",  # no placeholder left
                )
            ],
        )
    enqueue_due(timezone.now())
    # Sends wait for the recipient's send window (the next business morning when out of
    # hours); here what matters is the crash or the race, so they are due now, whatever the time.
    OutboxMessage.objects.update(next_attempt_at=timezone.now())
    ids = list(OutboxMessage.objects.values_list("message_id", flat=True))
    assert len(ids) == count
    assert set(OutboxMessage.objects.values_list("mode", flat=True)) == {"send"}
    return ids


def driver(*args: str) -> dict:
    """Run bench/_mail_driver.py against this test's database; its JSON result."""
    # Worker processes must not share this process's connection, and on SQLite an idle one
    # here is harmless but closing it keeps the file free for the workers' writes.
    connections.close_all()
    env = {**os.environ, "FOLLOWUP_DRIVER_DB_NAME": str(connection.settings_dict["NAME"])}
    done = subprocess.run(
        [sys.executable, DRIVER, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def received_by_alice(stack) -> Counter[str]:
    from followup.testing.mailstack import _message_id

    return Counter(_message_id(raw) for raw in stack.mailbox("alice"))


# (kill point, save_sent): where the provider's Sent copy cannot matter (nothing was handed
# over), one run; where it decides between "confirmed" and "shown to the user", both.
CASES = [
    ("before_connect", False),
    ("after_rcpt", False),
    ("data_saved", False),
    ("after_data", False),
    ("after_data", True),
    ("before_save", False),
    ("before_save", True),
]


@pytest.mark.parametrize(("point", "save_sent"), CASES)
@pytest.mark.usefixtures("real_clock")
def test_a_worker_killed_mid_send_loses_nothing_and_never_sends_twice_silently(
    transactional_db, owner, stack, point, save_sent
):
    stack.save_sent = save_sent
    connect_mailbox(owner, stack)
    ids = queue_notes(owner, NOTES)

    crash = driver("crash", "--point", point, "--count", str(NOTES))
    assert crash["killed"] == NOTES, crash
    assert OutboxMessage.objects.filter(state=State.SENDING).count() == NOTES
    time.sleep(0.5)  # the server finishes what it received; the 5-minute lease allows that
    # What waiting out the lease does: the dead workers' claims expire.
    OutboxMessage.objects.filter(state=State.SENDING).update(
        lease_until=timezone.now() - dt.timedelta(seconds=1)
    )
    driver("work", "--until-idle")

    inbox = received_by_alice(stack)
    states = dict(OutboxMessage.objects.values_list("message_id", "state"))
    for mid in ids:
        # Counted twice over: by the SMTP server and in the recipient's INBOX (the server's
        # counter can miss a delivery whose client vanished mid-reply; the INBOX cannot).
        delivered = max(stack.delivery_count(mid), inbox[mid])
        state = states[mid]
        assert delivered <= 1, f"{mid} delivered {delivered} times ({state})"
        if delivered == 0:
            assert state in (State.UNCERTAIN, State.FAILED), f"{mid} lost: {state}"
        else:
            assert state in (State.DONE, State.UNCERTAIN), f"{mid} sent but {state}"
    assert not OutboxMessage.objects.filter(state__in=(State.QUEUED, State.SENDING)).exists()

    outcome = Counter((states[mid], max(stack.delivery_count(mid), inbox[mid])) for mid in ids)
    if point in ("before_connect", "after_rcpt"):
        # Nothing was handed over: retried, and sent exactly once.
        assert outcome == Counter({(State.DONE, 1): NOTES})
    elif point == "data_saved":
        # Never handed over, but the worker cannot know: the user is asked, nothing resent.
        assert outcome == Counter({(State.UNCERTAIN, 0): NOTES})
    elif point == "before_save" and save_sent:
        # The provider filed each one in Sent: confirmed there without asking the user.
        assert outcome == Counter({(State.DONE, 1): NOTES})
    elif point == "before_save":
        assert outcome == Counter({(State.UNCERTAIN, 1): NOTES})
