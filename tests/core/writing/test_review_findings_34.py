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
        # Reproach and condescension, found with SE.
        "Two weeks on and nobody has had the courtesy to ring me back.",
        "It doesn't say much about how your firm treats applicants.",
        "i said no to other shifts waiting on u which isnt fair on me",
        "Your own deadline has come and gone without a word.",
        "Candidates at my level are not accustomed to being kept waiting.",
        "I shall require a signed offer before the board meets.",
        "my lawyers will look over the contract once it arrives.",
        "Can't wait for our first shift together next month!",
        "I'll call in Monday to pick up my uniform and keys.",
        "I've put 30 minutes in your calendar for Friday to agree terms.",
        "If I do not have an answer by Friday I will look elsewhere.",
        "u said u would ring tuesday and u never did",
        "I already tell my manager I am leaving, so qué día empiezo?",
        # Found with SF: the hire presumed in its logistics, threats of word getting round or
        # of going over their head, reproach polite on the surface, an ultimatum.
        "When I start, could I do my training on weekdays?",
        "What does the rota look like for my first block, and is there staff parking?",
        "Could you tell me my uniform size and when you need me in for induction?",
        "My toolbox is packed, so what time should I be in on Monday?",
        "The trade is small and people talk.",
        "If I don't hear this week I'll be emailing your regional manager.",
        "I've copied in your HR director as my emails don't seem to reach you.",
        "It's a little disappointing not to have heard anything.",
        "I'd gently point out that two missed dates look like a pattern.",
        "The date you gave has passed without any contact.",
        "just tell me yes or no today, im not chasing again",
        "If I have not heard by then I will assume I was unsuccessful.",
        "Please let me have your decision by close of business on Friday.",
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
        # Their date recalled, as a matter of fact: no reproach.
        "You said I'd hear by Friday, so I wanted to check whether a decision has been made.",
        # Telling them of another offer is no demand on them.
        "I should let you know that I have another offer, and they have asked me to reply by"
        " Monday. Do you have a sense of your timing?",
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


def test_a_subject_with_another_resort_is_a_wrong_name() -> None:
    resort = ReviewContext(
        candidate="Kim Lee",
        interviewer="Julie Baxter",
        company="Riverstone Hotels",
        role="Front Desk Supervisor",
    )
    subject = "Thank you - Front Desk Supervisor, Grandview Resorts"
    assert _labels("Thank you for meeting me.", resort, subject)["wrong_name"]
    # (An unfilled "[Interviewer Name]" was no wrong name here until stop 37; it now is:
    # test_review_findings_37.py.)
    # Another role in the subject is no wrong name; a firm's name before a role still is.
    assert not _labels("Thanks.", resort, "Follow-up - Marketing Coordinator interview")[
        "wrong_name"
    ]
    assert _labels("Thanks.", resort, "Follow-up: Grandview Front Desk Supervisor interview")[
        "wrong_name"
    ]


def test_nicknames_the_notes_record_and_a_month_are_no_wrong_names() -> None:
    bex = ReviewContext(
        candidate="Kofi Mensah",
        interviewer="Rebecca Stone",
        company="Greenleaf Catering",
        role="Events Chef",
        notes="Bex said call me Bex",
    )
    assert not _labels("Hi Bex,\n\nThanks again for meeting me.", bex)["wrong_name"]
    marsh = ReviewContext(
        candidate="Hyun-woo Park", interviewer="Linda Marsh", company="Pacific Crest Bank"
    )
    assert not _labels("Following up on my interview on March 20.", marsh)["wrong_name"]
    matron = ReviewContext(candidate="B. Adebayo", interviewer="Karen Lowe", company="Ashford NHS")
    assert not _labels("Good afternoon Matron Lowe,\n\nThank you.", matron)["wrong_name"]


def test_a_sister_firm_the_notes_name_and_an_applicant_elsewhere_are_wrong_names() -> None:
    haulage = ReviewContext(
        candidate="Nadia Kowal",
        interviewer="Pete Lansdown",
        company="Haulwell Logistics",
        role="Returns Operative",
        notes="Haulwell Logistics = warehouse; Haulwell Freight is the trucking sister co",
    )
    assert _labels("Thanks for having me in at Haulwell Freight today.", haulage)["wrong_name"]
    assert not _labels("Thanks for having me in at Haulwell today.", haulage)["wrong_name"]
    airline = ReviewContext(
        candidate="Kyle Dawson", interviewer="Gemma Tran", company="Sunward Airways"
    )
    signed = (
        "Dear Gemma,\n\nThank you for the panel.\n\nKyle Dawson\nCadet applicant, BlueIsle Airways"
    )
    assert _labels(signed, airline)["wrong_name"]
    own = "Dear Gemma,\n\nThank you for the panel.\n\nKyle Dawson\nCadet applicant, Sunward Airways"
    assert not _labels(own, airline)["wrong_name"]
    # The company's own team greeted, and notes that only mention a separate queue.
    care = ReviewContext(
        candidate="Nia Roberts", interviewer="Owen Griffiths", company="Bryn Awel Care Home"
    )
    assert not _labels("Dear Bryn Awel team,\n\nThank you for the interview.", care)["wrong_name"]
    # ... but another's name stays wrong, with "team" or without.
    assert _labels("Dear Tim,\n\nThank you for the interview.", care)["wrong_name"]
    assert _labels("Dear Acme team,\n\nThank you for the interview.", care)["wrong_name"]


def test_what_stays_right_a_lowercase_nickname_and_a_campaign_reference() -> None:
    assert not _labels("hi mags, thanks for today! still keen", PUB)["wrong_name"]
    subject = "Tenancy Officer - Campaign 22817"
    assert not _labels("Thank you for the interview.", COUNCIL, subject)["wrong_name"]
    # The company itself and its own name supported are right.
    assert not _labels("I'm eager to support Corvane Marine Systems's mission.", ENGINEERING)[
        "wrong_name"
    ]
    assert not _labels("I would love to join Eastmoor Housing Authority.", COUNCIL)["wrong_name"]
