"""Conventions met in blind corpora AB (candidates' own notes and chats in many Englishes), AC
(formal and unusual processes) and AD (processes as threads unfold them). Each case in our own
words; each failed before the rule it checks, except the guards marked as such."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revised plan: we should be able to release the offer letter by 14th May.", "2026-05-14"),
        ("Sorry for the wait. You'll have a final answer from me by Friday 15 May.", "2026-05-15"),
        ("Our team will respond to your query within 2 business days.", "2026-05-08"),
        (
            "Once OH have cleared you, you should have your formal offer within 5 working days.",
            "2026-05-13",
        ),
        (
            "The scoring meeting moved to Tuesday. I'll now have an answer for you by Friday "
            "15 May.",
            "2026-05-15",
        ),
        # The promise further back than it used to reach (80 characters then, 100 now).
        (
            "Candidates will normally be notified of the outcome, and can view their feedback, "
            "within 10 working days.",
            "2026-05-20",
        ),
        ("You can expect to hear from the panel within 3 working days.", "2026-05-11"),
    ],
)
def test_promises_in_so_many_words_that_the_model_may_not_veto(monkeypatch, text, expected):
    # A model that vetoes everything: only a promise said outright survives it.
    monkeypatch.setattr(reader.model, "vetoes", lambda _text, _start: True)
    reading = read_timeline(text, dt.datetime(2026, 5, 6, 10, 0), "Europe/London", "GB")
    assert reading is not None and reading.deadline.isoformat() == expected
