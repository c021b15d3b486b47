"""The `followup` commands that use the database, run through the real entry point."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
import time_machine

from followup.cli.main import main
from followup.shell.models import Interview, Opportunity, Step

from .conftest import PASSWORD


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_the_account(capsys, monkeypatch, no_users):
    code, out, err = run(
        capsys,
        "init",
        "--username",
        "sam",
        "--email",
        "sam@example.com",
        "--name",
        "Sam Lee",
        "--tz",
        "Europe/Berlin",
        "--country",
        "de",
        "--password-stdin",
        "--json",
        stdin=PASSWORD + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert json.loads(out) == {"username": "sam", "time_zone": "Europe/Berlin"}


def test_init_refuses_a_weak_password_in_one_sentence(capsys, monkeypatch, no_users):
    code, out, err = run(
        capsys,
        "init",
        "--username",
        "sam",
        "--password-stdin",
        stdin="password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1
    assert err.startswith("followup: error: This password is too common.")
    assert "Traceback" not in err


def test_init_refuses_an_unknown_zone(capsys, monkeypatch, no_users):
    code, _, err = run(
        capsys,
        "init",
        "--username",
        "sam",
        "--tz",
        "Mars/Olympus",
        "--password-stdin",
        stdin=PASSWORD + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1
    assert "unknown time zone 'Mars/Olympus'" in err


def test_commands_need_an_account(capsys, no_users):
    code, _, err = run(capsys, "due")
    assert code == 1
    assert err == (
        "followup: error: no account yet; create one with `followup init` (or open the web UI).\n"
    )


def test_several_accounts_need_user(capsys, owner, outsider):
    code, _, err = run(capsys, "list")
    assert code == 1
    assert "--user" in err
    code, out, _ = run(capsys, "list", "--user", "mallory", "--json")
    assert code == 0
    assert json.loads(out) == []


def test_add_plans_the_steps(capsys, owner):
    code, out, err = run(
        capsys,
        "add",
        "--company",
        "Acme",
        "--role",
        "Staff Engineer",
        "--when",
        "2026-12-01 14:00",
        "--tz",
        "America/New_York",
        "--with",
        "Dana Reyes <dana@acme.example> | CTO | America/Chicago | US",
        "--with",
        "Lee Park",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["start"] == "2026-12-01T14:00:00-05:00"
    assert data["end"] == "2026-12-01T15:00:00-05:00"
    assert [p["name"] for p in data["interviewers"]] == ["Dana Reyes", "Lee Park"]
    assert data["interviewers"][0]["email"] == "dana@acme.example"
    kinds = [(s["kind"], s["to"], s["due_at"]) for s in data["steps"]]
    assert kinds == [
        ("thank_you", "Dana Reyes", "2026-12-01T15:00:00-06:00"),
        ("thank_you", "Lee Park", "2026-12-01T16:00:00-05:00"),
        ("follow_up", "Dana Reyes", "2026-12-08T09:30:00-06:00"),
        ("nudge", "Dana Reyes", "2026-12-17T09:30:00-06:00"),
    ]
    assert data["steps"][0]["reason"].startswith("Tue 1 Dec, 15:00 Chicago time")


def test_add_explains_bad_input(capsys, owner):
    code, _, err = run(
        capsys, "add", "--company", "Acme", "--role", "X", "--when", "tomorrow", "--with", "Dana"
    )
    assert (code, err) == (
        1,
        "followup: error: 'tomorrow' is not a date and time; use '2026-12-01 14:00'.\n",
    )
    code, _, err = run(
        capsys,
        "add",
        "--company",
        "Acme",
        "--role",
        "X",
        "--when",
        "2026-12-01 10:00",
        "--with",
        "Dana | | Nowhere/City",
    )
    assert code == 1
    assert "unknown time zone 'Nowhere/City'" in err
    assert not Interview.objects.exists()


def test_list_and_show(capsys, interview):
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert f"#{interview.pk}" in out and "Acme - Staff Engineer, round 1 [Interviewing]" in out
    code, out, _ = run(capsys, "show", str(interview.pk))
    assert code == 0
    assert "Thank-you to Dana Reyes" in out
    assert "why: Tue 1 Dec, 15:00 Chicago time" in out


def test_show_an_unknown_interview(capsys, owner):
    assert run(capsys, "show", "999") == (
        1,
        "",
        "followup: error: no interview #999; see `followup list`.\n",
    )


def test_show_does_not_reveal_someone_elses_interview(capsys, interview, outsider):
    code, _, err = run(capsys, "show", str(interview.pk), "--user", "mallory")
    assert code == 1
    assert "no interview" in err


def test_debrief_with_a_deadline_replans(capsys, interview):
    code, out, err = run(
        capsys,
        "debrief",
        str(interview.pk),
        "--notes",
        "Kafka migration",
        "--deadline",
        "2026-12-04",
        "--discussed",
        "dana reyes=On-call load",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["stated_deadline"] == "2026-12-04"
    assert data["interviewers"][0]["discussed"] == "On-call load"
    follow_up = next(s for s in data["steps"] if s["kind"] == "follow_up")
    assert follow_up["due_at"] == "2026-12-08T09:30:00-06:00"


def test_debrief_names_the_interviewers_when_one_is_unknown(capsys, interview):
    code, _, err = run(capsys, "debrief", str(interview.pk), "--discussed", "Bob=stuff")
    assert code == 1
    assert "Dana Reyes, Lee Park" in err


@time_machine.travel(dt.datetime(2026, 12, 1, 21, 30, tzinfo=dt.UTC), tick=False)
def test_due_lists_overdue_due_and_next(capsys, interview):
    code, out, _ = run(capsys, "due", "--json")
    assert code == 0
    data = json.loads(out)
    assert [s["to"] for s in data["due"]] == ["Dana Reyes", "Lee Park"]
    assert data["overdue"] == []
    assert [s["kind"] for s in data["next"]] == ["follow_up", "nudge"]
    code, out, _ = run(capsys, "due", "--at", "2026-12-03T12:00:00+00:00", "--json")
    assert [s["kind"] for s in json.loads(out)["overdue"]] == ["thank_you", "thank_you"]


def test_done_marks_a_step_and_reports_twice_done(capsys, interview):
    step = interview.steps.get(kind="thank_you", interviewer__name="Lee Park")
    code, out, _ = run(capsys, "done", str(step.pk), "--json")
    assert code == 0
    assert json.loads(out)["state"] == "done"
    code, _, err = run(capsys, "done", str(step.pk))
    assert (code, err) == (
        1,
        f"followup: error: The thank-you to Lee Park (step {step.pk}) is already marked as sent.\n",
    )
    code, out, _ = run(capsys, "done", str(step.pk), "--undo", "--json")
    assert json.loads(out)["state"] == "planned"


def test_outcome_stops_the_plan(capsys, interview):
    code, out, _ = run(capsys, "outcome", str(interview.opportunity.pk), "rejected")
    assert code == 0
    assert out == "Staff Engineer at Acme: Rejected. Its planned steps are stopped.\n"
    assert interview.opportunity.__class__.objects.get().status == Opportunity.Status.REJECTED
    assert not Step.objects.filter(state=Step.State.PLANNED).exists()


def test_outcome_rejects_an_unknown_status(capsys, interview):
    with pytest.raises(SystemExit) as exit_info:
        main(["outcome", str(interview.opportunity.pk), "hired"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'hired'" in capsys.readouterr().err


def test_cancel_and_undo(capsys, interview):
    assert run(capsys, "cancel", str(interview.pk))[0] == 0
    assert set(interview.steps.values_list("state", flat=True)) == {"stopped"}
    assert run(capsys, "cancel", str(interview.pk), "--undo")[0] == 0
    assert set(interview.steps.values_list("state", flat=True)) == {"planned"}


def test_demo_loads_a_lived_in_sample(capsys, owner):
    code, out, _ = run(capsys, "demo", "--json")
    assert code == 0
    assert len(json.loads(out)["interviews"]) == 3
    code, out, _ = run(capsys, "due", "--json")
    data = json.loads(out)
    assert data["due"] or data["overdue"]
    assert data["next"]


def test_doctor_passes_on_a_working_install(capsys, owner):
    code, out, _ = run(capsys, "doctor", "--json")
    checks = {c["check"]: c for c in json.loads(out)}
    assert code == 0, checks
    assert set(checks) == {
        "settings",
        "data folder",
        "secret key",
        "private files",
        "calendar data",
        "database",
        "accounts",
        "mail",
    }


def test_doctor_fails_and_says_what_to_fix(capsys, owner, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_FOLLOW_UP_DAYS", "3")
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert (
        "FAIL  settings: FOLLOWUP_FOLLOW_UP_DAYS='3' is not valid; "
        "set it to a whole number of days from 7 to 14." in out
    )


def test_doctor_finds_files_others_can_read_and_fix_repairs_them(capsys, owner):
    import os
    import stat

    from followup.shell import config, vault

    home = config.home()
    vault.encrypt("make the key file", "x" * 32)
    files = [home / "secret_key", vault.key_file(), home / "followup.sqlite3"]
    files = [path for path in files if path.exists()]  # no SQLite file on PostgreSQL
    os.chmod(home, 0o755)
    try:
        for path in files:
            os.chmod(path, 0o644)
        code, out, _ = run(capsys, "doctor")
        assert code == 1
        assert "FAIL  private files: others can read" in out and "followup doctor --fix" in out
        code, out, _ = run(capsys, "doctor", "--fix")
        assert code == 0, out
    finally:  # whatever happened, the other tests find the folder as it should be
        os.chmod(home, 0o700)
        for path in files:
            os.chmod(path, 0o600)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}


def test_doctor_fails_on_an_empty_secret_key(capsys, owner):
    from followup.shell import config

    path = config.home() / "secret_key"
    kept = path.read_text()
    path.write_text("\n")
    try:
        code, out, _ = run(capsys, "doctor")
    finally:
        path.write_text(kept)
    assert code == 1
    assert "FAIL  secret key:" in out and "holds no usable key" in out


def test_a_new_data_folder_and_its_database_are_private_from_the_start(tmp_path):
    import os
    import stat
    import subprocess
    import sys

    home = tmp_path / "new-home"
    env = {**os.environ, "FOLLOWUP_HOME": str(home)}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "followup.cli.main", "doctor"], env=env, capture_output=True
    )
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    made = [p for p in home.iterdir() if p.name.startswith(("followup.sqlite3", "secret_key"))]
    assert {p.name for p in made} >= {"followup.sqlite3", "secret_key"}
    assert {stat.S_IMODE(p.stat().st_mode) for p in made} == {0o600}


def test_a_bad_setting_stops_commands_with_one_sentence(capsys, owner, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_WINDOW_START", "eight")
    code, _, err = run(capsys, "due")
    assert code == 1
    assert err == (
        "followup: error: FOLLOWUP_WINDOW_START='eight' is not valid; "
        "set it to a time such as 08:00.\n"
    )


def test_add_refuses_a_time_the_clocks_skip(capsys, owner):
    code, _, err = run(
        capsys,
        "add",
        "--company",
        "Acme",
        "--role",
        "X",
        "--when",
        "2026-03-08 02:30",
        "--tz",
        "America/New_York",
        "--with",
        "Dana",
    )
    assert code == 1
    assert "does not exist in America/New_York" in err


def test_add_refuses_an_absurd_duration(capsys, owner):
    with pytest.raises(SystemExit):
        main(
            [
                "add",
                "--company",
                "Acme",
                "--role",
                "X",
                "--when",
                "2026-12-01 10:00",
                "--duration",
                str(10**12),
                "--with",
                "Dana",
            ]
        )
    assert "1 to 1440" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_not_a_traceback(capsys, owner, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr("followup.shell.agenda.agenda_for", broken)
    monkeypatch.delenv("FOLLOWUP_DEBUG", raising=False)
    code, _, err = run(capsys, "due")
    assert code == 1
    assert err == (
        "followup: error: unexpected RuntimeError: disk on fire. This is a bug: please report "
        "it (FOLLOWUP_DEBUG=1 shows the details).\n"
    )


def test_password_refuses_one_like_the_user_name_and_sets_a_good_one(capsys, owner, monkeypatch):
    code, _, err = run(
        capsys, "password", "--password-stdin", stdin="sam12345sam\n", monkeypatch=monkeypatch
    )
    assert code == 1 and "contains your user name" in err
    code, out, _ = run(
        capsys,
        "password",
        "--password-stdin",
        stdin="a fresh long phrase\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "Changed the password of sam" in out
    owner.refresh_from_db()
    assert owner.check_password("a fresh long phrase")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("--company", "Acme\r\nBcc: everyone@example.com"),
        ("--role", "Engineer\x00"),
        ("--title", "CTO\x0b"),
    ],
)
def test_control_characters_are_refused_at_input(capsys, owner, field, value):
    args = {"--company": "Acme", "--role": "Engineer", "--title": "CTO"}
    args[field] = value
    argv = ["add", "--when", "2026-12-01 14:00", "--tz", "America/New_York"]
    argv += ["--company", args["--company"], "--role", args["--role"]]
    # The --with parser splits on whitespace already; a title with a control character inside
    # the field must still be refused.
    argv += ["--with", f"Dana Reyes <dana@acme.example> | {args['--title']}x"]
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert "holds a line break or a control character; type it on one line." in err
    from followup.shell.models import Interview

    assert not Interview.objects.exists()
