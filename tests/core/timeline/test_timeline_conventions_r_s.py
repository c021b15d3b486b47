"""Conventions found with fresh corpora R, S, U and W (tests/blind/timeline_fresh_*.jsonl), each
in our own words: promises made by anyone, in texting style or with no subject, that the
model's veto must leave alone; dates counted from an event or a return; closures named before
"before we close"; dates that are not the answer."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import reader

from .test_timeline_conventions import read


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # Promises the veto leaves alone: anyone's promise to reach the candidate, in texting
        # style, without a subject, or an aim to confirm.
        (
            "Debrief - logistics firm near the port, ops trainee. Panel of 2 plus HR lady on the"
            " phone. Messed up the vlookup question, but the route planning case was fine. They"
            " asked if I can start on the 1st. HR lady said they will communicate within 5"
            " working days either way. My cousin's offer from the bank expires on the 20th.",
            dt.datetime(2026, 5, 6, 10),
            "Europe/London",
            "GB",
            "2026-05-13",
        ),
        (
            "hiya Jade, lovely to meet u today and ur nail art was class!! im off sun n mon but"
            " ill let u know by weds x chair rent would start from the 1st if it works out",
            dt.datetime(2026, 5, 9, 18),
            "Europe/London",
            "GB",
            "2026-05-13",
        ),
        (
            "hi Ayo, Craig from Harbour Motors. workshop boss liked ur practical. will confirm eod"
            " fri. if yes start on the 18th, boots provided",
            dt.datetime(2026, 5, 6, 10),
            "Europe/London",
            "GB",
            "2026-05-08",
        ),
        (
            "Hi sir Ben, this is Liza of Sunrise Bakery commissary. Sorry late reply. Our"
            " supervisor will text you the result of your trade test tmrw, she is on duty. If pass"
            " pls report on the 12th 6am for orientation.",
            dt.datetime(2026, 5, 6, 10),
            "Asia/Manila",
            "PH",
            "2026-05-07",
        ),
        (
            "Thank you for attending the interview today. Mr Suzuki from our HR department will"
            " contact you after Golden Week regarding the result. Please note our office will be"
            " closed on 29 April and from 2 May to 6 May.",
            dt.datetime(2026, 4, 24, 17),
            "Asia/Tokyo",
            "JP",
            "2026-05-08",
        ),
        (
            "Automatic reply: I'm on annual leave until Monday 18 May with no access to email."
            " Candidates from last week's interviews: the panel will be in touch by the end of"
            " that week. For anything else please contact hr@example.ie.",
            dt.datetime(2026, 5, 6, 10),
            "Europe/Dublin",
            "IE",
            "2026-05-22",
        ),
        # Non-native and terse forms of a promise: "will be release", "you'll have my answer",
        # what a candidate noted ("I'll hear by Friday"), "a period not greater than".
        (
            "Good day! Regarding your interview for cashier last Monday, the result will be"
            " release within 3 working days. Thank you po.",
            dt.datetime(2026, 6, 3, 9),
            "Asia/Manila",
            "PH",
            "2026-06-08",
        ),
        (
            "Anjali, good session today. Need to square it with the MD. You'll have my answer by"
            " Monday. - RK",
            dt.datetime(2026, 3, 4, 18),
            "Asia/Kolkata",
            "IN",
            "2026-03-09",
        ),
        (
            "Onsite done, 4 rounds. Recruiter said the hiring committee meets Tuesday and I'll"
            " hear by Thursday. Offer from the other place expires on the 12th.",
            dt.datetime(2026, 3, 4, 18),
            "America/New_York",
            "US",
            "2026-03-05",
        ),
        (
            "The selection board will publish the results in a period not greater than 8"
            " business days.",
            dt.datetime(2027, 9, 8, 16),
            "America/Mexico_City",
            "MX",
            "2027-09-21",
        ),
        # Counted from an event: "post the X", the interview's own date (named with a long
        # title between), but from today for "the date of this letter".
        (
            "Your panel is on Tuesday, 9th June at 2 PM. Feedback will be shared in 3-4 days"
            " post the panel.",
            dt.datetime(2026, 6, 5, 10),
            "Asia/Kolkata",
            "IN",
            "2026-06-13",
        ),
        (
            "Thank you for taking part in the structured interview for the post of Senior Library"
            " Assistant (Community Services, vacancy ref 2026-LIB-0457) on March 3, 2026. You will"
            " be notified within five (5) business days of the interview.",
            dt.datetime(2026, 3, 5, 9),
            "America/Chicago",
            "US",
            "2026-03-10",
        ),
        (
            "This is to confirm that you sat the practical test on 2nd March 2026. Results shall"
            " be released within ten (10) days from the date of this letter.",
            dt.datetime(2026, 3, 9, 10),
            "Africa/Nairobi",
            "KE",
            "2026-03-19",
        ),
        # Dates that are not the answer: a report date, a change taking effect, someone out
        # until after a holiday, an ordinal that says which job.
        (
            "Dear Wanjiku,\n\nThank you for attending the interview for the Finance Officer role."
            " We are now completing reference checks and we expect to communicate the final"
            " decision by late May. Please note the successful candidate will be expected to"
            " report on 1st July 2026.\n\nRegards,\nHR Office",
            dt.datetime(2026, 5, 4, 10),
            "Africa/Nairobi",
            "KE",
            "2026-05-31",
        ),
        (
            "The board will decide by the end of Q3; the new structure takes effect on 1 October.",
            dt.datetime(2026, 8, 4, 10),
            "Europe/Paris",
            "FR",
            "2026-09-30",
        ),
        (
            "Our MD is out until after the bank holiday, so we'll come back to you Tuesday or"
            " Wednesday next week.",
            dt.datetime(2026, 5, 1, 16),
            "Europe/London",
            "GB",
            "2026-05-06",
        ),
        (
            "cheers for coming by. I'll give you a shout within a week about the second mechanic"
            " job.",
            dt.datetime(2026, 6, 3, 12),
            "Europe/London",
            "GB",
            "2026-06-10",
        ),
        # Before a closure whose dates come first, or after it: the last business day before.
        (
            "The studio is closed from 19 December 2026 until 4 January 2027. We'll confirm"
            " either way before we close.",
            dt.datetime(2026, 12, 9, 10),
            "Europe/London",
            "GB",
            "2026-12-18",
        ),
        (
            "Spring break for the district runs March 16 through March 20, and offers will go"
            " out before the break.",
            dt.datetime(2026, 3, 4, 15),
            "America/Chicago",
            "US",
            "2026-03-13",
        ),
        (
            "They'll decide before their Easter shutdown, which runs from Thursday 2 April to"
            " Monday 13 April.",
            dt.datetime(2026, 3, 24, 16),
            "Australia/Sydney",
            "AU",
            "2026-04-01",
        ),
        (
            "We will send you our answer before the summer closure: the firm is closed from 3 to"
            " 21 August.",
            dt.datetime(2026, 7, 20, 9),
            "Europe/Paris",
            "FR",
            "2026-07-31",
        ),
        # A weekday range in a week named; a range of durations said "between".
        (
            "We'll come back to you Tuesday-Wednesday next week.",
            dt.datetime(2026, 5, 15, 15),
            "Europe/Stockholm",
            "SE",
            "2026-05-20",
        ),
        (
            "You should hear from us in anywhere between 10 days and 3 weeks.",
            dt.datetime(2026, 3, 9, 10),
            "Europe/London",
            "GB",
            "2026-03-30",
        ),
        # The end of the writer's first week back, counted from the return said as such.
        (
            "Automatic reply: I am away until and including Tuesday 11 August. Candidates will"
            " receive feedback by the end of my first week back.",
            dt.datetime(2026, 8, 3, 9),
            "Europe/Berlin",
            "DE",
            "2026-08-14",
        ),
        (
            "I'm on leave and back in the office Monday 9 February. If you interviewed on"
            " Thursday 29 January, I'll be in touch by the end of the week I'm back.",
            dt.datetime(2026, 1, 30, 17),
            "Europe/Dublin",
            "IE",
            "2026-02-13",
        ),
        # An observed holiday makes a long weekend (Freedom Day 2027 is a Tuesday: 2026's
        # 27 April is a Monday; 2025's fell on a Sunday, observed on the Monday).
        (
            "Thanks for today. We'll revert after the long weekend.",
            dt.datetime(2025, 4, 24, 16),
            "Africa/Johannesburg",
            "ZA",
            "2025-05-02",
        ),
        # The event before the promise: "After the second round we will ... within two weeks".
        (
            "Your second interview is on Thursday 4 June. After the second round we will let you"
            " know within 10 days.",
            dt.datetime(2026, 5, 26, 15),
            "Europe/Amsterdam",
            "NL",
            "2026-06-14",
        ),
        # Dates that are not the answer: "with effect from", a visit "come by" that is not one.
        (
            "The panel will communicate the outcome within five working days. Please note this"
            " is a grant-funded post with effect from 1 July 2026.",
            dt.datetime(2026, 4, 22, 16),
            "Africa/Johannesburg",
            "ZA",
            "2026-04-30",
        ),
        (
            "Mori-san: the result will come by email after Golden Week.",
            dt.datetime(2026, 4, 24, 19),
            "Asia/Tokyo",
            "JP",
            "2026-05-08",
        ),
        (
            "Sophie will send decisions to everyone who interviewed in March by Friday 10 April.",
            dt.datetime(2026, 3, 28, 12),
            "Europe/London",
            "GB",
            "2026-04-10",
        ),
        # Reported and institutional promises.
        (
            "told her about the other offer. she said she'd nudge the panel and get back to me by"
            " Tuesday.",
            dt.datetime(2026, 4, 23, 18),
            "America/New_York",
            "US",
            "2026-04-28",
        ),
        (
            "The committee meets on 5 March 2026 and all candidates will receive a letter within a"
            " week of the committee meeting.",
            dt.datetime(2026, 2, 16, 11),
            "Africa/Nairobi",
            "KE",
            "2026-03-12",
        ),
        # A distractor does not reach across ", and" into the promise's clause.
        (
            "The panel will review all candidates on Monday and Tuesday, and by Thursday we shall"
            " call you with the feedback.",
            dt.datetime(2026, 9, 18, 14),
            "Africa/Lagos",
            "NG",
            "2026-09-24",
        ),
        # A month part with "in" between ("early in April" is the 10th, not the month's end);
        # "expect" leads a duration.
        (
            "We'll let you know early in April.",
            dt.datetime(2026, 3, 2, 10),
            "America/New_York",
            "US",
            "2026-04-10",
        ),
        (
            "Expect 3-5 working days.",
            dt.datetime(2026, 3, 2, 10),
            "America/New_York",
            "US",
            "2026-03-09",
        ),
        # Corpus Q2: the day after an event named with its kind or "the following morning";
        # "the Friday of that week"; a holiday with its date in brackets; releasing results;
        # feedback that "goes out"; a school's calendar and a pool's life are no answer.
        (
            "The board meets on Tuesday 12 May. I will ring every finalist the morning after"
            " that meeting.",
            dt.datetime(2026, 5, 4, 15),
            "Europe/London",
            "GB",
            "2026-05-13",
        ),
        (
            "The trustees meet on Wednesday 3 June, and I will be in touch the following morning.",
            dt.datetime(2026, 5, 27, 16),
            "Europe/Dublin",
            "IE",
            "2026-06-04",
        ),
        (
            "The panel sits on Tuesday 11 August and you will hear from me by the Friday of that"
            " week.",
            dt.datetime(2026, 8, 5, 12),
            "Africa/Johannesburg",
            "ZA",
            "2026-08-14",
        ),
        (
            "With the holidays, we will send you our feedback after the Befana (6 January).",
            dt.datetime(2024, 12, 23, 10),
            "Europe/Rome",
            "IT",
            "2025-01-10",
        ),
        (
            "Hello, thank you for the exam today. The HR office will release the results in 10"
            " days. Please renew your licence, which expires on 30 November.",
            dt.datetime(2025, 9, 4, 15),
            "Asia/Manila",
            "PH",
            "2025-09-14",
        ),
        (
            "We'll decide by Thursday, all being well. For your planning, our term ends on"
            " Friday 17 July.",
            dt.datetime(2026, 7, 6, 13),
            "Europe/London",
            "GB",
            "2026-07-09",
        ),
    ],
)
def test_conventions_from_corpora_r_and_s(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A promise three lines up does not vouch for dates noted below it: the lines of a
        # debrief run together into one "sentence".
        "notes:\n9/14 second round, went ok\nasked about timeline -> recruiter said \"you'll hear"
        ' from us soon, we move fast"\nother offer (Acme) wants an answer by 9/25\nstart'
        " dates they floated: 10/6 or 10/20\nbreathe",
        "Voicemail (0:35): Hi, it's Bea from Lakeside Vet Clinic about the vet nurse job. Dr. Moss"
        " really liked meeting you on Tuesday. We've got a few more people to see this week and"
        " maybe next, and we should know something soon. Call me back any time before six.",
    ],
)
def test_no_timeline_r_and_s(text):
    assert read(text, dt.datetime(2026, 9, 19, 22), "America/Denver", "US") is None


@pytest.mark.parametrize(
    "text",
    [
        "Please be advised that shortlisting will resume after the Christmas break. You will be"
        " informed of the outcome in due course.",
        "Our hiring process will restart following the Christmas shutdown, and you will be"
        " advised of the outcome in due course.",
        # "I can't give you a date yet" anywhere: the other dates are plans, not the answer.
        "Thanks for Thursday. Decisions sit with the board on 14 January. Honestly, I can't"
        " give you a date yet.",
        # "more clarity" after a date is no answer promised.
        "The budget goes to the board on 14 January. After that we should have more clarity,"
        " but I can't promise anything.",
    ],
)
def test_the_rules_alone_read_no_timeline_in_these(text, monkeypatch):
    # The rules alone: the model's veto would hide a rule switched off.
    monkeypatch.setattr(reader, "rules_only", True)
    assert read(text, dt.datetime(2026, 12, 16, 15), "Australia/Melbourne", "AU") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # From a review of these rules: an ordinal in words followed by a preposition is a day;
        # the week back counts from a range's end and is never the day back itself; an event
        # before the promise is in its sentence and said with its modal; closing something is
        # no closure; a committee reporting is its decision; "out until" a date dates it.
        ("We'll call you on the fifth about the offer.", "2026-12-05"),
        ("Decision by the twentieth around noon.", "2026-12-20"),
        ("I'm away 1-4 December; feedback by the end of my first week back.", "2026-12-11"),
        (
            "Your interview was on 20 November. After the interview I spoke with the team. We"
            " will get back to you within two weeks.",
            "2026-12-10",
        ),
        ("The committee will report on 10 December with its decision.", "2026-12-10"),
        (
            "The hiring manager is out until 4 December, so we'll have an answer for you then.",
            "2026-12-04",
        ),
        ("The posting closes on 10 December. We'll let you know before we close the role.", None),
    ],
)
def test_what_a_review_of_these_rules_found(text, expected):
    assert read(text, dt.datetime(2026, 11, 26, 15, 30), "Europe/London", "GB") == expected


def test_the_week_back_is_an_answer_never_the_day_back() -> None:
    from followup.core.timeline import read_return_date

    text = (
        "I am out of the office until Monday 7 December. I will respond to all candidates by"
        " the end of my first week back."
    )
    now = dt.datetime(2026, 11, 26, 15, 30)
    assert read_return_date(text, now, "Europe/London", "GB").deadline == dt.date(2026, 12, 7)
    assert read(text, now, "Europe/London", "GB") == "2026-12-11"


def test_an_ordinal_of_a_thing_is_found_after_a_dotted_capital() -> None:
    # "İ" lowers to two characters; the check must not shift offsets. (Lowering the whole text
    # once per date was also quadratic: bench/long_text_bench.py measures the time, not this.)
    text = "Hi from İstanbul! I'll come back to you either way on the second tech job."
    assert read(text, dt.datetime(2026, 11, 26, 15, 30), "Europe/Istanbul", "TR") is None


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # Corpus Z, candidates' own debrief notes. A short line ends its sentence, so a cue on
        # one line does not reach a date on the next; what someone said, noted as a quote, is
        # a promise the veto leaves alone; trips, days off named first, others' deadlines, a
        # past, job terms and achievements are no answer.
        (
            "Ops analyst - Harbour Freight\n- met Lina (HR) + Tom\n- 3 rounds so far\n- other"
            ' offer wants an answer by Nov 20\n- Lina: "we\'ll call Wed or Thu"',
            dt.datetime(2025, 11, 3, 17),
            "Australia/Melbourne",
            "AU",
            "2025-11-06",
        ),
        (
            "Sales lead interview\n- Meg: she'll email me by Tuesday\n- MD in Lisbon 10-14"
            " November for a conference",
            dt.datetime(2025, 11, 6, 18),
            "Europe/London",
            "GB",
            "2025-11-11",
        ),
        (
            "Nurse interview, city hospital\n- my registration came in December!\n- manager:"
            " answer by Thursday next week",
            dt.datetime(2026, 1, 2, 17),
            "Europe/Stockholm",
            "SE",
            "2026-01-08",
        ),
    ],
)
def test_debrief_notes_from_corpus_z(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Line cook stage - Gastown\n- Chef: "we\'ll call ya"\n- landlord wants an answer on the'
        " lease by Nov 20",
        "Analyst interview\n- remote after 6 months\n- grew the app to 1.8m users in 9 months\n-"
        " HR: 'we'll be in touch'",
    ],
)
def test_debrief_notes_with_no_timeline(text):
    assert read(text, dt.datetime(2025, 11, 10, 19), "America/Vancouver", "CA") is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Someone's words on their own line, with a deadline's lead or the answer's word, are
        # never vetoed; a heading ("Debrief:"), a bare day, or no speaker are.
        (
            "Retail supervisor interview\n- store mgr Dana + area mgr Luis\n- Dana: decision by"
            " the 14th, the 11th is a holiday",
            True,
        ),
        ("Warehouse lead\n- HR (Bola): 4 working days for the result", True),
        ("Debrief: decision by the 14th I think", False),
        ("Warehouse lead\n- GM Noor flies out Saturday, we'll keep you posted", False),
    ],
)
def test_a_notes_speaker_line_keeps_its_promise_from_the_veto(text, kept, monkeypatch):
    from followup.core.timeline import model

    monkeypatch.setattr(model, "vetoes", lambda *_: True)  # a model sure of "no"
    reading = read(text, dt.datetime(2025, 11, 7, 18), "America/New_York", "US")
    assert (reading is not None) is kept
