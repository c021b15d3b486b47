"""A draft reads the same however it was typed: with a signature under it (a phone number, an
address, a title and company are no detail of the interview: once 284 of 918 drafts read
"distinguishes" with a contact line under the name), or with caps lock on (every word then
looked like a name or a specific detail: 282 of 918 drafts changed a label)."""

from __future__ import annotations

import pytest

from followup.core.writing import ReviewContext, review
from followup.core.writing.review import engine

CONTEXT = ReviewContext(
    candidate="Sam Okoro",
    interviewer="Dana Whitlock",
    company="Northgate Logistics",
    role="Operations Supervisor",
    notes="Dana asked about the WMS cutover at the Bristol warehouse.",
)
BODY = (
    "Dear Ms. Whitlock,\n\nThank you again for meeting with me. I would very much like to join"
    " the team at Northgate.\n\nCould you tell me when you expect to reach a decision?\n\n"
    "Kind regards,\nSam Okoro"
)
SIGNATURES = [
    "\n+44 7700 900 418 | sam.okoro@example.com\nlinkedin.com/in/samokoro",
    "\nShift Lead | Eastfield Foods\nT: +44 117 496 0321",
    "\nSam Okoro\n07700 900418\n\nThis email and any attachments are confidential and intended"
    " solely for the addressee.\n\nSent from my iPhone",
]


@pytest.mark.parametrize("rules_only", [True, False], ids=["rules", "with the model"])
@pytest.mark.parametrize("signature", SIGNATURES)
def test_a_signature_changes_no_finding(monkeypatch, rules_only, signature):
    monkeypatch.setattr(engine, "rules_only", rules_only)
    plain = review("Following up", BODY, "follow_up", CONTEXT).labels
    assert not plain["distinguishes"]
    assert review("Following up", BODY + signature, "follow_up", CONTEXT).labels == plain


@pytest.mark.parametrize("rules_only", [True, False], ids=["rules", "with the model"])
def test_caps_lock_changes_no_finding(monkeypatch, rules_only):
    monkeypatch.setattr(engine, "rules_only", rules_only)
    plain = review("Following up", BODY, "follow_up", CONTEXT).labels
    assert not plain["distinguishes"] and not plain["wrong_name"]
    body = BODY.replace("at Northgate.", "at Northgate, and I hope to hear back soon.")
    plain = review("Following up", body, "follow_up", CONTEXT).labels
    assert not plain["distinguishes"]
    shouted = review("FOLLOWING UP", body.upper(), "follow_up", CONTEXT)
    assert shouted.labels == plain


def test_a_wrong_name_in_capitals_is_still_found(monkeypatch):
    monkeypatch.setattr(engine, "rules_only", True)
    body = BODY.replace("Ms. Whitlock", "Ms. Whitmore").upper()
    assert review("FOLLOWING UP", body, "follow_up", CONTEXT).labels["wrong_name"]
