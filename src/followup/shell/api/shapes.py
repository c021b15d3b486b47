"""Records as the API's schemas want them: plain dicts, moments as aware UTC datetimes.

The querysets here fetch what the dicts need in a fixed number of queries per page.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch

from followup.shell import notes
from followup.shell.models import (
    CoachingNote,
    Interview,
    Opportunity,
    SeenMessage,
    Step,
    SuggestedEdit,
)
from followup.shell.serializers import replies_of
from followup.shell.team import audit

REPLY_KINDS = [SeenMessage.Kind.REPLY, SeenMessage.Kind.OUT_OF_OFFICE]


def _blank_as_none(value: str | None) -> str | None:
    return value or None


def interviews(rows):
    return rows.select_related("opportunity__company").prefetch_related("interviewers")


def steps(rows):
    return rows.select_related("interview__opportunity__company", "interviewer")


def opportunities(rows):
    replies = SeenMessage.objects.filter(kind__in=REPLY_KINDS).order_by("-received_at", "-pk")
    return rows.select_related("company").prefetch_related(
        Prefetch("messages", queryset=replies, to_attr="api_replies")
    )


def interviewer_dict(person) -> dict[str, Any]:
    return {
        "id": person.pk,
        "name": person.name,
        "email": _blank_as_none(person.email),
        "title": _blank_as_none(person.title),
        "time_zone": _blank_as_none(person.time_zone),
        "country": _blank_as_none(person.country),
        "discussed": _blank_as_none(person.discussed),
    }


def interview_dict(interview: Interview) -> dict[str, Any]:
    opportunity = interview.opportunity
    return {
        "id": interview.pk,
        "candidate": interview.owner_id,
        "opportunity": opportunity.pk,
        "company": opportunity.company.name,
        "role": opportunity.role,
        "candidate_name": _blank_as_none(opportunity.candidate_name),
        "status": opportunity.status,
        "round": interview.round,
        "start": interview.start_at,
        "end": interview.end_at,
        "time_zone": interview.time_zone,
        "format": interview.format,
        "cancelled": interview.cancelled,
        "interviewers": [interviewer_dict(p) for p in interview.interviewers.all()],
    }


def interview_detail_dict(interview: Interview, viewer) -> dict[str, Any]:
    opportunity = interview.opportunity
    planned = steps(interview.steps.order_by("due_at", "pk"))
    coaching = CoachingNote.objects.visible_to(viewer).filter(interview=interview)
    return {
        **interview_dict(interview),
        "status_note": _blank_as_none(opportunity.status_note),
        "location": _blank_as_none(interview.location),
        "notes": _blank_as_none(interview.notes),
        "highlights": _blank_as_none(interview.highlights),
        "timeline_text": _blank_as_none(interview.timeline_text),
        "stated_deadline": interview.stated_deadline,
        "stated_deadline_phrase": _blank_as_none(interview.stated_deadline_phrase),
        "steps": [step_dict(step) for step in planned],
        "replies": [reply_dict(m) for m in replies_of(opportunity)],
        "coaching_notes": [coaching_note_dict(note) for note in coaching],
    }


def opportunity_dict(opportunity: Opportunity) -> dict[str, Any]:
    replies = getattr(opportunity, "api_replies", None)
    if replies is None:
        replies = list(replies_of(opportunity))
    return {
        "id": opportunity.pk,
        "company": opportunity.company.name,
        "role": opportunity.role,
        "candidate_name": _blank_as_none(opportunity.candidate_name),
        "status": opportunity.status,
        "status_note": _blank_as_none(opportunity.status_note),
        "replies": [reply_dict(m) for m in replies],
    }


def reply_dict(message: SeenMessage) -> dict[str, Any]:
    out_of_office = message.kind == SeenMessage.Kind.OUT_OF_OFFICE
    return {
        "id": message.pk,
        "candidate": message.owner_id,
        "opportunity": message.opportunity_id,
        "received_at": message.received_at,
        "from": _blank_as_none(message.from_addr),
        "subject": _blank_as_none(message.subject),
        "meaning": "out_of_office" if out_of_office else (message.category or "other"),
        "evidence": _blank_as_none(message.evidence),
        "return_date": message.return_date,
        "corrected": message.corrected,
    }


def coaching_note_dict(note: CoachingNote) -> dict[str, Any]:
    return {
        "id": note.pk,
        "interview": note.interview_id,
        "author": note.author_name,
        "text": note.text,
        "created_at": note.created_at,
    }


def step_dict(step: Step) -> dict[str, Any]:
    opportunity = step.interview.opportunity
    person = step.interviewer
    return {
        "id": step.pk,
        "candidate": step.owner_id,
        "interview": step.interview_id,
        "kind": step.kind,
        "state": step.state,
        "company": opportunity.company.name,
        "role": opportunity.role,
        "to": person.name if person else None,
        "to_email": _blank_as_none(person.email) if person else None,
        "due_at": step.due_at,
        "overdue_at": step.overdue_at,
        "time_zone": step.time_zone,
        "reason": step.reason,
        "done_at": step.done_at,
        "stop_reason": _blank_as_none(step.stop_reason),
        "edited": bool(step.body),
    }


def step_detail_dict(step: Step, viewer) -> dict[str, Any]:
    draft = review = None
    if step.interviewer is not None:
        note = notes.note_for(step)
        draft = {"subject": note.subject, "body": note.body, "edited": note.edited}
        review = notes.review_note(step, note.subject, note.body).to_dict()
    suggestions = SuggestedEdit.objects.visible_to(viewer).filter(step=step)
    return {
        **step_dict(step),
        "draft": draft,
        "review": review,
        "suggestions": [suggestion_dict(s) for s in suggestions],
    }


def suggestion_dict(suggestion: SuggestedEdit) -> dict[str, Any]:
    return {
        "id": suggestion.pk,
        "step": suggestion.step_id,
        "author": suggestion.author_name,
        "subject": suggestion.subject,
        "body": suggestion.body,
        "comment": suggestion.comment,
        "state": suggestion.state,
        "created_at": suggestion.created_at,
        "decided_at": suggestion.decided_at,
    }


def person_dict(user) -> dict[str, Any]:
    return {"id": user.pk, "username": user.get_username(), "name": audit.display_name(user)}
