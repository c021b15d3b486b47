"""What stop 35 found with the new corpora CQ and CR, in our own words. Each case names the
moment it was written (Saturday 5 December 2026, London, unless it says otherwise)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

LONDON = ("Europe/London", "GB")
SAT_5_DEC = dt.datetime(2026, 12, 5, 11, 0)
WED_9_DEC = dt.datetime(2026, 12, 9, 9, 30)


def _read(text: str, now: dt.datetime = SAT_5_DEC) -> str | None:
    reading = read_timeline(text, now, *LONDON)
    return reading.deadline.isoformat() if reading else None


def test_a_tie_shows_the_phrase_said_as_the_deadline() -> None:
    # On a Saturday "this week" is the coming week, so both phrases give Friday the 11th:
    # the words shown to the user are the promise's, not the interviews'.
    reading = read_timeline(
        "Priya said they have two more candidates this week and will decide by the end of next"
        " week.",
        SAT_5_DEC,
        *LONDON,
    )
    assert reading is not None
    assert reading.deadline == dt.date(2026, 12, 11)
    assert reading.phrase == "by the end of next week"


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The panel is whom the news comes from, not an event with a date of its own.
        ("You will hear from the panel by Friday.", WED_9_DEC, "2026-12-11"),
        (
            "We should have feedback from the panel by the end of next week.",
            SAT_5_DEC,
            "2026-12-11",
        ),
        (
            "Should have feedback from the hiring panel EOW, I'll ping you here",
            WED_9_DEC,
            "2026-12-11",
        ),
        # A wait that is over is no promise; one still running is.
        (
            "Online tests, then a panel. Received the offer two days after. Whole process took"
            " about three weeks.",
            SAT_5_DEC,
            None,
        ),
        ("The process takes 7-10 business days.", WED_9_DEC, "2026-12-23"),
        # "Not till" is a lower bound the writer guesses, not the promise.
        (
            "HR will reach out within 3 business days. Monday's a holiday so probably not till"
            " next week.",
            WED_9_DEC,
            "2026-12-14",
        ),
        # A start on a day is a start date, not the start of the month.
        (
            "They'll decide by the end of next week. They mentioned a start of Jan 4.",
            SAT_5_DEC,
            "2026-12-11",
        ),
        ("We will decide by the start of January.", SAT_5_DEC, "2027-01-10"),
        # A half of next year.
        ("We will confirm by the end of the first half of next year.", SAT_5_DEC, "2027-06-30"),
        ("We will confirm by the end of the second half of this year.", SAT_5_DEC, "2026-12-31"),
        # Said at a weekday's meeting gone by: counted from that day (Friday 4 December), and
        # a day number in brackets after it is that day's, not next month's.
        (
            "At Friday's interview the manager said they'd give feedback within 5 working days.",
            WED_9_DEC,
            "2026-12-11",
        ),
        (
            "At Friday's interview (the 4th) the manager said feedback within 5 working days.",
            WED_9_DEC,
            "2026-12-11",
        ),
        # ... not a meeting still to come.
        (
            "Before Friday's panel, she said they will decide within 5 working days.",
            WED_9_DEC,
            "2026-12-16",
        ),
        # A vacancy open until a day is the advert's close, not the answer.
        (
            "They said results go out once the process is finalised, and the position is open"
            " until the 30th anyway for other applicants.",
            SAT_5_DEC,
            None,
        ),
        (
            "Applications are open until the 18th; we will decide by the 8th of next month.",
            SAT_5_DEC,
            "2027-01-08",
        ),
        # Inductions, plural, are an event too: the promise is the day before them.
        (
            "Inductions run on 12 January and we'll let you know either way by Friday 8 January.",
            SAT_5_DEC,
            "2027-01-08",
        ),
        # The first week back, the week of her return: the Friday of the week holding the
        # first day back (Monday 14 December).
        (
            "The VP is off until 14 December, but we'll have an answer within the first week back.",
            SAT_5_DEC,
            "2026-12-18",
        ),
        (
            "She is on leave and back on the 14th. Expect feedback within the week of her return.",
            SAT_5_DEC,
            "2026-12-18",
        ),
        # An out-of-office reply: "that week" after an event gone by is the week of the
        # return (PRODUCT.md), not the event's.
        (
            "I am out of the office until Tuesday 8 December. Regarding the interviews held on"
            " 2 December: all candidates will receive feedback by the end of that week.",
            SAT_5_DEC,
            "2026-12-11",
        ),
        (
            "I'm back on Monday 14 December. The panel meets on Wednesday 23 December and we'll"
            " decide by the end of that week.",
            SAT_5_DEC,
            "2026-12-25",
        ),
        # ... but a panel that meets on a day is still that day's event.
        ("The panel meets on Monday and you will hear the day after.", SAT_5_DEC, "2026-12-08"),
    ],
)
def test_stop_35_readings(text: str, now: dt.datetime, expected: str | None) -> None:
    assert _read(text, now) == expected


def test_the_end_of_term_named_in_brackets_is_that_day() -> None:
    text = "You will hear from us by the end of term (term ends Friday 18 December)."
    assert _read(text) == "2026-12-18"
    # ... and a term's end said alone is still the school's calendar, not the answer.
    assert _read("Our term ends on Friday 18 December; we will decide in January.") == (
        "2027-01-31"
    )


def test_a_promise_kept_fair_play_is_no_date_pending() -> None:
    assert _read("boots said theyd ring by friday and fair play they did lol. didnt get it") is None
    assert _read("boots said theyd ring by friday, still waiting lol") == "2026-12-11"


def test_a_day_then_at_the_latest_another_is_the_later() -> None:
    assert _read("The client will decide Tuesday, at the latest Wednesday.") == "2026-12-09"
    assert _read("The client will decide on Tuesday, Wednesday at the latest.") == "2026-12-09"
    assert _read("A decision in January, by 15.1. at the latest.") == "2027-01-15"


def test_a_date_said_instead_of_another_wins() -> None:
    text = (
        "I'd normally say you'll hear from us by Friday, but Friday is Christmas Day, so we'll"
        " let you know by Thursday 24th instead."
    )
    assert _read(text, dt.datetime(2026, 12, 18, 17, 0)) == "2026-12-24"
    assert _read("We said Monday but we'll now call you on Tuesday instead.") == "2026-12-08"


def test_a_holiday_named_by_its_date() -> None:
    # After it: the Friday of the week of the first business day after (Monday 14 December is
    # no holiday in England: Friday the 18th); before it: the business day before.
    assert _read("We will decide after the 14 December holiday.") == "2026-12-18"
    assert _read("We will decide before the 14 December holiday.") == "2026-12-11"
    text = "The committee will meet after the 14 December holiday. We'll tell you after that."
    assert _read(text) == "2026-12-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please allow the next 7-10 business days for the team to complete its review.",
            "2026-12-18",
        ),
        ("it'll be a month or so before i can confirm either way", "2027-01-05"),
        ("It's two weeks before I start at the new place.", None),
        ("We'll let you know before school breaks up on Friday 18 December.", "2026-12-17"),
    ],
)
def test_stop_35_waits_and_breaks(text: str, expected: str | None) -> None:
    assert _read(text) == expected
