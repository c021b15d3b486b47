"""What stop 34 found with the new corpus SD, each case in our own words: a presumed hire, a
demand forthwith or by a deadline in military time, an ultimatum and a reproach for the silence
are pushy, and another body's name in the employer's place is a wrong name. And what stays
right: someone else's deadline said as a reason, a nickname the lowercase notes record, a
campaign's reference in the subject."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test

COUNCIL = ReviewContext(
    candidate="Priya Nair",
    interviewer="Tom Hale",
    company="Eastmoor Housing Authority",
    role="Tenancy Officer",
    notes="Panel of three, Tom chaired.",
)
ENGINEERING = ReviewContext(
    candidate="Sam Okafor",
    interviewer="Ruth Glass",
    company="Corvane Marine Systems",
    role="Controls Engineer",
    notes="Ruth asked about PLC retrofits.",
)
PUB = ReviewContext(
    candidate="Liam Byrne",
    interviewer="Margaret Doyle",
    company="The Anchor",
    role="Bar Staff",
    notes="mags (margaret, manager) - known as mags.\nsaid she'd text by friday.",
)


def _labels(body: str, context: ReviewContext, subject: str = "Following up") -> dict:
    return review(subject, body, "follow_up", context).labels


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for today. I'll report to the depot at 6am Monday for my induction.",
        "I have handed in my notice and can start on the 3rd.",
        "Send over the offer and I'll sign it the same day.",
        "Please send the onboarding pack to my home address.",
        "I've blocked out Thursday morning to come by and meet the team; let reception know to"
        " expect me.",
        "Make me an offer by Wednesday or I'm off the market.",
        "Please let me have the panel's decision forthwith.",
        "I need a decision on my application NLT 1200 Friday.",
        "Fourth message now. Not sure why it's so hard to get a reply from your office.",
        "cant wait to start tuesday!! ill bring my passport in the morning",
    ],
)
def test_a_presumed_hire_a_demand_and_an_ultimatum_are_pushy(body: str) -> None:
    assert _labels(body, COUNCIL)["pushy"]


@pytest.mark.parametrize(
    "body",
    [
        # Someone else's deadline, said as the reason for asking.
        "I have been offered a post with another council and have been asked to respond by"
        " Friday. Could you tell me when the panel expects to decide?",
        # Reporting to someone, not for work.
        "I'll report back to my referee once I hear from you.",
        "Could you send the job description again if you have it?",
    ],
)
def test_what_stays_polite(body: str) -> None:
    assert not _labels(body, COUNCIL)["pushy"]


@pytest.mark.parametrize(
    ("body", "context"),
    [
        # Another body where the employer's belongs: the kind of body changed.
        ("I would love to join Eastmoor Housing Trust and its lettings team.", COUNCIL),
        # Another firm whose mission one would support.
        ("I'm eager to support Brightwell Aerospace's mission in the role.", ENGINEERING),
    ],
)
def test_another_bodys_name_in_the_employers_place_is_a_wrong_name(body, context) -> None:
    assert _labels(body, context)["wrong_name"]


def test_what_stays_right_a_lowercase_nickname_and_a_campaign_reference() -> None:
    assert not _labels("hi mags, thanks for today! still keen", PUB)["wrong_name"]
    subject = "Tenancy Officer - Campaign 22817"
    assert not _labels("Thank you for the interview.", COUNCIL, subject)["wrong_name"]
    # The company itself and its own name supported are right.
    assert not _labels("I'm eager to support Corvane Marine Systems's mission.", ENGINEERING)[
        "wrong_name"
    ]
    assert not _labels("I would love to join Eastmoor Housing Authority.", COUNCIL)["wrong_name"]
