"""Crash safety of sending: a worker SIGKILLed at each point of a send, then recovery.

Run: .venv/bin/python bench/mail_crash_bench.py [--count 50] [--db sqlite|postgres]
     [--points before_connect,after_rcpt,...] [--save-sent both|on|off]

For each kill point, COUNT notes are queued; one worker process per note (forked by
bench/_mail_driver.py) runs the product's `run_once` and is SIGKILLed at that point of its
send. Then the leases are expired (what waiting 5 minutes does) and normal worker passes
(`followup worker --once`, the real CLI) recover. Every note is then judged by what the SMTP
server received (deliveries counted by Message-ID) and what the user is shown:

  delivered once   the server got it exactly once (confirmed, or shown as unconfirmed)
  uncertain shown  the user is asked to check (state "unconfirmed"), delivered or not
  lost             never delivered and the user is not told
  twice / silent   delivered more than once / ... without the user being told

With --save-sent on, the server files each accepted message in Sent, as Gmail, Outlook and
iCloud do, so interrupted sends resolve themselves; with off, they are shown to the user.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _mail_driver import POINTS  # noqa: E402
from _mailbench import (  # noqa: E402
    DRIVER,
    FOLLOWUP,
    Outcomes,
    expire_leases,
    inbox_counts,
    judge,
    make_user,
    queue_due_notes,
    quiet_stack_logs,
    run_json,
    scratch_database,
    shield_deliveries,
)

# The brief's four points, plus "data_saved" (stage saved, DATA not yet sent): the one where
# a note that never left is still shown as unconfirmed, the price of never resending blindly.
DEFAULT_POINTS = ("before_connect", "after_rcpt", "data_saved", "after_data", "before_save")


def recover(env: dict[str, str]) -> int:
    """Normal worker passes until one finds nothing to recover or deliver."""
    passes = 0
    while passes < 20:
        counts = run_json([FOLLOWUP, "worker", "--once", "--json"], env)
        passes += 1
        if counts["recovered"] == 0 and counts["delivered"] == 0:
            break
    return passes


def run_point(stack, user, env: dict[str, str], point: str, count: int) -> tuple[Outcomes, str]:
    ids = queue_due_notes(user, count)
    began = time.perf_counter()
    crash = run_json(
        [sys.executable, DRIVER, "crash", "--point", point, "--count", str(count)], env
    )
    # The server may still be filing the last message (LMTP, then the Sent copy); in real life
    # the 5-minute lease leaves it all the time it needs.
    time.sleep(1.0)
    expired = expire_leases()
    passes = recover(env)
    received = inbox_counts(stack)
    outcome = judge(ids, stack, received)
    missed = sum(1 for mid in ids if received[mid] != stack.delivery_count(mid))
    note = (
        f"killed {crash['killed']}/{count}, {expired} leases expired, "
        f"{passes} recovery passes, {time.perf_counter() - began:.1f} s"
    )
    if missed:
        note += f"; server counter disagrees with the INBOXes for {missed} (MailStack bug)"
    if crash["survived"]:
        note += f"; {crash['survived']} workers were NOT killed (exit {crash['statuses']})"
    return outcome, note


def print_table(title: str, rows: list[tuple[str, Outcomes, str]]) -> None:
    print(f"\n{title}")
    head = (
        f"{'kill point':<16}{'msgs':>5}{'delivered once':>16}{'(confirmed)':>13}"
        f"{'uncertain shown':>17}{'(not sent)':>12}{'lost':>6}{'twice':>7}{'silent dup':>12}"
    )
    print(head)
    print("-" * len(head))
    for point, o, _ in rows:
        print(
            f"{point:<16}{o.total:>5}{o.delivered_once:>16}{o.once_confirmed:>13}"
            f"{o.shown_uncertain:>17}{o.unsent_shown:>12}{o.lost:>6}{o.twice:>7}"
            f"{o.twice_silent:>12}"
        )
    for point, o, note in rows:
        print(f"  {point}: {note}")
        for line in o.other[:5]:
            print(f"    ! {line}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=50, help="notes per kill point (50)")
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--points",
        default=",".join(DEFAULT_POINTS),
        help=f"comma-separated, from: {', '.join(POINTS)}",
    )
    parser.add_argument("--save-sent", choices=("both", "on", "off"), default="both")
    parser.add_argument(
        "--no-shield",
        action="store_true",
        help="keep the MailStack's own DATA handler (drops the Sent copy and the "
        "count when the client vanishes after the final dot)",
    )
    args = parser.parse_args()
    points = [p.strip() for p in args.points.split(",") if p.strip()]
    for point in points:
        if point not in POINTS:
            parser.error(f"unknown kill point {point!r}")
    modes = {"both": (True, False), "on": (True,), "off": (False,)}[args.save_sent]

    from followup.testing.mailstack import MailStack

    print(f"Crash safety: {args.count} notes per kill point, database {args.db}")
    for point in points:
        print(f"  {point:<15} {POINTS[point]}")
    quiet_stack_logs()
    if not args.no_shield:
        shield_deliveries()
    failures = 0
    began = time.perf_counter()
    with scratch_database(args.db) as env, MailStack() as stack:
        user = make_user(stack)
        for save_sent in modes:
            stack.save_sent = save_sent
            rows = []
            for point in points:
                outcome, note = run_point(stack, user, env, point, args.count)
                rows.append((point, outcome, note))
                failures += outcome.lost + outcome.twice_silent + len(outcome.other)
            title = (
                "save_sent=True (the provider files sent mail in Sent: uncertain sends "
                "resolve themselves)"
                if save_sent
                else "save_sent=False (nothing in Sent: uncertain sends are shown to the user)"
            )
            print_table(title, rows)
    print(
        f"\ntotal {time.perf_counter() - began:.0f} s; "
        + ("0 lost, 0 silent duplicates" if not failures else f"{failures} PROBLEMS")
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # progress shows even when piped
    sys.exit(main())
