"""The timeline reader's ranker: it may move a reading to another date the rules found, and
only when it is surer of that one by its margin."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.textmodel import Model
from followup.core.timeline import ranker, read_timeline, reader

THU = dt.datetime(2026, 3, 5, 10, 0)
LONDON = "Europe/London"


def _read(text: str) -> dt.date | None:
    reading = read_timeline(text, THU, LONDON, "GB")
    return reading.deadline if reading else None


def _a_model_for(feature: str, weight: float, **more: float) -> Model:
    """A ranker that knows one feature (or a few): a date with it scores sigmoid(weight), any
    date with none 0.5."""
    weights = {feature: (1.0, (weight,))} | {f"t:{w}": (1.0, (v,)) for w, v in more.items()}
    return Model(("promised",), (0.0,), weights, {"margin": 0.05}, True)


TWO_DATES = "We'll decide by Thursday. Friday is my last day in the office."


def test_the_ranker_file_ships_with_a_margin():
    shipped = ranker.load()
    assert shipped is not None and 0.0 < shipped.thresholds["margin"] < 1.0


def test_a_date_the_model_is_sure_of_replaces_the_rules_choice(monkeypatch):
    monkeypatch.setattr(ranker, "load", lambda: _a_model_for("t:friday", 5.0))
    assert _read(TWO_DATES) == dt.date(2026, 3, 6)


@pytest.mark.parametrize(
    "why",
    ["a near tie", "the rules alone", "no model file", "too many dates"],
)
def test_otherwise_the_rules_choice_stands(monkeypatch, why):
    text = TWO_DATES
    monkeypatch.setattr(ranker, "load", lambda: _a_model_for("t:friday", 5.0))
    if why == "a near tie":  # sigmoid(0.1) is 0.525: within the margin of 0.5
        monkeypatch.setattr(ranker, "load", lambda: _a_model_for("t:friday", 0.1))
    elif why == "the rules alone":
        monkeypatch.setattr(reader, "rules_only", True)
    elif why == "no model file":
        monkeypatch.setattr(ranker, "load", lambda: None)
    else:  # a pasted list of dates is the rules' alone
        text += " Other days I'm out: " + ", ".join(f"{n} April" for n in range(1, 20)) + "."
    assert _read(text) == dt.date(2026, 3, 12)


def test_any_phrase_of_the_rules_day_speaks_for_it(monkeypatch):
    """The rules chose "by Thursday" (0.5); Friday scores 0.993, but "the 12th" names Thursday
    too, at 0.953: within the margin of Friday, so the rules' day stands."""
    text = "We'll decide by Thursday. That's the 12th. Friday is my last day."
    monkeypatch.setattr(ranker, "load", lambda: _a_model_for("t:friday", 5.0, **{"00th": 3.0}))
    assert _read(text) == dt.date(2026, 3, 12)
    monkeypatch.setattr(ranker, "load", lambda: _a_model_for("t:friday", 5.0))
    assert _read(text) == dt.date(2026, 3, 6)


# Texts of the kinds the shipped ranker puts right (PRODUCT.md: the date by which they said
# they would respond, not a start date, nor the week around it): each is read wrong without it.
@pytest.mark.parametrize(
    ("text", "promised", "rules_alone"),
    [
        (
            "Thanks for coming in today. We'll give you our feedback within 5 working days. "
            "The role should be filled by 1 April.",
            dt.date(2026, 3, 12),
            dt.date(2026, 4, 1),
        ),
        (
            "Our office is closed tomorrow for the holiday. We'll regroup next week and update "
            "you by Monday or Tuesday.",
            dt.date(2026, 3, 10),
            dt.date(2026, 3, 13),
        ),
    ],
)
def test_the_shipped_ranker_finds_the_promise_among_the_dates(
    monkeypatch, text, promised, rules_alone
):
    assert _read(text) == promised
    monkeypatch.setattr(ranker, "load", lambda: None)
    assert _read(text) == rules_alone


# The review's case: a step "within N working days", then the promise on its own date. Each
# date's words stop at its neighbour, so "working days" does not weigh against the 20th.
@pytest.mark.parametrize(
    "text",
    [
        "We'll finish the reference checks within 5 working days and email you on 20 March.",
        "HR will run the background check within 5 working days and contact you on 20 March.",
    ],
)
def test_a_step_before_the_promise_does_not_take_its_place(text):
    assert _read(text) == dt.date(2026, 3, 20)
