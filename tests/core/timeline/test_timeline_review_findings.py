"""Found by a review of stop 26's change (each failed on its code before the fix)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

MON = dt.datetime(2026, 3, 2, 9, 0)
GB = ("Europe/London", "GB")


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A promised day number is not a past event's day.
        ("I had a great interview and they'll decide by the 20th.", MON, dt.date(2026, 3, 20)),
        # The writer's own promise, said now, is not counted from a date before it.
        (
            "Hi Sam, thanks for your patience since your interview on 23 February. The panel has "
            "now met, and as promised we will come back to you within 5 working days.",
            MON,
            dt.date(2026, 3, 9),
        ),
        (
            "Dear Sam, thank you for attending the interview on 20 February. As mentioned, we "
            "will be in touch within 10 working days.",
            dt.datetime(2026, 3, 6, 9, 0),
            dt.date(2026, 3, 20),
        ),
        # A date a sentence before that no one spoke on.
        (
            "The job was posted on 10 February. The recruiter said they'd get back to me within "
            "2 weeks.",
            dt.datetime(2026, 2, 24, 9, 0),
            dt.date(2026, 3, 10),
        ),
        # "that week" is the dated event's week when it is said after the return.
        (
            "I'm back on Monday 9 March. The panel meets on Wednesday 18 March and we'll decide "
            "by the end of that week.",
            MON,
            dt.date(2026, 3, 20),
        ),
        # Not an event: asked to wait for the decision; a plan for a month.
        ("She asked me to wait until Friday for their decision.", MON, dt.date(2026, 3, 6)),
        ("The final decision is planned for April.", MON, dt.date(2026, 4, 30)),
        # A 31st gone by is the last month that has one.
        ("She told me two weeks tops. That was on the 31st.", MON, dt.date(2026, 2, 14)),
        # "last Friday" said at the weekend is this week's.
        (
            "HR rang last Friday and said they need 5 working days.",
            dt.datetime(2026, 3, 8, 12, 0),
            dt.date(2026, 3, 13),
        ),
    ],
)
def test_read(text, now, expected):
    reading = read_timeline(text, now, *GB)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    ("text", "tz", "country"),
    [
        ("We will let you know, though the decision in the end may take longer.", *GB),
        ("HR will get back to me. They plan to cut costs by 3.5 percent.", "Europe/Berlin", "DE"),
        ("We will get back to you after assumption of the new CFO role.", "Europe/Rome", "IT"),
    ],
)
def test_no_date(text, tz, country):
    reading = read_timeline(text, MON, tz, country)
    assert reading is None
