"""Apply what a file holds: add, update or cancel interviews, or say why not.

Each record is applied in its own savepoint: a refused record is reported and the rest go on,
and nothing of a refused record stays. A preview (`dry_run`) runs the very same code inside a
transaction that is then rolled back, so it can never promise what the import would not do.
Importing the same file twice changes nothing: records are matched by their `import_key`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import DatabaseError, transaction

from followup.shell import actions, formatting, limits
from followup.shell.actions import InterviewerInput
from followup.shell.models import Company, Interview, Opportunity
from followup.shell.transfer.ics_reader import NO_COMPANY
from followup.shell.transfer.incoming import Incoming, first_line

ADD, UPDATE, CANCEL, SKIP, REFUSE = "add", "update", "cancel", "skip", "refuse"


@dataclass
class Outcome:
    where: str
    action: str  # add, update, cancel, skip, refuse
    what: str  # the interview in words
    why: str  # the reason, for the preview and the report
    interview_id: int | None = None

    def as_dict(self) -> dict:
        return {
            "where": self.where,
            "action": self.action,
            "what": self.what,
            "why": self.why,
            "interview": self.interview_id,
        }


class _Rollback(Exception):
    pass


def run(user, records: Iterable[Incoming], *, dry_run: bool = False) -> list[Outcome]:
    """Apply one file's records (see `run_files`)."""
    return run_files(user, [records], dry_run=dry_run)[0]


def run_files(
    user, batches: list[Iterable[Incoming]], *, dry_run: bool = False
) -> list[list[Outcome]]:
    """Apply several files' records, in order, as one import.

    A real import commits record by record: SQLite's one write lock is held for one record
    at a time (milliseconds), never for a whole file, so the worker and other users go on
    meanwhile; an interrupted import keeps what it did, and running it again (it changes
    nothing twice) finishes it. A preview applies everything in one transaction and rolls
    it back, so what it shows is exactly what the import would do, across all the files.
    A cancellation met before its invitation (the files in another order) is remembered.
    """
    cancelled: dict[str, int] = {}
    results: list[list[Outcome]] = []
    try:
        with transaction.atomic() if dry_run else contextlib.nullcontext():
            for records in batches:
                results.append([_one(user, record, cancelled) for record in records])
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return results


def summary(outcomes: list[Outcome]) -> dict[str, int]:
    counts = {ADD: 0, UPDATE: 0, CANCEL: 0, SKIP: 0, REFUSE: 0}
    for outcome in outcomes:
        counts[outcome.action] += 1
    return counts


def _one(user, record: Incoming, cancelled: dict[str, int]) -> Outcome:
    try:
        what = describe(record)
    except Exception:  # an unknown zone, a value of the wrong type: said below, per record
        what = ""
    if record.cancel and record.key:
        cancelled[record.key] = max(record.sequence or 0, cancelled.get(record.key, 0))
    elif record.key in cancelled and (record.sequence or 0) < cancelled[record.key]:
        return Outcome(
            record.where,
            SKIP,
            what,
            "cancelled by a later invitation (SEQUENCE "
            f"{cancelled[record.key]}) in what you imported.",
        )
    existing = find_existing(user, record.key)
    # An update of an interview already here needs no company: it keeps the one it has.
    if record.problem and not (existing is not None and record.problem == NO_COMPANY):
        return Outcome(record.where, REFUSE, what, record.problem)
    if "profile" in record.extra:
        from followup.shell.transfer import json_backup

        with transaction.atomic():
            try:
                why = json_backup.restore_profile(user, record.extra["profile"])
            except actions.ActionError as exc:
                return Outcome(record.where, REFUSE, "your profile", str(exc))
        return Outcome(record.where, UPDATE if "restored" in why else SKIP, "your profile", why)
    try:
        with transaction.atomic():
            if record.interview is None and not record.cancel:
                return _application(user, record)
            if record.cancel:
                return _cancel(record, existing, what)
            if existing is not None:
                return _update(record, existing, what)
            return _add(user, record, what)
    except actions.ActionError as exc:
        return Outcome(record.where, REFUSE, what, str(exc))
    except (DatabaseError, ValueError, TypeError, KeyError, AttributeError, LookupError) as exc:
        # A hand-edited export, a value the database refuses: this record is refused (its
        # savepoint rolled back) and the rest of the file goes on.
        return Outcome(
            record.where,
            REFUSE,
            what,
            f"could not be saved ({exc.__class__.__name__}: {first_line(exc)}); fix it in the "
            "file, or "
            "add it by hand.",
        )


