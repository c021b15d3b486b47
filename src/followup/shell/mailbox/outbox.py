"""Putting notes in the outbox: one row per message, its Message-ID fixed before any attempt."""

from __future__ import annotations

import datetime as dt
import secrets

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from followup.core.writing.drafting import find_placeholders
from followup.shell.mailbox.classify import domain_of
from followup.shell.mailbox.delivery import in_send_window
from followup.shell.models import MailAccount, OutboxMessage, Step
from followup.shell.notes import note_for


class OutboxError(Exception):
    """A note cannot be queued; the message says why and what to do."""


def new_message_id(account: MailAccount) -> str:
    return f"<followup.{secrets.token_hex(12)}@{domain_of(account.email) or 'followup.invalid'}>"


def account_for(user) -> MailAccount | None:
    return MailAccount.objects.for_user(user).order_by("pk").first()


def _thread_of(step: Step) -> tuple[str, str]:
    """(In-Reply-To, References) so a follow-up sits in the thank-you's thread."""
    if step.kind == Step.Kind.THANK_YOU:
        return "", ""
    earlier = (
        OutboxMessage.objects.filter(
            step__interview=step.interview,
            step__interviewer=step.interviewer,
            mode=OutboxMessage.Mode.SEND,
            state=OutboxMessage.State.DONE,
        )
        .exclude(step=step)
        .order_by("done_at")
    )
    ids = [m.message_id for m in earlier]
    return (ids[-1], " ".join(ids)) if ids else ("", "")


@transaction.atomic
def enqueue(
    step: Step, mode: str, *, account: MailAccount | None = None, when: dt.datetime | None = None
) -> OutboxMessage:
    """Queue the step's note (the user's edit, or the suggestion) for Drafts or sending."""
    account = account or account_for(step.owner)
    if account is None:
        raise OutboxError("connect a mail account first (`followup account add`).")
    if account.paused_at:
        # Queued now, it would only wait behind a mailbox that does not work.
        raise OutboxError(
            f"your mailbox {account.email} is paused: {account.pause_reason} Fix it on the Mail "
            "page (or run `followup account test`), then try again."
        )
    if not step.interviewer.email:
        raise OutboxError(f"add {step.interviewer.name}'s email address to the interview first.")
    if step.state != Step.State.PLANNED:
        raise OutboxError(
            f"this {step.get_kind_display().lower()} is {step.get_state_display().lower()}."
        )
    pending = step.outbox.filter(
        state__in=[
            OutboxMessage.State.QUEUED,
            OutboxMessage.State.SENDING,
            OutboxMessage.State.UNCERTAIN,
        ]
    ).first()
    if pending is not None:
        raise OutboxError(
            f"this note is already on its way ({pending.get_state_display().lower()})."
        )
    note = note_for(step)
    if mode == OutboxMessage.Mode.SEND and _unfinished(note):
        # Drafts may hold one (the user finishes it in their mail program); a send never does.
        raise OutboxError("the draft still has a [[placeholder]]: edit the note first.")
    try:
        with transaction.atomic():
            return _create(step, account, mode, note, when or timezone.now())
    except IntegrityError:  # queued by the worker a moment ago
        raise OutboxError("this note is already on its way.") from None


def _unfinished(note) -> bool:
    """A [[placeholder]] left in the text to be sent: words the user has not written yet."""
    return bool(find_placeholders(f"{note.subject}\n{note.body}"))


def _create(step: Step, account: MailAccount, mode: str, note, when: dt.datetime):
    in_reply_to, references = _thread_of(step)
    message = OutboxMessage(
        owner=step.owner,
        account=account,
        step=step,
        message_id=new_message_id(account),
        to_addr=step.interviewer.email,
        to_name=step.interviewer.name,
        subject=note.subject,
        body=note.body,
        in_reply_to=in_reply_to,
        references=references,
        mode=mode,
        next_attempt_at=when,
    )
    # A send waits for the recipient's send window (a laptop waking at 22:00 sends at 08:00).
    message.next_attempt_at = in_send_window(message, when)
    message.save()
    return message


def due_steps(now: dt.datetime):
    """The worker's due-scan: the next 200 due steps with nothing in the outbox yet, of users
    with a usable mail account, oldest first.

    "Nothing in the outbox" is a NOT EXISTS, not `outbox__isnull=True`: the LEFT JOIN that
    the latter becomes makes PostgreSQL hash the whole outbox and, as history grows, give up
    the partial index `step_planned_due` (bench/agency_scale.py measures it).
    """
    # Filter in the query: 200 due steps of users without a usable account must not hide the
    # steps of everyone else.
    usable = MailAccount.objects.filter(owner=OuterRef("owner"), paused_at__isnull=True)
    in_outbox = OutboxMessage.objects.filter(step=OuterRef("pk"))
    return (
        Step.objects.filter(state=Step.State.PLANNED, due_at__lte=now)
        .filter(~Exists(in_outbox))
        .exclude(interviewer__email="")
        .filter(Exists(usable))
        .select_related("interviewer", "interview__opportunity__company", "owner")
        .order_by("due_at")[:200]
    )


def enqueue_due(now: dt.datetime) -> int:
    """Queue every due step of users with a mail account, in that account's delivery mode.

    Steps whose note still has a placeholder go to Drafts even for auto-send accounts: we never
    send words the user has not written.
    """
    queued = 0
    # The drafts read each interview's interviewers: one query for the batch, not one a note.
    due = list(due_steps(now).prefetch_related("interview__interviewers"))
    # Each owner's account as `account_for` picks it (their first), in one query.
    owners = {step.owner_id for step in due}
    accounts: dict[int, MailAccount] = {}
    for account in MailAccount.objects.filter(owner_id__in=owners).order_by("pk"):
        accounts.setdefault(account.owner_id, account)
    for step in due:
        account = accounts.get(step.owner_id)
        if account is None or account.paused_at:
            continue
        note = note_for(step)
        mode = OutboxMessage.Mode.DRAFT if _unfinished(note) else account.delivery
        try:
            with transaction.atomic():
                _create(step, account, mode, note, now)
            queued += 1
        except IntegrityError:
            continue  # another worker queued it first
    return queued


@transaction.atomic
def resolve_by_user(message: OutboxMessage, *, sent: bool) -> OutboxMessage:
    """The user settles an unconfirmed send: it arrived (mark sent) or it did not (resend)."""
    if message.state != OutboxMessage.State.UNCERTAIN:
        raise ValueError(
            f"message #{message.pk} is {message.get_state_display().lower()}, not unconfirmed."
        )
    if sent:
        message.state = OutboxMessage.State.DONE
        message.done_at = timezone.now()
        message.save()
        if message.step and message.step.state == Step.State.PLANNED:
            from followup.shell.actions import mark_done

            mark_done(message.step, message.done_at)
        return message
    if message.account.removed_at is not None:
        # Its mailbox is gone (removed, or its owner left the agency): forget this attempt, so
        # the note is queued again from the owner's current mailbox.
        message.delete()
        return message
    # Resend with the SAME Message-ID: if the first copy did arrive after all, mail clients
    # thread the two as one message rather than showing a second, different note.
    message.state = OutboxMessage.State.QUEUED
    message.stage = OutboxMessage.Stage.NONE
    message.next_attempt_at = timezone.now()
    message.save()
    return message
