"""What stop 33 found with the new corpora CI and CJ, in our own words. Each case names the
moment it was written (Thursday 26 November 2026, London, unless it says otherwise)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

LONDON = ("Europe/London", "GB")
THU_26_NOV = dt.datetime(2026, 11, 26, 15, 30)


def _read(text: str, now: dt.datetime = THU_26_NOV) -> str | None:
    reading = read_timeline(text, now, *LONDON)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A message promised on WhatsApp, by e-mail or DM, after something else they will do.
        ("I'll run it past the owner and WhatsApp you by Friday latest", "2026-11-27"),
        ("Will check with the team and email u by Tuesday", "2026-12-01"),
        # An event the promise waits for, then its time: the time is the promise's.
        (
            "I'll circle back post-offsite, realistically late next week or early the week after.",
            "2026-12-07",
        ),
        ("We'll come back to you after the audit, probably the end of next week.", "2026-12-04"),
        # A week named by its Monday's day number.
        ("Will be in touch w/c 7th", "2026-12-11"),
        ("The panel will let you know the week commencing 14th.", "2026-12-18"),
        # Before something that starts on a day: the business day before it.
        ("You'll hear from me before the students go back on Monday 4 January.", "2026-12-31"),
        ("HR will confirm before the new intake starts on 14 December.", "2026-12-11"),
        # A break named with its first day after "which", said with "for us".
        (
            "You will hear from me before the festive break, which for us starts on 18 December.",
            "2026-12-17",
        ),
        # A shutdown's first day without its month, and "before we shut" after it.
        (
            "Our winter shutdown starts Monday the 21st and runs a fortnight. I'll confirm one way"
            " or the other before we shut.",
            "2026-12-18",
        ),
        # Two weekdays as alternatives, the modifier or the lead said once: the later one.
        ("The client will give feedback next Wednesday or Thursday.", "2026-12-03"),
        ("The area manager has to sign off, so give me till mon or tues.", "2026-12-01"),
        # "the other person" is the other candidate, not another matter.
        (
            "They will decide between me and one other person after the new year holiday.",
            "2027-01-08",
        ),
        # A weekday named with its day number after ", day".
        ("We will give you a return until friday, day 4.", "2026-12-04"),
        # A wait counted from the interview or meeting whose day the text gave before.
        (
            "Thanks for interviewing with us on Monday 23 November. We will get back to you"
            " within 5 business days of your interview.",
            "2026-11-30",
        ),
        (
            "Thank you for meeting the team on Tuesday. You will hear from us within a week of"
            " your meeting.",
            "2026-12-01",
        ),
        # The results they announce, not the ones the candidate is asked to send.
        (
            "Final results will be announced on the portal on Friday 4 December. Successful"
            " candidates will be asked to submit medical results by 18 December.",
            "2026-12-04",
        ),
        # A day with its date after "close of business on"; whom they write to, not when.
        (
            "The panel meets again on 1 December, and we will write to everyone who attended by"
            " close of business on Friday 11 December.",
            "2026-12-11",
        ),
        # A German weekday after an English "by", and the promise in German amid English.
        ("We will send you our Rückmeldung by Donnerstag next week at the latest.", "2026-12-03"),
    ],
)
def test_phrasings_found_with_the_new_corpora(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # What the candidate is asked to do, or what a business needs, is no promise.
        "We need the new starters trained before peak starts on 3 December.",
        # A week commencing said of something else.
        "Your induction is w/c 7th, bring your passport.",
        # A date promised before and taken back, or no new date for a postponed decision.
        "The client paused the role, so they won't give feedback on Friday like they said.",
        "The decision meeting has been postponed and I'm not yet able to give you a revised date.",
        # Another employer's offer the candidate must answer, and a lower bound.
        "I know you've got that other offer to answer by Friday, I'll let you know asap.",
        "We're waiting on the funding. Won't hear on that before the 20th. I'll call you after.",
    ],
)
def test_and_what_stays_no_timeline(text: str) -> None:
    assert _read(text) is None
