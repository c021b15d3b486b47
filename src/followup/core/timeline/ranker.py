"""The timeline reader's second opinion on *which* date: is the one the rules chose the promise?

A text often names several days: the interview's, the start date, the candidate's own plans
and the promise. The rules pick one by their cues and their order of strength; where they
pick the wrong one, the right one is usually among the others they found ("we will give you
our feedback within 5 working days ... the position should be filled to 1 April"). This
model scores each date the rules found, by the words around it, its kind, and where it
stands against the others (the rules' choice among them). It may only move the reading to
another of those dates, and only when it finds that one likelier by more than a margin
chosen out of fold: it never finds a date of its own, nor says there is none (that is the
veto's, `model.py`).

Trained by `bench/train_timeline_ranker.py`; a `textmodel` file of the caller's own features.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from followup.core import textmodel
from followup.core.textmodel import Model
from followup.core.timeline import cues
from followup.core.timeline.grammar import Candidate

MODEL_FILE = Path(__file__).with_name("timeline_ranker.json.gz")
LABEL = "promised"
# A text with more dates than this is a list or a log pasted whole: the rules judge it alone
# (the model learnt from texts of a few dates, and scoring each date costs time).
MAX_CANDIDATES = 16
WINDOW = 70  # characters either side of a date, within its sentence
SIDE_WORDS = 8
BEFORE_SENTENCE_WORDS = 15


def load() -> Model | None:
    """The shipped model, or None when the file is missing (the rules then decide alone)."""
    return textmodel.load(MODEL_FILE)


def _ahead(days: int) -> str:
    """How far ahead of today a date is, in the steps people promise in."""
    for limit, name in ((0, "past"), (3, "0-3"), (7, "4-7"), (14, "8-14"), (31, "15-31")):
        if days <= limit:
            return name
    return "32-92" if days <= 92 else "far"


def features(
    text: str,
    found: Sequence[Candidate],
    sentences: Sequence[tuple[int, int]],
    index: int,
    chosen: int,
    today: dt.date,
) -> list[str]:
    """What the model weighs of `found[index]` in normalised `text`, against the rules' choice
    `found[chosen]`; `sentences[i]` is the sentence `found[i]` stands in."""
    candidate, rules = found[index], found[chosen]
    start, end = sentences[index]
    days = sorted({c.day for c in found})
    # The words between a date and its neighbours are its own: "shortlist within 5 working
    # days and email you on 23 March" must not lend "working days" to the 23rd. (`found` is
    # in text order, without overlaps.)
    since = max(start, candidate.start - WINDOW, found[index - 1].end if index else 0)
    until = min(end, candidate.end + WINDOW, *(c.start for c in found[index + 1 : index + 2]))
    before = textmodel.words(text[since : candidate.start])
    after = textmodel.words(text[candidate.end : until])
    earlier_words = textmodel.words(text[max(0, start - 200) : start])
    if index == chosen:
        against = "chosen"
    elif candidate.day == rules.day:
        against = "same day"
    else:
        against = "later" if candidate.day > rules.day else "earlier"
    place = "first" if index == 0 else "last" if index == len(found) - 1 else "middle"
    return [
        f"k:{candidate.kind}",
        f"k:{candidate.kind}|{against}",
        f"r:{against}",
        "r:latest" if candidate.day == days[-1] else "r:not latest",
        "r:earliest" if candidate.day == days[0] else "r:not earliest",
        f"r:{place}",
        "r:chosen's sentence" if sentences[index] == sentences[chosen] else "r:another sentence",
        f"r:ahead {_ahead((candidate.day - today).days)}",
        f"r:{min(len(days), 5)} days",
        *(f"t:{w}" for w in textmodel.words(text[candidate.start : candidate.end])),
        *(f"b:{w}" for w in textmodel.with_bigrams(before[-SIDE_WORDS:])),
        *(f"a:{w}" for w in textmodel.with_bigrams(after[:SIDE_WORDS])),
        *(f"s:{w}" for w in textmodel.words(text[start:end])),
        *(f"p:{w}" for w in earlier_words[-BEFORE_SENTENCE_WORDS:]),
    ]


def sentences_of(text: str, found: Sequence[Candidate], bounds: list[int]) -> list[tuple[int, int]]:
    """The sentence each date found stands in (`bounds`: `cues.sentence_bounds(text)`)."""
    return [cues.sentence_of(bounds, len(text), c.start) for c in found]


def preferred(
    text: str,
    found: Sequence[Candidate],
    bounds: list[int],
    chosen: int,
    today: dt.date,
) -> Candidate | None:
    """Another of the dates found in normalised `text` that the model is sure is the promise
    rather than the rules' choice `found[chosen]`, or None.

    It may be a date the rules set aside (gone by, asked about, another's): the model has
    learnt when such a date is the answer after all, and its margin was chosen out of fold with
    them among the rest. The checks the rules made of their own choice (on hold, no date yet,
    the veto) are not made again of it.
    """
    if len({c.day for c in found}) < 2 or len(found) > MAX_CANDIDATES:
        return None
    model = load()
    if model is None:
        return None
    sentences = sentences_of(text, found, bounds)
    scores = [
        model.probability_of(features(text, found, sentences, i, chosen, today))
        for i in range(len(found))
    ]
    best = max(range(len(found)), key=scores.__getitem__)
    # The rules chose a day; any of the phrases that name it speaks for it ("fiscal year end
    # (3/31)"). (So a phrase of the same day never wins: it cannot beat its own day's best.)
    theirs = max(s for c, s in zip(found, scores, strict=True) if c.day == found[chosen].day)
    if scores[best] - theirs <= model.thresholds.get("margin", 1.0):
        return None
    return found[best]
