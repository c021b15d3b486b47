"""What a candidate reports afterwards counts from when it was said (PRODUCT.md's moment of
speaking), met in blind corpora QQ and SS: forum posts, reviews, notes to a mentor. Each case
in our own words; each failed before, except the edges marked."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NY = "America/New_York"


@pytest.mark.parametrize(
    ("text", "tz", "country", "now", "expected"),
    [
        # "yesterday", before the telling or inside it.
        (
            "HR rang yesterday, said they need 3-5 working days to come back on the outcome.",
            "Asia/Singapore",
            "SG",
            dt.datetime(2025, 6, 3, 12, 0),
            dt.date(2025, 6, 9),
        ),
        (
            "HR said yesterday the offer letter will come in 2-3 days. Fingers crossed.",
            "Asia/Kolkata",
            "IN",
            dt.datetime(2025, 10, 14, 11, 0),
            dt.date(2025, 10, 16),
        ),
        # "last Monday": that day of last week.
        (
            "Last Monday the manager told me she'd have an answer by the end of the week. It's "
            "now Tuesday of the week after, nothing.",
            "America/Chicago",
            "US",
            dt.datetime(2026, 8, 18, 12, 0),
            dt.date(2026, 8, 14),
        ),
        # The moment said just after the promise.
        (
            "she told me two weeks tops. that was on the 20th. I am losing my mind",
            NY,
            "US",
            dt.datetime(2026, 4, 29, 22, 0),
            dt.date(2026, 5, 4),
        ),
        (
            "said 2 wks. that was 3 wks ago",
            NY,
            "US",
            dt.datetime(2026, 10, 21, 23, 0),
            dt.date(2026, 10, 14),
        ),
        (
            "The recruiter said 7-10 business days when I did the final on the 9th. Presidents "
            "Day is in there too.",
            NY,
            "US",
            dt.datetime(2026, 2, 19, 8, 0),
            dt.date(2026, 2, 24),
        ),
        # A day number said as the day of a past event is the last such day, and a span
        # "of the panel" counts from it.
        (
            "I did the panel with the council (Planner II) on Thursday the 26th. At the end HR "
            "said they'd contact the successful candidate within 10 business days of the panel.",
            "America/Toronto",
            "CA",
            dt.datetime(2026, 3, 30, 8, 0),
            dt.date(2026, 4, 10),
        ),
        # A debrief note's date heads the lines below it: a span said there counts from it.
        (
            "my notes - 2nd interview, Galway County Council\nTue 14/10, 10.30, County Hall\n"
            "panel: Director of Services, HR, an external assessor\n- long question on the "
            "housing programme, went well I think\n- HR said outcome within the fortnight, then "
            "panel order of merit\n- vetting takes ages apparently",
            "Europe/Dublin",
            "IE",
            dt.datetime(2025, 10, 20, 19, 0),
            dt.date(2025, 10, 28),
        ),
    ],
)
def test_counted_from_when_it_was_said(text, tz, country, now, expected):
    reading = read_timeline(text, now, tz, country)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (Edges: said today, or a promise with no telling: from now.)
        (
            "Had the interview yesterday. Today HR emailed: we will decide within 5 working days.",
            dt.date(2026, 3, 9),
        ),
        ("The interview was last Monday. They will let us know by Friday.", dt.date(2026, 3, 6)),
    ],
)
def test_said_now_counts_from_now(text, expected):
    reading = read_timeline(text, dt.datetime(2026, 3, 2, 9, 0), "Europe/London", "GB")
    assert reading is not None and reading.deadline == expected
