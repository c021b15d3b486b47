"""What stop 37 found with its new corpora DG, DH and DI (forum retellings, careers pages and
ATS mail; dates that are not promises; the issue's kinds of phrasing), in our own words. Each
case names the moment it was written. The rules are read alone: the model is retrained after."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

pytestmark = pytest.mark.usefixtures("rules_alone")

FRI_9_MAY_2025 = dt.datetime(2025, 5, 9, 20, 15)
MON_2_MAR_2026 = dt.datetime(2026, 3, 2, 21, 0)
WED_17_JAN_2029 = dt.datetime(2029, 1, 17, 12, 0)
SAT_14_NOV_2026 = dt.datetime(2026, 11, 14, 11, 30)
TUE_12_OCT_2027 = dt.datetime(2027, 10, 12, 19, 0)
THU_16_DEC_2027 = dt.datetime(2027, 12, 16, 9, 40)
MON_8_NOV_2027 = dt.datetime(2027, 11, 8, 9, 15)
WED_15_DEC_2027 = dt.datetime(2027, 12, 15, 10, 0)
MON_6_JUL_2026 = dt.datetime(2026, 7, 6, 14, 20)
FRI_12_MAR_2027 = dt.datetime(2027, 3, 12, 13, 0)
MON_26_APR_2027 = dt.datetime(2027, 4, 26, 21, 30)
SAT_6_FEB_2027 = dt.datetime(2027, 2, 6, 10, 15)
THU_4_JUN_2026 = dt.datetime(2026, 6, 4, 13, 25)


def _read(text: str, now: dt.datetime, tz: str, country: str) -> str | None:
    reading = read_timeline(text, now, tz, country)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    ("text", "now", "place"),
    [
        # A forum post retelling a promise the outcome has since settled.
        (
            "Onsite was great. They told me I'd have an answer within a week; it took a month"
            " and three chasers, but they did come back with an offer in the end.",
            FRI_9_MAY_2025,
            ("America/Chicago", "US"),
        ),
        (
            "Recruiter promised 'ten days max'. Heard back after 6 weeks with a two-line"
            " rejection and no feedback.",
            MON_2_MAR_2026,
            ("America/Denver", "US"),
        ),
        (
            "Panel said I'd hear in 3-5 business days and I got a rejection email on day four."
            " At least they were quick.",
            WED_17_JAN_2029,
            ("America/Toronto", "CA"),
        ),
        # A promise undone by a paused requisition, the pause in quotes.
        (
            "They first said a decision by the 24th. Yesterday HR wrote that the req is"
            " 'paused pending a budget review'. Back to the job boards.",
            SAT_14_NOV_2026,
            ("America/New_York", "US"),
        ),
        # Another employer's deadline for the candidate, in two spellings.
        (
            "Dilemma: Firm A made me an offer and until Thursday the 21st to accept. Firm B had"
            " my final on Monday and the recruiter will 'see what she can do'.",
            TUE_12_OCT_2027,
            ("Europe/Amsterdam", "NL"),
        ),
        (
            "- Lakeview: offer in writing, I have to answer them by Friday 30 April"
            "\n- Dunmore: second interview today, they'll be in touch",
            MON_26_APR_2027,
            ("Europe/Amsterdam", "NL"),
        ),
        # A window to book a slot in, not a reply.
        (
            "You've been shortlisted for a phone screen. Use the link below to book a time within"
            " the next 5 days.",
            THU_16_DEC_2027,
            ("America/Los_Angeles", "US"),
        ),
        # The candidate's own deadline, with no hurry before a holiday.
        (
            "They'd like references. Could you send me two referees within a couple of working"
            " days? Monday's a public holiday so no rush before Tuesday.",
            SAT_6_FEB_2027,
            ("Pacific/Auckland", "NZ"),
        ),
        # The date that was to be the decision, replaced by a further round.
        (
            "Good news - rather than a decision on Friday, the panel would like you back to meet"
            " our CFO on Tuesday the 9th at 11. Does that work?",
            THU_4_JUN_2026,
            ("America/Toronto", "CA"),
        ),
    ],
)
def test_no_date(text: str, now: dt.datetime, place: tuple[str, str]) -> None:
    assert _read(text, now, *place) is None


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # A hedge that reaches into next week is the later alternative.
        (
            "Recruiter says the offer call will be end of this week, maybe next, depending on"
            " comp approval.",
            MON_8_NOV_2027,
            ("America/New_York", "US"),
            "2027-11-19",
        ),
        # An ATS's status mail: "applications" reviewed "within" a count, and "every applicant"
        # contacted.
        (
            "Your application has been passed to the hiring manager. Hiring managers usually"
            " review applications within 5 working days; we'll tell you the outcome as soon as"
            " they have.",
            WED_15_DEC_2027,
            ("Europe/London", "GB"),
            "2027-12-22",
        ),
        (
            "This vacancy closes on Friday 10 July 2026. The team reviews all applications after"
            " the closing date and will contact every applicant within 10 working days of the"
            " closing date to tell them the outcome.",
            MON_6_JUL_2026,
            ("Europe/London", "GB"),
            "2026-07-24",
        ),
        # A closure dated in one sentence and promised before in a later one, with another
        # step's date between ("next week" is the VP's review, not the promise).
        (
            "Our office is closed for the holidays from December 24 to January 3. Our director is"
            " reviewing the shortlist next week, and we'll get back to you with the result before"
            " the closure.",
            WED_15_DEC_2027,
            ("Asia/Manila", "PH"),
            "2027-12-23",
        ),
        (
            "Please be informed that our HR team will be on holiday break starting December 22"
            " until January 3. We will inform you of the result before the break.",
            THU_16_DEC_2027,
            ("Asia/Manila", "PH"),
            "2027-12-21",
        ),
        # A start month is not the promise beside it.
        (
            "They're seeing two more people next week (Tuesday's a holiday so it'll be Wed/Thu)"
            " and they've said they'll come back to me by Friday.\n\nAs you're on a month's"
            " notice, if an offer comes we'd be looking at a mid-April start at the earliest.",
            FRI_12_MAR_2027,
            ("Europe/Dublin", "IE"),
            "2027-03-19",
        ),
    ],
)
def test_readings(text: str, now: dt.datetime, place: tuple[str, str], expected: str) -> None:
    assert _read(text, now, *place) == expected


def test_a_departure_is_not_the_promise_beside_it() -> None:
    text = (
        "They said I'd hear before Canada Day because the person I'd be replacing leaves mid"
        " July and they want overlap."
    )
    assert _read(text, dt.datetime(2026, 6, 19, 20, 0), "America/Toronto", "CA") == "2026-06-30"


def test_it_would_be_a_few_weeks() -> None:
    text = "Recruiter rang straight after and said it'd be a few weeks, reporting being on."
    assert _read(text, dt.datetime(2025, 7, 15, 18, 40), "Australia/Sydney", "AU") == "2025-08-05"


def test_heard_back_within_a_count_is_still_a_promise() -> None:
    # "if you haven't heard back within" is how silence reads as no, not a wait gone by.
    text = "If you haven't heard back within 2 weeks, please assume you were unsuccessful."
    assert _read(text, MON_2_MAR_2026, "Europe/London", "GB") == "2026-03-16"


@pytest.mark.parametrize(
    ("text", "now", "place"),
    [
        # Kept, in a note's bullet: "they DID call".
        (
            "Bookkeeper job - recap\n- interview Wed, they said they'd decide by Friday\n- they"
            " DID call Friday: moving me to a paid trial day",
            dt.datetime(2025, 7, 18, 19, 0),
            ("America/Chicago", "US"),
        ),
        # Kept with the outcome in the candidate's words.
        (
            "Good news! HR had said they will inform by Monday, and they called yesterday - I am"
            " selected! Joining is 1st March.",
            dt.datetime(2027, 1, 26, 9, 0),
            ("Asia/Kolkata", "IN"),
        ),
        # A review post: the promise, then the rejection with no subject before "got".
        (
            "Three rounds, all online. HR said result will be shared within 2 days. Got the"
            " rejection mail after almost 3 weeks with no feedback.",
            dt.datetime(2025, 9, 11, 22, 0),
            ("Asia/Kolkata", "IN"),
        ),
        # A newer message that replaces the one with the date.
        (
            "The work is moving to our payroll provider, so we won't be making a hire. This"
            " replaces the update I sent on the 2nd about having a decision by month-end.",
            dt.datetime(2025, 10, 14, 11, 0),
            ("America/Toronto", "CA"),
        ),
        # A role paused, and a call a day early, told after the promise.
        (
            "Pieter said feedback by Friday but now they're pausing the role, funding fell"
            " through.",
            dt.datetime(2026, 6, 16, 10, 0),
            ("Africa/Johannesburg", "ZA"),
        ),
        (
            "Hartwell said we'd hear by Friday 26th. Hartwell called a day early - rejected at"
            " the final stage.",
            dt.datetime(2026, 6, 16, 10, 0),
            ("Africa/Johannesburg", "ZA"),
        ),
    ],
)
def test_kept_or_taken_back(text: str, now: dt.datetime, place: tuple[str, str]) -> None:
    assert _read(text, now, *place) is None


def test_a_but_ends_what_after_that_counts_from() -> None:
    text = (
        "We're closed on Monday for the bank holiday, and I've a few more people to meet after"
        " that, but we'll let you know within a fortnight either way."
    )
    assert _read(text, dt.datetime(2027, 10, 23, 17, 5), "Europe/Dublin", "IE") == "2027-11-06"


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # Retold: counted from the day it was said, a few words after "interviewed".
        (
            "Interviewed at a garden centre Saturday afternoon for the weekend team. The manager"
            " said \"you'll get a call within 48 hours either way.\" It's Tuesday and nothing.",
            dt.datetime(2026, 3, 17, 9, 0),
            ("America/Chicago", "US"),
            "2026-03-16",
        ),
        # ... a sentence opened by the meeting and its weekday.
        (
            "Interview on Monday went well I think. They said they'd be in touch in the next"
            " couple of weeks. Worth a thank-you this late?",
            dt.datetime(2027, 8, 27, 9, 40),
            ("Europe/London", "GB"),
            "2027-09-06",
        ),
        # ... words quoted as said, the meeting a sentence before.
        (
            "Final round was last Tuesday the 4th. At the end the hiring manager said \"you'll"
            " hear from us by end of next week either way.\" So that's tomorrow.",
            dt.datetime(2025, 3, 13, 22, 0),
            ("America/New_York", "US"),
            "2025-03-14",
        ),
        # ... "yesterday" in Tagalog.
        (
            "Final interview ko kahapon with the finance manager. HR said the result will be"
            " sent via email within 3 to 5 working days.",
            dt.datetime(2026, 3, 4, 20, 0),
            ("Asia/Manila", "PH"),
            "2026-03-10",
        ),
    ],
)
def test_retold(text: str, now: dt.datetime, place: tuple[str, str], expected: str) -> None:
    assert _read(text, now, *place) == expected


@pytest.mark.parametrize(
    ("text", "now", "place"),
    [
        # Called as promised.
        (
            "UPDATE: the charge nurse said she'd call me by Wednesday and she actually called"
            " Wednesday at like 8am. I GOT IT. Start date is June 2nd.",
            dt.datetime(2025, 5, 22, 7, 48),
            ("America/Denver", "US"),
        ),
        (
            "They said they'd ring me Friday and fair play, they rang today (Friday) and I'm"
            " through to a trial shift on the 1st.",
            dt.datetime(2025, 2, 21, 18, 30),
            ("Europe/Dublin", "IE"),
        ),
        # Kept to the day, and a no.
        (
            "At the interview they said we'd hear by the 10th. They emailed yesterday, the 10th,"
            " on the dot. Unfortunately a no.",
            dt.datetime(2025, 3, 11, 19, 50),
            ("Australia/Sydney", "AU"),
        ),
        # The post put on hold.
        (
            "After my final round the recruiter said I'd hear by Wednesday. Today I got an"
            ' email: "the position has been put on hold due to budget changes."',
            dt.datetime(2025, 7, 8, 19, 0),
            ("America/New_York", "US"),
        ),
        # A note's "offer came", with no article.
        (
            "Onsite Feb 3. They told me I'd hear back within two weeks of the onsite. It took a"
            " month - offer came March 6.",
            dt.datetime(2025, 2, 10, 13, 0),
            ("America/Los_Angeles", "US"),
        ),
        # The promise met with an invitation to a next round.
        (
            "After my interview the panel said they would communicate within 2 weeks. Today I"
            " got a call inviting me for a second interview on Tuesday.",
            dt.datetime(2027, 12, 16, 14, 30),
            ("Africa/Nairobi", "KE"),
        ),
        # A careers page's FAQ, nothing of the candidate's own to count from.
        (
            "Frequently asked questions\n\nQ: How long after my interview will I hear back?\nA:"
            " Typically within 1-2 weeks, depending on the role.",
            dt.datetime(2027, 1, 12, 11, 11),
            ("America/Toronto", "CA"),
        ),
        # A promise imagined in advice.
        (
            "Candidates: if a recruiter tells you \"you'll hear by Friday\" and you don't, it is"
            " almost never about you.",
            dt.datetime(2026, 6, 3, 7, 30),
            ("America/New_York", "US"),
        ),
    ],
)
def test_settled_or_no_promise(text: str, now: dt.datetime, place: tuple[str, str]) -> None:
    assert _read(text, now, *place) is None


def test_a_faq_with_the_candidates_own_date_is_counted() -> None:
    text = (
        "(my assessment centre was on Fri 18 Dec)\n\nFrom their FAQ: \"We'll let you know the"
        ' outcome within 10 working days of your assessment centre."'
    )
    assert _read(text, dt.datetime(2026, 12, 20, 10, 0), "Europe/London", "GB") is not None


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # Retold: "gave my final HR round ... on Tuesday".
        (
            "Gave my final HR round at an MNC in Pune on Tuesday. HR ma'am said results will be"
            " shared within 7 working days.",
            dt.datetime(2025, 10, 23, 11, 45),
            ("Asia/Kolkata", "IN"),
            "2025-10-30",
        ),
    ],
)
def test_more_retold(text: str, now: dt.datetime, place: tuple[str, str], expected: str) -> None:
    assert _read(text, now, *place) == expected


@pytest.mark.parametrize(
    ("text", "now", "place"),
    [
        (
            "Walk-in for Process Associate, 3 rounds. HR said you will hear within 3 business"
            " days if selected. It has been a month. No call no mail. So I think not selected.",
            dt.datetime(2026, 8, 2, 23, 45),
            ("Asia/Kolkata", "IN"),
        ),
        (
            "Recruiter told me in May they'd have a decision by end of Q2. Then on June 27 they"
            " emailed to say the headcount was frozen and the req was closed.",
            dt.datetime(2025, 7, 2, 18, 40),
            ("America/Chicago", "US"),
        ),
        (
            "Panel on site on Wed 1/27. They said I'd hear back within a week. I actually heard"
            " on Friday 1/29 with a verbal offer.",
            dt.datetime(2027, 1, 30, 12, 30),
            ("America/New_York", "US"),
        ),
    ],
)
def test_more_settled(text: str, now: dt.datetime, place: tuple[str, str]) -> None:
    assert _read(text, now, *place) is None


@pytest.mark.parametrize(
    ("text", "now", "place"),
    [
        # A review site's write-up whose outcome is in.
        (
            "Data Analyst II interview\n\nExperience\nOnsite was Thursday. Recruiter told me I'd"
            " hear by the end of that week.\n\nOffer\nAccepted\n\nDifficulty\nAverage",
            dt.datetime(2025, 2, 1, 21, 14),
            ("America/Chicago", "US"),
        ),
        (
            "Associate Engineer interview. Experience: HR told results will be mailed within 7"
            " working days. Offer: Yes, accepted. Difficulty: Easy.",
            dt.datetime(2025, 8, 17, 19, 40),
            ("Asia/Kolkata", "IN"),
        ),
        (
            "I'm thrilled to share that I've accepted an offer! The recruiter told me \"10"
            ' business days" after my final and called on day 9.',
            dt.datetime(2027, 4, 14, 7, 50),
            ("America/Toronto", "CA"),
        ),
    ],
)
def test_a_finished_story(text: str, now: dt.datetime, place: tuple[str, str]) -> None:
    assert _read(text, now, *place) is None


def test_a_write_up_still_waiting_keeps_its_date() -> None:
    text = (
        "Experience: final round Monday, they said a decision within a week.\n"
        "Offer: No offer yet - still waiting"
    )
    assert _read(text, dt.datetime(2026, 3, 12, 10, 0), "America/Chicago", "US") is not None


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # The day number of a meeting told as gone by.
        (
            "At the interview on the 3rd the hiring manager said they'd have a decision within"
            " three weeks.",
            dt.datetime(2028, 7, 10, 13, 50),
            ("Europe/Dublin", "IE"),
            "2028-07-24",
        ),
        (
            "Grad engineer interview on the 9th at a games studio in Dundee. They said three to"
            " four weeks for a decision.",
            dt.datetime(2028, 11, 25, 13, 10),
            ("Europe/London", "GB"),
            "2028-12-07",
        ),
        # A long way from "gave" to the weekday.
        (
            "Gave the final interview for a Python dev role at a software house in Islamabad on"
            " Monday. The team lead said HR will send the result in a few working days.",
            dt.datetime(2025, 8, 13, 23, 30),
            ("Asia/Karachi", "PK"),
            "2025-08-15",
        ),
        # Malaysia's National Day by the name used there.
        (
            "Interview on Wednesday. Matron said the offer letters will go out after Merdeka.",
            dt.datetime(2027, 8, 28, 22, 15),
            ("Asia/Kuala_Lumpur", "MY"),
            "2027-09-03",
        ),
    ],
)
def test_last_batch(text: str, now: dt.datetime, place: tuple[str, str], expected: str) -> None:
    assert _read(text, now, *place) == expected


def test_a_meeting_to_come_on_a_day_number_is_still_to_come() -> None:
    text = (
        "- board approves all hires at the meeting on the 21st\n- HR will call me within two"
        " business days after the board meeting"
    )
    assert _read(text, dt.datetime(2026, 5, 7, 15, 40), "America/Los_Angeles", "US") == (
        "2026-05-26"
    )


# What a review of this stop's rules found them reading too broadly, each kept to its purpose.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another employer's offer declined: this one's promise still stands.
        (
            "I declined an offer from another bank last month. The recruiter here said they would"
            " let me know by Friday.",
            "2026-03-13",
        ),
        # A review field still open.
        ("Offer: no decision yet, recruiter said by Friday", "2026-03-13"),
        # A meeting today and a promise to come, after a dash.
        ("Had my onsite today - recruiter expects to have feedback for me Friday.", "2026-03-13"),
        ("Attended the assessment centre today - results out Monday.", "2026-03-16"),
        # The next interview is still to come.
        (
            "Next interview on the 20th, and we will let you know within a week of that.",
            "2026-03-27",
        ),
        # FAQs named in passing make no careers page.
        (
            "Thanks for applying. We will decide within 10 working days. Answers to common"
            " questions are in our FAQs.",
            "2026-03-24",
        ),
        # An invitation still to decide on is no answer.
        (
            "They will let me know by Friday about inviting me to a second interview.",
            "2026-03-13",
        ),
    ],
)
def test_kept_to_their_purpose(text: str, expected: str) -> None:
    assert _read(text, dt.datetime(2026, 3, 10, 10, 0), "Europe/London", "GB") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Interview on Thursday. They said they'd decide after Raya Haji.",
        "Interview on Thursday. They said they'd decide after Raya is back from leave.",
    ],
)
def test_raya_alone_is_eid_al_fitr(text: str) -> None:
    # Not Eid al-Fitr (27 Mar 2026): Eid al-Adha, or a colleague called Raya.
    assert _read(text, dt.datetime(2026, 3, 10, 10, 0), "Asia/Kuala_Lumpur", "MY") != ("2026-03-27")


@pytest.mark.parametrize(
    "text",
    [
        'They told me "we will inform you within 2 weeks" at the interview on 29 May, but the'
        " rejection email already came last Friday lol.",
        "They said I'd hear by the 15th... and I got the offer on Friday the 12th!! Starting 1"
        " July.",
    ],
)
def test_the_answer_already_in(text: str) -> None:
    assert _read(text, dt.datetime(2026, 6, 15, 7, 40), "Africa/Johannesburg", "ZA") is None
