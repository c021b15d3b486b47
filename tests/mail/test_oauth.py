"""OAuth 2.0 at the mail layer: XOAUTH2 and OAUTHBEARER against real Dovecot and SMTP, and the
token flows against a real authorisation server (`followup.testing.oauth_server`)."""

from __future__ import annotations

import dataclasses
import socket
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from followup.mail import ErrorKind, MailError, append_draft, check_account, oauth, sasl
from followup.mail.settings import AccountSettings, ServerSettings
from followup.testing.mailstack import outgoing_message
from followup.testing.oauth_server import CLIENT_ID, CLIENT_SECRET, PUBLIC_CLIENT_ID

REDIRECT = "http://127.0.0.1:9/callback"  # never contacted: the test reads the redirect itself


def provider_of(stack) -> oauth.Provider:
    endpoints = stack.oauth.endpoints
    return oauth.Provider(
        key="other",
        label="Test Mail",
        authorize_url=endpoints["authorize_url"],
        token_url=endpoints["token_url"],
        scopes=("mail",),
        device_url=endpoints["device_url"],
        revoke_url=endpoints["revoke_url"],
    )


def signed_in(stack, user: str = "me@example.test") -> tuple[oauth.Client, oauth.Tokens]:
    """The code flow with PKCE; the provider "allows" the `login_hint` user (no consent page)."""
    client = oauth.Client(provider_of(stack), CLIENT_ID, CLIENT_SECRET)
    started = oauth.begin(client, REDIRECT, login_hint=user)
    answer = requests.get(started.url, allow_redirects=False, timeout=10)
    query = parse_qs(urlsplit(answer.headers["Location"]).query)
    assert query["state"] == [started.state]
    return client, oauth.finish(client, REDIRECT, query["code"][0], started.code_verifier)


def with_token(account: AccountSettings, token: str) -> AccountSettings:
    def server(s: ServerSettings) -> ServerSettings:
        return dataclasses.replace(s, password=token, auth="oauth2")

    return dataclasses.replace(account, smtp=server(account.smtp), imap=server(account.imap))


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_xoauth2_signs_in_to_imap_and_smtp(stack, security):
    _, tokens = signed_in(stack)
    account = with_token(
        stack.account("me", smtp_security=security, imap_security=security), tokens.access_token
    )
    mark = stack.log_mark()
    results = check_account(account)
    assert all(r.ok for r in results), results
    assert "method=XOAUTH2" in stack.wait_for_log("method=XOAUTH2", since=mark)


def test_oauthbearer_is_used_where_xoauth2_is_not_offered(stack, monkeypatch):
    _, tokens = signed_in(stack)
    monkeypatch.setattr(sasl, "OAUTH_MECHANISMS", ("OAUTHBEARER",))
    account = with_token(stack.account("me"), tokens.access_token)
    mark = stack.log_mark()
    assert all(r.ok for r in check_account(account))
    assert "method=OAUTHBEARER" in stack.wait_for_log("method=OAUTHBEARER", since=mark)
    # And a draft really lands with it.
    message = outgoing_message("alice@example.test")
    append_draft(account, message)
    assert stack.find("me", message["Message-ID"], "Drafts")


def test_a_refused_token_says_sign_in_again_not_password(stack):
    _, tokens = signed_in(stack)
    stack.oauth.revoke_all("me@example.test")
    results = check_account(with_token(stack.account("me"), tokens.access_token))
    assert [r.kind for r in results] == [ErrorKind.SIGN_IN, ErrorKind.SIGN_IN]
    for result in results:
        assert "sign in again" in result.message
        assert "password" not in result.message
    assert ErrorKind.SIGN_IN.decision == "pause"


def test_a_token_of_another_mailbox_is_refused(stack):
    _, tokens = signed_in(stack, "alice@example.test")
    results = check_account(with_token(stack.account("me"), tokens.access_token))
    assert not any(r.ok for r in results)


