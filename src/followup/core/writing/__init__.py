"""Writing: drafting the notes and reviewing any draft.

Plain Python, no Django, no I/O.
"""

from .review import LABELS, Finding, Review, ReviewContext, review

__all__ = ["LABELS", "Finding", "Review", "ReviewContext", "review"]

# Drafting writes the notes; every draft it writes passes `review` (tests/core/writing).
from .drafting import (  # noqa: E402
    Draft,
    DraftContext,
    Person,
    draft_follow_up,
    draft_nudge,
    draft_thank_you,
)

__all__ += [
    "Draft",
    "DraftContext",
    "Person",
    "draft_follow_up",
    "draft_nudge",
    "draft_thank_you",
]
