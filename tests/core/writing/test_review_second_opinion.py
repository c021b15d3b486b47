"""The reviewer's second opinion: the model adds a finding the rules missed, with a sentence of
the email as its evidence and the label's suggestion, or drops one it is sure of; only past
the thresholds chosen at training time."""

from __future__ import annotations

import pytest

from followup.core.textmodel import Model
from followup.core.writing import ReviewContext, review
from followup.core.writing.review import engine, second_opinion

BODY = (
    "Hi Dana,\n\nThank you for the interview on Tuesday and for the tour of the Joliet site. "
    "The banana is on its way to your desk.\n\nBest,\nSam"
)


def _banana_model(thresholds: dict[str, float]) -> Model:
    """Reads "banana" as pushy, so the wiring can be checked on its own."""
    labels = second_opinion.MODEL_LABELS
    row = tuple(9.0 if label == "pushy" else 0.0 for label in labels)
    return Model(labels, tuple(-4.0 for _ in labels), {"w:banana": (1.0, row)}, thresholds, True)


def test_the_shipped_model_loads_with_a_threshold_per_label():
    model = second_opinion.load()
    assert model is not None and model.independent
    for label in second_opinion.MODEL_LABELS:
        assert f"{label}.add" in model.thresholds and f"{label}.drop" in model.thresholds


def test_a_finding_the_rules_missed_comes_with_a_sentence_and_a_suggestion(monkeypatch):
    monkeypatch.setattr(second_opinion, "load", lambda: _banana_model({"pushy.add": 0.7}))
    result = review("Thank you", BODY, "thank_you")
    assert result.labels["pushy"]
    finding = next(f for f in result.findings if f.label == "pushy")
    assert finding.evidence == "The banana is on its way to your desk."
    assert finding.suggestion


def test_below_its_threshold_the_model_adds_nothing(monkeypatch):
    monkeypatch.setattr(second_opinion, "load", lambda: _banana_model({"pushy.add": 1.01}))
    assert not review("Thank you", BODY, "thank_you").labels["pushy"]


def test_the_model_can_drop_what_it_is_sure_the_rules_misread(monkeypatch):
    # The rules find the thanks; a model sure there is none (p < drop) takes it away.
    monkeypatch.setattr(second_opinion, "load", lambda: _banana_model({"thanks.drop": 0.5}))
    body = "Hi Dana,\n\nI appreciate your time on Tuesday.\n\nBest,\nSam"
    assert not review("Thank you", body, "thank_you").labels["thanks"]


def test_but_never_thanks_for_something_named(monkeypatch):
    # (In a two-line email a real model can doubt "I'm grateful for the tour of 4 West".)
    monkeypatch.setattr(second_opinion, "load", lambda: _banana_model({"thanks.drop": 0.5}))
    assert review("Thank you", BODY, "thank_you").labels["thanks"]


def test_nor_adds_an_apology_for_sympathy_alone(monkeypatch):
    # A model that reads "banana" as apologetic, and a sentence that is sympathy but for it.
    labels = second_opinion.MODEL_LABELS
    row = tuple(9.0 if label == "apologetic_or_desperate" else 0.0 for label in labels)
    weights = {"w:banana": (1.0, row), "w:sorry": (1.0, row)}
    model = Model(
        labels, tuple(-4.0 for _ in labels), weights, {"apologetic_or_desperate.add": 0.7}, True
    )
    monkeypatch.setattr(second_opinion, "load", lambda: model)
    sympathy = "Hi Dana,\n\nI was sorry to hear about the flood.\n\nBest,\nSam"
    assert not review("Following up", sympathy, "follow_up").labels["apologetic_or_desperate"]
    apology = "Hi Dana,\n\nSorry, the banana was mine.\n\nBest,\nSam"
    assert review("Following up", apology, "follow_up").labels["apologetic_or_desperate"]


def test_nor_adds_a_question_about_timing_where_nothing_could_ask(monkeypatch):
    # A model that reads every email as asking for a time frame (a bias of its intercept).
    labels = second_opinion.MODEL_LABELS
    intercepts = tuple(9.0 if label == "asks_timeframe" else -4.0 for label in labels)
    model = Model(labels, intercepts, {}, {"asks_timeframe.add": 0.7}, True)
    monkeypatch.setattr(second_opinion, "load", lambda: model)
    greeting = "Hi Denise,\n\nHope you are well.\n\nMaria"
    assert not review("Hello", greeting, "follow_up").labels["asks_timeframe"]
    # ... and where one sentence could ask, that sentence is the evidence.
    status = "Hi Denise,\n\nHope you are well. Checking where the search stands.\n\nMaria"
    result = review("Hello", status, "follow_up")
    assert result.labels["asks_timeframe"]
    found = next(f for f in result.findings if f.label == "asks_timeframe")
    assert found.evidence == "Checking where the search stands."


def test_nor_drops_a_question_about_timing_asked_in_so_many_words(monkeypatch):
    # (PRODUCT.md: a rude email can still ask for a time frame.)
    model = _banana_model({"asks_timeframe.drop": 0.5})
    monkeypatch.setattr(second_opinion, "load", lambda: model)
    rude = "Lorraine,\n\nThree emails now. Do you have an answer for me yet or not?\n\nGary"
    assert review("EMT job", rude, "nudge").labels["asks_timeframe"]
    said = "Lorraine,\n\nI'd like to know where things stand.\n\nGary"
    assert not review("EMT job", said, "nudge").labels["asks_timeframe"]


def test_nor_drops_an_apology_for_ones_own_performance(monkeypatch):
    # A model sure there is no apology anywhere (every p below the drop threshold).
    model = _banana_model({"apologetic_or_desperate.drop": 0.5, "thanks.drop": 0.5})
    monkeypatch.setattr(second_opinion, "load", lambda: model)
    froze = "Hi Dana,\n\nSorry I froze on the budget question.\n\nBest,\nSam"
    assert review("Following up", froze, "follow_up").labels["apologetic_or_desperate"]
    # ... nor for one's English, in so many words (PRODUCT.md: "please excuse my English").
    writing = "Hi Dana,\n\nForgive me for any mistakes in my writing.\n\nBest,\nSam"
    assert review("Following up", writing, "follow_up").labels["apologetic_or_desperate"]
    bothering = "Hi Dana,\n\nSorry to bother you again.\n\nBest,\nSam"
    assert not review("Following up", bothering, "follow_up").labels["apologetic_or_desperate"]


def test_nor_drops_what_the_rules_found_in_a_recruiters_note_about_a_candidate(monkeypatch):
    model = _banana_model({"asks_timeframe.drop": 0.5})
    monkeypatch.setattr(second_opinion, "load", lambda: model)
    body = "Hi Dana,\n\nCould you share your thoughts on Maria?\n\nBest,\nSam"
    about = ReviewContext(company="Acme", about_candidate="Maria Lopez")
    assert review("Maria Lopez", body, "nudge", about).labels["asks_timeframe"]
    own = "Hi Dana,\n\nI'd like to know where things stand.\n\nBest,\nSam"
    assert not review("Following up", own, "nudge").labels["asks_timeframe"]


@pytest.mark.parametrize("off", ["no file", "rules only"])
def test_without_the_model_the_rules_decide_alone(monkeypatch, off):
    if off == "no file":
        monkeypatch.setattr(second_opinion, "load", lambda: None)
    else:
        monkeypatch.setattr(second_opinion, "load", lambda: _banana_model({"pushy.add": 0.1}))
        monkeypatch.setattr(engine, "rules_only", True)
    assert not review("Thank you", BODY, "thank_you").labels["pushy"]
