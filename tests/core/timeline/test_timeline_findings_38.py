"""Stop 38's findings on published text: threads pasted oldest first, and the newest
message's offer or invitation that settles what an older one promised.

Each case was a miss of the tuning corpus DP (ATS and HR mail pasted whole), written again in
our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

OLDEST_FIRST = """From: Gwen Morris <gwen.morris@larchfield.co.uk>
Sent: 02 June 2025 16:21
To: Tom Baker
Subject: Interview - Site Surveyor

Hi Tom,
Thanks for coming in today. We aim to let you know by Friday 6 June.
Gwen

From: Gwen Morris <gwen.morris@larchfield.co.uk>
Sent: 05 June 2025 09:47
To: Tom Baker
Subject: RE: Interview - Site Surveyor

Hi Tom,
Sorry, two of the panel are away this week. We now expect to let you know by Wednesday 11 June.
Gwen
"""


def test_a_thread_pasted_oldest_first_is_read_newest_first() -> None:
    reading = read_timeline(OLDEST_FIRST, dt.datetime(2025, 6, 5, 10, 30), "Europe/London", "GB")
    assert reading is not None
    assert reading.deadline == dt.date(2025, 6, 11)
    # The words are found where they stand in the text as pasted.
    assert OLDEST_FIRST[reading.start : reading.end] == reading.phrase


def test_the_same_thread_newest_first_reads_the_same() -> None:
    first, second = OLDEST_FIRST.split("\n\nFrom: ")
    newest_first = "From: " + second + "\n" + first + "\n"
    reading = read_timeline(newest_first, dt.datetime(2025, 6, 5, 10, 30), "Europe/London", "GB")
    assert reading is not None and reading.deadline == dt.date(2025, 6, 11)


def test_messages_whose_dates_do_not_go_forward_are_left_as_pasted() -> None:
    # The second header is older: not a thread listed oldest first.
    text = OLDEST_FIRST.replace("Sent: 05 June 2025 09:47", "Sent: 01 June 2025 09:47")
    reading = read_timeline(text, dt.datetime(2025, 6, 5, 10, 30), "Europe/London", "GB")
    assert reading is not None and reading.deadline == dt.date(2025, 6, 6)


@pytest.mark.parametrize(
    "newest",
    [
        "Unfortunately we have decided to move forward with another candidate. Best of luck.",
        "Good news - the directors would like to offer you the Site Surveyor position. The"
        " letter is attached.",
        "We would like to invite you back for a second interview on Tuesday 17 June at 10am.",
    ],
)
def test_the_newest_message_settles_the_older_promise(newest: str) -> None:
    text = OLDEST_FIRST.replace(
        "Sorry, two of the panel are away this week. We now expect to let you know by Wednesday"
        " 11 June.",
        newest,
    )
    assert read_timeline(text, dt.datetime(2025, 6, 5, 10, 30), "Europe/London", "GB") is None


def test_a_forwarded_chain_oldest_first_with_a_line_above_it() -> None:
    text = (
        "fwd from my work laptop, see below\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ana Ruiz <ana@portwell.ie>\n"
        "Date: Tue, 3 Jun 2025 at 15:10\n"
        "Subject: Lab Analyst\n"
        "To: Kim Doyle\n\n"
        "Hi Kim, thanks for today. We'll be in touch within 10 working days.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ana Ruiz <ana@portwell.ie>\n"
        "Date: Wed, 11 Jun 2025 at 09:32\n"
        "Subject: RE: Lab Analyst\n"
        "To: Kim Doyle\n\n"
        "Hi Kim, the panel needs another week; you will hear from us by Friday 20 June.\n"
    )
    reading = read_timeline(text, dt.datetime(2025, 6, 11, 10, 0), "Europe/Dublin", "IE")
    assert reading is not None and reading.deadline == dt.date(2025, 6, 20)
    assert text[reading.start : reading.end] == reading.phrase


def test_an_offer_only_hoped_for_settles_nothing() -> None:
    text = OLDEST_FIRST.replace(
        "Sorry, two of the panel are away this week. We now expect to let you know by Wednesday"
        " 11 June.",
        "If the references come back fine we'd like to offer you the position; we will let you"
        " know by Wednesday 11 June.",
    )
    reading = read_timeline(text, dt.datetime(2025, 6, 5, 10, 30), "Europe/London", "GB")
    assert reading is not None and reading.deadline == dt.date(2025, 6, 11)


# A forum post written days after the interview: what was said there counts from that day
# (the tuning corpus DO's retellings, in our own words).
@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The meeting named after its day, in the sentence before the promise.
        (
            "Last Wednesday I had my final interview at a logistics firm in Abuja. The HR"
            " partner said they would get back to everyone in the next few weeks.",
            dt.datetime(2025, 1, 20, 7, 30),  # a Monday; last Wednesday was 15 January
            dt.date(2025, 2, 5),
        ),
        # "on Tuesday last week": that week's Tuesday, not yesterday.
        (
            "I did the final interview with a builder on Tuesday last week. The head of HR"
            ' said, "You will hear from us in two weeks\' time."',
            dt.datetime(2024, 10, 2, 12, 30),  # a Wednesday; Tuesday last week: 24 September
            dt.date(2024, 10, 8),
        ),
        (
            "Final round at a bank last week (Tue 7th). HR said they'll revert in 2-3 weeks.",
            dt.datetime(2026, 7, 16, 22, 45),  # a Thursday; Tuesday last week: 7 July
            dt.date(2026, 7, 28),
        ),
        # "and" joining the people met, not a clause.
        (
            "Had the final with the controller and the CFO on Friday. CFO said they'd get back"
            " to me by the end of next week.",
            dt.datetime(2026, 11, 24, 8, 40),  # a Tuesday; the Friday was 20 November
            dt.date(2026, 11, 27),
        ),
    ],
)
def test_a_retold_promise_counts_from_the_day_it_was_said(
    text: str, now: dt.datetime, expected: dt.date
) -> None:
    reading = read_timeline(text, now, "Africa/Lagos", None)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # Said today, after a meeting last week: counted from today.
        (
            "Had the interview and the tour on Friday. Today the recruiter emailed: we will"
            " let you know within 5 working days.",
            dt.datetime(2025, 6, 10, 9, 0),  # a Tuesday
            dt.date(2025, 6, 17),
        ),
        # "and they said ...": a clause, the meeting's words end before it.
        (
            "Had the interview and they said by the end of next week, which is odd because"
            " it was Friday.",
            dt.datetime(2026, 11, 24, 8, 40),  # a Tuesday
            dt.date(2026, 12, 4),
        ),
    ],
)
def test_kept_to_their_purpose(text: str, now: dt.datetime, expected: dt.date) -> None:
    reading = read_timeline(text, now, "Europe/London", "GB")
    assert reading is not None and reading.deadline == expected
