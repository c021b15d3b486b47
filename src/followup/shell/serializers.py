"""Plain-dict views of the models, for `--json` output (and, later, the JSON API)."""

from __future__ import annotations

from typing import Any

from followup.core import calendar
from followup.shell.models import Interview, Interviewer, Opportunity, SeenMessage, Step


def iso(value) -> str | None:
    return value.isoformat() if value else None


def _local(value, zone_name: str) -> str | None:
    return value.astimezone(calendar.zone(zone_name)).isoformat() if value else None


def step_dict(step: Step) -> dict[str, Any]:
    interview = step.interview
    return {
        "id": step.pk,
        "kind": step.kind,
        "state": step.state,
        "interview": interview.pk,
        "company": interview.opportunity.company.name,
        "role": interview.opportunity.role,
        "to": step.interviewer.name if step.interviewer else None,
        "to_email": step.interviewer.email if step.interviewer else None,
        "due_at": _local(step.due_at, step.time_zone),
        "overdue_at": _local(step.overdue_at, step.time_zone),
        "time_zone": step.time_zone,
        "reason": step.reason,
        "done_at": iso(step.done_at),
        "stop_reason": step.stop_reason or None,
    }


def interviewer_dict(person: Interviewer) -> dict[str, Any]:
    return {
        "id": person.pk,
        "name": person.name,
        "email": person.email or None,
        "title": person.title or None,
        "time_zone": person.time_zone or None,
        "country": person.country or None,
        "discussed": person.discussed or None,
    }


def interview_dict(interview: Interview, *, with_steps: bool = True) -> dict[str, Any]:
    opportunity = interview.opportunity
    data: dict[str, Any] = {
        "id": interview.pk,
        "opportunity": opportunity.pk,
        "company": opportunity.company.name,
        "role": opportunity.role,
        "candidate_name": opportunity.candidate_name or None,
        "status": opportunity.status,
        "status_note": opportunity.status_note or None,
        "replies": [reply_dict(m) for m in replies_of(opportunity)],
        "round": interview.round,
        "start": _local(interview.start_at, interview.time_zone),
        "end": _local(interview.end_at, interview.time_zone),
        "time_zone": interview.time_zone,
        "format": interview.format,
        "cancelled": interview.cancelled,
        "notes": interview.notes or None,
        "highlights": interview.highlights or None,
        "timeline_text": interview.timeline_text or None,
        "stated_deadline": iso(interview.stated_deadline),
        "stated_deadline_phrase": interview.stated_deadline_phrase or None,
        "interviewers": [interviewer_dict(p) for p in interview.interviewers.all()],
    }
    if with_steps:
        data["steps"] = [step_dict(s) for s in interview.steps.order_by("due_at", "pk")]
    return data


def opportunity_dict(opportunity: Opportunity) -> dict[str, Any]:
    return {
        "id": opportunity.pk,
        "company": opportunity.company.name,
        "role": opportunity.role,
        "candidate_name": opportunity.candidate_name or None,
        "status": opportunity.status,
        "status_note": opportunity.status_note or None,
        "replies": [reply_dict(m) for m in replies_of(opportunity)],
    }


def replies_of(opportunity: Opportunity):
    """What the company sent back about this opportunity, newest first."""
    return SeenMessage.objects.filter(
        opportunity=opportunity,
        kind__in=[SeenMessage.Kind.REPLY, SeenMessage.Kind.OUT_OF_OFFICE],
    ).order_by("-received_at", "-pk")


def reply_dict(message: SeenMessage) -> dict[str, Any]:
    meaning = (
        "out_of_office" if message.kind == SeenMessage.Kind.OUT_OF_OFFICE else message.category
    )
    return {
        "id": message.pk,
        "received_at": iso(message.received_at),
        "from": message.from_addr or None,
        "subject": message.subject or None,
        "meaning": meaning or "other",
        "evidence": message.evidence or None,
        "return_date": iso(message.return_date),
        "corrected": message.corrected,
        "sets_status": message.opportunity_id is not None
        and message.opportunity.status_from_reply_id == message.pk,
    }
