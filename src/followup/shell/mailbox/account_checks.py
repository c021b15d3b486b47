"""Sign-in checks for the web form, run off the request thread.

A check can take up to twice CHECK_TIMEOUT (SMTP, then IMAP). The form's request starts it here
and returns at once; the browser then asks for its progress (a page that refreshes itself, so
no JavaScript is needed). Only the network work runs on the check's thread; the account is
saved by the request that sees the result, so no database connection crosses threads.

Pending checks live in this process's memory for a few minutes, with the form's values (the
password included, so a failed check can show the form again as it was typed). With several
web processes a refresh may reach another process: it then says the check expired, and the
user submits again.
"""

from __future__ import annotations

import secrets
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from followup.mail import CheckResult
from followup.shell.mailbox.accounts import sign_in_check
from followup.shell.models import MailAccount

EXPIRES_AFTER = 600.0  # seconds
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="account-check")
_lock = threading.Lock()
_pending: dict[str, Pending] = {}


@dataclass
class Pending:
    user_id: int
    account: MailAccount = field(repr=False)  # prepared, not saved
    form_data: dict[str, Any] = field(repr=False)  # the password too: never in a repr or log
    save_unverified: bool
    future: Future = field(repr=False)
    saved: bool = False  # a test of an account already saved (its form data is empty)
    started: float = field(default_factory=time.monotonic)
    stage: str = "smtp"  # the server being signed in to now

    @property
    def done(self) -> bool:
        return self.future.done()

    def results(self) -> list[CheckResult]:
        return self.future.result()


def start(
    user,
    account: MailAccount,
    form_data: dict[str, Any],
    save_unverified: bool,
    *,
    saved: bool = False,
) -> str:
    """Begin checking a prepared account (or, with `saved`, test one already saved); return the
    token to ask about it with."""
    _forget_expired()
    token = secrets.token_urlsafe(16)
    pending = Pending(user.pk, account, form_data, save_unverified, Future(), saved=saved)

    def report(stage: str) -> None:
        pending.stage = stage

    pending.future = _pool.submit(sign_in_check, account, report)
    with _lock:
        _pending[token] = pending
    return token


def get(user, token: str) -> Pending | None:
    """The user's pending check, or None (unknown, expired, or someone else's)."""
    with _lock:
        pending = _pending.get(token)
    if pending is None or pending.user_id != user.pk:
        return None
    return pending


def take_finished(user, token: str) -> Pending | None:
    """Remove and return the user's finished check; None if it is not finished, not theirs, or
    another request (a second tab) took it first. Only one request ever saves an account."""
    with _lock:
        pending = _pending.get(token)
        if pending is None or pending.user_id != user.pk or not pending.done:
            return None
        return _pending.pop(token)


def _forget_expired() -> None:
    cutoff = time.monotonic() - EXPIRES_AFTER
    with _lock:
        for token in [t for t, p in _pending.items() if p.started < cutoff and p.done]:
            del _pending[token]
