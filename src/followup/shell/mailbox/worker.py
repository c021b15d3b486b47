"""The worker: queue what is due, deliver the outbox, read the inbox (`--once` for cron, tests)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import socket
import threading
import time
from collections.abc import Callable

from django.db import DatabaseError, close_old_connections
from django.utils import timezone

from followup.mail import Decision, MailError, wait_for_changes
from followup.shell.mailbox import oauth_accounts
from followup.shell.mailbox.delivery import (
    LostClaim,
    claim,
    deliver,
    pause_account,
    recover_expired,
    retry_later,
)
from followup.shell.mailbox.outbox import enqueue_due
from followup.shell.mailbox.stop import Stop
from followup.shell.mailbox.sync import sync_account
from followup.shell.models import MailAccount, OutboxMessage, Step, WorkerBeat

log = logging.getLogger("followup.worker")
BEATS_KEPT = dt.timedelta(days=1)  # each process has its own name: forget those long gone
PULSE_EVERY = dt.timedelta(minutes=1)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def _reply_check(message: OutboxMessage) -> bool:
    """Right before a send: read the inbox, then send only if the step is still planned."""
    try:
        sync_account(message.account)
    except MailError as exc:
        if exc.decision == Decision.PAUSE:
            raise  # a refused password or a missing key: the account pauses, as for a send
        # Unable to look: sending anyway could follow up on a reply we could not see.
        raise MailError("temporary", f"could not check the inbox first: {exc.message}") from None
    return Step.objects.filter(pk=message.step_id, state=Step.State.PLANNED).exists()


def sync_all(progress: Callable[[], None] | None = None) -> int:
    total = 0
    for account in MailAccount.objects.filter(paused_at__isnull=True):
        try:
            total += sync_account(account, progress=progress)
        except MailError as exc:
            if exc.decision == Decision.PAUSE and not oauth_accounts.mended(account, exc):
                pause_account(account, exc.message)
            log.warning("sync %s: %s", account.email, exc.message)
        except Exception:  # one broken account never stops the others
            log.exception("sync %s failed", account.email)
    return total


def run_once(name: str | None = None, every: float | None = None) -> dict[str, int]:
    """One pass; returns counts of what it did.

    `delivered`, `failed`, `cancelled` and `unconfirmed` count this pass's attempts by their
    outcome; `deferred` and `paused` count the notes left queued at the end of the pass: waiting
    for a later moment (the recipient's send window, a retry, a reply check that could not
    run) or held by a paused account (a refused password, a missing key).
    """
    name = name or worker_name()
    now = timezone.now()
    pulse = Pulse(name, now, every)
    counts = {"recovered": recover_expired(now, name)}
    # OAuth sign-ins about to expire are renewed first, so no pass starts with a dying token.
    counts.update(oauth_accounts.refresh_due(now))
    # The inbox first: a reply that is already there stops its notes before any is queued or
    # put in Drafts (a send checks again right before SMTP).
    counts["synced"] = sync_all(progress=pulse)
    counts["queued"] = enqueue_due(now)
    outcomes = dict.fromkeys(_OUTCOMES.values(), 0)
    while (message := claim(name, timezone.now())) is not None:
        try:
            state = deliver(message, before_send=_reply_check)
        except LostClaim:
            log.warning("outbox %s: lease lost, left to the worker that took it", message.pk)
            continue
        except Exception as exc:
            # One bad row never wedges the worker: it backs off and, in the end, fails visibly.
            log.exception("outbox %s failed", message.pk)
            with contextlib.suppress(LostClaim):
                retry_later(message, f"{exc.__class__.__name__}: {exc}")
            state = message.state
        if state in _OUTCOMES:
            outcomes[_OUTCOMES[state]] += 1
        pulse()
    counts.update(outcomes)
    left = OutboxMessage.objects.filter(state=OutboxMessage.State.QUEUED)
    counts["deferred"] = left.filter(account__paused_at__isnull=True).count()
    counts["paused"] = left.filter(account__paused_at__isnull=False).count()
    return counts


def beat(name: str, now: dt.datetime, every: float | None = None) -> None:
    """Say this worker is running, and how often it passes: the web UI warns when none has
    run for a while."""
    seconds = None if every is None else max(1, round(every))
    try:
        WorkerBeat.objects.update_or_create(name=name, defaults={"seen_at": now, "every": seconds})
        WorkerBeat.objects.filter(seen_at__lt=now - BEATS_KEPT).delete()
    except DatabaseError:
        # A busy database must not cost the pass its notes: the next pass says it again.
        log.warning("worker %s: could not record its heartbeat", name, exc_info=True)


class Pulse:
    """The heartbeat, said at the start of a pass and again as it goes: a first sync of a
    large mailbox, or a long outbox, can take longer than Today waits before it calls the
    worker stopped. At most once each PULSE_EVERY (each is a write)."""

    def __init__(self, name: str, now: dt.datetime, every: float | None) -> None:
        self.name, self.every, self.last = name, every, now
        beat(name, now, every)

    def __call__(self) -> None:
        now = timezone.now()
        if now - self.last >= PULSE_EVERY:
            beat(self.name, now, self.every)
            self.last = now


_OUTCOMES = {
    OutboxMessage.State.DONE: "delivered",
    OutboxMessage.State.FAILED: "failed",
    OutboxMessage.State.CANCELLED: "cancelled",
    OutboxMessage.State.UNCERTAIN: "unconfirmed",
}


def run_forever(interval: float = 60.0, stop: Stop | None = None) -> None:
    stop = stop or Stop()
    name = worker_name()
    log.info("worker %s started", name)
    while not stop.requested:
        close_old_connections()
        try:
            run_once(name, every=interval)
        except Exception:
            log.exception("worker pass failed")
        _wait(interval, stop)
    log.info("worker %s stopped", name)


def _wait(interval: float, stop: Stop) -> None:
    """Wait `interval` seconds, in short slices so SIGTERM is prompt. With one account, IMAP IDLE
    ends the wait early when new mail arrives (a reply must stop a note due in the next minute).
    """
    deadline = time.monotonic() + interval
    accounts = list(MailAccount.objects.filter(paused_at__isnull=True)[:2])
    settings = None
    if len(accounts) == 1:
        try:
            settings = accounts[0].settings()
        except Exception:
            settings = None
    while not stop.requested and (left := deadline - time.monotonic()) > 0:
        if settings is None:
            time.sleep(min(1.0, left))
            continue
        try:
            if wait_for_changes(settings, "INBOX", timeout=min(left, 10.0)):
                return  # new mail: sync now
        except Exception:
            settings = None  # IDLE is not working: plain sleeping until the next pass
