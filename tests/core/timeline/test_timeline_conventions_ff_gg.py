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
    ],
)
def test_outright_promises_the_veto_leaves_alone(words):
    assert reader._OUTRIGHT_PROMISE.search(words)


@pytest.mark.parametrize(
    "words", ["she answers the phone", "they give us the keys", "we will be closed"]
)
def test_not_outright_promises(words):
    assert not reader._OUTRIGHT_PROMISE.search(words)
