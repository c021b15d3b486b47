"""Several worker processes racing over the same due outbox: each note delivered exactly once,
none left behind (issue 5, "How good"; full-size figures: bench/mail_concurrency_bench.py).

Workers are real processes (bench/_mail_driver.py: the product's run_once, repeated until a
pass finds nothing) started at the same instant against this test's database; deliveries are
counted by Message-ID at the SMTP server and in the recipient's INBOX.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter

import pytest
from django.db import connection, connections

from followup.shell.models import OutboxMessage

from .conftest import connect_mailbox
from .test_mail_crash import DRIVER, queue_notes, received_by_alice

# Sized for CI: a send costs ~0.15-0.3 s of CPU here (two TLS sessions: the inbox check and
# SMTP), so these keep the test well under 30 s on two cores. The race is the same at any size.
SQLITE = (2, 60)  # (workers, notes)
POSTGRES = (4, 100)


@pytest.mark.usefixtures("real_clock")
def test_racing_workers_deliver_every_note_exactly_once(transactional_db, owner, stack):
    workers, notes = POSTGRES if connection.vendor == "postgresql" else SQLITE
    connect_mailbox(owner, stack)
    ids = queue_notes(owner, notes)

    connections.close_all()  # nothing of this process's connection may be in the workers' way
    env = {**os.environ, "FOLLOWUP_DRIVER_DB_NAME": str(connection.settings_dict["NAME"])}
    start_at = time.time() + 2.0  # all past Django's start-up, then at once
    procs = [
        subprocess.Popen(
            [sys.executable, DRIVER, "work", "--until-idle", "--start-at", str(start_at)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(workers)
    ]
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))

    inbox = received_by_alice(stack)
    server = Counter({mid: stack.delivery_count(mid) for mid in ids})
    assert [mid for mid in ids if server[mid] != 1] == []
    assert [mid for mid in ids if inbox[mid] != 1] == []
    rows = OutboxMessage.objects.filter(message_id__in=ids)
    assert Counter(rows.values_list("state", flat=True)) == Counter({"done": notes})
    assert not OutboxMessage.objects.filter(state__in=("queued", "sending")).exists()
    # Each row was claimed once, by one of the workers; claims add up to the notes.
    assert set(rows.values_list("attempts", flat=True)) == {1}
    assert sum(r["delivered"] for r in reports) == notes
