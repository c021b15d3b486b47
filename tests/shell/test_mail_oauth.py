"""Mailboxes that sign in with OAuth 2.0, end to end against real servers.

A real authorisation server (oauthlib, `followup.testing.oauth_server`) issues the tokens;
Dovecot's OAuth 2.0 passdb and the test SMTP server check each one by introspection there.
The one fake: the provider's consent page. The test server signs in whoever `login_hint` names,
as if that person had clicked "Allow" (a browser cannot reach Google or Microsoft from here).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from followup.cli.main import main
from followup.shell.mailbox.outbox import enqueue
from followup.shell.mailbox.worker import run_once
from followup.shell.models import MailAccount, OutboxMessage, Step
from followup.testing.oauth_server import CLIENT_ID, CLIENT_SECRET, PUBLIC_CLIENT_ID

from .test_mail_flow import past_interview

pytestmark = pytest.mark.usefixtures("business_hours")
ME = "me@example.test"


@pytest.fixture
def provider(stack, monkeypatch):
    """This install registered with the test provider, as a self-hoster would with Google."""
    endpoints = stack.oauth.endpoints
    monkeypatch.setenv("FOLLOWUP_OAUTH_NAME", "Test Mail")
    monkeypatch.setenv("FOLLOWUP_OAUTH_AUTHORIZE_URL", endpoints["authorize_url"])
    monkeypatch.setenv("FOLLOWUP_OAUTH_TOKEN_URL", endpoints["token_url"])
    monkeypatch.setenv("FOLLOWUP_OAUTH_REVOKE_URL", endpoints["revoke_url"])
    monkeypatch.setenv("FOLLOWUP_OAUTH_DEVICE_URL", endpoints["device_url"])
    monkeypatch.setenv("FOLLOWUP_OAUTH_SCOPES", "mail")
    monkeypatch.setenv("FOLLOWUP_OAUTH_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("FOLLOWUP_OAUTH_CLIENT_SECRET", CLIENT_SECRET)
    return stack.oauth


def _follow(client, response, *, limit: int = 100):
    """Follow redirects inside Followup, waiting out the sign-in check page (202)."""
    for _ in range(limit):
        if response.status_code == 202:  # the sign-in check is still running
            time.sleep(0.1)
            response = client.get(response.request["PATH_INFO"])
            continue
        if response.status_code != 302 or "://" in response["Location"]:
            return response
        response = client.get(response["Location"])
    raise AssertionError("too many redirects")


def sign_in_form(stack, email: str) -> dict:
    """The Mail page's "Sign in with Test Mail" form for the test stack's servers."""
    return {
        "oauth_provider": "other",
        "email": email,
        "display_name": "Sam Lee",
        "delivery": "draft",
        "smtp_host": "127.0.0.1",
        "smtp_port": stack.smtp_port,
        "smtp_security": "starttls",
        "imap_host": "127.0.0.1",
        "imap_port": stack.imap_port,
        "imap_security": "starttls",
        "ca_certificate": Path(stack.cafile).read_text(),
    }


def sign_in(client, stack, *, email: str = ME, account: int | None = None, deny: bool = False):
    """Click "Sign in with Test Mail", "allow" at the provider, come back: the final response."""
    data = {"account": account} if account is not None else sign_in_form(stack, email)
    response = client.post(reverse("mail_oauth_start"), data)
    assert response.status_code == 302
    to_provider = response["Location"]
    assert to_provider.startswith(stack.oauth.endpoints["authorize_url"])
    assert "code_challenge_method=S256" in to_provider
    stack.oauth.deny_next = deny
    at_provider = requests.get(to_provider, allow_redirects=False, timeout=10)
    assert at_provider.status_code == 302
    back = urlsplit(at_provider.headers["Location"])
    assert back.path == reverse("mail_oauth_callback")
    return _follow(client, client.get(f"{back.path}?{back.query}")), back


def run(capsys, monkeypatch, *argv):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"]) if response.context else ""


def test_the_whole_journey_sign_in_draft_send_refresh_revoke_sign_in_again(
    owner, owner_client, provider, stack, caplog
):
    caplog.set_level(logging.DEBUG)
    page = owner_client.get(reverse("mail"))
    assert b"Sign in with Test Mail" in page.content

    # Sign in: saved only after IMAP and SMTP accepted the token.
    response, _ = sign_in(owner_client, stack)
    account = MailAccount.objects.get(owner=owner)
    assert account.uses_oauth and account.paused_at is None, messages_of(response)
    assert account.oauth_provider == "other"
    tokens = account.get_tokens()
    assert tokens.refresh_token
    # Sealed at rest: neither token is readable in the row.
    assert tokens.access_token not in account.password_token
    assert tokens.refresh_token not in account.password_token

    # A due thank-you goes to Drafts over IMAP with the token.
    interview = past_interview(owner)
    counts = run_once("w")
    assert counts["delivered"] == 1
    draft = OutboxMessage.objects.get()
    assert stack.find("me", draft.message_id, "Drafts")

    # Sending: the official follow-up goes out over SMTP with the token.
    MailAccount.objects.filter(pk=account.pk).update(delivery=MailAccount.Delivery.SEND)
    follow_up = interview.steps.get(kind="follow_up")
    enqueue(follow_up, OutboxMessage.Mode.SEND)
    counts = run_once("w")
    sent = OutboxMessage.objects.get(step=follow_up)
    assert sent.state == OutboxMessage.State.DONE, sent.last_error
    assert stack.delivery_count(sent.message_id) == 1

    # An hour later the access token is due: the worker refreshes it before anything else.
    refreshes = provider.refreshes
    with time_machine.travel(dt.timedelta(minutes=58), tick=True):
        counts = run_once("w")
        assert counts["refreshed"] == 1
        assert provider.refreshes == refreshes + 1
        account.refresh_from_db()
        assert account.get_tokens().access_token != tokens.access_token
        assert account.paused_at is None

        # The person takes Followup's access away at the provider.
        provider.revoke_all(ME)
        nudge = interview.steps.get(kind="nudge")
        Step.objects.filter(pk=nudge.pk).update(state=Step.State.PLANNED)
        enqueue(nudge, OutboxMessage.Mode.SEND)
        run_once("w")
        account.refresh_from_db()
        assert account.paused_at is not None
        assert "sign in again" in account.pause_reason.lower()
        waiting = OutboxMessage.objects.get(step=nudge)
        assert waiting.state == OutboxMessage.State.QUEUED  # nothing queued is lost
        dashboard = owner_client.get(reverse("dashboard"))
        assert b"Sign in again" in dashboard.content
        assert f'name="account" value="{account.pk}"'.encode() in dashboard.content

        # Sign in again: the account resumes and the waiting note goes out.
        response, _ = sign_in(owner_client, stack, account=account.pk)
        account.refresh_from_db()
        assert account.paused_at is None, messages_of(response)
        run_once("w")
        waiting.refresh_from_db()
        assert waiting.state == OutboxMessage.State.DONE, waiting.last_error

    # No token ever reached a log line of Followup's or of the libraries it calls (at DEBUG);
    # the test provider's own (oauthlib) and the test SMTP server's (mail.log) are not ours.
    account.refresh_from_db()
    servers = ("oauthlib", "mail.log")
    logged = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(servers))
    assert "authlib" in logged or "127.0.0.1" in logged  # the client side did log, at DEBUG
    for secret in (tokens.access_token, tokens.refresh_token, account.get_tokens().access_token):
        assert secret not in logged


def test_a_callback_is_taken_once_and_a_refusal_saves_nothing(owner_client, provider, stack):
    response, back = sign_in(owner_client, stack, deny=True)
    assert "did not give access" in messages_of(response)
    assert not MailAccount.objects.exists()
    # The same URL again (a second tab, a replay): the state was used up.
    again = _follow(owner_client, owner_client.get(f"{back.path}?{back.query}"))
    assert "expired or was already used" in messages_of(again)
    assert not MailAccount.objects.exists()


def test_a_forged_callback_without_a_state_of_ours_is_refused(owner_client, provider):
    response = _follow(
        owner_client, owner_client.get(reverse("mail_oauth_callback"), {"code": "x", "state": "y"})
    )
    assert "expired or was already used" in messages_of(response)
    assert not MailAccount.objects.exists()


def test_signing_in_as_another_address_saves_nothing(owner_client, provider, stack):
    # The typed address is me@, but the person "allows" as alice@ at the provider.
    provider.next_user = "alice@example.test"
    response = owner_client.post(reverse("mail_oauth_start"), sign_in_form(stack, ME))
    url = response["Location"].replace("login_hint=me%40example.test", "login_hint=")
    back = urlsplit(requests.get(url, allow_redirects=False, timeout=10).headers["Location"])
    response = _follow(owner_client, owner_client.get(f"{back.path}?{back.query}"))
    provider.next_user = None
    assert "did not accept the sign-in" in messages_of(response)
    assert not MailAccount.objects.exists()


def test_an_access_token_ended_early_is_mended_by_one_refresh_not_a_pause(
    owner, owner_client, provider, stack
):
    sign_in(owner_client, stack)
    past_interview(owner)
    provider.expire_access_tokens(ME)  # the provider ends it before its time
    counts = run_once("w")
    account = MailAccount.objects.get()
    assert account.paused_at is None
    assert counts["delivered"] + counts["deferred"] >= 1
    run_once("w")
    assert OutboxMessage.objects.get().state == OutboxMessage.State.DONE


def test_someone_elses_account_cannot_be_signed_in_again(
    owner, outsider, owner_client, provider, stack
):
    sign_in(owner_client, stack)
    account = MailAccount.objects.get(owner=owner)
    other = Client()
    other.force_login(outsider)
    response = other.post(reverse("mail_oauth_start"), {"account": account.pk})
    assert response.status_code == 302
    assert "://" not in response["Location"]  # not sent to the provider


def test_removing_an_oauth_account_forgets_its_tokens(owner_client, provider, stack):
    sign_in(owner_client, stack)
    account = MailAccount.objects.get()
    tokens = account.get_tokens()
    assert provider.is_active(tokens.access_token) and provider.is_active(tokens.refresh_token)
    owner_client.post(reverse("mail_account", args=[account.pk]), {"action": "remove"})
    account = MailAccount.all_objects.get()
    assert account.removed_at is not None
    assert account.password_token == ""
    # Revoked at the provider too, so the tokens are worthless wherever a copy may be.
    assert not provider.is_active(tokens.access_token)
    assert not provider.is_active(tokens.refresh_token)


def test_without_a_registered_client_the_page_shows_the_set_up_steps(owner_client):
    page = owner_client.get(reverse("mail")).content.decode()
    assert "Sign in with" not in page.split('id="oauth-guide"')[0]
    assert "http://testserver/mail/oauth/callback/" in page
    assert "https://mail.google.com/" in page
    assert "IMAP.AccessAsUser.All" in page


# ---------------------------------------------------------------------------------------------
# The command line: `followup account signin` and `followup doctor`


def signin_args(stack, *extra):
    return (
        "account",
        "signin",
        "--provider",
        "custom",
        "--email",
        ME,
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(stack.smtp_port),
        "--smtp-security",
        "starttls",
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        str(stack.imap_port),
        "--imap-security",
        "starttls",
        "--cafile",
        stack.cafile,
        *extra,
    )


def test_cli_signs_in_with_a_code_on_another_device(capsys, monkeypatch, owner, provider, stack):
    # A public client (no secret), as a Microsoft registration for the command line is.
    monkeypatch.setenv("FOLLOWUP_OAUTH_CLIENT_ID", PUBLIC_CLIENT_ID)
    monkeypatch.setenv("FOLLOWUP_OAUTH_CLIENT_SECRET", "")

    def person_types_the_code():
        # The person reads the code in the terminal and enters it on the provider's page.
        for _ in range(100):
            pending = [d for d in provider.store.devices.values() if d["user"] is None]
            if pending:
                provider.approve_device(pending[-1]["user_code"], ME)
                return
            time.sleep(0.05)

    threading.Thread(target=person_types_the_code, daemon=True).start()
    code, out, err = run(capsys, monkeypatch, *signin_args(stack))
    assert code == 0, out + err
    assert "and enter" in out  # the code and the address were shown
    assert "Signed in me@example.test" in out
    account = MailAccount.objects.get()
    assert account.uses_oauth and account.paused_at is None


def test_cli_signs_in_in_a_browser_with_a_loopback_redirect(
    capsys, monkeypatch, owner, provider, stack
):
    from followup.cli import oauth_login

    real_begin = oauth_login.oauth.begin

    def begin_and_open_the_browser(client, redirect_uri, login_hint=""):
        started = real_begin(client, redirect_uri, login_hint)
        assert redirect_uri.startswith("http://127.0.0.1:")

        def browser():  # follows the provider's redirect to the command's loopback server
            requests.get(started.url, timeout=10)

        threading.Thread(target=browser, daemon=True).start()
        return started

    monkeypatch.setattr(oauth_login.oauth, "begin", begin_and_open_the_browser)
    code, out, err = run(capsys, monkeypatch, *signin_args(stack, "--browser"))
    assert code == 0, out + err
    assert "Open this address in a browser" in out
    assert MailAccount.objects.get().uses_oauth


def test_cli_signin_without_a_registered_client_says_what_to_set(capsys, monkeypatch, owner):
    for name in ("FOLLOWUP_GOOGLE_CLIENT_ID", "FOLLOWUP_OAUTH_CLIENT_ID"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(
        capsys, monkeypatch, "account", "signin", "--provider", "gmail", "--email", "sam@gmail.com"
    )
    assert code != 0
    assert "FOLLOWUP_GOOGLE_CLIENT_ID" in err
    code, _, err = run(
        capsys, monkeypatch, "account", "signin", "--provider", "yahoo", "--email", "sam@yahoo.com"
    )
    assert "app password" in err


def test_doctor_renews_an_oauth_sign_in_and_signs_in_with_it(
    capsys, monkeypatch, owner, owner_client, provider, stack
):
    sign_in(owner_client, stack)
    before = MailAccount.objects.get().get_tokens()
    code, out, _ = run(capsys, monkeypatch, "doctor", "--json")
    mail = next(c for c in json.loads(out) if c["check"] == "mail")
    assert (code, mail["ok"]) == (0, True), mail
    assert "by OAuth" in mail["detail"]
    assert MailAccount.objects.get().get_tokens().refresh_token != before.refresh_token

    provider.revoke_all(ME)
    code, out, _ = run(capsys, monkeypatch, "doctor")
    assert code == 1
    assert "renewing the sign-in failed" in out


def test_two_processes_refreshing_at_once_do_not_pause_the_account(
    owner, owner_client, provider, stack
):
    """The worker and a web "Test" both find the token due: the provider rotates the refresh
    token for the first, refuses the spent one for the second, which then takes the first's."""
    from followup.shell.mailbox.oauth_accounts import refresh

    sign_in(owner_client, stack)
    worker_copy = MailAccount.objects.get()
    web_copy = MailAccount.objects.get()
    first = refresh(worker_copy)
    second = refresh(web_copy)  # would be invalid_grant: the refresh token was rotated
    assert second.access_token == first.access_token
    stored = MailAccount.objects.get()
    assert stored.paused_at is None
    assert stored.get_tokens().refresh_token == first.refresh_token
    assert provider.is_active(first.refresh_token)


