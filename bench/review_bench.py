"""Benchmark the draft reviewer on the labelled corpus.

Run: .venv/bin/python bench/review_bench.py [CORPUS.jsonl] [--split NAME] [--rules-only]
     .venv/bin/python bench/review_bench.py tests/blind/review.jsonl   (the blind corpus)

Prints per-label precision, recall and F1 and macro-F1 for the reviewer and for a naive keyword
matcher (the baseline the issue mentions), on the whole corpus and on the held-out slice, then
the time per email (median and p95, caches cleared each round so every email is read afresh).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from followup.core.writing import ReviewContext, review  # noqa: E402
from followup.core.writing.review import names, specifics, text  # noqa: E402
from followup.core.writing.review.scoring import format_scores, score  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "core" / "writing" / "review_corpus.jsonl"

# The naive matcher: one keyword list per label, no context beyond the interviewer's first name.
_KEYWORDS = {
    "thanks": r"\bthank|\bthanks\b|\bappreciate|\bgrateful",
    "restates_interest": (
        r"\binterested\b|\bexcited\b|\bwant (?:this|the) job|\blove to join|\beager"
    ),
    "asks_timeframe": r"\bwhen\b|\btimeline\b|\bupdate\b|\bnext steps\b|\bdecision\b",
    "apologetic_or_desperate": r"\bsorry\b|\bapologi|\bneed this job|\bplease\b.*\bplease\b",
    "pushy": r"\bby (?:monday|tuesday|wednesday|thursday|friday|tomorrow)\b|\bexpect\b|\bmust\b",
}


def keyword_baseline(row: Mapping[str, Any]) -> dict[str, bool]:
    body = row["body"].lower()
    labels = {label: bool(re.search(p, body)) for label, p in _KEYWORDS.items()}
    # "Specific" means any digit or a capitalised word after the first few characters.
    labels["distinguishes"] = bool(re.search(r"\d|(?<=[a-z] )[A-Z][a-z]+", row["body"][10:]))
    first = (row["context"].get("interviewer") or " ").split()[0].lower()
    greeting = re.match(r"\s*(?:hi|hello|hey|dear)\s+([a-z]+)", body)
    labels["wrong_name"] = bool(greeting and first and greeting.group(1) != first)
    labels["too_long"] = len(row["body"].split()) > 200
    return labels


def reviewer(row: Mapping[str, Any]) -> dict[str, bool]:
    context = ReviewContext.from_dict(row["context"])
    return review(
        row.get("subject") or "", row["body"], row.get("kind") or "follow_up", context
    ).labels


def _clear_caches() -> None:
    text.read_email.cache_clear()
    names._names.cache_clear()
    specifics._context_words.cache_clear()


def timings(rows: list[dict[str, Any]], rounds: int = 5) -> list[float]:
    contexts = [ReviewContext.from_dict(r["context"]) for r in rows]
    spent: list[float] = []
    for _ in range(rounds):
        _clear_caches()
        for row, context in zip(rows, contexts, strict=True):
            start = time.perf_counter()
            review(row["subject"], row["body"], row["kind"], context)
            spent.append((time.perf_counter() - start) * 1000)
    return spent


def main(argv: list[str]) -> int:
    if "--rules-only" in argv:  # without the model's second opinion, as before it was added
        from followup.core.writing.review import engine

        engine.rules_only = True
        argv = [a for a in argv if a != "--rules-only"]
    only = None
    if "--split" in argv:  # one slice of the corpus, e.g. fresh_d of tests/blind/review_fresh.jsonl
        at = argv.index("--split")
        only, argv = argv[at + 1], argv[:at] + argv[at + 2 :]
    path = Path(argv[0]) if argv else DEFAULT_CORPUS
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if only:
        rows = [r for r in rows if r.get("split") == only]
    # Our corpus holds out "heldout"; the blind corpus (tests/blind/) freezes its "blind" slice.
    held = [r for r in rows if r.get("split") in ("heldout", "blind")]
    for title, subset in (
        (f"whole corpus, {len(rows)} emails", rows),
        (f"held-out (blind) slice, {len(held)} emails", held),
    ):
        if not subset:
            continue
        for name, predict in (("reviewer", reviewer), ("keyword baseline", keyword_baseline)):
            scores, macro = score(subset, predict)
            print(format_scores(f"{name} ({title})", scores, macro))
            print()
    spent = timings(rows)
    spent.sort()
    p95 = spent[int(0.95 * (len(spent) - 1))]
    print(
        f"time per email over {len(spent)} reviews: median {statistics.median(spent):.2f} ms, "
        f"p95 {p95:.2f} ms, max {spent[-1]:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