def find_existing(user, key: str) -> Interview | None:
    if not key:
        return None
    interviews = Interview.objects.for_user(user)
    if key.startswith("uid:"):  # a Followup export: the interview's own identity
        return interviews.filter(uid=key[4:]).first()
    return interviews.filter(import_key=key).first()


def _application(user, record: Incoming) -> Outcome:
    """A tracker's row with no interview yet: the application, so the interview added later
    (by hand or from an invitation) joins it."""
    what = f"{record.role} at {record.company}"
    for label, value in (("The company", record.company), ("The role", record.role)):
        problem = limits.line_problem(label, value, limits.NAME_CHARS)
        if problem or not value.strip():
            return Outcome(record.where, REFUSE, what, problem or "has no company or no role.")
    lacking = record.extra.get("lacking", "an interview")
    # A Followup export's application may be a recruiter's, about a candidate a client met.
    candidate = record.extra.get("opportunity", {}).get("candidate_name")
    candidate = candidate.strip()[: limits.NAME_CHARS] if isinstance(candidate, str) else ""
    company = Company.objects.filter(owner=user, name=record.company.strip()).first()
    if company is not None:
        found = Opportunity.objects.for_user(user).filter(
            company=company, role__iexact=record.role.strip(), candidate_name__iexact=candidate
        )
        if found.exists():
            return Outcome(
                record.where, SKIP, what, "already in Followup.", _first_interview(found.first())
            )
    else:
        company = Company.objects.create(owner=user, name=record.company.strip())
    status = record.status if record.status in Opportunity.Status.values else "applied"
    Opportunity.objects.create(
        owner=user,
        company=company,
        role=record.role.strip(),
        status=status,
        candidate_name=candidate,
    )
    return Outcome(
        record.where,
        ADD,
        what,
        f"added as an application ({status.replace('_', ' ')}); without {lacking}, "
        "nothing is planned until you add its interview.",
    )


def _first_interview(opportunity: Opportunity) -> int | None:
    first = opportunity.interviews.order_by("start_at").first()
    return first.pk if first else None


def _cancel(record: Incoming, existing: Interview | None, what: str) -> Outcome:
    if existing is None:
        return Outcome(record.where, SKIP, what, "cancels an interview that is not in Followup.")
    what = _describe_saved(existing)
    if existing.cancelled:
        return Outcome(record.where, SKIP, what, "already cancelled.", existing.pk)
    if _older(record, existing):
        return Outcome(
            record.where,
            SKIP,
            what,
            "an older cancellation: the interview was invited again since.",
            existing.pk,
        )
    actions.set_cancelled(existing)
    _keep_sequence(existing, record.sequence)
    return Outcome(
        record.where, CANCEL, what, "the invitation was cancelled: its notes stop.", existing.pk
    )


