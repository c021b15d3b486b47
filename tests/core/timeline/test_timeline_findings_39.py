"""Stop 39's findings on published text (misses of the tuning corpora DP, DR and DS, written
again in our own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

_ATS_MAIL = """Date: {stamp}
From: Northway Careers <no-reply@northway-careers.example>
Subject: Your interview

Dear Sam,

Thanks for interviewing with us. We will let you know the outcome within 2 business days of
this email.
"""


@pytest.mark.parametrize(
    ("stamp", "zone", "country", "expected"),
    [
        # 23:30 UTC on Tuesday is Wednesday morning in Tokyo: said Wednesday, two business
        # days are Thursday and Friday.
        ("Tue, 4 Mar 2025 23:30:00 +0000", "Asia/Tokyo", "JP", dt.date(2025, 3, 7)),
        # 02:30 UTC on Wednesday is still Tuesday evening in Los Angeles.
        ("Wed, 5 Mar 2025 02:30:00 +0000", "America/Los_Angeles", "US", dt.date(2025, 3, 6)),
        ("Wed, 5 Mar 2025 02:30:00 GMT", "America/Los_Angeles", "US", dt.date(2025, 3, 6)),
        # The header's own offset is the speaker's: nothing moves.
        ("Tue, 4 Mar 2025 18:30:00 -0500", "America/New_York", "US", dt.date(2025, 3, 6)),
        # No time, no offset: the day as written.
        ("Tue, 4 Mar 2025", "Asia/Tokyo", "JP", dt.date(2025, 3, 6)),
    ],
)
def test_a_header_stamped_in_another_zone_is_read_on_the_speakers_day(
    stamp: str, zone: str, country: str, expected: dt.date
) -> None:
    now = dt.datetime(2025, 3, 6, 9, 0)
    reading = read_timeline(_ATS_MAIL.format(stamp=stamp), now, zone, country)
    assert reading is not None
    assert reading.deadline == expected


def test_a_header_stamped_in_utc_on_the_night_the_clocks_go_forward() -> None:
    # 23:30 UTC on Sunday 30 March 2025 is 00:30 BST on Monday 31 March in London: said on
    # Monday, five working days run Tuesday to the Monday after.
    text = _ATS_MAIL.format(stamp="Sun, 30 Mar 2025 23:30:00 +0000").replace(
        "2 business days", "5 working days"
    )
    reading = read_timeline(text, dt.datetime(2025, 3, 31, 7, 45), "Europe/London", "GB")
    assert reading is not None
    assert reading.deadline == dt.date(2025, 4, 7)


def _read(text: str, now: dt.datetime, zone: str = "Europe/London", country: str = "GB"):
    reading = read_timeline(text, now, zone, country)
    return reading.deadline if reading else None


def test_at_the_end_of_the_day_is_the_story_not_a_deadline() -> None:
    text = (
        "Applied online early Feb. Recruiter screen 2/24, then a virtual onsite Thursday 3/6 "
        "with 4 rounds. At the end of the day the recruiter hopped on and said I'd have a "
        "decision within 5 business days. Its been almost 2 weeks, crickets."
    )
    # Said on Thursday 6 March: five business days from Friday the 7th.
    now = dt.datetime(2025, 3, 18, 20, 0)
    assert _read(text, now, "America/Los_Angeles", "US") == dt.date(2025, 3, 13)


def test_a_promise_by_the_end_of_the_day_still_counts() -> None:
    text = "Thanks for your time. We'll confirm by the end of the day."
    assert _read(text, dt.datetime(2025, 3, 18, 10, 0)) == dt.date(2025, 3, 18)


def test_the_day_after_is_a_whole_word_not_the_end_of_holiday() -> None:
    text = (
        "Pairing session on 20 June. The CTO said they'd have a decision for everyone by the "
        "3rd as he's off on holiday after that."
    )
    # Said on 20 June: the 3rd to come then is 3 July, passed with no word and still the date.
    assert _read(text, dt.datetime(2024, 7, 15, 12, 0)) == dt.date(2024, 7, 3)


def test_a_day_number_said_in_a_story_is_the_next_one_after_it_was_said() -> None:
    text = (
        "interviewed on thurs 26 sept for an admin job, the lady said they'd let me know by the "
        "3rd. its the 10th now and nothing"
    )
    assert _read(text, dt.datetime(2024, 10, 10, 21, 0)) == dt.date(2024, 10, 3)


def test_a_day_of_the_story_after_the_promise_is_not_re_read() -> None:
    # "on the 27th" is when the candidate followed up, not a promise: the promise is "early
    # next week" from Thursday 16 July, Monday 20 July.
    text = (
        "Virtual interview with HR and the line manager, Thursday 16 July. They said they'd give "
        "feedback early next week. Followed up on the 27th, no answer."
    )
    assert _read(text, dt.datetime(2026, 7, 29, 9, 30), "Africa/Johannesburg", "ZA") != dt.date(
        2026, 7, 27
    )


def test_a_month_end_said_in_a_story_is_that_months_not_next_years() -> None:
    text = (
        "Interviewed for a graduate programme on the 12th of June. They said we'll hear by end "
        "of June. Now it's the 3rd of July and nothing"
    )
    assert _read(text, dt.datetime(2025, 7, 3, 13, 0), "Africa/Johannesburg", "ZA") == dt.date(
        2025, 6, 30
    )


def test_a_month_end_to_come_is_still_read_from_now() -> None:
    # Said today, with a past interview named: June's end is still to come.
    text = "Interviewed on the 12th of June. They said we'll hear by end of June."
    assert _read(text, dt.datetime(2025, 6, 14, 13, 0), "Africa/Johannesburg", "ZA") == dt.date(
        2025, 6, 30
    )


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The moment of telling named as now: not what the story waits for.
        (
            "interviewed for an ICU RN spot last week, monday oct 7. the nurse manager said "
            '"you\'ll hear from me by friday." it is now WEDNESDAY of the following week.',
            dt.datetime(2024, 10, 16, 21, 45),
            dt.date(2024, 10, 11),
        ),
        (
            "Final interview with the account manager was Monday, 29 Nov. She said I'd get the "
            "final result end of the week. Writing this on Dec 9, still no result.",
            dt.datetime(2027, 12, 9, 20, 0),
            dt.date(2027, 12, 3),
        ),
        (
            "Technical interview on Thursday 22 April with 2 senior engineers. They said they'd "
            "come back to candidates in two to three weeks. Update: still nothing as of 20 May.",
            dt.datetime(2027, 5, 20, 8, 0),
            dt.date(2027, 5, 13),
        ),
    ],
)
def test_the_day_a_story_is_told_is_not_its_deadline(
    text: str, now: dt.datetime, expected: dt.date
) -> None:
    assert _read(text, now, "America/Chicago", "US") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "update" as a verb is a promise's, not a stamp's.
        "HR told me they'll update by Sunday since the GM is travelling till Saturday.",
        "feedback positive, final approval pending. will update by Sunday",
    ],
)
def test_a_promise_to_update_is_still_read(text: str) -> None:
    now = dt.datetime(2026, 9, 9, 19, 30)  # a Wednesday
    assert _read(text, now, "Asia/Kolkata", "IN") == dt.date(2026, 9, 13)


def test_a_message_had_on_a_day_number_is_gone_by() -> None:
    text = (
        "Panel on Thursday 13 Nov with a short presentation. TA said they'd have feedback late "
        'next week or early the week after. Got a "still deliberating" email on the 21st, '
        "nothing since."
    )
    # Said on Thursday 13 November: the later alternative, the Monday of the week after next.
    now = dt.datetime(2025, 11, 28, 17, 0)
    assert _read(text, now, "Australia/Melbourne", "AU") == dt.date(2025, 11, 24)


def test_a_review_headed_accepted_offer_waits_for_nothing() -> None:
    text = (
        "Financial Analyst Interview\nAccepted offer / Positive experience\nInterview Process: "
        "3 rounds over 2 weeks. HM said decision by end of next week. Start date 10/20."
    )
    assert _read(text, dt.datetime(2024, 10, 5, 11, 0), "America/New_York", "US") is None


def test_a_review_headed_no_offer_still_waits() -> None:
    text = (
        "Analyst Interview\nNo offer / Neutral experience\nInterview Process: final round "
        "yesterday, the HM said decision by end of next week."
    )
    now = dt.datetime(2024, 10, 2, 11, 0)  # a Wednesday
    assert _read(text, now, "America/New_York", "US") == dt.date(2024, 10, 11)


@pytest.mark.parametrize(
    "text",
    [
        'the fintech that said "expect our call on or before Friday" called me today (Thursday) '
        "to say they're moving forward with other candidates. Back to the grind.",
        "Interview Process: They said they'd reach out by Friday and called me Friday morning "
        "with a conditional offer pending background.",
        "HR said I'd hear within 3 weeks. Yesterday I got an email saying I was placed on a "
        "merit list for similar roles.",
        "The recruiter said I'd have paperwork by Friday 10 October. Today she called to say "
        "they'd frozen the req company-wide.",
    ],
)
def test_a_story_that_tells_its_outcome_waits_for_nothing(text: str, rules_alone: None) -> None:
    assert _read(text, dt.datetime(2025, 9, 30, 19, 0), "America/New_York", "US") is None


@pytest.mark.parametrize(
    "text",
    [
        "We will let you know the outcome by Friday 10 October. If we decide to move forward "
        "with other candidates, we will still send you feedback.",
        "We expect to notify all candidates by Friday 10 October. Suitable candidates may be "
        "placed on a merit list for 18 months.",
    ],
)
def test_what_may_come_is_no_outcome(text: str, rules_alone: None) -> None:
    now = dt.datetime(2025, 9, 30, 19, 0)
    assert _read(text, now, "America/New_York", "US") == dt.date(2025, 10, 10)


def test_a_whole_date_said_in_a_story_and_gone_by_is_still_the_timeline() -> None:
    text = (
        "HR Business Partner interview\n\nPanel on Thursday 5 March 2026 with the CHRO and "
        "two HRBPs. At the end, the recruiter said they would respond by 20 March. It's now "
        "mid-April and I have had no response to two follow-ups."
    )
    now = dt.datetime(2026, 4, 15, 20, 0)
    assert _read(text, now, "Asia/Dubai", "AE") == dt.date(2026, 3, 20)


def test_a_whole_date_said_in_a_story_that_ends_in_an_outcome_is_not() -> None:
    text = (
        "Final interview on Thursday 5 March 2026. The recruiter said they would respond by 20 "
        "March. The email came on the 19th: unsuccessful."
    )
    now = dt.datetime(2026, 4, 15, 20, 0)
    assert _read(text, now, "Asia/Dubai", "AE") is None


@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "expected"),
    [
        # A guess at the outcome is no outcome.
        (
            "Interview on Wednesday 20 January with the principal. They said they'd notify all "
            "applicants within 10 working days. Nothing yet, starting to think it's a no.",
            dt.datetime(2027, 2, 8, 19, 30),
            "Australia/Sydney",
            "AU",
            dt.date(2027, 2, 4),  # ten working days from the 21st, Australia Day skipped
        ),
        # "super day" is a meeting; "the 2nd round" a meeting had on the day named after it.
        (
            "Super day at a bank Mon 1/5. HR said everyone hears within 48 hours either way. "
            "It's Friday 1/9.",
            dt.datetime(2026, 1, 9, 13, 0),
            "America/New_York",
            "US",
            dt.date(2026, 1, 7),
        ),
        (
            "had the 2nd round thurs arvo and the recruiter said she'd have feedback from the "
            "client COB friday. long weekend came and went, it's tuesday.",
            dt.datetime(2024, 10, 8, 12, 15),
            "Australia/Sydney",
            "AU",
            dt.date(2024, 10, 4),
        ),
    ],
)
def test_a_story_counts_from_its_meeting(
    text: str, now: dt.datetime, zone: str, country: str, expected: dt.date, rules_alone: None
) -> None:
    assert _read(text, now, zone, country) == expected


# What the stop's own review found the new rules reaching too far into: each is read as it
# was before them.
@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A promise to call "at the end of the day" is still one.
        (
            "Thanks for coming in. I'll call you at the end of the day with our decision.",
            dt.datetime(2025, 9, 30, 10, 0),
            dt.date(2025, 9, 30),
        ),
        (
            "We'll email you at close of business with the outcome.",
            dt.datetime(2025, 9, 30, 10, 0),
            dt.date(2025, 9, 30),
        ),
        # The writer's own call with an offer is not theirs.
        (
            "HR said they'd get back to me by Friday, so I emailed the recruiter with a "
            "competing offer to see if that helps.",
            dt.datetime(2025, 9, 30, 19, 0),
            dt.date(2025, 10, 3),
        ),
        (
            "She said they'd let me know by Friday since they're going ahead with other "
            "candidates' interviews on Wednesday and Thursday.",
            dt.datetime(2025, 9, 30, 19, 0),
            dt.date(2025, 10, 3),
        ),
        (
            "HR said I'll hear by the 20th, they release the results to the panel first.",
            dt.datetime(2025, 9, 30, 19, 0),
            dt.date(2025, 10, 20),
        ),
        (
            "Recruiter said I'd have an answer by Friday 10 October and that they have not "
            "frozen the role despite the layoffs.",
            dt.datetime(2025, 9, 30, 19, 0),
            dt.date(2025, 10, 10),
        ),
        (
            "We will notify all candidates by Friday 10 October. Unsuccessful candidates who "
            "met the standard are placed on a reserve list for 6 months.",
            dt.datetime(2025, 9, 30, 19, 0),
            dt.date(2025, 10, 10),
        ),
        # "by the 3rd" said lately, with an older meeting named: the 3rd to come.
        (
            "Had my interview on 28 August. Rang them this week to chase and the recruiter said "
            "they'd have an answer by the 3rd.",
            dt.datetime(2025, 9, 30, 10, 0),
            dt.date(2025, 10, 3),
        ),
        # "Update:" and "as of" before a day to come.
        (
            "Final round done last week. Update: Friday they said they'll call with a decision.",
            dt.datetime(2025, 10, 14, 10, 0),
            dt.date(2025, 10, 17),
        ),
        (
            "As of Friday, all candidates will have been notified of the outcome.",
            dt.datetime(2025, 10, 14, 10, 0),
            dt.date(2025, 10, 17),
        ),
        (
            "You'll hear from us by Friday, come what may.",
            dt.datetime(2025, 10, 14, 10, 0),
            dt.date(2025, 10, 17),
        ),
        (
            "All shortlisted candidates will have received an email on the 21st inviting them to "
            "the final stage.",
            dt.datetime(2025, 10, 14, 10, 0),
            dt.date(2025, 10, 21),
        ),
        # A tracker's line about another employer's offer.
        (
            "Initech\nDeclined offer - salary too low\n\nGlobex\nFinal round 29 Sept, HM said "
            "decision by Friday.",
            dt.datetime(2025, 9, 30, 19, 0),
            dt.date(2025, 10, 3),
        ),
    ],
)
def test_what_the_new_rules_must_not_reach(
    text: str, now: dt.datetime, expected: dt.date, rules_alone: None
) -> None:
    assert _read(text, now, "Europe/London", "GB") == expected


def test_a_periods_end_said_in_a_story_is_the_one_just_gone() -> None:
    text = (
        "Interviewed for a supply chain analyst role. The hiring manager said they'd decide "
        "before end of Q2. Still nothing, no reply to my follow-up either."
    )
    now = dt.datetime(2024, 7, 2, 9, 50)
    assert _read(text, now, "Asia/Singapore", "SG") == dt.date(2024, 6, 30)


def test_a_periods_end_still_to_come_is_read_from_now() -> None:
    text = "The hiring manager said they'd decide before end of Q2."
    now = dt.datetime(2024, 5, 2, 9, 50)
    assert _read(text, now, "Asia/Singapore", "SG") == dt.date(2024, 6, 30)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A weekday the writer chased on is gone by, not a promise.
        (
            "interviewed for an ICU position tues 11/5. the nurse manager said HR would reach out "
            "within 7 business days. I emailed her friday afternoon to check in and she said "
            '"still working on it". no date.',
            dt.datetime(2024, 11, 17, 21, 30),
            dt.date(2024, 11, 15),  # Veterans Day, Monday the 11th, skipped
        ),
        (
            "Onsite was Tues 3/4. Recruiter told me they aim to give a decision within a week of "
            'the onsite. Pinged her Tuesday and she said "still waiting on feedback".',
            dt.datetime(2025, 3, 13, 18, 30),
            dt.date(2025, 3, 11),
        ),
    ],
)
def test_a_day_the_writer_chased_on_is_gone_by(
    text: str, now: dt.datetime, expected: dt.date, rules_alone: None
) -> None:
    assert _read(text, now, "America/New_York", "US") == expected


@pytest.mark.parametrize(
    ("text", "now", "zone", "country", "expected"),
    [
        # A header line alone atop a pasted letter.
        (
            "Sent: Friday, 1 May 2026 17:05\nHi Amira, thanks for presenting today. We'll be in "
            "touch within 3 working days with the outcome.",
            dt.datetime(2026, 5, 5, 8, 30),
            "Europe/London",
            "GB",
            dt.date(2026, 5, 7),  # the May bank holiday, Monday the 4th, skipped
        ),
        (
            "Date: 26 May 2025\nDear Ms. Achieng,\nThe panel will communicate the outcome within "
            "14 days.",
            dt.datetime(2025, 5, 30, 11, 0),
            "Africa/Nairobi",
            "KE",
            dt.date(2025, 6, 9),
        ),
        # A chat line stamped with the month's name, the sender after a dash.
        (
            "Sat 9 Nov, 23:48 - Chef Declan: good trial today lad. ill let u know in a fortnight\n"
            "tues now and im already refreshing my phone",
            dt.datetime(2024, 11, 12, 15, 0),
            "Europe/Dublin",
            "IE",
            dt.date(2024, 11, 23),
        ),
        # The first line closed by its date.
        (
            "LinkedIn - Greg Palmer (Talent Partner) · Jul 2, 2024\nHi Leah - we should have an "
            "answer for you in the next 7-10 business days.",
            dt.datetime(2024, 7, 3, 9, 30),
            "America/New_York",
            "US",
            dt.date(2024, 7, 17),  # Independence Day skipped
        ),
        # A quoted message's "Sent:" line below the newest message stamps nothing of it.
        (
            "Hi Farhan,\nThank you for the presentation today. We expect to come back to you "
            "within the next 2 weeks.\n\nFrom: Grace Lim\nSent: Friday, 22 November 2024 10:15\n"
            "Subject: Final round\n\nconfirming Friday 29 Nov, 3pm.",
            dt.datetime(2024, 11, 29, 17, 55),
            "Asia/Singapore",
            "SG",
            dt.date(2024, 12, 13),
        ),
    ],
)
def test_a_pasted_messages_own_stamp_is_when_it_was_said(
    text: str, now: dt.datetime, zone: str, country: str, expected: dt.date, rules_alone: None
) -> None:
    assert _read(text, now, zone, country) == expected
