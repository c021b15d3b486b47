"""Reviewing a draft against what makes a follow-up work (PRODUCT.md, "Reviewing a draft").

A rule-based, sentence-level reader: fast enough to run as the user types, no model, no I/O.
One module per finding family; `engine.review` puts them together.
"""

from .engine import required_elements, review
from .model import KINDS, LABELS, Finding, Review, ReviewContext

__all__ = ["KINDS", "LABELS", "Finding", "Review", "ReviewContext", "required_elements", "review"]