def _update(record: Incoming, existing: Interview, what: str) -> Outcome:
    data = record.interview
    newer = (
        record.sequence is not None
        and existing.import_sequence is not None
        and record.sequence > existing.import_sequence
    )
    moved = data is not None and (
        data.start != existing.start_at
        or data.end != existing.end_at
        or data.time_zone != existing.time_zone
    )
    if record.sequence is not None and existing.import_sequence is not None and not newer:
        return Outcome(
            record.where,
            SKIP,
            what,
            "already imported (the same invitation or an older one).",
            existing.pk,
        )
    if data is None or not (moved or newer):
        return Outcome(record.where, SKIP, what, "already imported, unchanged.", existing.pk)
    before = formatting.when(existing.start_at, existing.time_zone, year=True)
    # The people already listed stay (a note sent to one is history); new attendees join.
    people = [
        InterviewerInput(
            id=p.pk,
            name=p.name,
            email=p.email,
            title=p.title,
            time_zone=p.time_zone,
            country=p.country,
        )
        for p in existing.interviewers.order_by("position", "pk")
    ]
    known = {p.email.lower() for p in people if p.email} | {p.name.casefold() for p in people}
    people += [
        p
        for p in data.interviewers
        if (p.email.lower() or "\0") not in known and p.name.casefold() not in known
    ]
    data.interviewers = people[: limits.MAX_INTERVIEWERS]
    # What the user may have corrected (the company, the role read from a title) stays theirs.
    data.company = existing.opportunity.company.name
    data.role = existing.opportunity.role
    data.candidate_name = None  # the candidate a client interviewed: as saved
    actions.update_interview(existing, data)
    _keep_sequence(existing, record.sequence)
    why = f"moved from {before}; its notes are re-planned." if moved else "updated invitation."
    if existing.cancelled:
        # Whoever cancelled it (the user, or an earlier invitation), it stays cancelled until
        # the user says otherwise: an invitation never reopens what was closed.
        why += " It stays cancelled: undo the cancellation on its page if it is back on."
    return Outcome(record.where, UPDATE, what, why, existing.pk)


def _older(record: Incoming, existing: Interview) -> bool:
    return (
        record.sequence is not None
        and existing.import_sequence is not None
        and record.sequence < existing.import_sequence
    )


def _add(user, record: Incoming, what: str) -> Outcome:
    interview = actions.create_interview(user, record.interview)
    if "interview" in record.extra:  # a Followup export: everything else it carries
        from followup.shell.transfer import json_backup

        json_backup.restore_interview(interview, record.extra)
        interview.refresh_from_db()
        return Outcome(record.where, ADD, what, _restored(interview), interview.pk)
    if record.key.startswith("uid:"):  # Followup's own CSV: the interview keeps its identity
        interview.uid = record.key[4:]
    else:
        interview.import_key = record.key
    interview.import_sequence = record.sequence
    interview.save(update_fields=["uid", "import_key", "import_sequence"])
    why = "new interview; its thank-you and follow-up are planned."
    if record.notes:
        actions.debrief(interview, notes=record.notes)
    if record.status and record.status != Opportunity.Status.INTERVIEWING:
        actions.record_outcome(interview.opportunity, record.status)
        why = f"new interview, recorded as {record.status.replace('_', ' ')}: nothing to send."
    if record.zone_note:
        why += f" Note: {record.zone_note}"
    return Outcome(record.where, ADD, what, why, interview.pk)


def _restored(interview: Interview) -> str:
    steps = list(interview.steps.all())
    sent = sum(1 for s in steps if s.state == "done")
    planned = sum(1 for s in steps if s.state == "planned")
    return f"restored: {sent} note(s) sent, {planned} planned."


def _keep_sequence(interview: Interview, sequence: int | None) -> None:
    if sequence is not None:
        Interview.objects.filter(pk=interview.pk).update(import_sequence=sequence)


def describe(record: Incoming) -> str:
    data = record.interview
    if data is None:
        return ""
    people = ", ".join(p.name for p in data.interviewers[:3])
    more = f" and {len(data.interviewers) - 3} more" if len(data.interviewers) > 3 else ""
    return (
        f"{data.role} at {data.company}, {formatting.when(data.start, data.time_zone, year=True)}"
        + (f", with {people}{more}" if people else "")
    )


def _describe_saved(interview: Interview) -> str:
    opportunity = interview.opportunity
    return (
        f"{opportunity.role} at {opportunity.company.name}, "
        f"{formatting.when(interview.start_at, interview.time_zone, year=True)}"
    )
