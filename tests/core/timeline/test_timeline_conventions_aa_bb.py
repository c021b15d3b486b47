"""Conventions found with fresh corpora AA and BB (tests/blind/timeline_fresh_aa|bb.jsonl),
each in our own words: promises the model's veto must leave alone, the same day said twice,
holidays by their local names, breaks given with numeric dates or a reopening day, a hire's
"appointment", and what is no date ("the second I hear", "I told them the 3rd")."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import reader
from followup.core.timeline.normalise import normalise

from .test_timeline_conventions import read


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # Promised outright, so the veto leaves them alone: results "declared" or "published",
        # anyone who "will receive a call", closing the loop.
        (
            "Dear Rohan, the outcome of the group discussion round will be declared by the 9th."
            " Our office is shut on the 5th for a local festival.",
            dt.datetime(2026, 3, 2, 11),
            "Asia/Kolkata",
            "IN",
            "2026-03-09",
        ),
        (
            "The merit list for the lab technician posts will be published on the portal in a"
            " month or so. For help call 022-5550-1234 (Mon-Fri).",
            dt.datetime(2026, 4, 14, 9),
            "Asia/Kolkata",
            "IN",
            "2026-05-14",
        ),
        (
            "Thanks for coming to the hiring fair today! Everyone who applied for the weekend"
            " barista shifts (8-20 hrs/wk) will receive a call from the store within 48 hours.",
            dt.datetime(2026, 9, 5, 15),
            "America/Chicago",
            "US",
            "2026-09-07",
        ),
        (
            "spoke to the hiring manager - she liked your portfolio a lot. they'll close the loop"
            " with all finalists after Memorial Day. talk soon",
            dt.datetime(2026, 5, 19, 16),
            "America/New_York",
            "US",
            "2026-05-29",
        ),
        # The same day said twice: the promise may stand at the second.
        (
            "I can't get the panel together sooner than Wednesday, but you will have our answer"
            " by Wednesday end of day.",
            dt.datetime(2026, 6, 1, 10),
            "Europe/London",
            "GB",
            "2026-06-03",
        ),
        # A hire's appointment, not a meeting.
        (
            "The board will meet the last two candidates again in September and we expect to"
            " confirm the appointment by the end of Q3.",
            dt.datetime(2026, 7, 20, 12),
            "Europe/London",
            "GB",
            "2026-09-30",
        ),
        (
            "Our goal is to have the principal appointment finalised by mid next month.",
            dt.datetime(2026, 2, 3, 12),
            "Australia/Brisbane",
            "AU",
            "2026-03-15",
        ),
        (
            "The ward manager will contact all interviewees by phone within 3 working days.",
            dt.datetime(2026, 10, 7, 14),
            "Europe/London",
            "GB",
            "2026-10-12",
        ),
        # "feed back", "wkg days"
        (
            "Jon is on leave until the 16th. I've passed him your notes and he'll feed back by"
            " the end of that week.",
            dt.datetime(2026, 11, 4, 9),
            "Europe/London",
            "GB",
            "2026-11-20",
        ),
        (
            "client says yes or no within 2 wkg days, will ping u",
            dt.datetime(2026, 4, 30, 17),
            "Europe/London",
            "GB",
            "2026-05-05",  # Friday, then the early May bank holiday
        ),
        # Holidays by their local names: Nigeria's Independence Day (the package's "National
        # Day"), New Zealand's Labour Weekend, France's Armistice, Halloween; "the day after".
        (
            "The panel will communicate its decision after the Independence Day break.",
            dt.datetime(2026, 9, 24, 10),
            "Africa/Lagos",
            "NG",
            "2026-10-02",
        ),
        (
            "The GM is away so we'll decide after Labour Weekend.",
            dt.datetime(2026, 10, 15, 10),
            "Pacific/Auckland",
            "NZ",
            "2026-10-30",
        ),
        (
            "Half the committee takes the bridge, so we will answer after Armistice Day.",
            dt.datetime(2026, 11, 3, 10),
            "Europe/Paris",
            "FR",
            "2026-11-13",
        ),
        (
            "Still seeing one more person but you'll hear by Halloween.",
            dt.datetime(2026, 10, 20, 10),
            "America/Denver",
            "US",
            "2026-10-31",
        ),
        (
            "Expect our answer on Tuesday 6 April, the day after Easter Monday.",
            dt.datetime(2027, 3, 22, 10),
            "Europe/Amsterdam",
            "NL",
            "2027-04-06",
        ),
        # Breaks with numeric dates, with "which runs" and no "from", with a reopening day.
        (
            "We aim to decide before our summer closure (03.08.2026 - 21.08.2026).",
            dt.datetime(2026, 7, 20, 10),
            "Europe/Berlin",
            "DE",
            "2026-07-31",
        ),
        (
            "We'll make a decision before spring break, which runs Mar. 16 - Mar. 20.",
            dt.datetime(2026, 3, 2, 10),
            "America/Chicago",
            "US",
            "2026-03-13",
        ),
        (
            "The depot closes 18 December and reopens Monday 11 January, so we'll come back to"
            " you after the break.",
            dt.datetime(2026, 12, 9, 10),
            "Australia/Sydney",
            "AU",
            "2027-01-15",
        ),
        (
            "They shut from the 22nd December and don't reopen until Monday 4th January. He's"
            " promised feedback before the break - I'll ring you the second I hear.",
            dt.datetime(2026, 12, 14, 10),
            "Europe/London",
            "GB",
            "2026-12-21",
        ),
    ],
)
def test_conventions_from_corpora_aa_and_bb(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "country"),
    [
        # A moment, not the 2nd; the candidate's own start date.
        (
            "Great chat! I'll call you the second I hear anything from the client.",
            dt.datetime(2026, 12, 14, 10),
            "Europe/London",
            "GB",
        ),
        (
            "recruiter asked when I could start - I told them Jan 12 after my notice. no word on"
            " when they decide.",
            dt.datetime(2026, 12, 1, 10),
            "America/New_York",
            "US",
        ),
    ],
)
def test_no_timeline_aa_and_bb(text, now, tz, country):
    assert read(text, now, tz, country) is None


def test_a_newer_message_without_a_date_outranks_the_promise_quoted_below_it():
    text = (
        "Dear Ama,\n\nThe panel has been postponed and I am unable to give you a new date at"
        " this time. Please disregard the date given before.\n\nRegards,\nKofi\n\n"
        "From: Kofi Mensah\nSent: Monday, 2 March 2026 09:10\nSubject: Interview\n\n"
        "We will communicate the outcome by 13th March 2026."
    )
    now = dt.datetime(2026, 3, 9, 12)
    assert read(text, now, "Africa/Accra", "GH") is None
    # Without the newer message, the promise stands.
    assert read(text[text.index("From:") :], now, "Africa/Accra", "GH") == "2026-03-13"


def test_the_rules_alone_keep_these_promises(monkeypatch):
    """The veto may not overrule a promise in so many words (fails if it is switched on for
    these: the shipped model vetoes them)."""
    monkeypatch.setattr(reader, "rules_only", False)
    text = "Results of the assessment will be declared by the 3rd."
    assert read(text, dt.datetime(2026, 9, 17, 10), "Asia/Kolkata", "IN") == "2026-10-03"


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        (
            "Thanks Ines. The committee meets on the 12th and we will send offers before the"
            " Christmas break. Parking is behind building C.",
            dt.datetime(2026, 12, 1, 10),
            "Europe/London",
            "GB",
            "2026-12-24",
        ),
        (
            "Our HR partners need to run the usual checks, so please expect to hear from us in"
            " between two and three weeks.",
            dt.datetime(2026, 3, 4, 16),
            "Europe/London",
            "GB",
            "2026-03-25",
        ),
        (
            "Spoke to the client; they've said they will give feedback within 4 working days."
            " They asked again about your 60-day notice.",
            dt.datetime(2026, 2, 2, 15),
            "Asia/Kolkata",
            "IN",
            "2026-02-06",
        ),
        (
            "We aim to notify every applicant of the result by 14 August 2026. Successful"
            " applicants start vetting in September.",
            dt.datetime(2026, 7, 30, 9),
            "Europe/London",
            "GB",
            "2026-08-14",
        ),
        (
            "[02/04/2026, 20:15] Sam - Agency: they're checking one last reference\n"
            "[02/04/2026, 20:16] Sam - Agency: I'll have their answer to you by the 9th latest",
            dt.datetime(2026, 4, 2, 20, 20),
            "Europe/London",
            "GB",
            "2026-04-09",
        ),
        (
            "Sorry, the March 20 date slipped because of budget sign-off. We now expect to get"
            " back to you by the end of the month.",
            dt.datetime(2026, 3, 23, 11),
            "America/Los_Angeles",
            "US",
            "2026-03-31",
        ),
        (
            "site interview w/ foreman Gaz - 'give us a fortnight to sort the crew'. $52/hr,"
            " roster 7 on 7 off",
            dt.datetime(2026, 6, 10, 19),
            "Australia/Perth",
            "AU",
            "2026-06-24",
        ),
    ],
)
def test_promises_the_veto_leaves_alone(text, now, tz, country, expected, monkeypatch):
    monkeypatch.setattr(reader, "rules_only", False)
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # A closure with its own dates after the promise is not the promised day taken off.
        (
            'Partner: "we will send the offer by Jan 7, our office is closed December 24 -'
            ' January 4" - my work party is on December 19',
            dt.datetime(2026, 12, 16, 18),
            "Asia/Manila",
            "PH",
            "2027-01-07",
        ),
        # A bullet starts a new sentence, however long the line before it: its words are not
        # the cue of the date above.
        (
            "- supervisor Jo, and the unit manager joined for the last twenty minutes or so\n"
            "- Jo: she answers by Thursday next week, Monday is a holiday for them over there\n"
            "- start after 4 weeks notice",
            dt.datetime(2026, 1, 2, 17),
            "Europe/London",
            "GB",
            "2026-01-08",
        ),
        # "we'll text you", "we'll email u"
        (
            '- chief nurse: "we\'ll text you after Holy Week"\n- also waiting for my board exam'
            " result (out 2 May)",
            dt.datetime(2026, 3, 25, 19),
            "Asia/Manila",
            "PH",
            "2026-04-10",
        ),
    ],
)
def test_conventions_of_notes_from_corpus_z(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


def test_someone_skiing_until_a_date_is_no_timeline():
    text = (
        "- office closed 23 Dec - 2 Jan\n"
        '- Aoife: "we\'ll pick it up at some point, no rush". Ciaran skiing till 9 Jan\n'
        "- my notice: tell my firm by 31 Jan"
    )
    assert read(text, dt.datetime(2026, 12, 15, 16), "Europe/Dublin", "IE") is None


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        (
            "Most of the directors are away for the festival, so we'll close this after Diwali."
            " The joining bonus would be part of the offer.",
            dt.datetime(2026, 10, 30, 12),
            "Asia/Kolkata",
            "IN",
            "2026-11-13",
        ),
        (
            "Because of budget planning, the decision on the post of Electrician (m/f/d) in the"
            " Bremen plant will be made by year end. The post is to be filled from 1 March.",
            dt.datetime(2026, 11, 20, 10),
            "Europe/Berlin",
            "DE",
            "2026-12-31",
        ),
        (
            "wrap-up w/ recruiter: panel feedback generally comes back within 1-2 wks, start"
            " would need to be by 5/4 for Q2 planning",
            dt.datetime(2026, 3, 10, 18),
            "America/Los_Angeles",
            "US",
            "2026-03-24",
        ),
    ],
)
def test_more_promises_the_veto_leaves_alone(text, now, tz, country, expected, monkeypatch):
    monkeypatch.setattr(reader, "rules_only", False)
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    "said",
    [
        "we'll close this after Diwali",
        "the decision on the post of Electrician (m/f/d) will be made",
        "panel feedback generally comes back within",
        "will be declared by the 9th",
        "will be published on the portal",
        "will receive a call from the store",
        "they'll close the loop with all finalists",
        "we will send offers before the break",
        "please expect to hear from us",
        "they will give feedback within",
        "we aim to notify every applicant",
        "I'll have their answer to you",
        "we now expect to get back to you",
        "give us a fortnight to sort the crew",
    ],
)
def test_promises_in_so_many_words(said):
    """Each is a promise the model's veto may not overrule (fails if its pattern is removed)."""
    assert reader._OUTRIGHT_PROMISE.search(normalise(said).text)


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # From corpus DD: "wrkg days"; someone wanted in by a date, an office move and a fiscal
        # year's turn are no answer; "Monday's interview" is gone by; a closure "their office
        # shuts ..." given in brackets.
        (
            "Thanks for the L1 round. Panel feedback will come in 2-3 wrkg days, keep ur phone on.",
            dt.datetime(2026, 7, 7, 12),
            "Asia/Kolkata",
            "IN",
            "2026-07-10",
        ),
        (
            'Ana at the end: "we\'ll get back to you within four working days". The ops lead said'
            " they want someone in by 1 June.",
            dt.datetime(2026, 5, 1, 17),
            "Europe/London",
            "GB",
            "2026-05-08",
        ),
        (
            "We hope to conclude in the next couple of weeks. We're also moving offices on 30th"
            " September, so bear with me.",
            dt.datetime(2026, 9, 9, 12),
            "Africa/Nairobi",
            "KE",
            "2026-09-23",
        ),
        (
            "The client aims to decide by end of H1 - their fiscal year resets July 1.",
            dt.datetime(2026, 5, 20, 12),
            "America/Toronto",
            "CA",
            "2026-06-30",
        ),
        (
            "The client promised feedback before the Christmas break (their office shuts 23 Dec to"
            " 3 Jan).",
            dt.datetime(2026, 12, 9, 12),
            "Africa/Lagos",
            "NG",
            "2026-12-22",
        ),
    ],
)
def test_conventions_from_corpus_dd(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


def test_an_interview_named_by_its_weekday_is_gone_by():
    text = (
        "Feedback from Monday's interview is great! Are you free Tues 23rd or Weds 24th for a"
        " second round with the MD?"
    )
    assert read(text, dt.datetime(2026, 6, 17, 12), "Europe/London", "GB") is None


@pytest.mark.parametrize(
    "said", ['she\'d "ring me Thursday or Friday"', '"give me a few days to think on it"']
)
def test_more_promises_in_so_many_words(said):
    assert reader._OUTRIGHT_PROMISE.search(normalise(said).text)


@pytest.mark.parametrize(
    "text",
    [
        # Found by a review of these rules: the candidate's own plans, logistics, requests.
        "I plan to contact the hiring manager on Monday if there's no news.",
        "We plan to inform the team on Monday about the reorg.",
        "I will get an update from my current employer on Friday about the counter-offer.",
        "Please feed back to the agency by Friday.",
        "Our recruiter will text you on Monday with the Zoom link for Wednesday's interview.",
    ],
)
def test_what_a_review_of_these_rules_found(text):
    assert read(text, dt.datetime(2026, 11, 26, 15, 30), "Europe/London", "GB") is None


def test_a_day_number_before_we_know_is_still_a_date():
    text = "Recruiter said by the 20th we know who's going through."
    assert read(text, dt.datetime(2026, 11, 26, 15, 30), "Europe/London", "GB") == "2026-12-20"


def test_the_holidays_after_a_named_bank_holiday_reads_without_an_error():
    text = (
        "Sarah is away until after the August bank holiday, so the decision will come after the"
        " holidays."
    )
    # (It raised KeyError: the month named was in the other phrase.) Any reading will do.
    reader.read_timeline(text, dt.datetime(2026, 11, 26, 15, 30), "Europe/London", "GB")
