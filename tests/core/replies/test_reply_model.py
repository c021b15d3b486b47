"""The reply model: the product reads it exactly as scikit-learn trained it, and it overrules
the rules only when it is sure, never where the note itself rules a kind out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from followup.core.replies import model as reply_model
from followup.core.replies import read_reply
from followup.core.replies.reader import overrule, rules_reading, vetoes

HERE = Path(__file__).parent
THRESHOLDS = {"general": 0.6, "decisive": 0.8}
MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def model():
    loaded = reply_model.load()
    assert loaded is not None, "the shipped reply_model.json.gz is missing"
    return loaded


def test_the_pure_python_reading_gives_scikit_learns_probabilities(model):
    rows = [json.loads(line) for line in (HERE / "model_check.jsonl").open(encoding="utf-8")]
    assert len(rows) >= 30
    for row in rows:
        ours = model.probabilities(row["text"])
        for kind, expected in row["probabilities"].items():
            assert ours[kind] == pytest.approx(expected, abs=1e-4), row["text"][:80]


def test_features_are_words_pairs_and_character_grams():
    found = reply_model.features("We’d LOVE 2 meet")
    assert "w:we'd" in found and "w:love 0" in found  # digits fold to 0, quotes straightened
    assert "c: we" in found and "c:love " in found
    assert all(f.startswith(("w:", "c:")) for f in found)


def test_the_model_is_sure_only_past_its_threshold():
    probs = {"offer": 0.75, "other": 0.25}
    assert overrule("other", probs, THRESHOLDS) == ("other", 0.75)  # offer needs 0.8
    assert overrule("other", {"offer": 0.85, "other": 0.15}, THRESHOLDS)[0] == "offer"
    assert overrule("other", {"request": 0.65, "other": 0.35}, THRESHOLDS)[0] == "request"
    # A rejection or an offer the rules read stands unless the model is all but certain.
    assert overrule("rejection", {"other": 0.85, "rejection": 0.15}, THRESHOLDS)[0] == "rejection"
    assert overrule("offer", {"request": 0.95, "offer": 0.05}, THRESHOLDS)[0] == "request"


def test_a_short_rejection_stays_a_rejection():
    body = "Hi Sam, thanks. Unfortunately we went with another candidate."
    assert read_reply("Re: Thank you", body, {}, received_at=MONDAY).kind == "rejection"


def test_a_kind_the_note_rules_out_is_never_given():
    text = "This is not a rejection: we are still deciding."
    assert "rejection" in vetoes(text)
    probs = {"rejection": 0.99, "other": 0.01}
    assert overrule("other", probs, THRESHOLDS, vetoes(text))[0] == "other"
    assert "offer" in vetoes("It is not an offer yet, to anyone.")


def test_bulk_mail_gets_no_second_opinion():
    text = (
        "Unsubscribe | View in browser\nNew jobs for you this week: Senior Nurse, Ward Clerk. "
        "Apply now and get an interview fast!"
    )
    assert set(vetoes(text)) >= {"next_round", "offer", "request"}


def test_an_automatic_reply_is_settled_by_the_rules(model):
    reading = read_reply(
        "Automatic reply: Thank you",
        "I am out of the office until Monday 9 March. For offer letters contact HR.",
        {"Auto-Submitted": "auto-replied"},
        received_at=MONDAY,
    )
    assert reading.kind == "out_of_office"
    assert reading.return_date == dt.date(2026, 3, 9)


def _banana_model() -> reply_model.Model:
    """A model that reads "banana" as an offer, so the wiring can be checked on its own."""
    kinds = ("offer", "other")
    weights = {"w:banana": (1.0, (9.0, -9.0))}
    return reply_model.Model(kinds, (0.0, 0.0), weights, THRESHOLDS)


def test_what_the_model_decides_comes_with_the_words_it_read(monkeypatch):
    monkeypatch.setattr(reply_model, "load", _banana_model)
    body = "Hi Sam,\n\nThanks for your note. The banana is ready for you.\n\nDerek"
    assert rules_reading("Re: Thanks", body, {}, MONDAY).kind == "other"
    reading = read_reply("Re: Thanks", body, {}, received_at=MONDAY)
    assert reading.kind == "offer"
    assert reading.evidence == "The banana is ready for you."


def test_the_model_cannot_say_what_the_note_denies(monkeypatch):
    monkeypatch.setattr(reply_model, "load", _banana_model)
    body = "The banana is ready for you. To be clear, this is not an offer yet."
    assert read_reply("Re: Thanks", body, {}, received_at=MONDAY).kind == "other"


def test_without_the_model_file_the_rules_decide_alone(monkeypatch):
    monkeypatch.setattr(reply_model, "load", lambda: None)
    body = "Thanks for your note. The banana is ready for you."
    assert read_reply("Re: Thanks", body, {}, received_at=MONDAY).kind == "other"


def test_the_rules_alone_are_still_there_for_the_training_script():
    reading = rules_reading("Re: Thanks", "We would like to offer you the position.", {}, MONDAY)
    assert reading.kind == "offer"
