"""Several workers racing over the same due outbox: every note delivered exactly once.

Run: .venv/bin/python bench/mail_concurrency_bench.py [--db both|postgres|sqlite]
     [--messages 2000] [--pg-workers 8] [--sqlite-workers 2]

M notes are queued (interviews that ended yesterday, thank-yous due now, queued by the
product's enqueue_due); then N worker processes (bench/_mail_driver.py, the product's
`run_once` repeated until a pass finds nothing) start at the same instant. Afterwards each
Message-ID is counted at the SMTP server and in the recipients' INBOXes: exactly once, and no
row may be left queued or sending. Prints wall time and messages/s, i.e. the throughput of
the whole send path (claim, inbox check for a reply over IMAP, SMTP with STARTTLS and AUTH, the
result saved) to the loopback SMTP server, which delivers into Dovecot over LMTP.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _mailbench import (  # noqa: E402
    DRIVER,
    inbox_counts,
    judge,
    make_user,
    queue_due_notes,
    quiet_stack_logs,
    scratch_database,
)


def race(db: str, messages: int, workers: int) -> bool:
    from followup.testing.mailstack import MailStack

    quiet_stack_logs()
    with scratch_database(db) as env, MailStack() as stack:
        user = make_user(stack)
        began = time.perf_counter()
        ids = queue_due_notes(user, messages)
        setup_s = time.perf_counter() - began
        from django.db import connections

        connections.close_all()
        # Workers import Django first, then wait for a common start instant.
        start_at = time.time() + 3.0
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
            out, err = proc.communicate(timeout=3600)
            if proc.returncode != 0:
                raise RuntimeError(f"worker exited {proc.returncode}:\n{err[-3000:]}")
            reports.append(json.loads(out.strip().splitlines()[-1]))
        wall = max(r["seconds"] for r in reports)

        from followup.shell.models import OutboxMessage

        received = inbox_counts(stack)
        outcome = judge(ids, stack, received)
        states = Counter(
            OutboxMessage.objects.filter(message_id__in=ids).values_list("state", flat=True)
        )
        left = OutboxMessage.objects.filter(state__in=("queued", "sending")).count()
        server_once = sum(1 for mid in ids if stack.delivery_count(mid) == 1)
        inbox_once = sum(1 for mid in ids if received[mid] == 1)
        # claimed_by is "<worker name>/<claim token>": group by worker.
        claimed = Counter(
            c.rsplit("/", 1)[0]
            for c in OutboxMessage.objects.filter(message_id__in=ids).values_list(
                "claimed_by", flat=True
            )
        )
        connections.close_all()

    print(
        f"\n{db}: {workers} workers x {messages} due notes "
        f"(queued in {setup_s:.1f} s, not timed below)"
    )
    print(f"  wall time            {wall:8.2f} s   (first worker start to last worker done)")
    print(f"  throughput           {messages / wall:8.1f} messages/s")
    print(
        "  per worker           "
        + ", ".join(f"{r['delivered']} claimed in {r['passes']} passes" for r in reports)
    )
    print(f"  claims per worker    {sorted(claimed.values(), reverse=True)}")
    print(f"  final states         {dict(states)}")
    print(
        f"  exactly once         server counter {server_once}/{messages}, "
        f"recipients' INBOX {inbox_once}/{messages}"
    )
    print(f"  twice / lost / left  {outcome.twice} / {outcome.lost} / {left}")
    for line in outcome.other[:10]:
        print(f"    ! {line}")
    ok = (
        server_once == inbox_once == messages
        and left == 0
        and not outcome.other
        and states == Counter({"done": messages})
    )
    print("  OK: every note delivered exactly once, none left behind" if ok else "  FAILED")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=("both", "postgres", "sqlite"), default="both")
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--pg-workers", type=int, default=8)
    parser.add_argument("--sqlite-workers", type=int, default=2)
    args = parser.parse_args()
    if args.db == "both":
        # Django is set up once per process, so each database gets a process of its own.
        codes = []
        for db in ("postgres", "sqlite"):
            argv = [
                sys.executable,
                __file__,
                "--db",
                db,
                "--messages",
                str(args.messages),
                "--pg-workers",
                str(args.pg_workers),
                "--sqlite-workers",
                str(args.sqlite_workers),
            ]
            codes.append(subprocess.run(argv, env=os.environ.copy()).returncode)
        return max(codes)
    workers = args.pg_workers if args.db == "postgres" else args.sqlite_workers
    print(
        f"Concurrency: {os.cpu_count()} CPUs; workers are processes; one SMTP server "
        "(aiosmtpd, in this process) delivering into Dovecot over LMTP"
    )
    return 0 if race(args.db, args.messages, workers) else 1


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # progress shows even when piped
    sys.exit(main())
