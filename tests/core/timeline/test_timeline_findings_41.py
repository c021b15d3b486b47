"""Stop 41's findings (misses of the tuning corpora, written again in our own words), with the
cases that show each rule reaches no further than it should."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

WEDNESDAY = dt.datetime(2026, 12, 2, 10, 0)


def _read(text: str, now: dt.datetime, zone: str = "Europe/London", country: str = "GB"):
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


# A count of more of a unit is a count of the unit, from now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry for the wait, we should have an answer for you in a few more days.", "2026-12-05"),
        ("The panel will decide in 2 more weeks.", "2026-12-16"),
        ("Give us a couple more days and we'll let you know.", "2026-12-04"),
        ("HR will come back to you within three extra working days.", "2026-12-07"),
        # ("another" before a count is a lead the grammar reads as it is)
        ("The account manager will call you in another few days.", "2026-12-05"),
    ],
)
def test_more_of_a_unit_counts_from_now(text: str, expected: str) -> None:
    assert _read(text, WEDNESDAY) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sigh, not a count: the promise stays the one said.
        ("They'll decide by the end of next week. Two more weeks of this, then.", "2026-12-11"),
        # "more" of something else.
        ("We will see two more candidates and decide by Friday.", "2026-12-04"),
        ("I have another interview in 3 days; theirs is due by Monday.", "2026-12-07"),
    ],
)
def test_more_of_something_else_is_no_count(text: str, expected: str, rules_alone: None) -> None:
    assert _read(text, WEDNESDAY) == dt.date.fromisoformat(expected)


# A note's line dated with a colon after the date ("- Tue 11/24: ..."): the date is its
# day, not "Tue" alone read as the coming Tuesday.
def test_a_dated_line_with_a_colon_is_dated_by_its_date() -> None:
    text = (
        "Where things stand:\n"
        "- Thu 11/19: final round, HM says we'll know by Friday\n"
        "- Mon 11/23: nothing, emailed the recruiter\n"
        "- Tue 11/24: recruiter: HM is out sick, we'll have an answer for you in a few more days"
    )
    assert _read(text, WEDNESDAY, "America/Chicago", "US") == dt.date(2026, 11, 27)


# ... and today's date headed "Update 12/2:" is the day of writing, not a deadline.
def test_an_update_dated_today_is_when_it_was_written() -> None:
    text = (
        "Interview was Friday 11/20. The manager said they'd decide in 3 business days."
        " Update 12/2: nothing, I left a voicemail."
    )
    assert _read(text, WEDNESDAY, "America/Chicago", "US") == dt.date(2026, 11, 25)


# A newer dated line of a log, or a newer dated message, stands for an older one's promise,
# even when it names an earlier day.
def test_a_newer_dated_line_stands_for_an_older_one() -> None:
    text = (
        "Mon 23.11, Anna (recruiter): the client will decide by 11.12.\n"
        "Tue 01.12, Anna (recruiter): update, they want to move faster: decision now by"
        " Friday 4 December."
    )
    assert _read(text, WEDNESDAY, "Europe/Berlin", "DE") == dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # Within one line the latest day said still wins.
        (
            "Tue 01.12, Anna (recruiter): decision by Friday, Monday at the latest.",
            WEDNESDAY,
            "2026-12-07",
        ),
        # A promise retold with its day ("yesterday ... told me") is no dated line: the day
        # said after it is no newer word.
        (
            "Yesterday the director told me to expect their letter Monday week. Monday is a"
            " holiday here, so nothing will happen then.",
            dt.datetime(2026, 12, 4, 10, 0),
            "2026-12-14",
        ),
        # A chat line's own stamp is the line's day, not a newer promise.
        (
            "11/24/26, 3:10 PM - Dana (Recruiter): you'll hear back by end of next week\n"
            "12/2/26, 9:02 AM - Me: hi Dana, any update?",
            WEDNESDAY,
            "2026-12-04",
        ),
    ],
)
def test_the_newer_line_reaches_no_further(
    text: str, now: dt.datetime, expected: str, rules_alone: None
) -> None:
    assert _read(text, now, "Europe/Berlin", "DE") == dt.date.fromisoformat(expected)


# The meeting a story is about, named at a line's start or as "yesterday's", is the moment
# what was said there counts from; "just got off the phone" is now.
@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "Long weekend and I keep checking my phone.\n\nInterview was Tuesday, they told me"
            " I'd hear by COB Friday. Friday came and went.",
            dt.datetime(2026, 11, 28, 11, 0),
            "2026-11-27",
        ),
        (
            "Can't switch off. Yesterday's interview at the bank keeps replaying. The manager"
            " said they'd decide within three business days.",
            WEDNESDAY,
            "2026-12-04",
        ),
        (
            "Interview was Monday 11/23. The recruiter's exact words at the end: \"give us a"
            ' couple of weeks." Should I follow up now or wait?',
            WEDNESDAY,
            "2026-12-07",
        ),
    ],
)
def test_said_at_the_meeting_counts_from_its_day(
    text: str, now: dt.datetime, expected: str
) -> None:
    assert _read(text, now, "America/Chicago", "US") == dt.date.fromisoformat(expected)


def test_just_off_the_phone_is_now() -> None:
    text = (
        "Quick recap after yesterday's onsite: the panel liked you.\n\nJust got off the phone"
        " with their HR, they told me they'll have feedback to me within 3 business days."
    )
    assert _read(text, WEDNESDAY, "America/Chicago", "US") == dt.date(2026, 12, 7)


# The answer's sending, said as a noun, is the answer's cue, not a distractor's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All rounds went well. Offer release is targeted by month end.", "2026-12-31"),
        ("The shortlist will be drawn up, and results sent, by the end of Q1 2027.", "2027-03-31"),
    ],
)
def test_the_answers_sending_is_its_cue(text: str, expected: str, rules_alone: None) -> None:
    assert _read(text, WEDNESDAY) == dt.date.fromisoformat(expected)


# "the 5th of this month" is this month's, even gone by: the day of a meeting told.
def test_a_day_of_this_month_gone_by_is_this_months() -> None:
    text = (
        "Three rounds in all. The last one, with the manager, was on 5th of this month. HR"
        " told result will come within 15 days, till now nothing."
    )
    assert _read(text, dt.datetime(2026, 3, 12, 20, 0), "Asia/Kolkata", "IN") == dt.date(
        2026, 3, 20
    )


# A phrase in a quotation opened after a telling is said then, in their words; "the week
# after" is after the day named before it, not after the telling.
@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "I had the interview at the clinic last Dec 14 (Monday). The practice manager said"
            ' we will be told "by the end of next week" because of the partners\' meeting.',
            dt.datetime(2026, 12, 28, 9, 0),
            "2026-12-25",
        ),
        (
            'Final round last Thursday (11/19). At the end the director said, quote, "we hope'
            " to finish before Thanksgiving, but worst case you'll hear from us the week"
            ' after."',
            dt.datetime(2026, 11, 23, 20, 0),
            "2026-12-04",
        ),
    ],
)
def test_words_quoted_after_a_telling_are_said_then(
    text: str, now: dt.datetime, expected: str
) -> None:
    assert _read(text, now, "America/New_York", "US") == dt.date.fromisoformat(expected)


# A closure named with two words before it, its dates in brackets.
def test_a_closure_named_with_two_words_and_its_dates() -> None:
    text = (
        'HR after the final: "We will revert to all finalists before our year-end office'
        ' closure (24 December to 1 January)."'
    )
    assert _read(text, WEDNESDAY, "Asia/Hong_Kong", "HK") == dt.date(2026, 12, 23)


# A day number said as the meeting's, at a line's start, is gone by (not next month's).
def test_a_meeting_on_a_day_number_at_a_lines_start_is_gone_by() -> None:
    text = (
        "Still no news, day 3.\nGrad interview on the 9th at a games studio, the lead said I'd"
        " hear back within a week."
    )
    assert _read(text, dt.datetime(2026, 12, 12, 10, 0)) == dt.date(2026, 12, 16)


# Everyday forms of non-native and terse writers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Candidates shortlisted for the next round will be informed by 5 PM tom.",
            "2026-12-03",
        ),
        ("sabi ng recruiter they will text the result within the day", "2026-12-02"),
        ("The team will give you feedback during 3 working days.", "2026-12-07"),
        ("We will contact you with the result in a maximum of 5 business days.", "2026-12-09"),
    ],
)
def test_everyday_forms(text: str, expected: str) -> None:
    assert _read(text, WEDNESDAY, "Asia/Kolkata", "IN") == dt.date.fromisoformat(expected)


def test_tom_is_a_name_where_no_day_is_introduced(rules_alone: None) -> None:
    assert _read("Call with Tom went well, no timeline from him.", WEDNESDAY) is None


def test_today_named_as_such_is_no_day_waited_for() -> None:
    text = (
        "Final round on 2nd Jan. HR ma'am told they will revert within 7 working days. Today"
        " is 20th and no reply."
    )
    # 7 working days from Fri 2 Jan, when it was told (passed, unanswered: still the date).
    assert _read(text, dt.datetime(2026, 1, 20, 10, 0), "Asia/Kolkata", "IN") == dt.date(
        2026, 1, 13
    )


def test_a_call_made_as_promised_settles_it() -> None:
    text = "They said they would call me tomorrow and they really called! Next round soon."
    assert _read(text, WEDNESDAY) is None


# A newer line stands for an older one's promise only when it names the answer.
def test_a_newer_line_looking_back_keeps_the_promise() -> None:
    text = (
        "Mon 23 Nov - final round. HR said the offer or regret letter will be sent within 10"
        " working days.\n"
        'Thu 26 Nov - called HR about my travel claim, she said "within the 10 days only,'
        " don't worry\"."
    )
    # (10 working days from Mon 23 Nov, Guru Nanak's birthday on the 24th skipped.)
    assert _read(text, dt.datetime(2026, 11, 26, 18, 0), "Asia/Kolkata", "IN") == dt.date(
        2026, 12, 8
    )


# A log's later dated line that tells the outcome settles the promise of an earlier line (in
# either order: a log kept newest first too).
@pytest.mark.parametrize(
    "text",
    [
        "Mon 23 Nov - final round at Vltava Retail. HR said he'd call me on Friday with the"
        " result.\nFri 27 Nov - he called at 11:30 as promised. Offer! Start 4 January.",
        "Pipeline notes, newest first\n01/12 09:10 - Client called: going with the internal"
        " candidate.\n24/11 16:00 - Client said they'd decide on J. Walsh by Wednesday next"
        " week.",
        "Nov 17 (Tue): 1st interview. HR said they'd decide by Friday who goes to the final."
        "\nNov 20 (Fri): HR emailed - I'm going to the final round! Date TBD.",
    ],
)
def test_an_outcome_on_a_later_dated_line_settles_it(text: str) -> None:
    assert _read(text, WEDNESDAY, "Australia/Brisbane", "AU") is None


def test_a_later_dated_line_without_an_outcome_keeps_the_promise() -> None:
    text = (
        "Mon 23 Nov - final round. HR said he'd call me on Friday next week with the result.\n"
        "Tue 24 Nov - sent a thank-you note, and emailed my referees."
    )
    assert _read(text, WEDNESDAY, "Australia/Brisbane", "AU") == dt.date(2026, 12, 4)


# "said all candidates would hear": said then, whoever would.
def test_would_of_any_subject_is_said_then() -> None:
    text = (
        "Anyone else in limbo? Second stage was Tuesday 17th November at their Leeds office. At"
        " the end the panel chair said all candidates would hear by the end of next week."
    )
    assert _read(text, dt.datetime(2026, 11, 30, 20, 0)) == dt.date(2026, 11, 27)


# The stop's own review: each rule kept to its purpose.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Undated chat after a dated line is no later line.
        (
            "30/11: final round done. HR said results by 11 Dec.\nHow long did you all wait? I"
            " was rejected quickly last time, so I'm nervous.",
            "2026-12-11",
        ),
        # Another party's news, the words of an outcome in another sense, the writer's line.
        (
            "Mon 30/11: final round at Acme, they said decision by 11 Dec.\nTue 1/12: Globex"
            " rejected me :(",
            "2026-12-11",
        ),
        (
            "Mon 30/11: final round, they said decision by 11 Dec.\nTue 1/12: two days passed,"
            " nothing yet.",
            "2026-12-11",
        ),
        (
            "Mon 30/11: final round, they said decision by 11 Dec.\nTue 1/12: asked if the role"
            " is on hold - recruiter said no, still on track.",
            "2026-12-11",
        ),
        (
            "[30/11/2026, 14:02] Recruiter: The panel will make a decision by 11 Dec.\n"
            "[01/12/2026, 09:15] Me: Thanks! Hope I passed :)",
            "2026-12-11",
        ),
        # A promise inside a stamp's words is kept (only the stamp's date is the line's day).
        ("30/11 they said decision by Friday - fingers crossed", "2026-12-04"),
        # A newer line that names no answer stands for nothing.
        (
            "Mon 30/11: final round, they said decision by 18 Dec.\nTue 1/12: HM will call me"
            " tomorrow to answer my questions about the team.",
            "2026-12-18",
        ),
        # The writer's own wait; a time range before a colon; "the week after" the telling.
        (
            "They'll decide by Friday, I'll give it another week after that before chasing.",
            "2026-12-04",
        ),
        (
            "She'll call Friday 2-4: said to keep my phone on. Decision itself by the 18th.",
            "2026-12-18",
        ),
        ("On 20 November the recruiter told me they would decide the week after.", "2026-11-27"),
        # ... and the rule itself still settles this.
        (
            "Mon 30/11: final round, they said decision by 11 Dec.\nTue 1/12: they offered me"
            " the role!",
            None,
        ),
    ],
)
def test_the_stops_rules_reach_no_further(text: str, expected: str | None) -> None:
    want = dt.date.fromisoformat(expected) if expected else None
    assert _read(text, WEDNESDAY) == want


@pytest.mark.parametrize(
    "text",
    [
        "The final decision will be made by Tom and the CEO.",
        "Feedback will be sent by Tom directly, they said.",
        "Please have your assessment results sent by Friday. We will let you know the outcome"
        " after.",
    ],
)
def test_a_name_or_the_candidates_task_is_no_date(text: str, rules_alone: None) -> None:
    assert _read(text, WEDNESDAY) is None


# A month's short name on the later line names no other party.
def test_a_months_short_name_is_no_other_party() -> None:
    text = "Nov 30: final round, they said decision by Friday.\nDec 1: offer!"
    assert _read(text, WEDNESDAY) is None
