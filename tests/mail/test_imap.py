"""IMAP adapters against Dovecot: drafts, the Sent lookup, fetching new mail, waiting for it."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from followup.mail import (
    MailError,
    append_draft,
    fetch_new,
    find_by_message_id,
    wait_for_changes,
)
from followup.testing.mailstack import (
    FaultProxy,
    make_tls_files,
    new_message_id,
    outgoing_message,
    raw_message,
)


def fresh_folder(stack, user: str, count: int, **kwargs) -> tuple[str, list[str]]:
    folder = f"Test-{uuid.uuid4().hex[:8]}"
    ids = [new_message_id() for _ in range(count)]
    for message_id in ids:
        stack.append(user, folder, raw_message(message_id, **kwargs))
    return folder, ids


def counts(stack, user: str) -> dict[str, int]:
    return {folder: len(stack.mailbox(user, folder)) for folder in ("INBOX", "Sent", "Drafts")}


def test_a_draft_lands_in_drafts_flagged_and_nothing_else_changes(stack):
    before = counts(stack, "alice")
    message = outgoing_message("bob", sender="alice")
    folder = append_draft(stack.account("alice"), message)
    assert folder == "Drafts"
    after = counts(stack, "alice")
    assert after == {**before, "Drafts": before["Drafts"] + 1}
    [(raw, flags)] = [
        (raw, flags)
        for raw, flags in stack.messages("alice", "Drafts")
        if message["Message-ID"].encode() in raw
    ]
    assert "\\Draft" in flags
    assert raw == message.as_bytes()


def test_a_draft_over_implicit_tls(stack):
    message = outgoing_message("bob", sender="alice")
    assert append_draft(stack.account("alice", imap_security="tls"), message) == "Drafts"


def test_find_by_message_id_looks_in_sent_only_and_exactly(stack):
    account = stack.account("carol")
    message_id = new_message_id()
    stack.append("carol", "INBOX", raw_message(message_id))
    assert find_by_message_id(account, message_id) is False  # INBOX does not count
    longer = message_id.replace("<", "<x")  # contains the searched text, is not it
    stack.append("carol", "Sent", raw_message(longer))
    assert find_by_message_id(account, message_id) is False
    stack.append("carol", "Sent", raw_message(message_id))
    assert find_by_message_id(account, message_id) is True


def test_fetch_new_returns_only_new_uids_and_never_marks_seen(stack):
    account = stack.account("dave")
    folder, ids = fresh_folder(stack, "dave", 3)
    first = fetch_new(account, folder)
    assert [m.message_id for m in first.messages] == ids
    assert first.highest_uid == first.messages[-1].uid and not first.reset
    again = fetch_new(account, folder, uidvalidity=first.uidvalidity, after_uid=first.highest_uid)
    assert again.messages == [] and again.highest_uid == first.highest_uid
    more = [new_message_id(), new_message_id()]
    for message_id in more:
        stack.append("dave", folder, raw_message(message_id))
    later = fetch_new(account, folder, uidvalidity=first.uidvalidity, after_uid=first.highest_uid)
    assert [m.message_id for m in later.messages] == more
    assert all("\\Seen" not in flags for _, flags in stack.messages("dave", folder))


def test_fetch_new_works_in_batches_and_honours_a_limit(stack):
    account = stack.account("dave")
    folder, ids = fresh_folder(stack, "dave", 5)
    assert [m.message_id for m in fetch_new(account, folder, batch=2).messages] == ids
    limited = fetch_new(account, folder, batch=2, limit=3)
    assert [m.message_id for m in limited.messages] == ids[:3]
    rest = fetch_new(
        account, folder, uidvalidity=limited.uidvalidity, after_uid=limited.highest_uid
    )
    assert [m.message_id for m in rest.messages] == ids[3:]


def test_fetch_new_starts_over_when_uidvalidity_changes(stack):
    account = stack.account("dave")
    folder, _ = fresh_folder(stack, "dave", 3)
    old = fetch_new(account, folder)
    with stack.imap("dave") as client:
        assert client.delete(f'"{folder}"')[0] == "OK"
    recreated = new_message_id()
    stack.append("dave", folder, raw_message(recreated))
    result = fetch_new(account, folder, uidvalidity=old.uidvalidity, after_uid=old.highest_uid)
    assert result.reset and result.uidvalidity != old.uidvalidity
    assert [m.message_id for m in result.messages] == [recreated]


def test_fetched_messages_carry_what_reply_detection_needs(stack):
    account = stack.account("erin")
    folder = f"Test-{uuid.uuid4().hex[:8]}"
    headers = (
        "In-Reply-To: <orig@followup.example.test>\r\n"
        "References: <a@x.test> <orig@followup.example.test>\r\n"
        "Auto-Submitted: auto-replied\r\nPrecedence: bulk\r\nX-Autoreply: yes\r\n"
        "Cc: Other <Other@Example.test>\r\n"
    )
    stack.append(
        "erin",
        folder,
        raw_message(
            "<r1@acme.test>",
            subject="=?utf-8?q?Abwesenheit_=C3=BCber?=",
            sender="Ann@Acme.test",
            to="erin@example.test",
            headers=headers,
            body="Back on 12 January.",
        ),
    )
    html = (
        b"From: hr@acme.test\r\nTo: erin@example.test\r\nSubject: Offer\r\n"
        b"Message-ID: <r2@acme.test>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>We are happy to <b>offer</b> you&nbsp;the role.</p>\r\n"
    )
    stack.append("erin", folder, html)
    ooo, offer = fetch_new(account, folder).messages
    assert ooo.in_reply_to == "<orig@followup.example.test>"
    assert ooo.references == ("<a@x.test>", "<orig@followup.example.test>")
    assert ooo.from_addr == "ann@acme.test" and ooo.from_name == "Sender"
    assert ooo.to_addrs == ("erin@example.test", "other@example.test")
    assert ooo.subject == "Abwesenheit über"
    assert (ooo.auto_submitted, ooo.precedence, ooo.headers_ooo) == ("auto-replied", "bulk", True)
    assert ooo.text.strip() == "Back on 12 January."
    assert ooo.date is not None and ooo.date.utcoffset() is not None
    assert "offer" in offer.text and "<" not in offer.text and not offer.headers_ooo


def test_a_fetch_cut_midway_is_a_connection_error(stack):
    folder, _ = fresh_folder(stack, "frank", 4, body="y" * 120_000)
    with FaultProxy(stack.imaps_port, cut_after_server_bytes=150_000) as proxy:
        account = stack.account("frank", imap_security="tls", imap_port=proxy.port)
        with pytest.raises(MailError) as info:
            fetch_new(account, folder)
    assert info.value.kind == "connection"


@pytest.mark.timed_waits
def test_wait_for_changes_wakes_on_a_delivery(stack):
    account = stack.account("grace")
    timer = threading.Timer(0.3, stack.deliver, args=(raw_message(new_message_id()), "grace"))
    started = time.monotonic()
    timer.start()
    try:
        assert wait_for_changes(account, timeout=10) is True
    finally:
        timer.cancel()
    assert time.monotonic() - started < 2.5  # dovecot notifies about 0.5 s after delivery


@pytest.mark.timed_waits
def test_wait_for_changes_returns_false_when_nothing_happens(stack):
    started = time.monotonic()
    assert wait_for_changes(stack.account("heidi"), timeout=0.4) is False
    assert time.monotonic() - started < 2


@pytest.mark.timed_waits
def test_wait_for_changes_can_poll_without_idle(stack):
    account = stack.account("grace")
    timer = threading.Timer(0.3, stack.deliver, args=(raw_message(new_message_id()), "grace"))
    timer.start()
    try:
        assert wait_for_changes(account, timeout=10, idle=False, poll_interval=0.2) is True
    finally:
        timer.cancel()


@pytest.mark.timed_waits
@pytest.mark.parametrize("rst", [False, True])
def test_wait_for_changes_returns_false_when_the_connection_is_cut(stack, rst):
    with FaultProxy(stack.imap_port) as proxy:
        account = stack.account("ivan", imap_port=proxy.port)
        timer = threading.Timer(0.4, proxy.cut_all, kwargs={"rst": rst})
        started = time.monotonic()
        timer.start()
        assert wait_for_changes(account, timeout=10) is False
    assert time.monotonic() - started < 3


@pytest.mark.timed_waits
def test_wait_for_changes_returns_false_when_the_server_kicks_us(stack):
    account = stack.account("judy")
    timer = threading.Timer(0.4, stack.kick, args=("judy",))
    started = time.monotonic()
    timer.start()
    assert wait_for_changes(account, timeout=10) is False
    assert time.monotonic() - started < 3


def test_imap_failures_are_classified(stack, tmp_path):
    with pytest.raises(MailError) as info:
        fetch_new(stack.account("dave", password="wrong"))
    assert info.value.kind == "auth" and "AUTHENTICATIONFAILED" in info.value.server_text
    other = make_tls_files(str(tmp_path), "other")
    with pytest.raises(MailError) as info:
        fetch_new(stack.account("dave", imap_security="tls", cafile=other.cafile))
    assert info.value.kind == "tls"
    with FaultProxy(stack.imap_port, refuse=True) as proxy, pytest.raises(MailError) as info:
        fetch_new(stack.account("dave", imap_port=proxy.port))
    assert info.value.kind == "connection"
