"""Candidates' notes that mention other employers and their own plans, hard-wrapped notices, and
form letters' ways of promising (our own phrasing, after the blind corpora BK and BL; those
are scored by bench/timeline_bench.py). Thursday 12 February 2026, 09:40, unless said."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 2, 12, 9, 40)
US = ("America/Chicago", "US")
GB = ("Europe/London", "GB")


def _read(text: str, zone: tuple[str, str] = US, now: dt.datetime = NOW) -> str | None:
    reading = read_timeline(text, now, *zone)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A line labelled as another employer's, or as the writer's own plan, is not the promise.
        (
            "Re: Merlion Capital (ops analyst)\n - final round today with the MD\n"
            " - HR said I'd hear by the end of next week\n"
            "Other: Changi Group said they'd revert by 4 March",
            "2026-02-20",
        ),
        (
            "Re: Atelier Vauban\n - Julien: you'll have an answer by Friday\n"
            "Also Fri: Greaves Ltd rang, they'll call me back on the 27th",
            "2026-02-13",
        ),
        (
            "Hoshino Robotics - final interview today. HR said they'd contact me by Friday.\n"
            "plan: nudge them on the 24th if nothing",
            "2026-02-13",
        ),
        (
            "Vale Verde - interview today, the manager said they'll decide by Friday.\n"
            "me: moving into the new flat 1 March either way",
            "2026-02-13",
        ),
        # Under a note's subject, a line about another company is that company's.
        (
            "Re: Lanyard Studio (junior motion designer)\n  Thurs interview w/ Becca + Idris. "
            "Idris said they'd decide by Friday.\n  Fenwick Digital: Aaron said they'd decide by "
            "the 26th.\n  Kyoto Soft said results by 3/4",
            "2026-02-13",
        ),
        # ... but the subject's own people and "HR said" are not another company.
        (
            "Re: Merlion Capital (Ops Analyst)\n - final round Thu 12 Feb with MD + HR\n"
            " - HR said we'd hear within 2 weeks of the final round",
            "2026-02-26",
        ),
        # In a group chat the candidate is "Me"; the friends' news is their own.
        (
            "Maya: how'd the Lumen Bank thing go??\nMe: good! she said they'd decide by Friday\n"
            "Maya: I had mine at Fairway on the 8th and they said they'd decide by the 20th\n"
            "Devon: my thursday one got moved to the 25th lol",
            "2026-02-13",
        ),
        # ... in any case, and quoted.
        (
            "maya: how did it go\nme: good! they'll decide by friday\njon: mine said the 20th "
            "for mine lol",
            "2026-02-13",
        ),
        (
            "> Maya: how did it go\n> Me: good! they'll decide by Friday\n> Jon: mine said the "
            "20th for mine lol",
            "2026-02-13",
        ),
        # In a chat, "Me:" is the candidate reporting the promise, not an aside.
        (
            "Ana: didn't they give you a date?\nMe: yes, Mr Coleman said they'll decide by the "
            "20th\nLuis: nice",
            "2026-02-20",
        ),
    ],
)
def test_whose_line_it_is(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Re: Lanyard Studio\n - interview Thursday, they'll be in touch, no date\n"
        "Other: Fenwick Digital said decision by the 26th",
        "Job log\n - Kessler: we'll let you know, no date yet\nto do: chase Kessler on the 24th",
        # A "no" already given, with a window to ask for feedback after it.
        "Dear Mr Patel,\n\nI am sorry to tell you that on this occasion you have been "
        "unsuccessful. Feedback is available on request until the end of term (Friday 20 "
        "March).\n\nKind regards\nSchool Business Manager",
        # Logistics, not the answer: "reach out to book flights".
        "The onsite is on Friday, March 6. Our travel desk will reach out to book a hotel for the "
        "night of the 5th.",
    ],
)
def test_someone_elses_date_or_no_answer_due(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (Five business days from Thursday 12 February skip Presidents' Day, Monday 16th.)
        # Hard-wrapped by a mail program: a word cut at its hyphen, an abbreviation at a line's
        # end, a forwarded message's header lines that are no part of the width.
        (
            "Shortlisted candidates will be notified by mid-\nMarch. Our office is closed on "
            "the 9th.",
            "2026-03-15",
        ),
        (
            "phone screen w/ recruiter at 11am. she said hm reviews w/in 5 bus.\ndays and she'll "
            "email either way. pay band 72-80k. hybrid 3 days",
            "2026-02-20",
        ),
        (
            "From: Recruitment - Harbourside Council\nSent: Thursday, 12 February 2026 9:05 AM\n"
            "Subject: Team Leader Customer Service - interview outcome\n\nDear Liam,\n\n"
            "Thank you for attending your interview this week. Please allow 5\nbusiness days "
            "for the panel to finalise their recommendation, after\nwhich you will be contacted "
            "by phone.",
            "2026-02-20",
        ),
        # Form letters and portals.
        (
            "Thanks for interviewing with us! Our hiring team will reach out with next steps in "
            "3-5 business days.",
            "2026-02-20",
        ),
        (
            "Final-round decisions for the Summer 2027 Analyst Program are released on a rolling "
            "basis, no later than 2/27.",
            "2026-02-27",
        ),
        ("Client has promised feedback on Tuesday's interview by COB Friday.", "2026-02-13"),
        # A moved date, in the update below the first.
        (
            "2/5 recruiter email: We'll have an answer for you by 2/13.\n2/12 recruiter email: "
            "the decision has been pushed. We're now looking at end of February.",
            "2026-02-28",
        ),
        # A weekday of a week said by its place, or of the week of someone's return.
        (
            "the hiring manager is out all next week, back Monday the 23rd, and she said they'll "
            "have a decision by Wednesday of that week.",
            "2026-02-25",
        ),
        (
            "The VP is traveling, so we'll have a decision for you Wednesday of the week after "
            "next.",
            "2026-02-25",
        ),
        (
            "the HM is OOO til Tues (back 2/17 after Presidents' Day). expect a final decision "
            "by EOW that week",
            "2026-02-20",
        ),
    ],
)
def test_notices_and_wrapped_mail(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # A note's line opened by its day counts from that day ("a fortnight" from Fri 6 Feb).
        (
            "Re: Oakden Housing Trust\nFri 6th: 2nd interview. Maxine said a fortnight for the "
            "decision.\nAlso Fri: Greaves Ltd rang.",
            NOW,
            "2026-02-20",
        ),
        (
            "Re: Hafenblick Logistik\n2/9: Mr Ortmann said he'd get back to me within a week.",
            NOW,
            "2026-02-16",
        ),
        # A promise reported with the day it was made counts from that day ...
        ("On Monday Marcus (hiring mgr) told me they'd decide within a week.", NOW, "2026-02-16"),
        ("Me: no news yet\nMe: on Friday Mr. Coleman said 2 weeks\nAna: ok", NOW, "2026-02-20"),
        # ... "last Monday", said on a Tuesday, is the Monday of the week before.
        (
            "Last Monday the hiring manager told me she'd have an answer by the end of the week.",
            dt.datetime(2026, 2, 17, 12, 0),
            "2026-02-13",
        ),
        # ... but not a day ahead in the same sentence: "one more to see on Tuesday, so ...".
        (
            "they've one more to see on tuesday so they said give them till wednesday.",
            NOW,
            "2026-02-18",
        ),
    ],
)
def test_counted_from_the_day_it_was_said(text: str, now: dt.datetime, expected: str) -> None:
    assert _read(text, now=now) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An outcome given after the promise: an offer, another candidate, a recruiter's "no".
        "dictated to Jas: aiya the Orchard store said they'd update me by Friday, then HR "
        "messaged this morning saying they went with someone else, so never mind lor",
        "HM had said she'd decide by Friday - called me today instead: going with an internal "
        "transfer.",
        # The candidate's own errand.
        "the panel said we shall communicate, no date, I will pass by the HR office on Monday "
        "to ask",
        "Re: Pinecrest Dental\n- Jenna said they'd decide by Friday\n- UPDATE: Jenna called "
        "today at 4 - OFFER!! start Mar 9, she wants my yes/no by 2/18",
        "2/9: HM said they'd decide in 2 weeks.\n2/12 update: they went with an internal "
        "candidate. Told Jorge 5pm.",
        "Candidate: Marcus Tan | Client: Jurong Precision\nMr Lim said decision by 2/20.\n"
        "2/12: client feedback: not proceeding, prefers someone with SAP.",
        # A forwarder's words above the newest message, which says no to the older promise.
        "fwd from mum's laptop sorry\n\nFrom: Careers <careers@college.example>\nSent: 12 "
        "February 2026 09:41\nDear Priya, after careful consideration the panel has decided "
        "not to take your application further on this occasion.\n\n---- earlier ----\nFrom: "
        "Careers\nSent: 5 February 2026\nDear Priya, we expect to notify all candidates by "
        "Friday 20 February.",
    ],
)
def test_an_outcome_already_given(text: str) -> None:
    assert _read(text, GB) is None


def test_an_offer_promised_is_still_a_promise() -> None:
    assert _read("Offers will go out by Friday 20 February.", GB) == "2026-02-20"


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        # The candidate's own hope is no date of theirs.
        (
            "On Monday Kylie told me they'd let me know by the end of next week.\nreally "
            "hoping it's before Valentine's so I can relax",
            US,
            "2026-02-20",
        ),
        # ... but the employer's hope is their promise.
        ("I'm hoping to have something to you by Monday week at the latest.", GB, "2026-02-23"),
        # A social event is no hiring step.
        (
            "They will inform you of the result within 5 business days. The team dinner I "
            "mentioned is on 6 March - I hope you can join.",
            GB,
            "2026-02-19",
        ),
        # "Also <company> wanted ..." under a note's subject is that company's.
        (
            "Re: Havenstad Energie\nHR called: offers and rejections go out within a few working "
            "days.\nAlso Delfland Water wanted me to confirm my 9 March interview.",
            GB,
            "2026-02-17",
        ),
        # A fiscal year's end is the country's (Japan's is 31 March), not 31 December.
        (
            "She said they'll give a result over the next few weeks because of fiscal year end "
            "(3/31).",
            ("Asia/Tokyo", "JP"),
            "2026-03-31",
        ),
    ],
)
def test_whose_wish_and_which_year(text: str, zone: tuple[str, str], expected: str) -> None:
    assert _read(text, zone) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Recruiters relaying a client's word (blind corpus BN).
        (
            "the executive committee will decide on the Financial Manager appointment by the "
            "end of the week after next.",
            "2026-02-27",
        ),
        ("The board will confirm the Regional CFO appointment by the end of March.", "2026-03-31"),
        (
            "They will communicate the final decision by mid of next month after board approval.",
            "2026-03-15",
        ),
        (
            "The IT manager said they'll revert on the .NET contract within 5 working days.",
            "2026-02-19",
        ),
        (
            "Their hiring manager's on a course next week so he'll give us a yes or no Monday "
            "week.",
            "2026-02-23",
        ),
        (
            "The Chair has asked for a few days and will let me have her view by Friday.",
            "2026-02-13",
        ),
        (
            "Harriet said they'll let us know about the 3 month fixed term accountant role by end "
            "of play Wednesday.",
            "2026-02-18",
        ),
        # ... and what is not their promise: a request of the candidate, the next round offered,
        # a wait counted from a budget nobody has dated.
        ("The client asked if you can do a technical take-home by Mon 16 Feb.", None),
        (
            "As promised on Friday, here's the feedback: they'd like you back for a final with the "
            "CFO on Tuesday 17 Feb at 2pm.",
            None,
        ),
        ("Client: 'once the Q3 budget is signed off we'll decide within 2 wks'.", None),
    ],
)
def test_a_clients_word_relayed(text: str, expected: str | None) -> None:
    assert _read(text, GB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spoken promises, as a phone transcribes them (blind corpus BP): the model's doubt
        # does not overrule them.
        (
            "hi this is Pat from human resources um the hiring manager is still finishing "
            "references we're hoping to have decisions by the twenty third",
            "2026-02-23",
        ),
        ("they said I'd hear Monday or Tuesday because Friday's a holiday", "2026-02-17"),
        (
            'HM Johan: "give me 7 to 10 days and I\'ll come back to you on the shortlist decision"',
            "2026-02-22",
        ),
        ("Njeri said they would get back to the candidate in a couple of weeks.", "2026-02-26"),
        ("we should have something for you in a couple of weeks", "2026-02-26"),
        ("we'll have a decision for you before the end of Q one for sure", "2026-03-31"),
        # ... but not a promise kept for after a step: "once that's done".
        (
            "Just letting you know we're checking your references this week, and I'll get back "
            "to you once that's done.",
            None,
        ),
    ],
)
def test_spoken_promises(text: str, expected: str | None) -> None:
    assert _read(text, GB) == expected
