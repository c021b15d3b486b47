"""send() against aiosmtpd (STARTTLS + AUTH) delivering into Dovecot, with injected faults."""

from __future__ import annotations

import dataclasses
import socket

import pytest
from aiosmtpd.controller import Controller

from followup.mail import MailError, find_by_message_id, send
from followup.testing.mailstack import free_port, make_tls_files, outgoing_message


def send_error(account, message) -> MailError:
    with pytest.raises(MailError) as info:
        send(account, message)
    return info.value


def test_it_sends_and_the_recipient_finds_it_by_message_id(stack):
    message = outgoing_message("bob", subject="Thank you, Bob", body="Great talk about Kafka.")
    send(stack.account("me"), message)
    [raw] = stack.find("bob", message["Message-ID"])
    assert b"Subject: Thank you, Bob" in raw
    assert stack.delivery_count(message["Message-ID"]) == 1


def test_it_sends_over_implicit_tls(stack):
    message = outgoing_message("bob")
    send(stack.account("me", smtp_security="tls"), message)
    assert len(stack.find("bob", message["Message-ID"])) == 1


def test_it_will_not_sign_in_without_starttls(stack):
    # A server without STARTTLS: the password must never cross the wire in clear.
    class Plain:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"

    plain = Controller(Plain(), hostname="127.0.0.1", port=free_port())
    plain.start()
    try:
        account = stack.account("me", smtp_port=plain.port)
        error = send_error(account, outgoing_message("bob"))
    finally:
        plain.stop()
    assert error.kind == "tls"
    assert "STARTTLS" in error.message


def test_a_wrong_password_is_an_auth_error(stack):
    error = send_error(stack.account("me", password="wrong"), outgoing_message("bob"))
    assert error.kind == "auth"
    assert error.server_text.startswith("535")
    assert "wrong" not in str(error)


def test_an_unknown_certificate_authority_is_a_tls_error(stack, tmp_path):
    other = make_tls_files(str(tmp_path), "other")
    for security in ("starttls", "tls"):
        account = stack.account("me", smtp_security=security, cafile=other.cafile)
        error = send_error(account, outgoing_message("bob"))
        assert error.kind == "tls"
        assert "certificate" in error.message


def test_an_unknown_host_is_a_host_error(stack):
    account = stack.account("me")
    account = dataclasses.replace(
        account, smtp=dataclasses.replace(account.smtp, host="no-such-host.invalid")
    )
    error = send_error(account, outgoing_message("bob"))
    assert error.kind == "host"
    assert "no-such-host.invalid" in error.message


def test_a_refused_connection_and_a_silent_server_are_told_apart(stack):
    error = send_error(stack.account("me", smtp_port=free_port()), outgoing_message("bob"))
    assert error.kind == "connection" and "refused" in error.message
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never greets
        account = stack.account("me", smtp_port=silent.getsockname()[1], timeout=0.3)
        error = send_error(account, outgoing_message("bob"))
    assert error.kind == "timeout"


@pytest.mark.parametrize(("kind", "code"), [("rcpt-421-close", 421), ("rcpt", 451), ("data", 451)])
def test_a_temporary_failure_then_success(stack, kind, code):
    stack.fault("bob", kind, code=code, times=1)
    message = outgoing_message("bob")
    error = send_error(stack.account("me"), message)
    assert error.kind == "temporary" and not error.uncertain
    assert error.server_text.startswith(str(code))
    assert stack.find("bob", message["Message-ID"]) == []
    send(stack.account("me"), message)  # the retry, same Message-ID
    assert len(stack.find("bob", message["Message-ID"])) == 1


@pytest.mark.parametrize(
    ("kind", "code", "words"),
    [("rcpt", 550, "550 5.1.1 No such user"), ("data", 554, "554 5.6.0 Message refused")],
)
def test_a_permanent_failure_keeps_the_server_text(stack, kind, code, words):
    stack.fault("bob", kind, code=code)
    message = outgoing_message("bob")
    error = send_error(stack.account("me"), message)
    assert error.kind == "permanent" and not error.uncertain
    assert error.server_text == words
    assert stack.delivery_count(message["Message-ID"]) == 0


def test_a_partly_refused_message_names_the_refused_recipient(stack):
    stack.fault("carol", "rcpt", code=550)
    message = outgoing_message("bob")
    message["Cc"] = "carol@example.test"
    error = send_error(stack.account("me"), message)
    assert error.kind == "permanent"
    assert "carol@example.test" in error.message and "was sent" in error.message
    assert len(stack.find("bob", message["Message-ID"])) == 1


def test_a_drop_in_the_middle_of_data_is_temporary_and_delivers_nothing(stack):
    # 8 MB outgrows the loopback socket buffers, so the client is still writing at the cut.
    stack.fault("bob", "drop-mid-data")
    message = outgoing_message("bob", body=("x" * 70 + "\n") * 115_000)
    error = send_error(stack.account("me"), message)
    assert error.kind == "temporary"
    assert not error.uncertain
    assert stack.delivery_count(message["Message-ID"]) == 0


def test_a_small_message_cut_mid_data_is_reported_uncertain_not_lost(stack):
    # The whole small message sat in the socket buffer before the cut: the client cannot know
    # it was not delivered, so it says "uncertain" (check Sent) rather than "safe to resend".
    stack.fault("bob", "drop-mid-data")
    message = outgoing_message("bob")
    error = send_error(stack.account("me"), message)
    assert error.uncertain
    assert stack.delivery_count(message["Message-ID"]) == 0


def test_a_drop_after_data_is_uncertain_and_found_in_sent(stack):
    stack.save_sent = True
    stack.fault("bob", "drop-after-data", times=1)
    message = outgoing_message("bob")
    account = stack.account("me")
    error = send_error(account, message)
    assert error.kind == "temporary" and error.uncertain
    assert "Sent folder" in error.message
    # It was delivered, once: the caller must not resend, and the Sent folder says so.
    assert stack.delivery_count(message["Message-ID"]) == 1
    assert len(stack.find("bob", message["Message-ID"])) == 1
    assert find_by_message_id(account, message["Message-ID"]) is True
    assert find_by_message_id(account, outgoing_message("bob")["Message-ID"]) is False
