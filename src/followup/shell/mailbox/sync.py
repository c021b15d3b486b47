"""Reading the inbox: each message once (ledger), replies stop the plan, auto-replies delay it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from followup.core import calendar
from followup.core.replies import read_reply
from followup.core.replies.reader import OUT_OF_OFFICE_SUBJECT
from followup.core.replies.text import split_reply
from followup.mail import fetch_new
from followup.shell import reply_meaning
from followup.shell.mailbox import invitations
from followup.shell.mailbox.classify import FREE_MAIL_DOMAINS, domain_of, is_automated
from followup.shell.models import (
    Interviewer,
    MailAccount,
    MailboxState,
    Opportunity,
    OutboxMessage,
    SeenMessage,
)
from followup.shell.planning import replan, replan_opportunity

log = logging.getLogger("followup.worker")
Kind = SeenMessage.Kind


def sync_account(
    account: MailAccount,
    folder: str = "INBOX",
    *,
    batch: int = 500,
    progress: Callable[[], None] | None = None,
) -> int:
    """Read what is new in one folder; return how many new messages were looked at.

    Batch by batch, saving the position after each, so a first sync of a large mailbox keeps
    its progress if it is interrupted and never holds the whole mailbox in memory. `progress`
    is called after each batch (the worker's heartbeat: a first sync can take an hour).
    """
    state, _ = MailboxState.objects.get_or_create(account=account, folder=folder)
    settings = account.settings()
    seen = 0
    while True:
        # After a UIDVALIDITY change fetch_new starts again from UID 1 and says `reset`.
        result = fetch_new(
            settings,
            folder,
            uidvalidity=state.uidvalidity,
            after_uid=state.last_uid,
            batch=batch,
            limit=batch,
        )
        for message in result.messages:
            _record(account, folder, result.uidvalidity, message)
        state.uidvalidity = result.uidvalidity
        state.last_uid = max(result.highest_uid, 0)
        MailboxState.objects.filter(pk=state.pk).update(
            uidvalidity=state.uidvalidity, last_uid=state.last_uid
        )
        seen += len(result.messages)
        if progress is not None:
            progress()
        if len(result.messages) < batch:
            break
    MailAccount.objects.filter(pk=account.pk).update(last_synced_at=timezone.now())
    return seen


def _record(account: MailAccount, folder: str, uidvalidity: int, message) -> None:
    # The same message under new UIDs (the server renumbered the folder): already applied once.
    known = (
        bool(message.message_id)
        and SeenMessage.objects.filter(
            account=account, folder=folder, message_id=message.message_id[:255]
        ).exists()
    )
    try:
        with transaction.atomic():
            seen = SeenMessage.objects.create(
                owner_id=account.owner_id,
                account=account,
                folder=folder,
                uidvalidity=uidvalidity,
                uid=message.uid,
                message_id=message.message_id[:255],
                from_addr=message.from_addr[:254],
                subject=message.subject[:300],
                received_at=message.date,
            )
    except IntegrityError:
        return  # already in the ledger: another worker, or a retried batch
    if known:
        return
    # Each in its own transaction: an odd invitation never undoes what the reply meant.
    for step in (_apply, invitations.notice):
        try:
            with transaction.atomic():
                step(account, seen, message)
        except Exception as exc:
            # One odd message must not stop the sync for everything after it: it stays in
            # the ledger, marked, and the user can read it in their mailbox.
            log.exception("message uid %s in %s could not be applied", message.uid, folder)
            SeenMessage.objects.filter(pk=seen.pk).update(
                why=f"Could not be read: {exc.__class__.__name__}"[:300]
            )
            return


def match_opportunity(owner_id: int, message) -> tuple[Opportunity | None, Interviewer | None, str]:
    """Which opportunity a message answers, the interviewer who wrote it, and why we think so."""
    ids = {message.in_reply_to, *message.references} - {""}
    if ids:
        ours = (
            OutboxMessage.objects.filter(owner_id=owner_id, message_id__in=ids)
            .select_related("step__interview__opportunity", "step__interviewer")
            .first()
        )
        if ours is not None and ours.step is not None:
            return ours.step.interview.opportunity, ours.step.interviewer, "it answers our note"
    sender = message.from_addr.strip().lower()
    person = (
        Interviewer.objects.filter(owner_id=owner_id, email__iexact=sender)
        .select_related("interview__opportunity")
        .order_by("-interview__start_at")
        .first()
    )
    if person is not None:
        return person.interview.opportunity, person, f"it comes from {person.name}"
    domain = domain_of(sender)
    if domain and domain not in FREE_MAIL_DOMAINS:
        opportunity = (
            Opportunity.objects.filter(owner_id=owner_id)
            .filter(
                Q(company__domain__iexact=domain)
                | Q(interviews__interviewers__email__iendswith="@" + domain)
            )
            .exclude(status__in=Opportunity.CLOSED)
            .order_by("-updated_at")
            .first()
        )
        if opportunity is not None:
            return opportunity, None, f"it comes from {domain}"
    return None, None, ""


def _apply(account: MailAccount, seen: SeenMessage, message) -> None:
    opportunity, person, why = match_opportunity(account.owner_id, message)
    if opportunity is None:
        return
    latest = opportunity.interviews.order_by("-start_at").first()
    received = message.date or timezone.now()
    if latest is not None and received < latest.start_at:
        return  # older than the interview: not an answer to anything we planned
    seen.opportunity = opportunity
    seen.why = why[:300]
    zone_name = (person.time_zone if person else "") or (
        latest.time_zone if latest is not None else "UTC"
    )
    reading = read_reply(
        message.subject,
        message.text,
        {
            "Auto-Submitted": message.auto_submitted,
            "Precedence": message.precedence,
            "X-Autoreply": "yes" if message.headers_ooo else "",
        },
        received_at=received,
        tz=zone_name,
        country=(person.country or None) if person else None,
    )
    if reading.kind == "out_of_office":
        # Read before the bulk check: Exchange marks its away replies "auto-generated".
        seen.kind = Kind.OUT_OF_OFFICE
        seen.evidence = reading.evidence[:300]
        seen.return_date = reading.return_date
        seen.save()
        if seen.return_date and person is not None:
            person.away_until = seen.return_date
            person.save(update_fields=["away_until"])
            replan(person.interview)
        return
    machine = (
        is_automated(message.auto_submitted, message.precedence)
        or message.headers_ooo
        or bool(OUT_OF_OFFICE_SUBJECT.search(message.subject or ""))
    )
    bulk = message.precedence.strip().lower() in ("bulk", "list", "junk")
    if bulk or (machine and reading.kind in ("other", "request")):
        # A receipt ("we have received your message"), a notification or a mailing: nobody
        # answered, so nothing planned stops.
        seen.evidence = reading.evidence[:300]
        seen.save()
        return
    category, words = reading.kind, reading.evidence
    seen.kind = Kind.REPLY
    seen.category = category
    seen.evidence = words[:300]
    seen.save()
    opportunity.replied_at = received
    if category == "other" and latest is not None:
        _read_timeline_from(message, latest, person, received)
    label = SeenMessage.Category(category).label.lower()
    if not (opportunity.is_closed and opportunity.status_from_reply_id is None):
        # The user's own outcome keeps their note; the reply is listed on the interview page.
        opportunity.status_note = (
            f"{label.capitalize()}: reply from {message.from_name or message.from_addr} "
            f"on {received:%a %d %b}" + (f' ("{words}")' if words else "")
        )[:300]
    reply_meaning.apply(opportunity, seen)
    opportunity.save()
    replan_opportunity(opportunity)


def _read_timeline_from(message, interview, person, received: dt.datetime) -> None:
    """A reply that says when they will decide re-plans the follow-up from that date."""
    from followup.core.timeline import read_timeline

    if interview.deadline_set_by_user:
        return  # the user's own correction stands
    zone_name = (person.time_zone if person else "") or interview.time_zone
    said = received.astimezone(calendar.zone(zone_name))
    reading = read_timeline(
        split_reply(message.text).new,
        said,
        zone_name,
        (person.country or None) if person else None,
    )
    if reading is None:
        return
    interview.stated_deadline = reading.deadline
    interview.stated_deadline_phrase = reading.phrase[:300]
    interview.deadline_email_at = received
    interview.save(
        update_fields=[
            "stated_deadline",
            "stated_deadline_phrase",
            "deadline_email_at",
            "updated_at",
        ]
    )
