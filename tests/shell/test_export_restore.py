"""Followup's JSON export restores the same plans; backups copy the live database safely."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from followup.shell import actions
from followup.shell.demo import load_demo
from followup.shell.mailbox.accounts import AccountInput, save_account
from followup.shell.models import Interview, Opportunity, Profile, Step
from followup.shell.transfer import files, importer, json_backup
from followup.shell.transfer.incoming import FileProblem

from .conftest import pinned_moment


def plans(user) -> list[tuple]:
    """Everything the timing decides, per interview (matched by its uid across accounts)."""
    rows = []
    for interview in Interview.objects.for_user(user).order_by("uid"):
        opportunity = interview.opportunity
        rows.append(
            (
                str(interview.uid),
                opportunity.company.name,
                opportunity.role,
                opportunity.status,
                interview.start_at,
                interview.time_zone,
                interview.stated_deadline,
                interview.cancelled,
            )
        )
        for step in interview.steps.select_related("interviewer").order_by(
            "kind", "interviewer__position"
        ):
            rows.append(
                (
                    step.kind,
                    step.interviewer.name if step.interviewer else None,
                    step.state,
                    step.due_at,
                    step.time_zone,
                    step.reason,
                    step.done_at,
                    step.stop_reason,
                    step.subject,
                    step.body,
                )
            )
    return rows


@pytest.fixture
def lived_in(owner):
    """Sample interviews, one note sent, one edited, an outcome, a typed deadline, an
    out-of-office, and a mail account whose password must never be exported."""
    interviews = load_demo(owner, pinned_moment())
    first = interviews[0]
    step = first.steps.filter(state=Step.State.PLANNED).order_by("due_at").first()
    actions.save_note(step, "Thank you, Dana", "Thank you for the time today.")
    actions.debrief(first, deadline=dt.date(2026, 12, 11))
    actions.record_outcome(interviews[-1].opportunity, Opportunity.Status.REJECTED, "not now")
    person = first.interviewers.first()
    person.away_until = dt.date(2026, 12, 9)
    person.save()
    actions.debrief(first)  # re-plan around the away date
    save_account(
        owner,
        AccountInput(
            email="sam@example.com",
            password="hunter2-never-exported",
            smtp_host="127.0.0.1",
            smtp_port=2525,
            smtp_security="starttls",
            imap_host="127.0.0.1",
            imap_port=1143,
            imap_security="starttls",
        ),
    )
    return owner


def test_an_export_imported_into_an_empty_account_gives_the_same_plans(lived_in, outsider):
    document = json_backup.export(lived_in)
    text = json.dumps(document)
    assert "hunter2-never-exported" not in text
    assert "password" not in text
    outcomes = importer.run(
        outsider, files.records(outsider, "export.json", text.encode(), files.Options())
    )
    assert not [o for o in outcomes if o.action == "refuse"], outcomes
    assert outcomes[0].what == "your profile" and outcomes[0].action == "update"
    assert plans(outsider) == plans(lived_in)
    profile = Profile.objects.get(user=outsider)
    original = Profile.objects.get(user=lived_in)
    assert original.standout_points  # the sample's, so the comparison means something
    assert (profile.time_zone, profile.country, profile.standout_points) == (
        original.time_zone,
        original.country,
        original.standout_points,
    )


def test_importing_an_export_twice_adds_nothing(lived_in, outsider):
    data = json.dumps(json_backup.export(lived_in)).encode()
    importer.run(outsider, files.records(outsider, "e.json", data, files.Options()))
    before = plans(outsider)
    again = importer.run(outsider, files.records(outsider, "e.json", data, files.Options()))
    assert {o.action for o in again} == {"skip"}
    assert plans(outsider) == before


def test_an_export_into_a_used_account_keeps_its_profile(lived_in, outsider):
    from .conftest import make_interview

    make_interview(outsider, company="Globex")
    outsider.profile.signature = "Mallory, with love"
    outsider.profile.save()
    data = json.dumps(json_backup.export(lived_in)).encode()
    outcomes = importer.run(outsider, files.records(outsider, "e.json", data, files.Options()))
    assert outcomes[0].action == "skip" and "unchanged" in outcomes[0].why
    outsider.profile.refresh_from_db()
    assert outsider.profile.signature == "Mallory, with love"


@pytest.mark.parametrize(
    "data, says",
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "something-else"}', "not a Followup export"),
        (b'{"format": "followup-export", "version": 99}', "version 99"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
)
def test_a_bad_export_is_refused_in_one_sentence(owner, data, says):
    with pytest.raises(FileProblem, match=says):
        files.records(owner, "x.json", data, files.Options())


def test_a_damaged_interview_is_refused_and_the_rest_restored(lived_in, outsider):
    document = json_backup.export(lived_in)
    document["opportunities"][0]["interviews"][0]["start"] = "yesterday"
    data = json.dumps(document).encode()
    outcomes = importer.run(outsider, files.records(outsider, "e.json", data, files.Options()))
    assert [o.action for o in outcomes].count("refuse") == 1
    assert Interview.objects.for_user(outsider).count() == (
        Interview.objects.for_user(lived_in).count() - 1
    )


sqlite_only = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="the SQLite online backup; PostgreSQL is backed up with pg_dump",
)


@sqlite_only
@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_while_another_connection_writes_is_whole(owner, tmp_path):
    from followup.shell.transfer.sqlite_backup import backup

    from .conftest import make_interview

    for n in range(20):
        make_interview(owner, company=f"Company {n}")
    stop = threading.Event()

    def write():
        n = 100
        while not stop.is_set():
            make_interview(owner, company=f"Company {n}")
            n += 1
        connection.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        copied = backup(tmp_path / "copy.sqlite3")
    finally:
        stop.set()
        writer.join()
    import sqlite3

    db = sqlite3.connect(copied.database)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM followup_interview").fetchone()[0] >= 20
    db.close()
    assert stat.S_IMODE(copied.database.stat().st_mode) == 0o600
    with pytest.raises(Exception, match="exists"):
        backup(tmp_path / "copy.sqlite3")


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3",
    reason="says what to use on PostgreSQL",
)
def test_a_backup_on_postgresql_points_at_pg_dump(owner, tmp_path):
    from followup.shell.transfer.sqlite_backup import BackupError, backup

    with pytest.raises(BackupError, match="pg_dump"):
        backup(tmp_path / "copy.sqlite3")


def _followup(home, *args, stdin=None):
    env = {**os.environ, "FOLLOWUP_HOME": str(home)}
    env.pop("DATABASE_URL", None)  # a user's own install: SQLite in the data folder
    return subprocess.run(
        [sys.executable, "-m", "followup.cli.main", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_backup_then_restore_from_the_command_line(tmp_path):
    """A whole install: back up, change things, restore; the backup's state comes back, the
    replaced data is kept aside, and the key file travels with the copy."""
    home = tmp_path / "home"
    assert (
        _followup(
            home,
            "init",
            "--username",
            "sam",
            "--tz",
            "Europe/London",
            "--password-stdin",
            stdin="a long passphrase for tests",
        ).returncode
        == 0
    )
    add = [
        "add",
        "--company",
        "Acme",
        "--role",
        "Engineer",
        "--when",
        "2026-12-01 10:00",
        "--tz",
        "Europe/London",
        "--with",
        "Dana Reyes <dana@acme.example>",
    ]
    assert _followup(home, *add).returncode == 0
    assert _followup(home, "feed").returncode == 0  # makes the key file
    done = _followup(home, "backup", str(tmp_path), "--json")
    assert done.returncode == 0, done.stderr
    copy = json.loads(done.stdout)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == sorted(
        [Path(copy["database"]).name, Path(copy["key"]).name]
    )  # one self-contained file and its key: no -wal, -shm or partial copies left behind
    assert copy["key"] and stat.S_IMODE(os.stat(copy["key"]).st_mode) == 0o600
    add[2] = "Globex"
    assert _followup(home, *add).returncode == 0
    refused = _followup(home, "restore", copy["database"])
    assert refused.returncode == 1 and "--yes" in refused.stderr
    restored = _followup(home, "restore", copy["database"], "--yes")
    assert restored.returncode == 0, restored.stderr
    listed = _followup(home, "list", "--json")
    assert [i["company"] for i in json.loads(listed.stdout)] == ["Acme"]
    assert list(home.glob("followup.before-restore-*.sqlite3"))
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(b"hello")
    answer = _followup(home, "restore", str(bad), "--yes")
    assert answer.returncode == 1 and "not a usable Followup backup" in answer.stderr
    assert "Traceback" not in answer.stderr


def test_a_value_only_the_restore_reads_is_refused_for_that_interview_alone(lived_in, outsider):
    document = json_backup.export(lived_in)
    interviews = [i for o in document["opportunities"] for i in o["interviews"]]
    interviews[0]["stated_deadline"] = "the 31st of Smarch"
    data = json.dumps(document).encode()
    outcomes = importer.run(outsider, files.records(outsider, "e.json", data, files.Options()))
    refused = [o for o in outcomes if o.action == "refuse"]
    assert len(refused) == 1 and "could not be saved" in refused[0].why
    assert Interview.objects.for_user(outsider).count() == len(interviews) - 1
    assert not Interview.objects.for_user(outsider).filter(uid=interviews[0]["uid"]).exists()


@pytest.mark.parametrize(
    "field, value, says",
    [("time_zone", "Mars/Olympus", "Mars/Olympus"), ("company", ["a", "b"], "not text")],
)
def test_a_wrong_value_in_an_export_refuses_that_interview_in_words(
    lived_in, outsider, field, value, says
):
    document = json_backup.export(lived_in)
    target = document["opportunities"][0]
    (target if field == "company" else target["interviews"][0])[field] = value
    data = json.dumps(document).encode()
    outcomes = importer.run(outsider, files.records(outsider, "e.json", data, files.Options()))
    refused = [o for o in outcomes if o.action == "refuse"]
    assert refused and says in refused[0].why
