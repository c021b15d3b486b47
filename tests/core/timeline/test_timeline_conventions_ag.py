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
