"""How fast imports go, and how fast hostile files are refused, with the memory each takes.

Run: .venv/bin/python bench/import_bench.py

On a fresh SQLite database in a temporary folder (the single-user install), through the same
code as `followup import` (read, check, apply), it prints for each case the wall time, the peak
memory Python allocated (tracemalloc; not for the imports, which it would slow several times)
and what happened:
- importing 1,000 calendar events, then importing the same file again (all skipped);
- importing 5,000 spreadsheet rows (the most one file may hold);
- refusing a 100 MB .ics (by its size, unread), 100,000 events, 100,000 CSV rows, a CSV that is
  not UTF-8, a 1 MB field, 60 KB of quoted fields that are line breaks, and a 200 KB date.
"""

from __future__ import annotations

import os
import tempfile
import time
import tracemalloc
from pathlib import Path


def main() -> None:
    home = tempfile.mkdtemp(prefix="followup-bench-")
    os.environ["FOLLOWUP_HOME"] = home
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "followup.shell.settings"
    import django

    django.setup()
    from django.core.management import call_command

    from followup.shell.accounts import AccountInput, create_account
    from followup.shell.transfer import files, importer
    from followup.shell.transfer.incoming import FileProblem

    call_command("migrate", verbosity=0)
    user = create_account(
        AccountInput(
            username="bench",
            password="a long bench passphrase",
            email="sam@example.com",
            full_name="Sam Lee",
            time_zone="America/New_York",
            country="US",
        )
    )

    def measure(
        label: str,
        name: str,
        data: bytes | None = None,
        path: Path | None = None,
        memory: bool = True,
    ):
        if memory:  # tracemalloc slows Python several times: the import cases time without it
            tracemalloc.start()
        started = time.perf_counter()
        try:
            if path is not None:
                name, data = files.read_path(str(path))
            outcomes = importer.run(user, files.records(user, name, data, files.Options()))
            counts = importer.summary(outcomes)
            result = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        except FileProblem as exc:
            result = f"refused: {str(exc)[:70]}..."
        seconds = time.perf_counter() - started
        peak = f"{tracemalloc.get_traced_memory()[1] / 1e6:8.1f} MB" if memory else "       -   "
        tracemalloc.stop()
        print(f"{label:<34} {seconds:8.2f} s {peak}  {result}")

    def event(n: int) -> str:
        day = 1 + n % 28
        return (
            f"BEGIN:VEVENT\r\nUID:bench-{n}\r\nSEQUENCE:0\r\n"
            f"DTSTART;TZID=America/Chicago:202701{day:02d}T{9 + n % 8:02d}0000\r\n"
            f"DTEND;TZID=America/Chicago:202701{day:02d}T{10 + n % 8:02d}0000\r\n"
            f"SUMMARY:Interview: Engineer {n}\r\n"
            f"ORGANIZER;CN=Dana Reyes:mailto:dana@company{n}.example\r\nEND:VEVENT\r\n"
        )

    def calendar(count: int) -> bytes:
        body = "".join(event(n) for n in range(count))
        head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n"
        return f"{head}{body}END:VCALENDAR\r\n".encode()

    header = "Company,Role,Start,Time zone,Interviewer\n"

    def rows(count: int) -> bytes:
        lines = "".join(
            f"Company {n},Engineer,2027-01-{1 + n % 28:02d} {9 + n % 8}:00,Europe/London,"
            f"Person {n} <p{n}@company{n}.example>\n"
            for n in range(count)
        )
        return (header + lines).encode()

    print(f"{'case':<34} {'time':>10} {'peak':>11}  result")
    thousand = calendar(1_000)
    measure("1,000 calendar events", "events.ics", thousand, memory=False)
    measure("the same file again", "events.ics", thousand, memory=False)
    measure("5,000 spreadsheet rows", "rows.csv", rows(5_000), memory=False)
    huge = Path(home) / "huge.ics"
    with huge.open("wb") as handle:
        handle.write(b"BEGIN:VCALENDAR\r\n")
        handle.truncate(100_000_000)
    measure("a 100 MB .ics", "huge.ics", path=huge)
    lean = "".join(f"BEGIN:VEVENT\r\nUID:{n}\r\nEND:VEVENT\r\n" for n in range(100_000))
    measure("100,000 events", "many.ics", f"BEGIN:VCALENDAR\r\n{lean}END:VCALENDAR\r\n".encode())
    measure("100,000 CSV rows", "many.csv", rows(100_000))
    measure("a CSV that is not UTF-8", "latin.csv", (header + "Café,x,,,\n").encode("cp1252"))
    wide = header + "A,B,2027-01-01 10:00,UTC," + "x" * 1_100_000 + "\n"
    measure("a 1 MB field", "wide.csv", wide.encode())
    # Quoted fields full of line breaks: the delimiter's sniffer took the square of its
    # sample's length on them (a 64 KB sample, 20 s); it reads 4 KB.
    cell = '"' + "\n" * 200 + '"'
    broken = "".join(",".join([cell] * 5) + "\n" for _ in range(60))
    measure("fields of line breaks (60 KB)", "breaks.csv", (header + broken).encode(), memory=False)
    # A date cell of 200 KB: dateutil took the square of its length (3 s); it is refused unread.
    long_date = header + "A,B," + "1." * 100_000 + ",UTC,\n"
    measure("a 200 KB date", "date.csv", long_date.encode(), memory=False)


if __name__ == "__main__":
    main()