def test_refresh_rotates_and_the_spent_refresh_token_is_refused(stack):
    client, tokens = signed_in(stack)
    fresh = oauth.refresh(client, tokens)
    assert fresh.access_token != tokens.access_token
    assert fresh.refresh_token and fresh.refresh_token != tokens.refresh_token
    with pytest.raises(MailError) as refused:
        oauth.refresh(client, tokens)
    assert refused.value.kind == ErrorKind.SIGN_IN
    assert refused.value.server_text == "invalid_grant"
    assert all(r.ok for r in check_account(with_token(stack.account("me"), fresh.access_token)))


def test_the_code_is_bound_to_its_pkce_verifier(stack):
    client = oauth.Client(provider_of(stack), CLIENT_ID, CLIENT_SECRET)
    started = oauth.begin(client, REDIRECT, login_hint="me@example.test")
    answer = requests.get(started.url, allow_redirects=False, timeout=10)
    code = parse_qs(urlsplit(answer.headers["Location"]).query)["code"][0]
    with pytest.raises(MailError) as refused:
        oauth.finish(client, REDIRECT, code, "another-verifier-" + "x" * 40)
    assert refused.value.kind == ErrorKind.SIGN_IN


def test_the_device_code_flow_waits_for_the_person(stack):
    client = oauth.Client(provider_of(stack), PUBLIC_CLIENT_ID)
    code = oauth.device_begin(client)
    assert code.user_code and code.verification_uri
    polls = []

    def sleep(seconds):
        polls.append(seconds)
        if len(polls) == 2:  # the person enters the code while the command waits
            stack.oauth.approve_device(code.user_code, "me@example.test")

    tokens = oauth.device_wait(client, code, sleep=sleep)
    assert len(polls) == 2
    assert all(r.ok for r in check_account(with_token(stack.account("me"), tokens.access_token)))


def test_an_expired_device_code_says_run_it_again(stack):
    client = oauth.Client(provider_of(stack), PUBLIC_CLIENT_ID)
    code = oauth.device_begin(client)
    ticks = iter(range(0, 10_000, 600))
    with pytest.raises(MailError) as expired:
        oauth.device_wait(client, code, sleep=lambda s: None, clock=lambda: next(ticks))
    assert "expired" in expired.value.message


def test_an_unreachable_provider_is_retried_not_a_pause():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed once the block ends: nothing listens
    provider = oauth.Provider(
        "other", "Test Mail", f"http://127.0.0.1:{port}/a", f"http://127.0.0.1:{port}/t", ("m",)
    )
    tokens = oauth.Tokens("a", "r", datetime.now(UTC))
    with pytest.raises(MailError) as failed:
        oauth.refresh(oauth.Client(provider, "id", "secret"), tokens)
    assert failed.value.kind == ErrorKind.CONNECTION
    assert failed.value.decision == "retry"


def test_tokens_never_show_in_a_repr():
    tokens = oauth.Tokens("ACCESS-SECRET", "REFRESH-SECRET", datetime.now(UTC))
    server = ServerSettings("h", 993, "tls", "u", "ACCESS-SECRET", auth="oauth2")
    client = oauth.Client(oauth.google(), "id", "CLIENT-SECRET")
    for value in (tokens, server, client):
        assert "SECRET" not in repr(value)
    assert oauth.Tokens.from_json(tokens.to_json()) == tokens


def test_a_token_is_refreshed_five_minutes_before_it_ends():
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    tokens = oauth.Tokens("a", "r", now + timedelta(minutes=6))
    assert not tokens.due_for_refresh(now)
    assert tokens.due_for_refresh(now + timedelta(minutes=1, seconds=1))


def test_sasl_strings():
    assert sasl.pick_mechanism({"PLAIN", "OAUTHBEARER", "XOAUTH2"}) == "XOAUTH2"
    assert sasl.pick_mechanism({"PLAIN", "LOGIN"}) is None
    assert (
        sasl.initial_response("XOAUTH2", "me@x.test", "T", "h", 1)
        == "user=me@x.test\x01auth=Bearer T\x01\x01"
    )
    assert sasl.initial_response("OAUTHBEARER", "a,b=c", "T", "h", 993).startswith(
        "n,a=a=2Cb=3Dc,\x01host=h\x01port=993\x01auth=Bearer T"
    )
