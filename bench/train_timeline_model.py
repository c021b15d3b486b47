"""Train the timeline reader's second opinion: src/followup/core/timeline/timeline_model.json.gz.

Run: .venv/bin/python -m pip install -e ".[train]" && .venv/bin/python bench/train_timeline_model.py

One logistic regression, "does this text give a timeline?", over TF-IDF of
`followup.core.textmodel.features`, trained on the timeline corpora we tune with (our own, E,
the blind corpus's tune slice, F, G, I); the held-out texts (the blind slice, H) are never
seen. It reads what the reader gives it (`model.readable`: no quote marks, legal notices or
contact lines). The model only vetoes: below the threshold the rules' reading is dropped. The
threshold is chosen on `--calibrate` (default: corpus J, written and labelled blind), because
the rules fit the training texts too well for out-of-fold predictions to say where they err.
The middle of the thresholds within one text of the best is taken, so a slightly different
corpus does not move it much. Deterministic: the same corpora give the same bytes.
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
from followup.core.timeline import reader
from followup.core.timeline.model import LABEL, MODEL_FILE, readable

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests/blind"
CORPORA = [
    (ROOT / "tests/core/timeline/corpus.jsonl", None),
    (ROOT / "tests/core/timeline/tuning_corpus.jsonl", None),
    (BLIND / "timeline.jsonl", "tune"),
    (BLIND / "timeline_fresh.jsonl", None),
    (BLIND / "timeline_fresh_g.jsonl", None),
    (BLIND / "timeline_fresh_i.jsonl", None),
]
CALIBRATION = BLIND / "timeline_fresh_j.jsonl"
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


def rules_reading(row: dict) -> str | None:
    now = dt.datetime.fromisoformat(row["now"])
    if now.tzinfo is None:
        now = now.replace(tzinfo=ZoneInfo(row["tz"]))
    reading = reader.read_timeline(row["text"], now, row["tz"], row.get("country"))
    return reading.deadline.isoformat() if reading else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calibrate", type=Path, default=CALIBRATION)
    args = parser.parse_args()
    reader.rules_only = True  # the threshold is chosen against the rules' own readings
    rows = _corpora.load(CORPORA, field="slice")
    texts = [readable(row["text"]) for row in rows]  # what the model reads in the reader
    y = np.array([has_timeline(row) for row in rows])
    vectorizer, head = fit(texts, y)
    names = vectorizer.get_feature_names_out()
    keep = sorted(names[i] for i in np.argsort(-np.abs(head.coef_[0]))[:KEEP_FEATURES])
    vectorizer, head = fit(texts, y, vocabulary=keep)

    calibration = _corpora.load([(args.calibrate, None)])
    readings = [rules_reading(row) for row in calibration]
    probs = head.predict_proba(vectorizer.transform([readable(r["text"]) for r in calibration]))[
        :, 1
    ]
    scores = []
    for threshold in THRESHOLDS:
        kept = [day if p >= threshold else None for day, p in zip(readings, probs, strict=True)]
        scores.append(sum(right(r, d) for r, d in zip(calibration, kept, strict=True)))
    rules_alone = sum(right(r, d) for r, d in zip(calibration, readings, strict=True))
    print(" ".join(f"{t}:{s}" for t, s in zip(THRESHOLDS, scores, strict=True)))
    best = max(scores)
    # Within one text of the best counts as the plateau: one text in 120 is noise.
    plateau = [t for t, s in zip(THRESHOLDS, scores, strict=True) if s >= best - 1]
    threshold = plateau[len(plateau) // 2] if best > rules_alone else 0.0
    print(
        f"{args.calibrate.name}: rules alone {rules_alone}/{len(calibration)}, with the veto "
        f"{best}/{len(calibration)} at {plateau}; veto below {threshold}"
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
