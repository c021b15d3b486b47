"""Findings of a review of stop 29's change by a helper who had not written it: texts read
wrongly by the change as first written (a few, also before it), each fixed before landing.
Wednesday 4 March 2026, 10:00, London, unless said. The rules: a note's asides and a group
chat's friends, another company's line under a note's subject, the day something was said,
outcomes, a forwarder's line, the candidate's hope."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

CASES = [
    (
        "Call with Priya (Northwind) went ok, bit nervous on the case study.\n"
        "also: she'll let me know by next Wed about the 2nd round\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-11",
    ),
    (
        "Debrief - Orla @ Fintrace\n"
        "Went well I think.\n"
        "Plan: they see 2 more people next week, then decide by the 20th\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-20",
    ),
    (
        "Q&A at the end\n"
        "me: asked when they'd decide - Tom said by end of next week\n"
        "them: asked about notice period (1 month)\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Sarah: Hi both, thanks again for today!\n"
        "David: Agreed, great chat. We'll confirm either way by Friday.\n"
        "Me: Thank you both, speak soon\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-06",
    ),
    (
        "Re: second interview\nBlackwood Capital said they'd make a decision by Friday 20 March.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-20",
    ),
    (
        "Re: my interview at Kessler\nKessler Logistics said they'd decide by the 20th.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-20",
    ),
    (
        "Re: Pemberton Foods - ops manager\nThe MD said they'd make a decision by Friday 13th.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Re: Pemberton Foods - ops manager\n"
        "Went ok, long panel.\n"
        "Also Sarah said they'd confirm the outcome by the 20th.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-20",
    ),
    (
        "Re: Harbour & Finch Consulting\nH&F Consulting said final decision by the 20th\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-20",
    ),
    (
        "Kessler final round done.\nAlso noted: Tom will let me know by Friday 13th\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "RE: Next steps\n"
        "\n"
        "Hi Anna,\n"
        "\n"
        "Thanks for your patience this week.\n"
        "Also Tom asked me to say he'll call you by Friday 13th with the outcome.\n"
        "\n"
        "Best,\n"
        "Gemma\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Re: Sandown Retail - area manager\nGroup HR said they'd confirm by the 20th\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-20",
    ),
    (
        "Re: Interview - Arden\nArden Group said they'd confirm by the 20th\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-20",
    ),
    (
        "Re: Arden Group - analyst\n"
        "Went fine, 3 on the panel.\n"
        "Also HR said they'd confirm by Friday 13th.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Tom (hiring mgr): nice, asked lots about AWS\n"
        "Also said: they'd let me know by Friday 13th\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Arden - final round debrief\n"
        "- case study went ok\n"
        "- Other notes: decision by end of next week, start in May\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Priya: Hey Anna, Priya here from Talent at Fintrace\n"
        "Owen: and Owen, hiring manager :)\n"
        "Priya: we'll get back to you by Wednesday next week\n"
        "Me: Perfect, thank you both!\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-11",
    ),
    (
        "Maya: how did it go\n"
        "me: good! they'll decide within 2 weeks\n"
        "Jon: mine said end of the month for mine lol\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-18",
    ),
    (
        "Joanne (agency): the client will come back to you by Friday\n"
        "Me: brilliant, thank you!\n"
        "Update: nothing yet, will chase Monday\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-06",
    ),
    (
        "Monday: final round with Tom.\n"
        "Tuesday: Tom emailed, decision by Fri 13th\n"
        "Me: nervous!!\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Role: Senior Analyst\n"
        "Interviewers: Tom, Anna\n"
        "Timeline: decision by Friday 13th\n"
        "Me: felt good, bit rushed on the case\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "14:00 call with recruiter: she said they'd decide within a week\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-11",
    ),
    (
        "2:30 - chat with Jo (HR), she said they'll get back to me within 10 working days\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-18",
    ),
    (
        "5 candidates in the final round - they'll decide within 2 weeks\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-18",
    ),
    (
        "3 interviewers - all friendly. Tom said they'd come back to me in 3 working days.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-09",
    ),
    (
        "Jo (recruiter) said on Friday we'll know - the hiring manager is away till then.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-06",
    ),
    (
        "I asked when they'd decide and she said on Friday.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-06",
    ),
    (
        "3 pm - call with Jo from HR, she said they'll decide within a week\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-11",
    ),
    (
        "3 stakeholder interviews: all good. HR will come back within 10 working days.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-18",
    ),
    (
        "12 applicants shortlisted - final decision within 3 weeks\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-25",
    ),
    (
        "On Monday the MD is back, and Tom said they'd decide within a week.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-11",
    ),
    (
        "2/3 of the panel - positive. Decision within 2 weeks.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-18",
    ),
    (
        "Wed 4th: HR rang, decision by end of next week\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Tom said they'd decide by Friday 13th. Last year they went with another candidate "
        "for this role, hopefully not this time!\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Me: they said they'd let me know by Friday\n"
        "Maya: omg good luck! Deloitte made me an offer today\n"
        "Jon: congrats both\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-06",
    ),
    (
        "Thanks for today. Offers will go out by Friday 13 March - we're excited to offer "
        "you the chance to meet the team on Tuesday too.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Recruiter said they'd decide by Friday 13th. Feedback so far: no concerns, they "
        "loved the portfolio.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Sorry for the wait. We will let you know by Friday 13 March. In the meantime "
        "we are happy to offer you a call with the team lead if you have questions.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Tom said they'd decide by Monday 9th. Meanwhile Velder made me an offer yesterday!!\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-09",
    ),
    (
        "Decision by Friday 13 March. We'd be happy to extend an offer to the right person "
        "quickly after that.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Good news, we can give you an answer tomorrow.\n"
        "\n"
        "On Tue, 3 Mar 2026 at 16:20, Gemma Hale <gemma@arden.co.uk> wrote:\n"
        "> Hi Anna, we'll decide by the end of next week.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-05",
    ),
    (
        "We now expect to decide on Monday instead.\n"
        "\n"
        "On Mon, 2 Mar 2026 at 16:20, Gemma Hale <gemma@arden.co.uk> wrote:\n"
        "> Hi Anna, we'll decide by the end of next week.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-09",
    ),
    (
        "Recruiter update: Tom's hoping it's all signed off by Friday 13th and he'll "
        "call me then.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-13",
    ),
    (
        "Sophie (agency) is hoping to hear from the client by Friday and will call me "
        "straight after.\n",
        "2026-03-04T10:00:00",
        "Europe/London",
        "GB",
        "2026-03-06",
    ),
    (
        "10:30 call w/ recruiter: hiring manager will get back within 5 business days\n",
        "2026-03-04T10:00:00",
        "America/New_York",
        "US",
        "2026-03-11",
    ),
    (
        "Interview with Infosys BPM done.\n"
        "also: HR madam told they will share result within 7 working days\n",
        "2026-03-04T10:00:00",
        "Asia/Kolkata",
        "IN",
        "2026-03-13",
    ),
]


@pytest.mark.parametrize(("text", "now", "tz", "country", "expected"), CASES)
def test_review_finding(text: str, now: str, tz: str, country: str, expected: str | None) -> None:
    reading = read_timeline(text, dt.datetime.fromisoformat(now), tz, country)
    assert (reading.deadline.isoformat() if reading else None) == expected
