"""``followup account test``: sign in to both servers and say in words what went wrong."""

from __future__ import annotations

import smtplib
from contextlib import suppress
from dataclasses import dataclass

from . import imap, smtp
from .errors import MailError
from .settings import AccountSettings


@dataclass(frozen=True)
class CheckResult:
    server: str  # "smtp" or "imap"
    ok: bool
    message: str


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


def check_account(account: AccountSettings) -> list[CheckResult]:
    """Sign in to SMTP, then IMAP; one result per server, failures explained."""
    results: list[CheckResult] = []
    server = account.smtp
    try:
        client = smtp.connect(server, account.timeout)
    except MailError as error:
        results.append(CheckResult("smtp", False, f"Sending (SMTP): {_describe_failure(error)}"))
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
    try:
        with imap.session(account):
            pass
    except MailError as error:
        results.append(CheckResult("imap", False, f"Reading (IMAP): {_describe_failure(error)}"))
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
