"""Conventions met in blind corpus XX (messages crowded with dates that are not the promise:
interview slots, trials, notice periods, closures), and one left from VV. Each case in our own
words; each failed before the rule it checks, except the guards marked as such."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # "before they break up": the last business day before a closure given with its first
        # day only ("from Thursday 24th"), its month the one before the reopening's.
        (
            "They shut for Christmas from Thursday 24th and aren't back until Monday 4 January."
            " Priya will confirm one way or the other before they break up.",
            dt.datetime(2026, 12, 21, 9, 0),
            ("Europe/London", "GB"),
            dt.date(2026, 12, 23),
        ),
        # ... and "won't be back until" ends that closure the day before it.
        (
            "The site is closing from Wednesday 23rd and won't be back until Monday 4 January."
            " We'll let you know after the closure.",
            dt.datetime(2026, 12, 14, 9, 0),
            ("Europe/London", "GB"),
            dt.date(2027, 1, 8),
        ),
        # "in the new year" after a closure that spans it: the Friday of the week of the first
        # business day after the closure, not after New Year's Day.
        (
            "Heads up: we're closed from December 24 through January 2. We will reach out in "
            "the new year with next steps.",
            dt.datetime(2025, 12, 18, 11, 0),
            ("America/Chicago", "US"),
            dt.date(2026, 1, 9),
        ),
        # "after that" in the promise's sentence: counted from the meeting just proposed.
        (
            "The owner wants to see you too, could you do Thurs 15th at 2? after that we'll "
            "come back to you within 10 days.",
            dt.datetime(2026, 10, 12, 12, 0),
            ("Europe/Dublin", "IE"),
            dt.date(2026, 10, 25),
        ),
        # A habit stated as the team's: "usually gets back to candidates within a week of" the
        # onsite dated above is a promise the model's veto must not drop.
        (
            "Your onsite is booked for Wednesday, 4/15, 9:30 AM at our Denver office; you'll "
            "meet three engineers and a PM.\n\nThe team usually gets back to candidates within"
            " a week of the onsite. Reply here with any questions.",
            dt.datetime(2026, 4, 8, 10, 0),
            ("America/Denver", "US"),
            dt.date(2026, 4, 22),
        ),
        # (VV) A meeting after a holiday, and the answer it gives promised in the same breath:
        # "... and we will call you with feedback" takes up the meeting's date.
        (
            "Thanks for your time today. The directors will meet after the Republic Day holiday "
            "and we will call you with the outcome.",
            dt.datetime(2026, 1, 20, 16, 0),
            ("Asia/Kolkata", "IN"),
            dt.date(2026, 1, 30),
        ),
        # The candidate's notice period, repeated back by the recruiter, is not the answer.
        (
            "The panel will give their feedback within 2 working days. Could you confirm your "
            "notice period too (you mentioned 90 days, they can stretch to 60 days max)?",
            dt.datetime(2026, 7, 7, 17, 0),
            ("Asia/Kolkata", "IN"),
            dt.date(2026, 7, 9),
        ),
    ],
)
def test_read(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    ("text", "now", "zone"),
    [
        # A second trial shift the candidate is asked to, not the answer coming back.
        (
            "Decent shift today, you kept the pass moving. Can you come back Thu 9th for a "
            "dinner service, 5pm start? Rotas get done Friday arvo.",
            dt.datetime(2026, 7, 5, 16, 0),
            ("Australia/Sydney", "AU"),
        ),
        # Guard (passed before): "pick it back up in the new year" after a closure resumes a
        # process and promises no word.
        (
            "Final round done. Office is shut 24 Dec to 5 Jan and they'll pick it back up in "
            "the new year.",
            dt.datetime(2025, 12, 19, 18, 0),
            ("Europe/London", "GB"),
        ),
    ],
)
def test_no_timeline(text, now, zone, monkeypatch):
    # The rules' own reading: the model's veto would hide a rule that let these through.
    monkeypatch.setattr(reader, "rules_only", True)
    assert read_timeline(text, now, *zone) is None


def test_the_new_year_is_not_after_a_summer_closure():
    # Guard (passed before): "in the new year" keeps its own date (the Friday of the week of
    # the first business day after New Year's Day), not the Friday after the August closure.
    reading = read_timeline(
        "We're closed 3-14 August for the summer shutdown. We'll reach out in the new year "
        "about the apprenticeship intake.",
        dt.datetime(2026, 7, 20, 10, 0),
        "Europe/London",
        "GB",
    )
    assert reading is not None and reading.deadline == dt.date(2027, 1, 8)
