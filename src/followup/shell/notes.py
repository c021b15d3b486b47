"""A planned step's note: the suggested draft, the user's edits, and the live review.

The core writes and reviews; this module only gathers the facts the user gave (profile, debrief,
interviewers) into the core's value objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup.core import calendar
from followup.core.writing import (
    Draft,
    DraftContext,
    Person,
    Review,
    ReviewContext,
    draft_follow_up,
    draft_nudge,
    draft_thank_you,
    review,
)
from followup.shell.models import Profile, Step

_WRITERS = {
    Step.Kind.THANK_YOU: draft_thank_you,
    Step.Kind.FOLLOW_UP: draft_follow_up,
    Step.Kind.NUDGE: draft_nudge,
}


@dataclass
class Note:
    subject: str
    body: str
    suggested: Draft
    edited: bool


def _person(interviewer) -> Person:
    return Person(name=interviewer.name, email=interviewer.email, title=interviewer.title)


def _candidate(step: Step, profile: Profile | None) -> str:
    """The name the notes are signed with: the profile's, the account's, or the username."""
    return (
        (profile.full_name if profile else "")
        or step.owner.get_full_name()
        or step.owner.get_username()
    )


def _interview_day(interview) -> dt.date:
    """The interview's date where it took place (what the interviewer calls "Tuesday")."""
    return interview.start_at.astimezone(calendar.zone(interview.time_zone)).date()


def draft_context(step: Step, thank_you_subject: str = "") -> DraftContext:
    interview = step.interview
    opportunity = interview.opportunity
    profile = Profile.objects.filter(user_id=step.owner_id).first()
    others = tuple(_person(p) for p in interview.interviewers.all() if p.pk != step.interviewer_id)
    return DraftContext(
        candidate=_candidate(step, profile),
        company=opportunity.company.name,
        role=opportunity.role,
        interview_date=_interview_day(interview),
        interviewer=_person(step.interviewer),
        signature=profile.signature if profile else "",
        standout_points=tuple(profile.standout_list) if profile else (),
        discussed=step.interviewer.discussed,
        notes=interview.notes,
        stood_out=interview.highlights,
        interview_format=interview.format,
        other_interviewers=others,
        thank_you_subject=thank_you_subject,
        stated_deadline=interview.stated_deadline,
        # A recruiter's follow-up with a client: the notes are about this candidate.
        about_candidate=opportunity.candidate_name,
    )


def _thank_you_subject(step: Step) -> str:
    """The subject of the thank-you to the same person, so later notes thread under it."""
    if step.kind == Step.Kind.THANK_YOU:
        return ""
    thank_you = (
        Step.objects.filter(
            interview=step.interview, interviewer=step.interviewer, kind=Step.Kind.THANK_YOU
        )
        .select_related("interview__opportunity__company", "interviewer", "owner")
        .first()
    )
    if thank_you is None:
        return ""
    return thank_you.subject or draft_thank_you(draft_context(thank_you)).subject


def suggested_draft(step: Step) -> Draft:
    return _WRITERS[step.kind](draft_context(step, _thank_you_subject(step)))


def note_for(step: Step) -> Note:
    """What the editor shows: the user's saved text, or the suggestion when there is none."""
    suggested = suggested_draft(step)
    if step.body:
        return Note(step.subject, step.body, suggested, edited=True)
    return Note(suggested.subject, suggested.body, suggested, edited=False)


def review_context(step: Step) -> ReviewContext:
    interview = step.interview
    profile = Profile.objects.filter(user_id=step.owner_id).first()
    notes = "\n".join(
        text for text in (interview.notes, interview.highlights, step.interviewer.discussed) if text
    )
    return ReviewContext(
        candidate=_candidate(step, profile),
        interviewer=step.interviewer.name,
        interviewer_email=step.interviewer.email,
        company=interview.opportunity.company.name,
        role=interview.opportunity.role,
        interview_date=_interview_day(interview),
        notes=notes,
        about_candidate=interview.opportunity.candidate_name,
    )


def review_note(step: Step, subject: str, body: str) -> Review:
    return review(subject, body, step.kind, review_context(step))


LABEL_NAMES = {
    "thanks": "Thanks them",
    "distinguishes": "A specific point they will remember",
    "restates_interest": "Says you want the job",
    "asks_timeframe": "Asks when to expect an answer",
    "apologetic_or_desperate": "Apologetic or desperate tone",
    "pushy": "Pushy",
    "wrong_name": "Wrong name",
    "too_long": "Too long",
}
_PROBLEMS = ("apologetic_or_desperate", "pushy", "wrong_name", "too_long")


@dataclass
class ReviewRow:
    label: str
    name: str
    ok: bool
    evidence: str
    suggestion: str


def review_rows(result: Review, kind: str) -> list[ReviewRow]:
    """The checklist beside the editor: each element (✓/✗), then any problem found."""
    findings = {f.label: f for f in result.findings}
    rows = []
    for label, present in result.labels.items():
        is_problem = label in _PROBLEMS
        if label == "asks_timeframe" and kind == Step.Kind.THANK_YOU and not present:
            continue  # not expected in a thank-you
        if is_problem and not present:
            continue
        finding = findings.get(label)
        rows.append(
            ReviewRow(
                label=label,
                name=LABEL_NAMES.get(label, label),
                ok=present != is_problem,
                evidence=finding.evidence if finding else "",
                suggestion=finding.suggestion if finding else "",
            )
        )
    return rows
