"""Stop 48: the night of a stay is the trip's date, never an answer's.

Retrained with the words of the phrase's own sentence, the veto found "Our travel desk will
reach out to book a hotel for the night of the 5th" a promise (its sentence says "will reach
out"): the rules now drop the night of a stay themselves, and no model decides it. Read under
a model that never vetoes, so only the rule can drop it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader

MON = dt.datetime(2026, 3, 2, 10, 0)
LONDON = "Europe/London"


@pytest.fixture(autouse=True)
def _a_model_that_never_vetoes(monkeypatch):
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The onsite is on Friday, March 6. Our travel desk will reach out to book a hotel "
            "for the night of the 5th.",
            None,
        ),
        ("We've booked you a room for the night of 12 March.", None),
        ("Accommodation is arranged for the nights of 4 and 5 March.", None),
        (
            "The onsite is on Friday, March 6. Our travel desk will reach out to book a B&B for "
            "the night of the 5th.",
            None,
        ),
        (
            "The onsite is on Friday, March 6. Our travel desk will book a Premier Inn for the "
            "evening of the 5th.",
            None,
        ),
        # The stay's date goes; the promise beside it stands.
        (
            "We've booked you a room for the night of 12 March. We'll let you know by Friday.",
            "2026-03-06",
        ),
        (
            "We'll let you know by Friday; the hotel is booked for the night of the 5th.",
            "2026-03-06",
        ),
        # Not a stay: a decision taken that night (the review's over-reaches).
        ("We will decide on the night of the 5th.", "2026-03-05"),
        (
            "Stay tuned - the panel decides on the night of the 12th and I'll call you straight "
            "after.",
            "2026-03-12",
        ),
        (
            "I'm in the interview room all week; you'll hear from me on the night of the 12th.",
            "2026-03-12",
        ),
    ],
)
def test_the_night_of_a_stay_is_no_answer(text, expected):
    reading = read_timeline(text, MON, LONDON, "GB")
    assert (reading.deadline.isoformat() if reading else None) == expected


def test_the_answer_that_opens_a_later_sentence_is_said_outright(monkeypatch):
    """ "Decision by next Wednesday, 11 March." after another sentence: the answer opens its
    sentence, its "by next" outside the date read. (The retrained veto dropped it.)"""
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)
    reading = read_timeline(
        "We interviewed you on 2 March. Decision by next Wednesday, 11 March.", MON, LONDON, "GB"
    )
    assert reading is not None and reading.deadline == dt.date(2026, 3, 11)
