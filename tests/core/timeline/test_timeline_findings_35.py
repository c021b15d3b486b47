"""What stop 35 found with the new corpora CQ and CR, in our own words. Each case names the
moment it was written (Saturday 5 December 2026, London, unless it says otherwise)."""

from __future__ import annotations

import datetime as dt

from followup.core.timeline import read_timeline

LONDON = ("Europe/London", "GB")
SAT_5_DEC = dt.datetime(2026, 12, 5, 11, 0)


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
