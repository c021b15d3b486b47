"""Stop 47: the promises said in so many words that the retrained model must not veto.

The model now weighs the words around the phrase read as well as the whole text (see
test_timeline_model.py). Retrained, it doubted four short promises that earlier models let
through; each is a promise in so many words, so the rules now say so, and no model decides it.
Every case here is read under a model that vetoes everything: only a promise said outright
survives that, and none of these did before this stop.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader

NAIROBI = ("Africa/Nairobi", None)
LONDON = ("Europe/London", "GB")
NEW_YORK = ("America/New_York", "US")
FRI = dt.datetime(2026, 5, 22, 10, 0)
TUE = dt.datetime(2027, 1, 19, 10, 0)
MON = dt.datetime(2026, 12, 7, 10, 0)


@pytest.fixture(autouse=True)
def _a_model_that_vetoes_everything(monkeypatch):
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)


@pytest.mark.parametrize(
    ("text", "now", "where", "deadline"),
    [
        # The wait asked of the reader, to finish their process.
        ("Kindly allow us 10 working days to complete the process.", FRI, NAIROBI, "2026-06-08"),
        (
            "Please allow us 5 business days to finish the selection process.",
            FRI,
            NAIROBI,
            "2026-05-29",
        ),
        # A deadline told, the telling right before its "by".
        (
            "They said by the 29th. Heard from a friend she sent the regret email to the other "
            "finalist today.",
            TUE,
            LONDON,
            "2027-01-29",
        ),
        ("Recruiter said by Friday, fingers crossed.", TUE, LONDON, "2027-01-22"),
        # Someone's words on a log line that opens with its day.
        (
            "12/3 - Sam (agency): Crossroads will decide by the 18th\n"
            "12/4 - Sam rang back with the Globex offer, 52k",
            MON,
            NEW_YORK,
            "2026-12-18",
        ),
        # A sentence that opens with the day, the promise right after it.
        ("Late February we'll decide. The recruiter said so.", TUE, LONDON, "2027-02-28"),
        ("Friday they'll let you know.", TUE, LONDON, "2027-01-22"),
    ],
)
def test_promises_said_outright(text, now, where, deadline):
    reading = read_timeline(text, now, *where)
    assert reading is not None and reading.deadline == dt.date.fromisoformat(deadline)


@pytest.mark.parametrize(
    ("text", "now", "where"),
    [
        # A check's length, not the process's.
        ("Please allow 5 days to complete the background check.", FRI, NAIROBI),
        # Said, but no deadline told: the day has no "by".
        ("She said the 29th works for the site visit.", TUE, LONDON),
        ("The recruiter said Friday was her last day at the agency.", TUE, LONDON),
        # The day is not where its sentence opens; "we'll decide" is about something else.
        ("Moving flats late February, we'll decide on the sofa later.", TUE, LONDON),
        ("They'll decide soon. Late February we're moving house.", TUE, LONDON),
        # A log line's heading is no one's words, its day before it or not.
        ("12/3 - Interview: panel of three, results by the 18th", MON, NEW_YORK),
    ],
)
def test_what_stays_for_the_model_to_judge(text, now, where):
    assert read_timeline(text, now, *where) is None


@pytest.mark.parametrize(
    "text",
    [
        # A review of these rules found each read as a promise in so many words; none is one.
        "I said by Friday I'd send them my references.",
        "I said by Friday, to be safe.",
        "HR said by the 1st I need to have my right-to-work documents in.",
        "The recruiter said by March they'd want me to start.",
        "The other company told me by Friday I have to accept or the offer lapses.",
        "The landlord said by the 1st I need to move out.",
        "Got the offer from Acme. Sunday we'll decide as a family whether to take it.",
        "Thursday we'll decide which offer to take.",
        "My partner has an offer too. Friday he'll decide.",
        "Next week they'll confirm the start date.",
        "Tomorrow she'll call you to arrange the second interview.",
        "We cannot give you a date yet. Friday we'll confirm whether the panel can meet.",
        "Once you accept the offer, please allow us 10 working days to complete the process of "
        "background checks.",
        "To get your laptop and badge, please allow 5 days to complete the process.",
    ],
)
def test_the_reviews_cases(text):
    assert read_timeline(text, TUE, *LONDON) is None
