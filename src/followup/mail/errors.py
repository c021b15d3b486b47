"""One error type for every mail failure, classified so delivery and sync decide alike.

`ErrorKind` is the one decision table: each kind says what the worker does about it, whether it
was sending a note or reading the inbox. ``uncertain`` is the one case where retrying could
send twice; it is decided apart (look in Sent, or ask the user).
"""

from __future__ import annotations

import socket
import ssl
from enum import StrEnum


class Decision(StrEnum):
    RETRY = "retry"  # it may work later: back off and try again
    FAIL = "fail"  # this message will never go: fail it visibly, with the server's words
    PAUSE = "pause"  # the user must fix a setting: stop using the account, say so once


class ErrorKind(StrEnum):
    AUTH = "auth"
    APP_PASSWORD = "app_password"
    TLS = "tls"
    HOST = "host"
    KEY = "key"  # the stored password cannot be decrypted: the encryption key is missing or wrong
    SIGN_IN = "sign_in"  # an OAuth sign-in was revoked or expired: the user signs in again
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    TEMPORARY = "temporary"
    PERMANENT = "permanent"
    PROTOCOL = "protocol"

    @property
    def decision(self) -> Decision:
        return _DECISIONS[self]


_DECISIONS = {
    ErrorKind.AUTH: Decision.PAUSE,
    ErrorKind.APP_PASSWORD: Decision.PAUSE,
    # A certificate that no longer verifies may be someone in the middle: stop and ask.
    ErrorKind.TLS: Decision.PAUSE,
    # The name was looked up when the account was added; failing now is mostly a laptop that
    # is offline (macOS answers "not known" then too), so wait and try again.
    ErrorKind.HOST: Decision.RETRY,
    ErrorKind.KEY: Decision.PAUSE,
    ErrorKind.SIGN_IN: Decision.PAUSE,
    ErrorKind.TIMEOUT: Decision.RETRY,
    ErrorKind.CONNECTION: Decision.RETRY,
    ErrorKind.TEMPORARY: Decision.RETRY,
    ErrorKind.PERMANENT: Decision.FAIL,
    ErrorKind.PROTOCOL: Decision.FAIL,
}

KINDS = frozenset(ErrorKind)

# Words providers use when a normal password is refused because an app password is needed
# (Gmail: "534-5.7.9 Application-specific password required"; Yahoo and iCloud say similar).
_APP_PASSWORD_WORDS = (
    "application-specific password",
    "app password",
    "app-specific password",
    "apppassword",
    "5.7.9",
)


class MailError(Exception):
    """A mail operation failed; ``message`` is one sentence for the user saying what to do."""

    def __init__(
        self, kind: str, message: str, *, server_text: str = "", uncertain: bool = False
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown mail error kind {kind!r}")
        super().__init__(message)
        self.kind = ErrorKind(kind)
        self.message = message
        self.server_text = server_text
        self.uncertain = uncertain

    @property
    def decision(self) -> Decision:
        return self.kind.decision

    def __str__(self) -> str:
        if self.server_text:
            return f"{self.message} (server said: {self.server_text})"
        return self.message

    def __repr__(self) -> str:
        return (
            f"MailError(kind={self.kind.value!r}, message={self.message!r}, "
            f"server_text={self.server_text!r}, uncertain={self.uncertain!r})"
        )


# getaddrinfo's "try again later" answers, as opposed to "no such name" (EAI_NONAME).
_NO_RESOLVER = {socket.EAI_AGAIN, getattr(socket, "EAI_SYSTEM", socket.EAI_AGAIN)}


def needs_app_password(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _APP_PASSWORD_WORDS)


def auth_error(server_text: str) -> MailError:
    if needs_app_password(server_text):
        return MailError(
            "app_password",
            "This account needs an app password: create one in your mail provider's security "
            "settings and enter it instead of your normal password.",
            server_text=server_text,
        )
    return MailError(
        "auth",
        "The server refused the user name or password: check both (many providers, Gmail among "
        "them, need an app password rather than your normal password).",
        server_text=server_text,
    )


def token_refused(server_text: str, host: str) -> MailError:
    """A server refused an OAuth access token (XOAUTH2/OAUTHBEARER)."""
    return MailError(
        "sign_in",
        f"{host} no longer accepts Followup's sign-in for this account (it was revoked, expired "
        "or lacks the mail permission): sign in again on the Mail page.",
        server_text=server_text,
    )


def network_error(exc: BaseException, host: str, port: int, timeout: float) -> MailError | None:
    """Classify an OS-level failure (DNS, TLS, refused, timeout, reset); None if it is not one."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError(
            "tls",
            f"The certificate of {host} could not be verified ({exc.verify_message}): check the "
            "host name; if it is right and the server uses a private certificate authority, "
            "give that authority's certificate (the CA certificate field on the Mail page, or "
            "--cafile FILE with `followup account add`).",
            server_text=str(exc),
        )
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError | ssl.SSLSyscallError):
        # The peer went away in the middle of a TLS stream: a cut connection, not a TLS problem.
        return MailError(
            "connection",
            f"The connection to {host}:{port} was lost: try again later.",
            server_text=str(exc),
        )
    if isinstance(exc, ssl.SSLError):
        return MailError(
            "tls",
            f"A secure connection to {host}:{port} could not be set up: check that the port "
            "matches the security setting (usually 465 or 993 for TLS, 587 or 143 for STARTTLS).",
            server_text=str(exc),
        )
    if isinstance(exc, socket.gaierror) and exc.errno in _NO_RESOLVER:
        # No answer from DNS at all (offline, a laptop waking up): the name may be fine.
        return MailError(
            "connection",
            f"The server name {host} could not be looked up right now: check your internet "
            "connection; Followup tries again later.",
            server_text=str(exc),
        )
    if isinstance(exc, socket.gaierror):
        return MailError(
            "host",
            f"The server name {host} was not found: check its spelling (and your internet "
            "connection).",
            server_text=str(exc),
        )
    if isinstance(exc, TimeoutError):
        return MailError(
            "timeout",
            f"{host}:{port} did not answer within {timeout:g} seconds: check the host name and "
            "port, or try again later.",
            server_text=str(exc),
        )
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            "connection",
            f"{host}:{port} refused the connection: check the port number (SMTP is usually 587 "
            "or 465, IMAP 993 or 143).",
            server_text=str(exc),
        )
    if isinstance(exc, OSError):
        return MailError(
            "connection",
            f"The connection to {host}:{port} was lost: try again later.",
            server_text=str(exc) or type(exc).__name__,
        )
    return None
