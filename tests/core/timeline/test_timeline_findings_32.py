"""What stop 32 found: a second promise joined by "and", in our own words. Each case names the
moment it was written."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

LONDON = ("Europe/London", "GB")

# Thursday 26 November 2026.
THU_26_NOV = dt.datetime(2026, 11, 26, 15, 30)


def _read(text: str) -> str | None:
    reading = read_timeline(text, THU_26_NOV, *LONDON)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "let me know" / "get back to me" joined by "and" to what they said they would do:
        # their second promise, not a request of the candidate. The latest date wins.
        (
            "She said they would decide by the end of next week and get back to me by Friday 11"
            " December at the latest.",
            "2026-12-11",
        ),
        (
            "They will decide by the end of next week and let me know by Friday 11 December.",
            "2026-12-11",
        ),
        ("HR will review the panel's notes and get back to me by Friday.", "2026-11-27"),
        (
            "Kylie told me they'd finish the reference checks and let me know by the end of next"
            " week.",
            "2026-12-04",
        ),
    ],
)
def test_a_second_promise_joined_by_and(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Asked of the candidate: "you", "please" or a question is the subject.
        "She will send the forms on Monday and you get back to me by Friday.",
        "They'll send the contract Monday and please let me know by Friday.",
        "Can you send your references by Monday and let me know by Friday?",
    ],
)
def test_what_is_asked_of_the_candidate_stays_no_promise(text: str) -> None:
    assert _read(text) is None
