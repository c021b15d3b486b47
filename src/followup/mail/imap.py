"""IMAP: drafts, the Sent-folder lookup, fetching only what is new, and waiting for changes.

Every function opens its own short session and closes it, so a worker never holds a
connection (or a password) longer than one operation. Folders are opened read-only (EXAMINE)
and bodies fetched with BODY.PEEK, so nothing the user has not read is ever marked \\Seen.
"""

from __future__ import annotations

import email
import email.policy
import imaplib
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from imap_tools import MailBox, MailBoxStartTls
from imap_tools.errors import (
    MailboxLoginError,
    MailboxStarttlsError,
    UnexpectedCommandStatusError,
)
from imap_tools.mailbox import BaseMailBox

from followup.core.replies.text import html_to_text

from . import sasl
from .errors import MailError, auth_error, network_error, token_refused
from .folders import DRAFTS_NAMES, SENT_NAMES, pick_folder
from .message import POLICY, check_message_id
from .settings import AccountSettings, ServerSettings, tls_context

log = logging.getLogger(__name__)

# Enough for the headers and the first text part of nearly any message, without downloading
# attachments: a 10,000-message first sync stays fast.
FETCH_BYTES = 256 * 1024
TEXT_LIMIT = 20_000
# RFC 2177: re-issue IDLE at least every 29 minutes; stay well under it.
MAX_IDLE_SECONDS = 20 * 60

_MSGID = re.compile(r"<[^<>\s]+>")
_EXISTS = re.compile(rb"^\* \d+ EXISTS", re.IGNORECASE)


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    from_addr: str
    from_name: str
    to_addrs: tuple[str, ...]
    subject: str
    date: datetime | None
    auto_submitted: str
    precedence: str
    headers_ooo: bool  # X-Autoreply or X-Autorespond present
    text: str  # plain-text body, decoded, at most TEXT_LIMIT characters
    # An invitation: the first text/calendar part or .ics attachment, raw (b"" when none).
    calendar: bytes = b""


@dataclass(frozen=True)
class FetchResult:
    folder: str
    uidvalidity: int
    messages: list[FetchedMessage]
    highest_uid: int  # the after_uid to pass next time
    reset: bool  # UIDVALIDITY changed: drop the ledger for this folder


# ---------------------------------------------------------------------------------------------
# Sessions and error translation


def _server_words(exc: UnexpectedCommandStatusError) -> str:
    data = exc.command_result[1] if len(exc.command_result) > 1 else b""
    if isinstance(data, list | tuple):
        data = b" ".join(part for part in data if isinstance(part, bytes))
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)


def _translate(exc: BaseException, server: ServerSettings, timeout: float) -> BaseException:
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, MailboxLoginError):
        return auth_error(_server_words(exc))
    if isinstance(exc, MailboxStarttlsError) or (
        isinstance(exc, imaplib.IMAP4.error)
        and "STARTTLS" in str(exc).upper()
        and "not supported" in str(exc).lower()
    ):
        return MailError(
            "tls",
            f"{server.host}:{server.port} does not offer STARTTLS, and Followup never signs in "
            "without encryption: use the server's TLS port (usually 993).",
            server_text=str(exc),
        )
    if isinstance(exc, imaplib.IMAP4.abort):
        return MailError(
            "connection",
            f"The connection to {server.host} was lost in the middle of an operation: it will "
            "be tried again.",
            server_text=str(exc),
        )
    if isinstance(exc, UnexpectedCommandStatusError):
        return MailError(
            "protocol", f"{server.host} refused an IMAP command.", server_text=_server_words(exc)
        )
    if isinstance(exc, imaplib.IMAP4.error):
        return MailError(
            "protocol", f"{server.host} refused an IMAP command.", server_text=str(exc)
        )
    classified = network_error(exc, server.host, server.port, timeout)
    return classified if classified is not None else exc


@contextmanager
def _translated(server: ServerSettings, timeout: float) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        translated = _translate(exc, server, timeout)
        if translated is exc:
            raise
        raise translated from exc


def _close(box: BaseMailBox) -> None:
    with suppress(Exception):
        box.client.shutdown()


