"""How well replies from the company are sorted, against the old keyword sorter.

Run: .venv/bin/python bench/reply_bench.py tests/blind/replies.jsonl [--split blind]

The corpus holds replies written and labelled by people who never read the code (see
tests/blind/replies.jsonl: a "blind" slice the team never looks at, and a "tune" slice). It
prints, for Followup's reader and for a plain keyword list (the sorter Followup shipped before:
a few fixed phrases per kind, first match wins), the share sorted right, precision and recall
per kind, the precision of `offer` and `rejection` (the two that change an opportunity), the
share of out-of-office return dates read right, and the time per message.
"""

from __future__ import annotations

import argparse
import email.utils
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from followup.core.replies import KINDS, read_reply

# The sorter Followup shipped before issue 15, kept here only as the named alternative.
KEYWORDS = [
    ("out_of_office", r"out of (the )?office|automatic reply|auto-?reply|on leave|on vacation"),
    ("rejection", r"unfortunately|regret|not (be )?moving forward|other candidates|not selected"),
    ("offer", r"pleased to (extend|offer)|offer letter|extend (you )?an offer|welcome aboard"),
    ("next_round", r"next round|second interview|final interview|onsite|schedule a"),
    ("request", r"could you (send|share|provide)|references?|portfolio|please send"),
]


def keyword_sort(subject: str, body: str) -> str:
    text = f"{subject}\n{body}"
    for kind, pattern in KEYWORDS:
        if re.search(pattern, text, re.IGNORECASE):
            return kind
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", help="only this slice (blind or tune); default: all")
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="without the model's second opinion (as before it was added)",
    )
    args = parser.parse_args()
    if args.rules_only:
        from followup.core.replies import model

        model.load = lambda: None
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    rows = [
        r for r in rows if r["expected"]["kind"] and (not args.split or r["split"] == args.split)
    ]

    results = {"followup": [], "keywords": []}
    times = []
    dates = [0, 0]
    for row in rows:
        received = email.utils.parsedate_to_datetime(row["headers"]["Date"])
        began = time.perf_counter()
        reading = read_reply(row["subject"], row["body"], row["headers"], received_at=received)
        times.append((time.perf_counter() - began) * 1000)
        results["followup"].append(reading.kind)
        results["keywords"].append(keyword_sort(row["subject"], row["body"]))
        expected = row["expected"]
        disputed = row.get("return_date_disputed", False)
        if expected["kind"] == "out_of_office" == reading.kind and not disputed:
            dates[1] += 1
            got = reading.return_date.isoformat() if reading.return_date else None
            dates[0] += got == expected["return_date"]

    gold = [row["expected"]["kind"] for row in rows]
    print(f"{len(rows)} replies ({args.split or 'all slices'})")
    print(f"{'':28}{'Followup':>10}{'keywords':>10}")
    scores = {name: _scores(gold, got) for name, got in results.items()}
    print(f"{'sorted right':28}" + "".join(f"{s['accuracy']:>10.1%}" for s in scores.values()))
    for kind in KINDS:
        cells = "".join(
            f"{s['precision'][kind]:>5.2f}/{s['recall'][kind]:.2f}" for s in scores.values()
        )
        print(f"  {kind + ' P/R':26}{cells}")
    print(f"{'out-of-office return dates':28}{dates[0]}/{dates[1]}")
    print(f"{'median ms per reply':28}{statistics.median(times):>10.3f}")


def _scores(gold: list[str], got: list[str]) -> dict:
    pairs = Counter(zip(gold, got, strict=True))
    predicted, actual = Counter(got), Counter(gold)
    return {
        "accuracy": sum(g == p for g, p in zip(gold, got, strict=True)) / len(gold),
        "precision": {k: pairs[(k, k)] / predicted[k] if predicted[k] else 0.0 for k in KINDS},
        "recall": {k: pairs[(k, k)] / actual[k] if actual[k] else 0.0 for k in KINDS},
    }


if __name__ == "__main__":
    main()
