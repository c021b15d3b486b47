"""Stop 45's findings (misses of the tuning corpora, written again in our own words), with the
cases that show each rule reaches no further than it should."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

# Tuesday 19 January 2027
TUESDAY = dt.datetime(2027, 1, 19, 8, 40)


def _read(text: str, now: dt.datetime = TUESDAY, zone: str = "Europe/London", country="GB"):
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


# "Spoke to Gemma at the agency on Friday": the call gone by is when the promise after it was
# said, with no "I" and with whom and where between.
@pytest.mark.parametrize(
    "call",
    [
        "Spoke to Gemma at the agency on Friday.",
        "Spoke to Gemma on Friday (15th).",
        "I spoke with the recruiter on Friday.",
    ],
)
def test_a_call_gone_by_is_when_it_was_said(call: str) -> None:
    text = f"{call} She said the client is making their decision in a couple of weeks."
    assert _read(text) == dt.date(2027, 1, 29)


def test_a_call_to_come_is_not_when_it_was_said() -> None:
    text = "I'll speak to Gemma on Friday. She said the client will decide in a couple of weeks."
    assert _read(text) == dt.date(2027, 2, 2)


# "... before my contract ends on 12 Feb": the writer's own date, even with "sorted" (a word
# of deciding) before it; the contract's words end just before the date's "on".
def test_a_contracts_end_is_not_the_promise() -> None:
    text = (
        "Spoke to Gemma on Friday (15th). She said the client's making their decision in a "
        "couple of weeks. Honestly just want it sorted before my contract ends on 12 Feb."
    )
    assert _read(text) == dt.date(2027, 1, 29)
