"""The review's suggestions read as good English whatever the context knows (issue 11: "about
the the role role" when the role was unknown)."""

from __future__ import annotations

import re

import pytest

from followup.core.writing.review import KINDS, LABELS, ReviewContext
from followup.core.writing.review.advice import suggest

CONTEXTS = [
    ReviewContext(),
    ReviewContext(company="Acme"),
    ReviewContext(role="Staff Engineer"),
    ReviewContext(role="the Engineering Manager position", company="Globex"),
    ReviewContext(role="Analyst", company="Initech", interviewer="Dana Reyes"),
]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("kind", KINDS)
def test_no_suggestion_doubles_a_word_or_leaves_a_slot(kind, context):
    for label in LABELS:
        text = suggest(label, kind, context, words=250)
        assert not re.search(r"\b(\w+) \1\b", text, re.IGNORECASE), text
        assert "{" not in text and "None" not in text, text


def test_the_examples_use_what_is_known():
    known = ReviewContext(role="Analyst", company="Initech", interviewer="Dana Reyes")
    assert '"I\'m still very keen to join Initech as an Analyst."' in suggest(
        "restates_interest", "follow_up", known
    )
    assert "about the Analyst role" in suggest("thanks", "thank_you", known)
    assert '"Thank you for meeting with me."' in suggest("thanks", "thank_you", ReviewContext())