@contextmanager
def session(account: AccountSettings) -> Iterator[BaseMailBox]:
    """A logged-in imap-tools mailbox (no folder selected); errors come out as MailError."""
    server = account.imap
    with _translated(server, account.timeout):
        context = tls_context(server.cafile, server.cadata)
        if server.security == "tls":
            box: BaseMailBox = MailBox(
                server.host, server.port, timeout=account.timeout, ssl_context=context
            )
        else:
            box = MailBoxStartTls(
                server.host, server.port, timeout=account.timeout, ssl_context=context
            )
        try:
            if server.auth == "oauth2":
                _oauth_login(box, server)
            else:
                box.login(server.username, server.password, initial_folder=None)
        except BaseException:
            _close(box)
            raise
        try:
            yield box
        finally:
            # LOGOUT is a courtesy: after a cut connection it fails, and that changes nothing.
            try:
                box.client.logout()
            except Exception:
                _close(box)


_PASSING_CODES = ("[UNAVAILABLE]", "[SERVERBUG]", "[INUSE]", "[LIMIT]")


def _oauth_login(box: BaseMailBox, server: ServerSettings) -> None:
    """AUTHENTICATE with the access token; a refusal says "sign in again", not "password"."""
    offered = {
        cap.split("=", 1)[1].upper()
        for cap in box.client.capabilities
        if cap.upper().startswith("AUTH=")
    }
    mechanism = sasl.pick_mechanism(offered)
    if mechanism is None:
        raise MailError(
            "protocol",
            f"{server.host} does not offer OAuth sign-in (XOAUTH2 or OAUTHBEARER) over IMAP: "
            "use an app password for this account instead.",
        )
    first = sasl.initial_response(
        mechanism, server.username, server.password, server.host, server.port
    ).encode()
    answered: list[bytes] = []

    def answer(challenge: bytes) -> bytes:
        # The first continuation asks for the token; a second one is the server's error
        # report, which is acknowledged so that the server ends with NO.
        reply = first if not answered else sasl.error_acknowledgement(mechanism).encode()
        answered.append(challenge)
        return reply

    try:
        box.client.authenticate(mechanism, answer)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:
        if any(code in str(exc).upper() for code in _PASSING_CODES):
            # RFC 5530: the server cannot check the token right now; that is no refusal.
            raise MailError(
                "temporary",
                f"{server.host} could not check the sign-in just now: it is tried again later.",
                server_text=str(exc),
            ) from None
        raise token_refused(str(exc), server.host) from None


def _check(result: tuple, what: str) -> list:
    typ, data = result
    if typ != "OK":
        words = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
        raise MailError("protocol", f"The IMAP server refused {what}.", server_text=words)
    return data


def _folders(box: BaseMailBox) -> list[tuple[str, tuple[str, ...]]]:
    return [(info.name, tuple(info.flags)) for info in box.folder.list()]


def _quote(value: str) -> str:
    if not value.isascii():
        raise ValueError("IMAP search values must be ASCII here.")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _select(box: BaseMailBox, folder: str) -> tuple[int, int]:
    """EXAMINE ``folder`` (read-only); return (UIDVALIDITY, EXISTS)."""
    box.folder.set(folder, readonly=True)
    client = box.client
    _, validity = client.response("UIDVALIDITY")
    _, exists = client.response("EXISTS")
    uidvalidity = int(validity[-1]) if validity and validity[-1] else 0
    count = int(exists[-1]) if exists and exists[-1] else 0
    return uidvalidity, count


# ---------------------------------------------------------------------------------------------
# Drafts and the Sent folder


def append_draft(account: AccountSettings, message: EmailMessage) -> str:
    """Put ``message`` in the folder marked \\Drafts (created as "Drafts" if there is none).

    The copy is flagged \\Draft and \\Seen (a draft the user wrote is not unread mail).
    Returns the folder's name.
    """
    raw = message.as_bytes(policy=POLICY)
    with session(account) as box, _translated(account.imap, account.timeout):
        folder = pick_folder(_folders(box), "\\Drafts", DRAFTS_NAMES)
        if folder is None:
            folder = "Drafts"
            box.folder.create(folder)
        when = None
        with suppress(TypeError, ValueError):
            when = parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
        box.append(raw, folder, dt=when, flag_set=["\\Draft", "\\Seen"])
        log.info("appended draft %s to %s", message.get("Message-ID"), folder)
        return folder


