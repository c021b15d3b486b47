"""What the API reads and answers, as the OpenAPI description shows it.

Field names follow `followup.shell.serializers` (the CLI's `--json`), so a script can move
between the two; unlike the CLI, every moment here is in UTC (`...Z`), beside the `time_zone`
it is decided in.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import AwareDatetime, BeforeValidator

from followup.shell import limits

# One line of text: no line breaks or control characters (they must never reach a mail header).
ONE_LINE = r"^[^\x00-\x1f\x7f]*$"
# One line with something on it besides spaces.
FILLED_LINE = r"^[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*$"
SOMETHING = r"\S"  # a text that is not only spaces

_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)


def _rfc3339(value):
    """Only a written date and time with its offset: pydantic alone would also take a number
    of seconds since 1970 ("0.5"), which no one means as a moment here."""
    if isinstance(value, dt.datetime) or (isinstance(value, str) and _RFC3339.fullmatch(value)):
        return value
    raise ValueError("give a date and time with its offset, such as 2026-12-01T14:00:00-05:00")


Moment = Annotated[AwareDatetime, BeforeValidator(_rfc3339)]

Kind = Literal["thank_you", "follow_up", "nudge"]
StepState = Literal["planned", "done", "stopped"]
Status = Literal["applied", "interviewing", "offer", "rejected", "withdrawn", "gone_quiet"]
Format = Literal["video", "phone", "onsite"]
Role = Literal["admin", "recruiter", "candidate"]
Meaning = Literal["next_round", "rejection", "offer", "request", "other", "out_of_office"]


# Who is calling -----------------------------------------------------------------------------


class OrganisationOut(Schema):
    id: int
    name: str


class MeOut(Schema):
    id: int
    username: str
    name: str
    email: str
    time_zone: str
    role: Role | None = Field(description="Your role in an agency; null on a personal install.")
    organisation: OrganisationOut | None


# Interviews, their people, replies and coaching notes ---------------------------------------


class InterviewerOut(Schema):
    id: int
    name: str
    email: str | None
    title: str | None
    time_zone: str | None
    country: str | None
    discussed: str | None


class ReplyOut(Schema):
    id: int
    candidate: int = Field(description="Whose mailbox it came to (a user id).")
    opportunity: int | None
    received_at: dt.datetime | None
    from_: str | None = Field(alias="from")
    subject: str | None
    meaning: Meaning
    evidence: str | None
    return_date: dt.date | None
    corrected: bool


class CoachingNoteOut(Schema):
    id: int
    interview: int
    author: str
    text: str
    created_at: dt.datetime


class StepOut(Schema):
    id: int
    candidate: int = Field(description="Whose note it is (a user id).")
    interview: int
    kind: Kind
    state: StepState
    company: str
    role: str
    to: str | None
    to_email: str | None
    due_at: dt.datetime
    overdue_at: dt.datetime | None
    time_zone: str = Field(description="The recipient's zone, in which the time was chosen.")
    reason: str
    done_at: dt.datetime | None
    stop_reason: str | None
    edited: bool = Field(description="True once the user saved their own wording.")


class InterviewOut(Schema):
    id: int
    candidate: int = Field(description="Whose interview it is (a user id).")
    opportunity: int
    company: str
    role: str
    candidate_name: str | None = Field(
        description="Recruiters: the candidate this client interviewed (null: it was you)."
    )
    status: Status
    round: int
    start: dt.datetime
    end: dt.datetime
    time_zone: str
    format: Format
    cancelled: bool
    interviewers: list[InterviewerOut]


class InterviewDetailOut(InterviewOut):
    status_note: str | None
    location: str | None
    notes: str | None
    highlights: str | None
    timeline_text: str | None
    stated_deadline: dt.date | None
    stated_deadline_phrase: str | None
    steps: list[StepOut]
    replies: list[ReplyOut]
    coaching_notes: list[CoachingNoteOut]


class OpportunityOut(Schema):
    id: int
    company: str
    role: str
    candidate_name: str | None
    status: Status
    status_note: str | None
    replies: list[ReplyOut]


# A step's note ------------------------------------------------------------------------------


class DraftOut(Schema):
    subject: str
    body: str
    edited: bool = Field(description="False: the suggested draft; true: the user's wording.")


class FindingOut(Schema):
    label: str
    evidence: str
    suggestion: str


class ReviewOut(Schema):
    labels: dict[str, bool]
    findings: list[FindingOut]
    verdict: str
    ready: bool


class SuggestionOut(Schema):
    id: int
    step: int
    author: str
    subject: str
    body: str
    comment: str
    state: Literal["open", "accepted", "declined"]
    created_at: dt.datetime
    decided_at: dt.datetime | None


class StepDetailOut(StepOut):
    draft: DraftOut | None = Field(description="Null when the step has no recipient.")
    review: ReviewOut | None
    suggestions: list[SuggestionOut]


# The recruiter's view -----------------------------------------------------------------------


class CandidateOut(Schema):
    id: int
    username: str
    name: str
    planned: int = Field(description="Notes planned and not yet sent.")
    due: int = Field(description="Of those, notes due now.")


class CandidateRef(Schema):
    id: int
    username: str
    name: str


class OverviewCounts(Schema):
    owes: int = 0
    due: int = 0
    replied: int = 0


class OverviewOut(Schema):
    now: dt.datetime
    candidates: list[CandidateRef]
    owes: list[StepOut] = Field(description="Thank-yous due by the end of your day.")
    due: list[StepOut] = Field(description="Official follow-ups and nudges due now.")
    replied: list[ReplyOut] = Field(description="Replies of the last 14 days.")
    counts: OverviewCounts = Field(description="Each section's full size (lists stop at 100).")


# Pages ---------------------------------------------------------------------------------------


class Page(Schema):
    count: int = Field(description="How many there are in all.")
    limit: int
    offset: int


class InterviewPage(Page):
    items: list[InterviewOut]


class StepPage(Page):
    items: list[StepOut]


class OpportunityPage(Page):
    items: list[OpportunityOut]


class CandidatePage(Page):
    items: list[CandidateOut]


# What the API reads -------------------------------------------------------------------------


class InterviewerIn(Schema):
    name: str = Field(min_length=1, max_length=limits.NAME_CHARS, pattern=FILLED_LINE)
    email: str = Field("", max_length=limits.EMAIL_CHARS, pattern=ONE_LINE)
    title: str = Field("", max_length=limits.NAME_CHARS, pattern=ONE_LINE)
    time_zone: str = Field(
        "", max_length=64, pattern=ONE_LINE, description="Blank: the interview's zone."
    )
    country: str = Field(
        "", max_length=2, pattern=ONE_LINE, description="Two letters; blank: their zone's."
    )
    discussed: str = Field("", max_length=limits.DEBRIEF_CHARS)


class InterviewIn(Schema):
    company: str = Field(min_length=1, max_length=limits.NAME_CHARS, pattern=FILLED_LINE)
    role: str = Field(min_length=1, max_length=limits.NAME_CHARS, pattern=FILLED_LINE)
    start: Moment = Field(description="With its UTC offset; 2000 to 2100.")
    end: Moment = Field(description="After the start, at most 24 hours later.")
    time_zone: str = Field(
        min_length=1,
        max_length=64,
        pattern=FILLED_LINE,
        description="Where it takes place: an IANA name such as America/New_York.",
    )
    format: Format = "video"
    location: str = Field("", max_length=limits.LOCATION_CHARS, pattern=ONE_LINE)
    round: int | None = Field(None, ge=1, le=100, description="Null: the next round.")
    interviewers: list[InterviewerIn] = Field(
        min_length=1,
        max_length=limits.MAX_INTERVIEWERS,
        description="The people you met; the first one gets the official follow-up.",
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "company": "Acme",
                    "role": "Staff Engineer",
                    "start": "2026-12-01T14:00:00-05:00",
                    "end": "2026-12-01T15:00:00-05:00",
                    "time_zone": "America/New_York",
                    "format": "video",
                    "interviewers": [
                        {"name": "Dana Reyes", "email": "dana@acme.example", "title": "CTO"}
                    ],
                }
            ]
        }
    }


class OutcomeIn(Schema):
    status: Status
    note: str = Field("", max_length=300, pattern=ONE_LINE)


class CoachingNoteIn(Schema):
    text: str = Field(min_length=1, max_length=5_000, pattern=SOMETHING)


class SuggestionIn(Schema):
    subject: str = Field("", max_length=limits.SUBJECT_CHARS, pattern=ONE_LINE)
    body: str = Field(min_length=1, max_length=limits.NOTE_CHARS, pattern=SOMETHING)
    comment: str = Field("", max_length=500, pattern=ONE_LINE)
