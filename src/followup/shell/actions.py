"""What a user can do, written once for the web UI and the command line.

Each action validates its input, writes in one transaction and re-plans what it affects.
Errors are `ActionError` with one sentence that says what to fix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from followup.core import calendar
from followup.shell import limits
from followup.shell.models import Company, Interview, Interviewer, Opportunity, Profile, Step
from followup.shell.planning import profile_defaults, replan, replan_opportunity
from followup.shell.team import audit


class ActionError(Exception):
    """Bad input from the user, said in one sentence."""


class StaleEdit(ActionError):
    """The record changed (another tab, another device) since the user's page was loaded."""


def _claim_version(instance, expected: int | None, what: str) -> None:
    """Count one more edit of the record, if it is still the version the user saw.

    Call inside the transaction that saves the edit. `expected=None` (the CLI, which always
    reads the current record first) skips the check but still counts the edit.
    """
    from django.db.models import F

    model = type(instance)
    rows = model.objects.filter(pk=instance.pk)
    if expected is not None:
        rows = rows.filter(version=expected)
    if rows.update(version=F("version") + 1) != 1:
        if not model.objects.filter(pk=instance.pk).exists():
            raise ActionError(
                f"This {what} was deleted in another tab or window; nothing was saved. Copy "
                "your text from this page if you want to keep it."
            )
        raise StaleEdit(
            f"This {what} was changed in another tab or window after you opened this page; "
            "your text is kept below, next to the saved one. Save again to keep yours."
        )
    instance.version = model.objects.values_list("version", flat=True).get(pk=instance.pk)


@dataclass
class InterviewerInput:
    name: str
    email: str = ""
    title: str = ""
    time_zone: str = ""
    country: str = ""
    discussed: str = ""
    id: int | None = None  # an interviewer already saved (from the edit form)


@dataclass
class InterviewInput:
    company: str
    role: str
    start: dt.datetime  # aware
    end: dt.datetime  # aware
    time_zone: str
    format: str = Interview.Format.VIDEO
    location: str = ""
    round: int | None = None
    interviewers: list[InterviewerInput] = field(default_factory=list)
    # A recruiter's follow-up with a client: the candidate the client interviewed. None leaves
    # it as it is (an edit from a form without the field); "" is the user's own interview.
    candidate_name: str | None = None


def _check_input(data: InterviewInput) -> None:
    """Everything about the input that can be said before touching the database: lengths,
    line breaks (never to reach a mail header), the number of people, dates the planner
    can count from."""
    if len(data.interviewers) > limits.MAX_INTERVIEWERS:
        raise ActionError(
            f"{len(data.interviewers):,} interviewers is more than an interview has; "
            f"list up to {limits.MAX_INTERVIEWERS}, the people you will thank."
        )
    fields = [
        ("The company", data.company, limits.NAME_CHARS),
        ("The role", data.role, limits.NAME_CHARS),
        ("The location", data.location, limits.LOCATION_CHARS),
        ("The candidate's name", data.candidate_name or "", limits.NAME_CHARS),
    ]
    for person in data.interviewers:
        who = (person.name or "").strip()[:40] or "an interviewer"
        fields += [
            ("An interviewer's name", person.name, limits.NAME_CHARS),
            (f"The email address of {who}", person.email, limits.EMAIL_CHARS),
            (f"The title of {who}", person.title, limits.NAME_CHARS),
            (f"The time zone of {who}", person.time_zone, 64),
            (f"The country of {who}", person.country, 2),
        ]
    for label, value, max_chars in fields:
        problem = limits.line_problem(label, value, max_chars)
        if problem:
            raise ActionError(problem)
    for label, moment in (("The start", data.start), ("The end", data.end)):
        problem = limits.moment_problem(label, moment)
        if problem:
            raise ActionError(problem)
    if data.end - data.start > limits.LONGEST_INTERVIEW:
        raise ActionError("The interview lasts more than a day; check the start and the end.")


