"""Build the outgoing email, refusing anything that could inject headers."""

from __future__ import annotations

import email.policy
import re
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

# SMTP policy: CRLF line ends, as both SMTP and IMAP APPEND want them.
POLICY = email.policy.SMTP

_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_DOMAIN_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_MESSAGE_ID = re.compile(r"^<[^<>\s\"\\]+@[^<>\s\"\\]+>$")
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")

# Headers build_message sets itself; extra_headers may not override them.
_OWN_HEADERS = frozenset(
    name.lower()
    for name in (
        "From",
        "To",
        "Cc",
        "Bcc",
        "Subject",
        "Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Sender",
        "Reply-To",
        "Return-Path",
    )
)


def _no_line_breaks(field: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"{field} must not contain a line break.")
    if "\0" in value:
        raise ValueError(f"{field} must not contain a NUL character.")
    return value


def check_address(field: str, addr: str) -> str:
    addr = _no_line_breaks(field, addr).strip()
    local, at, domain = addr.rpartition("@")
    if not at or not _LOCAL_PART.match(local) or len(local) > 64:
        raise ValueError(f"{field} {addr!r} is not a valid email address.")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"{field} {addr!r} has an invalid domain.") from exc
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        raise ValueError(f"{field} {addr!r} is not a valid email address.")
    return f"{local}@{ascii_domain}"


def check_message_id(field: str, value: str) -> str:
    value = _no_line_breaks(field, value).strip()
    if not _MESSAGE_ID.match(value) or not value.isascii():
        raise ValueError(f"{field} {value!r} must look like <unique-part@domain>.")
    return value


def build_message(
    *,
    from_addr: str,
    from_name: str,
    to_addr: str,
    to_name: str,
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    date: datetime | None = None,
    extra_headers: dict[str, str] | None = None,
) -> EmailMessage:
    """A plain-text UTF-8 message; the Message-ID is used exactly as given.

    The caller fixes the Message-ID before the first attempt and keeps it for every retry:
    that is what lets an uncertain send be found in the Sent folder later.
    """
    from_addr = check_address("From address", from_addr)
    to_addr = check_address("To address", to_addr)
    _no_line_breaks("From name", from_name)
    _no_line_breaks("To name", to_name)
    _no_line_breaks("Subject", subject)
    message_id = check_message_id("Message-ID", message_id)
    if in_reply_to is not None:
        in_reply_to = check_message_id("In-Reply-To", in_reply_to)
    references = tuple(check_message_id("References", ref) for ref in references)
    if date is not None and date.tzinfo is None:
        raise ValueError("date must be timezone-aware.")

    msg = EmailMessage(policy=POLICY)
    msg["From"] = Address(display_name=from_name.strip(), addr_spec=from_addr)
    msg["To"] = Address(display_name=to_name.strip(), addr_spec=to_addr)
    msg["Subject"] = subject.strip()
    msg["Date"] = format_datetime(date or datetime.now(UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    for name, value in (extra_headers or {}).items():
        if not _HEADER_NAME.match(name):
            raise ValueError(f"{name!r} is not a valid header name.")
        if name.lower() in _OWN_HEADERS:
            raise ValueError(f"The {name} header is set by build_message itself.")
        msg[name] = _no_line_breaks(f"Header {name}", value)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.endswith("\n"):
        body += "\n"
    # Quoted-printable keeps non-ASCII text readable in raw form and safe for 7-bit servers.
    msg.set_content(body, charset="utf-8", cte=None if body.isascii() else "quoted-printable")
    return msg
