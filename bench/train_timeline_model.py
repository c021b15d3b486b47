"""Train the timeline reader's second opinion: src/followup/core/timeline/timeline_model.json.gz.

Run: .venv/bin/python -m pip install -e ".[train]" && .venv/bin/python bench/train_timeline_model.py

One logistic regression, "does this text give a timeline?", over TF-IDF of
`followup.core.textmodel.features`, trained on every timeline corpus we tune with (our own,
the blind corpus's tune slice, and each fresh corpus in tests/blind that is not in
`_corpora.HELD_OUT_FILES`); the held-out texts are never seen. It reads what the reader gives
it (`model.readable`: no quote marks, legal notices or contact lines). The model only vetoes:
below the threshold the rules' reading is dropped.

The threshold is chosen where vetoing helps most on text the model has not seen: the fresh
tuning corpora, each predicted by a model trained without it (five folds, a corpus never split
across two), plus corpus J (written and labelled blind, never trained on). The middle of the
thresholds within five texts of the best is taken, so a slightly different corpus does not move
it much. Deterministic: the same corpora give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import _corpora  # bench/_corpora.py, beside this script
from followup.core import textmodel
from followup.core.timeline import model as timeline_model
from followup.core.timeline import reader
from followup.core.timeline.model import LABEL, MODEL_FILE, readable

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests/blind"
OWN = [
    (ROOT / "tests/core/timeline/corpus.jsonl", None),
    (ROOT / "tests/core/timeline/tuning_corpus.jsonl", None),
    (BLIND / "timeline.jsonl", "tune"),
]
FRESH = _corpora.fresh_tuning("timeline")  # each written blind, then tuned with
CALIBRATION = BLIND / "timeline_fresh_j.jsonl"
FOLDS = 5
PLATEAU = 5  # texts: thresholds this close to the best are as good, given the noise
C = 4.0
KEEP_FEATURES = 15_000
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 19)]


def has_timeline(row: dict) -> bool:
    return row.get("expected") is not None


def fit(texts: list[str], y: np.ndarray, vocabulary=None):
    vectorizer = TfidfVectorizer(
        analyzer=textmodel.features, sublinear_tf=True, min_df=2, vocabulary=vocabulary
    )
    matrix = vectorizer.fit_transform(texts)
    return vectorizer, LogisticRegression(C=C, max_iter=5000).fit(matrix, y)


def right(row: dict, day: str | None) -> bool:
    expected = row.get("expected")
    if expected is None:
        return day is None
    low = expected.get("deadline_min") or expected.get("deadline")
    high = expected.get("deadline_max") or low
    return day is not None and low <= day <= high


def asked(row: dict) -> tuple[str | None, str | None]:
    """The rules' reading of a row, and the words the model weighs if the reader asks it (None
    where it does not: a promise in so many words, a reading in another language, no date)."""
    seen: list[str] = []

    def record(text: str, start: int) -> bool:
        seen.append(readable(timeline_model.model_text(text, start)))
        return False  # never veto here: the threshold is applied afterwards

    vetoes, timeline_model.vetoes = timeline_model.vetoes, record
    try:
        now = dt.datetime.fromisoformat(row["now"])
        if now.tzinfo is None:
            now = now.replace(tzinfo=ZoneInfo(row["tz"]))
        reading = reader.read_timeline(row["text"], now, row["tz"], row.get("country"))
    finally:
        timeline_model.vetoes = vetoes
    return (reading.deadline.isoformat() if reading else None), (seen[0] if seen else None)


def gains(rows: list[dict], vectorizer, head) -> list[int]:
    """For each threshold, how many more rows are right with the veto than without it."""
    asked_about = [(row, *asked(row)) for row in rows]
    asked_about = [(row, day, words) for row, day, words in asked_about if words is not None]
    probs = head.predict_proba(vectorizer.transform([words for _, _, words in asked_about]))
    totals = []
    for threshold in THRESHOLDS:
        total = 0
        for (row, day, _), p in zip(asked_about, probs[:, 1], strict=True):
            if p < threshold:
                total += right(row, None) - right(row, day)
        totals.append(total)
    return totals


def trained(rows: list[dict]):
    """The vectorizer and the logistic regression fitted to these rows."""
    texts = [readable(row["text"]) for row in rows]  # what the model reads in the reader
    y = np.array([has_timeline(row) for row in rows])
    vectorizer, head = fit(texts, y)
    names = vectorizer.get_feature_names_out()
    keep = sorted(names[i] for i in np.argsort(-np.abs(head.coef_[0]))[:KEEP_FEATURES])
    vectorizer, head = fit(texts, y, vocabulary=keep)
    return vectorizer, head


def unseen_gains(own: list[dict], fresh: list[list[dict]]) -> list[int]:
    """The veto's gain per threshold on texts the model was not trained on: each fresh corpus
    predicted by a model trained without its fold, and the calibration corpus."""
    totals = [0] * len(THRESHOLDS)
    folds = [fresh[k::FOLDS] for k in range(FOLDS)]
    for k, fold in enumerate(folds):
        rest = own + [row for j, other in enumerate(folds) if j != k for c in other for row in c]
        vectorizer, head = trained(rest)  # never trained on this fold
        rows = [row for corpus in fold for row in corpus]
        totals = [a + b for a, b in zip(totals, gains(rows, vectorizer, head), strict=True)]
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calibrate", type=Path, default=CALIBRATION)
    args = parser.parse_args()
    own = _corpora.load(OWN, field="slice")
    fresh = [_corpora.load([(path, None)]) for path in FRESH]
    calibration = _corpora.load([(args.calibrate, None)])
    unseen = unseen_gains(own, fresh)
    vectorizer, head = trained(own + [row for corpus in fresh for row in corpus])
    on_calibration = gains(calibration, vectorizer, head)
    scores = [a + b for a, b in zip(unseen, on_calibration, strict=True)]
    print(" ".join(f"{t}:{s:+d}" for t, s in zip(THRESHOLDS, scores, strict=True)))
    best = max(scores)
    plateau = [t for t, s in zip(THRESHOLDS, scores, strict=True) if s >= best - PLATEAU]
    threshold = plateau[len(plateau) // 2] if best > 0 else 0.0
    print(
        f"{len(FRESH)} fresh corpora and {args.calibrate.name}: the veto gains {best:+d} texts "
        f"at {plateau} ({args.calibrate.name} alone: {on_calibration}); veto below {threshold}"
    )
    names = vectorizer.get_feature_names_out()
    data = {
        "about": "Followup's timeline model: see followup/core/timeline/model.py and "
        "bench/train_timeline_model.py",
        "classes": [LABEL],
        "independent": True,
        "intercept": [round(float(head.intercept_[0]), 6)],
        "thresholds": {"veto_below": threshold},
        "features": [
            [name, round(float(vectorizer.idf_[i]), 6), [round(float(head.coef_[0][i]), 6)]]
            for i, name in enumerate(names)
        ],
    }
    textmodel.save(MODEL_FILE, data)
    print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size:,} bytes, {len(names):,} features)")


if __name__ == "__main__":
    main()
