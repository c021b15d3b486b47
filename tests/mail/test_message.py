"""build_message, validate_host, presets and folder picking: no servers needed."""

from __future__ import annotations

import email
import email.policy
import smtplib
from datetime import UTC, datetime

import pytest

from followup.mail import PRESETS, ServerSettings, build_message, validate_host
from followup.mail.errors import auth_error
from followup.mail.folders import DRAFTS_NAMES, SENT_NAMES, pick_folder
from followup.mail.settings import SECURITY_CHOICES
from followup.mail.smtp import _classify

BASE = dict(
    from_addr="me@example.com",
    from_name="Me",
    to_addr="ann@acme.example",
    to_name="Ann",
    subject="Thank you",
    body="Hello Ann.",
    message_id="<a1@example.com>",
)


def build(**changes: object):
    return build_message(**{**BASE, **changes})


def parse(msg) -> email.message.EmailMessage:
    return email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)


def test_it_builds_a_threaded_utf8_message():
    msg = build(
        subject="Merci, Zoë",
        body="Très heureux.\nÀ bientôt",
        from_name="Zoë Ünal",
        in_reply_to="<t1@example.com>",
        references=("<t0@example.com>", "<t1@example.com>"),
        date=datetime(2025, 12, 2, 9, 30, tzinfo=UTC),
        extra_headers={"X-Followup-Id": "fu-42"},
    )
    raw = msg.as_bytes()
    assert b"\r\n" in raw and raw.isascii()  # CRLF, and encoded for 7-bit servers
    back = parse(msg)
    assert back["Message-ID"] == "<a1@example.com>"
    assert back["In-Reply-To"] == "<t1@example.com>"
    assert back["References"] == "<t0@example.com> <t1@example.com>"
    assert back["Subject"] == "Merci, Zoë"
    assert back["From"].addresses[0].display_name == "Zoë Ünal"
    assert back["X-Followup-Id"] == "fu-42"
    assert back["Date"] == "Tue, 02 Dec 2025 09:30:00 +0000"
    assert back.get_content().replace("\r\n", "\n") == "Très heureux.\nÀ bientôt\n"


@pytest.mark.parametrize("field", ["subject", "from_name", "to_name"])
@pytest.mark.parametrize("bad", ["a\r\nBcc: x@evil.example", "a\nX: y", "a\rb"])
def test_it_refuses_line_breaks_in_headers(field, bad):
    with pytest.raises(ValueError, match="line break"):
        build(**{field: bad})


@pytest.mark.parametrize(
    "addr",
    [
        "ann",
        "ann@",
        "@acme.example",
        "ann@acme",
        "a b@acme.example",
        "ann@acme.example\r\nBcc: x@evil.example",
        "<ann@acme.example>",
        "ann@-acme.example",
        "ann,bob@acme.example",
    ],
)
def test_it_refuses_invalid_addresses(addr):
    with pytest.raises(ValueError):
        build(to_addr=addr)


@pytest.mark.parametrize("field", ["message_id", "in_reply_to"])
@pytest.mark.parametrize("bad", ["a1@example.com", "<a1>", "<a 1@example.com>", "<a1@example.com"])
def test_it_refuses_malformed_message_ids(field, bad):
    with pytest.raises(ValueError, match="unique-part@domain"):
        build(**{field: bad})


def test_it_refuses_unsafe_extra_headers():
    with pytest.raises(ValueError, match="line break"):
        build(extra_headers={"X-Note": "ok\r\nBcc: x@evil.example"})
    with pytest.raises(ValueError, match="set by build_message"):
        build(extra_headers={"bcc": "x@evil.example"})
    with pytest.raises(ValueError, match="not a valid header name"):
        build(extra_headers={"X Bad": "v"})


