"""Mail adapters: SMTP sending, IMAP drafts and sync, account checks. Plain Python, no Django.

The Django worker calls only what is exported here. Every network call has a timeout
(``AccountSettings.timeout``), TLS is always on, passwords are never logged, and every
failure is a ``MailError`` with a ``kind`` the worker can act on.
"""

from .check import CheckResult, check_account
from .errors import Decision, ErrorKind, MailError
from .imap import (
    FetchedMessage,
    FetchResult,
    append_draft,
    fetch_new,
    find_by_message_id,
    wait_for_changes,
)
from .message import build_message
from .presets import PRESETS
from .settings import AccountSettings, ServerSettings, validate_host
from .smtp import send

__all__ = [
    "PRESETS",
    "AccountSettings",
    "CheckResult",
    "Decision",
    "ErrorKind",
    "FetchResult",
    "FetchedMessage",
    "MailError",
    "ServerSettings",
    "append_draft",
    "build_message",
    "check_account",
    "fetch_new",
    "find_by_message_id",
    "send",
    "validate_host",
    "wait_for_changes",
]
