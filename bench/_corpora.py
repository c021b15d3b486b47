"""Reading the labelled corpora the training scripts and benchmarks learn from."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

BLIND = Path(__file__).resolve().parents[1] / "tests" / "blind"

# Written blind and never read for misses (tests/blind/README.md says how they are kept): the
# benchmarks skip them and the models never train on them. J is the timeline model's
# calibration set.
HELD_OUT_FILES = {
    f"timeline_fresh_{name}.jsonl"
    for name in (
        "h l o q t x n2 cc ee hh j nn pp ww yy af ah bd bg bj bm bo bt bx ce ch ck cl cp cv df dj"
        " dq dt dw ea ef ei ej en eo es et fa fb fe fg fl fm ft fz gc gf gg gh gi gk"
    ).split()
} | {f"review_fresh_{name}.jsonl" for name in "y rs ru rw ry sb sc sg sm st sw".split()}


def load(corpora: list[tuple[Path, str | None]], field: str = "split") -> list[dict]:
    """Every row of each corpus, or only those whose `field` is the slice named beside it."""
    rows = []
    for path, wanted in corpora:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if wanted is None or row.get(field) == wanted:
                rows.append(row)
    return rows


def fresh_tuning(prefix: str) -> list[Path]:
    """Every fresh corpus in tests/blind (`<prefix>_fresh.jsonl`, `<prefix>_fresh_*.jsonl`)
    that is not held out."""
    return [
        path
        for path in sorted(BLIND.glob(f"{prefix}_fresh*.jsonl"))
        if path.name not in HELD_OUT_FILES
    ]


def read(row: dict):
    """The timeline reader's reading of a corpus row, written at its `now` in its zone."""
    from followup.core.timeline import reader

    now = dt.datetime.fromisoformat(row["now"])
    if now.tzinfo is None:
        now = now.replace(tzinfo=ZoneInfo(row["tz"]))
    return reader.read_timeline(row["text"], now, row["tz"], row.get("country"))
