"""check_account's explanations, and a real sieve vacation reply coming back."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import socket
import time

import pytest

from followup.mail import check_account, fetch_new, send
from followup.testing.mailstack import free_port, make_tls_files, outgoing_message


def test_check_account_says_both_servers_are_fine(stack):
    results = check_account(stack.account("me"))
    assert [(r.server, r.ok) for r in results] == [("smtp", True), ("imap", True)]
    assert "signed in" in results[0].message and "STARTTLS" in results[0].message


def test_check_account_explains_a_wrong_password(stack):
    results = check_account(stack.account("me", password="wrong"))
    assert not any(r.ok for r in results)
    for result in results:
        assert "user name or password" in result.message and "app password" in result.message


def test_check_account_explains_tls_host_refused_and_timeout(stack, tmp_path):
    other = make_tls_files(str(tmp_path), "other")
    results = check_account(stack.account("me", cafile=other.cafile))
    assert all(not r.ok and "certificate" in r.message for r in results)

    account = stack.account("me")
    nowhere = dataclasses.replace(
        account,
        smtp=dataclasses.replace(account.smtp, host="smtp.nowhere.invalid"),
        imap=dataclasses.replace(account.imap, host="imap.nowhere.invalid"),
    )
    assert all("was not found" in r.message for r in check_account(nowhere))

    refused = check_account(stack.account("me", smtp_port=free_port(), imap_port=free_port()))
    assert all("refused the connection" in r.message for r in refused)

    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        results = check_account(stack.account("me", smtp_port=port, imap_port=port, timeout=0.3))
    assert all("did not answer" in r.message for r in results)


def test_a_vacation_reply_comes_back_auto_submitted_and_threaded(stack):
    if not stack.has_sieve:
        pytest.skip("dovecot-sieve is not installed")
    stack.set_vacation("recruiter", "Out of office", "I am away until Monday 12 January.")
    message = outgoing_message("recruiter", sender="alice")
    send(stack.account("alice"), message)
    deadline = time.monotonic() + 5
    replies: list = []
    while not replies and time.monotonic() < deadline:
        replies = [
            m
            for m in fetch_new(stack.account("alice")).messages
            if m.in_reply_to == message["Message-ID"]
        ]
        time.sleep(0.05)
    [reply] = replies
    assert reply.auto_submitted.startswith("auto-replied")
    assert reply.subject == "Out of office"
    assert "12 January" in reply.text
    assert message["Message-ID"] in reply.references
    [raw] = [r for r in stack.mailbox("alice") if message["Message-ID"].encode() in r]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Precedence"] == "bulk"
