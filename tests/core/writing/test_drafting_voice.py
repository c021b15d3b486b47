"""Drafts speak to the recipient, never about them, and never cut a list half-way (issue 11)."""

from __future__ import annotations

import datetime as dt
import re

from followup.core.writing.drafting import DraftContext, Person, draft_follow_up, draft_thank_you

DANA, LEE = Person("Dana Reyes", "dana@acme.example"), Person("Lee Park", "lee@acme.example")


def context(notes: str, to: Person = DANA, others: tuple[Person, ...] = ()) -> DraftContext:
    return DraftContext(
        candidate="Sam Lee",
        company="Acme",
        role="Staff Engineer",
        interview_date=dt.date(2026, 12, 1),
        interviewer=to,
        notes=notes,
        other_interviewers=others,
    )


THIRD_PERSON = re.compile(r"\b(she|he|her|his|him|Dana's|Dana)\b")


def test_a_note_to_the_only_interviewer_says_you_not_her():
    for notes in (
        "Dana talked about her team's migration to Kafka.",
        "Dana's team is rebuilding the search index on Elasticsearch 8.",
        "She walked me through her team's on-call rotation for the billing ledger.",
    ):
        body = draft_thank_you(context(notes)).body
        middle = body.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]  # past "Dear Dana," and the end
        assert not THIRD_PERSON.search(middle), (notes, middle)
        assert "your team" in middle or "you" in middle, (notes, middle)


def test_with_several_interviewers_a_she_that_may_be_anyone_is_not_pasted():
    notes = "She showed me her roadmap for the Kafka migration. We discussed the 4 West gap."
    for to, other in ((DANA, LEE), (LEE, DANA)):
        body = draft_thank_you(context(notes, to, (other,))).body
        assert not re.search(r"\b(she|her)\b", body, re.IGNORECASE), body


def test_a_bare_list_of_topics_becomes_one_point():
    notes = (
        "Talked about: Kafka migration, on-call rotation, p99 latency targets, the billing "
        "rewrite, hiring plans for Q3"
    )
    body = draft_thank_you(context(notes)).body
    assert "Kafka migration" in body and "on-call rotation" not in body


def test_a_long_list_is_never_cut_half_way():
    notes = (
        "Dana explained that her team owns billing, payments, refunds, invoicing, tax, fraud "
        "checks, disputes, payouts, the ledger and the reconciliation jobs across all regions"
    )
    for draft in (draft_thank_you(context(notes)), draft_follow_up(context(notes))):
        for sentence in re.split(r"(?<=[.!?])\s+", draft.body):
            # A list (three or more commas) ends with its "and": it was not cut half-way.
            assert sentence.count(",") < 3 or " and " in sentence, sentence