# ---------------------------------------------------------------------------------------------
# A provider that misbehaves, and processes that refresh at once


@pytest.mark.parametrize(
    "status, body",
    [
        (200, '{"access_token": "x", "expires_in": 1e400}'),
        (400, '{"error": {"code": "weird"}}'),
        (200, '{"token_type": "Bearer"}'),
        (502, "<html><body>Bad gateway</body></html>"),
        (200, "[1, 2, 3]"),
    ],
)
def test_a_strange_token_answer_never_stops_the_worker_or_fails_a_note(
    owner, owner_client, provider, stack, status, body
):
    sign_in(owner_client, stack)
    past_interview(owner)
    account = MailAccount.objects.get()
    with time_machine.travel(dt.timedelta(minutes=58), tick=True):
        provider.token_answers = [(status, body)]
        counts = run_once("w")  # must not raise
        account.refresh_from_db()
        assert counts["refresh_failed"] == 1, counts
        assert account.paused_at is None  # a passing failure: tried again next pass
        assert not OutboxMessage.objects.filter(state=OutboxMessage.State.FAILED).exists()
        counts = run_once("w")  # the provider behaves again
        assert counts["refreshed"] == 1
        assert OutboxMessage.objects.get().state == OutboxMessage.State.DONE


def test_while_another_process_renews_the_sign_in_its_tokens_are_taken(
    owner_client, provider, stack
):
    from followup.mail import oauth
    from followup.shell.mailbox import oauth_accounts

    sign_in(owner_client, stack)
    account = MailAccount.objects.get()
    refreshes = provider.refreshes
    with time_machine.travel(dt.timedelta(minutes=58), tick=True):
        # Process A holds the lease and has just saved renewed tokens.
        renewed = oauth.refresh(oauth_accounts.client("other"), account.get_tokens())
        holder = MailAccount.objects.get()
        holder.set_tokens(renewed)
        MailAccount.objects.filter(pk=account.pk).update(
            password_token=holder.password_token,
            oauth_expires_at=renewed.expires_at,
            oauth_refresh_lease=timezone.now() + dt.timedelta(seconds=30),
        )
        # Process B, with the row as it read it before, finds them due: it takes A's tokens.
        taken = oauth_accounts.refresh(account)
        assert taken.access_token == renewed.access_token
        assert provider.refreshes == refreshes + 1  # B never spent the refresh token


