"""Stop 50: the veto weighs what the rules know of a reading besides its words.

The veto read only words: the text's and those around the phrase read. The rules also know
the phrase's kind, how far ahead its day is, how many dates the text names, how strong the
promise's words near it are, where in the text it stands and whether a dated line holds it
(`model.facts`). The reader hands these to the model as features of their own ("f:...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.textmodel import Model
from followup.core.timeline import model, read_timeline

MON = dt.datetime(2026, 10, 5, 11, 0)  # a Monday
LONDON = "Europe/London"


@pytest.mark.parametrize(
    ("ahead", "span"),
    [
        (-3, "past"),
        (0, "today"),
        (1, "1-3"),
        (3, "1-3"),
        (4, "4-7"),
        (14, "8-14"),
        (31, "15-31"),
        (32, "later"),
    ],
)
def test_how_far_ahead_the_day_is_comes_in_spans(ahead, span):
    assert f"f:ahead={span}" in model.facts("weekday", ahead, 1, 2, 0.5, False)


def test_the_facts_name_the_kind_the_dates_the_promise_and_the_place():
    assert model.facts("business_days", 9, 4, 2, 0.9, True) == [
        "f:kind=business_days",
        "f:ahead=8-14",
        "f:dates=3-5",
        "f:tier=2",
        "f:where=bottom",
        "f:dated=yes",
    ]
    top = model.facts("weekday", 2, 1, 0, 0.1, False)
    assert {"f:dates=1", "f:where=top", "f:dated=no"} <= set(top)
    assert "f:dates=6+" in model.facts("weekday", 2, 7, 0, 0.5, False)


def _a_model_that_doubts(feature: str):
    """Sure there is no timeline where `feature` is among the reading's features, and only
    there."""

    def load() -> Model:
        weights = {feature: (1.0, (-40.0,)), "w:friday": (1.0, (1.0,))}
        return Model(("timeline",), (5.0,), weights, {"veto_below": 0.5}, independent=True)

    return load


# "by Friday" on a Monday is four days ahead, the text's only date, its only dated... nothing.
TEXT = "Thanks for coming in. I think they might look at it by Friday, who knows."


@pytest.mark.parametrize(
    ("feature", "vetoed"),
    [
        ("f:kind=weekday", True),
        ("f:ahead=4-7", True),
        ("f:dates=1", True),
        ("f:dated=no", True),
        # Facts this reading does not have: the model has nothing against it.
        ("f:kind=business_days", False),
        ("f:ahead=8-14", False),
        ("f:dated=yes", False),
    ],
)
def test_the_reader_hands_the_readings_facts_to_the_veto(monkeypatch, feature, vetoed):
    monkeypatch.setattr(model, "load", _a_model_that_doubts(feature))
    reading = read_timeline(TEXT, MON, LONDON, "GB")
    if vetoed:
        assert reading is None
    else:
        assert reading is not None and reading.deadline == dt.date(2026, 10, 9)
