"""The reply reader's second opinion: a linear model (`followup.core.textmodel`) trained by
`bench/train_reply_model.py` on the replies written and labelled blind for issue 15.

It only ever speaks through `reader.read_reply`, which keeps the rules' answer unless the model
is sure, and always gives words as evidence: the sentence that weighs most for the kind.
"""

from __future__ import annotations

from pathlib import Path

from followup.core import textmodel
from followup.core.textmodel import Model, features

MODEL_FILE = Path(__file__).with_name("reply_model.json.gz")


def load() -> Model | None:
    """The shipped model, or None when the file is missing (the rules then decide alone)."""
    return textmodel.load(MODEL_FILE)


__all__ = ["MODEL_FILE", "Model", "features", "load"]
