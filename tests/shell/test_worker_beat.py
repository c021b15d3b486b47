"""The web UI says when no mail worker has run: unsent notes look like a quiet day otherwise."""

from __future__ import annotations

import datetime as dt
from email.utils import make_msgid
from zoneinfo import ZoneInfo

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from followup.shell.mailbox import worker
from followup.shell.mailbox.accounts import AccountInput, save_account
from followup.shell.mailbox.sync import sync_account
from followup.shell.mailbox.worker import Pulse, beat, run_once
from followup.shell.models import WorkerBeat

from .conftest import connect_mailbox

SILENT = "The mail worker is not running"


def with_a_mailbox(owner):
    save_account(owner, AccountInput(email="sam@gmail.com", password="app-pass", provider="gmail"))


def test_no_worker_ever_run_is_said(owner, owner_client):
    with_a_mailbox(owner)
    html = owner_client.get("/").content.decode()
    assert SILENT in html and "checked for replies yet" in html


def test_a_pass_of_the_worker_clears_it(owner, owner_client):
    run_once()  # no mailbox yet: a pass with nothing to do still says the worker runs
    assert WorkerBeat.objects.count() == 1
    with_a_mailbox(owner)
    assert SILENT not in owner_client.get("/").content.decode()


def test_a_worker_silent_for_an_hour_is_said_with_when(owner, owner_client):
    with_a_mailbox(owner)
    an_hour_ago = timezone.now() - dt.timedelta(hours=1)
    WorkerBeat.objects.create(name="host:1:1", seen_at=an_hour_ago)
    html = owner_client.get("/").content.decode()
    assert SILENT in html
    # In the user's zone, as every time on the page.
    shown = an_hour_ago.astimezone(ZoneInfo(owner.profile.time_zone))
    assert f"since {shown:%a} {shown.day} {shown:%b, %H:%M} New York time" in html


def test_without_a_mailbox_there_is_nothing_to_say(owner, owner_client):
    assert SILENT not in owner_client.get("/").content.decode()


def test_workers_gone_a_day_are_forgotten(db):
    now = timezone.now()
    WorkerBeat.objects.create(name="host:1:1", seen_at=now - dt.timedelta(days=2))
    beat("host:2:1", now)
    beat("host:2:1", now + dt.timedelta(minutes=1))  # the same worker, one row
    assert list(WorkerBeat.objects.values_list("name", flat=True)) == ["host:2:1"]


def test_each_worker_is_judged_by_its_own_pace(owner, owner_client):
    with_a_mailbox(owner)
    now = timezone.now()
    # One that passes hourly, seen half an hour ago, is running ...
    beat("host:1:1", now - dt.timedelta(minutes=30), every=3600)
    # ... though another, passing each minute, died 25 minutes ago.
    beat("host:2:1", now - dt.timedelta(minutes=25), every=60)
    assert SILENT not in owner_client.get("/").content.decode()
    # Three hours and more without the hourly one: silent.
    WorkerBeat.objects.filter(name="host:1:1").update(
        seen_at=now - dt.timedelta(hours=3, minutes=1)
    )
    assert SILENT in owner_client.get("/").content.decode()


def test_a_long_pass_says_again_that_it_runs_each_minute(db):
    """A first sync of a large mailbox can outlast the 20 minutes Today waits: the pass beats
    as it goes, at most once a minute."""
    start = timezone.now()
    pulse = Pulse("host:1:1", start, 60)
    with time_machine.travel(start + dt.timedelta(seconds=30), tick=False):
        pulse()
    assert WorkerBeat.objects.get().seen_at == start  # not a write each message
    later = start + dt.timedelta(minutes=25)
    with time_machine.travel(later, tick=False):
        pulse()
    assert WorkerBeat.objects.get().seen_at == later
    with time_machine.travel(later + dt.timedelta(seconds=30), tick=False):
        pulse()
    assert WorkerBeat.objects.get().seen_at == later  # a minute from the last beat, not the first


def _mail(number: int) -> bytes:
    return (
        f"From: Alice Moreau <alice@example.test>\r\nTo: me@example.test\r\n"
        f"Subject: Note {number}\r\nMessage-ID: {make_msgid(domain='example.test')}\r\n\r\n"
        "Hello\r\n"
    ).encode()


def test_a_sync_reports_progress_after_each_batch(owner, stack, business_hours):
    account = connect_mailbox(owner, stack)
    for number in range(3):
        stack.deliver(_mail(number), "me", sender="alice@example.test")
    batches = []
    assert sync_account(account, batch=1, progress=lambda: batches.append(1)) == 3
    assert len(batches) >= 3


def test_a_pass_beats_as_it_syncs(owner, stack, business_hours, monkeypatch):
    monkeypatch.setattr(worker, "PULSE_EVERY", dt.timedelta(0))
    connect_mailbox(owner, stack)
    stack.deliver(_mail(1), "me", sender="alice@example.test")
    with CaptureQueriesContext(connection) as queries:
        run_once("w")
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if "workerbeat" in q["sql"].lower()
        and q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    ]
    assert len(writes) >= 2  # at the start, and again after the inbox's batch
