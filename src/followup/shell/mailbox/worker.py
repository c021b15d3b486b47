"""The worker: queue what is due, deliver the outbox, read the inbox (`--once` for cron, tests)."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
import time

from django.db import close_old_connections
from django.utils import timezone

from followup.mail import MailError, wait_for_changes
from followup.shell.mailbox.delivery import (
    LostClaim,
    claim,
    deliver,
    pause_account,
    recover_expired,
    retry_later,
)
from followup.shell.mailbox.outbox import enqueue_due
from followup.shell.mailbox.sync import sync_account
from followup.shell.models import MailAccount, OutboxMessage, Step

log = logging.getLogger("followup.worker")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def _reply_check(message: OutboxMessage) -> bool:
    """Right before a send: read the inbox, then send only if the step is still planned."""
    try:
        sync_account(message.account)
    except MailError as exc:
        # Unable to look: sending anyway could follow up on a reply we could not see.
        raise MailError("temporary", f"could not check the inbox first: {exc.message}") from None
    return Step.objects.filter(pk=message.step_id, state=Step.State.PLANNED).exists()


def sync_all() -> int:
    total = 0
    for account in MailAccount.objects.filter(paused_at__isnull=True):
        try:
            total += sync_account(account)
        except MailError as exc:
            if exc.kind in ("auth", "app_password"):
                pause_account(account, exc.message)
            log.warning("sync %s: %s", account.email, exc.message)
        except Exception:  # one broken account never stops the others
            log.exception("sync %s failed", account.email)
    return total


def run_once(name: str | None = None) -> dict[str, int]:
    """One pass; returns counts of what it did."""
    name = name or worker_name()
    now = timezone.now()
    counts = {"recovered": recover_expired(now, name), "queued": enqueue_due(now), "delivered": 0}
    while (message := claim(name, timezone.now())) is not None:
        try:
            deliver(message, before_send=_reply_check)
            counts["delivered"] += 1
        except LostClaim:
            log.warning("outbox %s: lease lost, left to the worker that took it", message.pk)
        except Exception as exc:
            # One bad row never wedges the worker: it backs off and, in the end, fails visibly.
            log.exception("outbox %s failed", message.pk)
            with contextlib.suppress(LostClaim):
                retry_later(message, f"{exc.__class__.__name__}: {exc}")
    counts["synced"] = sync_all()
    return counts


class Stop:
    def __init__(self) -> None:
        self.requested = False
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)

    def _stop(self, *_args) -> None:
        self.requested = True


def run_forever(interval: float = 60.0) -> None:
    stop = Stop()
    name = worker_name()
    log.info("worker %s started", name)
    while not stop.requested:
        close_old_connections()
        try:
            run_once(name)
        except Exception:
            log.exception("worker pass failed")
        _wait(interval, stop)
    log.info("worker %s stopped", name)


def _wait(interval: float, stop: Stop) -> None:
    """Sleep in short slices (prompt SIGTERM); with one account, IMAP IDLE wakes us on new mail."""
    accounts = list(MailAccount.objects.filter(paused_at__isnull=True)[:2])
    if len(accounts) == 1:
        try:
            wait_for_changes(accounts[0].settings(), "INBOX", timeout=min(interval, 10.0))
            return
        except Exception:
            pass
    deadline = time.monotonic() + interval
    while not stop.requested and time.monotonic() < deadline:
        time.sleep(min(1.0, deadline - time.monotonic()))
