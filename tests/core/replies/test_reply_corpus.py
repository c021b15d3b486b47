"""The reply reader on the replies it was tuned with: a floor against regressions.

Both corpora were written and labelled by people who never read the code: the "tune" slice of
tests/blind/replies.jsonl and tuning_corpus.jsonl (written later, from PRODUCT.md, in other
voices). The frozen "blind" slice is measured by bench/reply_bench.py, never here: a test on it
would invite tuning to it.
"""

import email.utils
import json
from collections import Counter
from pathlib import Path

import pytest

from followup.core.replies import read_reply

HERE = Path(__file__).parent
BLIND = HERE.parents[1] / "blind" / "replies.jsonl"


def rows() -> list[dict]:
    found = [json.loads(line) for line in (HERE / "tuning_corpus.jsonl").open(encoding="utf-8")]
    found += [
        row
        for row in map(json.loads, BLIND.open(encoding="utf-8"))
        if row["split"] == "tune" and row["expected"]["kind"]
    ]
    return found


@pytest.fixture(scope="module")
def readings() -> list[tuple[dict, object]]:
    out = []
    for row in rows():
        received = email.utils.parsedate_to_datetime(row["headers"]["Date"])
        out.append(
            (row, read_reply(row["subject"], row["body"], row["headers"], received_at=received))
        )
    return out


def test_at_least_95_percent_are_sorted_right(readings):
    right = sum(row["expected"]["kind"] == got.kind for row, got in readings)
    assert right / len(readings) >= 0.95, f"{right}/{len(readings)}"


@pytest.mark.parametrize("kind", ["offer", "rejection"])
def test_offer_and_rejection_are_said_only_when_meant(readings, kind):
    said = [row for row, got in readings if got.kind == kind]
    wrong = [row["id"] for row in said if row["expected"]["kind"] != kind]
    assert len(wrong) / len(said) <= 0.02, wrong


def test_return_dates_are_read_right(readings):
    dated = [
        (row, got)
        for row, got in readings
        if got.kind == "out_of_office" == row["expected"]["kind"]
        and not row.get("return_date_disputed")
    ]
    right = Counter(
        (got.return_date.isoformat() if got.return_date else None) == row["expected"]["return_date"]
        for row, got in dated
    )
    assert right[True] / len(dated) >= 0.9, right
