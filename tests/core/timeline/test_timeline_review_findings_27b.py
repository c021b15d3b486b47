"""What a second review of stop 27's change found, each a case that failed on the change
before its fix. (A "no" given above a date no longer ends the timeline at all: it dropped real
promises, "the client originally selected another candidate, who has since withdrawn, so
they'd like to decide by Friday".) Wednesday 4 March 2026 unless said."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 3, 4, 10, 0)
GB = ("Europe/London", "GB")


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        (
            "The client originally selected another candidate, who has since withdrawn, so "
            "they'd like to decide by Friday.",
            GB,
            "2026-03-06",
        ),
        (
            "In the event that we are not progressing your application, we will let you know by "
            "20 March.",
            GB,
            "2026-03-20",
        ),
        (
            "Quick update: the Leeds vacancy has been filled. For Manchester we'll decide by "
            "Friday.",
            GB,
            "2026-03-06",
        ),
        # "Maximo" is a name, not "at the latest".
        (
            "We'll decide next week and let you know by Friday. Maximo will send the forms.",
            ("Asia/Manila", "PH"),
            "2026-03-13",
        ),
        # "at the latest" does not narrow across two steps.
        (
            "I'll call you Monday at the latest to book the final round, and we'll make a "
            "decision in April.",
            GB,
            "2026-04-30",
        ),
        # A line about a deadline that falls today is no heading.
        (
            "Mar 4 - deadline for the hiring manager's decision, per Jo",
            ("America/New_York", "US"),
            "2026-03-04",
        ),
    ],
)
def test_read(text, zone, expected):
    reading = read_timeline(text, NOW, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        # A wait before a promise reads past no distractor in its own clause.
        ("We'll interview the last candidates on Friday, before we make a decision.", GB),
        ("Can you send the signed NDA by Monday, before we confirm the offer?", GB),
        ("Other offer: I have until Friday before I have to respond.", GB),
        # A newer "no timeline" over the form letter quoted below it.
        (
            "Hi Sam, sorry, the panel hasn't met yet so I have no timeline for you at the "
            "moment.\n\nOn 10 Feb 2026, Jo wrote:\n> If you have not heard from us by 20 March, "
            "please assume your application has been unsuccessful.",
            GB,
        ),
        # Places and names that are holidays' names without their "Day".
        ("We'll have an answer after Columbus.", ("America/New_York", "US")),
        ("I'll update you after Rizal, the team is away.", ("Asia/Manila", "PH")),
    ],
)
def test_no_timeline(text, zone):
    assert read_timeline(text, NOW, *zone) is None


def test_an_early_january_week_said_in_december():
    reading = read_timeline(
        "We'll make a decision by the end of week 3.",
        dt.datetime(2026, 12, 10, 10, 0),
        "Europe/Berlin",
        "DE",
    )
    assert reading is not None and reading.deadline == dt.date(2027, 1, 22)
