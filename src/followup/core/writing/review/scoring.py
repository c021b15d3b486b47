"""Per-label precision, recall and F1 over a labelled corpus, for the tests and the benchmark."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .model import LABELS


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


def score(
    rows: Iterable[Mapping[str, Any]],
    predict: Callable[[Mapping[str, Any]], Mapping[str, bool]],
) -> tuple[list[LabelScore], float]:
    """Score predict(row) against row["labels"]; returns per-label scores and macro-F1.

    A label that is None (its labellers disagreed) is not scored for that row.
    """
    counts = {label: [0, 0, 0] for label in LABELS}  # true pos, false pos, false neg
    for row in rows:
        predicted = predict(row)
        for label in LABELS:
            if row["labels"][label] is None:
                continue
            gold, guess = bool(row["labels"][label]), bool(predicted[label])
            if gold and guess:
                counts[label][0] += 1
            elif guess:
                counts[label][1] += 1
            elif gold:
                counts[label][2] += 1
    scores = []
    for label, (tp, fp, fn) in counts.items():
        # A label with no cases and no false alarms is perfect, not undefined.
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, precision, recall, f1, tp + fn))
    return scores, sum(s.f1 for s in scores) / len(scores)


def format_scores(title: str, scores: list[LabelScore], macro: float) -> str:
    lines = [title, f"  {'label':25s} {'P':>5s} {'R':>5s} {'F1':>5s} {'n':>4s}"]
    for s in scores:
        lines.append(
            f"  {s.label:25s} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} {s.support:4d}"
        )
    lines.append(f"  {'macro-F1':25s} {'':5s} {'':5s} {macro:5.3f}")
    return "\n".join(lines)