def find_by_message_id(account: AccountSettings, message_id: str) -> bool:
    """Is a message with this Message-ID in the Sent folder?

    Used to settle an uncertain send. Only the Sent folder is searched (the one flagged \\Sent,
    else a common name): a copy there means the send went through. False is proof only for
    providers that file sent mail themselves (Gmail, Outlook, iCloud do) or when the stack
    saves a copy; the caller decides what "not found" means. No Sent folder at all raises
    MailError, because guessing "not sent" could send twice.
    """
    message_id = check_message_id("Message-ID", message_id)
    with session(account) as box, _translated(account.imap, account.timeout):
        folder = pick_folder(_folders(box), "\\Sent", SENT_NAMES)
        if folder is None:
            raise MailError(
                "protocol",
                "No Sent folder was found in this mailbox, so Followup cannot tell whether the "
                "message went out: check in your mail client before sending it again.",
            )
        _select(box, folder)
        client = box.client
        hits = _check(
            client.uid("SEARCH", "HEADER", "Message-ID", _quote(message_id)), "the search"
        )
        uids = hits[0].split() if hits and hits[0] else []
        if not uids:
            return False
        # HEADER search is a substring match; confirm the exact value.
        data = _check(
            client.uid(
                "FETCH", b",".join(uids).decode(), "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"
            ),
            "the fetch",
        )
        for item in data:
            if isinstance(item, tuple):
                found = _MSGID.findall(item[1].decode("utf-8", "replace"))
                if message_id in found:
                    return True
        return False


# ---------------------------------------------------------------------------------------------
# Fetching new mail


def _header(msg: email.message.Message, name: str) -> str:
    try:
        value = msg.get(name)
        return " ".join(str(value).split()) if value is not None else ""
    except Exception:
        # A header too broken for the parser: fall back to its raw text.
        for key, raw in msg.raw_items():  # type: ignore[attr-defined]
            if key.lower() == name.lower():
                return " ".join(str(raw).split())
        return ""


def _text_of(msg: email.message.EmailMessage) -> str:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is None:
        return ""
    try:
        content = part.get_content()
    except Exception:
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        # Quoted blocks become "> " lines, so the reply reader can tell new text from history.
        content = html_to_text(content[: TEXT_LIMIT * 4])
    return content.replace("\r\n", "\n")[:TEXT_LIMIT]


def _calendar_of(msg: email.message.Message) -> bytes:
    """An invitation's calendar data: a text/calendar part (what Google, Outlook and Apple
    send) or an attached .ics file; b"" when there is none or it cannot be decoded."""
    try:
        for part in msg.walk():
            if part.is_multipart():
                continue
            kind = part.get_content_type()
            name = (part.get_filename() or "").lower()
            if kind in ("text/calendar", "application/ics") or name.endswith(".ics"):
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes) and payload:
                    return payload
    except Exception:  # a malformed part: no invitation, the rest of the message still counts
        return b""
    return b""


def parse_message(uid: int, raw: bytes) -> FetchedMessage:
    """Turn raw (possibly truncated) message bytes into a FetchedMessage; never raises."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    from_pairs = getaddresses([_header(msg, "From")])
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    recipients = getaddresses([_header(msg, "To"), _header(msg, "Cc")])
    date: datetime | None = None
    with suppress(TypeError, ValueError, IndexError, OverflowError):
        parsed = parsedate_to_datetime(_header(msg, "Date"))
        # In UTC here, so a date at the edge of the calendar (year 9999, -12:00) fails now,
        # as "no date", rather than later when it is stored.
        date = (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    message_ids = _MSGID.findall(_header(msg, "Message-ID"))
    in_reply_to = _MSGID.findall(_header(msg, "In-Reply-To"))
    return FetchedMessage(
        uid=uid,
        message_id=message_ids[0] if message_ids else "",
        in_reply_to=in_reply_to[0] if in_reply_to else "",
        references=tuple(_MSGID.findall(_header(msg, "References"))),
        from_addr=from_addr.lower(),
        from_name=from_name,
        to_addrs=tuple(addr.lower() for _, addr in recipients if addr),
        subject=_header(msg, "Subject"),
        date=date,
        auto_submitted=_header(msg, "Auto-Submitted"),
        precedence=_header(msg, "Precedence"),
        headers_ooo=msg.get("X-Autoreply") is not None or msg.get("X-Autorespond") is not None,
        text=_text_of(msg),
        calendar=_calendar_of(msg),
    )


def _parse_fetch(data: list) -> list[tuple[int, bytes]]:
    found: list[tuple[int, bytes]] = []
    for index, item in enumerate(data):
        if not isinstance(item, tuple):
            continue
        meta, literal = item[0], item[1]
        match = re.search(rb"UID (\d+)", meta)
        if match is None and index + 1 < len(data) and isinstance(data[index + 1], bytes):
            # Some servers put UID after the literal: b' UID 12)'.
            match = re.search(rb"UID (\d+)", data[index + 1])
        if match is not None:
            found.append((int(match.group(1)), literal))
    return found


def fetch_new(
    account: AccountSettings,
    folder: str = "INBOX",
    *,
    uidvalidity: int | None = None,
    after_uid: int = 0,
    batch: int = 500,
    limit: int | None = None,
) -> FetchResult:
    """Messages in ``folder`` with a UID above ``after_uid``, oldest first, in batches.

    When ``uidvalidity`` is given and the server's differs, the old UIDs mean nothing any
    more: everything is fetched again from UID 1 and ``reset`` is True. ``limit`` caps how
    many messages one call returns; ``highest_uid`` then says where to continue.
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    with session(account) as box, _translated(account.imap, account.timeout):
        server_validity, _ = _select(box, folder)
        reset = uidvalidity is not None and uidvalidity != server_validity
        if reset:
            after_uid = 0
        client = box.client
        data = _check(client.uid("SEARCH", f"UID {after_uid + 1}:*"), "the search")
        # "n:*" always includes the highest UID, even when it is below n: filter.
        uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > after_uid)
        if limit is not None:
            uids = uids[:limit]
        messages: list[FetchedMessage] = []
        for start in range(0, len(uids), batch):
            chunk = uids[start : start + batch]
            uid_set = ",".join(str(u) for u in chunk)
            data = _check(
                client.uid("FETCH", uid_set, f"(UID BODY.PEEK[]<0.{FETCH_BYTES}>)"), "the fetch"
            )
            parsed = dict(_parse_fetch(data))
            # Messages expunged between SEARCH and FETCH are simply absent.
            messages.extend(parse_message(uid, parsed[uid]) for uid in chunk if uid in parsed)
        highest = uids[-1] if uids else after_uid
        return FetchResult(
            folder=folder,
            uidvalidity=server_validity,
            messages=messages,
            highest_uid=highest,
            reset=reset,
        )


