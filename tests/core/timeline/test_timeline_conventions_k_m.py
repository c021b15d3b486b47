"""Conventions found with fresh corpora K and M (tests/blind/timeline_fresh_k|m.jsonl), each
in our own words: holidays named before "the holidays", the week after a holiday, a holiday's
weekend, dates that are days off, events dated long before the promise, and promises the
model's veto must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_timeline_conventions import read


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # A date that is a day off is not the promise, even when it is the latest date.
        (
            "Expect our answer within 3 working days; 12 June is a holiday here.",
            dt.datetime(2026, 6, 3, 13),
            "Asia/Manila",
            "PH",
            "2026-06-08",
        ),
        # "the holidays" are the ones named just before, not Christmas.
        (
            "Next week is Golden Week, so we'll send the results after the holidays.",
            dt.datetime(2026, 4, 24, 17),
            "Asia/Tokyo",
            "JP",
            "2026-05-08",
        ),
        (
            "We will tell you the result after Chuseok.",
            dt.datetime(2026, 9, 18, 11),
            "Asia/Seoul",
            "KR",
            "2026-10-02",
        ),
        # The week after the holiday's own week.
        (
            "We'll make the call the week after Thanksgiving.",
            dt.datetime(2025, 11, 21, 17),
            "America/Chicago",
            "US",
            "2025-12-05",
        ),
        # A Thursday holiday's weekend ends on Sunday; a Monday holiday's on the holiday.
        (
            "You'll hear from us after the Thanksgiving weekend.",
            dt.datetime(2025, 11, 21, 11),
            "America/New_York",
            "US",
            "2025-12-05",
        ),
        (
            "You'll hear from us after the Labor Day weekend.",
            dt.datetime(2026, 8, 31, 12),
            "America/New_York",
            "US",
            "2026-09-11",
        ),
        # Counted from an event whose date follows a comma.
        (
            "Decisions will be confirmed within ten working days of the final interview date,"
            " Tuesday 1 April 2025.",
            dt.datetime(2025, 3, 28, 16),
            "Europe/London",
            "GB",
            "2025-04-15",
        ),
        # Counted from an event dated long before, with another date between ("second" is
        # normalised to "2nd").
        (
            "Your second round is on Thursday 9 September 2027 at our Leeds office. Please reply"
            " by Friday 3 September to confirm you can attend, and tell us of any access needs so"
            " that we can arrange parking and a quiet room for the written exercise beforehand."
            " The final decision will be communicated within 5 working days of the second round.",
            dt.datetime(2027, 9, 1, 12),
            "Europe/London",
            "GB",
            "2027-09-16",
        ),
        # "release the final list": a promise, not a software release.
        (
            "The selection board will release the final list before end of year.",
            dt.datetime(2025, 11, 3, 10),
            "Asia/Manila",
            "PH",
            "2025-12-31",
        ),
        # A new hire taking up the post is a start date.
        (
            "We hope to finish the search in a month or so; the new director would take up the"
            " post on 1 July.",
            dt.datetime(2026, 2, 27, 18),
            "America/New_York",
            "US",
            "2026-03-27",
        ),
        # "we're all off Friday" is a day off, and "we'll have" a promise.
        (
            "We'll have an answer for you by COB Thurs, we're all off Friday.",
            dt.datetime(2025, 4, 15, 14),
            "Pacific/Auckland",
            "NZ",
            "2025-04-17",
        ),
        # Alternatives: two day numbers; a week narrowed to days of it.
        (
            "The committee meets next week; we will ring you on the 19th or 20th.",
            dt.datetime(2026, 11, 12, 10),
            "Europe/Madrid",
            "ES",
            "2026-11-20",
        ),
        (
            "We'll give you our answer next week, probably Tuesday or Wednesday.",
            dt.datetime(2025, 9, 12, 17),
            "America/Mexico_City",
            "MX",
            "2025-09-17",
        ),
        # A closure with its dates as a noun ("in summer shutdown from"), then "before" it.
        (
            "The mill will be in summer shutdown from August 3 to August 14. We aim to give you"
            " a decision before the shutdown.",
            dt.datetime(2026, 7, 20, 12),
            "America/Monterrey",
            "MX",
            "2026-07-31",
        ),
        (
            "We close for the break from 23 Dec to 5 Jan and you'll hear from us before the"
            " closure.",
            dt.datetime(2026, 12, 14, 13),
            "Australia/Sydney",
            "AU",
            "2026-12-22",
        ),
        # "the final call" is a decision; Thanksgiving in Canada is October's.
        (
            "Our manager is away, so we'll make the final call after Thanksgiving.",
            dt.datetime(2026, 10, 7, 13),
            "America/Vancouver",
            "CA",
            "2026-10-16",
        ),
        # The recruiter's own follow-up with news is the promise, not the candidate's chasing.
        (
            "Interviewers send their notes by tomorrow, and I'll follow up within 3 business"
            " days with next steps.",
            dt.datetime(2026, 11, 24, 16),
            "America/New_York",
            "US",
            "2026-11-30",
        ),
        # From the tune slices of earlier corpora (F, G): an event without "the", an event's
        # name after "the date of", "which start on", a quoted phrase, a weekday ending a
        # sentence, an aim, and Nigeria's "Sallah".
        (
            "we launch on 4/14 so it's hectic, but i'll get you an answer within a week of"
            " launch day.",
            dt.datetime(2026, 4, 1, 21),
            "America/Denver",
            "US",
            "2026-04-21",
        ),
        (
            "Reference your interview held on 24.09.2026: the outcome will be intimated to you"
            " within 10 working days from the date of interview.",
            dt.datetime(2026, 9, 25, 10),
            "Asia/Kolkata",
            "IN",
            "2026-10-09",
        ),
        (
            "The head will confirm appointments before the summer holidays, which start on"
            " 17 July.",
            dt.datetime(2026, 6, 24, 15),
            "Europe/London",
            "GB",
            "2026-07-16",
        ),
        (
            "notes: panels run to Wed 25th, decision 'the following week' apparently",
            dt.datetime(2026, 2, 17, 19),
            "Europe/London",
            "GB",
            "2026-03-06",
        ),
        (
            "Thanks for the interview on Monday. The office is closed from 3 to 21 August. We"
            " will give you our answer before the closure.",
            dt.datetime(2026, 7, 15, 10),
            "Europe/Paris",
            "FR",
            "2026-07-31",
        ),
        (
            "We aim to finalise the appointment by the end of the month.",
            dt.datetime(2026, 9, 14, 12),
            "Africa/Johannesburg",
            "ZA",
            "2026-09-30",
        ),
        (
            "The result will be communicated after the Sallah holiday.",
            dt.datetime(2026, 5, 20, 14),
            "Africa/Lagos",
            "NG",
            "2026-06-05",
        ),
        # From the blind corpus's tune slice: a quoted duration, "intimated", a shout, the
        # end of that month, "once we do", the holiday named after in brackets or before as
        # "the holiday", closing for a holiday, a reason is no date, a work day is a start.
        (
            'Long day. At the end the recruiter told me "5-8 working days". We\'ll see.',
            dt.datetime(2026, 11, 20, 21),
            "Europe/London",
            "GB",
            "2026-12-02",
        ),
        (
            "You cleared the technical round. Result of the final round will be intimated to"
            " you within 2 working days.",
            dt.datetime(2026, 10, 16, 19),
            "Asia/Kolkata",
            "IN",
            "2026-10-21",  # Dussehra, Tuesday 20 October, is no working day
        ),
        (
            "Grand, I'll give you a shout Friday.",
            dt.datetime(2026, 12, 1, 16),
            "Europe/Dublin",
            "IE",
            "2026-12-04",
        ),
        (
            "The partner is away until 7 September; we will inform you by the end of that month.",
            dt.datetime(2026, 8, 20, 10),
            "Europe/Berlin",
            "DE",
            "2026-09-30",
        ),
        (
            "We finish interviews on the 10th, and once we do, we'll decide within a week.",
            dt.datetime(2027, 6, 2, 14),
            "America/Chicago",
            "US",
            "2027-06-17",
        ),
        (
            "We will inform you of the result after the long holidays (Golden Week).",
            dt.datetime(2027, 4, 27, 15),
            "Asia/Tokyo",
            "JP",
            "2027-05-07",
        ),
        (
            "Half the team is off around the Fourth, so we'll circle back after the holiday.",
            dt.datetime(2026, 6, 29, 10),
            "America/New_York",
            "US",
            "2026-07-10",
        ),
        (
            "they want to decide before the office closes for thanksgiving",
            dt.datetime(2026, 11, 17, 19),
            "America/Chicago",
            "US",
            "2026-11-25",
        ),
        (
            "We're closed for the holidays Dec 24 through Jan 1 and want to get offers out"
            " before the closure.",
            dt.datetime(2026, 12, 10, 9),
            "America/New_York",
            "US",
            "2026-12-23",
        ),
        (
            "Due to vacations this month, we expect to decide within two to three weeks.",
            dt.datetime(2026, 7, 1, 11),
            "America/Chicago",
            "US",
            "2026-07-22",
        ),
        (
            "HR will contact all candidates by mid-July. The first teacher work day is August 6.",
            dt.datetime(2026, 6, 29, 10),
            "America/Denver",
            "US",
            "2026-07-15",
        ),
        # From E's tune slice and the issue's own list: a weekday after a dated event, two
        # weekdays after an event, a count from an out-of-office return, an event's date
        # after it, and late-this-week-or-early-next said with a comma.
        (
            "From the recruiter: offers go out the Monday after the req closes on the 15th.",
            dt.datetime(2026, 7, 8, 19),
            "America/Chicago",
            "US",
            "2026-07-20",
        ),
        (
            "the panel meets this fri and HR sends offers mon or tues after",
            dt.datetime(2026, 1, 12, 19),
            "America/New_York",
            "US",
            "2026-01-20",
        ),
        (
            "I am out of the office until Monday 4 January 2027. On my return I will review the"
            " shortlist and come back to all candidates within 3 working days.",
            dt.datetime(2026, 12, 21, 8),
            "Europe/London",
            "GB",
            "2027-01-07",
        ),
        (
            "We aim to respond within 10 business days of your final interview, which for you"
            " was Tuesday, April 14.",
            dt.datetime(2026, 4, 15, 9),
            "America/New_York",
            "US",
            "2026-04-28",
        ),
        (
            "Aiming for end of this week, early next at the latest.",
            dt.datetime(2026, 9, 15, 13),
            "Africa/Johannesburg",
            "ZA",
            "2026-09-21",
        ),
        # From corpus N: within the fortnight, midsummer, phoning on one of two days, "a call
        # within 2 days after the vote", "3 days after." with no object, "by <holiday>" is the
        # day itself, "the result of the 2nd interview", all interviewed candidates.
        (
            "the panel finished today and results should go out within the fortnight",
            dt.datetime(2026, 3, 12, 15),
            "Europe/Dublin",
            "IE",
            "2026-03-26",
        ),
        (
            "Erik said they'd come back after midsommar with a decision.",
            dt.datetime(2026, 6, 15, 17),
            "Europe/Stockholm",
            "SE",
            "2026-06-26",
        ),
        (
            "She's seeing two more tomorrow and will phone me Wednesday or Thursday.",
            dt.datetime(2026, 8, 24, 13),
            "Europe/London",
            "GB",
            "2026-08-27",
        ),
        (
            "The board votes on hires at its May 12 meeting; I'd get a call within 2 days after"
            " the vote.",
            dt.datetime(2026, 4, 28, 17),
            "America/Chicago",
            "US",
            "2026-05-14",
        ),
        (
            "The board sits on the 15th, results will be communicated within 3 days after.",
            dt.datetime(2027, 1, 8, 9),
            "Africa/Nairobi",
            "KE",
            "2027-01-18",
        ),
        (
            "We'll be in touch by Waitangi Day with an answer.",
            dt.datetime(2026, 1, 28, 9),
            "Pacific/Auckland",
            "NZ",
            "2026-02-06",
        ),
        (
            "We will inform you the result of the second interview after the Golden Week holidays.",
            dt.datetime(2026, 4, 24, 17),
            "Asia/Tokyo",
            "JP",
            "2026-05-08",
        ),
        (
            "We hope to communicate the outcome to all interviewed candidates within two weeks"
            " from today.",
            dt.datetime(2026, 6, 1, 10),
            "Africa/Nairobi",
            "KE",
            "2026-06-15",
        ),
        # A count after "that" without "within"; an event dated after the promise and no date
        # before it.
        (
            "The committee meets on the 28th, and you will have our answer no later than 3"
            " business days after that meeting.",
            dt.datetime(2026, 9, 15, 12),
            "America/Mexico_City",
            "MX",
            "2026-10-01",
        ),
        (
            "Our manager is back on the 3rd. You'll hear from us a few days after that.",
            dt.datetime(2026, 7, 28, 9),
            "Asia/Manila",
            "PH",
            "2026-08-06",
        ),
        # From corpus P: a weekday and a bare day number; a named holiday or a closure right
        # after a date; an implied promise ("if you haven't heard from us by"); what
        # candidates receive and what goes out; "close this"; a purpose clause's quarter.
        (
            "Tuesday 17 we are closed for the holiday, so the answer will be latest Friday 20.",
            dt.datetime(2026, 11, 12, 13),
            "America/Monterrey",
            "MX",
            "2026-11-20",
        ),
        (
            "You should have something from us by Thursday, as Friday's Waitangi Day.",
            dt.datetime(2026, 2, 3, 10),
            "Pacific/Auckland",
            "NZ",
            "2026-02-05",
        ),
        (
            "We see two more on the 13th. If you haven't heard from us by the 20th, please give"
            " me a chase.",
            dt.datetime(2026, 10, 8, 12),
            "Europe/London",
            "GB",
            "2026-10-20",
        ),
        (
            "Per our process, candidates receive a decision within 5 business days.",
            dt.datetime(2025, 11, 24, 16),
            "America/New_York",
            "US",
            "2025-12-02",
        ),
        (
            "Most of the leadership is away for the festival, so we'll close this after Diwali.",
            dt.datetime(2026, 11, 2, 17),
            "Asia/Kolkata",
            "IN",
            "2026-11-13",
        ),
        (
            "We want to notify all candidates by the end of H1 so the new manager can start"
            " planning for Q3.",
            dt.datetime(2027, 5, 11, 10),
            "America/New_York",
            "US",
            "2027-06-30",
        ),
        # What a candidate wrote down of what they were told.
        (
            "sys design q went ok. sarah said 2 wks, maybe sooner",
            dt.datetime(2025, 3, 7, 18),
            "America/New_York",
            "US",
            "2025-03-21",
        ),
        # Promises the model's veto leaves alone: HR releasing a
        # letter, an outcome to be communicated, results no later than a date.
        (
            "As discussed, HR will release the offer letter by 05/03.",
            dt.datetime(2026, 3, 2, 12),
            "Asia/Kolkata",
            "IN",
            "2026-03-05",
        ),
        (
            "The outcome will be communicated to you on or before Friday, 19th June 2026.",
            dt.datetime(2026, 6, 10, 14),
            "Africa/Lagos",
            "NG",
            "2026-06-19",
        ),
        (
            "Board convenes 10/13. Results NLT 10/23.",
            dt.datetime(2026, 10, 8, 16),
            "America/New_York",
            "US",
            "2026-10-23",
        ),
    ],
)
def test_conventions_from_corpora_k_and_m(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Approval may slip because of year end closing; I'll update you when I hear.",
        "Please return the signed form no later than Friday.",
        "I'll follow up in two weeks if I haven't heard anything.",
        # A candidate's own start date, a check with no date, a past day, "no date yet", a
        # clearance that takes weeks.
        "Asked about my earliest start date (said 9 Feb). Forgot to ask when they decide.",
        "Your offer letter will be released within 2 working days after BGV clearance.",
        "Thanks again for the interview last Saturday.",
        "The manager is on leave until the 14th, and after that she must consult the director,"
        " so I cannot give you a date yet.",
        "Panel chair was nice but SC clearance can take 8-10 wks after that.",
        "- background verification through third party",
        "Ph screen, 20 min. Next: panel w/ the controller, she'll send times. She's off the 1st"
        " wk of Jan.",
    ],
)
def test_no_timeline(text):
    assert read(text, dt.datetime(2026, 11, 2, 14), "Asia/Kolkata", "IN") is None