def test_a_lease_held_too_long_is_a_passing_failure_not_a_pause(
    owner_client, provider, stack, monkeypatch
):
    from followup.shell.mailbox import oauth_accounts

    monkeypatch.setattr(oauth_accounts, "WAIT_FOR_OTHERS", 0.5)
    sign_in(owner_client, stack)
    account = MailAccount.objects.get()
    with time_machine.travel(dt.timedelta(minutes=58), tick=True):
        MailAccount.objects.filter(pk=account.pk).update(
            oauth_refresh_lease=timezone.now() + dt.timedelta(seconds=30)
        )
        counts = run_once("w")
    account.refresh_from_db()
    assert counts["refresh_failed"] == 1
    assert account.paused_at is None


def test_testing_an_oauth_account_renews_it_first_on_the_request(owner_client, provider, stack):
    sign_in(owner_client, stack)
    account = MailAccount.objects.get()
    before = account.get_tokens()
    with time_machine.travel(dt.timedelta(minutes=58), tick=True):
        response = _follow(
            owner_client,
            owner_client.post(reverse("mail_account", args=[account.pk]), {"action": "test"}),
        )
        assert "signed in" in messages_of(response).lower()
    account.refresh_from_db()
    assert account.get_tokens().access_token != before.access_token


def test_a_malformed_account_number_is_refused_in_words(owner_client, provider):
    response = owner_client.post(reverse("mail_oauth_start"), {"account": "abc"})
    assert response.status_code == 302
    response = _follow(owner_client, response)
    assert "not one that signs in with OAuth" in messages_of(response)