def test_it_wants_an_aware_date():
    with pytest.raises(ValueError, match="timezone-aware"):
        build(date=datetime(2025, 12, 2, 9, 30))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (" SMTP.Gmail.com ", "smtp.gmail.com"),
        ("imap.example.com.", "imap.example.com"),
        ("mail.bücher.example", "mail.xn--bcher-kva.example"),
        ("localhost", "localhost"),
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
    ],
)
def test_it_cleans_host_names(typed, expected):
    assert validate_host(typed) == expected


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Enter the server"),
        ("   ", "Enter the server"),
        ("https://mail.example.com", "without https://"),
        ("mail.example.com/imap", "without a path"),
        ("smtp.example.com:587", "port field"),
        ("smtp example.com", "spaces"),
        ("me@gmail.com", "email address"),
        ("-bad-.example", "not a valid host name"),
        ("a" * 64 + ".example", "not a valid host name"),
    ],
)
def test_it_explains_bad_host_names(typed, words):
    with pytest.raises(ValueError, match=words):
        validate_host(typed)


def test_presets_have_both_servers_and_a_note():
    assert set(PRESETS) == {"gmail", "outlook", "fastmail", "icloud", "yahoo"}
    for preset in PRESETS.values():
        for side in ("smtp", "imap"):
            server = preset[side]
            assert validate_host(server["host"]) == server["host"]
            assert server["security"] in SECURITY_CHOICES
            ServerSettings(server["host"], server["port"], server["security"], "u", "p")
        assert preset["note"] and preset["label"]
    assert "myaccount.google.com/apppasswords" in PRESETS["gmail"]["note"]


def test_settings_refuse_plaintext_and_hide_the_password():
    with pytest.raises(ValueError, match="never"):
        ServerSettings("smtp.example.com", 25, "none", "u", "p")
    assert "hunter2" not in repr(
        ServerSettings("smtp.example.com", 587, "starttls", "u", "hunter2")
    )


def test_it_tells_app_passwords_from_wrong_passwords():
    assert auth_error("534-5.7.9 Application-specific password required").kind == "app_password"
    assert auth_error("535 5.7.8 Username and Password not accepted").kind == "auth"


def test_it_picks_folders_by_special_use_then_by_name():
    listed = [("INBOX", ()), ("Brouillons", ("\\HasNoChildren", "\\Drafts")), ("Drafts", ())]
    assert pick_folder(listed, "\\Drafts", DRAFTS_NAMES) == "Brouillons"
    gmail = [("INBOX", ()), ("[Gmail]", ("\\Noselect",)), ("[Gmail]/Sent Mail", ())]
    assert pick_folder(gmail, "\\Sent", SENT_NAMES) == "[Gmail]/Sent Mail"
    assert pick_folder([("INBOX", ()), ("sent items", ())], "\\Sent", SENT_NAMES) == "sent items"
    assert pick_folder([("INBOX", ())], "\\Sent", SENT_NAMES) is None


def test_smtp_replies_are_classified():
    server = ServerSettings("smtp.example.com", 587, "starttls", "u", "p")
    app = smtplib.SMTPAuthenticationError(534, b"5.7.9 Application-specific password required")
    assert _classify(app, server, 5.0, what="x").kind == "app_password"
    gone = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    after = _classify(gone, server, 5.0, what="x", handed_over=True)
    assert after.kind == "temporary" and after.uncertain
    before = _classify(gone, server, 5.0, what="x")
    assert before.kind == "temporary" and not before.uncertain


def test_one_decision_table_covers_every_mail_error_kind():
    from followup.mail import Decision, ErrorKind, MailError

    assert all(isinstance(kind.decision, Decision) for kind in ErrorKind)
    # What the user must fix pauses; what may pass retries; what never will fails visibly.
    assert MailError("auth", "x").decision == MailError("key", "x").decision == Decision.PAUSE
    assert MailError("timeout", "x").decision == Decision.RETRY
    assert MailError("permanent", "x").decision == Decision.FAIL


def test_an_unreachable_resolver_is_retried_but_an_unknown_host_is_not():
    import socket

    from followup.mail.errors import network_error

    offline = network_error(socket.gaierror(socket.EAI_AGAIN, "try again"), "h", 1, 1.0)
    unknown = network_error(socket.gaierror(socket.EAI_NONAME, "not known"), "h", 1, 1.0)
    assert (offline.kind, unknown.kind) == ("connection", "host")
