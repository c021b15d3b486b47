"""How fast `followup due` answers, cold, on a realistic and on a large database.

Run: .venv/bin/python bench/due_bench.py [--interviews 2000]

Prints the start-up time of a core-only command (`followup plan`, no Django) beside
`followup due` (Django + SQLite), and the dashboard query over many planned steps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLLOWUP = str(Path(sys.executable).with_name("followup"))


def timed_runs(argv: list[str], env: dict[str, str], runs: int = 7) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def fill(home: str, interviews: int) -> None:
    os.environ["FOLLOWUP_HOME"] = home
    os.environ["DJANGO_SETTINGS_MODULE"] = "followup.shell.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from followup.shell.accounts import AccountInput, create_account
    from followup.shell.actions import InterviewerInput, InterviewInput, create_interview

    user = create_account(AccountInput("bench", "a long bench passphrase", time_zone="UTC"))
    zones = ["America/New_York", "America/Chicago", "Europe/London", "Asia/Kolkata"]
    start = dt.datetime(2026, 9, 1, 10, 0, tzinfo=dt.UTC)
    for n in range(interviews):
        when = start + dt.timedelta(hours=7 * n)
        create_interview(
            user,
            InterviewInput(
                company=f"Company {n % 300}",
                role=f"Role {n}",
                start=when,
                end=when + dt.timedelta(hours=1),
                time_zone=zones[n % 4],
                interviewers=[InterviewerInput(f"Person {n}"), InterviewerInput(f"Other {n}")],
            ),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=2000)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="followup-bench-")
    env = {**os.environ, "FOLLOWUP_HOME": home}
    env.pop("DATABASE_URL", None)

    began = time.perf_counter()
    fill(home, args.interviews)
    fill_s = time.perf_counter() - began

    from django.contrib.auth import get_user_model

    from followup.shell.agenda import agenda_for
    from followup.shell.models import Step

    user = get_user_model().objects.get()
    steps = Step.objects.count()
    now = dt.datetime(2027, 1, 15, 12, 0, tzinfo=dt.UTC)
    query_ms = []
    for _ in range(20):
        t0 = time.perf_counter()
        agenda = agenda_for(user, now)
        query_ms.append((time.perf_counter() - t0) * 1000)

    scenario = Path(home) / "scenario.jsonl"
    scenario.write_text(
        '{"id": "a", "interview": {"start": "2026-12-01T14:00:00-05:00", '
        '"end": "2026-12-01T15:00:00-05:00", "tz": "America/New_York"}, '
        '"interviewers": [{"name": "Dana"}]}\n'
    )
    help_ms = timed_runs([FOLLOWUP, "--help"], env)
    plan_ms = timed_runs([FOLLOWUP, "plan", "--batch", str(scenario)], env)
    due_ms = timed_runs([FOLLOWUP, "due", "--at", now.isoformat()], env)

    def row(name: str, values: list[float]) -> str:
        return f"{name:<44} median {statistics.median(values):7.1f} ms   max {max(values):7.1f} ms"

    print(
        f"database: SQLite (WAL), {args.interviews} interviews, {steps} steps "
        f"(filled in {fill_s:.1f} s)"
    )
    print(
        f"agenda at {now:%Y-%m-%d}: {len(agenda.overdue)} overdue, {len(agenda.due)} due, "
        f"{len(agenda.upcoming)} next"
    )
    print(row("agenda query (dashboard / due), warm", query_ms))
    print(row("`followup --help` (cold process)", help_ms))
    print(row("`followup plan --batch` 1 line (no Django)", plan_ms))
    print(row("`followup due` (Django + SQLite, cold)", due_ms))


if __name__ == "__main__":
    main()
