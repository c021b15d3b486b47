"""Stop 50: the veto weighs what the rules know of a reading besides its words.

The veto read only words: the text's and those around the phrase read. The rules also know
the phrase's kind, how far ahead its day is, how many date phrases they kept, how strong the
promise's words near it are, where in the text it stands and whether a dated line holds it
(`model.reading_facts`). The reader hands these to the model as features of their own
("f:...") on both of its vetoes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.textmodel import Model
from followup.core.timeline import model, read_timeline

MON = dt.datetime(2026, 10, 5, 11, 0)  # a Monday
LONDON = "Europe/London"
FRIDAY = dt.date(2026, 10, 9)


def _facts(**changed) -> list[str]:
    given = dict(kind="weekday", ahead=4, date_phrases=1, tier=2, share=0.5, dated=False)
    return model.reading_facts(**{**given, **changed})


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
    assert f"f:ahead={span}" in _facts(ahead=ahead)


def test_the_facts_name_the_kind_the_dates_the_promise_and_the_place():
    assert _facts(kind="business_days", ahead=9, date_phrases=4, share=0.9, dated=True) == [
        "f:kind=business_days",
        "f:ahead=8-14",
        "f:dates=3-5",
        "f:tier=2",
        "f:where=bottom",
        "f:dated=yes",
    ]
    assert {"f:dates=1", "f:tier=1", "f:where=top", "f:dated=no"} <= set(_facts(tier=1, share=0.1))
    assert "f:dates=6+" in _facts(date_phrases=7)
    assert "f:where=middle" in _facts(share=0.5)


def _a_model_that_doubts(feature: str, outright_below: float = 0.0):
    """A loader of a model sure there is no timeline where `feature` is among the reading's
    features, and only there."""

    def load() -> Model:
        weights = {feature: (1.0, (-40.0,)), "w:friday": (1.0, (1.0,))}
        thresholds = {"veto_below": 0.5, "veto_outright_below": outright_below}
        return Model(("timeline",), (5.0,), weights, thresholds, independent=True)

    return load


# A hedged "by Friday" on a Monday (not a promise said outright): four days ahead, the text's
# only date phrase, at its end, on no dated line, the rules' ranking 1 (no commitment's words).
HEDGED = "Thanks for coming in. I think they might look at it by Friday, who knows."


@pytest.mark.parametrize(
    ("feature", "vetoed"),
    [
        ("f:kind=weekday", True),
        ("f:ahead=4-7", True),
        ("f:dates=1", True),
        ("f:dated=no", True),
        ("f:where=bottom", True),
        ("f:tier=1", True),  # (hedged: no commitment's words near it)
        # Facts this reading does not have: the model has nothing against it.
        ("f:kind=business_days", False),
        ("f:ahead=8-14", False),
        ("f:dates=2", False),
        ("f:dated=yes", False),
        ("f:where=top", False),
        ("f:tier=2", False),
    ],
)
def test_the_reader_hands_the_readings_facts_to_the_veto(monkeypatch, feature, vetoed):
    monkeypatch.setattr(model, "load", _a_model_that_doubts(feature))
    reading = read_timeline(HEDGED, MON, LONDON, "GB")
    if vetoed:
        assert reading is None
    else:
        assert reading is not None and reading.deadline == FRIDAY


def test_the_facts_follow_the_reading_through_the_text(monkeypatch):
    """Where it stands and how many date phrases there are, read from the text at hand."""
    talk = " I liked the team and the office."
    moved = talk.strip() + talk * 5 + " " + HEDGED + " They meet on Wednesday." + talk * 4
    monkeypatch.setattr(model, "load", _a_model_that_doubts("f:where=bottom"))
    reading = read_timeline(moved, MON, LONDON, "GB")  # now in its middle third
    assert reading is not None and reading.deadline == FRIDAY
    monkeypatch.setattr(model, "load", _a_model_that_doubts("f:where=middle"))
    assert read_timeline(moved, MON, LONDON, "GB") is None
    monkeypatch.setattr(model, "load", _a_model_that_doubts("f:dates=2"))
    assert read_timeline(moved, MON, LONDON, "GB") is None


# A promise said in so many words, then news enough after it for the outright veto to ask.
PROMISE = "We'll let you know by Friday."
NEWS = (
    " Update from me later on: Friday came and went without a word from them. I chased "
    "twice and heard nothing back at all, so I am moving on now and applying elsewhere."
)


@pytest.mark.parametrize(("feature", "vetoed"), [("f:tier=2", True), ("f:tier=1", False)])
def test_the_outright_veto_is_handed_the_facts_too(monkeypatch, feature, vetoed):
    monkeypatch.setattr(model, "load", _a_model_that_doubts(feature, outright_below=0.1))
    reading = read_timeline(PROMISE + NEWS, MON, LONDON, "GB")
    assert (reading is None) is vetoed


# Said on Wednesday 13 May 2026 in Sweden, where Thursday the 14th is Ascension Day.
WED = dt.datetime(2026, 5, 13, 19, 40)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Counted from Monday the 11th: Tue 12, Wed 13, (Ascension), Fri 15.
        (
            "The day before yesterday the recruiter said they'd give me an answer within three "
            "working days.",
            dt.date(2026, 5, 15),
        ),
        ("Day before yesterday HR said they'd decide in a week.", dt.date(2026, 5, 18)),
        # Yesterday is still the day before.
        ("Yesterday HR said they'd decide in a week.", dt.date(2026, 5, 19)),
    ],
)
def test_a_promise_made_the_day_before_yesterday_counts_from_then(text, day):
    reading = read_timeline(text, WED, "Europe/Stockholm", "SE")
    assert reading is not None and reading.deadline == day


@pytest.mark.parametrize(
    "text",
    [
        "Hiring manager said they'd circle back in 3 business days. That was Monday afternoon.",
        "Hiring manager said they'd circle back in 3 business days. That was on Monday.",
    ],
)
def test_that_was_a_weekday_dates_the_promise_told_before_it(text):
    # Said on Monday the 11th: Tue 12, Wed 13, Thu 14 (not counted from Wednesday, now).
    reading = read_timeline(text, WED, LONDON, "GB")
    assert reading is not None and reading.deadline == dt.date(2026, 5, 14)


def test_that_was_the_plan_is_no_moment():
    text = "The interview is next week. That was the plan. We will call you on Monday."
    reading = read_timeline(text, WED, LONDON, "GB")
    assert reading is not None and reading.deadline == dt.date(2026, 5, 18)


@pytest.mark.parametrize(
    ("now", "zone", "country", "day"),
    [
        # Wednesday 29 July 2026: British Columbia's and Nova Scotia's August long weekend
        # (Monday 3 August) -> Tuesday 4th, that week's Friday.
        (dt.datetime(2026, 7, 29, 10), "America/Vancouver", "CA", dt.date(2026, 8, 7)),
        (dt.datetime(2026, 7, 29, 10), "America/Halifax", "CA", dt.date(2026, 8, 7)),
        (dt.datetime(2026, 7, 29, 10), "America/Toronto", "CA", dt.date(2026, 8, 7)),
        # Quebec has none in August: Labour Day, 7 September.
        (dt.datetime(2026, 7, 29, 10), "America/Montreal", "CA", dt.date(2026, 9, 11)),
        # Monday 21 September 2026: Victoria's Friday before the AFL Grand Final (25th), New
        # South Wales's Labour Day (Monday 5 October).
        (dt.datetime(2026, 9, 21, 10), "Australia/Melbourne", "AU", dt.date(2026, 10, 2)),
        (dt.datetime(2026, 9, 21, 10), "Australia/Sydney", "AU", dt.date(2026, 10, 9)),
    ],
)
def test_the_long_weekend_is_the_speakers_provinces_or_states(now, zone, country, day):
    reading = read_timeline("We'll decide after the long weekend.", now, zone, country)
    assert reading is not None and reading.deadline == day


@pytest.mark.parametrize(
    ("said", "now", "day"),
    [
        # December 2025 opens on a Monday: its first week is 1-7 December, ending Friday 5th.
        ("by the end of the first week of December", dt.datetime(2025, 11, 21), "2025-12-05"),
        # January 2025 opens on a Wednesday: the week holding the 7th (6-12), Friday 10th.
        ("in the first week of January", dt.datetime(2024, 12, 2), "2025-01-10"),
        # June 2026 opens on a Monday: the second week is 8-14 June, Friday 12th.
        ("the second week of June", dt.datetime(2026, 5, 20), "2026-06-12"),
        # The last week of a month is still its last day.
        ("in the last week of January", dt.datetime(2026, 12, 2), "2027-01-31"),
    ],
)
def test_a_numbered_week_of_a_month_ends_on_its_friday(said, now, day):
    reading = read_timeline(f"We will decide {said}.", now, LONDON, "GB")
    assert reading is not None and reading.deadline.isoformat() == day


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        ("They will send the final selected list end of this week.", True),
        ("They'll share the selected list of candidates by Friday.", True),
        # The candidate's own lists: asked of them, or their own sending.
        ("Please send the final list of referees by Friday.", False),
        ("I'll send the final list by Friday.", False),
        ("Can you send the final list by Friday?", False),
    ],
)
def test_the_list_of_those_chosen_sent_is_a_promise(text, promised):
    tue = dt.datetime(2027, 1, 19, 8, 45)
    reading = read_timeline(text, tue, "Asia/Riyadh", "SA")
    if promised:
        assert reading is not None and reading.deadline == dt.date(2027, 1, 22)
    else:
        assert reading is None
