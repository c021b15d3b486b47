"""Conventions met in blind corpora AB (candidates' own notes and chats in many Englishes), AC
(formal and unusual processes) and AD (processes as threads unfold them). Each case in our own
words; each failed before the rule it checks, except the guards marked as such."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # A pasted chat: each message counts from its own stamp, not from the paste. (Ten
        # Nigerian working days from Wed 2 Apr 2025 skip nothing: Wed 16 Apr.)
        (
            "[02/04/2025, 15:10] Mr Okon HR: Thanks for coming in today. We will revert with "
            "the outcome within 10 working days.\n[02/04/2025, 15:20] Ada: Thank you sir\n"
            "[07/04/2025, 09:00] Ada: Good morning sir, any news?",
            dt.datetime(2025, 4, 8, 10, 0),
            ("Africa/Lagos", "NG"),
            dt.date(2025, 4, 16),
        ),
        # ... and in the Android export's form, US month first.
        (
            "4/2/25, 3:10 PM - Dana (Recruiter): great chat today! you'll hear back by end of "
            "next week\n4/8/25, 9:02 AM - Me: hi Dana, any update?",
            dt.datetime(2025, 4, 8, 12, 0),
            ("America/Chicago", "US"),
            dt.date(2025, 4, 11),
        ),
    ],
)
def test_read(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline == expected
