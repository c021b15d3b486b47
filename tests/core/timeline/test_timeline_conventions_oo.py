"""Conventions met in blind corpus OO (shops, sites, schools, agencies; non-native writers):
each case in our own words. Those read as a timeline failed before the rule they check; the
others guard its edges."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

MON = dt.datetime(2026, 3, 2, 11, 0)  # Monday 2 March 2026


@pytest.mark.parametrize(
    ("text", "tz", "country", "now", "expected"),
    [
        # An event named again: "the day after the meeting" of the date said before.
        (
            "The board meets on the 9th to ratify it and I'll ring you the day after the meeting.",
            "Europe/London",
            "GB",
            MON,
            dt.date(2026, 3, 10),
        ),
        # Reported without the apostrophe, and in the present.
        (
            "int w the shift mgr + hr / asked abt forklift cert, nights ok? yes / pay 19.50 / he "
            "said theyd let me know by thurs / start wd be the 16th if ok",
            "America/Chicago",
            "US",
            MON,
            dt.date(2026, 3, 5),
        ),
        (
            "warehouse interview today w Raul. they ask about my license. they say they decide "
            "end of march, start is may if ok. night shift.",
            "Europe/Madrid",
            "ES",
            MON,
            dt.date(2026, 3, 31),
        ),
        (
            "agency lady say they call me thursday or friday for tell me the shift",
            "Europe/London",
            "GB",
            MON,
            dt.date(2026, 3, 6),
        ),
        # Holidays and units in the writer's own language.
        (
            "Our dispatcher is away over Pfingsten. We will answer you after Pfingsten.",
            "Europe/Berlin",
            "DE",
            dt.datetime(2027, 5, 11, 10, 0),
            dt.date(2027, 5, 21),
        ),
        (
            "Thanks for coming to the Filiale today, we will answer you in 10 Werktagen.",
            "Europe/Berlin",
            "DE",
            MON,
            dt.date(2026, 3, 16),
        ),
        (
            "The result will be sent by e-mail in until 15 business days.",
            "America/Sao_Paulo",
            "BR",
            dt.datetime(2026, 11, 12, 10, 30),
            dt.date(2026, 12, 4),
        ),
        # "20.11" after a deadline's word, where dates are written with dots.
        (
            "We will give you answer until 20.11 (Friday).",
            "Europe/Warsaw",
            "PL",
            dt.datetime(2026, 11, 10, 16, 0),
            dt.date(2026, 11, 20),
        ),
        # A break named with its dates, then "after" it by name alone.
        (
            "It's half term next week (16-20 Feb) so we'll let you know after half term.",
            "Europe/London",
            "GB",
            dt.datetime(2026, 2, 12, 15, 0),
            dt.date(2026, 2, 27),
        ),
        # An absence ending on a weekend: "that week" is the week she is back.
        (
            "Jen is out until Saturday the 14th; she'll answer by the end of that week.",
            "Europe/London",
            "GB",
            MON,
            dt.date(2026, 3, 20),
        ),
        # ... and the return, not a nearer "next week", when both stand before "that week".
        (
            "Spoke to Mark: he's off from Monday and not back in until Tuesday 17th, so nothing"
            " will move next week. He has promised me feedback by the end of that week though.",
            "Europe/London",
            "GB",
            dt.datetime(2026, 3, 6, 17, 0),
            dt.date(2026, 3, 20),
        ),
        # Promises the model must not veto: what the writer can give, a result displayed.
        (
            "The commission meets again on 11 May with the works council. Because of the holidays"
            " (Himmelfahrt and Pfingsten) several members are away, so we can give you a final"
            " answer only after Pfingsten.",
            "Europe/Berlin",
            "DE",
            dt.datetime(2027, 5, 4, 11, 0),
            dt.date(2027, 5, 21),
        ),
        (
            "NOTICE\nThe walk-in interview for Staff Nurse was held on 09.02.2027. The result "
            "shall be displayed on the notice board on or before 19.02.2027. Selected candidates "
            "shall report for verification on 24.02.2027.",
            "Asia/Kolkata",
            "IN",
            dt.datetime(2027, 2, 9, 17, 0),
            dt.date(2027, 2, 19),
        ),
        # A closure's dates with dots, the months' own dots left out.
        (
            "We will send you our decision before our Christmas break (office closed "
            "24.12-06.01). The B2B rate would be 140-160 PLN/h net.",
            "Europe/Warsaw",
            "PL",
            dt.datetime(2026, 12, 16, 14, 0),
            dt.date(2026, 12, 23),
        ),
        # (An edge: "by 12.05 today" is five past twelve, not 12 May.)
        (
            "We will let you know by 12.05 today.",
            "Europe/Warsaw",
            "PL",
            MON,
            dt.date(2026, 3, 2),
        ),
        # An out-of-office above a promise "by the end of that week" of the return.
        (
            "I am out of the office until Tuesday 6 January 2026.\n\nKind regards\nHannah\n\n"
            "-----Original Message-----\nFrom: Hannah Cole\nSent: 19 December 2025 16:02\n"
            "Subject: RE: Site Supervisor\n\nHi Kwame,\n\nThe client has shut for Christmas. I'll "
            "chase them as soon as I'm back and you'll have feedback from me by the end of that "
            "week.\n\nHannah",
            "Europe/London",
            "GB",
            dt.datetime(2025, 12, 22, 10, 0),
            dt.date(2026, 1, 9),
        ),
    ],
)
def test_read(text, tz, country, now, expected):
    reading = read_timeline(text, now, tz, country)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    ("text", "tz", "country"),
    [
        # An induction's day is not the answer.
        (
            "agency say they call me after induction for which shift, induction is wednesday 8am",
            "Europe/London",
            "GB",
        ),
        # "the 3rd to go" is which one, not which day.
        ("She was the 3rd to go in and they will be in touch.", "Europe/London", "GB"),
    ],
)
def test_no_timeline(text, tz, country):
    assert read_timeline(text, MON, tz, country) is None
