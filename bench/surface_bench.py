"""Benchmark: does a reading change when the same text is typed or pasted another way?

    .venv/bin/python bench/surface_bench.py

Over the tuning texts only (the held-out corpora stay unread): every timeline text, draft and
reply is read as written and again after one change that keeps its meaning (hard-wrapped at 72
and at 50 columns as a mail program cuts plain text, no-break spaces, every line quoted with
"> ", all in lowercase, all in capitals, a company's footer of contact lines and a legal notice
added). Prints how many readings change under each: for the timeline the date, for the reviewer
the eight labels, for replies the kind and the return date. A change is not always an error
(wrapping at 50 columns can split a date from its words for a reader too), but a reader that
generalises changes few. Quoting is tried on timeline texts only: a reply quoted whole has no
words of its own, and a draft is never quoted.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import _corpora  # noqa: E402  (bench/_corpora.py, beside this script)
from followup.core.replies import read_reply  # noqa: E402
from followup.core.timeline import read_timeline  # noqa: E402
from followup.core.writing import ReviewContext, review  # noqa: E402

BLIND = ROOT / "tests" / "blind"
HELD_OUT_SLICES = ("blind",)


def _wrapped(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        return "\n".join(
            textwrap.fill(line, width) if line.strip() else line for line in text.split("\n")
        )

    return wrap


FOOTER = (
    "\n\nAlex Morgan\nTalent Team | Brightwater Group\nT: +44 20 7946 0958 | M: 07700 900 077\n"
    "www.brightwater-group.example.com\n\nThis email and any attachments are confidential and"
    " intended solely for the addressee. If you have received it in error, please notify the"
    " sender and delete it. Brightwater Group Ltd, registered in England, company number"
    " 01234567.\n\nSent from my iPhone"
)

CHANGES: dict[str, Callable[[str], str]] = {
    "wrapped at 72": _wrapped(72),
    "wrapped at 50": _wrapped(50),
    "no-break spaces": lambda text: text.replace(" ", "\u00a0"),
    "quoted with '> '": lambda text: "\n".join("> " + line for line in text.split("\n")),
    "lowercase": str.lower,
    "capitals (caps lock)": str.upper,
    "a company footer": lambda text: text + FOOTER,
}


def _rows(prefix: str) -> list[dict]:
    rows = []
    for path in sorted(BLIND.glob(f"{prefix}*.jsonl")):
        if path.name in _corpora.HELD_OUT_FILES:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("slice", row.get("split")) not in HELD_OUT_SLICES:
                rows.append(row)
    return rows


def _timeline(row: dict, text: str) -> object:
    reading = read_timeline(text, dt.datetime.fromisoformat(row["now"]), row["tz"], row["country"])
    return reading.deadline if reading else None


def _review(row: dict, body: str) -> object:
    context = ReviewContext.from_dict(row["context"])
    return review(row.get("subject") or "", body, row.get("kind") or "follow_up", context).labels


def _reply(row: dict, body: str) -> object:
    received = email.utils.parsedate_to_datetime(row["headers"]["Date"])
    reading = read_reply(row["subject"], body, row["headers"], received_at=received)
    return reading.kind, reading.return_date


def main() -> None:
    readers = [
        ("timeline", _rows("timeline"), "text", _timeline),
        ("reviewer", _rows("review"), "body", _review),
        ("replies", [r for r in _rows("replies") if r["expected"]["kind"]], "body", _reply),
    ]
    print(f"{'readings that change':24}" + "".join(f"{name:>16}" for name, *_ in readers))
    as_written = [[read(row, row[field]) for row in rows] for _name, rows, field, read in readers]
    for change, transform in CHANGES.items():
        cells = []
        for (name, rows, field, read), before in zip(readers, as_written, strict=True):
            if change.startswith("quoted") and name != "timeline":
                cells.append("-")
                continue
            changed = sum(
                read(row, transform(row[field])) != first
                for row, first in zip(rows, before, strict=True)
            )
            cells.append(f"{changed}/{len(rows)}")
        print(f"{change:24}" + "".join(f"{cell:>16}" for cell in cells))


if __name__ == "__main__":
    main()
