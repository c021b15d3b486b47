"""Conventions found with the tune corpora in stop 24 (DD, Z, and the fresh FF and GG), each in
our own words: promises in the present or in progress, someone else's offer, the object of a
promise, a weekday that starts a clause after a dash, everyone a manager will phone."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import reader

from .test_timeline_conventions import read

SUN_PM = dt.datetime(2026, 3, 1, 18)  # a Sunday evening


@pytest.mark.parametrize(
    ("text", "now", "tz", "country", "expected"),
    [
        # The future in progress: the veto may not overrule it.
        (
            "Dear Ms. Reyes, good day! Thank you for your interview last February 26, 2026. We"
            " will be contacting all shortlisted applicants within five (5) working days from the"
            " date of interview.",
            dt.datetime(2026, 2, 27, 9),
            "Asia/Manila",
            "PH",
            "2026-03-05",
        ),
        # Present tense for a promise, as non-native writers put it.
        (
            "- jefe de obra Sr. Ortega\n- Ortega says they give answer on Wednesday\n- other"
            " offer from the Valencia firm, deadline March 12",
            SUN_PM,
            "Europe/Madrid",
            "ES",
            "2026-03-04",
        ),
        (
            "notes: pharmacist role, the owner Mrs Okafor. she answers after Easter. salary ok",
            dt.datetime(2026, 3, 25, 19),
            "Africa/Lagos",
            "NG",
            "2026-04-10",
        ),
        # Reported, with "'d": a decision is a call made.
        (
            "- plant closes 23 Dec - 4 Jan; Tom said they'd make the call before the shutdown\n"
            "- would start 18 Jan",
            dt.datetime(2026, 12, 14, 17),
            "America/Toronto",
            "CA",
            "2026-12-22",
        ),
        # "EOD Tuesday - Monday's a holiday": the dash starts a clause, not a range of days.
        (
            "Ana: \"you'll get my answer by EOD Thursday - Wednesday's a holiday and I'm out\"",
            dt.datetime(2026, 11, 20, 15),
            "America/Sao_Paulo",
            "BR",
            "2026-11-26",
        ),
        # What the feedback is on is no date of its own: "feedback on your panel interview".
        (
            "Quick update: the hiring manager is at a trade show until the 10th, but she promised"
            " feedback on your panel interview by the end of March.",
            dt.datetime(2026, 3, 2, 10),
            "Asia/Singapore",
            "SG",
            "2026-03-31",
        ),
        # Everyone "we interviewed" is who will be phoned, not when.
        (
            "The committee meets on Tuesday 10 March. I'll phone everyone we interviewed on"
            " Thursday 12 March.",
            dt.datetime(2026, 3, 4, 16),
            "Pacific/Auckland",
            "NZ",
            "2026-03-12",
        ),
        # "It's Wednesday night": the day of writing, not next Wednesday.
        (
            "The recruiter told me on Monday I'd hear by Thursday at the latest. It's Wednesday"
            " night now and still nothing.",
            dt.datetime(2026, 3, 4, 22),
            "America/Chicago",
            "US",
            "2026-03-05",
        ),
        # "should have a yes/no for you by COB Thursday": the veto leaves it alone.
        (
            "Hi Sam, client's keen! Just checking one reference, should have a yes/no for you by"
            " COB Thursday.",
            dt.datetime(2026, 3, 3, 15),
            "Australia/Sydney",
            "AU",
            "2026-03-05",
        ),
        # A call to everyone, this evening.
        (
            "We are seeing the last two candidates after lunch and I will telephone all"
            " candidates this evening.",
            dt.datetime(2026, 3, 3, 11),
            "Europe/London",
            "GB",
            "2026-03-03",
        ),
        # A portal's usual time, counted from the date in brackets after its event.
        (
            "Status: referred. Selecting officials usually make a selection within 45 days of"
            " the list issue date (03/02/2026).",
            dt.datetime(2026, 3, 10, 9),
            "America/New_York",
            "US",
            "2026-04-16",
        ),
        # Before someone's leave on a date: the business day before it.
        (
            "- asked about timing: Raj wants to decide before he goes on leave on the 20th",
            dt.datetime(2026, 3, 9, 18),
            "Europe/London",
            "GB",
            "2026-03-19",
        ),
        # "early in the new year": early January, the 10th.
        (
            "With the Christmas closure we expect to write to everyone early in the new year.",
            dt.datetime(2026, 12, 9, 10),
            "Europe/London",
            "GB",
            "2027-01-10",
        ),
        # An event's date taken up by the promise after it: "... and I'll be in touch then".
        (
            "The directors meet on Thursday 12 March and I'll be in touch with you then.",
            dt.datetime(2026, 3, 5, 10),
            "Europe/Dublin",
            "IE",
            "2026-03-12",
        ),
        # Closures, from corpus GG: the closure's dates said just after "before we close".
        (
            "We'll decide before we close for Easter - the shop is shut from Friday 3 April to"
            " Monday 6 April.",
            dt.datetime(2026, 3, 23, 10),
            "Europe/Dublin",
            "IE",
            "2026-04-02",
        ),
        (
            "We will get back to everyone before the office closes for the move (closed"
            " Thursday 12 and Friday 13 March).",
            dt.datetime(2026, 3, 2, 10),
            "Europe/London",
            "GB",
            "2026-03-11",
        ),
        # ... its promise inside the closure's own phrase, against a year-end budget round.
        (
            "Because of the year-end budget review approval will take a while. Our plant is"
            " closed for the annual shutdown from 21st December to 2nd January, and we will"
            " confirm the result before the shutdown.",
            dt.datetime(2026, 11, 16, 12),
            "Asia/Kolkata",
            "IN",
            "2026-12-18",
        ),
        # ... a holiday's span is no promise, whatever "will have" stands before it.
        (
            "Our company will have the Golden Week holiday from 29 April to 6 May. You will"
            " receive our answer before the holiday.",
            dt.datetime(2026, 4, 13, 10),
            "Asia/Tokyo",
            "JP",
            "2026-04-28",
        ),
        # "We'll need a week or two ... and I'll come back to you then".
        (
            "Thanks for today. We'll need a week or two to see the other applicants and I'll"
            " come back to you then.",
            dt.datetime(2026, 3, 2, 15),
            "America/Toronto",
            "CA",
            "2026-03-16",
        ),
        (
            "The budget for the team will only be approved late next month, so we will return"
            " to you then.",
            dt.datetime(2026, 3, 2, 15),
            "America/Sao_Paulo",
            "BR",
            "2026-04-30",
        ),
        # An intention in so many words.
        (
            "Our intention is to conclude the process and revert to all three candidates by the"
            " end of next week.",
            dt.datetime(2026, 3, 2, 15),
            "Europe/London",
            "GB",
            "2026-03-13",
        ),
        # "every candidate" is whom the promise is to, not a routine ("every Monday").
        (
            "We aim to get back to every candidate within 5 business days.",
            dt.datetime(2026, 3, 2, 15),
            "America/New_York",
            "US",
            "2026-03-09",
        ),
        # The event a time counts from is no cue of its own.
        (
            "Our process usually takes about two weeks after the final interview, as the"
            " decision is signed off in Paris.",
            dt.datetime(2026, 3, 2, 15),
            "Europe/Paris",
            "FR",
            "2026-03-16",
        ),
        # A closure's phrase holds its promise even after the closure's own words.
        (
            "Our office shuts down over Easter (closed 3 April to 6 April inclusive) and the"
            " panel meets before we finalise. We'll be in touch after the Easter break.",
            dt.datetime(2026, 3, 23, 10),
            "Australia/Perth",
            "AU",
            "2026-04-10",
        ),
    ],
)
def test_promises_in_other_words(text, now, tz, country, expected):
    assert read(text, now, tz, country) == expected


@pytest.mark.parametrize(
    ("text", "now", "tz", "country"),
    [
        # Another employer's offer and its deadline: no timeline of this one.
        (
            "- HR: they will contact the selected ones\n- another offer from a bank, deadline"
            " 20 March",
            dt.datetime(2026, 3, 9, 18),
            "Asia/Kolkata",
            "IN",
        ),
        # "she answers the phone": no promise.
        (
            "Receptionist role. The manager said she answers the phone herself on Mondays.",
            dt.datetime(2026, 3, 9, 18),
            "Europe/London",
            "GB",
        ),
        # How long, not when: a meeting's length, a merit pool's life.
        (
            "- met Kim + Jon from planning, ~1hr\n- nice office near the river",
            dt.datetime(2026, 3, 9, 18),
            "Europe/London",
            "GB",
        ),
        (
            "We will be in touch. The merit list may be used to fill similar roles for up to 12"
            " months.",
            dt.datetime(2026, 3, 9, 18),
            "Australia/Sydney",
            "AU",
        ),
        # Another employer's offer expiring; "the second we're done" is a moment.
        (
            "told Ana I have an offer from Northwind expiring Fri 13th. She said they'd move fast.",
            dt.datetime(2026, 3, 9, 18),
            "America/New_York",
            "US",
        ),
        (
            "Everything is paused while we close the funding round. I'll call you the second"
            " we're through it.",
            dt.datetime(2026, 3, 9, 18),
            "America/New_York",
            "US",
        ),
        # A question about a closure is no promise about it.
        (
            '- MD: "we close 23 Dec to 11 Jan, HR will be in touch"\n- didn\'t say before or'
            " after the break",
            dt.datetime(2026, 12, 14, 16),
            "Australia/Sydney",
            "AU",
        ),
        # Opening hours, still: "Monday - Friday".
        (
            "The shop is open Monday - Friday, 9 to 5. We will be in touch.",
            dt.datetime(2026, 3, 9, 18),
            "Europe/London",
            "GB",
        ),
    ],
)
def test_no_timeline_in_these(text, now, tz, country):
    assert read(text, now, tz, country) is None


@pytest.mark.parametrize(
    "words",
    [
        "we will be contacting",
        "we'll be in touch",
        "daniela says they give answer",
        "marta: she answers",
        "he gives feedback",
        "priya said they'd make the call",
        "she would have a decision",
        "should have a yes/no for you",
        "raj wants to decide",
        "our intention is to conclude",
    ],
)
def test_outright_promises_the_veto_leaves_alone(words):
    assert reader._OUTRIGHT_PROMISE.search(words)


@pytest.mark.parametrize(
    "words", ["she answers the phone", "they give us the keys", "we will be closed"]
)
def test_not_outright_promises(words):
    assert not reader._OUTRIGHT_PROMISE.search(words)
