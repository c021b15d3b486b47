"""read_return_date: the day the writer of an out-of-office reply is back."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_return_date

THU = dt.datetime(2026, 11, 26, 15, 30)
NY = "America/New_York"
LONDON = "Europe/London"


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("I'm out until Monday 7 Dec", NY, "2026-12-07"),
        ("I am out of the office, returning 16/12.", LONDON, "2026-12-16"),
        ("I'm returning to the office on Tuesday 1 December.", NY, "2026-12-01"),
        ("I am currently out of the office and will be back on the 3rd.", NY, "2026-12-03"),
        ("Returning January 5.", NY, "2027-01-05"),
        ("I'm out of the office until 12/7.", NY, "2026-12-07"),
        ("I'll be back in the office on Tuesday, December 1st.", NY, "2026-12-01"),
        ("Out of office: back Monday.", NY, "2026-11-30"),
        ("Back tomorrow.", NY, "2026-11-27"),
        ("I'm OOO for Thanksgiving and back next week.", NY, "2026-11-30"),
        ("I'll be back early next week.", NY, "2026-11-30"),
        ("I'm travelling with limited access to email until Wednesday.", NY, "2026-12-02"),
        ("I'm on parental leave until the end of January.", NY, "2027-01-31"),
        ("I'm away for two weeks, returning on 10 December.", LONDON, "2026-12-10"),
        ("Auto-reply: I am on vacation and will return in 2 weeks.", NY, "2026-12-10"),
        ("I'm out from Dec 21 and back in the office on January 4th.", NY, "2027-01-04"),
        # The issue's own example: a range after "from" gives the first business day after it
        # (Thursday 10 December; the "from" must not read the range as a start).
        ("I'm out of the office from Dec 1-9 with limited access to email.", NY, "2026-12-10"),
        (
            "Thank you for your email. I am away until 14/12 and will respond on my return.",
            LONDON,
            "2026-12-14",
        ),
        (
            "I'm out of office this week, back on Monday 30th November. For urgent matters call "
            "212-555-0100.",
            NY,
            "2026-11-30",
        ),
        ("Sent: Monday, November 23, 2026\nI'm out until Monday, November 30.", NY, "2026-11-30"),
        (
            "I am on leave till 2nd Dec. Please contact hr@acme.in for urgent queries.",
            "Asia/Kolkata",
            "2026-12-02",
        ),
        ("Out of the office until after the holidays.", NY, "2027-01-04"),
    ],
)
def test_it_reads_the_day_they_are_back(text, tz, expected):
    reading = read_return_date(text, THU, tz)
    assert reading is not None
    assert reading.deadline.isoformat() == expected
    assert text[reading.start : reading.end] == reading.phrase


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        # The last day away is given: they are back on the next business day.
        ("I'm out of the office through Friday, December 4, with limited email.", NY, "2026-12-07"),
        ("I'm on annual leave from 30 November to 4 December inclusive.", LONDON, "2026-12-07"),
        ("I will be out of the office Nov 25-30 and will reply when I return.", NY, "2026-12-01"),
    ],
)
def test_the_last_day_away_gives_the_next_business_day(text, tz, expected):
    assert read_return_date(text, THU, tz).deadline.isoformat() == expected


def test_a_range_across_the_new_year_skips_the_holidays():
    reading = read_return_date(
        "Out of office from 24 Dec - 3 Jan.", dt.datetime(2026, 12, 18), LONDON
    )
    assert reading.deadline == dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    "text",
    [
        "I'm out from 21 December.",
        "Thanks for your message, I'll reply as soon as I can.",
        "I was out of the office on Monday 23 November.",
        "",
    ],
)
def test_it_returns_nothing_without_a_return_date(text):
    assert read_return_date(text, THU, NY) is None
