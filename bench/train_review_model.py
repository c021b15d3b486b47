"""Train the draft reviewer's second opinion: src/followup/core/writing/review/review_model.json.gz.

Run: .venv/bin/python -m pip install -e ".[train]" && .venv/bin/python bench/train_review_model.py

One logistic regression per label (thanks, restates_interest, asks_timeframe,
apologetic_or_desperate, pushy) over TF-IDF of `followup.core.textmodel.features`, on the
tuning emails only (tests/core/writing/review_corpus.jsonl, the "tune" slice of
tests/blind/review.jsonl, and every fresh corpus in tests/blind once it was tuned with); the
held-out emails (the blind slice of tests/blind/review.jsonl, and the corpora in
`_corpora.HELD_OUT_FILES`) are never seen. `distinguishes`
and `wrong_name` depend on the interview's context and `too_long` is a count, so they stay
with the rules.
For each label, the thresholds at which the model may add a finding the rules missed, or drop
one they found, are chosen on out-of-fold predictions of the training emails. Deterministic.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

import _corpora  # bench/_corpora.py, beside this script
from followup.core import textmodel
from followup.core.writing import ReviewContext
from followup.core.writing.review import engine
from followup.core.writing.review.second_opinion import (
    MODEL_FILE,
    MODEL_LABELS,
    model_text,
    settle,
)

ROOT = Path(__file__).resolve().parent.parent
OWN = [
    (ROOT / "tests/core/writing/review_corpus.jsonl", None),
    (ROOT / "tests/blind/review.jsonl", "tune"),
]
# Each written and labelled blind, then tuned with; the held-out ones are never read.
FRESH = [(path, None) for path in _corpora.fresh_tuning("review")]
KEEP_FEATURES = 12_000
C = 10.0
CANDIDATES = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)  # drop below; add at or above 1 - x


def load() -> list[dict]:
    return _corpora.load(OWN + FRESH)


def fit(texts, targets: dict[str, list[bool]], vocabulary=None):
    vectorizer = TfidfVectorizer(
        analyzer=textmodel.features, sublinear_tf=True, min_df=2, vocabulary=vocabulary
    )
    matrix = vectorizer.fit_transform(texts)
    heads = {}
    for label in MODEL_LABELS:
        y = np.array([bool(v) for v in targets[label]])
        heads[label] = LogisticRegression(C=C, max_iter=5000).fit(matrix, y)
    return vectorizer, heads


def pruned(texts, targets):
    vectorizer, heads = fit(texts, targets)
    names = vectorizer.get_feature_names_out()
    weight = np.max([np.abs(h.coef_[0]) for h in heads.values()], axis=0)
    keep = sorted(names[i] for i in np.argsort(-weight)[:KEEP_FEATURES])
    return fit(texts, targets, vocabulary=keep)


def f1(pred, gold) -> float:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(said: list[bool], probs: list[float], truth: list[bool], label: str):
    """The drop and add thresholds that give the best F1 on these emails (rules kept on ties)."""
    best = (f1(said, truth), 0.0, 1.01)
    for drop in CANDIDATES:
        for add in CANDIDATES:
            pred = [
                settle(s, p, {f"{label}.drop": drop, f"{label}.add": 1 - add}, label)
                for s, p in zip(said, probs, strict=True)
            ]
            score = f1(pred, truth)
            if score > best[0] + 0.002:
                best = (score, drop, 1 - add)
    return best


def rules_of(rows: list[dict]) -> list:
    return [
        engine.review(
            r["subject"],
            r["body"],
            r.get("kind", "follow_up"),
            ReviewContext.from_dict(r["context"]),
        )
        for r in rows
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--calibrate",
        metavar="CORPUS[:SPLIT]",
        help="choose the thresholds on these emails (written blind, never tuned on by the "
        "rules) instead of out-of-fold predictions of the training emails",
    )
    args = parser.parse_args()
    engine.rules_only = True  # the model is trained against the rules' own findings
    rows = load()
    texts = [model_text(r["subject"], r["body"]) for r in rows]
    targets = {lab: [bool(r["labels"].get(lab)) for r in rows] for lab in MODEL_LABELS}
    vectorizer, heads = pruned(texts, targets)
    thresholds: dict[str, float] = {}
    if args.calibrate:
        path, _, split = args.calibrate.partition(":")
        calibration = [
            row
            for row in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines())
            if not split or row.get("split") == split
        ]
        matrix = vectorizer.transform([model_text(r["subject"], r["body"]) for r in calibration])
        reviews = rules_of(calibration)
        for label in MODEL_LABELS:
            keep = [i for i, r in enumerate(calibration) if r["labels"].get(label) is not None]
            probs = heads[label].predict_proba(matrix)[:, 1]
            said = [reviews[i].labels[label] for i in keep]
            truth = [bool(calibration[i]["labels"][label]) for i in keep]
            best = choose(said, [probs[i] for i in keep], truth, label)
            thresholds[f"{label}.drop"], thresholds[f"{label}.add"] = best[1], best[2]
            print(
                f"{label:24} rules F1 {f1(said, truth):.3f} -> {best[0]:.3f} on "
                f"{args.calibrate} (drop < {best[1]:.2f}, add >= {best[2]:.2f})"
            )
    else:
        reviews = rules_of(rows)
        for label in MODEL_LABELS:
            gold = [r["labels"].get(label) for r in rows]
            keep = [i for i, g in enumerate(gold) if g is not None]  # disputed: unscored
            kept = set(keep)
            oof = np.zeros(len(rows))
            for train, test in KFold(n_splits=5, shuffle=True, random_state=9).split(texts):
                train = [i for i in train if i in kept]
                fold_vectorizer, fold_heads = pruned(
                    [texts[i] for i in train],
                    {lab: [targets[lab][i] for i in train] for lab in MODEL_LABELS},
                )
                probs = fold_heads[label].predict_proba(
                    fold_vectorizer.transform([texts[i] for i in test])
                )
                oof[test] = probs[:, 1]
            said = [reviews[i].labels[label] for i in keep]
            truth = [bool(gold[i]) for i in keep]
            best = choose(said, [oof[i] for i in keep], truth, label)
            thresholds[f"{label}.drop"], thresholds[f"{label}.add"] = best[1], best[2]
            print(
                f"{label:24} rules F1 {f1(said, truth):.3f} -> {best[0]:.3f} out of fold "
                f"(drop < {best[1]:.2f}, add >= {best[2]:.2f})"
            )
    names = vectorizer.get_feature_names_out()
    data = {
        "about": "Followup's review model: see followup/core/writing/review/second_opinion.py "
        "and bench/train_review_model.py",
        "classes": list(MODEL_LABELS),
        "independent": True,
        "intercept": [round(float(heads[lab].intercept_[0]), 6) for lab in MODEL_LABELS],
        "thresholds": thresholds,
        "features": [
            [
                name,
                round(float(vectorizer.idf_[i]), 6),
                [round(float(heads[lab].coef_[0][i]), 6) for lab in MODEL_LABELS],
            ]
            for i, name in enumerate(names)
        ],
    }
    textmodel.save(MODEL_FILE, data)
    print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size:,} bytes, {len(names):,} features)")


if __name__ == "__main__":
    main()
