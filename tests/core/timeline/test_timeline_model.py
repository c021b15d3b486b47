"""The timeline reader's second opinion: it only ever drops a reading, and only when sure."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

import pytest

from followup.core import textmodel
from followup.core.textmodel import Model
from followup.core.timeline import model, read_timeline, reader

MON = dt.datetime(2026, 10, 5, 11, 0)
LONDON = "Europe/London"
NOT_A_TIMELINE = (
    "Your background check will be completed by Friday and then HR will be in touch about "
    "your start date."
)


def test_the_model_file_ships_with_a_threshold():
    shipped = model.load()
    assert shipped is not None and 0.0 < shipped.thresholds["veto_below"] < 1.0


def test_it_drops_a_date_the_rules_took_for_a_promise(monkeypatch):
    assert read_timeline(NOT_A_TIMELINE, MON, LONDON, "GB") is None
    monkeypatch.setattr(reader, "rules_only", True)
    assert read_timeline(NOT_A_TIMELINE, MON, LONDON, "GB") is not None


@pytest.mark.parametrize(
    "text",
    [
        "We'll decide by Friday.",
        "Thanks for coming in. You'll hear from us within 5 working days.",
        "hr said they'd get back to me end of next week",
        # The date named as theirs in so many words (the model retrained in stop 37 vetoed it).
        "Jan 15th is our target decision date.",
    ],
)
def test_it_keeps_plain_promises(text):
    assert read_timeline(text, MON, LONDON, "GB") is not None


def test_a_long_debrief_is_judged_by_the_part_around_the_phrase():
    notes = "Discussed the data platform migration, the team's on-call rota and budgets. " * 120
    text = notes + "\nAt the end she said they will decide by the end of next week."
    assert len(text) > 5_000
    reading = read_timeline(text, MON, LONDON, "GB")
    assert reading is not None and reading.deadline == dt.date(2026, 10, 16)


def test_without_the_model_file_the_rules_decide(monkeypatch):
    monkeypatch.setattr(model, "load", lambda: None)
    assert read_timeline(NOT_A_TIMELINE, MON, LONDON, "GB") is not None


def test_a_promise_at_the_end_of_a_long_paste_is_read():
    """Found by reading a 1 MB debrief: 5,000 characters of talk about sprints every two weeks
    around the promise made the model veto it."""
    talk = (
        "We discussed the platform migration, budgets for next year and how the team runs "
        "sprints every two weeks. I mentioned the Kafka work. "
    )
    text = talk * 200 + "They said they will decide by the end of next week."
    reading = read_timeline(text, MON, LONDON, "GB")
    assert reading is not None and reading.deadline == dt.date(2026, 10, 16)


# A staffing firm's footer: a name block, contact lines, a legal notice, a phone's sign-off.
FOOTER = (
    "\n\nMarta Silva\nPeople Team | Harbourline Freight\nT: +44 161 496 0732 | M: 07700 900 418\n"
    "www.harbourline-freight.co.uk\n\nThis e-mail and any files sent with it are confidential and"
    " may be legally privileged. If you are not the intended recipient, please tell the sender"
    " and delete it; do not copy or use it. Harbourline Freight Ltd is registered in England,"
    " company number 04417722, registered office 9 Dock Road, Salford.\n\nSent from my iPhone"
)
WED = dt.datetime(2026, 3, 4, 10, 0)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "Hi Sam, good chat on Tuesday. We need to run it past the regional manager first; "
            "give us 7-10 days and I'll come back to you.",
            dt.date(2026, 3, 14),
        ),
        (
            "Hi Dev, the panel has seen everyone now. We anticipate conditional offers within "
            "2-3 weeks, subject to checks.",
            dt.date(2026, 3, 25),
        ),
    ],
)
def test_a_legal_footer_does_not_outweigh_the_promise(text, deadline):
    """The model's score is normalised by length: a footer of notices and phone numbers once
    diluted these promises below the veto's threshold."""
    assert read_timeline(text, WED, LONDON, "GB").deadline == deadline
    assert read_timeline(text + FOOTER, WED, LONDON, "GB").deadline == deadline


def _a_model_that_reads_filled_after_the_phrase():
    """Sure of a timeline unless "filled" comes after the phrase read (stop 47's features)."""
    weights = {"a:filled": (1.0, (-40.0,)), "w:check": (1.0, (1.0,))}
    return Model(("timeline",), (5.0,), weights, {"veto_below": 0.5}, independent=True)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        (NOT_A_TIMELINE + " The parking spaces are filled.", True),
        (NOT_A_TIMELINE + " The parking spaces are free.", False),
        # The same word before the phrase is another feature ("b:filled"), not this one.
        ("The parking spaces are filled. " + NOT_A_TIMELINE, False),
    ],
)
def test_the_words_after_the_phrase_weigh_in_the_veto(monkeypatch, text, vetoed):
    monkeypatch.setattr(model, "load", _a_model_that_reads_filled_after_the_phrase)
    assert (read_timeline(text, MON, LONDON, "GB") is None) is vetoed


def test_the_context_names_the_words_either_side():
    text = "We met on Monday. They will decide by Friday, after the panel meets."
    start = text.index("by Friday")
    features = model.context(text, start, start + len("by Friday"))
    assert "a:after" in features and "a:panel meets" in features
    assert "b:will decide" in features and "b:monday" in features
    assert not any(f in features for f in ("a:friday", "b:friday", "a:monday"))


def _plain_score(veto: Model, text: str, extra: list[str]) -> float:
    """The one-class score written out as TF-IDF: sublinear tf, idf, one L2 norm, a dot
    product with the weights (what `Model._one_score` computes by table lookups)."""
    words, grams = textmodel._counts(text)
    values: dict[tuple[str, str], tuple[float, float]] = {}
    for kind, table, counts in (
        ("w", veto._by_word, words),
        ("c", veto._by_gram, grams),
        ("extra", veto._by_other, Counter(extra)),
    ):
        for feature, count in counts.items():
            if feature in table:
                idf, row = table[feature]
                values[kind, feature] = ((1.0 + math.log(count)) * idf, row[0])
    norm = math.sqrt(sum(value * value for value, _weight in values.values())) or 1.0
    return veto.intercept[0] + sum(value * weight for value, weight in values.values()) / norm


@pytest.mark.parametrize(
    "text",
    [
        "They said they will let me know by Friday.",
        "offer offer offer offer, the offer is the offer: offer!! " * 6,  # counts above one
        "zzqx vvkj qqqq",  # no feature the model knows
        "",
    ],
)
def test_the_veto_score_is_tf_idf_as_trained(text):
    veto = textmodel.load(model.MODEL_FILE)
    assert veto is not None
    extra = ["f:kind=weekday", "f:ahead=1-3", "f:tier=2", "f:tier=2", "a:friday", "nonesuch"]
    expected = _plain_score(veto, text, extra)
    assert veto._one_score(text, extra) == pytest.approx(expected, abs=1e-12)
    # (again, each word's n-grams now from those the model kept)
    assert veto._one_score(text, extra) == pytest.approx(expected, abs=1e-12)
