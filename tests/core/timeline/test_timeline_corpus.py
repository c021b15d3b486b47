"""The labelled corpus (corpus.jsonl): accuracy and false alarms, overall and on the held-out slice.

Each case was written from the conventions before the reader ran on it. `expected` is a window
(deadline_min..deadline_max, equal when exact) or null when the text gives no timeline. The
"heldout" slice was set aside and only scored at the end of development.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest

from followup.core.timeline import read_timeline

CORPUS = Path(__file__).with_name("corpus.jsonl")


def load_corpus() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def is_right(case: dict, deadline: dt.date | None) -> bool:
    expected = case["expected"]
    if expected is None:
        return deadline is None
    return deadline is not None and (
        expected["deadline_min"] <= deadline.isoformat() <= expected["deadline_max"]
    )


def score(cases: list[dict]) -> tuple[float, float, dict[str, list[str]]]:
    right = 0
    false_alarms = 0
    no_timeline = 0
    failures: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        now = dt.datetime.fromisoformat(case["now"])
        reading = read_timeline(case["text"], now, case["tz"], case.get("country"))
        deadline = reading.deadline if reading else None
        if case["expected"] is None:
            no_timeline += 1
            false_alarms += deadline is not None
        if is_right(case, deadline):
            right += 1
        else:
            got = f"{deadline} from {reading.phrase!r}" if reading else "nothing"
            failures[case["category"]].append(f"{case['id']}: got {got} for {case['text']!r}")
    return right / len(cases), false_alarms / max(1, no_timeline), failures


def report(name: str, accuracy: float, false_alarm_rate: float, failures: dict) -> None:
    print(f"\n{name}: accuracy {accuracy:.1%}, false alarms {false_alarm_rate:.1%}")
    for category, lines in sorted(failures.items()):
        print(f"  {category}: {len(lines)} wrong")
        for line in lines:
            print(f"    {line}")


def test_it_has_the_promised_shape():
    cases = load_corpus()
    assert len(cases) >= 300
    assert len({case["id"] for case in cases}) == len(cases)
    without = sum(case["expected"] is None for case in cases)
    assert 0.2 <= without / len(cases) <= 0.3
    assert sum(case["slice"] == "heldout" for case in cases) >= 60


@pytest.mark.parametrize("slice_name", ["all", "heldout"])
def test_it_meets_the_quality_bar(slice_name):
    cases = [c for c in load_corpus() if slice_name == "all" or c["slice"] == slice_name]
    accuracy, false_alarm_rate, failures = score(cases)
    report(slice_name, accuracy, false_alarm_rate, failures)
    assert accuracy >= 0.95
    assert false_alarm_rate <= 0.03
