"""Sending over SMTP with implicit TLS or STARTTLS, every failure classified.

The one subtle case is a connection lost after the whole message went out (after DATA's
final dot): the server may have delivered it, so the error says ``uncertain=True`` and the
caller must look in the Sent folder (``find_by_message_id``) or ask the user; never resend.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable
from email.message import EmailMessage

from . import sasl
from .errors import MailError, auth_error, network_error, token_refused
from .settings import AccountSettings, ServerSettings, tls_context

log = logging.getLogger(__name__)

# EHLO name: socket.getfqdn() can stall on a reverse DNS lookup, and servers ignore the name
# on authenticated submission anyway.
EHLO_NAME = "localhost"


class _TrackingMixin:
    """Remembers whether the message body, final dot included, was written to the socket."""

    data_started = False
    data_handed_over = False
    before_data = None  # called right before DATA: the caller records "may be delivered now"

    def data(self, msg):  # type: ignore[no-untyped-def]
        if self.before_data is not None:
            self.before_data()
        self.data_started = True
        return super().data(msg)  # type: ignore[misc]

    def send(self, s):  # type: ignore[no-untyped-def]
        super().send(s)  # type: ignore[misc]
        # smtplib writes the body in one send() call that ends with CRLF.CRLF; commands are str.
        if self.data_started and isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.data_handed_over = True


class _SMTP(_TrackingMixin, smtplib.SMTP):
    pass


class _SMTPS(_TrackingMixin, smtplib.SMTP_SSL):
    pass


def _reply_text(code: int, raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return f"{code} {text}".strip()


def _reply_error(code: int, raw: bytes | str, what: str) -> MailError:
    text = _reply_text(code, raw)
    if code in (534, 535) or (code == 530 and "auth" in text.lower()):
        return auth_error(text)
    if 400 <= code < 500:
        return MailError(
            "temporary",
            f"The mail server could not take {what} right now; it will be tried again later.",
            server_text=text,
        )
    if 500 <= code < 600:
        return MailError(
            "permanent",
            f"The mail server refused {what}: read its reply, fix the address or the message, "
            "then try again.",
            server_text=text,
        )
    return MailError(
        "protocol", f"The mail server gave an unexpected reply to {what}.", server_text=text
    )


def connect(server: ServerSettings, timeout: float) -> smtplib.SMTP:
    """Open, secure and authenticate an SMTP session, or raise MailError."""
    context = tls_context(server.cafile, server.cadata)
    client: smtplib.SMTP | None = None
    try:
        if server.security == "tls":
            client = _SMTPS(
                server.host, server.port, local_hostname=EHLO_NAME, timeout=timeout, context=context
            )
            client.ehlo()
        else:
            client = _SMTP(server.host, server.port, local_hostname=EHLO_NAME, timeout=timeout)
            client.ehlo()
            if not client.has_extn("starttls"):
                raise MailError(
                    "tls",
                    f"{server.host}:{server.port} does not offer STARTTLS, and Followup never "
                    "signs in without encryption: use the server's TLS port (usually 465) or "
                    "its STARTTLS port (usually 587).",
                )
            client.starttls(context=context)
            client.ehlo()
        if not client.has_extn("auth"):
            raise MailError(
                "protocol",
                f"{server.host}:{server.port} does not offer sign-in (AUTH): check that this "
                "is the submission port (usually 587 or 465).",
            )
        if server.auth == "oauth2":
            _oauth_login(client, server)
        else:
            client.login(server.username, server.password)
        return client
    except BaseException as exc:
        if client is not None:
            client.close()
        raise _classify(exc, server, timeout, what="the sign-in") from exc


def _oauth_login(client: smtplib.SMTP, server: ServerSettings) -> None:
    offered = {word.upper() for word in client.esmtp_features.get("auth", "").split()}
    mechanism = sasl.pick_mechanism(offered)
    if mechanism is None:
        raise MailError(
            "protocol",
            f"{server.host}:{server.port} does not offer OAuth sign-in (XOAUTH2 or OAUTHBEARER): "
            "use an app password for this account instead.",
        )
    first = sasl.initial_response(
        mechanism, server.username, server.password, server.host, server.port
    )

    def answer(challenge: bytes | None = None) -> str:
        # None: the initial response; a challenge after it is the server's error report.
        return first if challenge is None else sasl.error_acknowledgement(mechanism)

    try:
        client.auth(mechanism, answer, initial_response_ok=True)
    except smtplib.SMTPAuthenticationError as exc:
        text = _reply_text(exc.smtp_code, exc.smtp_error)
        if 400 <= exc.smtp_code < 500:  # 454 4.7.0: cannot check it now, not a refusal
            raise MailError(
                "temporary",
                f"{server.host} could not check the sign-in just now: it is tried again later.",
                server_text=text,
            ) from None
        raise token_refused(text, server.host) from None


def _classify(
    exc: BaseException,
    server: ServerSettings,
    timeout: float,
    *,
    what: str,
    handed_over: bool = False,
) -> BaseException:
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return auth_error(_reply_text(exc.smtp_code, exc.smtp_error))
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        # With one recipient (our case) this is that recipient's reply; with several, the
        # worst one decides: a permanent refusal beats a temporary one.
        replies = sorted(exc.recipients.items(), key=lambda item: -item[1][0])
        address, (code, raw) = replies[0]
        return _reply_error(code, raw, f"the recipient {address}")
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_error(exc.smtp_code, exc.smtp_error, what)
    # smtplib turns timeouts and resets into SMTPServerDisconnected; the cause tells them apart.
    timed_out = isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError)
    if handed_over and isinstance(exc, OSError):  # SMTPException is an OSError too
        return MailError(
            "timeout" if timed_out else "temporary",
            "The connection was lost after the whole message was sent, so it may have been "
            "delivered: check your Sent folder before sending it again.",
            server_text=str(exc),
            uncertain=True,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if timed_out:
            error = network_error(TimeoutError(str(exc)), server.host, server.port, timeout)
            assert error is not None
            return error
        return MailError(
            "temporary",
            f"{server.host} closed the connection before the message was accepted; it will "
            "be tried again later.",
            server_text=str(exc),
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError(
            "protocol", f"{server.host} does not support a needed feature.", server_text=str(exc)
        )
    classified = network_error(exc, server.host, server.port, timeout)
    if classified is not None:
        return classified
    if isinstance(exc, smtplib.SMTPException):
        return MailError(
            "protocol", f"The SMTP conversation with {server.host} failed.", server_text=str(exc)
        )
    return exc  # a programming error: let it surface unchanged


def send(
    account: AccountSettings,
    message: EmailMessage,
    *,
    before_data: Callable[[], None] | None = None,
) -> None:
    """Send ``message`` through the account's SMTP server, or raise MailError.

    ``before_data`` runs after the recipients were accepted and right before the DATA command:
    until then nothing can have been delivered, so an attempt that dies earlier is safe to retry.

    Returns only when the server accepted the message for every recipient. A recipient the
    server refused while others were accepted raises a "permanent" (or "temporary") MailError
    naming that recipient; the others were sent, so the caller must not resend as a whole.
    """
    server = account.smtp
    client = connect(server, account.timeout)
    client.before_data = before_data
    try:
        refused = client.send_message(message)
    except BaseException as exc:
        handed_over = getattr(client, "data_handed_over", False)
        client.close()
        raise _classify(
            exc, server, account.timeout, what="the message", handed_over=handed_over
        ) from exc
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        # The message was already accepted (250 after DATA); a failed QUIT changes nothing.
        client.close()
    if refused:
        address, (code, raw) = sorted(refused.items(), key=lambda item: -item[1][0])[0]
        error = _reply_error(code, raw, f"the recipient {address}")
        error.message = (
            f"The message was sent, but the server refused the recipient {address}: {error.message}"
        )
        raise error
    log.info("sent %s via %s", message.get("Message-ID"), server.host)