def _full_clean(instance, exclude: tuple[str, ...] = ()) -> None:
    try:
        instance.full_clean(exclude=list(exclude))
    except ValidationError as exc:
        messages = []
        for name, errors in exc.message_dict.items():
            label = "" if name == "__all__" else f"{name.replace('_', ' ')}: "
            messages.extend(f"{label}{error}" for error in errors)
        raise ActionError("; ".join(messages)) from None


def ensure_profile(user) -> Profile:
    profile, _ = Profile.objects.get_or_create(
        user=user,
        defaults={"full_name": user.get_full_name(), "email": user.email, **profile_defaults()},
    )
    return profile


@transaction.atomic
def create_interview(user, data: InterviewInput) -> Interview:
    _check_input(data)
    if not data.company.strip() or not data.role.strip():
        raise ActionError("Give the company and the role.")
    if not data.interviewers:
        raise ActionError("Name at least one interviewer, so we know whom to thank.")
    try:
        calendar.zone(data.time_zone)
    except calendar.UnknownZone as exc:
        raise ActionError(str(exc).capitalize() + ".") from None
    company, _ = Company.objects.get_or_create(owner=user, name=data.company.strip())
    # A recruiter's client interviews several of their candidates for one role: one
    # opportunity per candidate, each with its own notes.
    candidate = (data.candidate_name or "").strip()
    opportunity = (
        Opportunity.objects.for_user(user)
        .filter(company=company, role__iexact=data.role.strip(), candidate_name__iexact=candidate)
        .first()
    )
    if opportunity is None:
        opportunity = Opportunity.objects.create(
            owner=user, company=company, role=data.role.strip(), candidate_name=candidate
        )
    elif opportunity.status == Opportunity.Status.APPLIED:
        opportunity.status = Opportunity.Status.INTERVIEWING
        opportunity.save(update_fields=["status", "updated_at"])
    round_number = data.round or opportunity.interviews.count() + 1
    interview = Interview(
        owner=user,
        opportunity=opportunity,
        round=round_number,
        start_at=data.start,
        end_at=data.end,
        time_zone=data.time_zone,
        format=data.format,
        location=data.location,
    )
    _full_clean(interview, exclude=("owner", "opportunity"))
    interview.save()
    _save_interviewers(user, interview, data.interviewers)
    replan_opportunity(opportunity)
    audit.record(user, "added interview", "Added an interview", target=f"interview:{interview.pk}")
    return interview


@transaction.atomic
def update_interview(
    interview: Interview, data: InterviewInput, *, expected_version: int | None = None
) -> Interview:
    _check_input(data)
    _claim_version(interview, expected_version, "interview")
    interview.start_at = data.start
    interview.end_at = data.end
    interview.time_zone = data.time_zone
    interview.format = data.format
    interview.location = data.location
    if data.round:
        interview.round = data.round
    opportunity = interview.opportunity
    if data.role.strip() and data.role.strip() != opportunity.role:
        opportunity.role = data.role.strip()
        opportunity.save(update_fields=["role", "updated_at"])
    candidate = data.candidate_name
    if candidate is not None and candidate.strip() != opportunity.candidate_name:
        opportunity.candidate_name = candidate.strip()
        opportunity.save(update_fields=["candidate_name", "updated_at"])
    if data.company.strip() and data.company.strip() != opportunity.company.name:
        # A typo fixed, or the right company at last: the opportunity moves to that company.
        company, _ = Company.objects.get_or_create(owner=interview.owner, name=data.company.strip())
        opportunity.company = company
        opportunity.save(update_fields=["company", "updated_at"])
    _full_clean(interview, exclude=("owner", "opportunity"))
    interview.save()
    if data.interviewers:
        _save_interviewers(interview.owner, interview, data.interviewers)
    replan_opportunity(opportunity)
    return interview


