"""What stop 36 found with its new corpora, each case in our own words."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


def _context(company: str) -> ReviewContext:
    return ReviewContext(
        candidate="Kofi Mensah",
        interviewer="Dana Whitlock",
        company=company,
        role="Shift Supervisor",
        notes="Dana Whitlock, GM. Talked about the lunch rush and cashing up.",
    )


def _wrong_name(body: str, company: str, subject: str = "Thank you") -> bool:
    return review(subject, body, "thank_you", _context(company)).labels["wrong_name"]


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        # Heard, not read: the letters differ where the sound does not.
        (
            "thanks",
            "hi dana thanks for today. would love to run shifts at perry grill",
            "Peri Grill",
        ),
        ("thanks", "thx dana!! really want to be a shift sup at brewhouse", "Brewhaus"),
        (
            "Thank you Calder Aviaton",
            "Dear Dana, thank you for the hangar tour.",
            "Calder Aviation",
        ),
        ("Thank you", "Dear Dana, I would be proud to join Marlowe Harbur.", "Marlowe Harbour"),
    ],
)
def test_the_company_spelt_otherwise_is_a_wrong_name(subject: str, body: str, company: str) -> None:
    assert _wrong_name(body, company, subject)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Dear Dana, I would love to join the team at Peri Grill.", "Peri Grill"),
        # The name and a short word beside it are not the name misspelt.
        ("Dear Dana, Holt Marine is my first choice.", "Holt Marine"),
        ("Dear Dana, I'd love to join The Copper Pot as your supervisor.", "The Copper Pot"),
        # A possessive without its apostrophe, a plural.
        ("Dear Dana, I loved seeing Brewhaus kitchen and the Brewhaus team.", "Brewhaus"),
        ("Dear Dana, the data work your team does is impressive.", "Data Works"),
        # A lone word in lower case in a capitalised letter: an ordinary word, not the name.
        ("Dear Dana, I enjoyed the strip of shops you showed me.", "Stripe"),
    ],
)
def test_the_company_itself_and_ordinary_words_are_no_wrong_name(body: str, company: str) -> None:
    assert not _wrong_name(body, company)
