"""How long a very long debrief takes to save, and what it costs another user saving at once.

Run: .venv/bin/python bench/debrief_save_bench.py [--kb 500] [--one-word]

On a fresh SQLite database in a temporary folder (the single-user install), it saves a debrief
of the given size through the web form (the test client: form, action, timeline reading,
re-plan) and, while that runs, has a second user save a draft. It prints the debrief's save
time, the other save's time, and whether it went through. The timeline is read before the
write transaction opens, so the other save does not wait for the reading.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=500, help="debrief size in KB (default 500)")
    parser.add_argument(
        "--one-word",
        action="store_true",
        help="a hostile paste: one letter repeated, a single word of that size",
    )
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="followup-bench-")
    os.environ["FOLLOWUP_HOME"] = home
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "followup.shell.settings"
    import django

    django.setup()
    import datetime as dt

    from django.core.management import call_command
    from django.db import connections
    from django.test import Client

    from followup.shell import actions
    from followup.shell.accounts import AccountInput, create_account
    from followup.shell.actions import InterviewerInput, InterviewInput, create_interview

    call_command("migrate", verbosity=0)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)

    def person(name: str):
        user = create_account(AccountInput(name, "a long bench passphrase", time_zone="UTC"))
        interview = create_interview(
            user,
            InterviewInput(
                company="Acme",
                role="Engineer",
                start=start,
                end=start + dt.timedelta(hours=1),
                time_zone="UTC",
                interviewers=[InterviewerInput("Dana Reyes", "dana@acme.example")],
            ),
        )
        return user, interview

    me, mine = person("writer")
    other, theirs = person("other")
    their_step = theirs.steps.first()
    sentence = "We talked about the payments API, the on-call rota and the team's roadmap. "
    notes = (sentence * (args.kb * 1000 // len(sentence) + 1))[: args.kb * 1000]
    if args.one_word:
        notes = "a" * (args.kb * 1000)
    notes += "\nThey said they would decide by the end of next week."

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(me)
    results: dict[str, float | str] = {}

    def save_debrief() -> None:
        began = time.perf_counter()
        response = client.post(f"/interviews/{mine.pk}/debrief/", {"notes": notes})
        results["debrief"] = time.perf_counter() - began
        results["debrief_status"] = response.status_code
        connections.close_all()

    def other_saves() -> None:
        time.sleep(0.2)  # while the long debrief is being read
        began = time.perf_counter()
        try:
            actions.save_note(their_step, "Thank you", "Hi Dana,\n\nThank you for today.")
            results["other"] = time.perf_counter() - began
            results["other_status"] = "saved"
        except Exception as exc:  # noqa: BLE001 - the figure to report
            results["other"] = time.perf_counter() - began
            results["other_status"] = f"failed: {exc}"
        connections.close_all()

    threads = [threading.Thread(target=save_debrief), threading.Thread(target=other_saves)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(
        f"debrief of {args.kb} KB: saved in {results['debrief']:.2f} s "
        f"(HTTP {results['debrief_status']})"
    )
    print(
        f"another user's draft, saved meanwhile: {results['other_status']} "
        f"in {results['other'] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