def _save_interviewers(user, interview: Interview, people: list[InterviewerInput]) -> None:
    """Save the list as given: each row is matched to the interviewer it was (by id, else by
    email, else by name), so steps already sent stay with the right person."""
    current = list(interview.interviewers.all())
    by_id = {p.pk: p for p in current}
    by_email = {p.email.lower(): p for p in current if p.email}
    by_name = {p.name.casefold(): p for p in current}
    kept: set[int] = set()
    for position, person in enumerate(people):
        if not person.name.strip():
            raise ActionError(f"Interviewer {position + 1} needs a name.")
        interviewer = (
            by_id.get(person.id or 0)
            or by_email.get(person.email.strip().lower() or "\0")
            or by_name.get(person.name.strip().casefold())
        )
        if interviewer is None or interviewer.pk in kept:
            interviewer = Interviewer(owner=user, interview=interview)
        interviewer.position = position
        interviewer.name = person.name.strip()
        interviewer.email = person.email.strip()
        interviewer.title = person.title.strip()
        interviewer.time_zone = person.time_zone.strip()
        interviewer.country = person.country.strip().upper()
        if person.discussed or interviewer.pk is None:
            interviewer.discussed = person.discussed.strip()
        _full_clean(interviewer, exclude=("owner", "interview"))
        interviewer.save()
        kept.add(interviewer.pk)
    for removed in current:
        if removed.pk not in kept:
            removed.delete()


def debrief(
    interview: Interview,
    *,
    notes: str | None = None,
    highlights: str | None = None,
    timeline_text: str | None = None,
    deadline: dt.date | None = None,
    clear_deadline: bool = False,
    discussed: dict[int, str] | None = None,
    expected_version: int | None = None,
    reread_deadline: bool = False,
) -> Interview:
    """Record what happened. A typed deadline wins over one read from the timeline text.

    The timeline is read before the transaction opens: reading a long paste takes a while, and
    on SQLite an open write transaction holds up every other user's save.
    """
    # (A follow-up planned from 31 December 9999 overflows the calendar.)
    problem = limits.moment_problem("The decision date", deadline) if deadline else None
    if problem:
        raise ActionError(problem)
    texts = {"notes": notes, "highlights": highlights, "timeline_text": timeline_text}
    discussed = {
        pk: _debrief_text("What you discussed", text) for pk, text in (discussed or {}).items()
    }
    for name, value in texts.items():
        if value is not None:
            label = DEBRIEF_LABELS[name]
            setattr(interview, name, _debrief_text(label, value))
    typed_deadline = deadline is not None or clear_deadline
    if typed_deadline:
        interview.stated_deadline = deadline
        interview.stated_deadline_phrase = ""
        interview.deadline_set_by_user = True
        interview.deadline_email_at = None
    if not interview.deadline_set_by_user:
        read_deadline(interview)
    interview.debriefed_at = timezone.now()
    fields = ["notes", "highlights", "timeline_text", "debriefed_at", "updated_at"]
    with transaction.atomic():
        _claim_version(interview, expected_version, "debrief")
        # Whatever the worker or another tab wrote meanwhile (a deadline from their email, a
        # cancellation) stays: only what this debrief decides is written.
        current = Interview.objects.get(pk=interview.pk)
        if (
            typed_deadline
            or reread_deadline
            or (not current.deadline_set_by_user and current.deadline_email_at is None)
        ):
            fields += [
                "stated_deadline",
                "stated_deadline_phrase",
                "deadline_set_by_user",
                "deadline_email_at",
            ]
        interview.save(update_fields=fields)
        interview.refresh_from_db()
        for interviewer_id, text in discussed.items():
            interview.interviewers.filter(pk=interviewer_id).update(discussed=text)
        replan(interview)
    return interview


DEBRIEF_LABELS = {
    "notes": "What was discussed",
    "highlights": "What you said that stood out",
    "timeline_text": "The timeline they gave",
}


def _debrief_text(label: str, value: str) -> str:
    problem = limits.text_problem(label, value, limits.DEBRIEF_CHARS)
    if problem:
        raise ActionError(problem)
    return limits.clean_text(value).strip()


