"""Stop 44's findings (misses of the tuning corpora, written again in our own words), with the
cases that show each rule reaches no further than it should."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

# Thursday 10 December 2026
THURSDAY = dt.datetime(2026, 12, 10, 11, 0)


def _read(text: str, now: dt.datetime = THURSDAY, zone: str = "America/New_York", country="US"):
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


# "Here we are in December": the month the story is told in, not a month promised.
@pytest.mark.parametrize(
    "now_words", ["Here we are in December", "We're now in December", "It's already December"]
)
def test_the_month_named_as_now_is_no_deadline(now_words: str) -> None:
    text = f"Final round was on November 2. The director said 2-3 weeks. {now_words}, no word."
    assert _read(text) == dt.date(2026, 11, 23)


def test_a_promise_in_this_month_beside_it_is_still_read() -> None:
    text = "We're now in December and the panel said they will decide in December."
    assert _read(text) == dt.date(2026, 12, 31)
