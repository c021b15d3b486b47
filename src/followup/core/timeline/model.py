"""The timeline reader's second opinion: does this text give a timeline at all?

A linear model (`followup.core.textmodel`) trained by `bench/train_timeline_model.py` on the
labelled timeline corpora we tune with. It never finds a date: the rules do. It may only veto
the rules' reading when it is sure the text gives no timeline, which is where the rules err on
text nobody on the team wrote (an interview's date, a request of the candidate, a start date
read as a promise). It reads the whole text, and the words either side of the phrase the
rules read (`context`): what follows a promise ("... Friday came and they'd filled it") says
more of it than the rest of the text does; and what the rules know of the reading that no word
says (`reading_facts`). The threshold is chosen out of fold on the fresh corpora, each
predicted by a model not trained on it (bench/train_timeline_model.py); a promise said in so
many words has a second, far lower one, and room for news after it (`vetoes_outright`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from followup.core import textmodel, wrapping
from followup.core.boilerplate import without_boilerplate
from followup.core.textmodel import MAX_CHARS, Model
from followup.core.timeline import cues

MODEL_FILE = Path(__file__).with_name("timeline_model.json.gz")
LABEL = "timeline"
DEFAULT_VETO_BELOW = 0.7
# What a message must say after a promise said in so many words before the model may veto it
# (`news_room`, in characters): room for the news that overtook it. A bag of words reads "no
# date yet for the start" in a two-line text as no timeline: without this room, such a veto
# dropped 20 short promises the tests pin (stop 49).
NEWS_ROOM = 150
LONG_TEXT_WINDOW = 1_500


def load() -> Model | None:
    """The shipped model, or None when the file is missing (the rules then decide alone)."""
    return textmodel.load(MODEL_FILE)


def model_text(text: str, start: int) -> str:
    """What the model reads: the text, or in a long one the part around the phrase read.

    The model reads the first MAX_CHARS characters; a debrief whose timeline comes after them
    must not be judged by its beginning.
    """
    if len(text) <= MAX_CHARS:
        return text
    # About the length of the texts it was trained on, centred on the phrase: a window of
    # 5,000 characters of other talk would drown the few words that matter.
    begin = max(0, min(start - LONG_TEXT_WINDOW // 2, len(text) - LONG_TEXT_WINDOW))
    return text[begin : begin + LONG_TEXT_WINDOW]


# The marks of a quoted reply ("> We will have a decision ..."): the model learnt words, and
# the same words quoted are the same promise.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def readable(text: str) -> str:
    """The words the model weighs, in training and in reading alike: without quote marks,
    signature blocks and legal notices."""
    return _QUOTE_MARKS.sub("", without_boilerplate(text))


# What the model weighs besides the whole text, for the reading it is asked about: the words
# after the phrase (an outcome told below a promise, "... she said Friday. Friday came and
# they'd filled it"), the few before it ("my own deadline is"), and its sentence's own (whose
# date it is: "the board meets on the 12th", "I'll call them Friday"), which the whole text's
# thousands of words drown.
AFTER_CHARS = 560
BEFORE_CHARS = 120
BEFORE_WORDS = 12
SENTENCE_REACH = 300
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def context(text: str, start: int, end: int, facts: Sequence[str] = ()) -> list[str]:
    """The words around a phrase read, as the model's features: "a:" after it, "b:" before,
    "s:" in its sentence; then the reading's `facts`."""
    after = textmodel.words(text[end : end + AFTER_CHARS])
    before = textmodel.words(text[max(0, start - BEFORE_CHARS) : start])[-BEFORE_WORDS:]
    sentence = textmodel.words(_sentence(text, start, end))
    return (
        [f"a:{w}" for w in textmodel.with_bigrams(after)]
        + [f"b:{w}" for w in textmodel.with_bigrams(before)]
        + [f"s:{w}" for w in textmodel.with_bigrams(sentence)]
        + list(facts)
    )


