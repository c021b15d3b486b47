"""Conventions found in stop 24 with corpora JJ and KK, each in our own words: events named in
one place and counted from in another, holidays after "after", promises the veto leaves alone,
threads and quoted messages, ceilings and alternatives, and what is not the answer (a board's
vote, being busy, "not before Christmas", the steps after a yes)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader

from .test_timeline_conventions import read

WED = dt.datetime(2026, 3, 11, 10)  # a Wednesday morning


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # The event's words end at a quote, not only at a space or a full stop.
        (
            '- final round booked for Mon 3/16\n- Dee (recruiter): "decision within 5 days of'
            ' the final round"',
            WED,
            "America/Denver",
            "US",
            "2026-03-21",
        ),
        # ... or at the end of a line.
        (
            "- references: Olu calls both of them on the 18th\n- answer within a week of"
            " calling the references\n- uniform is provided",
            WED,
            "Europe/London",
            "GB",
            "2026-03-25",
        ),
        # An event's date said with its verb.
        (
            "we're flat out until the new site opens 3/23, but I'll have an answer for you"
            " within three days of the opening.",
            WED,
            "America/Chicago",
            "US",
            "2026-03-26",
        ),
        # "It's on ..." dates the event named in the sentence before.
        (
            "Good news: you're through to the panel! It's on Thursday 19 March in the Leeds"
            " office. We aim to decide within two working days of the panel.",
            WED,
            "Europe/London",
            "GB",
            "2026-03-23",
        ),
    ],
)
def test_counted_from_an_event_named_elsewhere(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "It's" that is not the event: the aside's date is no anchor for the count.
        "You're through to the onsite! It's a long day, and the clocks change on Sunday 15"
        " March. We'll decide within a week of the onsite.",
    ],
)
def test_no_anchor_for_these(text):
    reading = read_timeline(text, WED, "Europe/London", "GB")
    assert reading is None or reading.kind != "relative_to_event"


def test_round_the_clock_is_no_date():
    _ctx, _norm, found = reader._candidates(
        "The help desk is live 24/7.", WED, "Europe/London", "GB", reader.DEADLINE
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Alternatives take the later one, "beginning of next" with or without "the".
        (
            "gonna talk to the owner, will let u know end of this week or beginning of next",
            "2026-03-16",
        ),
        ("We'll come back to you late this week or the start of next week.", "2026-03-16"),
        # A promise that opens the next sentence takes up the date of the one before.
        (
            "With half the team on leave it'll be the end of next week before the scores are"
            " all in, so don't worry about the quiet. I'll reach out then either way.",
            "2026-03-20",
        ),
    ],
)
def test_alternatives_and_a_promise_after(text, expected):
    assert read(text, WED, "Europe/Dublin", "IE") == expected


def test_then_in_the_next_sentence_needs_a_promise():
    text = (
        "Thanks for coming in. Our office move starts at the end of next week. We'll be"
        " unpacking boxes then."
    )
    assert read(text, WED, "Europe/Dublin", "IE") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ceiling said after the first amount.
        (
            "Store manager said the offer call will come within 3 days, maximum one week.",
            "2026-03-18",
        ),
        ("Feedback in two, max three weeks - one more person to see.", "2026-04-01"),
        # What someone said, noted: the model's veto may not overrule it.
        (
            "- shift lead role, nights\n- HR Mr Okafor: results within 24-48 hrs via sms",
            "2026-03-13",
        ),
        ("recruiter said 10 days, maybe less", "2026-03-21"),
    ],
)
def test_ceilings_and_noted_amounts(text, expected):
    assert read(text, WED, "Africa/Lagos", "NG") == expected


@pytest.mark.parametrize(
    ("text", "tz", "country", "expected"),
    [
        # A date that is a public holiday there, after "after": the "after <holiday>" rule.
        (
            "Merci ! We will come back to you after the 14 juillet.",
            "Europe/Paris",
            "FR",
            "2026-07-17",
        ),
        (
            "We decide after the 1 May holiday, the owner is away.",
            "Europe/Berlin",
            "DE",
            "2026-05-08",
        ),
        # A date that is no holiday stays itself.
        ("We will let you know after the 12 May board.", "Europe/Berlin", "DE", "2026-05-12"),
        (
            "You will have our feedback by 3 Juli at the latest.",
            "Europe/Berlin",
            "DE",
            "2026-07-03",
        ),
    ],
)
def test_after_a_dated_holiday_and_months_in_other_languages(text, tz, country, expected):
    assert read(text, dt.datetime(2026, 4, 20, 9), tz, country) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # That weekday, the first after the holiday.
        (
            "Her words: we'll have a decision by the Tuesday after Thanksgiving.",
            dt.datetime(2026, 11, 16, 12),
            "America/Chicago",
            "US",
            "2026-12-01",
        ),
        # An event whose day is a public holiday: "after <holiday>".
        (
            "The client will get back to us after the long weekend - Heritage Day is Thursday.",
            dt.datetime(2026, 9, 18, 12),
            "Africa/Johannesburg",
            "ZA",
            "2026-09-25",
        ),
    ],
)
def test_weekdays_after_holidays(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


def test_a_dotted_date_does_not_end_the_sentence():
    text = (
        "We will let you know until end of next week. I am on leave from 13.4. to 17.4., my"
        " colleague will contact you then if needed."
    )
    assert read(text, dt.datetime(2026, 4, 1, 15), "Europe/Berlin", "DE") == "2026-04-10"


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # "the Friday after <holiday>" counts from the holiday, not from a date said before.
        (
            "Carnaval is next week so half the office is out, but she promised an answer by the"
            " Friday after Carnaval.",
            dt.datetime(2026, 2, 10, 18),
            "America/Sao_Paulo",
            "BR",
            "2026-02-20",
        ),
        # "of that" is the event, not the date in brackets after it.
        (
            "Final interviews are on Wednesday (the office is shut Thursday for the holiday) and"
            " they have promised feedback within 2 working days of that.",
            dt.datetime(2026, 11, 20, 11),
            "America/New_York",
            "US",
            "2026-11-30",
        ),
        # Back after a holiday is a return; the promise is the day after it.
        (
            "I'll see the owner on Tuesday when we're back after Easter Monday, and I'll let you"
            " know by Wednesday.",
            dt.datetime(2026, 4, 5, 9),
            "Australia/Sydney",
            "AU",
            "2026-04-08",
        ),
        # The promised date, moved: the later one.
        (
            "We hope to decide by the end of next week, but it may slip to the Tuesday after"
            " the Easter weekend.",
            dt.datetime(2026, 3, 26, 17),
            "Europe/London",
            "GB",
            "2026-04-07",
        ),
    ],
)
def test_weekdays_asides_returns_and_slips(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "words",
    [
        "i'd expect to be able to give you an answer",
        "we hope to let everyone know",
        "we aim to get back to you",
        "we'll follow up with you",
    ],
)
def test_outright_promises_from_corpus_jj(words):
    assert reader._OUTRIGHT_PROMISE.search(words)


@pytest.mark.parametrize(
    "words", ["we plan to inform the team", "i hope to let my manager know", "follow up with hr"]
)
def test_not_outright_promises_from_corpus_jj(words):
    assert not reader._OUTRIGHT_PROMISE.search(words)


def test_a_promise_with_its_date_does_not_vouch_for_the_next():
    text = (
        '- Dana: "we\'ll let you know by Wednesday" - the trustees vote on the budget Tuesday'
        " the 10th so they want someone in place"
    )
    assert read(text, dt.datetime(2026, 11, 1, 22), "America/New_York", "US") == "2026-11-04"


def test_the_newest_message_of_a_thread_wins():
    text = (
        "Hi Kwame,\n\nSorry for the wait - the VP was pulled into the audit. We now expect a"
        " decision by Friday 19 March rather than last week.\n\nHannah\n\n-----Original"
        " Message-----\nFrom: Hannah Brooks\nSent: 1 March 2027\n\nHi Kwame, thanks for today."
        " We'll have a decision for you by the end of the month.\n"
    )
    assert read(text, dt.datetime(2027, 3, 15, 9), "Europe/London", "GB") == "2027-03-19"


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # "we'll be contacting": the contraction, as the full form always was.
        (
            "The committee meets this Thursday, and we'll be contacting all finalists by close of"
            " business on the thirtieth.",
            dt.datetime(2025, 9, 22, 17),
            "2025-09-30",
        ),
        (
            "we'll call you first thing next week, once the panel has scored.",
            dt.datetime(2025, 7, 31, 16),
            "2025-08-04",
        ),
        (
            "We expect to revert with the result by mid of next month.",
            dt.datetime(2026, 1, 27, 10),
            "2026-02-15",
        ),
        # That afternoon, then the day after it.
        (
            "Your interview day is Thursday 4 June, with a lesson, a student panel and a formal"
            " interview with the head and two governors. The panel decides that afternoon and we"
            " will telephone all candidates by 5pm the following day.",
            dt.datetime(2026, 5, 28, 16),
            "2026-06-05",
        ),
    ],
)
def test_contractions_week_parts_and_the_day_after(text, now, expected):
    assert read(text, now, "America/Chicago", "US") == expected


def test_busy_until_a_date_is_no_promise(monkeypatch):
    monkeypatch.setattr(reader, "rules_only", True)  # the rule, not the model's veto
    # (Without the rule, "till the 30th" takes the promise "let u know" before it.)
    text = (
        "Good to meet u today. Ill talk to the owner and let u know on the foreman spot. We r"
        " slammed w/ the Parkside job till the 30th so bear with me."
    )
    assert read(text, dt.datetime(2026, 6, 17, 16), "America/Denver", "US") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A forwarded message's "by next Wednesday" counts from its date, even if gone by now.
        (
            "fwd to self - a week and nothing??\n\n---------- Forwarded message ---------\n"
            "From: Ana Ruiz <ana@example.com>\nDate: Thu, Oct 1, 2026 at 4:10 PM\nSubject: Next"
            " steps\n\nHi Leo, thanks for today. We meet on Monday and I'll get back to you by"
            " next Wednesday.\nAna",
            "2026-10-07",
        ),
        (
            "Automatic reply: I'm out of the office until Monday 12 October.\n\nOn Fri, 2 Oct"
            " 2026 at 17:21, Ana Ruiz wrote:\nThanks Leo, you'll hear from us by Friday.",
            "2026-10-09",
        ),
    ],
)
def test_a_quoted_message_counts_from_its_own_date(text, expected):
    assert read(text, dt.datetime(2026, 10, 10, 21), "America/New_York", "US") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "around" is normalised to "about", and "about" is no "around <holiday>".
        "We'll let you know about the Easter shifts.",
        "I'll let you know more about Christmas cover when we speak.",
    ],
)
def test_about_a_holiday_is_no_date(text):
    assert read(text, dt.datetime(2026, 3, 11, 10), "Europe/London", "GB") is None


def test_around_the_long_weekend_names_no_holiday():
    text = (
        "A few of us are off around the long weekend, so we'll connect with you after Canada Day"
        " with next steps."
    )
    assert read(text, dt.datetime(2026, 6, 26, 10), "America/Toronto", "CA") == "2026-07-03"


@pytest.mark.parametrize(
    "text",
    [
        "Quick one (juggling a full desk this week, sorry!): no news from the client yet. I'll"
        " update you the moment I hear.",
        "Flat out this week so apologies for the short note - nothing from the panel yet.",
    ],
)
def test_busy_this_week_is_no_promise(text, monkeypatch):
    monkeypatch.setattr(reader, "rules_only", True)  # the rule, not the model's veto
    assert read(text, dt.datetime(2026, 3, 24, 9), "Africa/Johannesburg", "ZA") is None


def test_having_a_think_is_no_answer():
    assert not reader.cues._COMMITMENT_RE.search("after that i'll have a think")
    assert reader.cues._COMMITMENT_RE.search("we'll have an answer")


def test_the_steps_after_a_yes_are_not_the_answer():
    text = (
        "Thanks for the demo lesson. Either way you'll hear from us by the end of the month. If"
        " we recommend you, the governors approve hires at their 12 May meeting."
    )
    assert read(text, dt.datetime(2026, 4, 16, 15), "Europe/London", "GB") == "2026-04-30"


def test_a_final_confirmation_after_a_holiday():
    text = '- Rao sir: "HR will give final confirmation after Diwali, many people on leave"'
    assert read(text, dt.datetime(2026, 10, 28, 18), "Asia/Kolkata", "IN") == "2026-11-13"


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        (
            "Your Technical Round-2 is completed. Result of the same will be intimated to you"
            " within 7 working days through mail.",
            dt.datetime(2025, 10, 14, 18),
            "Asia/Kolkata",
            "IN",
            "2025-10-24",
        ),
        (
            "Thank you for attending the interview on 12 August 2025. You will be advised of the"
            " outcome of your application in writing; this usually takes between 4 and 6 weeks"
            " from interview.",
            dt.datetime(2025, 8, 14, 10),
            "Australia/Brisbane",
            "AU",
            "2025-09-23",
        ),
        (
            "We hope to inform you of our decision before the university's summer closure, which"
            " runs from 20 July until 7 August.",
            dt.datetime(2026, 6, 29, 10),
            "Europe/Amsterdam",
            "NL",
            "2026-07-17",
        ),
        (
            "MD sir is at the client site, pls wait 2-3 days, he will call u personally.",
            dt.datetime(2026, 11, 6, 19),
            "Asia/Kolkata",
            "IN",
            "2026-11-09",
        ),
    ],
)
def test_form_letters_closures_and_waits(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # A holiday's name in its own letters, its date in brackets.
        (
            "Many people are on leave now. The decision we will give you after Trzech Króli"
            " (6 January).",
            dt.datetime(2026, 12, 23, 12),
            "Europe/Warsaw",
            "PL",
            "2027-01-08",
        ),
        # Back the day after an absence "until and including" a date.
        (
            "I am out of the office until and including 7 January 2027. I will send all"
            " candidates their feedback within one week of my return.",
            dt.datetime(2026, 12, 22, 9),
            "Europe/Berlin",
            "DE",
            "2027-01-15",
        ),
    ],
)
def test_named_days_and_returns(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Following the oral interview held on Thursday, 2nd October 2025, candidates are advised"
        " that the outcome will be published on the portal.",
        "Just so you know the DBS usually takes 2-3 weeks, so probably not before Christmas.",
    ],
)
def test_no_promise_in_these_form_letters(text):
    assert read(text, dt.datetime(2025, 10, 6, 9), "Africa/Lagos", "NG") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An invitation's own "Date:" line is no quoted message: nothing is counted from it.
        (
            "We'll let you know by Friday 13 March.\nDate: Thursday 19 March\nWe'll let you know"
            " the outcome by Friday 27 March.",
            "2026-03-27",
        ),
        (
            "Thanks for coming in!\nDate: Tuesday 3 March\nWe'll let you know by next Wednesday.",
            "2026-03-18",
        ),
    ],
)
def test_a_date_line_in_the_body_is_no_quoted_message(text, expected):
    assert read(text, dt.datetime(2026, 3, 11, 10), "Europe/London", "GB") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We'll decide before the break, which is 2 weeks away.", None),
        # Back after a holiday, with nothing else promised: the holiday is the answer.
        ("We'll be back after Easter with a decision.", "2026-04-10"),
        # "confirm ... then" in the next sentence is logistics, not the answer.
        (
            "The onsite is on Tuesday 17 March. We'll confirm the room and parking details then.",
            None,
        ),
        ("Please give confirmation by Friday whether you can attend.", None),
    ],
)
def test_what_a_review_of_stop_25_found(text, expected):
    assert read(text, dt.datetime(2026, 3, 11, 10), "Europe/London", "GB") == expected
