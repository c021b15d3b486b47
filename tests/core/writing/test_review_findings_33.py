"""Another firm in the employer's place (stop 33), each case in our own words: the job wanted
"with", "for" or "in" a name that says it is a firm's ("fly with Bluejay Air", "work in Hotel
Marigold"), a firm that shares only its kind with the company ("Summit Ridge Brewing" for
Granite Peak Brewing), "part of the team of" another firm, and another firm after the role in
the subject. And what stays right: a person, a department, the company itself, the work done
at a past employer."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

AIRLINE = ReviewContext(
    candidate="Jenna Carlisle",
    interviewer="Ahmed Qureshi",
    company="Skylark Regional Airways",
    role="Cabin Crew",
    notes="Assessment day. I worked 4 years at the Grand Marlowe Hotel front desk.",
)
BREWERY = ReviewContext(
    candidate="Owen Fitzgerald",
    interviewer="Dana Kowalski",
    company="Granite Peak Brewing",
    role="Head Brewer",
    notes="Dana asked about dissolved oxygen in cans.",
)
BANK = ReviewContext(
    candidate="Aisha Rahman",
    interviewer="Tanvir Hossain",
    company="Harbor City Bank",
    role="Digital Banking Officer",
    notes="Tanvir leads the digital team.",
)
WATER = ReviewContext(
    candidate="Ethan Moss",
    interviewer="Gloria Benitez",
    company="Caldera Water District",
    role="Help Desk Technician",
    notes="Gloria runs IT. Teams Voice cutover next spring.",
)


pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


def wrong(body: str, context: ReviewContext, subject: str = "Following up") -> bool:
    return review(subject, body, "follow_up", context).labels["wrong_name"]


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        ("Dear Ahmed,\n\nI would love to fly with Bluejay Airlines.\n\nJenna", AIRLINE, "Hi"),
        ("Dear Ahmed,\n\nI am happy to work in Hotel Aurora as crew.\n\nJenna", AIRLINE, "Hi"),
        ("Hi Dana,\n\nI'd love to do the same at Summit Ridge Brewing.\n\nOwen", BREWERY, "Hi"),
        (
            "Dear Sir,\n\nI wish to be part of the digital team of Oakline Bank.\n\nAisha",
            BANK,
            "Hi",
        ),
        (
            "Dear Ms. Benitez,\n\nThank you.\n\nEthan",
            WATER,
            "Help Desk Technician, Sierra Valley District",
        ),
    ],
)
def test_another_firm_in_the_employers_place_is_a_wrong_name(body, context, subject):
    assert wrong(body, context, subject)


def test_someone_of_another_firm_and_a_spanish_titled_surname_misspelt_are_wrong_names():
    assert wrong("Hi Dana,\n\nNobody from Brightwater has rung me back.\n\nOwen", BREWERY)
    assert not wrong("Hi Dana,\n\nNobody from Granite Peak has rung me back.\n\nOwen", BREWERY)
    bank = ReviewContext(
        candidate="Valentina Rios",
        interviewer="Andres Gutierrez",
        company="Banco Andino",
        role="Analyst",
    )
    assert wrong("Hello Andres,\n\nI am happy to join the team of Sr. Gutierres.\n\nV", bank)
    assert not wrong("Hello Andres,\n\nI am happy to join the team of Sr. Gutierrez.\n\nV", bank)


@pytest.mark.parametrize(
    ("body", "context", "subject"),
    [
        # The company itself, with or without its kind.
        ("Dear Ahmed,\n\nI would love to fly with Skylark Airways.\n\nJenna", AIRLINE, "Hi"),
        ("Hi Dana,\n\nI'd love to do the same at Granite Peak.\n\nOwen", BREWERY, "Hi"),
        (
            "Dear Ms. Benitez,\n\nThank you.\n\nEthan",
            WATER,
            "Help Desk Technician, Caldera Water District",
        ),
        # A person, a department, the candidate's own name.
        ("Dear Ahmed,\n\nI'd love to work with Priya Shah again.\n\nJenna", AIRLINE, "Hi"),
        ("Dear Sir,\n\nI'd love to work in Data Engineering.\n\nAisha", BANK, "Hi"),
        ("Dear Ms. Benitez,\n\nThank you.\n\nEthan", WATER, "Help Desk Technician, Ethan Moss"),
        # Work done at a past employer, told gladly.
        (
            "Dear Ahmed,\n\nI was happy to explain my work on the front desk at Grand Marlowe "
            "Hotel.\n\nJenna",
            AIRLINE,
            "Hi",
        ),
    ],
)
def test_the_company_a_person_or_a_past_employer_is_no_wrong_name(body, context, subject):
    assert not wrong(body, context, subject)


def pushy(body: str, context: ReviewContext) -> bool:
    return review("Following up", body, "follow_up", context).labels["pushy"]


@pytest.mark.parametrize(
    "body",
    [
        # Reproach, and a deadline set for them.
        "Dana,\n\nGiven my experience I had frankly expected a clearer process than this.\n\nOwen",
        "Dana,\n\nThe job being readvertised was disappointing to see.\n\nOwen",
        "Dana,\n\nI'd like an answer by Thursday; other offers are moving.\n\nOwen",
        # Presuming the hire.
        "Dana,\n\nI trust you'll choose well, and I look forward to getting started.\n\nOwen",
        "hey dana already bought my work boots for monday so im ready to go",
        # Reproach for the silence, and a demand for the answer itself.
        "Dana,\n\nI think anyone who sat a two-hour interview deserves at least a reply.\n\nOwen",
        "Dana,\n\nI drove an hour for that and can't even get a call back. Not a great look.",
        "Dana,\n\nI find it disappointing that nobody has written since the trial.\n\nOwen",
        "Dana,\n\nI'd like a straight answer on whether this is going ahead.\n\nOwen",
        "hi dana 2 weeks no reply. i need answer today",
    ],
)
def test_reproach_deadlines_and_a_presumed_hire_are_pushy(body):
    assert pushy(body, BREWERY)


@pytest.mark.parametrize(
    "body",
    [
        "Dana,\n\nThank you. I look forward to hearing from you.\n\nOwen",
        "Dana,\n\nI expected the panel to ask about canning, and I was glad it did.\n\nOwen",
        "Dana,\n\nI would like to know when you expect an answer.\n\nOwen",
    ],
)
def test_plain_follow_ups_are_not_pushy(body):
    assert not pushy(body, BREWERY)


def test_a_firm_the_notes_name_in_the_place_of_the_one_to_join_is_a_wrong_name():
    rival = ReviewContext(
        candidate="Jon Whitfield",
        interviewer="Sandra Kessler",
        company="Vantage Freight",
        role="VP Operations",
        notes="Sandra asked about cross-docks. Also in process with Meridian Freight.",
    )
    body = "Sandra,\n\nI'm excited about the prospect of joining Meridian Freight.\n\nJon"
    assert wrong(body, rival)
    assert not wrong(body.replace("Meridian", "Vantage"), rival)


def distinguishes(body: str, context: ReviewContext) -> bool:
    return review("Thank you", body, "thank_you", context).labels["distinguishes"]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sandra,\n\nThank you. I am eager to continue my career at Kaufland Logistics.\n\nJon",
        "Dear Sandra,\n\nThank you. I am very excited to be part of Concentrix.\n\nJon",
    ],
)
def test_a_firm_in_the_employers_place_is_no_point_about_the_candidate(body):
    other = ReviewContext(
        candidate="Jon Whitfield",
        interviewer="Sandra Kessler",
        company="Vantage Freight",
        role="Operations Lead",
    )
    assert not distinguishes(body, other)
    # ... while what the candidate did there still is.
    assert distinguishes(body.replace("Thank you.", "I cut linehaul 14% at Redline."), other)


@pytest.mark.parametrize(
    "body",
    [
        "Dana,\n\nA month with no answer from Summit Ridge Brewing is a long time.\n\nOwen",
        "Hi Dana, just wondering if Summit Ridge made a decision yet.\n\nOwen",
    ],
)
def test_another_firm_as_the_one_deciding_is_a_wrong_name(body):
    assert wrong(body, BREWERY)
    assert not wrong(body.replace("Summit Ridge", "Granite Peak"), BREWERY)
