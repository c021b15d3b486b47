"""Interview invitations noticed in the inbox.

A new invitation is offered on the dashboard ("New interview found in your inbox: Add /
Ignore"); nothing is added silently. An update or a cancellation of an interview that was
added from an invitation (or imported from its .ics) is applied at once, through the same
importer, and shown on the dashboard so the user sees what moved.
"""

from __future__ import annotations

import logging
import re

from django.db import transaction

from followup.shell import actions
from followup.shell.mailbox.classify import domain_of
from followup.shell.models import FoundInvitation, Interview
from followup.shell.transfer import files, ics_reader, importer
from followup.shell.transfer.incoming import FileProblem, Incoming

log = logging.getLogger("followup.worker")

MAX_CALENDAR_BYTES = 256 * 1024  # what the sync fetches of a message at most
# A meeting that is about a job; a team's weekly sync or a dentist's appointment is not offered.
INTERVIEWISH = re.compile(
    r"interview|screen(ing)?\b|recruit|hiring|talent|candidate|onsite|on-site|"
    r"meet the team|technical (call|chat|round)|final round|\bpanel\b|entretien|"
    r"vorstellungsgespr|bewerbungsgespr|colloquio|entrevista|sollicitatiegesprek|面接",
    re.IGNORECASE,
)


def notice(account, seen, message) -> None:
    """Look at a synced message's calendar part, if it has one."""
    data = bytes(message.calendar or b"")[:MAX_CALENDAR_BYTES]
    if not data:
        return
    user = account.owner
    profile = actions.ensure_profile(user)
    try:
        records = ics_reader.read_ics(
            data,
            name="the invitation",
            me=files.me(user, profile),
            fallback_zone=profile.time_zone,
        )
    except FileProblem:
        return  # not a calendar we can read: the message is still a message
    text = data.decode("utf-8", "replace")
    for record in records:
        with transaction.atomic():
            _one(user, seen, record, message.subject or "", text, message.from_addr or "")


def _one(user, seen, record: Incoming, subject: str, text: str, sender: str) -> None:
    if record.method in ("REPLY", "COUNTER", "REFRESH", "DECLINECOUNTER"):
        return  # an attendee's answer to an invitation, not an invitation
    existing = importer.find_existing(user, record.key)
    if existing is not None:
        if not _from_their_side(existing, record, sender):
            return  # only the company's side moves or cancels an interview by mail
        outcome = importer.run(user, [record])[0]
        if outcome.action in (importer.UPDATE, importer.CANCEL):
            FoundInvitation.objects.create(
                owner=user,
                seen=seen,
                key=record.key,
                sequence=record.sequence,
                state=FoundInvitation.State.APPLIED,
                summary=outcome.what[:500],
                note=_sentence(outcome.action, outcome.why),
                calendar=text,
                interview=existing,
            )
        return
    if record.cancel or (record.problem and record.problem != ics_reader.NO_COMPANY):
        return  # a cancellation of something never added; an all-day or repeating event
    if not INTERVIEWISH.search(subject) and not INTERVIEWISH.search(text):
        return
    offered = FoundInvitation.objects.filter(owner=user, key=record.key).first()
    summary = importer.describe(record)[:500]
    if offered is not None:
        newer = (record.sequence or 0) > (offered.sequence or 0)
        if offered.state == FoundInvitation.State.OFFERED and newer:
            # Moved before the user answered: offer the latest version.
            offered.sequence, offered.summary, offered.calendar = record.sequence, summary, text
            offered.save(update_fields=["sequence", "summary", "calendar"])
        return
    FoundInvitation.objects.create(
        owner=user,
        seen=seen,
        key=record.key,
        sequence=record.sequence,
        summary=summary,
        note=record.problem,
        calendar=text,
    )


def _from_their_side(interview: Interview, record: Incoming, sender: str) -> bool:
    """The organiser or the sender is one of the interview's people, or shares their company's
    domain (never a mail service's: anyone has a gmail.com address). An invitation that merely
    carries the same UID, from anyone else, changes nothing."""
    emails = {p.email.lower() for p in interview.interviewers.all() if p.email}
    senders = {record.organizer.lower(), sender.lower()} - {""}
    if emails & senders:
        return True
    domains = {domain_of(e) for e in emails} - set(ics_reader.SERVICE_DOMAINS) - {""}
    return bool(domains & {domain_of(a) for a in senders})


def _sentence(action: str, why: str) -> str:
    lead = "Cancelled by the organiser" if action == importer.CANCEL else "Updated"
    return f"{lead}: {why}"[:500]


class InvitationError(Exception):
    pass


@transaction.atomic
def add(invitation: FoundInvitation, company: str = "") -> Interview:
    """The user said Add: import the offered invitation, as `followup import` would."""
    if invitation.state != FoundInvitation.State.OFFERED:
        raise InvitationError("This invitation was already answered.")
    user = invitation.owner
    records = files.records(
        user, "invitation.ics", invitation.calendar.encode(), files.Options(company=company)
    )
    record = next((r for r in records if r.key == invitation.key), None)
    if record is None:
        raise InvitationError("The invitation can no longer be read; add the interview by hand.")
    outcome = importer.run(user, [record])[0]
    if outcome.action == importer.REFUSE:
        raise InvitationError(f"Not added: it {outcome.why}")
    invitation.state = FoundInvitation.State.ADDED
    invitation.interview_id = outcome.interview_id
    invitation.note = outcome.why[:500]
    invitation.save(update_fields=["state", "interview", "note"])
    return Interview.objects.get(pk=outcome.interview_id)


def ignore(invitation: FoundInvitation) -> None:
    FoundInvitation.objects.filter(pk=invitation.pk).update(state=FoundInvitation.State.IGNORED)
