"""Followup's own JSON export: everything a user owns, in a versioned, documented schema.

The schema is described in docs/import-export.md. Mail passwords are never written; a mail
account's settings are, so the user knows what to connect again. Importing an export into an
install reproduces the same plans: the interviews with their debriefs and deadlines, the
people, what was sent and when, the outcomes, and the profile settings the timing depends on.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from django.utils import timezone

from followup.core import calendar
from followup.shell import actions
from followup.shell.actions import InterviewerInput, InterviewInput
from followup.shell.models import (
    Interview,
    MailAccount,
    Opportunity,
    SeenMessage,
    Step,
)
from followup.shell.serializers import iso, replies_of
from followup.shell.transfer.incoming import MAX_RECORDS, FileProblem, Incoming

FORMAT = "followup-export"
VERSION = 1
PROFILE_FIELDS = (
    "full_name email signature time_zone country follow_up_days standout_points".split()
)


def export(user) -> dict[str, Any]:
    profile = actions.ensure_profile(user)
    opportunities = (
        Opportunity.objects.for_user(user).select_related("company").order_by("created_at", "pk")
    )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": iso(timezone.now()),
        "profile": {
            **{name: getattr(profile, name) for name in PROFILE_FIELDS},
            "window_start": profile.window_start.strftime("%H:%M"),
            "window_end": profile.window_end.strftime("%H:%M"),
        },
        "mail_accounts": [
            {
                "email": account.email,
                "display_name": account.display_name,
                "provider": account.provider,
                "username": account.username,
                "smtp": f"{account.smtp_host}:{account.smtp_port} ({account.smtp_security})",
                "imap": f"{account.imap_host}:{account.imap_port} ({account.imap_security})",
                "delivery": account.delivery,
            }
            for account in MailAccount.objects.for_user(user)
        ],
        "opportunities": [opportunity_data(o) for o in opportunities],
    }


def opportunity_data(opportunity: Opportunity) -> dict[str, Any]:
    return {
        "company": opportunity.company.name,
        "company_domain": opportunity.company.domain,
        "role": opportunity.role,
        "candidate_name": opportunity.candidate_name,
        "status": opportunity.status,
        "status_note": opportunity.status_note,
        "replied_at": iso(opportunity.replied_at),
        "created_at": iso(opportunity.created_at),
        "sample": opportunity.sample,
        "interviews": [
            interview_data(i) for i in opportunity.interviews.order_by("start_at", "pk")
        ],
        "replies": [
            {
                "received_at": iso(m.received_at),
                "from": m.from_addr,
                "subject": m.subject,
                "meaning": (
                    "out_of_office" if m.kind == SeenMessage.Kind.OUT_OF_OFFICE else m.category
                )
                or "other",
                "evidence": m.evidence,
                "return_date": iso(m.return_date),
            }
            for m in replies_of(opportunity)
        ],
    }


def interview_data(interview: Interview) -> dict[str, Any]:
    people = list(interview.interviewers.order_by("position", "pk"))
    position = {p.pk: index for index, p in enumerate(people)}
    return {
        "uid": str(interview.uid),
        "round": interview.round,
        "start": iso(interview.start_at),
        "end": iso(interview.end_at),
        "time_zone": interview.time_zone,
        "format": interview.format,
        "location": interview.location,
        "cancelled": interview.cancelled,
        "notes": interview.notes,
        "highlights": interview.highlights,
        "timeline_text": interview.timeline_text,
        "stated_deadline": iso(interview.stated_deadline),
        "stated_deadline_phrase": interview.stated_deadline_phrase,
        "deadline_email_at": iso(interview.deadline_email_at),
        "deadline_set_by_user": interview.deadline_set_by_user,
        "debriefed_at": iso(interview.debriefed_at),
        "import_key": interview.import_key,
        "import_sequence": interview.import_sequence,
        "interviewers": [
            {
                "name": p.name,
                "email": p.email,
                "title": p.title,
                "time_zone": p.time_zone,
                "country": p.country,
                "discussed": p.discussed,
                "away_until": iso(p.away_until),
            }
            for p in people
        ],
        "steps": [
            {
                "kind": s.kind,
                "to": position.get(s.interviewer_id),
                "state": s.state,
                "due_at": iso(s.due_at),
                "time_zone": s.time_zone,
                "reason": s.reason,
                "done_at": iso(s.done_at),
                "stop_reason": s.stop_reason,
                "subject": s.subject,
                "body": s.body,
            }
            for s in interview.steps.order_by("due_at", "pk")
        ],
    }


# --- reading an export back -----------------------------------------------------------------


def read(data: bytes, *, name: str) -> list[Incoming]:
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FileProblem(
            f"{name} is not valid JSON ({str(exc)[:120]}); was it cut short? Export again."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise FileProblem(
            f'{name} is not a Followup export (its "format" is not {FORMAT!r}); to import '
            "from another tool, use its CSV export."
        )
    version = document.get("version")
    if version != VERSION:
        raise FileProblem(
            f"{name} is an export of version {version!r}; this Followup reads version "
            f"{VERSION}. Update Followup, then import it."
        )
    opportunities = document.get("opportunities") or []
    if not isinstance(opportunities, list):
        raise FileProblem(f'{name}: "opportunities" must be a list; the file was changed.')
    records = [Incoming(where=f"{name}, profile", extra={"profile": document.get("profile")})]
    for o_index, opportunity in enumerate(opportunities, start=1):
        if not isinstance(opportunity, dict):
            records.append(
                Incoming(
                    where=f"{name}, opportunity {o_index}",
                    problem="is not an object; the file was changed.",
                )
            )
            continue
        interviews = opportunity.get("interviews") or []
        if not interviews:
            records.append(_application(opportunity, f"{name}, opportunity {o_index}"))
        for i_index, interview in enumerate(interviews, start=1):
            where = f"{name}, opportunity {o_index}, interview {i_index}"
            try:
                records.append(interview_record(opportunity, interview, where))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                records.append(
                    Incoming(
                        where=where,
                        problem=f"could not be read ({exc.__class__.__name__}: {str(exc)[:80]}); "
                        "the file was changed by hand or is damaged.",
                    )
                )
        if len(records) > MAX_RECORDS + 1:
            raise FileProblem(
                f"{name} holds more than {MAX_RECORDS:,} interviews; Followup imports up to "
                f"{MAX_RECORDS:,} at a time."
            )
    return records


def _application(opportunity: dict, where: str) -> Incoming:
    return Incoming(
        where=where,
        company=str(opportunity.get("company") or ""),
        role=str(opportunity.get("role") or ""),
        status=str(opportunity.get("status") or Opportunity.Status.APPLIED),
        extra={"opportunity": opportunity, "lacking": "an interview"},
    )


def _text(value, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{what} is not text")
    return value


def interview_record(opportunity: dict, interview: dict, where: str) -> Incoming:
    uid = str(uuid.UUID(str(interview["uid"])))
    for what, value in (
        ("the company", opportunity.get("company")),
        ("the role", opportunity.get("role")),
        ("the time zone", interview.get("time_zone")),
    ):
        if not _text(value, what):
            raise ValueError(f"{what} is missing")
    try:
        calendar.zone(interview["time_zone"])
    except calendar.UnknownZone as exc:
        raise ValueError(str(exc)) from None
    return Incoming(
        where=where,
        key=f"uid:{uid}",
        interview=InterviewInput(
            company=str(opportunity["company"]),
            role=str(opportunity["role"]),
            start=_moment(interview["start"]),
            end=_moment(interview["end"]),
            time_zone=str(interview["time_zone"]),
            format=str(interview.get("format") or Interview.Format.VIDEO),
            location=str(interview.get("location") or ""),
            round=int(interview.get("round") or 0) or None,
            # Absent from exports made before recruiters' client follow-ups: the user's own.
            candidate_name=_text(opportunity.get("candidate_name"), "the candidate's name"),
            interviewers=[
                InterviewerInput(
                    name=str(p["name"]),
                    email=str(p.get("email") or ""),
                    title=str(p.get("title") or ""),
                    time_zone=str(p.get("time_zone") or ""),
                    country=str(p.get("country") or ""),
                    discussed=str(p.get("discussed") or ""),
                )
                for p in interview.get("interviewers") or []
            ],
        ),
        extra={"opportunity": opportunity, "interview": interview, "uid": uid},
    )


def _moment(text) -> dt.datetime:
    moment = dt.datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return moment


def _date(text) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None


def restore_profile(user, data) -> str:
    """The profile settings, restored only into an account with no interviews yet: importing
    an old export into a used account must not overwrite its signature or send window."""
    if not isinstance(data, dict):
        return "the file has no profile; yours is unchanged."
    if Interview.objects.for_user(user).exists():
        return "your account already has interviews, so your profile settings are unchanged."
    profile = actions.ensure_profile(user)
    for name in PROFILE_FIELDS:
        if name in data and data[name] is not None:
            setattr(profile, name, data[name])
    for name in ("window_start", "window_end"):
        if data.get(name):
            setattr(profile, name, dt.time.fromisoformat(str(data[name])))
    actions._full_clean(profile, exclude=("user",))
    profile.save()
    return (
        "profile settings restored (name, email, signature, zone, country, send window, "
        "stand-out points)."
    )


def restore_interview(interview: Interview, extra: dict) -> None:
    """What an InterviewInput does not carry: the debrief, the deadline, what was sent, the
    outcome. Called inside the import's savepoint, after the interview was created."""
    data, opportunity_data = extra["interview"], extra["opportunity"]
    import_key = str(data.get("import_key") or "")[:300]
    taken = Interview.objects.filter(owner=interview.owner, import_key=import_key)
    if import_key and taken.exists():
        import_key = ""  # the same invitation was added here already: that one keeps its key
    sequence = data.get("import_sequence")
    Interview.objects.filter(pk=interview.pk).update(
        uid=extra["uid"],
        import_key=import_key,
        import_sequence=sequence if isinstance(sequence, int) else None,
    )
    texts = {name: str(data.get(name) or "") for name in ("notes", "highlights", "timeline_text")}
    if any(texts.values()):
        actions.debrief(interview, **texts)
    interview.refresh_from_db()
    deadline = _date(data.get("stated_deadline"))
    interview.stated_deadline = deadline
    interview.stated_deadline_phrase = str(data.get("stated_deadline_phrase") or "")[:300]
    interview.deadline_set_by_user = bool(data.get("deadline_set_by_user"))
    email_at = data.get("deadline_email_at")
    interview.deadline_email_at = _moment(email_at) if email_at else None
    debriefed = data.get("debriefed_at")
    interview.debriefed_at = _moment(debriefed) if debriefed else None
    interview.cancelled = bool(data.get("cancelled"))
    interview.save()
    people = list(interview.interviewers.order_by("position", "pk"))
    for person, saved in zip(people, data.get("interviewers") or [], strict=False):
        away = _date(saved.get("away_until"))
        if away:
            person.away_until = away
            person.save(update_fields=["away_until"])
    for saved in data.get("steps") or []:
        edited = saved.get("subject") or saved.get("body")
        if saved.get("state") != Step.State.DONE and not edited:
            continue
        to = saved.get("to")
        step = interview.steps.filter(
            kind=saved.get("kind"),
            interviewer=people[to] if isinstance(to, int) and 0 <= to < len(people) else None,
        ).first()
        if step is None:
            continue
        step.subject = str(saved.get("subject") or "")[:300]
        step.body = str(saved.get("body") or "")
        if saved.get("state") == Step.State.DONE:
            step.state = Step.State.DONE
            step.done_at = _moment(saved["done_at"]) if saved.get("done_at") else timezone.now()
            step.stop_reason = ""
        step.save()
    opportunity = interview.opportunity
    status = str(opportunity_data.get("status") or "")
    if status in Opportunity.Status.values:
        opportunity.status = status
    opportunity.status_note = str(opportunity_data.get("status_note") or "")[:300]
    replied = opportunity_data.get("replied_at")
    if replied:
        opportunity.replied_at = max(_moment(replied), opportunity.replied_at or _moment(replied))
    opportunity.save()
    from followup.shell.planning import replan_opportunity

    replan_opportunity(opportunity)
