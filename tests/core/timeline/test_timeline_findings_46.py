"""Stop 46's findings (misses of the tuning corpora and of stop 45's review, written again in
our own words), with the cases that show each rule reaches no further than it should."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

# Monday 7 December 2026
MONDAY = dt.datetime(2026, 12, 7, 10, 0)


def _read(text: str, now: dt.datetime = MONDAY, zone: str = "Europe/London", country="GB"):
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


# "Video call with HR on the 2nd: ...": a note's line opening with a meeting and its day, its
# notes after the colon, was said that day (a weekday too).
@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        ("Video call with HR on the 2nd:", "2026-12-16"),
        ("Phone screen with the recruiter on the 2nd:", "2026-12-16"),
        ("Video call with HR on Wednesday:", "2026-12-16"),
    ],
)
def test_a_meetings_notes_after_its_day(meeting: str, expected: str) -> None:
    assert _read(f"{meeting} they will decide within two weeks.") == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    "text",
    [
        # To come: no colon after the day.
        "Call with HR on the 20th to talk through the offer. They will decide within two weeks.",
        "Video call with HR on Friday to talk it through. They will decide within two weeks.",
        # A plan's notes after the colon.
        "Video call with HR on Wednesday: chase the offer. They will decide within two weeks.",
    ],
)
def test_a_meeting_to_come_is_not_when_it_was_said(text: str) -> None:
    assert _read(text) == dt.date(2026, 12, 21)


# "Chatted with the recruiter at the agency on Friday. She said ...", "Spoke on the phone with
# Gemma on Friday": the call gone by, however it is named.
@pytest.mark.parametrize(
    "call",
    [
        "Chatted with the recruiter at the agency on Friday.",
        "Talked to Gemma on Friday.",
        "Spoke on the phone with Gemma on Friday.",
    ],
)
def test_a_call_gone_by_in_other_words(call: str) -> None:
    assert _read(f"{call} She said I'll hear within a week.") == dt.date(2026, 12, 11)


def test_a_phone_call_to_come_is_not_when_it_was_said() -> None:
    text = "I'll speak on the phone with Gemma on Friday. She said I'll hear within a week."
    assert _read(text) == dt.date(2026, 12, 14)
