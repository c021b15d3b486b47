"""Drafting the notes: a thank-you per interviewer, the official follow-up, the nudge.

Pure functions of a `DraftContext`; no Django, no I/O, the same draft on every run.
"""

from .compose import WORD_LIMITS, draft_follow_up, draft_nudge, draft_thank_you
from .context import (
    FOLLOW_UP,
    NUDGE,
    PLACEHOLDER,
    PLACEHOLDER_RE,
    THANK_YOU,
    Draft,
    DraftContext,
    Person,
    find_placeholders,
)

__all__ = [
    "FOLLOW_UP",
    "NUDGE",
    "PLACEHOLDER",
    "PLACEHOLDER_RE",
    "THANK_YOU",
    "WORD_LIMITS",
    "Draft",
    "DraftContext",
    "Person",
    "draft_follow_up",
    "draft_nudge",
    "draft_thank_you",
    "find_placeholders",
]
