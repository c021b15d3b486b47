"""A small linear text model read in pure Python: word and character n-grams, TF-IDF, weights.

Trained at build time with scikit-learn (`bench/train_*_model.py`) and shipped as a gzipped JSON
file of numbers beside the code that uses it; reading it needs nothing but the standard library
and no download. `features()` is the one featurizer: the training scripts hand it to
scikit-learn as its analyzer, so training and reading cannot drift apart. Reading the shipped
file is the only I/O, once per process, as zoneinfo reads its zone data.

A model is either `softmax` (one kind out of several: the reply reader) or `independent`
(one yes/no per label, a sigmoid each: the draft reviewer).
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from operator import mul
from pathlib import Path

MAX_CHARS = 5_000  # a model reads the start of a text: the part that decides is at the top
_WORDS_KEPT = 65_536  # words whose known n-grams a model keeps (a pasted base64 is all new words)

_WORD = re.compile(r"[a-z0-9']+")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Tf:
    of: list[float]  # by count: 1 + log(count), as scikit-learn's sublinear_tf (0 for 0)
    squared: list[float]


@lru_cache(maxsize=1)
def _sublinear_tf_up_to(most: int) -> _Tf:
    of = [0.0] + [1.0 + math.log(count) for count in range(1, most + 1)]
    return _Tf(of, [value * value for value in of])


def _sublinear_tf(most: int) -> _Tf:
    """The tf of every count up to `most` (a text's words are counted in its first MAX_CHARS
    characters: the table for those is made once)."""
    return _sublinear_tf_up_to(max(most, MAX_CHARS))


def _normalise(text: str) -> str:
    text = text[:MAX_CHARS].lower().replace("\u2019", "'").replace("\u2018", "'")
    return _SPACE.sub(" ", _DIGIT.sub("0", text)).strip()


def features(text: str) -> list[str]:
    """Word unigrams and bigrams ("w:") and character 3-5-grams inside words ("c:")."""
    text = _normalise(text)
    words = _words(text)
    return [f"w:{w}" for w in words] + [
        f"c:{g}" for word in text.split(" ") for g in _word_grams(word)
    ]


def words(text: str) -> list[str]:
    """The words of a text as the model sees them (lowercase, digits as 0), without bigrams."""
    return _WORD.findall(_normalise(text))


def with_bigrams(words: list[str]) -> list[str]:
    """The words, then each two neighbours: the word features, before their prefix."""
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _words(text: str) -> list[str]:
    return with_bigrams(_WORD.findall(text))


@lru_cache(maxsize=65_536)
def _word_grams(word: str) -> tuple[str, ...]:
    """The character 3-5-grams of one word with a space either side: words repeat across
    texts, so each is cut into n-grams once."""
    padded = f" {word} "
    return tuple(
        padded[i : i + n] for n in (3, 4, 5) if len(padded) >= n for i in range(len(padded) - n + 1)
    )


def _counts(text: str) -> tuple[Counter[str], Counter[str]]:
    """How often each word or bigram, and each character n-gram, occurs, without prefixes."""
    text = _normalise(text)
    grams: Counter[str] = Counter()
    for word in text.split(" "):
        grams.update(_word_grams(word))
    return Counter(_words(text)), grams


# feature -> (idf, weight per class)
_Weights = dict[str, tuple[float, tuple[float, ...]]]


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: _Weights
    # How sure it must be before its answer counts, chosen at training time.
    thresholds: dict[str, float] = field(default_factory=dict)
    independent: bool = False  # one sigmoid per class instead of a softmax over them

    def scores(self, text: str, extra: Sequence[str] = ()) -> list[float]:
        """`extra`: features of the caller's own, already prefixed (the timeline veto's words
        around the phrase read), weighed with the text's in one TF-IDF vector."""
        # TF-IDF with sublinear tf and an L2 norm, as scikit-learn's TfidfVectorizer computes;
        # plain loops over the distinct features, since this runs for every reading.
        if len(self.intercept) == 1:
            return [self._one_score(text, extra)]
        squares = 0.0
        totals = [0.0] * len(self.intercept)
        tables = (self._by_word, self._by_gram, self._by_other)
        for table, found in zip(tables, (*_counts(text), Counter(extra)), strict=True):
            for feature, count in found.items():
                known = table.get(feature)
                if known is None:
                    continue
                idf, row = known
                value = idf if count == 1 else (1.0 + math.log(count)) * idf
                squares += value * value
                for k, weight in enumerate(row):
                    totals[k] += weight * value
        norm = math.sqrt(squares) or 1.0
        return [base + total / norm for base, total in zip(self.intercept, totals, strict=True)]

    def _one_score(self, text: str, extra: Sequence[str] = ()) -> float:
        """`scores` for a model of one class (the timeline's veto), without the inner loop;
        each word's n-grams counted only where the model knows them (a feature it does not
        know adds nothing, and most of a word's n-grams are unknown to it)."""
        text = _normalise(text)
        grams = Counter(itertools.chain.from_iterable(map(self._known_grams, text.split(" "))))
        tables = (self._by_word, self._by_gram, self._by_other)
        counts = (Counter(_words(text)), grams, Counter(extra))
        return self._one_class(zip(tables, counts, strict=True))

    def _known_grams(self, word: str) -> tuple[str, ...]:
        """The character n-grams of `word` that the model weighs, in order, with repeats."""
        known = self._known_grams_by_word.get(word)
        if known is None:
            weighed = self._by_gram
            known = tuple(gram for gram in _word_grams(word) if gram in weighed)
            if len(self._known_grams_by_word) < _WORDS_KEPT:
                self._known_grams_by_word[word] = known
        return known

    @cached_property
    def _known_grams_by_word(self) -> dict[str, tuple[str, ...]]:
        return {}  # (filled as words are read: the words of a process's texts repeat)

    def _one_class(self, found: Iterable[tuple[_Weights, Counter[str]]]) -> float:
        """The score of a one-class model: each (weights table, feature counts) pair weighed
        as TF-IDF with sublinear tf and one L2 norm over them all.

        Each feature's idf squared and its weight times its idf are looked up in tables made
        for that, times its tf (1 + log count, as scikit-learn's sublinear tf has it) or its
        square, and summed by `map`, not a loop of Python: a text has hundreds of n-grams."""
        squares = total = 0.0
        for table, counts in found:
            if not counts:
                continue
            squared, weighed = self._terms(table)
            features, times = counts.keys(), counts.values()
            tf = _sublinear_tf(max(times))
            squares += sum(
                map(
                    mul,
                    map(squared.get, features, itertools.repeat(0.0)),
                    map(tf.squared.__getitem__, times),
                )
            )
            total += sum(
                map(
                    mul,
                    map(weighed.get, features, itertools.repeat(0.0)),
                    map(tf.of.__getitem__, times),
                )
            )
        return self.intercept[0] + total / (math.sqrt(squares) or 1.0)

    def _terms(self, table: _Weights) -> tuple[dict[str, float], dict[str, float]]:
        """A one-class model's table as two: each feature's idf squared, and its weight times
        its idf (its terms when it occurs once), made once for each of the three tables."""
        terms = self._terms_by_table.get(id(table))
        if terms is None:
            squared = {feature: idf * idf for feature, (idf, _row) in table.items()}
            weighed = {feature: row[0] * idf for feature, (idf, row) in table.items()}
            terms = self._terms_by_table[id(table)] = (squared, weighed)
        return terms

    @cached_property
    def _terms_by_table(self) -> dict[int, tuple[dict[str, float], dict[str, float]]]:
        return {}  # (keyed by the table's id: the tables are the model's own, kept as long)

    def probability_of(self, features: Sequence[str]) -> float:
        """The probability of a one-class model given only the caller's own features (the
        timeline ranker's, each date's): no text to cut into words."""
        return _sigmoid(self._one_class([(self._by_other, Counter(features))]))

    # The weights split by kind and without the "w:"/"c:" prefix, so reading a text does not
    # build a prefixed string for each of its n-grams.
    @cached_property
    def _by_word(self) -> dict[str, tuple[float, tuple[float, ...]]]:
        return {f[2:]: v for f, v in self.weights.items() if f.startswith("w:")}

    @cached_property
    def _by_gram(self) -> dict[str, tuple[float, tuple[float, ...]]]:
        return {f[2:]: v for f, v in self.weights.items() if f.startswith("c:")}

    @cached_property
    def _by_other(self) -> dict[str, tuple[float, tuple[float, ...]]]:
        """The caller's own features (`extra`): a "w:" or "c:" one passed again is not
        counted twice."""
        return {f: v for f, v in self.weights.items() if not f.startswith(("w:", "c:"))}

    def probabilities(self, text: str, extra: Sequence[str] = ()) -> dict[str, float]:
        scores = self.scores(text, extra)
        if self.independent:
            return {kind: _sigmoid(s) for kind, s in zip(self.classes, scores, strict=True)}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {kind: e / total for kind, e in zip(self.classes, exps, strict=True)}


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0)))


def weightiest(model: Model, sentences: list[str], label: str, limit: int = 60) -> str:
    """The sentence the model finds most `label`: the words a reading is taken from."""
    best, best_p = "", 0.0
    for sentence in sentences[:limit]:
        p = model.probabilities(sentence).get(label, 0.0)
        if p > best_p:
            best, best_p = sentence, p
    return best


@cache
def load(path: Path) -> Model | None:
    """The model shipped at `path`, or None when the file is missing."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        return None
    weights = {feature: (idf, tuple(row)) for feature, idf, row in data["features"]}
    return Model(
        tuple(data["classes"]),
        tuple(data["intercept"]),
        weights,
        dict(data.get("thresholds", {})),
        bool(data.get("independent", False)),
    )


def save(path: Path, model_data: dict) -> None:
    """Write a model file deterministically (the training scripts)."""
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write(json.dumps(model_data, separators=(",", ":"), sort_keys=True).encode())
