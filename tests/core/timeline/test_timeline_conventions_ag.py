"""Conventions met in blind corpus AG (the mainstream: recruiters in the US, UK, Canada and
Australia). Each case in our own words, read by the rules alone (the model's veto would hide a
rule that let them through); each failed before the rule it checks, except the guards."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader

NOW = dt.datetime(2026, 5, 6, 10, 0)  # a Wednesday


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    monkeypatch.setattr(reader, "rules_only", True)


@pytest.mark.parametrize(
    "text",
    [
        # The hiring team someone will flag it with today: the people, not the answer.
        "To confirm, you have an offer from another firm that you need to respond to by Friday "
        "8th. I'll flag it with Sam and the hiring team today.",
        # A call proposed, not the answer.
        "I came across your profile and I'm recruiting for a PM role. Would you be open to a "
        "quick call next week? I have Tuesday 5/12 open.",
        # The candidate's own task.
        "Final round done, met the CFO. Offers go out after references. Need to give them 3 refs"
        " by Fri.",
    ],
)
def test_no_timeline(text):
    assert read_timeline(text, NOW, "America/New_York", "US") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guards (passed before): "expect a call Monday" is the answer; "our hiring team
        # responds in 3-5 working days" keeps its promise's word.
        ("Manager's reviewing everyone today. Expect a call Monday, Tuesday latest!", "2026-05-12"),
        ("Typically our hiring team responds in 3-5 working days, so hang tight.", "2026-05-13"),
    ],
)
def test_still_read(text, expected):
    reading = read_timeline(text, NOW, "America/New_York", "US")
    assert reading is not None and reading.deadline.isoformat() == expected


def test_a_note_headed_with_todays_date():
    # "may 6 - recruiter said ...": the note's own date, not the answer.
    text = (
        'may 6 - recruiter (Alexis) said I\'m one of 3 finalists!!! decision "very soon". '
        "fingers crossed"
    )
    assert read_timeline(text, NOW, "America/New_York", "US") is None


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # "the week she's back": the Friday of the week of the return.
        (
            "heads up, Renee is away until the 25th. she'll make the final call the week she's "
            "back, will text u as soon as i hear",
            dt.datetime(2026, 5, 18, 19, 0),
            ("America/Toronto", "CA"),
            "2026-05-29",
        ),
        # "after the Fourth with the team's decision".
        (
            "We're closed tomorrow for the holiday, so I'll circle back after the Fourth with the"
            " team's decision.",
            dt.datetime(2026, 7, 2, 16, 0),
            ("America/New_York", "US"),
            "2026-07-10",
        ),
        # Someone back in the office after a long weekend just gone; the promise follows.
        (
            "Client's back in the office today after the long weekend, I'll have feedback for "
            "you Thu or Fri. Cheers",
            dt.datetime(2026, 1, 27, 12, 0),
            ("Australia/Sydney", "AU"),
            "2026-01-30",
        ),
    ],
)
def test_read(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected


def test_a_new_target_for_a_decision_is_a_promise(monkeypatch):
    monkeypatch.setattr(reader, "rules_only", False)
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)
    text = "One panelist was out sick, so we pushed the debrief. New target for a decision is 2/25."
    reading = read_timeline(text, dt.datetime(2026, 2, 14, 10, 0), "America/Chicago", "US")
    assert reading is not None and reading.deadline == dt.date(2026, 2, 25)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "Interviews run between September 1 and September 25. We anticipate notifying "
            "candidates of their results in November 2026.",
            dt.datetime(2026, 9, 8, 10, 0),
            "2026-11-30",
        ),
        (
            "We've completed the final round and the team is comparing notes. We're targeting the "
            "end of the month for a decision, possibly sooner.",
            dt.datetime(2026, 10, 12, 15, 0),
            "2026-10-31",
        ),
        (
            "The vacancy holder is completing the assessment. Outcome notifications will be issued"
            " by 25/06/2027.",
            dt.datetime(2027, 6, 16, 9, 0),
            "2027-06-25",
        ),
    ],
)
def test_promises_the_model_may_not_veto(monkeypatch, text, now, expected):
    monkeypatch.setattr(reader, "rules_only", False)
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)
    reading = read_timeline(text, now, "Europe/London", "GB")
    assert reading is not None and reading.deadline.isoformat() == expected


def test_a_start_date_targeted_is_not_a_promise(monkeypatch):
    # Guard: "the start date we're targeting is 3/16" is the start, whatever the model says.
    monkeypatch.setattr(reader, "rules_only", False)
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)
    text = "Client loved you! I'll text the second I hear. FYI we're targeting a start on 3/16."
    assert read_timeline(text, dt.datetime(2026, 2, 27, 12, 0), "America/Chicago", "US") is None


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The wait, then the promise it is for: "mid-January before we can make a call".
        (
            "Given the holidays and PTO across the team, realistically we're looking at "
            "mid-January before we can make a call on the role.",
            dt.datetime(2025, 12, 11, 10, 0),
            "2026-01-15",
        ),
        # "Thanks for wrapping up ... on Friday": what was done, not the promise's word.
        (
            "Thanks for wrapping up the Superday with us on Friday. We're aiming to get back to "
            "all finalists within 48 hours.",
            dt.datetime(2026, 6, 29, 9, 5),
            "2026-07-01",
        ),
    ],
)
def test_cues_around_the_date(text, now, expected):
    reading = read_timeline(text, now, "America/New_York", "US")
    assert reading is not None and reading.deadline.isoformat() == expected
