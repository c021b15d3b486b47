"""Cases found with the blind review corpus RX (stop 31), each in our own words: the company
named nearly right (another first word before its own last one, another kind of firm, its two
names swapped), a surname misspelt in a full-name greeting, a wrong title where the notes give
the interviewer one, and a "yo" greeting's misspelt name."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review
from followup.core.writing.review import engine

GYM = ReviewContext(
    candidate="Kyle Brandt",
    interviewer="Dana O'Connell",
    company="Ridgeline Fitness",
    role="Personal Trainer",
    notes="Ms. Dana O'Connell is the gym manager. Did a practice session with her. I used to "
    "coach at Harbour Fitness.",
)
FIRM = ReviewContext(
    candidate="Rosa Jimenez",
    interviewer="Bernard Lyle",
    company="Lyle & Stone Architects",
    role="Architectural Drafter",
    notes="Bernard reviewed my drawing set for a townhouse project.",
)
UNION = ReviewContext(
    candidate="Gloria Medina",
    interviewer="Harold Baines",
    company="Northstar Credit Union",
    role="Member Services Representative",
    notes="Harold is branch manager.",
)


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    monkeypatch.setattr(engine, "rules_only", True)  # the rules, not the model, under test


def wrong(body: str, context: ReviewContext, subject: str = "Following up") -> bool:
    return review(subject, body, "follow_up", context).labels["wrong_name"]


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        ("Hi Dana,\n\nAny news from Ridgeway Fitness?\n\nKyle", GYM, "Following up"),
        ("Hi Dana,\n\nAny news?\n\nKyle", GYM, "follow up - ridgeford fitness"),
        ("Hi Dana,\n\nAny news?\n\nKyle", GYM, "Personal Trainer, Halden Fitness - next steps"),
        ("Dear Mr. Lyle,\n\nI would be delighted to join Stone & Lyle.\n\nRosa", FIRM, "Thanks"),
        ("Dear Mr. Baines,\n\nI'd be a great fit at Northstar Bank.\n\nGloria", UNION, "Hi"),
        ("Hi Dana O'Connel,\n\nAny news?\n\nKyle", GYM, "Following up"),
        ("Dear Mr. O'Connell,\n\nAny news?\n\nKyle", GYM, "Following up"),
        ("yo dina, any news on the trainer job?", GYM, "news"),
    ],
)
def test_names_nearly_right_are_wrong(body: str, context: ReviewContext, subject: str) -> None:
    assert wrong(body, context, subject)


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        # The company, a past employer the notes name, a department, a nickname-free greeting.
        ("Hi Dana,\n\nAny news from Ridgeline Fitness?\n\nKyle", GYM, "Following up"),
        ("Hi Dana,\n\nI loved coaching at Harbour Fitness.\n\nKyle", GYM, "Following up"),
        ("Hi Dana,\n\nAny news?\n\nKyle", GYM, "Personal Trainer, Ridgeline Fitness"),
        ("Dear Mr. Lyle,\n\nI would be delighted to join Lyle & Stone.\n\nRosa", FIRM, "Thanks"),
        ("Dear Mr. Baines,\n\nI'd be a great fit at Northstar.\n\nGloria", UNION, "Hi"),
        ("Dear Mr. Baines,\n\nThe state bank holiday slowed us.\n\nGloria", UNION, "Hi"),
        ("G'day Dana,\n\nAny news?\n\nKyle", GYM, "Following up"),
        ("Dear Ms. O'Connell,\n\nAny news?\n\nKyle", GYM, "Following up"),
    ],
)
def test_names_right_are_not_wrong(body: str, context: ReviewContext, subject: str) -> None:
    assert not wrong(body, context, subject)
