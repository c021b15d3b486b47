"""Invariants of the reader over generated moments, zones and phrasings."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.timeline import read_return_date, read_timeline

ZONES = [
    "America/New_York",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Sydney",
    "America/Toronto",
    "UTC",
    "Pacific/Auckland",
]
PHRASES = [
    "by Friday",
    "next Tues",
    "EOW",
    "end of next week",
    "within 5 business days",
    "in 2-3 wks",
    "a fortnight",
    "Monday week",
    "by the 3rd",
    "mid-December",
    "early January",
    "end of Q1",
    "after Thanksgiving",
    "before Christmas",
    "after the new year",
    "by 12/5",
    "Dec 5th",
    "within a week of the onsite on 3/10",
    "tomorrow",
    "in 48 hours",
    "the week of the 14th",
    "post Diwali",
    "after Easter",
    "end of the month",
    "year end",
    "7-10 working days",
]
FILLERS = [
    "We'll decide",
    "You'll hear back",
    "Thanks!",
    "Your start date is Jan 4.",
    "We interviewed on Monday.",
    "Call 212-555-0147.",
    "",
    "We'll be in touch",
    "\n\n",
]

moments = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2030, 12, 31))
texts = st.lists(st.sampled_from(PHRASES + FILLERS), min_size=0, max_size=5).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=texts, now=moments, tz=st.sampled_from(ZONES))
def test_a_reading_points_at_its_words_and_is_never_in_the_past(text, now, tz):
    reading = read_timeline(text, now, tz)
    if reading is None:
        return
    assert text[reading.start : reading.end] == reading.phrase
    if reading.kind != "relative_to_event":
        assert reading.deadline >= now.date()
    assert reading.deadline <= now.date() + dt.timedelta(days=800)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), now=moments, tz=st.sampled_from(ZONES))
def test_any_text_is_read_without_error(text, now, tz):
    for read in (read_timeline, read_return_date):
        reading = read(text, now, tz)
        assert reading is None or text[reading.start : reading.end] == reading.phrase


@settings(max_examples=200, deadline=None)
@given(now=moments, tz=st.sampled_from(ZONES), phrase=st.sampled_from(PHRASES))
def test_a_promise_survives_a_distractor_before_it(now, tz, phrase):
    alone = read_timeline(f"We'll decide {phrase}.", now, tz)
    noisy = read_timeline(f"We interviewed you on Monday. We'll decide {phrase}.", now, tz)
    assert (alone and alone.deadline) == (noisy and noisy.deadline)
