"""The same draft typed or pasted another way: cut into lines by a mail program (the findings
and the words quoted as their evidence are whole sentences), or typed all in lowercase (a
wrong name is still a wrong name where a name must stand)."""

from __future__ import annotations

import textwrap

import pytest

from followup.core.writing import ReviewContext, review

DEPOT = ReviewContext(
    candidate="Sam Okoro",
    interviewer="Dana Whitlock",
    company="Northgate Logistics",
    role="Operations Supervisor",
    notes="Dana asked about the WMS cutover at the Bristol warehouse.",
)
PARAGRAPHS = [
    "Dear Ms. Whitlock,",
    "Thank you again for meeting with me on Tuesday and for the walk round the cross-dock. I"
    " have thought a lot about the role since, and I would very much like to be part of the"
    " team you are building at Northgate.",
    "Could you tell me when you expect to reach a decision?",
    "Kind regards,\nSam Okoro",
]


pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test


@pytest.mark.parametrize("width", [None, 40, 50, 60, 66, 72, 78])
def test_a_wrapped_draft_is_read_in_whole_sentences(width):
    body = "\n\n".join(
        textwrap.fill(p, width) if width and "\n" not in p else p for p in PARAGRAPHS
    )
    found = {f.label: f.evidence for f in review("Following up", body, "follow_up", DEPOT).findings}
    assert found["thanks"] == (
        "Thank you again for meeting with me on Tuesday and for the walk round the cross-dock."
    )
    assert found["restates_interest"] == (
        "I have thought a lot about the role since, and I would very much like to be part of"
        " the team you are building at Northgate."
    )
    assert found["asks_timeframe"] == "Could you tell me when you expect to reach a decision?"


def test_lines_broken_on_purpose_stay_apart():
    # A greeting, a list and a signature are the writer's own line breaks.
    body = (
        "Hi Dana,\n\nThank you for the interview today. Three things I would bring to the"
        " night shift:\n- the WMS cutover I ran in Bristol\n- forklift instructor"
        " certification\n- two years of cross-dock scheduling\n\nBest,\nSam"
    )
    email_lines = [f.evidence for f in review("Thanks", body, "thank_you", DEPOT).findings]
    assert "Thank you for the interview today." in email_lines
    assert not any("Best" in line or "Sam" in line for line in email_lines)


SCHOOL = ReviewContext(
    candidate="Jess Amari",
    interviewer="Nicole Ferrante",
    company="Lincoln High School",
    role="English Teacher",
    notes="Nicole asked how I would teach Macbeth to a mixed-ability Year 10 class.",
)


def wrong_name(body: str, context: ReviewContext = SCHOOL) -> bool:
    return review("thank you", body, "thank_you", context).labels["wrong_name"]


@pytest.mark.parametrize(
    "body",
    [
        "hi nicole ferraro,\n\nthank you for the interview today, i loved talking about macbeth.",
        "hi nicole,\n\nthanks again ms ferrente for the interview today. i would love to teach"
        " at lincoln.",
        "hi nicole,\n\nthank you for the interview today. i would love to join lincon high school.",
    ],
)
def test_a_wrong_name_typed_in_lowercase(body):
    assert wrong_name(body)


@pytest.mark.parametrize(
    "body",
    [
        "hi nicole ferrante,\n\nthank you for the interview today, i loved talking about macbeth.",
        "hi nicole,\n\nthanks again ms ferrante. i would love to join lincoln high school and"
        " i hope to hear soon.",
        # One letter from a word of the name, but not in its place: "high hopes", "lincoln".
        "hi nicole,\n\ni have high hopes for the year 10 class at lincoln high school.",
    ],
)
def test_the_right_names_in_lowercase(body):
    assert not wrong_name(body)


@pytest.mark.parametrize(
    ("company", "body"),
    [
        ("Data Works", "hi dana,\n\ni really enjoyed hearing about the data work your team does."),
        ("Learning Tree", "hi dana,\n\nthank you, i enjoyed learning three new things today."),
    ],
)
def test_a_plain_word_near_the_companys_last_word_is_no_wrong_name(company, body):
    context = ReviewContext(candidate="Sam Lee", interviewer="Dana Whitlock", company=company)
    assert not review("thanks", body, "thank_you", context).labels["wrong_name"]


def test_a_sign_off_is_not_joined_to_the_line_above_it():
    from followup.core.writing.review.text import read_email

    email = read_email(
        "Thanks",
        "Hi Dana,\n\nThank you for the interview today. I look forward to hearing from you\n"
        "Best,\nSam",
    )
    assert email.sentences[-1].text == "I look forward to hearing from you"
    assert email.signoff == ("Best,", "Sam")
