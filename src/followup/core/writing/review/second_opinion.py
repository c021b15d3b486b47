"""The reviewer's second opinion: a linear model (`followup.core.textmodel`) per label, trained
by `bench/train_review_model.py` on the emails written and labelled blind for issue 9.

The rules find each label with its evidence; the model may add a finding the rules missed
(its evidence is then the sentence that weighs most for that label) or drop one it is sure is
wrong, each only past a threshold chosen on out-of-fold predictions at training time. Labels
that depend on the interview's context (distinguishes, wrong_name) or on a count (too_long)
stay with the rules alone.
"""

from __future__ import annotations

from pathlib import Path

from followup.core import textmodel
from followup.core.boilerplate import without_boilerplate
from followup.core.textmodel import Model, weightiest

__all__ = ["MODEL_FILE", "MODEL_LABELS", "load", "model_text", "settle", "weightiest"]

MODEL_FILE = Path(__file__).with_name("review_model.json.gz")
MODEL_LABELS = (
    "thanks",
    "restates_interest",
    "asks_timeframe",
    "apologetic_or_desperate",
    "pushy",
)


def load() -> Model | None:
    """The shipped model, or None when the file is missing (the rules then decide alone)."""
    return textmodel.load(MODEL_FILE)


def model_text(subject: str, body: str) -> str:
    # (Without a footer's notices and contact lines, as the rules read it: the model was
    # trained on drafts that had none, and their words only dilute the draft's own.)
    return f"{subject}\n{without_boilerplate(body)}"


def settle(rules_found: bool, probability: float, thresholds: dict[str, float], label: str) -> bool:
    """Whether the label holds, given what the rules found and how sure the model is."""
    if rules_found:
        return probability >= thresholds.get(f"{label}.drop", 0.0)
    return probability >= thresholds.get(f"{label}.add", 1.01)
