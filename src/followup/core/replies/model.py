"""A small linear model over word and character n-grams: the reply reader's second opinion.

Trained at build time by `bench/train_reply_model.py` (scikit-learn, logistic regression over
TF-IDF of the features below) on the replies written and labelled blind for issue 15, and
shipped as `reply_model.json` beside this file: plain numbers, loaded without any download,
no scikit-learn at run time. The features are computed by `features()` here, which the training
script hands to scikit-learn as its analyzer, so training and reading cannot drift apart.

It only ever speaks through `reader.read_reply`, which keeps the rules' answer unless the model
is sure, and always gives words as evidence: the sentence that weighs most for the kind.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("reply_model.json.gz")
MAX_CHARS = 5_000  # the model reads the start of the new text: a reply's answer is at the top

_WORD = re.compile(r"[a-z0-9']+")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    text = text[:MAX_CHARS].lower().replace("\u2019", "'").replace("\u2018", "'")
    return _SPACE.sub(" ", _DIGIT.sub("0", text)).strip()


def features(text: str) -> list[str]:
    """Word unigrams and bigrams ("w:") and character 3-5-grams inside words ("c:")."""
    text = _normalise(text)
    words = _WORD.findall(text)
    out = [f"w:{w}" for w in words]
    out += [f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for word in text.split(" "):
        padded = f" {word} "
        for n in (3, 4, 5):
            if len(padded) < n:
                break
            out += [f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return out


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    # feature -> (idf, weight per class)
    weights: dict[str, tuple[float, tuple[float, ...]]]
    # How sure it must be to overrule the rules (`reader.overrule`), chosen at training time.
    thresholds: dict[str, float]

    def scores(self, text: str) -> list[float]:
        counts: dict[str, int] = {}
        for feature in features(text):
            if feature in self.weights:
                counts[feature] = counts.get(feature, 0) + 1
        # TF-IDF with sublinear tf and an L2 norm, as scikit-learn's TfidfVectorizer computes.
        values = {f: (1.0 + math.log(c)) * self.weights[f][0] for f, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        totals = list(self.intercept)
        for feature, value in values.items():
            for k, weight in enumerate(self.weights[feature][1]):
                totals[k] += weight * value / norm
        return totals

    def probabilities(self, text: str) -> dict[str, float]:
        scores = self.scores(text)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {kind: e / total for kind, e in zip(self.classes, exps, strict=True)}


@cache
def load() -> Model | None:
    """The shipped model, or None when the file is missing (the rules then decide alone)."""
    try:
        with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        return None
    classes = tuple(data["classes"])
    weights = {
        feature: (idf, tuple(row)) for feature, idf, row in data["features"]
    }
    return Model(classes, tuple(data["intercept"]), weights, dict(data["thresholds"]))