# ---------------------------------------------------------------------------------------------
# Waiting for new mail


def wait_for_changes(
    account: AccountSettings,
    folder: str = "INBOX",
    timeout: float = 60.0,
    *,
    idle: bool = True,
    poll_interval: float = 10.0,
) -> bool:
    """Block until ``folder`` gets new mail (True) or ``timeout`` passes (False).

    Uses IDLE when the server offers it, else polls with NOOP every ``poll_interval``
    seconds. A connection that is cut or goes silent returns False: the caller simply syncs
    and calls again, so a broken connection never hangs the worker. Connection and sign-in
    failures before waiting starts raise MailError as usual.
    """
    deadline = time.monotonic() + min(timeout, MAX_IDLE_SECONDS)
    with session(account) as box:
        with _translated(account.imap, account.timeout):
            _select(box, folder)
            capabilities = _check(box.client.capability(), "CAPABILITY")
            has_idle = b"IDLE" in b" ".join(capabilities).upper().split()
        if idle and has_idle:
            return _idle(box.client, deadline)
        return _poll(box.client, deadline, poll_interval)


def _idle(client: imaplib.IMAP4, deadline: float) -> bool:
    # IDLE is driven by hand with a tag of our own: imaplib has no IDLE command, and reading
    # with a deadline per line lets a silent or cut connection end the wait instead of hanging.
    tag = b"FUIDLE"
    sock = client.sock
    try:
        client.send(tag + b" IDLE\r\n")
        sock.settimeout(max(0.1, deadline - time.monotonic()))
        first = client.readline()
        if not first.startswith(b"+"):
            return False
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            sock.settimeout(remaining)
            line = client.readline()
            if not line or line.startswith(b"* BYE"):
                return False  # EOF or the server is going away
            if _EXISTS.match(line):
                _end_idle(client, tag)
                return True
    except (OSError, imaplib.IMAP4.error):
        # A timeout leaves the socket's file unusable, and a cut leaves nothing to talk to:
        # either way the connection is abandoned, and the caller's next sync finds the truth.
        return False


def _end_idle(client: imaplib.IMAP4, tag: bytes) -> None:
    with suppress(OSError, imaplib.IMAP4.error):
        client.sock.settimeout(5)
        client.send(b"DONE\r\n")
        for _ in range(1000):
            if client.readline().startswith(tag + b" "):
                break


def _poll(client: imaplib.IMAP4, deadline: float, poll_interval: float) -> bool:
    try:
        client.response("EXISTS")  # forget the count SELECT reported
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(poll_interval, remaining))
            typ, _ = client.noop()
            if typ != "OK":
                return False
            _, exists = client.response("EXISTS")
            if exists and exists[-1] is not None:
                return True
    except (OSError, imaplib.IMAP4.error):
        return False
