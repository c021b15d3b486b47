"""The worker's side of the outbox: claim a message, deliver it, record what happened.

"Nothing lost, no silent duplicate" (PRODUCT.md):
- a worker claims a row with a compare-and-set UPDATE and a lease; no transaction is held open
  while talking to a mail server;
- before handing over the message (SMTP DATA) the row's stage is saved as `data`; an attempt
  that died before that cannot have delivered anything and is simply retried;
- an attempt that died during or after DATA is *uncertain*: we look for its Message-ID in the
  Sent folder, and if it is not there we show it to the user instead of sending it again.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import secrets

from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from followup.core.timing import next_send_moment
from followup.mail import (
    Decision,
    MailError,
    append_draft,
    build_message,
    find_by_message_id,
    send,
)
from followup.shell import actions
from followup.shell.mailbox import oauth_accounts
from followup.shell.models import MailAccount, OutboxMessage, Step
from followup.shell.planning import cancel_queued, not_sent_reason
from followup.shell.team import audit

log = logging.getLogger("followup.worker")

LEASE = dt.timedelta(minutes=5)
BACKOFF_MINUTES = (1, 5, 15, 60, 180, 360)  # then it fails visibly
State = OutboxMessage.State
Stage = OutboxMessage.Stage


def claim(worker: str, now: dt.datetime) -> OutboxMessage | None:
    """Take one due message, or None. Safe with any number of workers, on SQLite and PostgreSQL.

    The same conditional UPDATE re-checks the step: a note whose step stopped (a reply, an
    outcome, a cancelled interview, a later round) or was marked sent after it was queued is
    never claimed, however the row got here.
    """
    candidates = list(
        OutboxMessage.objects.filter(
            state=State.QUEUED, next_attempt_at__lte=now, account__paused_at__isnull=True
        )
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:20]
    )
    # Workers that start together would all race for the same first row; a shuffle spreads them.
    random.shuffle(candidates)
    for pk in candidates:
        # A fresh token per claim: a worker can tell its own claim from a later one, even one
        # taken by a process with the same name.
        token = f"{worker}/{secrets.token_hex(4)}"[:100]
        # Exists(), not a join: with a join Django turns the UPDATE into "id IN (subquery)",
        # and PostgreSQL, after waiting on another worker's lock, re-checks only the outer
        # WHERE, so state='queued' must stay there.
        won = OutboxMessage.objects.filter(
            Exists(Step.objects.filter(pk=OuterRef("step_id"), state=Step.State.PLANNED)),
            pk=pk,
            state=State.QUEUED,
        ).update(
            state=State.SENDING,
            stage=Stage.NONE,
            lease_until=now + LEASE,
            claimed_by=token,
            attempts=F("attempts") + 1,
        )
        if won == 1:
            # Read back by our own token: the row is ours only if the token is still there.
            message = (
                OutboxMessage.objects.select_related("account", "step")
                .filter(pk=pk, claimed_by=token, state=State.SENDING)
                .first()
            )
            if message is not None:
                return message
            continue
        _cancel_if_step_stopped(pk)
    return None


def _cancel_if_step_stopped(pk: int) -> None:
    """A queued row the claim refused because of its step: cancel it, visibly, with the reason.

    Re-planning cancels such rows itself; this catches any that slipped between the two.
    """
    message = (
        OutboxMessage.objects.filter(pk=pk, state=State.QUEUED)
        .exclude(step__state=Step.State.PLANNED)
        .select_related("step")
        .first()
    )
    if message is not None:  # else another worker claimed it: nothing wrong with the step
        cancel_queued({message.step_id: not_sent_reason(message.step)}, pks=[pk])


class LostClaim(Exception):
    """Our lease ran out and another worker took the message over: we must not touch it."""


def _save(message: OutboxMessage, **fields) -> None:
    """Write fields only while we still hold the claim; raise LostClaim otherwise.

    Checked before connecting and again right before DATA, so a worker that was too slow (its
    lease expired and the message was requeued) never sends a second copy.
    """
    held = OutboxMessage.objects.filter(
        pk=message.pk, claimed_by=message.claimed_by, state=State.SENDING
    ).update(**fields)
    if held != 1:
        raise LostClaim(f"outbox {message.pk} was taken over by another worker")
    for name, value in fields.items():
        setattr(message, name, value)


def _finish(message: OutboxMessage, state: str, error: str = "", **extra) -> None:
    done_at = timezone.now() if state == State.DONE else None
    _save(message, state=state, last_error=error[:2000], lease_until=None, done_at=done_at, **extra)
    if state == State.DONE:
        sent = message.mode == OutboxMessage.Mode.SEND
        audit.record(
            message.owner,
            "sent note" if sent else "saved draft",
            "Sent a note" if sent else "Put a note in Drafts",
            target=f"outbox:{message.pk}",
            via="worker",
        )
    if state == State.DONE and message.mode == OutboxMessage.Mode.SEND and message.step_id:
        step = Step.objects.filter(pk=message.step_id, state=Step.State.PLANNED).first()
        if step is not None:
            with audit.channel("worker"):
                actions.mark_done(step, done_at)


def retry_later(message: OutboxMessage, error: str) -> None:
    """Back off; after the last attempt, fail visibly. A send waits for the send window."""
    attempt = message.attempts
    if attempt > len(BACKOFF_MINUTES):
        _finish(message, State.FAILED, f"Gave up after {attempt} attempts: {error}")
        return
    delay = dt.timedelta(minutes=BACKOFF_MINUTES[attempt - 1])
    _save(
        message,
        state=State.QUEUED,
        stage=Stage.NONE,
        lease_until=None,
        next_attempt_at=in_send_window(message, timezone.now() + delay),
        last_error=error[:2000],
    )


def in_send_window(message: OutboxMessage, moment: dt.datetime) -> dt.datetime:
    """`moment`, or the recipient's next send-window opening when it falls out of hours.

    Drafts go into the user's own mailbox, so they need no window.
    """
    step = message.step
    if message.mode != OutboxMessage.Mode.SEND or step is None:
        return moment
    from followup.shell.planning import recipient_calendar

    zone_name, country, policy = recipient_calendar(step)
    return next_send_moment(moment, zone_name, country, policy).astimezone(dt.UTC)


def pause_account(account: MailAccount, reason: str) -> None:
    """Stop using an account until the user fixes it; said once, on the dashboard."""
    MailAccount.objects.filter(pk=account.pk, paused_at__isnull=True).update(
        paused_at=timezone.now(), pause_reason=reason[:500]
    )


def _mime(message: OutboxMessage, account: MailAccount):
    return build_message(
        from_addr=account.email,
        from_name=account.display_name,
        to_addr=message.to_addr,
        to_name=message.to_name,
        subject=message.subject,
        body=message.body,
        message_id=message.message_id,
        in_reply_to=message.in_reply_to or None,
        references=tuple(message.references.split()),
    )


def deliver(message: OutboxMessage, *, before_send=None) -> str:
    """Deliver one claimed message; return its new state.

    `before_send(message)` runs right before SMTP (the worker checks the inbox for a reply
    there); returning False cancels the send.
    """
    account = message.account
    try:
        settings = account.settings()
    except MailError as exc:  # the key cannot open the password: pause, keep the note queued
        return _handle_error(message, account, exc)
    try:
        mime = _mime(message, account)
    except Exception as exc:  # a bad address: visible, never retried blindly
        _finish(message, State.FAILED, str(exc))
        return State.FAILED

    # Stopped since the claim (an outcome recorded a moment ago): neither Drafts nor SMTP.
    step = Step.objects.filter(pk=message.step_id).first() if message.step_id else None
    if step is None or step.state != Step.State.PLANNED:
        _finish(message, State.CANCELLED, f"Not sent: {not_sent_reason(step)}")
        return State.CANCELLED

    if message.mode == OutboxMessage.Mode.DRAFT:
        _save(message, stage=Stage.CONNECTING)  # still ours? (raises LostClaim if not)
        try:
            folder = append_draft(settings, mime)
        except MailError as exc:
            return _handle_error(message, account, exc)
        _finish(message, State.DONE, f"Saved to {folder}.")
        return State.DONE

    if before_send is not None:
        try:
            go_ahead = before_send(message)
        except MailError as exc:
            return _handle_error(message, account, exc)
        if go_ahead is False:
            _finish(message, State.CANCELLED, "They replied before it was sent.")
            return State.CANCELLED

    # The inbox check may have taken a while: renew the lease, and make sure it is still ours.
    _save(message, stage=Stage.CONNECTING, lease_until=timezone.now() + LEASE)
    try:
        send(settings, mime, before_data=lambda: _save(message, stage=Stage.DATA))
    except MailError as exc:
        return _handle_error(message, account, exc)
    except LostClaim:
        raise
    except Exception as exc:  # not a mail error (a missing CA file, a bug): never a silent loop
        if message.stage == Stage.DATA:
            return resolve_uncertain(message)
        retry_later(message, f"{exc.__class__.__name__}: {exc}")
        return message.state
    _finish(message, State.DONE)
    return State.DONE


def _handle_error(message: OutboxMessage, account: MailAccount, exc: MailError) -> str:
    text = exc.message + (f" (server said: {exc.server_text})" if exc.server_text else "")
    log.warning("outbox %s: %s", message.pk, text)
    if exc.uncertain:
        return resolve_uncertain(message)
    if exc.decision == Decision.PAUSE and not oauth_accounts.mended(account, exc):
        # Settings the user must fix: retrying every message for hours would only fail again.
        pause_account(account, exc.message)
        _save(
            message, state=State.QUEUED, stage=Stage.NONE, lease_until=None, last_error=text[:2000]
        )
        return State.QUEUED
    if exc.decision == Decision.FAIL:
        _finish(message, State.FAILED, text)
        return State.FAILED
    retry_later(message, text)
    return message.state


def resolve_uncertain(message: OutboxMessage) -> str:
    """An attempt that may have delivered: look in Sent; if it is not there, ask the user."""
    try:
        found = find_by_message_id(message.account.settings(), message.message_id)
    except MailError as exc:
        found = None
        log.warning("outbox %s: cannot search Sent: %s", message.pk, exc.message)
    if found:
        _finish(message, State.DONE, "Confirmed in the Sent folder after an interrupted send.")
        return State.DONE
    _finish(
        message,
        State.UNCERTAIN,
        "The connection broke while the message was handed over, and it is not in your "
        "Sent folder. Check with the recipient or your Sent folder before resending.",
    )
    return State.UNCERTAIN


def recover_expired(now: dt.datetime, worker: str) -> int:
    """Attempts whose worker died: retry those that never reached DATA, resolve the others."""
    count = 0
    expired = OutboxMessage.objects.filter(state=State.SENDING, lease_until__lt=now)
    for pk, stage in expired.values_list("pk", "stage")[:50]:
        taken = OutboxMessage.objects.filter(pk=pk, state=State.SENDING, lease_until__lt=now)
        if stage == Stage.DATA:
            won = taken.update(claimed_by=worker, lease_until=now + LEASE)
            if won:
                resolve_uncertain(OutboxMessage.objects.select_related("account").get(pk=pk))
        else:
            # Nothing was handed over: the message cannot have been delivered.
            won = taken.update(
                state=State.QUEUED,
                stage=Stage.NONE,
                lease_until=None,
                claimed_by="",
                next_attempt_at=now,
            )
        count += won
    return count