# (Spans, not days nor counts: the model learns one weight per feature, and each span holds
# enough texts to learn it from. A feature too weak to be among the model's strongest
# `KEEP_FEATURES` is dropped by the training, as a word is.)
_AHEAD = ((-1, "past"), (0, "today"), (3, "1-3"), (7, "4-7"), (14, "8-14"), (31, "15-31"))
_DATE_PHRASES = ((1, "1"), (2, "2"), (5, "3-5"))
# (Not 1/3 and 2/3: the shipped model was trained, and measured, with these.)
_THIRDS = ((0.34, "top"), (0.67, "middle"))


def reading_facts(
    *, kind: str, ahead: int, date_phrases: int, tier: int, share: float, dated: bool
) -> list[str]:
    """What the rules know of a reading that no word says, as the model's features ("f:"):
    the phrase's kind, how many days ahead its day is, how many date phrases the rules kept in
    the text, how strong the promise's words near it are (`tier`, the rules' ranking: 2 a
    commitment's words), in which third of the text (as the reader orders a thread: newest
    message first) it stands (`share`, its start over the text's length), and whether a dated
    message or note line holds it."""
    span = next((name for most, name in _AHEAD if ahead <= most), "later")
    many = next((name for most, name in _DATE_PHRASES if date_phrases <= most), "6+")
    where = next((name for below, name in _THIRDS if share < below), "bottom")
    return [
        f"f:kind={kind}",
        f"f:ahead={span}",
        f"f:dates={many}",
        f"f:tier={tier}",
        f"f:where={where}",
        f"f:dated={'yes' if dated else 'no'}",
    ]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence `text[start:end]` stands in, roughly: from the last full stop, question
    mark or line break before it to the first after it, at most SENTENCE_REACH characters
    either side (a run-on paste has none)."""
    begin = max(0, start - SENTENCE_REACH)
    for m in _SENTENCE_BREAK.finditer(text, begin, start):
        begin = m.end()
    stop = _SENTENCE_BREAK.search(text, end, end + SENTENCE_REACH)
    return text[begin : stop.start() if stop else min(len(text), end + SENTENCE_REACH)]


def vetoes(text: str, start: int, end: int, facts: Sequence[str]) -> bool:
    """True if the model is sure this text gives no timeline (the reading is then dropped).
    `facts`: the reading's (`reading_facts`), as the model was trained with them."""
    return _below(text, start, end, "veto_below", DEFAULT_VETO_BELOW, facts)


def vetoes_outright(text: str, start: int, end: int, facts: Sequence[str]) -> bool:
    """The same for a promise said in so many words, below a far lower threshold chosen out of
    fold as the other (none in a model that has none): a promise kept already, or overtaken by
    news ("They'll decide by Friday. ... Friday came and they'd filled it"). Only where the
    message goes on long enough after it to tell such news (`news_room`)."""
    if news_room(text, end) < NEWS_ROOM:
        return False
    return _below(text, start, end, "veto_outright_below", 0.0, facts)


# Where a message's own words end below a promise: its sign-off on a line of its own ("Kind
# regards,", "Speak soon,": a few words and a comma), or a line quoted with ">". What follows is
# a signature or older mail, no news.
_SIGN_OFF_OR_QUOTE = re.compile(
    rf"^[ \t]*(?:{wrapping.SIGN_OFF}|[a-z][a-z ']{{0,38}},[ \t]*|>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_ROOM_READ = 5_000  # characters after the phrase looked at: enough to tell NEWS_ROOM apart


def news_room(text: str, end: int) -> int:
    """How much the message says after `text[:end]`: the characters up to its sign-off or the
    first quoted or forwarded message below (older mail cannot overtake a newer promise),
    without legal notices and contact lines."""
    rest = text[end : end + _ROOM_READ].replace("\r\n", "\n")
    rest = rest[: cues.quoted_from(rest)]
    own_end = _SIGN_OFF_OR_QUOTE.search(rest)
    if own_end is not None:
        rest = rest[: own_end.start()]
    return len(readable(rest).strip())


def _below(
    text: str, start: int, end: int, name: str, default: float, facts: Sequence[str]
) -> bool:
    model = load()
    if model is None:
        return False
    below = model.thresholds.get(name, default)
    if below <= 0.0:
        return False
    words = readable(model_text(text, start))
    probability = model.probabilities(words, context(text, start, end, facts))[LABEL]
    return probability < below
