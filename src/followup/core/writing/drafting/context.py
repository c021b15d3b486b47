"""The values the drafting engine takes and returns.

Everything here is plain data: the Django shell builds a `DraftContext` from an interview, its
debrief and the user's profile, and stores the `Draft` it gets back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# A visible marker the user must replace before sending. Double brackets because they never occur
# in real mail, so both the user and the reviewer can spot an unfinished draft at a glance.
PLACEHOLDER = "[[{}]]"
PLACEHOLDER_RE = re.compile(r"\[\[[^\[\]]*\]\]")

THANK_YOU = "thank_you"
FOLLOW_UP = "follow_up"
NUDGE = "nudge"


def placeholder(instruction: str) -> str:
    """Wrap an instruction for the user as a visible placeholder."""
    return PLACEHOLDER.format(instruction)


def find_placeholders(text: str) -> tuple[str, ...]:
    """Every placeholder still present in `text`, in order."""
    return tuple(PLACEHOLDER_RE.findall(text))


@dataclass(frozen=True)
class Person:
    name: str
    email: str = ""
    title: str = ""


@dataclass(frozen=True)
class DraftContext:
    candidate: str
    company: str
    role: str
    interview_date: date
    interviewer: Person
    signature: str = ""
    standout_points: tuple[str, ...] = ()
    discussed: str = ""
    notes: str = ""
    stood_out: str = ""
    interview_format: str = ""
    other_interviewers: tuple[Person, ...] = ()
    thank_you_subject: str = ""
    stated_deadline: date | None = None
    # Set on a recruiter's own follow-up with a client: the candidate the client interviewed.
    # The notes are then in the recruiter's voice (`candidate` is the recruiter, who signs
    # them) to the client's hiring manager, about this candidate.
    about_candidate: str = ""


@dataclass(frozen=True)
class Draft:
    kind: str
    subject: str
    body: str
    placeholders: tuple[str, ...]
