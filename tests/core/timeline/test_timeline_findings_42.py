"""Stop 42's findings (misses of the tuning corpora, written again in our own words), with the
cases that show each rule reaches no further than it should."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

# Sunday 6 December 2026
SUNDAY = dt.datetime(2026, 12, 6, 20, 0)
MONDAY = dt.datetime(2026, 12, 7, 9, 0)


def _read(text: str, now: dt.datetime, zone: str = "Europe/London", country: str = "GB"):
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


# What a story tells as said at its meeting counts from the meeting, a sentence later too.
@pytest.mark.parametrize(
    ("text", "expected", "now"),
    [
        # Said at Wednesday 2 December's interview, retold on Monday 7th: the end of the week
        # after it.
        (
            "Last Wednesday I had my final interview at the port authority. HR said they will "
            "inform me by end of next week. Still waiting.",
            "2026-12-11",
            MONDAY,
        ),
        # The meeting named with "the" after its day, no verb: ten days from 2 December.
        (
            "Last Wednesday the interview with the bank's tech team, 3 rounds in one day. The HR "
            "lady said we'll get the result in 10 days.",
            "2026-12-12",
            SUNDAY,
        ),
        # "by the 25th" said on 18 November, retold on 6 December: the 25th gone by.
        (
            "Had my panel interview on 18 November. They said they will confirm by the 25th. "
            "Nothing yet.",
            "2026-11-25",
            SUNDAY,
        ),
    ],
)
def test_said_at_the_meeting_counts_from_it(text: str, expected: str, now: dt.datetime) -> None:
    assert _read(text, now) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "expected", "now"),
    [
        # "this week", said lately of the coming weeks, counts from now.
        (
            "I finished the final interview last Wednesday. HR said they will update me within "
            "this week or next week.",
            "2026-12-18",
            MONDAY,
        ),
        # Said today in so many words: from now.
        (
            "Had my panel interview on 18 November. Today HR said they will confirm by the end "
            "of next week.",
            "2026-12-11",
            SUNDAY,
        ),
        # No meeting in the sentence before: from now.
        (
            "The job was posted on 10 November. HR said they will confirm by the end of next week.",
            "2026-12-11",
            SUNDAY,
        ),
    ],
)
def test_what_was_not_said_at_the_meeting_counts_from_now(
    text: str, expected: str, now: dt.datetime
) -> None:
    assert _read(text, now) == dt.date.fromisoformat(expected)


# A thread's messages under header lines of their own ("Thu 3 Dec 2026, 4:40 pm - Sophie
# (Talent)"): each counts from its day, and a later message's outcome settles an earlier promise.
THURSDAY = dt.datetime(2026, 12, 3, 17, 0)
_EARLIER = (
    "Tue 1 Dec 2026, 9:12 am - Sophie (Talent, Yarra Analytics)\n"
    "Hi Marco, the team is still reviewing, I'll update you by Thursday.\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "Hi Marco, thanks for waiting! You've been shortlisted for the final round.",
        "Hi Marco, good news - offer letter attached! Start date Monday 4 January.",
        "Dear Marco, unfortunately the position of Data Analyst has been cancelled.",
        "Hi Marco! The team would like to move you forward to the final round.",
        "Hi Marco, as promised: we would like to invite you for a second interview.",
        "Hi Marco, great news, the team would like to extend you an offer!",
        "Hi Sophie, I've accepted another offer and would like to withdraw from the process.",
    ],
)
def test_a_later_messages_outcome_settles_the_promise(later: str) -> None:
    newest_first = f"Thu 3 Dec 2026, 4:40 pm - Sophie (Talent, Yarra Analytics)\n{later}\n\n"
    assert _read(newest_first + _EARLIER, THURSDAY, "Australia/Melbourne", "AU") is None
    oldest_first = (
        f"{_EARLIER}\nThu 3 Dec 2026, 4:40 pm - Sophie (Talent, Yarra Analytics)\n{later}"
    )
    assert _read(oldest_first, THURSDAY, "Australia/Melbourne", "AU") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No outcome in the later message: the promise stands, read from its own day.
        (
            "Thu 3 Dec 2026, 4:40 pm - Marco\nHi Sophie, any news?\n\n" + _EARLIER,
            "2026-12-03",
        ),
        # Read from the message's day: "by Thursday" said on Tuesday 1st is the 3rd, not the 10th.
        (_EARLIER, "2026-12-03"),
        # A note's line, not a header (what follows the time is no name): its words are the
        # note's, and "next Friday" counts from now.
        (
            "Mon 30 Nov, 2:00 pm - final round with the VP\nthey'll decide by next Friday",
            "2026-12-11",
        ),
    ],
)
def test_a_thread_without_an_outcome_keeps_its_promise(text: str, expected: str) -> None:
    assert _read(text, THURSDAY, "Australia/Melbourne", "AU") == dt.date.fromisoformat(expected)


# A retold promise settled by an outcome told in other words.
@pytest.mark.parametrize(
    "after",
    [
        "They texted yesterday - invited for final interview on 14 December!",
        "Yesterday I got the mail that they invite me to final round with the CTO!!",
        "I withdrew on 3 December after accepting another offer.",
        "Meanwhile I emailed them yesterday that I am withdrawing my application.",
        'Heard nothing for a week and then got an automated "unfortunately" email.',
        "Today they emailed: the position has been re-advertised due to restructuring.",
        "She emailed Friday 4 December - I'm through to the final round!!",
    ],
)
def test_an_outcome_told_settles_a_retold_promise(after: str) -> None:
    text = f"Interview on 23 November. They said they will decide in two weeks. {after}"
    assert _read(text, SUNDAY) is None


@pytest.mark.parametrize(
    "after",
    [
        "The top two will be invited for final interview next week.",
        "If they invite me to final round I will ask about the salary.",
        "Should I withdraw my application and move on?",
        "I hope I don't get an automated 'unfortunately' email.",
        "If I'm through to the final round I will need a day off.",
    ],
)
def test_an_outcome_only_hoped_for_keeps_the_promise(after: str) -> None:
    text = f"Interview on 23 November. They said they will decide in two weeks. {after}"
    assert _read(text, SUNDAY) == dt.date(2026, 12, 7)


# An e-mail thread's newest message, over the quoted ones or after them, is today's: its
# outcome settles a quoted promise.
_PROMISE_MAIL = (
    "From: Lauren Pike\nSent: Monday, November 30, 2026 11:20 AM\n"
    "Subject: RE: Final interview - Financial Analyst\n\n"
    "Hi Ravi, thanks again for coming in Friday. We're aiming to wrap up by Thursday and I'll "
    "call you then.\nLauren\n"
)


def _newest(body: str) -> str:
    return (
        "From: Lauren Pike\nSent: Thursday, December 3, 2026 3:05 PM\n"
        f"Subject: Offer - Financial Analyst\n\n{body}\nLauren\n"
    )


@pytest.mark.parametrize("oldest_first", [True, False])
def test_the_newest_mails_outcome_settles_a_quoted_promise(oldest_first: bool) -> None:
    newest = _newest("Hi Ravi, great news, the team would like to extend you an offer!")
    text = _PROMISE_MAIL + "\n" + newest if oldest_first else newest + "\n" + _PROMISE_MAIL
    assert _read(text, THURSDAY, "America/Chicago", "US") is None


@pytest.mark.parametrize("oldest_first", [True, False])
def test_the_newest_mail_without_an_outcome_keeps_the_quoted_promise(oldest_first: bool) -> None:
    newest = _newest("Hi Ravi, sorry, the panel is still meeting; I'll call you tomorrow.")
    text = _PROMISE_MAIL + "\n" + newest if oldest_first else newest + "\n" + _PROMISE_MAIL
    assert _read(text, THURSDAY, "America/Chicago", "US") is not None


# "After the holiday", no holiday named: the public holiday at hand (PRODUCT.md's "after
# <holiday>"), or none when none is near.
@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # Independence Day, Friday 4 July 2025: the week of Monday 7th, its Friday.
        (
            "With the holiday Friday a lot of folks are out, so we'll get back to you after the "
            "holiday. Have a great Fourth!",
            dt.datetime(2025, 7, 2, 17, 0),
            "2025-07-11",
        ),
        # Labor Day, Monday 1 September 2025: Tuesday 2nd is the first business day after.
        (
            "Thanks for today. We'll be in touch after the holiday.",
            dt.datetime(2025, 8, 28, 12, 0),
            "2025-09-05",
        ),
        # Late October, no public holiday for weeks: a holiday of someone's, no date.
        (
            "The hiring manager is away, we'll get back to you after the holiday.",
            dt.datetime(2025, 10, 20, 12, 0),
            None,
        ),
    ],
)
def test_after_the_holiday_at_hand(text: str, now: dt.datetime, expected: str | None) -> None:
    got = _read(text, now, "America/New_York", "US")
    assert got == (dt.date.fromisoformat(expected) if expected else None)


# A whole date a dated message named, gone by since, is still the timeline; a later message's
# no, hold or date taken back settles it.
TUESDAY_14 = dt.datetime(2025, 10, 14, 10, 0)
_MOVED = (
    "Sep 30, 2025, 5:02 PM - Jenna Park\n"
    "Hi Luis, so sorry - our offsite got moved, so we will let you know our decision by Oct 10.\n"
)


def test_a_dated_messages_date_gone_by_stays_the_timeline() -> None:
    assert _read(_MOVED, TUESDAY_14, "America/New_York", "US") == dt.date(2025, 10, 10)


@pytest.mark.parametrize(
    "said",
    [
        # (A day gone by that is no promise stays none: an event, the candidate's own task.)
        "Hi Luis, your final interview is on Oct 6 at 10am with our VP.",
        "Hi Luis, please send your references by Oct 6.",
        "Hi Luis, thanks for today! We'll be in touch.",
    ],
)
def test_a_dated_messages_other_days_are_no_promise(said: str) -> None:
    text = f"Sep 30, 2025, 5:02 PM - Jenna Park\n{said}\n"
    assert _read(text, TUESDAY_14, "America/New_York", "US") is None


@pytest.mark.parametrize(
    "later",
    [
        "Dear Luis, we regret to inform you that we will not be proceeding with your application.",
        "Dear Luis, Council has placed the recruitment for this role on hold.",
        "Dear Luis, apologies. We are not able to give you a date at the moment.",
    ],
)
def test_a_later_messages_no_or_hold_settles_a_date_gone_by(later: str) -> None:
    text = f"Oct 13, 2025, 9:00 AM - Jenna Park (Talent, Fieldstone Water)\n{later}\n\n{_MOVED}"
    assert _read(text, TUESDAY_14, "America/New_York", "US") is None


@pytest.mark.parametrize(
    "after",
    [
        "They emailed Thursday night - I'm through to the assessment centre on 9 December!!!",
        "Friday morning the HM called, I'm moving to the final round next Wednesday.",
        "Got the call with an offer two days later and I start in January.",
        "And they did! Offer came Thursday.",
        "Now the owners have asked us to put all recruitment on hold, sorry.",
    ],
)
def test_more_outcomes_settle_a_retold_promise(after: str) -> None:
    text = f"Interview on 23 November. They said they will decide in two weeks. {after}"
    assert _read(text, SUNDAY) is None


@pytest.mark.parametrize(
    "after",
    [
        # Another role's news is not this one's ("the LA role is closed now").
        "The LA role is closed now, sorry.",
        "If I'm moving to the final round I'll need a day off.",
        "My friend got the call with an offer from Globex.",
    ],
)
def test_other_news_keeps_the_promise(after: str) -> None:
    text = f"Interview on 23 November. They said they will decide in two weeks. {after}"
    assert _read(text, SUNDAY) == dt.date(2026, 12, 7)


# The stop's own review: over-reaches of the rules above, each now kept in bounds.
MONDAY_7 = dt.datetime(2026, 12, 7, 9, 0)
_MEETING = "Last Wednesday I had my final interview at the port authority. "


@pytest.mark.parametrize(
    "then",
    [
        # Told in the present, or after a chase: said now, the end of the week after this one.
        "HR says they will inform me by end of next week.",
        "The recruiter keeps saying they will inform me by end of next week.",
        "No news so I followed up; HR said they will inform me by end of next week.",
        "When I chased, HR said they will inform me by end of next week.",
    ],
)
def test_what_is_said_now_after_a_meeting_counts_from_now(then: str) -> None:
    assert _read(_MEETING + then, MONDAY_7) == dt.date(2026, 12, 18)


_PRIYA = (
    "Mon 30 Nov 2026, 10:15 am - Priya (Talent, Acme)\nThanks for interviewing with us today! "
    "We'll get back to you with a decision by Friday 11 December.\n\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "Thu 3 Dec 2026, 4:40 pm - Priya (Talent, Acme)\nThe other candidate has decided to "
        "withdraw from the process, so you're the last one in.",
        "Thu 3 Dec 2026, 4:40 pm - Alex Morgan\nGlobex invited me to the final round next week, "
        "but Acme is my first choice.",
        "Thu 3 Dec 2026, 4:40 pm - Alex Morgan\nI received an offer letter from another company "
        "(offer letter attached as proof).",
        "Thu 3 Dec 2026, 4:40 pm - Priya (Talent, Acme)\nWe've placed the recruitment for the "
        "Leeds role on hold, but yours continues.",
        "Thu 3 Dec 2026, 4:40 pm - Alex Morgan\nI regret to inform you that I can't make the "
        "reference call tomorrow.",
        "Thu 3 Dec 2026, 4:40 pm - Priya (Talent, Acme)\nIf shortlisted, we'll invite you for a "
        "final interview in January.",
    ],
)
def test_a_later_message_that_settles_nothing(later: str) -> None:
    assert _read(_PRIYA + later, MONDAY_7) == dt.date(2026, 12, 11)


_RETOLD = "Had my second interview at Acme last week. The recruiter said they'll decide by 11 Dec"


@pytest.mark.parametrize(
    "after",
    [
        " for everyone who gets invited to the final round.",
        "; those invited to the final round get a call.",
        ". My friend was invited to the final round there last year.",
        ". Meanwhile I withdrew from the Globex process.",
        ". Should I withdraw? I withdrew once before and regretted it.",
        ". Really dreading an automated 'unfortunately' email.",
        ". A friend says the post was re-advertised the last time too.",
        ". I'm through to the final round at Globex too, so fingers crossed.",
    ],
)
def test_words_near_an_outcome_settle_nothing(after: str) -> None:
    assert _read(_RETOLD + after, MONDAY_7) == dt.date(2026, 12, 11)


@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "expected"),
    [
        # Someone's vacation, not a public holiday.
        (
            "Sarah (HR) said she's away on holiday next week, so they'll get back to me after "
            "the holiday.",
            dt.datetime(2026, 12, 16, 10, 0),
            "Europe/London",
            "GB",
            None,
        ),
        # The regional lists too: England's summer bank holiday, Monday 31 August 2026.
        (
            "HR said they'll get back to me after the holiday.",
            dt.datetime(2026, 8, 26, 10, 0),
            "Europe/London",
            "GB",
            "2026-09-04",
        ),
    ],
)
def test_the_holiday_at_hand_in_bounds(
    text: str, now: dt.datetime, zone: str, country: str, expected: str | None
) -> None:
    got = _read(text, now, zone, country)
    assert got == (dt.date.fromisoformat(expected) if expected else None)


# A thread's later message on a condition settles nothing (the promise is read from its day).
@pytest.mark.parametrize(
    "later",
    [
        "If the panel agrees, we'd like to move you forward to the final round.",
        "Assuming the budget holds, you've been shortlisted for the final round.",
    ],
)
def test_a_later_message_on_a_condition_settles_nothing(later: str) -> None:
    text = _PRIYA + f"Thu 3 Dec 2026, 4:40 pm - Priya (Talent, Acme)\n{later}"
    assert _read(text, MONDAY_7) == dt.date(2026, 12, 11)
