"""Stop 52: what a note's dated entry says on the lines under its date.

A log of dated entries ("Wed 3 Feb: 2nd round ...", then what was said on its own lines, then
"18 Feb: nothing yet") dates every line up to the next entry. Before, only the date's own line
was counted from that day, and "within 7 working days" on the line under it from now.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline


def _day(text: str, now: dt.datetime, zone: str, country: str) -> dt.date | None:
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


NOW = dt.datetime(2026, 12, 4, 9, 30)  # Friday 4 December 2026


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Said on Monday 23 November: five working days from then.
        (
            "Mon 23 Nov: panel interview, three of them\n"
            "Ops lead: 'you'll hear within 5 working days either way'\n"
            "2 Dec: still nothing, emailed the coordinator",
            dt.date(2026, 11, 30),
        ),
        # A bulleted log, the promise two lines under its date.
        (
            "- 24/11 - site visit with the foreman\n"
            "  talked through the rota and the van\n"
            "  he said a week, maybe a bit more\n"
            "- 3/12 - chased by text, no answer",
            dt.date(2026, 12, 1),
        ),
    ],
)
def test_the_lines_under_a_dated_entry_count_from_its_day(text, day):
    assert _day(text, NOW, "Europe/London", "GB") == day


@pytest.mark.parametrize(
    "text",
    [
        # The last entry's lines may be today's chat: counted from now, as before.
        "Mon 23 Nov: panel interview, three of them\n"
        "Ops lead: 'you'll hear within 5 working days either way'",
        # A paragraph apart from the next entry: the talk after a post opened by a date.
        "Mon 23 Nov: panel interview, three of them\n\n"
        "Ops lead: 'you'll hear within 5 working days either way'\n\n"
        "2 Dec: still nothing, emailed the coordinator",
    ],
)
def test_an_entrys_last_lines_or_a_paragraph_after_it_count_from_now(text):
    assert _day(text, NOW, "Europe/London", "GB") == dt.date(2026, 12, 11)


CHAT = (
    "{mon}, 23.11.2026, 09:12 - Petra Lang (HR)\n"
    "Dear Ms. Okafor, thank you for coming in. You will hear from us by Wednesday.\n\n"
    "{wed}, 25.11.2026, 17:40 - Petra Lang (HR)\n"
    "Dear Ms. Okafor, our director is travelling, so we will write to you until Friday.\n\n"
    "{fri}, 27.11.2026, 18:02 - Ada Okafor\n"
    "Dear Ms. Lang, is there any news?"
)


@pytest.mark.parametrize(
    "weekdays",
    [
        {"mon": "Mon", "wed": "Wed", "fri": "Fri"},
        # German's weekdays with their full stop, as a German phone exports a chat.
        {"mon": "Mo.", "wed": "Mi.", "fri": "Fr."},
    ],
)
def test_a_chats_message_under_its_header_counts_from_the_headers_day(weekdays):
    # "until Friday", written on Wednesday 25 November: Friday 27 November, gone by with no
    # answer (PRODUCT.md: a promise not kept is still the timeline). Not Friday 11 December.
    text = CHAT.format(**weekdays)
    assert _day(text, NOW, "Europe/Berlin", "DE") == dt.date(2026, 11, 27)


@pytest.mark.parametrize("offer", ["verbal offer", "written offer", "formal offer"])
def test_an_offer_that_came_through_keeps_the_promise(offer):
    # Told after the promise: nothing is left to wait for.
    text = (
        f"Second interview was Tues 11/24. She said I'd hear back by Monday week. Well, I did: "
        f"{offer} came through this afternoon, paperwork to follow."
    )
    assert _day(text, dt.datetime(2026, 12, 7, 20), "America/New_York", "US") is None


@pytest.mark.parametrize(
    "promise",
    ["by Friday that week", "on the Friday of that same week", "by the Friday that same week"],
)
def test_a_weekday_that_week_is_of_the_week_of_the_date_before(promise):
    # The board sits on Tuesday 15 December: that week's Friday, not this week's.
    text = f"The board meeting has moved to Tuesday 15th December. You will hear from us {promise}."
    assert _day(text, NOW, "Africa/Nairobi", "KE") == dt.date(2026, 12, 18)


@pytest.mark.parametrize(
    ("telling", "day"),
    [
        # Said on Tuesday 24 November: three business days on is Friday the 27th.
        ("The day after, the recruiter rang me to say", dt.date(2026, 11, 27)),
        ("The next day the recruiter rang me to say", dt.date(2026, 11, 27)),
        # Said on Wednesday the 25th: Monday the 30th.
        ("Two days later the recruiter rang me to say", dt.date(2026, 11, 30)),
        # "the day after" inside what was said is no day of telling: from the panel's day.
        ("The recruiter said they would call the day after, and", dt.date(2026, 11, 26)),
    ],
)
def test_a_telling_a_day_or_two_after_the_moment_counts_from_that_day(telling, day):
    text = f"My panel was on Mon 23 Nov. {telling} the manager would decide within 3 business days."
    assert _day(text, NOW, "Asia/Singapore", "SG") == day


@pytest.mark.parametrize(
    "opener",
    ["Anyway, do I", "Anyways do I", "Btw, should I", "ok anyway, should I", "By the way, do I"],
)
def test_the_writers_own_question_after_anyway_is_no_promise(opener):
    # "by Friday" is the promise; "until next week" is the writer's own plan, asked.
    text = (
        "The recruiter called on Monday right after my panel and said I'd have an answer by "
        f"Friday. {opener} reach out Friday afternoon if nothing, or wait until next week?"
    )
    assert _day(text, dt.datetime(2026, 12, 9, 11), "America/Vancouver", "CA") == dt.date(
        2026, 12, 11
    )


LETTER = (
    "Hi Sam, thank you for taking the time to speak with our team today ({date}). We are "
    "meeting other candidates and will make our final decision within the next two weeks."
)


@pytest.mark.parametrize("date", ["11/24", "24 Nov"])
def test_a_letter_dating_its_own_today_counts_from_that_day(date):
    # Written on Tuesday 24 November: two weeks on is 8 December, not 18 December.
    letter = LETTER.format(date=date)
    assert _day(letter, NOW, "America/New_York", "US") == dt.date(2026, 12, 8)
    quoted = "Got this after my second interview:\n\n> " + letter + "\n\nIt's been 10 days."
    assert _day(quoted, NOW, "America/New_York", "US") == dt.date(2026, 12, 8)


@pytest.mark.parametrize(
    ("wait", "day"),
    [
        # Alternatives take the later (PRODUCT.md): three weeks from Friday 4 December.
        ("within the next two weeks, maybe three", dt.date(2026, 12, 25)),
        ("within 2 weeks, possibly 3", dt.date(2026, 12, 25)),
        ('"within the next two weeks, maybe three"', dt.date(2026, 12, 25)),
        ("in two weeks, three at most", dt.date(2026, 12, 25)),
        ("in 5 working days, maybe 7", dt.date(2026, 12, 15)),
        # A count with its own unit is its own phrase: "a week, maybe 10 days" is 10 days.
        ("in a week, maybe 10 days", dt.date(2026, 12, 14)),
        # Not a count of something else, nor one far beyond the wait (review of stop 52).
        ("in 2 weeks, maybe 3 of us will sit on the panel", dt.date(2026, 12, 18)),
        ("within 2 weeks, maybe 20 applicants are still in the running", dt.date(2026, 12, 18)),
        ("in 2 weeks, maybe 15 minutes on the phone", dt.date(2026, 12, 18)),
        ("in 2 weeks, maybe 50", dt.date(2026, 12, 18)),
        ("in 2 weeks, probably 3 finalists by then", dt.date(2026, 12, 18)),
    ],
)
def test_a_second_count_after_a_wait_is_the_later_alternative(wait, day):
    assert _day(f"We will decide {wait}.", NOW, "Africa/Johannesburg", "ZA") == day


@pytest.mark.parametrize(
    "news",
    [
        "and she emailed this afternoon!! Loads of nerves now",
        "and today she emailed: they're moving me to the final round",
        "and she texted back, inviting me to the next stage",
    ],
)
def test_news_told_after_the_promise_leaves_nothing_to_wait_for(news):
    text = f"On Tuesday the recruiter said I'd hear by Friday either way, {news}."
    assert _day(text, NOW, "America/Los_Angeles", "US") is None


@pytest.mark.parametrize(
    "text",
    [
        # A score, not a letter's day (review of stop 52).
        "I'd rate today 9/10. They said they'd decide within 2 weeks.",
        "My score today (9/10) was good. The recruiter said I'd hear within two weeks.",
        # A paragraph on, the writer's own words are said now.
        "Thank you for coming in today (11/24).\n\nEdit: they said they'd decide within 2 weeks.",
    ],
)
def test_a_today_that_dates_no_letter_counts_from_now(text):
    assert _day(text, NOW, "America/New_York", "US") == dt.date(2026, 12, 18)


@pytest.mark.parametrize(
    "text",
    [
        # A day's schedule: "9.30" is a clock, not 30 September (review of stop 52).
        "Schedule for your onsite on Tuesday:\n9.30 - arrive, meet Dana from HR\n"
        "Dana will walk you through the process; you will hear from us by Friday.\n"
        "10.15 - panel with engineering",
        # A line told today ends the older entry above it.
        "Notes\n11/27 - onsite, went well\nToday (12/4) the recruiter emailed: decision by "
        "Friday.\n12/4 - replied thanks",
    ],
)
def test_a_clock_or_a_line_told_today_does_not_date_the_lines_below(text):
    # Friday 11 December, from now: not a Friday gone by.
    assert _day(text, NOW, "America/New_York", "US") == dt.date(2026, 12, 11)


def test_a_paragraph_apart_is_the_same_with_windows_line_ends():
    text = (
        "Mon 23 Nov: panel interview, three of them\r\n\r\n"
        "Ops lead: 'you'll hear within 5 working days either way'\r\n\r\n"
        "2 Dec: still nothing, emailed the coordinator"
    )
    assert _day(text, NOW, "Europe/London", "GB") == _day(
        text.replace("\r", ""), NOW, "Europe/London", "GB"
    )


@pytest.mark.parametrize(
    "aside",
    [
        "A friend of mine interviewed there last year - verbal offer came after 3 weeks for him.",
        "On Glassdoor people say: verbal offer came within 10 days.",
    ],
)
def test_an_offer_that_is_what_is_usual_or_anothers_leaves_the_promise(aside):
    # Monday 7 December, a week on from Monday 30 November (review of stop 52).
    text = f"Second interview was Tues 11/24. She said I'd hear back by Monday week. {aside}"
    assert _day(text, dt.datetime(2026, 12, 1, 20), "America/New_York", "US") == dt.date(
        2026, 12, 7
    )


def test_the_holidays_own_date_in_brackets_after_a_weekday_is_still_the_holidays():
    # "(the holiday is 11/26)" dates Thanksgiving, not the Thursday before it (review): the
    # reading is the holiday's, as before this stop, not the 26th.
    text = "We'll decide on the Thursday before Thanksgiving (the holiday is 11/26)."
    day = _day(text, dt.datetime(2026, 11, 10, 9), "America/Chicago", "US")
    assert day is not None and day < dt.date(2026, 11, 26)


@pytest.mark.parametrize("pair", ["Monday or Tuesday", "Mon/Tues", "Monday or Tuesday either way"])
def test_two_weekdays_said_together_are_in_that_order(pair):
    # Said on Monday 7 December: the Tuesday after next Monday (the later alternative), not
    # tomorrow, which read alone comes before the Monday.
    text = f"You'll get a call from me {pair}."
    assert _day(text, dt.datetime(2026, 12, 7, 15), "America/Chicago", "US") == dt.date(
        2026, 12, 15
    )


@pytest.mark.parametrize("said", ["by the 14th, 16th at the latest", "on the 14th, 15th or 16th"])
def test_a_day_number_after_a_comma_and_another_is_the_later_alternative(said):
    text = f"HM call notes: they're aiming to wrap it up {said}."
    assert _day(text, NOW, "America/New_York", "US") == dt.date(2026, 12, 16)


@pytest.mark.parametrize("what", ["anything formal", "anything", "something definite"])
def test_having_nothing_for_you_until_a_time_promises_it_then(what):
    # Said on Thursday 28 May 2026, before the June bank holiday (Monday 1 June): after the
    # long weekend is the Friday of the week after it (PRODUCT.md's "after <holiday>").
    text = (
        "Thanks for coming in on Tuesday. With the bank holiday on Monday I won't have "
        f"{what} for you until after the long weekend."
    )
    assert _day(text, dt.datetime(2026, 5, 28, 12), "Europe/Dublin", "IE") == dt.date(2026, 6, 5)


# One text each, read as told (each made from a tuning miss or the review's probes).
@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "day"),
    [
        # "back from holiday on the 18th" is no day off the office takes: "a couple of days of
        # that" counts from the 18th, not from the Thursday said before it.
        pytest.param(
            "Thanks for coming in on Thursday. The owner is back from holiday on the 18th and I'll "
            "come back to you within a couple of days of that.",
            dt.datetime(2026, 12, 6, 18),
            "Europe/London",
            "GB",
            dt.date(2026, 12, 20),
            id="back-from-holiday",
        ),
        # The committee meets on Thursday 10 December: "within one week of the meeting" is the
        # 17th, not a week from the interview on the 3rd (nor the meeting's own day).
        pytest.param(
            "With reference to your interview for the post of Site Engineer held on 3rd "
            "December, this is to inform you that the Appointments Committee will convene on "
            "10th December and the outcome shall be communicated within one week of the "
            "meeting.",
            NOW,
            "Asia/Karachi",
            "PK",
            dt.date(2026, 12, 17),
            id="committee-convenes-on-a-date",
        ),
        # Convening on Wednesday 9 December: two working days of the meeting is Friday the 11th.
        pytest.param(
            "Thank you for attending the panel interview. The hiring committee will convene on "
            "Wednesday to compare the shortlist, and we will revert to you within two working days "
            "of the meeting.",
            dt.datetime(2026, 12, 6, 11),
            "Asia/Riyadh",
            "SA",
            dt.date(2026, 12, 11),
            id="committee-convenes-on-a-weekday",
        ),
        # As non-native writers put it: 'HR told "..."', said at the round on Monday 23 November:
        # five working days from then (Guru Nanak's birthday on the 24th a holiday), not from now.
        pytest.param(
            'Gave my final round on 23rd Nov. HR called same evening and told "result will be '
            'shared within 5 working days, kindly wait".',
            NOW,
            "Asia/Kolkata",
            "IN",
            dt.date(2026, 12, 1),
            id="told-with-a-quote",
        ),
        # "(24 November)" dates the Tuesday, not Thanksgiving: the interview was then, and two
        # weeks count from it (not from a Tuesday read as the last one gone by).
        pytest.param(
            "Had my interview on the Tuesday before Thanksgiving (24 November). The manager said "
            "I'd hear within two weeks at the latest.",
            NOW,
            "America/Chicago",
            "US",
            dt.date(2026, 12, 8),
            id="tuesday-before-a-holiday-bracketed",
        ),
        # The promise on the line before the dated one is said now: two weeks from 4 December.
        pytest.param(
            "We will make our final decision within the next two weeks.\n"
            "Thank you for speaking with our team today (11/24).",
            NOW,
            "America/New_York",
            "US",
            dt.date(2026, 12, 18),
            id="dated-today-dates-what-follows",
        ),
        pytest.param(
            "On Tuesday the recruiter said I'd hear by Friday either way. If they're moving me to "
            "the final round I'll need a day off.",
            dt.datetime(2026, 12, 2, 9),
            "America/Los_Angeles",
            "US",
            dt.date(2026, 12, 4),
            id="next-round-hoped-for",
        ),
        pytest.param(
            "Got the no-thanks email tonight. They'd said they'd let me know within the week after "
            "my interview last Friday, so fair play, they did.",
            NOW,
            "Pacific/Auckland",
            "NZ",
            None,
            id="so-they-did",
        ),
        # Said on Tuesday 1 December: "Friday the 5th" (a Saturday) is Friday 4 December, the
        # earlier of the two (PRODUCT.md), gone by since; not the next month's.
        pytest.param(
            "Interview with the lead on Tuesday December 1. She said I'd have an answer by Friday "
            "the 5th.",
            dt.datetime(2026, 12, 8, 19),
            "America/Edmonton",
            "CA",
            dt.date(2026, 12, 4),
            id="friday-the-5th-said-then",
        ),
        # Said at the interview on Wednesday 25 November: two weeks on is 9 December.
        pytest.param(
            "I had second interview on 25th of November in a company in Berlin. The Teamlead "
            "say me I get answer in a couple of weeks.",
            NOW,
            "Europe/Berlin",
            "DE",
            dt.date(2026, 12, 9),
            id="say-me",
        ),
        # Written on Monday 23 November: a couple of weeks on is 7 December, not 18 December.
        pytest.param(
            "Nov 23 - Ms Reyes (recruitment, Harbour BPO):\n"
            '"Congrats, you passed the final interview. The job offer will be sent in a couple of '
            "weeks, we are waiting for the client's approval.\"\n"
            "praying it pushes through",
            NOW,
            "Asia/Manila",
            "PH",
            dt.date(2026, 12, 7),
            id="last-message-under-its-header",
        ),
        # "The next day" is when the thank-you went, not when the promise was told (review).
        pytest.param(
            "My panel was on Mon 23 Nov. The next day I sent a thank-you email to everyone. At the "
            "panel the manager said they would decide within 3 business days.",
            NOW,
            "Asia/Singapore",
            "SG",
            dt.date(2026, 11, 26),
            id="day-after-in-another-sentence",
        ),
        pytest.param(
            "They said the committee would be convened on 9 December and I'd hear within a week of "
            "the meeting.",
            dt.datetime(2026, 12, 7, 10),
            "Asia/Karachi",
            "PK",
            dt.date(2026, 12, 16),
            id="committee-is-convened",
        ),
    ],
)
def test_a_text_reads_as_told(text, now, zone, country, day):
    assert _day(text, now, zone, country) == day


def test_a_weekday_of_last_week_is_a_day_gone_by():
    # Said on Thursday 26 November (Thanksgiving): three business days on is Tuesday 1
    # December, not three from the Thursday to come.
    text = (
        "the hiring manager said on thursday of last week, right when we wrapped, that they'd "
        "get back to me within 3 business days."
    )
    assert _day(text, NOW, "America/Denver", "US") == dt.date(2026, 12, 1)


def test_messages_pasted_under_dates_between_dashes_count_from_their_dates():
    # The newer message, of 24 November, moves the promise to Friday the 27th, gone by
    # since; not the older "by end of next week" read from now.
    text = (
        "two emails from the recruiter, nothing since. what do I do?\n\n"
        "--- Nov 12 ---\n"
        "Hi Sam, the team is wrapping up final interviews this week and we'll have an update "
        "for you by end of next week.\n\n"
        "--- Nov 24 ---\n"
        "Hi Sam, one of the interviewers was out sick so we're running a few days behind. We'll "
        "have an update by Friday the 27th."
    )
    assert _day(text, NOW, "America/New_York", "US") == dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "quote", ["'You'll hear from us within two weeks' -", "You'll hear from us within two weeks."]
)
def test_thats_what_was_said_then_dates_the_words_before_it(quote):
    # Said on Monday 23 November: two weeks on is 7 December, not 18 December.
    text = f"{quote} that's what the director said as I was leaving, Monday 23 November."
    assert _day(text, NOW, "Europe/London", "GB") == dt.date(2026, 12, 7)


def test_a_bare_dated_line_does_not_date_a_yesterday_told_below_it():
    # "Mon 30 Nov:" alone heads no message: "yesterday" below it is Sunday 6 December, and two
    # weeks count from then (review of stop 52's last rules).
    text = (
        "Mon 30 Nov:\nfinal round\nRecruiter emailed yesterday saying they'd decide within two "
        "weeks."
    )
    assert _day(text, dt.datetime(2026, 12, 7, 10), "Europe/London", "GB") == dt.date(2026, 12, 20)


def test_a_line_of_yesterday_under_a_dated_entry_is_read_as_it_would_be_alone():
    # The entry of 23 November does not date a call told as yesterday's (second review).
    line = "Recruiter called yesterday: they'll decide within two weeks."
    text = f"Mon 23 Nov: panel interview\n{line}\n2 Dec: nothing"
    now = dt.datetime(2026, 12, 7, 10)
    assert _day(text, now, "Europe/London", "GB") == _day(line, now, "Europe/London", "GB")


def test_a_rule_registered_after_a_scan_is_read_too():
    # `grammar.scan` looks the rules' words up once (`_rules_read`): a rule added after the
    # first scan must not be skipped without a word.
    from followup.core.timeline import grammar, reader

    ctx = reader._context(NOW, "Europe/London", "GB", reader.DEADLINE)
    grammar.scan("by friday", ctx)
    before = len(grammar._RULES)

    @grammar.rule("explicit_date", r"zzqq day")
    def _zzqq(m, ctx):
        return ctx.today

    try:
        assert [c.kind for c in grammar.scan("on zzqq day", ctx)] == ["explicit_date"]
    finally:
        del grammar._RULES[before:]
