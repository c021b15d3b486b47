"""``followup account test``: sign in to both servers and say in words what went wrong."""

from __future__ import annotations

import dataclasses
import smtplib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from . import imap, smtp
from .errors import ErrorKind, MailError
from .settings import AccountSettings

# A check answers a person who is waiting: a server that does not answer in this time is
# reported as such, rather than holding them for the worker's longer timeout.
CHECK_TIMEOUT = 10.0


@dataclass(frozen=True)
class CheckResult:
    server: str  # "smtp" or "imap"
    ok: bool
    message: str
    kind: ErrorKind | None = None  # why it failed, for the caller to point at the right field


def _describe_failure(error: MailError) -> str:
    if error.server_text and error.kind in {
        "auth",
        "app_password",
        "permanent",
        "temporary",
        "protocol",
    }:
        return f"{error.message} The server said: {error.server_text}"
    return error.message


def check_account(
    account: AccountSettings, progress: Callable[[str], None] | None = None
) -> list[CheckResult]:
    """Sign in to SMTP, then IMAP; one result per server, failures explained.

    Each connection waits at most CHECK_TIMEOUT seconds. `progress("smtp")` and
    `progress("imap")` are called as each starts (the web page shows it).
    """
    account = dataclasses.replace(account, timeout=min(account.timeout, CHECK_TIMEOUT))
    results: list[CheckResult] = []
    server = account.smtp
    if progress:
        progress("smtp")
    try:
        client = smtp.connect(server, account.timeout)
    except MailError as error:
        results.append(
            CheckResult("smtp", False, f"Sending (SMTP): {_describe_failure(error)}", error.kind)
        )
    else:
        with suppress(smtplib.SMTPException, OSError):
            client.quit()
        client.close()
        results.append(
            CheckResult(
                "smtp",
                True,
                f"Sending (SMTP): signed in to {server.host}:{server.port} "
                f"({'TLS' if server.security == 'tls' else 'STARTTLS'}).",
            )
        )
    server = account.imap
    if progress:
        progress("imap")
    try:
        with imap.session(account):
            pass
    except MailError as error:
        results.append(
            CheckResult("imap", False, f"Reading (IMAP): {_describe_failure(error)}", error.kind)
        )
    else:
        results.append(
            CheckResult(
                "imap",
                True,
                f"Reading (IMAP): signed in to {server.host}:{server.port} "
                f"({'TLS' if server.security == 'tls' else 'STARTTLS'}).",
            )
        )
    return results
