"""Stop 49: the veto reads negation, and may drop a promise said in so many words that news
told after it overtook.

A bag of words reads "they filled it" and "we haven't filled it" alike; the words a negation
governs are now marked ("not_filled"). A promise said outright was never vetoed; most of the
held-out false alarms were such promises, kept already or overtaken by news. The model may now
veto one far below its usual threshold (chosen out of fold), and only where the text goes on
long enough after the promise to tell news (`model.NEWS_ROOM`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.textmodel import Model
from followup.core.timeline import model, read_timeline

MON = dt.datetime(2026, 10, 5, 11, 0)
LONDON = "Europe/London"
PROMISE = "We'll let you know by Friday."
NEWS = (
    " Update from me a week later: Friday came and went without a word from them. I chased "
    "twice and heard nothing back at all, so I am moving on now and applying elsewhere."
)


def test_a_negation_marks_the_words_of_its_clause():
    words = model.marked_words(
        "We haven't filled the role, so don't worry. They didn't say when but they filled it."
    )
    assert words[:4] == ["we", "haven't", "not_filled", "not_the"]
    assert "not_worry" in words and "so" in words  # (the clause ends at the comma)
    assert words[-3:] == ["they", "filled", "it"]  # ("but" opens a clause of its own)
    assert "not_when" in words


def test_the_context_marks_negated_words():
    text = "They will decide by Friday. We have not filled the post."
    start = text.index("by Friday")
    features = model.context(text, start, start + len("by Friday"))
    assert "a:not_filled" in features and "a:filled" not in features


def _a_model_sure_of_no_timeline_when_moving_on(outright_below: float | None):
    """Sure there is no timeline where "moving" (not "not_moving") comes after the phrase."""
    weights = {"a:moving": (1.0, (-40.0,)), "w:friday": (1.0, (1.0,))}
    thresholds = {"veto_below": 0.5}
    if outright_below is not None:
        thresholds["veto_outright_below"] = outright_below

    def load() -> Model:
        return Model(("timeline",), (5.0,), weights, thresholds, independent=True)

    return load


@pytest.mark.parametrize(
    ("text", "outright_below", "vetoed"),
    [
        # News after it that overtook the promise: vetoed below the outright threshold.
        (PROMISE + NEWS, 0.1, True),
        # A model without an outright threshold never vetoes a promise said outright.
        (PROMISE + NEWS, None, False),
        # Negated, the same word is news of nothing.
        (PROMISE + NEWS.replace("I am moving", "I am not moving"), 0.1, False),
        # Too little text after it to tell news: the promise stands, however sure the model.
        (PROMISE + " I am moving on.", 0.1, False),
    ],
)
def test_a_promise_said_outright_is_vetoed_only_when_news_overtook_it(
    monkeypatch, text, outright_below, vetoed
):
    monkeypatch.setattr(model, "load", _a_model_sure_of_no_timeline_when_moving_on(outright_below))
    assert (read_timeline(text, MON, LONDON, "GB") is None) is vetoed


def test_the_shipped_model_vetoes_promises_said_outright_only_far_below_the_other():
    shipped = model.load()
    assert shipped is not None
    outright = shipped.thresholds["veto_outright_below"]
    assert 0.0 < outright < shipped.thresholds["veto_below"] / 2
