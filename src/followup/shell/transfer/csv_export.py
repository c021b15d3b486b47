"""Interviews and notes as CSV a spreadsheet opens safely.

Cells that a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first)
are neutralised by `defusedcsv`: a company named "=HYPERLINK(...)" stays text. UTF-8 throughout;
`bom=True` adds the byte-order mark Excel needs to read UTF-8. The interviews table is what the
"followup" CSV preset reads back.
"""

from __future__ import annotations

from collections.abc import Iterator

from defusedcsv import csv

from followup.core import calendar
from followup.shell.models import Interview, Step

INTERVIEW_COLUMNS = (
    "interview_uid company role status round start end time_zone format location "
    "interviewers stated_deadline cancelled"
).split()
STEP_COLUMNS = (
    "step_id interview_uid company role kind to to_email state due time_zone reason done_at "
    "stop_reason"
).split()


class _Line:
    """A file-like object that hands back what the csv writer wrote, one row at a time."""

    def write(self, text: str) -> str:
        return text


def _local(moment, zone_name: str) -> str:
    if moment is None:
        return ""
    return moment.astimezone(calendar.zone(zone_name)).isoformat(timespec="minutes")


def _person(name: str, email: str) -> str:
    """'Dana Reyes <dana@acme.com>', as the importer reads it back (names as written, never
    MIME-encoded; quoted when they hold a separator)."""
    if any(mark in name for mark in ';,<>"'):
        name = '"' + name.replace('"', "'") + '"'
    return f"{name} <{email}>" if email else name


def interview_rows(user) -> Iterator[list]:
    interviews = (
        Interview.objects.for_user(user)
        .select_related("opportunity__company")
        .prefetch_related("interviewers")
        .order_by("start_at", "pk")
    )
    for interview in interviews.iterator(chunk_size=500):
        opportunity = interview.opportunity
        yield [
            interview.uid,
            opportunity.company.name,
            opportunity.role,
            opportunity.status,
            interview.round,
            _local(interview.start_at, interview.time_zone),
            _local(interview.end_at, interview.time_zone),
            interview.time_zone,
            interview.format,
            interview.location,
            "; ".join(_person(p.name, p.email) for p in interview.interviewers.all()),
            interview.stated_deadline.isoformat() if interview.stated_deadline else "",
            "yes" if interview.cancelled else "",
        ]


def step_rows(user) -> Iterator[list]:
    steps = (
        Step.objects.for_user(user)
        .select_related("interview__opportunity__company", "interviewer")
        .order_by("due_at", "pk")
    )
    for step in steps.iterator(chunk_size=500):
        opportunity = step.interview.opportunity
        yield [
            step.pk,
            step.interview.uid,
            opportunity.company.name,
            opportunity.role,
            step.kind,
            step.interviewer.name if step.interviewer else "",
            step.interviewer.email if step.interviewer else "",
            step.state,
            _local(step.due_at, step.time_zone),
            step.time_zone,
            step.reason,
            step.done_at.isoformat(timespec="minutes") if step.done_at else "",
            step.stop_reason,
        ]


def lines(user, table: str = "interviews", *, bom: bool = False) -> Iterator[str]:
    """The CSV text, streamed (a web response or a file writes it as it comes)."""
    columns, rows = (
        (STEP_COLUMNS, step_rows(user))
        if table == "steps"
        else (INTERVIEW_COLUMNS, interview_rows(user))
    )
    writer = csv.writer(_Line())
    if bom:
        yield "\ufeff"
    yield writer.writerow(columns)
    for row in rows:
        yield writer.writerow(row)
