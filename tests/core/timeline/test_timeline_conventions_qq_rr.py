"""Conventions met in blind corpora QQ (the shapes of published text: forum posts and reviews
that report what was said at an interview) and RR (phones and many Englishes: dictation,
texting, Nigerian English). Each case in our own words; those read as a timeline failed before
the rule they check, the others guard its edges."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline


@pytest.mark.parametrize(
    ("text", "tz", "country", "now", "expected"),
    [
        # Said at a past event named in the same sentence: counted from that event.
        (
            "I interviewed on 3/2 for a warehouse lead role and they said 2-3 weeks to hear back. "
            "Nothing yet, should I chase?",
            "America/Chicago",
            "US",
            dt.datetime(2026, 3, 30, 9, 0),
            dt.date(2026, 3, 23),
        ),
        (
            "Had the final round on 12 Feb and they said they'd aim to revert within the "
            "fortnight. Still waiting.",
            "Europe/Dublin",
            "IE",
            dt.datetime(2026, 3, 2, 21, 0),
            dt.date(2026, 2, 26),
        ),
        (
            "I interviewed 9/8 for an inside sales role, they said 2-3 weeks to hear back. "
            "It's been four weeks.",
            "America/New_York",
            "US",
            dt.datetime(2025, 10, 4, 12, 0),
            dt.date(2025, 9, 29),
        ),
        # ... or reported as said then, in so many words ("she'd").
        (
            "Interviewed on 20 February with the owner, about half an hour. She said she'd "
            "ring me Monday or Tuesday. Never did.",
            "Europe/London",
            "GB",
            dt.datetime(2026, 3, 2, 21, 0),
            dt.date(2026, 2, 24),
        ),
        # (An edge: said lately, of the coming weeks, it counts from now.)
        (
            "I finished the final interview last Friday (27 Feb). HR said they will update me "
            "within this week or next week.",
            "Asia/Manila",
            "PH",
            dt.datetime(2026, 3, 2, 10, 0),
            dt.date(2026, 3, 13),
        ),
        # Promises the model must not veto, as portals and reviews put them.
        (
            "Thank you for interviewing for the Billing Specialist role. Please allow 5-7 "
            "business days for the hiring team to complete their review. You will receive an "
            "email when your status changes.\n\n*** This is an automated message. ***",
            "America/New_York",
            "US",
            dt.datetime(2026, 3, 2, 9, 0),
            dt.date(2026, 3, 11),
        ),
        (
            "Application status / Program Analyst, GS-0343-11 / Announcement DE-1234-26 / "
            "Status: Referred / Your application was referred to the hiring manager for "
            "consideration on 02/23/2026. / Agency message: The selecting official is reviewing "
            "referred applicants and may contact you to schedule an interview. Selections and "
            "applicant notifications are anticipated within 30 days of the referral date. All "
            "applicants will receive a final notice once the process is complete.",
            "America/New_York",
            "US",
            dt.datetime(2026, 3, 2, 9, 0),
            dt.date(2026, 3, 25),
        ),
        (
            "Interview review: Route Planner (Rugby). Applied online, first interview on 11 "
            "February with the depot manager, competency questions and an Excel task. Second "
            "interview on 18 February with the regional director, more of a chat about shifts. "
            "At the end HR told me I would hear within ten working days of the second "
            "interview. Still waiting, chased once.",
            "Europe/London",
            "GB",
            dt.datetime(2026, 3, 8, 9, 0),
            dt.date(2026, 3, 4),
        ),
        # A weekday said as the day something was done is gone by; what was said then counts
        # from it.
        (
            "Had my onsite Tuesday. The recruiter emailed Wednesday saying the team is "
            "debriefing and I'll hear from her by EOW at the latest. Today is Monday, nothing.",
            "America/New_York",
            "US",
            dt.datetime(2026, 3, 16, 9, 0),
            dt.date(2026, 3, 13),
        ),
        # "within the following N days" of a date said just before.
        (
            "The selection committee decides at its meeting of 21 July. All candidates will be "
            "notified in writing within the following 3 working days.",
            "Europe/Madrid",
            "ES",
            dt.datetime(2026, 7, 9, 12, 0),
            dt.date(2026, 7, 24),
        ),
        # A date that is a holiday there, and Italy's August holiday by its name.
        (
            "The final decision will be communicated to you before the 14 July bank holiday, as "
            "most of the management team is away afterwards.",
            "Europe/Paris",
            "FR",
            dt.datetime(2026, 7, 1, 9, 0),
            dt.date(2026, 7, 13),
        ),
        (
            "The company closes for the week of Ferragosto, so we will contact you with the "
            "outcome after Ferragosto.",
            "Europe/Rome",
            "IT",
            dt.datetime(2025, 8, 7, 12, 0),
            dt.date(2025, 8, 22),
        ),
        # "be back to everyone", after another event's words in the same sentence.
        (
            "Thanks heaps for coming in. We have three more interviews booked for later this "
            "week and will be back to everyone within a fortnight.",
            "Pacific/Auckland",
            "NZ",
            dt.datetime(2026, 6, 24, 14, 0),
            dt.date(2026, 7, 8),
        ),
        # "the 2nd ref" is which reference, not a day.
        (
            "fyi HR said u shd hear back w/in 3 biz days, they're just waiting on the 2nd ref",
            "America/New_York",
            "US",
            dt.datetime(2026, 11, 24, 12, 0),
            dt.date(2026, 11, 30),
        ),
        # (A guard: "share feedback" with no article, under an out-of-office reply; the
        # corpus's longer text was vetoed before, this one reads either way.)
        (
            "Thank you for your email. I am out of office until Wednesday 7th January 2026.\n\n"
            "-----Original Message-----\nFrom: Grace Wanjiru\nSent: Friday, December 19, 2025 "
            "4:10 PM\nSubject: Interview update\n\nDear Daniel,\n\nThe panel will reconvene "
            "in the new year and we will share feedback with all shortlisted candidates by "
            "Friday 9th January.\n\nBest,\nGrace",
            "Africa/Nairobi",
            "KE",
            dt.datetime(2026, 1, 5, 8, 30),
            dt.date(2026, 1, 9),
        ),
        # Dictation and texting.
        (
            "interview was fine they said they'd let me know by the end of the weak so fingers "
            "crossed",
            "America/New_York",
            "US",
            dt.datetime(2027, 1, 12, 12, 0),
            dt.date(2027, 1, 15),
        ),
        (
            "hi it's Dana from the agency the manager is happy they should have feedback for you "
            "in for business days call me back if you have questions",
            "America/New_York",
            "US",
            dt.datetime(2026, 6, 30, 16, 0),
            dt.date(2026, 7, 7),
        ),
        (
            "it went good they said they are going to get back to me in to weeks",
            "America/New_York",
            "US",
            dt.datetime(2025, 6, 12, 15, 0),
            dt.date(2025, 6, 26),
        ),
        (
            "she said she'll let me know by 2moro, can't sleep",
            "America/New_York",
            "US",
            dt.datetime(2025, 12, 30, 23, 50),
            dt.date(2025, 12, 31),
        ),
        (
            "Kindly be informed that the panel is rounding up today and you will get feedback "
            "latest by next tomorrow.",
            "Africa/Lagos",
            "NG",
            dt.datetime(2025, 9, 9, 14, 0),
            dt.date(2025, 9, 11),
        ),
    ],
)
def test_read(text, tz, country, now, expected):
    reading = read_timeline(text, now, tz, country)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    "text",
    [
        # "weak" and "to" are themselves away from the words that make them a time.
        "It was a weak answer on my part in the end, and they said they'll be in touch.",
        "I went in to the office at 9 and they will be in touch.",
        # A step the candidate is asked to come to.
        "They said I should come for the second stage on Thursday by 9am prompt.",
    ],
)
def test_no_timeline(text):
    assert read_timeline(text, dt.datetime(2026, 3, 2, 9, 0), "Europe/London", "GB") is None
