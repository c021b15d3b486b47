"""Where a planned note really is on its way out, in words: the dashboard, the step page and
`followup due` say the same thing, and never "queued" while its mailbox cannot take it."""

from __future__ import annotations

from dataclasses import dataclass

from followup.shell.formatting import when
from followup.shell.models import OutboxMessage, Step

State = OutboxMessage.State


@dataclass(frozen=True)
class NoteStatus:
    text: str
    in_drafts: bool = False  # waiting in the user's Drafts: shown instead of "Due now"


def latest_message(step: Step) -> OutboxMessage | None:
    """The step's newest outbox row (from the prefetched rows when there are some)."""
    messages = list(step.outbox.all())
    return max(messages, key=lambda m: m.pk) if messages else None


def in_drafts(step: Step) -> bool:
    """The note is in the user's Drafts, waiting for them to send it from their mail program."""
    message = latest_message(step)
    return (
        message is not None
        and message.state == State.DONE
        and message.mode == OutboxMessage.Mode.DRAFT
        and step.state == Step.State.PLANNED
    )


def note_status(step: Step, user_zone: str) -> NoteStatus | None:
    """What happened to the step's note so far; None when it was never queued."""
    if step.state != Step.State.PLANNED:
        return None
    message = latest_message(step)
    if message is None:
        return None
    account = message.account
    error = f" Last attempt: {message.last_error}" if message.last_error else ""
    if in_drafts(step):
        return NoteStatus(
            f"In your Drafts folder since {when(message.done_at, user_zone)}: send it from "
            "your mail program, then mark it as sent.",
            in_drafts=True,
        )
    if message.state == State.QUEUED and account.paused_at:
        return NoteStatus(
            f"Not sent: your mailbox {account.email} is paused: {account.pause_reason}"
        )
    if message.state == State.QUEUED and message.mode == OutboxMessage.Mode.SEND:
        moment = when(message.next_attempt_at, step.time_zone)
        return NoteStatus(f"Queued: sent {moment}, unless they reply first.{error}")
    if message.state == State.QUEUED:
        return NoteStatus(f"Queued for your Drafts folder.{error}")
    if message.state == State.SENDING:
        return NoteStatus("Being delivered now.")
    if message.state == State.UNCERTAIN:
        return NoteStatus("Unconfirmed send: see the note at the top of the dashboard.")
    if message.state in (State.FAILED, State.CANCELLED):
        text = message.last_error
        return NoteStatus(text if text.startswith("Not sent") else f"Not sent: {text}")
    return None
