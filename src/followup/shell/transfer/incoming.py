"""One interview (or a refusal) read from a file, before anything is saved."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from followup.shell.actions import InterviewInput

# Sizes a file may have before it is refused unread: far beyond a person's own calendar
# invitations or tracker, small enough to answer within seconds.
MAX_FILE_BYTES = {"ics": 10_000_000, "csv": 20_000_000, "json": 100_000_000}
MAX_RECORDS = 5_000  # events or rows in one file


class FileProblem(Exception):
    """The whole file is refused, with one sentence that says why and what to do."""


@dataclass
class Incoming:
    where: str  # "invite.ics, event 2", "tracker.csv, row 14": how the user finds it again
    key: str = ""  # Interview.import_key: the same key again updates, never duplicates
    sequence: int | None = None  # an invitation's SEQUENCE
    method: str = ""  # an invitation's METHOD (REQUEST, CANCEL, PUBLISH, REPLY, ...)
    organizer: str = ""  # an invitation organiser's address
    interview: InterviewInput | None = None
    # An application without an interview yet (a tracker's row): company, role and status.
    company: str = ""
    role: str = ""
    cancel: bool = False
    status: str = ""  # an outcome the tracker recorded (Opportunity.Status value)
    notes: str = ""  # the tracker's notes, kept as the debrief's "what was discussed"
    problem: str = ""  # refused: why, and what to do
    zone_note: str = ""  # the file's zone was not one we know: said in the preview
    extra: dict = field(default_factory=dict)  # a restore's fields beyond an InterviewInput


def digest(*parts: object) -> str:
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def first_line(exc: BaseException) -> str:
    """An exception's first line, for a sentence about a record that could not be read."""
    lines = str(exc).strip().splitlines()
    return (lines[0][:200] if lines else exc.__class__.__name__).rstrip(".")
