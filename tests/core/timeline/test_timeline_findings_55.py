"""Stop 55: a promise whose day went by with no word, told days later; logs and updates.

The largest family of English misses in the tuning corpora was a promise retold after its day:
"recruiter pinged me monday, 'expect a decision EOW'. it's saturday. nothing." The teller says
the day went by with no word, so the promise keeps its day (PRODUCT.md's team decision: a
promise not kept is still the timeline), counted from the moment it was said, not from now.
Also from the stop's tuning corpus FY: a dated log whose later line tells the news, an event's
wait counted from the event's date given earlier, an update in the present tense, a chat line
dated in brackets.
The sentences here are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline
from followup.core.timeline.normalise import normalise

SATURDAY = dt.datetime(2026, 12, 12, 11, 0)  # Saturday 12 December 2026
MONDAY = dt.datetime(2026, 12, 7, 9, 0)
WEDNESDAY = dt.datetime(2026, 12, 9, 20, 0)


def _day(text: str, now: dt.datetime, zone: str = "Europe/London", country: str = "GB"):
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "day"),
    [
        pytest.param(
            "Campus drive: aptitude round, then panel. HR told every one of us the offer letters"
            " go out by 27th November. Still didn't receive anything and the placement cell is"
            " not answering.",
            MONDAY,
            "Asia/Kolkata",
            "IN",
            dt.date(2026, 11, 27),
            id="a-whole-date-told-then-still-nothing",
        ),
        pytest.param(
            "the team lead messaged me monday after the trial day: \"we'll decide EOW\". it's"
            " saturday. nothing. should i text her?",
            SATURDAY,
            "America/Chicago",
            "US",
            dt.date(2026, 12, 11),
            id="eow-from-monday-its-saturday-nothing",
        ),
        pytest.param(
            "The hiring manager emailed Tuesday last week: 'You will have our feedback within a"
            " couple of working days.' Nothing yet. Do I chase?",
            MONDAY,
            "Europe/London",
            "GB",
            dt.date(2026, 12, 3),
            id="working-days-from-tuesday-last-week-nothing-yet",
        ),
        pytest.param(
            "Final interview was on Friday the 4th. The recruiter said: Monday or Tuesday,"
            " we'll ring you with the result. Still nothing as of tonight.",
            WEDNESDAY,
            "Europe/Dublin",
            "IE",
            dt.date(2026, 12, 8),
            id="monday-or-tuesday-said-friday-still-nothing",
        ),
        pytest.param(
            "The Tuesday of last week the supervisor said they'd call me on the Friday with an"
            " answer. Today is Wednesday and nothing.",
            WEDNESDAY,
            "America/Mexico_City",
            "MX",
            dt.date(2026, 12, 4),
            id="the-tuesday-of-last-week-is-a-moment",
        ),
    ],
)
def test_a_promise_gone_by_with_no_word_keeps_its_day(text, now, zone, country, day):
    assert _day(text, now, zone, country) == day


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        # The wait is for another firm: the promise is read from now, as before.
        pytest.param(
            "My interview was on Monday and it went well. They will decide by Friday. Nothing"
            " yet from the other firm.",
            SATURDAY,
            dt.date(2026, 12, 18),
            id="nothing-yet-from-the-other-firm",
        ),
        # A letter's own silence clause is no wait told: its date is still to come.
        pytest.param(
            "We will contact you by Friday 18 December. If you haven't heard from us by then,"
            " please assume you were unsuccessful.",
            SATURDAY,
            dt.date(2026, 12, 18),
            id="a-letters-silence-clause",
        ),
        # Said today, with no word told: from now.
        pytest.param(
            "Interview was on Monday. Today the recruiter said they will decide by Friday.",
            SATURDAY,
            dt.date(2026, 12, 18),
            id="said-today-no-wait",
        ),
    ],
)
def test_a_promise_with_no_wait_told_reads_from_now(text, now, day):
    assert _day(text, now) == day


def test_hr_after_a_sentences_end_is_the_department_not_hours():
    # ("4/8). HR walked me out": the figure before the stop counts nothing.)
    text = normalise("Onsite was yesterday (4/8). HR walked me out. Offer in 48 hrs.").text
    assert " hr walked" in text
    assert "48 hours" in text


@pytest.mark.parametrize(
    ("text", "now", "zone", "country"),
    [
        pytest.param(
            "Job search log\nTue 1 Dec - panel at the library service. They said I'd hear by"
            " Friday.\nThu 3 Dec - they rang! Reference checks now, start in January.\n"
            "Fri 4 Dec - bought a new bag",
            MONDAY,
            "Europe/London",
            "GB",
            id="a-later-log-line-they-rang",
        ),
        pytest.param(
            "Nov 24 - final interview at the depot, HR said results in 5 working days.\n"
            "Nov 27 - no news.\nDec 2 - got the job!! contract next week",
            MONDAY,
            "Asia/Manila",
            "PH",
            id="a-later-log-line-got-the-job",
        ),
    ],
)
def test_a_dated_logs_later_line_with_the_news_ends_the_promise(text, now, zone, country):
    assert _day(text, now, zone, country) is None


@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "day"),
    [
        # Another employer's offer on a later line is not this process's news.
        pytest.param(
            "Nov 30 - interview at Harlow Foods, they said they'd decide by Friday 11 December."
            "\nDec 2 - got the offer from Brightline, start in March.",
            MONDAY,
            "Europe/London",
            "GB",
            dt.date(2026, 12, 11),
            id="another-employers-offer-on-a-later-line",
        ),
        # A line that only says what the writer did is no news.
        pytest.param(
            "Dec 1 - panel at the trust. They said they'd decide by Friday 11 December.\n"
            "Dec 2 - sent thank-you notes to all three",
            MONDAY,
            "Europe/London",
            "GB",
            dt.date(2026, 12, 11),
            id="a-later-line-without-news",
        ),
    ],
)
def test_a_dated_logs_later_line_without_this_processs_news_keeps_it(text, now, zone, country, day):
    assert _day(text, now, zone, country) == day


@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "day"),
    [
        pytest.param(
            "recruiter call notes\n- onsite is set for 12/15 (tue), 4 hrs\n- she said they"
            " usually decide within a week of the onsite",
            MONDAY,
            "America/Los_Angeles",
            "US",
            dt.date(2026, 12, 22),
            id="a-dates-own-weekday-in-brackets",
        ),
        pytest.param(
            "Your assessment centre is on Thursday 10 December at our Leeds office. Offers"
            " will be made two weeks after the assessment centre.",
            MONDAY,
            "Europe/London",
            "GB",
            dt.date(2026, 12, 24),
            id="offers-two-weeks-after-the-event-dated-before",
        ),
        pytest.param(
            "The lesson observation is on Thursday 10 December, followed by formal interviews on"
            " Friday 11 December. The Head will telephone all candidates with the outcome on the"
            " evening of the interview day.",
            MONDAY,
            "Europe/London",
            "GB",
            dt.date(2026, 12, 11),
            id="the-evening-of-the-interview-day",
        ),
        pytest.param(
            "Dec 1 - recruiter: client will decide by Thursday (3rd)\nDec 2 - recruiter: the"
            " MD is ill, they're pushing it back to the end of the following week",
            MONDAY,
            "America/Winnipeg",
            "CA",
            dt.date(2026, 12, 11),
            id="theyre-pushing-it-back",
        ),
        pytest.param(
            "Me (Nov 30): Hi Mrs Obi, any news on the accounts role? You said about a week.\n"
            "Mrs Obi (Dec 1): Not yet, the MD is travelling. He will decide by Tuesday next week.",
            dt.datetime(2026, 12, 10, 9, 0),
            "Africa/Lagos",
            "NG",
            dt.date(2026, 12, 8),
            id="a-chat-line-dated-in-brackets",
        ),
    ],
)
def test_events_updates_and_chat_lines_from_fy(text, now, zone, country, day):
    assert _day(text, now, zone, country) == day


@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "day"),
    [
        pytest.param(
            "Dinner with the chairman was Tuesday 1 December at his club. He said the board"
            ' would ratify the appointment "within a month".',
            MONDAY,
            "Europe/London",
            "GB",
            dt.date(2027, 1, 1),
            id="a-dinner-is-a-meeting-and-ratifying-is-the-decision",
        ),
        pytest.param(
            "Did my interview at the clinic in Ikeja on Friday. The HR said she go get back to"
            " me after Christmas because the office go close for the holiday.",
            MONDAY,
            "Africa/Lagos",
            "NG",
            dt.date(2027, 1, 1),
            id="pidgin-she-go-get-back-to-me",
        ),
    ],
)
def test_tellings_from_the_tuning_misses(text, now, zone, country, day):
    assert _day(text, now, zone, country) == day


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Thu, Dec 3 · 5:40 PM\nDale: Thanks for coming by the yard today. I'll have a"
            " decision for you by Wednesday.\nMe: Great, thanks Dale!\n\nSat, Dec 5 · 9:12 AM\n"
            "Dale: Sorry mate, gotta walk that back. The owners just froze all new hires, no"
            " idea for how long.",
            id="a-later-message-froze-all-new-hires",
        ),
        pytest.param(
            "Had the interview at the school on the 1st, they said I'd hear by the 11th. But"
            " I've accepted a post in Leeds since. I emailed the head yesterday to withdraw."
            " Feels odd.",
            id="and-emailed-the-head-yesterday-to-withdraw",
        ),
    ],
)
def test_news_that_the_hiring_stopped_or_the_candidate_left_ends_the_promise(text):
    assert _day(text, SATURDAY) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "The appointments committee will consider the panel's recommendation at its meeting"
            " on 15 December. We will contact you in the week following that meeting.",
            dt.date(2026, 12, 25),
            id="the-week-following-that-meeting",
        ),
        pytest.param(
            "The search committee will meet on 16 December to discuss all shortlisted"
            " candidates, and you can expect to hear from us a month or so after that meeting.",
            dt.date(2027, 1, 16),
            id="a-month-or-so-after-that-meeting",
        ),
        pytest.param(
            "Half the panel are away over Christmas, so we'll come back to you after that.",
            dt.date(2027, 1, 1),
            id="after-that-a-holiday-named-before",
        ),
    ],
)
def test_after_an_event_or_holiday_named_before(text, day):
    assert _day(text, MONDAY) == day


def test_after_that_with_no_holiday_named_is_no_date():
    assert (
        _day("We had a long chat about the team, so we'll come back to you after that.", MONDAY)
        is None
    )


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        # A post's title repeats the body's promise: read as the body reads it.
        pytest.param(
            'Recruiter promised an answer "by COB Thursday" and missed it - chase today?\n\n'
            "I spoke with the recruiter on Monday 7/12 after my final panel. She said the hiring"
            " manager would have an answer by COB Thursday.\n\nThursday passed without anything."
            " Should I email today?",
            dt.datetime(2027, 7, 16, 10, 0),
            dt.date(2027, 7, 15),
            id="a-titles-copy-of-the-promise",
        ),
        pytest.param(
            'They said "a few business days" - how many is a few?\n\nFinal interview with the'
            ' practice manager Wednesday 12/2. She said she\'d call me "in a few business days"'
            " with a decision. It's Thursday now.",
            WEDNESDAY,
            dt.date(2026, 12, 7),
            id="a-titles-copy-without-its-lead",
        ),
        pytest.param(
            "On Tuesday 1 December I had my final round with the MD. The recruiter's words"
            ' after: "we\'re aiming to close this out in the next 3 to 5 working days."',
            dt.datetime(2026, 12, 4, 9, 0),
            dt.date(2026, 12, 8),
            id="the-recruiters-words-after",
        ),
        # A day the writer did something on is not re-read as a promise's.
        pytest.param(
            'Interview on Monday last week. The MD said they\'d confirm "EOW at the latest."\n'
            "It's now Wednesday of the following week. Nothing. I emailed Monday, no reply.",
            WEDNESDAY,
            dt.date(2026, 12, 4),
            id="i-emailed-monday-no-reply",
        ),
    ],
)
def test_retold_posts_read_as_their_bodies_tell(text, now, day):
    assert _day(text, now, "America/New_York", "US") == day


def test_a_pastes_own_date_header_under_its_subject_dates_its_words():
    text = (
        "Subject: RE: Interview for the position of Relationship Manager\n"
        "Date: Tue, 1 Dec 2026 18:22 WAT\n\n"
        "Dear Candidate,\n\nYou will receive feedback from us within ten (10) working days from"
        " the date of this mail.\n\nRegards,\nHuman Resources"
    )
    assert _day(text, MONDAY, "Africa/Lagos", "NG") == dt.date(2026, 12, 15)


@pytest.mark.parametrize(
    ("text", "zone", "country", "day"),
    [
        pytest.param(
            "Cześć Marta, dzięki za rozmowę! Odpowiedź dostaniesz do końca przyszłego tygodnia."
            " Pozdrawiam, Ola",
            "Europe/Warsaw",
            "PL",
            dt.date(2026, 12, 18),
            id="pl-odpowiedz-dostaniesz",
        ),
        pytest.param(
            "remember how sam said they'd decide by friday? she emailed last night, the whole"
            " position got cancelled in the reorg.",
            "America/Toronto",
            "CA",
            None,
            id="the-whole-position-got-cancelled",
        ),
    ],
)
def test_ga_promises_and_no_promises(text, zone, country, day):
    assert _day(text, MONDAY, zone, country) == day


def test_a_careers_pages_process_is_no_ones_timeline():
    text = (
        "Your application journey with us\n1. Apply online.\n2. A video call with your future"
        " team lead.\n3. A case study.\n4. Offer.\n\nWe aim to give you feedback within 5"
        " working days after every stage."
    )
    assert _day(text, MONDAY) is None


def test_a_letter_to_one_candidate_with_what_they_do_for_every_one_is_a_promise():
    text = (
        "Hi Mei,\n\nThanks for joining us for the technical interview this morning. We aim to"
        " get back to every candidate within 10 business days.\n\nJacob"
    )
    assert _day(text, MONDAY, "America/Vancouver", "CA") == dt.date(2026, 12, 21)


def test_confirmer_votre_presence_is_asked_of_the_candidate(rules_alone):
    # The rules' own reading: the model's veto also drops this one, so it is off here.
    text = (
        "Bonjour Lucas, bonne nouvelle : vous êtes retenu pour le second entretien ! It will be"
        " with the CFO on jeudi 17 décembre à 10h. Merci de me confirmer votre présence d'ici"
        " vendredi."
    )
    assert _day(text, MONDAY, "Europe/Paris", "FR") is None


# Guards from the review of this stop's change (texts written by the reviewer to make each new
# rule misfire): each reads as it did before the stop. The first version of the change read
# every one of them wrong.
@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "day"),
    [
        pytest.param(
            "My interview was on Monday 7 December. Got an email from the recruiter an hour ago "
            "- they'll let me know by Wednesday. Still nothing from Acme or Initech though.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 16),
            id="a23-recent-unnamed-other-firm",
        ),
        pytest.param(
            "Had my final on Monday 7 December. An email came in an hour ago saying they'll "
            "decide by Wednesday. I'd never heard of the company before this year!",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 16),
            id="a52-never-heard-of",
        ),
        pytest.param(
            "Had my final on Monday 7 December. Spoke to the recruiter an hour ago, she'll "
            "confirm by Wednesday. The line was bad and I didn't hear half of it.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 16),
            id="a53-didnt-hear-noise",
        ),
        pytest.param(
            "Final round was Monday 7 Dec. HR rang me an hour ago: decision by Wednesday. Still "
            "waiting for my train home now, freezing.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 16),
            id="a54-still-waiting-for-bus",
        ),
        pytest.param(
            "Had my final on 7 December. The recruiter says I'll get an answer by Wednesday. I "
            "asked about the salary band - crickets.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 16),
            id="a42-salary-question",
        ),
        pytest.param(
            "Mon 7 Dec - final interview at the council. HR said decision within 10 working "
            "days.\nFri 11 Dec - I emailed.\n",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 21),
            id="b1-i-emailed",
        ),
        pytest.param(
            "Mon 7 Dec - final interview. They said results in 10 working days.\nThu 10 Dec - "
            "mum rang! she's coming for christmas\n",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 21),
            id="b3-mum-rang",
        ),
        pytest.param(
            "Dec 7 - final interview with Acme. They said decision by Dec 18.\nDec 9 - rejected. "
            "(that was the Initech one)\n",
            "2026-12-12T11:00",
            "America/New_York",
            "US",
            dt.date(2026, 12, 18),
            id="b7-rejected-other",
        ),
        pytest.param(
            "Dec 10 - final interview. HR said decision by 18 Dec.\nDec 2 - they called! Invited "
            "to the final.\nNov 28 - applied.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="b13-reverse-order",
        ),
        pytest.param(
            "09.30 - interview at Acme. They said decision by 18 Dec.\n14.00 - I called.\n",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="b17-clock-times",
        ),
        pytest.param(
            "1.1 - second interview, HR said decision by 18 Dec.\n1.2 - she emailed.\n",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="b18-numbered",
        ),
        pytest.param(
            "UPDATE: just heard from the recruiter, decision by Friday now!\n\nOriginal post: "
            "Interview was Monday 30 Nov. She said they'd decide by Friday. Friday came and "
            "went, nothing.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="c1-update-title-new-promise",
        ),
        pytest.param(
            "Interviewed Monday. Decision by 18 December. The council has frozen recruitment in "
            "other departments, but ours is ringfenced.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="e3-other-dept-frozen",
        ),
        pytest.param(
            "Thanks for your time today - we'll be in touch by Friday.\nApologies again that our "
            "earlier promise (by Friday 4 December) slipped.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="c6-email-first-line",
        ),
        pytest.param(
            "They'll decide by 18 December. I was worried but the recruiter said nobody has "
            "frozen hiring.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="e18-after-nobody",
        ),
        pytest.param(
            "Final interview Monday; they said they'd decide by 18 December. There were two of "
            "us left, but the other guy got a counter-offer and emailed them yesterday to "
            "withdraw.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="e19-withdraw-third",
        ),
        pytest.param(
            "They said they'd decide by 18 December. I accepted that I can't do both and called "
            "Initech to withdraw.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="e22-withdraw-and-other-process",
        ),
        pytest.param(
            "Final interview Monday, decision by 18 December. The director said they froze all "
            "new hires last year and it nearly killed the team, so they're keen to fill this.",
            "2026-12-12T11:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="e24-froze-new-hires-last-year",
        ),
        pytest.param(
            "Interview invites went out on 4 December. We will let you know the week following "
            "your interview, which will be in January.",
            "2026-12-07T09:00",
            "Europe/London",
            "GB",
            None,
            id="f12-week-following-interview-after",
        ),
        pytest.param(
            "Applied on 1 December. Candidates will be notified 3 weeks after their interview.",
            "2026-12-07T09:00",
            "Europe/London",
            "GB",
            None,
            id="f16-notified-weeks-after-interview-date-before-is-app",
        ),
        pytest.param(
            "We'll let you know by 18 December. HR are delaying everyone's leave until 11 "
            "December because of the audit.",
            "2026-12-07T09:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="m3-hr-delaying-party",
        ),
        pytest.param(
            "Had coffee with an old colleague on Tuesday 1 December. The recruiter says the "
            "client will decide within 2 weeks.",
            "2026-12-07T09:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 21),
            id="k1-coffee-friend",
        ),
        pytest.param(
            "Board will ratify the budget by 31 January. We'll let you know about the role by 18 "
            "December.",
            "2026-12-07T09:00",
            "Europe/London",
            "GB",
            dt.date(2026, 12, 18),
            id="k4-ratify-other",
        ),
        pytest.param(
            "the office is closed over christmas, lots of work here lots of work here lots of "
            "work here lots of work here lots of work here lots of work here lots of work here "
            "lots of work here lots of work here lots of work here lots of work here lots of "
            "work here lots of work here lots of work here lots of work here lots of work here "
            "lots of work here lots of work here lots of work here lots of work here lots of "
            "work here lots of work here lots of work here lots of work here lots of work here "
            "lots of work here lots of work here lots of work here lots of work here lots of "
            "work here so we will get back to you after that",
            "2026-12-07T09:00",
            "Europe/London",
            "GB",
            None,
            id="d8-holiday-580-chars-before",
        ),
    ],
)
def test_the_reviews_guards_read_as_before(text, now, zone, country, day):
    assert _day(text, dt.datetime.fromisoformat(now), zone, country) == day
