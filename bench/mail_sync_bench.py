"""Time to sync a large INBOX: the first time, and again when nothing changed.

Run: .venv/bin/python bench/mail_sync_bench.py [--messages 10000] [--db sqlite|postgres]
     [--repeats 5]

How the INBOX is filled, fast: the messages are written straight into the user's maildir
(`Maildir/new/`, owned by the mail uid, as a delivery agent would leave them); Dovecot indexes
them on the first SELECT, which is timed separately (a real server has done that long before).
Delivering 10,000 messages over LMTP would take minutes and measures Dovecot, not us.

The user has 50 interviews, so each message goes through the real reply matching; 1 in 50
messages comes from an interviewer, the rest from unrelated senders.

Then `sync_account` (the product's function: one IMAP session, UID SEARCH, FETCH in batches of
500, one ledger row per message) runs once on the full INBOX and `--repeats` times with nothing
new; the figures are printed with messages/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _mailbench import make_user, quiet_stack_logs, scratch_database  # noqa: E402

NOBODY = 65534
SENDERS = (
    "news@shop.example",
    "alerts@bank.example",
    "friend@mail.example",
    "noreply@jobs.example",
    "team@saas.example",
)


def interviews(user, count: int) -> list[str]:
    """Interviews from two weeks ago; returns the interviewers' addresses."""
    from django.utils import timezone

    from followup.shell.actions import InterviewerInput, InterviewInput, create_interview

    start = (timezone.now() - dt.timedelta(days=14)).replace(microsecond=0)
    people = []
    for n in range(count):
        email = f"person{n}@company{n}.example"
        create_interview(
            user,
            InterviewInput(
                company=f"Company {n}",
                role="Engineer",
                start=start,
                end=start + dt.timedelta(hours=1),
                time_zone="UTC",
                interviewers=[InterviewerInput(f"Person {n}", email)],
            ),
        )
        people.append(email)
    return people


def write_maildir(stack, user: str, count: int, people: list[str]) -> float:
    """Drop ``count`` messages into ``user``'s Maildir/new; returns seconds taken."""
    began = time.perf_counter()
    with stack.imap(user) as client:  # a first login makes Dovecot create the maildir
        client.select("INBOX")
    maildir = Path(stack.root) / "home" / f"{user}@example.test" / "Maildir"
    new = maildir / "new"
    now = dt.datetime.now(dt.UTC)
    for n in range(count):
        sender = people[n // 50 % len(people)] if n % 50 == 0 else SENDERS[n % len(SENDERS)]
        when = now - dt.timedelta(days=13) + dt.timedelta(seconds=97 * n)
        raw = (
            f"From: Sender {n} <{sender}>\r\nTo: {user}@example.test\r\n"
            f"Subject: Message number {n} about things\r\n"
            f"Message-ID: <sync.{n}.{os.getpid()}@bench.example>\r\n"
            f"Date: {format_datetime(when)}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Some ordinary text of an ordinary message, about nothing in particular.\r\n"
            * 8
        ).encode()
        # Maildir's rule: write under tmp/, then rename into new/ (never a half-written file).
        name = f"{int(time.time())}.bench{n}_{os.getpid()}.bench"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(raw)
        os.chown(tmp, NOBODY, NOBODY)
        os.rename(tmp, new / name)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    quiet_stack_logs()

    from followup.testing.mailstack import MailStack

    with scratch_database(args.db) as _env, MailStack() as stack:
        user = make_user(stack)
        people = interviews(user, 50)
        fill_s = write_maildir(stack, "me", args.messages, people)
        began = time.perf_counter()
        with stack.imap("me") as client:
            _, data = client.select("INBOX", readonly=True)
        index_s = time.perf_counter() - began
        exists = int(data[0])

        from followup.shell.mailbox.sync import sync_account
        from followup.shell.models import MailAccount, SeenMessage

        account = MailAccount.objects.get()
        began = time.perf_counter()
        first_n = sync_account(account)
        first_s = time.perf_counter() - began
        ledger = SeenMessage.objects.count()
        unchanged = []
        for _ in range(args.repeats):
            began = time.perf_counter()
            again = sync_account(account)
            unchanged.append(time.perf_counter() - began)
            assert again == 0, f"an unchanged mailbox yielded {again} new messages"
        replies = SeenMessage.objects.exclude(opportunity=None).count()

    print(f"Sync of a {exists}-message INBOX (database {args.db}, IMAP STARTTLS on loopback)")
    print(
        f"  filling: {args.messages} messages written to Maildir/new in {fill_s:.1f} s; "
        f"Dovecot indexed them on first SELECT in {index_s:.2f} s (not counted below)"
    )
    print(
        f"  first sync      {first_s:8.2f} s  {first_n / first_s:8.0f} messages/s  "
        f"({first_n} read, {ledger} ledger rows, {replies} matched to an interview)"
    )
    median = statistics.median(unchanged)
    print(
        f"  nothing changed {median:8.3f} s  (median of {len(unchanged)}: "
        + ", ".join(f"{s * 1000:.0f}" for s in unchanged)
        + " ms)"
    )
    ok = first_n == exists == args.messages == ledger
    print("  OK" if ok else "  MISMATCH: read, ledger and INBOX sizes differ")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # progress shows even when piped
    sys.exit(main())
