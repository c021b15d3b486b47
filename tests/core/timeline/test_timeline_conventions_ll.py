"""Conventions found in stop 25 with corpora LL and MM, each in our own words: holidays by the
names people use for them, not the `holidays` package's."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import reader

from .test_timeline_conventions import read


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # France's "National Day" in the package; 14 July 2026 is a Tuesday.
        (
            "Merci Julien - several of us are off around the 14th, so we'll come back to you"
            " after Bastille Day.",
            dt.datetime(2026, 7, 9, 12),
            "Europe/Paris",
            "FR",
            "2026-07-17",
        ),
        (
            "We will let you know after German Unity Day.",
            dt.datetime(2026, 9, 28, 12),
            "Europe/Berlin",
            "DE",
            "2026-10-09",
        ),
        # 6 January, "Reyes", "Three Kings Day", "Epiphany".
        (
            "Half the office is out for Christmas, so we'll tell you something after Reyes.",
            dt.datetime(2026, 12, 18, 12),
            "Europe/Madrid",
            "ES",
            "2027-01-08",
        ),
        (
            "We will revert after Three Kings Day.",
            dt.datetime(2026, 1, 2, 12),
            "Europe/Madrid",
            "ES",
            "2026-01-09",
        ),
        # Poland's May long weekend ends on 3 May (a Sunday in 2026).
        (
            "Most of the team is away for majówka, so the decision will come after majówka.",
            dt.datetime(2026, 4, 27, 12),
            "Europe/Warsaw",
            "PL",
            "2026-05-08",
        ),
        # Mexico's "puente": the long weekend of Revolution Day (Monday 16 November 2026).
        (
            "La directora will call you after the puente, when everyone is back.",
            dt.datetime(2026, 11, 12, 12),
            "America/Mexico_City",
            "MX",
            "2026-11-20",
        ),
        # South Africa's Workers' Day (Friday 1 May 2026) said without its apostrophe.
        (
            "The panel will decide after Workers Day.",
            dt.datetime(2026, 4, 28, 12),
            "Africa/Johannesburg",
            "ZA",
            "2026-05-08",
        ),
    ],
)
def test_a_holiday_by_the_name_people_use(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The wait asked of the reader, in a form letter full of other numbers.
        (
            "Thank you for taking part in the panel interview held on March 10, 2026 for the"
            " Payroll Technician eligibility list. Results will be mailed to each candidate."
            " Because of the number of applicants, please allow 3-5 weeks for notification."
            " Questions about the list may be sent to exams@county.example or (555) 014-2200.",
            "2026-04-15",
        ),
        (
            "The panel has now finished interviewing and reference checks are under way. We"
            " expect to advise candidates of the outcome in a month or so.",
            "2026-04-11",
        ),
        # The panel's deliberation is the wait: "... and we will be in touch".
        (
            "Thanks for meeting the appointment panel on Friday. The panel will be deliberating"
            " over the next few weeks and we will be in touch with an outcome.",
            "2026-04-01",
        ),
    ],
)
def test_a_wait_said_in_the_words_of_a_form_letter(text, expected):
    assert read(text, dt.datetime(2026, 3, 11, 10), "America/Los_Angeles", "US") == expected


@pytest.mark.parametrize(
    "words",
    ["we expect to advise candidates of the outcome", "we hope to advise all candidates"],
)
def test_advising_candidates_is_a_promise_outright(words):
    # A promise in so many words: the model may not veto the date it comes with.
    assert reader._OUTRIGHT_PROMISE.search(words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range said with "from".
        (
            "Reference checks and the psychometric evaluation take from 15 to 20 business days,"
            " after which we will communicate the result to you.",
            "2026-04-08",
        ),
        # How long silence takes to mean no is not when they will answer ...
        (
            "All candidates will be informed of the outcome within 10 working days. Should you"
            " not hear from us within three months of the closing date (2 March 2026), please"
            " accept that your application was unsuccessful.",
            "2026-03-25",
        ),
        # ... but "if you haven't heard by the 20th, chase me" is a date they mean to keep.
        (
            "We see the last two applicants on the 13th. If you haven't heard from us by the"
            " 20th, please give me a chase.",
            "2026-03-20",
        ),
    ],
)
def test_ranges_and_silence(text, expected):
    assert read(text, dt.datetime(2026, 3, 11, 10), "America/Los_Angeles", "US") == expected


@pytest.mark.parametrize(
    "words",
    [
        "hr ma'am said results will be mailed by 15/7 latest",
        "the decisions will be announced",
    ],
)
def test_an_answer_sent_in_the_passive_is_a_promise_outright(words):
    assert reader._OUTRIGHT_PROMISE.search(words)


def test_you_will_hear_from_me_by_then_takes_up_the_date_before_it():
    text = "the committee sends its recommendation in late april. you will hear from me by then."
    assert reader._PROMISE_THEN_NEXT.match(text, text.index(" late april") + len(" late april"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After an event, by no amount, is no date ...
        (
            "Hi Priya, thanks for Monday. We're still interviewing through the 20th and will be"
            " in touch after that with next steps.",
            None,
        ),
        (
            "The client is at the board meeting in Riyadh this week, back on Sunday. I'll update"
            " you after that.",
            None,
        ),
        # ... but after a holiday is "after <holiday>".
        (
            "The boss is away till after Easter, but he'll give you a yes or no after that long"
            " weekend.",
            "2026-04-10",
        ),
        # A newer message that puts the role on hold takes back the date in the one below it.
        (
            "Hi Priscilla, I'm sorry to share that the role has been put on hold until Q3. We'll"
            " reach out if and when it reopens.\n\nFrom: Gavin Koh\nSent: Tuesday, 3 March 2026"
            " 6:05 PM\nSubject: RE: Final interview\n\nThanks for meeting Karen today. We'll be in"
            " touch by next Friday.",
            None,
        ),
        # A vacancy still to be advertised is no answer.
        (
            "We've decided to go with another candidate. We'd be happy to keep your CV on file"
            " for the Timaru role we expect to advertise in May.",
            None,
        ),
    ],
)
def test_what_is_not_a_date_to_answer_by(text, expected):
    assert read(text, dt.datetime(2026, 3, 11, 10), "Europe/London", "GB") == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # An out-of-office return inside a timeline: counted from the day back.
        (
            "Auto-reply: I'm on leave until Monday 16 March. Feedback from the panel will be"
            " shared a couple of days after I'm back.",
            dt.datetime(2026, 3, 11, 10),
            "Asia/Kolkata",
            "IN",
            "2026-03-18",
        ),
        (
            "I am out of the office until Monday 16 March. Interview feedback will be sent out in"
            " the first week after my return.",
            dt.datetime(2026, 3, 11, 10),
            "Europe/Berlin",
            "DE",
            "2026-03-20",
        ),
        # A date given up is no date: the day after the new meeting, not this week's.
        (
            "Our timetable has moved: the committee now meets on 19 March instead of this week."
            " You will have our answer the following day.",
            dt.datetime(2026, 3, 11, 10),
            "Europe/Paris",
            "FR",
            "2026-03-20",
        ),
        # A stage that starts "from" a date is not when they answer.
        (
            "Final interviews: 16-18 March.\nResults of final interview - will issue week"
            " commencing 23 March."
            "\nPre-employment clearance: from mid-April.",
            dt.datetime(2026, 3, 11, 10),
            "Europe/Dublin",
            "IE",
            "2026-03-27",
        ),
    ],
)
def test_returns_replaced_dates_and_stages(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "words",
    [
        "the committee expects to reach its final decision in late february",
        "results of final interview - will issue week commencing 8 june",
    ],
)
def test_decisions_reached_and_results_issued_are_promises_outright(words):
    assert reader._OUTRIGHT_PROMISE.search(words)


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # A pasted e-mail that opens with its own headers counts from its own date.
        (
            "From: Bisi Ade\nDate: Fri, 6 Mar 2026, 16:05\nSubject: RE: Interview\n\nDear Dami,"
            "\nApologies for the delay. We now expect to conclude by the end of next week.",
            dt.datetime(2026, 3, 11, 10),
            "Africa/Lagos",
            "NG",
            "2026-03-13",
        ),
        # A closure, then a promise with a date of its own, then "after the holidays".
        (
            "The office is closed from 1 to 23 August. We will come back to you mid-September,"
            " after the summer holidays.",
            dt.datetime(2026, 7, 23, 18),
            "Europe/Paris",
            "FR",
            "2026-09-15",
        ),
        # A step after a yes counts from a day nobody knows: not the answer.
        (
            "Management will take the final decision after Eid Al Adha and we will revert to you"
            " accordingly. The visa process normally takes 2 to 3 weeks after the offer is"
            " signed.",
            dt.datetime(2026, 5, 20, 14),
            "Asia/Dubai",
            "AE",
            "2026-06-05",
        ),
        # The dates in brackets say when the holiday is.
        (
            "I'll have an answer for you before the Matariki long weekend (Fri 10 - Sun 12 July).",
            dt.datetime(2026, 7, 6, 12, 30),
            "Pacific/Auckland",
            "NZ",
            "2026-07-09",
        ),
    ],
)
def test_headers_closures_and_brackets(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


def test_a_turnaround_said_as_recruiters_write_it():
    text = (
        "Spoke with the client after your L2 round - the feedback TAT on their side is usually"
        " 2-3 working days. Will ping you the moment I hear."
    )
    # (Thursday 12 March: 3 working days in India, none of them a holiday, is the 17th.)
    assert read(text, dt.datetime(2026, 3, 12, 17), "Asia/Kolkata", "IN") == "2026-03-17"


def test_an_answer_committed_to_is_a_promise_outright():
    assert reader._OUTRIGHT_PROMISE.search("they've committed to revert within the next 48 hours")


THU = dt.datetime(2026, 11, 26, 15, 30)  # Thanksgiving Thursday; in London, a Thursday


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Only a pasted e-mail's own From/Date block dates it: not "start date:" in a subject,
        # not notes headed with the interview's date.
        (
            "Subject: Interview update - start date: 2 November\n\nHi Jane, we'll let you know"
            " by the end of next week.",
            "GB",
            "2026-12-04",
        ),
        (
            "Date: Friday 20 November\nInterviewers: Priya, Tom\nPriya: decision by the end of"
            " next week",
            "GB",
            "2026-12-04",
        ),
        # Holiday names that are also names, or another country's.
        ("We'll make the offer after Reyes approves it.", "ES", None),
        ("We'll have an answer after the ponte.", "GB", None),
        # A count's start and a range keep their "from".
        ("We will let you know within 10 business days from 1 December.", "GB", "2026-12-15"),
        ("Offers will go out from 1 to 4 December.", "GB", "2026-12-04"),
        # Another role on hold takes back nothing.
        ("Decision expected by Friday. Our Leeds vacancy is on hold.", "GB", "2026-11-27"),
        # Silence that does not mean no.
        (
            "If you don't hear from us by Friday, don't worry - it doesn't mean you were"
            " unsuccessful, just that the panel is slow.",
            "GB",
            "2026-11-27",
        ),
        # Brackets that narrow the answer after a holiday.
        (
            "We'll have a decision after New Year (probably the week of 11 January).",
            "GB",
            "2027-01-15",
        ),
        # "at the end of our review" is no date of its own.
        (
            "The office is closed 24 Dec - 2 Jan. We'll confirm the outcome at the end of our"
            " review, before the break.",
            "GB",
            "2026-12-23",
        ),
        # "right after that" is the event's day.
        ("Final interviews are on 3 December; we'll decide right after that.", "GB", "2026-12-03"),
    ],
)
def test_what_a_review_of_this_change_found(text, country, expected):
    assert read(text, THU, "Europe/London", country) == expected


def test_a_run_of_marks_before_a_note_is_read_in_one_pass():
    # "[ \t]*(?:[-*>]+[ \t]*){0,3}" split a run three ways: 400 dashes took seconds.
    assert reader._SPEAKER_LINE.match("-" * 5000 + " x") is None


def test_letters_posted_is_no_promise_outright():
    assert not reader._OUTRIGHT_PROMISE.search("the letters will be posted on monday")