def read_deadline(interview: Interview) -> None:
    """Read the stated timeline from the debrief, as said at the end of the interview."""
    if interview.deadline_email_at is not None:
        return  # their email came after the interview: it is the newer word
    interview.stated_deadline = None
    interview.stated_deadline_phrase = ""
    text = interview.timeline_text or interview.notes
    if not text:
        return
    try:
        from followup.core.timeline import read_timeline
    except ImportError:  # the reader ships with issue 3
        return
    zone_name = interview.time_zone
    said_at = interview.end_at.astimezone(calendar.zone(zone_name))
    reading = read_timeline(text, said_at, zone_name)
    if reading is not None:
        interview.stated_deadline = reading.deadline
        interview.stated_deadline_phrase = reading.phrase[:300]


def use_read_deadline(interview: Interview) -> Interview:
    """Undo a manual correction: go back to what the reader finds in the text."""
    interview.deadline_set_by_user = False
    interview.deadline_email_at = None
    return debrief(interview, reread_deadline=True)


def save_note(step: Step, subject: str, body: str, *, expected_version: int | None = None) -> Step:
    """Keep the user's edit of a note ('' and '' go back to the suggested draft)."""
    problem = limits.line_problem("The subject", subject, limits.SUBJECT_CHARS) or (
        limits.text_problem("The message", body, limits.NOTE_CHARS)
    )
    if problem:
        raise ActionError(problem)
    with transaction.atomic():
        _claim_version(step, expected_version, "draft")
        step.subject, step.body = subject.strip(), limits.clean_text(body)
        step.save(update_fields=["subject", "body", "updated_at"])
    audit.record(
        step.owner,
        "edited draft",
        f"Edited the draft of a {step.get_kind_display().lower()}",
        target=f"step:{step.pk}",
    )
    return step


def _named(step: Step) -> str:
    """The step as the user knows it, in a message: "The thank-you to Priya Shah (step 12)"
    (the number alone meant nothing on a web page; the command line takes it)."""
    to = f" to {step.interviewer}" if step.interviewer_id else ""
    return f"The {step.get_kind_display().lower()}{to} (step {step.pk})"


def mark_done(step: Step, when: dt.datetime | None = None) -> Step:
    """Record that the user sent this note. Two clicks (or two tabs) record it once."""
    when = when or timezone.now()
    with transaction.atomic():
        # Compare-and-set: only a step still unsent flips; the row count says who won.
        # Unlike select_for_update, this is also correct on SQLite.
        changed = (
            Step.objects.filter(pk=step.pk)
            .exclude(state=Step.State.DONE)
            .update(state=Step.State.DONE, done_at=when, stop_reason="", updated_at=timezone.now())
        )
        if changed != 1:
            raise ActionError(f"{_named(step)} is already marked as sent.")
        replan(step.interview)
    step.refresh_from_db()
    audit.record(
        step.owner,
        "marked sent",
        f"Marked a {step.get_kind_display().lower()} as sent",
        target=f"step:{step.pk}",
    )
    return step


@transaction.atomic
def undo_done(step: Step) -> Step:
    if step.state != Step.State.DONE:
        raise ActionError(f"{_named(step)} is not marked as sent.")
    if step.outbox.filter(mode="send", state="done").exists():
        raise ActionError(f"{_named(step)} was sent by Followup; a sent email cannot be unsent.")
    step.state = Step.State.PLANNED
    step.done_at = None
    step.save()
    replan(step.interview)
    step.refresh_from_db()
    return step


@transaction.atomic
def record_outcome(opportunity: Opportunity, status: str, note: str = "") -> Opportunity:
    if status not in Opportunity.Status.values:
        choices = ", ".join(Opportunity.Status.values)
        raise ActionError(f"Unknown outcome {status!r}; choose one of: {choices}.")
    opportunity.status = status
    opportunity.status_note = note.strip()[:300]
    opportunity.status_from_reply = None  # the user's word: no reply changes it from here on
    opportunity.save()
    replan_opportunity(opportunity)
    audit.record(
        opportunity.owner,
        "recorded outcome",
        "Recorded an outcome",
        target=f"opportunity:{opportunity.pk}",
    )
    return opportunity


@transaction.atomic
def set_cancelled(interview: Interview, cancelled: bool = True) -> Interview:
    interview.cancelled = cancelled
    interview.save()
    replan_opportunity(interview.opportunity)
    return interview
