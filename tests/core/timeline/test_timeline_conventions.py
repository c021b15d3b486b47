"""One focused test per convention in followup.core.timeline's docstring."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import Reading, read_timeline

THU = dt.datetime(2026, 11, 26, 15, 30)  # Thanksgiving in the US
FRI = dt.datetime(2026, 12, 4, 10, 0)
SUN = dt.datetime(2027, 1, 10, 20, 0)
NY = "America/New_York"
LONDON = "Europe/London"


def read(text: str, now: dt.datetime = THU, tz: str = NY, country: str | None = None):
    reading = read_timeline(text, now, tz, country)
    return reading.deadline.isoformat() if reading else None


def test_it_returns_the_words_it_read_and_the_kind():
    text = "Thanks! We'll decide by the end of next week."
    reading = read_timeline(text, THU, NY)
    assert reading == Reading(
        dt.date(2026, 12, 4), "by the end of next week", "end_of_week", 21, 44
    )
    assert text[reading.start : reading.end] == reading.phrase


def test_it_keeps_the_writers_spelling_in_the_phrase():
    reading = read_timeline("we'll revert by EOD Tmrw", THU, NY)
    assert reading.phrase == "by EOD Tmrw"
    assert reading.deadline == dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("by Friday", THU, "2026-11-27"),
        ("by Friday", FRI, "2026-12-11"),  # said on a Friday: a week later
        ("this Friday", FRI, "2026-12-04"),
        ("next Tues", THU, "2026-12-01"),
        ("next Friday", dt.datetime(2026, 11, 16, 9), "2026-11-27"),  # Friday of next week
        ("coming Friday", dt.datetime(2026, 11, 16, 9), "2026-11-20"),
        ("COB Thursday", THU, "2026-12-03"),
        ("Monday week", THU, "2026-12-07"),
        ("a week on Monday", THU, "2026-12-07"),
        ("Monday fortnight", THU, "2026-12-14"),
        ("the Friday after next", THU, "2026-12-04"),
        ("next week Monday", THU, "2026-11-30"),
        ("Tuesday next week", THU, "2026-12-01"),
    ],
)
def test_it_reads_weekdays(text, now, expected):
    assert read(f"We'll decide {text}.", now) == expected


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("by the end of the week", THU, "2026-11-27"),
        ("EOW", THU, "2026-11-27"),
        ("EOW", SUN, "2027-01-15"),  # at the weekend: the coming week
        ("end of next week", THU, "2026-12-04"),
        ("end of next week", SUN, "2027-01-15"),
        ("next week", THU, "2026-12-04"),
        ("the week after next", THU, "2026-12-11"),
        ("next to next week", THU, "2026-12-11"),
        ("early next week", THU, "2026-11-30"),  # its start, as "early the following" is
        ("mid next week", THU, "2026-12-02"),
        ("late next week", THU, "2026-12-04"),
        ("the week of the 14th", THU, "2026-12-18"),
        ("before the weekend", THU, "2026-11-27"),
    ],
)
def test_it_reads_weeks(text, now, expected):
    assert read(f"Decision {text}.", now) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("within 5 business days", "2026-12-03"),  # Fri 27 Nov is a business day in the US
        ("in 3 working days", "2026-12-01"),
        ("7-10 business days", "2026-12-10"),
        ("within a week", "2026-12-03"),
        ("in 2-3 wks", "2026-12-17"),
        ("a week or two", "2026-12-10"),
        ("in a fortnight", "2026-12-10"),
        ("a couple of weeks", "2026-12-10"),
        ("within 48 hours", "2026-11-28"),
        ("in a month", "2026-12-26"),
        ("two weeks from today", "2026-12-10"),
        ("this time next week", "2026-12-03"),
        ("tomorrow", "2026-11-27"),
        ("EOD today", "2026-11-26"),
    ],
)
def test_it_reads_durations_and_takes_the_upper_end_of_ranges(text, expected):
    assert read(f"We'll get back to you {text}.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR: 1-2 wks for feedback.", "2026-12-10"),
        ("She said 4-6 days to hear if I get the onsite.", "2026-12-02"),
        ("I have 2 weeks to decide on the other offer.", None),  # the candidate's own deadline
        ("It's a fortnight until we make the call.", "2026-12-10"),
        ("It'll be a month or so before we decide.", "2026-12-26"),
        ("We will revert in a week to ten days.", "2026-12-06"),
        (
            "You will receive written notification of the outcome within five (5) business "
            "days of this interview.",
            "2026-12-03",
        ),
        ("Decision by the 20th or 21st of next month.", "2026-12-21"),
    ],
)
def test_a_wait_named_before_the_answer_is_a_timeline(text, expected):
    assert read(text) == expected


def test_business_days_skip_the_holidays_of_the_country():
    # Christmas and Boxing Day (observed Mon 28 Dec) in England; only Christmas in the US.
    wed = dt.datetime(2026, 12, 23, 10)
    assert read("within 3 working days", wed, LONDON) == "2026-12-30"
    assert read("within 3 working days", wed, NY) == "2026-12-29"
    # Two holidays inside the count in India: Ram Navami (26 Mar) and Mahavir Jayanti (31 Mar).
    assert (
        read("revert in 5 working days", dt.datetime(2026, 3, 23), "Asia/Kolkata") == "2026-04-01"
    )


def test_an_explicit_country_overrides_the_zones():
    wed = dt.datetime(2026, 12, 23, 10)
    assert read("within 3 working days", wed, "UTC") == "2026-12-28"  # no country: weekends only
    assert read("within 3 working days", wed, "UTC", country="GB") == "2026-12-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mid-December", "2026-12-15"),
        ("early January", "2027-01-10"),
        ("late January", "2027-01-31"),
        ("end of the month", "2026-11-30"),
        ("EOM", "2026-11-30"),
        ("end of next month", "2026-12-31"),
        # The Friday of the week holding 7 January (a Thursday): the end of a week is its Friday.
        ("the first week of January", "2027-01-08"),
        ("sometime in February", "2027-02-28"),
        ("end of Q1", "2027-03-31"),
        ("end of the quarter", "2026-12-31"),
        ("year end", "2026-12-31"),
        ("mid to late December", "2026-12-31"),
        # A half of a month is a month part, not a half-year.
        ("in the first half of January", "2027-01-15"),
        ("in the second half of January", "2027-01-31"),
        ("in the first half of the year", "2027-06-30"),
        ("by the end of H1", "2027-06-30"),
    ],
)
def test_it_reads_month_parts_quarters_and_years(text, expected):
    assert read(f"We expect a decision {text}.") == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        # PRODUCT.md: the Friday of the week that holds the first business day after it.
        ("after Thanksgiving", THU, NY, "2026-11-27"),  # Thu 26 Nov: back on Fri 27 Nov
        ("after Thanksgiving", dt.datetime(2026, 10, 3), "America/Toronto", "2026-10-16"),
        ("after Christmas", FRI, LONDON, "2027-01-01"),  # back Tue 29 Dec: that week's Friday
        ("after Golden Week", dt.datetime(2026, 4, 20), "Asia/Tokyo", "2026-05-08"),
        ("after Golden Week", dt.datetime(2027, 4, 20), "Asia/Tokyo", "2027-05-07"),
        ("after the May bank holiday", dt.datetime(2026, 4, 20), "Europe/Dublin", "2026-05-08"),
        ("after Lunar New Year", dt.datetime(2027, 1, 20), "Asia/Singapore", "2027-02-12"),
        ("after the new year", THU, NY, "2027-01-08"),
        ("in the new year", THU, NY, "2027-01-08"),
        ("before Christmas", THU, NY, "2026-12-24"),
        ("post Diwali", dt.datetime(2026, 10, 26), "Asia/Kolkata", "2026-11-13"),
        ("after Australia Day", dt.datetime(2026, 1, 20), "Australia/Sydney", "2026-01-30"),
        ("after the bank holiday", dt.datetime(2026, 5, 18), LONDON, "2026-05-29"),
        ("after the 4th of July", dt.datetime(2026, 6, 26), "America/Los_Angeles", "2026-07-10"),
    ],
)
def test_it_reads_holidays(text, now, tz, expected):
    assert read(f"We'll decide {text}.", now, tz) == expected


JAN = dt.datetime(2026, 1, 5, 10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PRODUCT.md: after a multi-day break, from its last day; before one with dates given,
        # the last business day before it.
        ("after spring break (March 23-27)", "2026-04-03"),
        ("before half term (16-20 February)", "2026-02-13"),
        ("after the half-term break, 16-20 Feb", "2026-02-27"),
        ("before our Christmas closure from 24 December to 2 January", "2026-12-23"),
        ("after the school holidays (6 to 17 April)", "2026-04-24"),
        ("before we close for the holidays on the 23rd", "2026-01-22"),
    ],
)
def test_a_break_with_its_dates_given(text, expected):
    assert read(f"We'll let you know {text}.", JAN, LONDON) == expected


def test_sending_the_answer_is_a_promise_and_asking_for_papers_is_not():
    may = dt.datetime(2026, 5, 12, 10, 0)
    assert read("We will send you the contract within 5 working days.", may, LONDON) == (
        "2026-05-19"
    )
    assert read("Please send us your contract by Friday.", may, LONDON) is None


def test_the_day_after_an_event_on_a_weekday():
    # PRODUCT.md: relative to another event named in the text, counted from that event.
    assert read("The panel meets Tuesday, you'll hear the day after.", JAN, LONDON) == "2026-01-07"
    assert read("The panel meets Tuesday and meets again the day after.", JAN, LONDON) is None


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("by 12/5", NY, "2026-12-05"),
        ("by 12/1", LONDON, "2027-01-12"),  # day first outside North America
        ("by 18/12", NY, "2026-12-18"),  # impossible month first: read day first
        ("on Dec 5th", NY, "2026-12-05"),
        ("by 5th December", NY, "2026-12-05"),
        ("Friday the 4th", NY, "2026-12-04"),
        ("by the 3rd", NY, "2026-12-03"),
        ("by Jan 15, 2027", NY, "2027-01-15"),
        ("on 2026-12-09", NY, "2026-12-09"),
        ("by Dec 10-12", NY, "2026-12-12"),
    ],
)
def test_it_reads_explicit_dates(text, tz, expected):
    assert read(f"We'll let you know {text}.", THU, tz) == expected


def test_it_counts_from_another_event():
    assert read("We'll decide within a week of the onsite on 12/3.") == "2026-12-10"
    assert read("Decision 3 business days after the panel on Monday 30 Nov.") == "2026-12-03"


def test_the_latest_promised_date_wins():
    assert read("We'll try for Friday, Monday at the latest.") == "2026-11-30"
    assert read("Decision by Friday; if not, by the end of next week.") == "2026-12-04"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for interviewing with us on Tuesday 11/24. We'll be in touch soon.",
        "If it works out, your start date would be January 4.",
        "Our office is closed Nov 26-27 for Thanksgiving.",
        "The team works in two-week sprints and ships every other Friday.",
        "Call me at 212-555-0147 or 12/555 0147.",
        "Sent: Tuesday, December 1, 2026 9:14 AM",
        "Please send your references by Friday.",
        "Let me know by Monday if you're still interested.",
        "We're a 24/7 operation.",
        "We offer 4 weeks of paid leave.",
        "Your interview is confirmed for Wednesday 9 December at 2pm.",
    ],
)
def test_distractor_dates_are_not_the_timeline(text):
    assert read(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ASAP",
        "We'll be in touch soon.",
        "We'll let you know.",
        "No timeline yet.",
        "Shortly!",
        "",
    ],
)
def test_vague_answers_are_no_timeline(text):
    assert read(text) is None


def test_the_promise_is_kept_when_a_distractor_shares_the_sentence():
    text = "I interviewed on Monday and they said I'd hear back by Friday."
    assert read(text) == "2026-11-27"
    text = (
        "Sent: Mon, Nov 23\n\nThanks, we'll get back to you by end of next week; you'd start Jan 4."
    )
    assert read(text) == "2026-12-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we'll get back to u by fridya", "2026-11-27"),
        ("decison next thrusday", "2026-12-03"),
        ("within 5 buisness days", "2026-12-03"),
        ("by the end of next weeek", "2026-12-04"),
        ("EXPECT A DECISION MID DECMBER", "2026-12-15"),
        ("in two wks", "2026-12-10"),
    ],
)
def test_it_tolerates_typos_and_shouting(text, expected):
    assert read(text) == expected


def test_an_aware_now_is_read_in_the_writers_zone():
    # 02:00 UTC on Friday is still Thursday evening in New York.
    now = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)
    assert read("We'll decide by Friday.", now) == "2026-11-27"


def test_an_unknown_zone_is_an_error():
    with pytest.raises(ValueError, match="unknown time zone"):
        read_timeline("by Friday", THU, "Mars/Olympus")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PRODUCT.md's vague amounts, said on Thu 26 Nov 2026.
        ("We'll reach out in the coming weeks.", "2026-12-17"),
        ("Over the next few weeks we'll decide.", "2026-12-17"),
        ("It's going to be a few weeks.", "2026-12-17"),
        ("she said 2 wks tops", "2026-12-10"),
        ("a week, maybe 10 days", "2026-12-06"),
        ("recruiter said client gives fb w/in 2 bus. days", "2026-11-30"),
        ("Decision by the end of H1.", "2027-06-30"),
        ("Late next week or early the following.", "2026-12-07"),
        ("Either end of this week or early next.", "2026-11-30"),
        ("The panel meets Tuesday and you'll hear from me the day after.", "2026-12-02"),
        # A weekday and a day number that disagree: the nearer of the two (Mon 30th vs Tue 1st).
        ("We'll decide by Tuesday the 30th.", "2026-11-30"),
    ],
)
def test_it_reads_everyday_vague_and_alternative_forms(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You'll be the first to know!",
        "She was busy with the Black Friday setup.",
        "The manager has been out sick since Monday.",
        "We would like to have your answer by Friday.",
        "If I don't hear by Friday I'll email her.",
        "You are welcome to reapply after 90 days.",
    ],
)
def test_other_peoples_dates_are_not_the_timeline(text):
    assert read(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jen is out until the 3rd; she'll give you an answer by the end of that week.",
            "2026-12-04",
        ),
        (
            "The board signs off on Tuesday and you'll get a call from me the following Monday.",
            "2026-12-07",
        ),
        (
            "I'm back in the office on 2 December; expect our decision one week after I am back.",
            "2026-12-09",
        ),
    ],
)
def test_that_week_and_the_following_weekday_count_from_the_date_before(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry for the message on a Saturday! We will let you know next week.", "2026-12-04"),
        (
            "Sorry for the Sunday email - we'll have the decision to you within 3 working days.",
            "2026-12-01",
        ),
        (
            "Maeve is on leave until the 30th, and she'll make the final call by the end of "
            "that week.",
            "2026-12-04",
        ),
    ],
)
def test_a_weekday_with_no_particular_date_is_not_the_deadline(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        (
            "The panel can't meet until after the August bank holiday, so you'll hear from us "
            "after that.",
            dt.datetime(2026, 7, 28, 10),
            "Europe/Dublin",
            "IE",
            "2026-08-07",
        ),
        (
            "We'll get back to you after King's Day.",
            dt.datetime(2027, 4, 20, 10),
            "Europe/Amsterdam",
            "NL",
            "2027-04-30",
        ),
        (
            "We can only give you our decision after Whit Monday.",
            dt.datetime(2027, 5, 10, 10),
            "Europe/Berlin",
            "DE",
            "2027-05-21",
        ),
        (
            "We'll get back to you after Waitangi weekend.",
            dt.datetime(2027, 2, 2, 10),
            "Pacific/Auckland",
            "NZ",
            "2027-02-12",
        ),
    ],
)
def test_it_reads_more_countries_holidays(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Got an offer from Brightwave - they need my answer by Friday.", None),
        ("I have a competing offer with a deadline of the 12th.", None),
        ("She didn't say when they'd decide. I'll follow up in a week if I hear nothing.", None),
        (
            "We'll have feedback early next week, and I'll follow up with you by Thursday.",
            "2026-12-03",
        ),
        (
            "They reckon they'll have an answer by the end of this month or early next.",
            "2026-12-10",
        ),
    ],
)
def test_someone_elses_deadline_and_the_candidates_own_plan_are_not_timelines(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        (
            "We will inform you of the result by 2026/12/04 by e-mail.",
            "2026-11-30",
            "Asia/Tokyo",
            "2026-12-04",
        ),
        (
            "We will send you our decision by 20.11. at the latest.",
            "2026-11-10",
            "Europe/Berlin",
            "2026-11-20",
        ),
        (
            "Our client will give feedback on all candidates in KW 24.",
            "2026-06-02",
            "Europe/Berlin",
            "2026-06-12",
        ),
        ("she said client gives feedback in 24-48h usually", "2026-02-24", LONDON, "2026-02-26"),
        # The 25th is a Saturday: the Friday next to it, not the coming Friday the 17th.
        ("We'll let you know by Friday 25th.", "2026-07-15", "Australia/Sydney", "2026-07-24"),
        (
            "The results of this round will be shared with you within 5 working days.",
            "2026-03-02",
            "Asia/Kolkata",
            "2026-03-10",  # Holi (4 March) is no business day
        ),
        (
            "Candidates will be informed of the results of the interview within 6-8 weeks.",
            "2026-03-19",
            "America/Toronto",
            "2026-05-14",
        ),
        (
            "We expect to complete the process by the end of the year.",
            "2026-11-16",
            "Europe/Berlin",
            "2026-12-31",
        ),
        (
            "She'll make her call within 2 business days of getting back from leave on 2/20.",
            "2026-02-09",
            NY,
            "2026-02-24",
        ),
        # No date to count from, or not theirs.
        (
            "We'll be back to you within 3 working days of receiving your references.",
            "2026-08-26",
            "Africa/Johannesburg",
            None,
        ),
        (
            "I told them about my notice period (3 months, ends 30.06.); they'll come back to me.",
            "2026-03-18",
            "Europe/Berlin",
            None,
        ),
    ],
)
def test_formats_and_events_others_wrote(text, now, tz, expected):
    assert read(text, dt.datetime.fromisoformat(now + "T10:00"), tz) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        (
            "Pls wait for our text within the week re: your result.",
            "2026-02-02",
            "Asia/Manila",
            "2026-02-06",
        ),
        (
            "doc will decide on ur application this wk or next wk",
            "2026-05-12",
            "Asia/Manila",
            "2026-05-22",
        ),
        (
            "The shortlist will be sent to you within 48 hours.",
            "2026-01-27",
            "Africa/Lagos",
            "2026-01-29",
        ),
        (
            "Kindly allow us 10 working days to complete the process.",
            "2026-05-22",
            "Africa/Nairobi",
            "2026-06-08",  # Madaraka Day (1 June) is no business day
        ),
        (
            "They will close the process sometime mid-June.",
            "2026-05-20",
            "America/Sao_Paulo",
            "2026-06-15",
        ),
        (
            "He will get back to you on or before Friday, 17th of October.",
            "2026-10-06",
            "Asia/Manila",
            "2026-10-16",
        ),
        (
            "The boss will decide before Dragon Boat holiday (19 June).",
            "2026-06-10",
            "Asia/Shanghai",
            "2026-06-18",
        ),
        (
            "HR will give feedback before the Christmas break, we close Dec 23 until Jan 4.",
            "2026-12-10",
            "Asia/Manila",
            "2026-12-22",
        ),
        (
            "Half the team is out, so we'll get back to you after the Fourth.",
            "2026-06-29",
            NY,
            "2026-07-10",
        ),
        ("We'll decide by the 4th.", "2026-03-02", NY, "2026-03-04"),
        (
            "Result will be informed after National Day holiday.",
            "2026-09-28",
            "Asia/Shanghai",
            "2026-10-09",
        ),
        # Not theirs, or not a reply date.
        (
            "He said they'd need someone by 1 October at the latest.",
            "2026-07-01",
            "Europe/Berlin",
            None,
        ),
        (
            "If we offer you the role, the DBS check usually takes 2-4 weeks.",
            "2026-07-09",
            LONDON,
            None,
        ),
        ("Plan: chase Emma next Thursday if nothing.", "2026-10-13", LONDON, None),
    ],
)
def test_phrasings_from_a_second_blind_corpus(text, now, tz, expected):
    assert read(text, dt.datetime.fromisoformat(now + "T10:00"), tz) == expected


def test_a_bare_line_of_non_native_phrasing_is_read_by_the_rules(monkeypatch):
    # The rules' reading; the model, which weighs a one-line paste on a handful of words, scores
    # this line at its threshold (0.544 against 0.55 in stop 43's retraining), so it is pinned
    # here without it.
    from followup.core.timeline import reader

    monkeypatch.setattr(reader, "rules_only", True)
    text = "The process will be concluded on the next 15 days."
    now = dt.datetime(2026, 9, 1, 10, 0)
    assert read(text, now, "America/Sao_Paulo") == "2026-09-16"


@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        (
            "Our offices close from 23 December to 4 January, and we'll confirm the outcome "
            "before the closure.",
            "2026-12-02",
            "Europe/Dublin",
            "2026-12-22",
        ),
        (
            "Our office is closed from 1 to 23 August for the summer. We will give you our answer "
            "before the closure.",
            "2026-07-20",
            "Europe/Paris",
            "2026-07-31",
        ),
        (
            "We are closed 24-26 December. I interviewed before the break.",
            "2026-12-10",
            LONDON,
            None,
        ),
        (
            "Please expect the result of your application after the Holy Week.",
            "2026-03-30",
            "Asia/Manila",
            "2026-04-10",
        ),
        ("I'll let you know one way or the other by the 3rd.", "2026-05-27", LONDON, "2026-06-03"),
        (
            "We will let you know at the latest on Friday 12-6.",
            "2026-06-04",
            "Europe/Amsterdam",
            "2026-06-12",
        ),
        ("We will send you the result by Friday, 4/11.", "2026-04-03", "Asia/Tokyo", "2026-04-10"),
        (
            "It may take a month or so before we can confirm the outcome.",
            "2026-10-19",
            LONDON,
            "2026-11-19",
        ),
        ("We need your documents two weeks before the start.", "2026-04-15", "Europe/Paris", None),
        (
            "The position is to be filled from 1 June. We will contact you again.",
            "2026-04-20",
            "Europe/Paris",
            None,
        ),
        ("relocation to Pune by 1 June ok for me", "2026-04-20", "Asia/Kolkata", None),
        (
            "I'm off from 2nd-6th March; the client hasn't given a timeframe yet.",
            "2026-02-26",
            LONDON,
            None,
        ),
    ],
)
def test_phrasings_from_a_third_blind_corpus(text, now, tz, expected):
    assert read(text, dt.datetime.fromisoformat(now + "T10:00"), tz) == expected


MON_OCT = dt.datetime(2026, 10, 5, 11, 0)  # Monday 5 October 2026


@pytest.mark.parametrize(
    "text",
    [
        # A request of the candidate, even with a word that can promise ("share").
        "Kindly share your degree certificate by Wednesday so onboarding can begin.",
        "Please send your signed NDA by Friday, thanks.",
        # A past event named by its day.
        "Thank you again for Thursday! Any idea when the team might decide?",
        "Hi, it's Maya at Brightline, following up on Friday. Call me back when you can.",
        "The hiring manager loved you on Tuesday. Nothing firm yet, sit tight.",
        # Opening hours, a document's date, benefits, someone else's project.
        "Our recruiters answer calls Monday to Friday, 9 to 5.",
        "Phones are staffed Mon-Fri only.",
        "Attached is your contract dated 5 October 2026.",
        "You become eligible for the pension after 90 days.",
        "No news yet. The Q4 roadmap review is on the 20th, slides due Thursday.",
        # A note's title with the day it was written.
        "Debrief - Ledger & Pine, analyst role (Mon)\n- met the CFO\n- no dates given",
    ],
)
def test_no_timeline_in_requests_past_days_schedules_and_other_dates(text):
    assert read(text, MON_OCT, LONDON, "GB") is None


def test_the_step_after_a_decision_does_not_move_the_decision():
    text = "Feedback Wednesday or Thursday; if it's a yes, the offer talk maybe the week after."
    assert read(text, MON_OCT) == "2026-10-08"


def test_within_a_time_thereafter_counts_from_the_event():
    text = "The board meets on 14 October and we will write to you within one week thereafter."
    assert read(text, MON_OCT, LONDON, "GB") == "2026-10-21"


def test_the_long_weekend_is_the_nearest_one_kept_in_the_region():
    # In Canada, Thanksgiving (a provincial holiday in most provinces) comes before Christmas.
    text = "We'll have an answer for you after the long weekend."
    assert read(text, MON_OCT, "America/Toronto", "CA") == "2026-10-16"


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # Carnival's last day is 47 days before Easter (no holiday list has it): Tue 9 Feb 2027.
        (
            "The board only decides after Carnaval.",
            dt.datetime(2027, 2, 1, 10),
            "America/Sao_Paulo",
            "BR",
            "2027-02-12",
        ),
        # Seollal runs Sat 6 to Tue 9 Feb 2027 (an alternative holiday): back Wed 10, Friday 12.
        (
            "You will hear from us after Seollal.",
            dt.datetime(2027, 1, 25, 10),
            "Asia/Seoul",
            "KR",
            "2027-02-12",
        ),
        # Any holiday of the country by its name: Heritage Day is Thu 24 Sep 2026 in South Africa.
        (
            "We will confirm the outcome after the Heritage Day public holiday.",
            dt.datetime(2026, 9, 14, 10),
            "Africa/Johannesburg",
            "ZA",
            "2026-09-25",
        ),
        (
            "The panel will decide in a period of 5 to 8 business days.",
            dt.datetime(2026, 10, 5, 10),
            LONDON,
            "GB",
            "2026-10-15",
        ),
        # A closure's first day, then "before the break" in the next sentence.
        (
            "The office closes on Thursday 24 December and reopens on 4 January. We will let you"
            " know before the break.",
            dt.datetime(2026, 12, 7, 10),
            LONDON,
            "GB",
            "2026-12-23",
        ),
        (
            "The factory shuts for the summer shutdown from 31 July to 21 August. You will have our"
            " answer before the summer shutdown.",
            dt.datetime(2026, 7, 13, 10),
            "Europe/Berlin",
            "DE",
            "2026-07-30",
        ),
        # A portal's field is a promise in so many words: the model never vetoes it.
        (
            "Stage: final review\nTarget decision date: 2026-07-24\n"
            "Interview completed: 2026-07-10",
            dt.datetime(2026, 7, 13, 10),
            "America/Toronto",
            "CA",
            "2026-07-24",
        ),
    ],
)
def test_holidays_by_name_periods_closures_and_portal_fields(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


def test_a_day_that_is_no_holiday_of_the_country_is_not_read_as_one():
    text = "We will decide after the open day."
    assert read(text, dt.datetime(2026, 9, 14, 10), "Africa/Johannesburg", "ZA") is None
