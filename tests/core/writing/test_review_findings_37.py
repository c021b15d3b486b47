"""What stop 37 found with its new corpora, each case in our own words."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review

pytestmark = pytest.mark.usefixtures("rules_alone")  # the rules, not the model, under test

CONTEXT = ReviewContext(
    candidate="Tomasz Nowak",
    interviewer="Grace Adeyemi",
    company="Harbourline Logistics",
    role="Fleet Planner",
    notes="Grace Adeyemi, ops lead. Talked about the Felixstowe night runs.",
)


@pytest.mark.parametrize(
    ("subject", "body", "blank"),
    [
        # A template's blank where the interviewer's or the firm's name belongs: the email, as
        # it would go, names them wrongly.
        (
            "Thank you",
            "Dear [Interviewer Name],\n\nThank you for your time today.",
            "[Interviewer Name]",
        ),
        (
            "Thank you - [Company Name]",
            "Dear Ms Adeyemi,\n\nThank you for meeting me about the planner role.",
            "[Company Name]",
        ),
        (
            "Following up",
            "Hi Grace,\n\nI remain very interested in the planner role at {Company} and wondered"
            " whether there is news on timing.",
            "{Company}",
        ),
        (
            "Thanks",
            "Hello <Hiring Manager's name>, thanks for the chat on Tuesday.",
            "<Hiring Manager's name>",
        ),
    ],
)
def test_a_template_blank_for_a_name_is_a_wrong_name_and_keeps_the_draft_back(
    subject: str, body: str, blank: str
) -> None:
    result = review(subject, body, "thank_you", CONTEXT)
    assert result.labels["wrong_name"]
    assert not result.ready
    assert blank in result.verdict or blank in next(
        f.evidence for f in result.findings if f.label == "wrong_name"
    )


@pytest.mark.parametrize(
    "body",
    [
        # The sender's own blank names neither the interviewer nor the firm.
        "Dear Grace,\n\nThank you for the talk about the Felixstowe night runs.\n\n[Your Name]",
        # A blank for a topic is unfinished, not a wrong name.
        "Dear Grace,\n\nThank you. I enjoyed our talk about [specific topic from interview].",
    ],
)
def test_other_blanks_keep_the_draft_back_without_a_wrong_name(body: str) -> None:
    result = review("Thank you", body, "thank_you", CONTEXT)
    assert not result.labels["wrong_name"]
    assert not result.ready
    assert result.verdict.startswith("Fix first: replace [")


@pytest.mark.parametrize(
    "body",
    [
        # Brackets that are no template's blank: a footnote mark, a file, an aside.
        "Dear Grace,\n\nThank you for the talk about the Felixstowe night runs [1].",
        "Dear Grace,\n\nThank you for the night-runs chat (and the tour) [PDF attached].",
    ],
)
def test_brackets_that_are_no_blank_are_left_alone(body: str) -> None:
    result = review("Thank you", body, "thank_you", CONTEXT)
    assert not result.labels["wrong_name"]
    assert not result.verdict.startswith("Fix first: replace")
