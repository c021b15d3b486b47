"""Connecting a mailbox: presets, validation, passwords encrypted at rest, rotation, commands."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import stat
import time
from pathlib import Path

import pytest
import time_machine
from django.db import connection

from followup.cli.main import main
from followup.shell import vault
from followup.shell.mailbox.accounts import AccountError, AccountInput, save_account
from followup.shell.models import MailAccount

from .conftest import connect_mailbox


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_preset_fills_in_the_servers(owner):
    account = save_account(
        owner, AccountInput(email="sam@gmail.com", password="app-pass", provider="gmail")
    )
    assert (account.smtp_host, account.imap_host) == ("smtp.gmail.com", "imap.gmail.com")
    assert account.smtp_security in ("tls", "starttls")
    assert account.delivery == MailAccount.Delivery.DRAFT  # sending is opt-in


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"smtp_host": "https://smtp.example.com/"}, "SMTP server: "),
        ({"smtp_host": "smtp example com"}, ""),
        ({"smtp_security": "none"}, "never sends passwords unencrypted"),
        ({"provider": "hotmail"}, "unknown provider 'hotmail'"),
        ({"email": "not-an-address"}, "is not an email address"),
        ({"password": ""}, "give the password"),
    ],
)
def test_bad_settings_get_one_clear_sentence(owner, changes, message):
    data = dict(
        email="sam@example.com",
        password="pw",
        smtp_host="smtp.example.com",
        smtp_port=587,
        smtp_security="starttls",
        imap_host="imap.example.com",
        imap_port=993,
        imap_security="tls",
    )
    data.update(changes)
    with pytest.raises(AccountError) as caught:
        save_account(owner, AccountInput(**data))
    assert message.lower() in str(caught.value).lower()
    assert not MailAccount.objects.exists()


def test_the_password_is_encrypted_at_rest_and_bound_to_its_account(owner, outsider):
    first = save_account(
        owner, AccountInput(email="sam@gmail.com", password="s3cret-app-pw", provider="gmail")
    )
    other = save_account(
        outsider, AccountInput(email="m@gmail.com", password="other", provider="gmail")
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT password_token FROM followup_mailaccount")
        stored = " ".join(row[0] for row in cursor.fetchall())
    assert "s3cret-app-pw" not in stored
    assert first.get_password() == "s3cret-app-pw"
    # A token copied onto another account's row does not decrypt there.
    other.password_token = first.password_token
    with pytest.raises(vault.VaultError, match="belongs to another account"):
        other.get_password()


def test_the_key_file_is_private(owner):
    save_account(owner, AccountInput(email="sam@gmail.com", password="x", provider="gmail"))
    mode = stat.S_IMODE(vault.key_file().stat().st_mode)
    assert mode == 0o600


def test_keys_rotate_re_encrypts_and_retires_the_old_key(capsys, monkeypatch, owner):
    account = save_account(
        owner, AccountInput(email="sam@gmail.com", password="pw-1", provider="gmail")
    )
    old_token = account.password_token
    old_keys = vault.key_file().read_text()
    code, out, _ = run(capsys, monkeypatch, "keys", "rotate", "--json")
    assert code == 0
    assert json.loads(out) == {"re_encrypted": 1, "retired_keys": 1}
    account.refresh_from_db()
    assert account.password_token != old_token
    assert account.get_password() == "pw-1"
    assert vault.key_file().read_text() != old_keys
    assert len(vault.key_file().read_text().split()) == 1


def test_account_add_and_test_against_real_servers(capsys, monkeypatch, owner, stack):
    args = account_add_args(stack, "--cafile", stack.cafile)
    code, out, err = run(capsys, monkeypatch, *args, stdin=stack.password("me") + "\n")
    assert code == 0, out + err
    assert "ok    SMTP" in out and "ok    IMAP" in out
    assert "Saved me@example.test" in out
    assert MailAccount.objects.get().paused_at is None


def test_account_test_explains_a_wrong_password(capsys, monkeypatch, owner, stack, caplog):
    connect_mailbox(owner, stack, password="wrong-password-123")
    with caplog.at_level(logging.DEBUG):
        code, out, _ = run(capsys, monkeypatch, "account", "test", "--json")
    assert code == 1
    checks = json.loads(out)["checks"]
    assert not any(c["ok"] for c in checks)
    assert all("password" in c["message"].lower() for c in checks)
    # Never logged, never printed.
    assert "wrong-password-123" not in out + caplog.text


def test_account_list_never_shows_the_password(capsys, monkeypatch, owner):
    save_account(
        owner, AccountInput(email="sam@gmail.com", password="hunter2-app", provider="gmail")
    )
    code, out, _ = run(capsys, monkeypatch, "account", "list", "--json")
    assert code == 0
    assert "hunter2" not in out
    assert json.loads(out)[0]["email"] == "sam@gmail.com"


@pytest.mark.usefixtures("business_hours")
def test_send_and_worker_commands(capsys, monkeypatch, owner, stack, interview):
    connect_mailbox(owner, stack)
    dana = interview.interviewers.get(name="Dana Reyes")
    dana.email = "alice@example.test"
    dana.discussed = "the Kafka migration"
    dana.time_zone = "UTC"  # inside her send window at the pinned business-hours clock
    dana.save()
    step = interview.steps.get(kind="thank_you", interviewer=dana)
    code, out, _ = run(capsys, monkeypatch, "send", str(step.pk), "--json")
    assert code == 0
    message_id = json.loads(out)["message_id"]
    code, _, err = run(capsys, monkeypatch, "send", str(step.pk))
    assert (code, err) == (1, "followup: error: this note is already on its way (queued).\n")
    code, out, _ = run(capsys, monkeypatch, "worker", "--once", "--json")
    assert code == 0 and json.loads(out)["delivered"] == 1
    assert stack.delivery_count(message_id) == 1
    code, out, _ = run(capsys, monkeypatch, "outbox", "--json")
    assert json.loads(out)[0]["state"] == "done"


def test_a_placeholder_draft_is_never_sent(capsys, monkeypatch, owner, stack, interview):
    connect_mailbox(owner, stack)
    lee = interview.interviewers.get(name="Lee Park")  # nothing discussed: a placeholder
    step = interview.steps.get(kind="thank_you", interviewer=lee)
    code, _, err = run(capsys, monkeypatch, "send", str(step.pk))
    assert code == 1
    assert "placeholder" in err


def mail_form(stack, **changes):
    data = {
        "provider": "custom",
        "email": "me@example.test",
        "display_name": "Sam",
        "password": stack.password("me"),
        "username": "",
        "smtp_host": "127.0.0.1",
        "smtp_port": stack.smtp_port,
        "smtp_security": "starttls",
        "imap_host": "127.0.0.1",
        "imap_port": stack.imap_port,
        "imap_security": "starttls",
        "ca_certificate": Path(stack.cafile).read_text(),
        "delivery": "draft",
    }
    data.update(changes)
    return data


def submit_and_wait(client, data, seconds=30):
    """Post the form; the check runs off the request, so follow its page until it settles."""
    response = client.post("/mail/", data)
    assert response.status_code == 302
    check_url = response["Location"]
    assert check_url.startswith("/mail/check/")
    return wait_for_check(client, check_url, seconds)


def wait_for_check(client, check_url, seconds=30):
    deadline = time.monotonic() + seconds
    response = client.get(check_url)
    while response.status_code == 202 and time.monotonic() < deadline:
        assert 'http-equiv="refresh"' in response.content.decode()  # works without JavaScript
        time.sleep(0.05)
        response = client.get(check_url)
    return response


def test_the_mail_page_checks_the_sign_in_then_saves(owner_client, owner, stack):
    response = submit_and_wait(owner_client, mail_form(stack))
    assert (response.status_code, response["Location"]) == (302, "/mail/")
    account = MailAccount.objects.get()
    assert account.paused_at is None
    assert "BEGIN CERTIFICATE" in account.ca_certificate  # the certificate itself, not a path
    page = owner_client.get("/mail/").content.decode()
    assert "Sending (SMTP): signed in" in page and "Reading (IMAP): signed in" in page


def test_a_failed_check_saves_nothing_and_keeps_what_was_typed(owner_client, owner, stack):
    response = submit_and_wait(owner_client, mail_form(stack, password="not-it-42"))
    html = response.content.decode()
    assert response.status_code == 200
    assert not MailAccount.objects.exists()
    assert "nothing was saved" in html
    assert 'value="not-it-42"' in html  # not typed twice
    # The refusal is shown next to the field that caused it.
    password_field = html[html.index('id="id_password"') :]
    assert "refused the user name or password" in password_field[: password_field.index("</p>")]


def test_a_missing_ca_is_named_as_the_field_to_fill(owner_client, owner, stack):
    response = submit_and_wait(owner_client, mail_form(stack, ca_certificate=""))
    html = response.content.decode()
    assert not MailAccount.objects.exists()
    ca_field = html[html.index('id="id_ca_certificate"') :]
    assert "could not be verified" in ca_field[: ca_field.index("</p>")]
    assert "<details open>" in html  # the servers section is shown, not hidden behind a click


def test_saved_unverified_an_account_is_paused_and_gets_nothing(owner_client, owner, stack):
    response = submit_and_wait(
        owner_client, mail_form(stack, password="not-it-42", save_unverified="on")
    )
    assert response.status_code == 302
    account = MailAccount.objects.get()
    assert account.is_unverified
    from followup.shell.mailbox.outbox import enqueue_due

    from .conftest import make_interview

    interview = make_interview(owner)
    interview.interviewers.update(email="alice@example.test")
    assert enqueue_due(interview.end_at + dt.timedelta(days=30)) == 0
    assert "Not verified" in owner_client.get("/").content.decode()


def test_another_provider_needs_no_hidden_security_choice(owner):
    from followup.shell.mailbox.accounts import prepare_account

    account = prepare_account(
        owner,
        AccountInput(
            email="sam@example.com",
            password="pw",
            smtp_host="mail.example.com",
            smtp_port=465,
            imap_host="mail.example.com",
            imap_port=993,
        ),
    )
    assert (account.smtp_security, account.imap_security) == ("tls", "tls")


def test_an_outsider_cannot_touch_someone_elses_account(outsider_client, owner):
    account = save_account(
        owner, AccountInput(email="sam@gmail.com", password="x", provider="gmail")
    )
    response = outsider_client.post(f"/mail/{account.pk}/", {"action": "remove"})
    assert response.status_code == 404
    assert MailAccount.objects.filter(pk=account.pk).exists()
    assert "sam@gmail.com" not in outsider_client.get("/mail/").content.decode()


def test_removing_an_account_forgets_the_password_and_keeps_the_history(owner):
    from followup.shell.mailbox.accounts import remove

    account = save_account(
        owner, AccountInput(email="sam@gmail.com", password="x", provider="gmail")
    )
    remove(account)
    assert not MailAccount.objects.for_user(owner).exists()
    kept = MailAccount.all_objects.get(pk=account.pk)
    assert kept.password_token == ""
    again = save_account(owner, AccountInput(email="sam@gmail.com", password="y", provider="gmail"))
    assert again.pk == account.pk
    assert again.get_password() == "y"


def test_doctor_signs_in_to_the_mailbox_and_says_what_is_wrong(capsys, monkeypatch, owner, stack):
    connect_mailbox(owner, stack)
    code, out, _ = run(capsys, monkeypatch, "doctor", "--json")
    mail = next(c for c in json.loads(out) if c["check"] == "mail")
    assert (code, mail["ok"]) == (0, True), mail
    connect_mailbox(owner, stack, password="wrong-one")
    code, out, _ = run(capsys, monkeypatch, "doctor")
    assert code == 1
    assert "FAIL  mail: me@example.test SMTP:" in out


def account_add_args(stack, *extra):
    return (
        "account",
        "add",
        "--email",
        "me@example.test",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(stack.smtp_port),
        "--imap-host",
        "127.0.0.1",
        "--imap-port",
        str(stack.imap_port),
        "--smtp-security",
        "starttls",
        "--imap-security",
        "starttls",
        "--password-stdin",
        *extra,
    )


def test_account_add_saves_nothing_when_the_sign_in_fails(capsys, monkeypatch, owner, stack):
    args = account_add_args(stack, "--cafile", stack.cafile)
    code, out, err = run(capsys, monkeypatch, *args, stdin="wrong-password\n")
    assert code == 1
    assert "FAIL  SMTP" in out and "refused the user name or password" in out
    assert "nothing was saved" in err
    assert not MailAccount.all_objects.exists()


def test_account_add_can_keep_it_unverified_and_resume_signs_in_first(
    capsys, monkeypatch, owner, stack
):
    args = account_add_args(stack, "--cafile", stack.cafile, "--save-unverified")
    code, out, _ = run(capsys, monkeypatch, *args, stdin="wrong-password\n")
    assert code == 1
    account = MailAccount.objects.get()
    assert account.is_unverified and "refused the user name or password" in account.pause_reason
    code, _, err = run(capsys, monkeypatch, "account", "resume")
    assert code == 1 and "stays paused" in err
    account.set_password(stack.password("me"))
    account.save()
    code, out, _ = run(capsys, monkeypatch, "account", "resume")
    assert code == 0 and "active again" in out, out
    account.refresh_from_db()
    assert account.paused_at is None


@pytest.mark.parametrize(
    ("cafile", "message"),
    [
        ("/nowhere/ca.pem", "the CA certificate file /nowhere/ca.pem does not exist"),
        (__file__, "not a PEM certificate"),
    ],
)
def test_a_bad_cafile_is_one_line_and_saves_nothing(
    capsys, monkeypatch, owner, stack, cafile, message
):
    code, _, err = run(
        capsys, monkeypatch, *account_add_args(stack, "--cafile", cafile), stdin="pw\n"
    )
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert not MailAccount.all_objects.exists()


def test_an_untrusted_certificate_says_how_to_fix_it(capsys, monkeypatch, owner, stack):
    code, out, _ = run(
        capsys, monkeypatch, *account_add_args(stack), stdin=stack.password("me") + "\n"
    )
    assert code == 1
    assert "--cafile FILE" in out and "CA certificate field" in out


def test_outbox_json_shows_each_message_id(capsys, monkeypatch, owner, stack, interview):
    connect_mailbox(owner, stack)
    dana = interview.interviewers.get(name="Dana Reyes")
    dana.discussed = "the Kafka migration"
    dana.save()
    step = interview.steps.get(kind="thank_you", interviewer=dana)
    code, out, _ = run(capsys, monkeypatch, "send", str(step.pk), "--drafts", "--json")
    message_id = json.loads(out)["message_id"]
    code, out, _ = run(capsys, monkeypatch, "outbox", "--json")
    row = json.loads(out)[0]
    assert (row["message_id"], row["step"], row["state"]) == (message_id, step.pk, "queued")


def test_due_shows_a_note_waiting_in_drafts_as_such(capsys, monkeypatch, owner, stack, interview):
    from followup.shell.mailbox.worker import run_once

    connect_mailbox(owner, stack, delivery="draft")
    dana = interview.interviewers.get(name="Dana Reyes")
    dana.discussed = "the Kafka migration"
    dana.email = "alice@example.test"
    dana.save()
    step = interview.steps.get(kind="thank_you", interviewer=dana)
    run(capsys, monkeypatch, "send", str(step.pk), "--drafts")
    run_once("w")
    with time_machine.travel(step.due_at + dt.timedelta(minutes=5)):
        code, out, _ = run(capsys, monkeypatch, "due")
    assert code == 0
    drafts, _, rest = out.partition("Due now:")
    due_now = rest.partition("Next:")[0]
    assert "In your Drafts, ready to send:" in drafts and "Dana Reyes" in drafts
    assert "Dana Reyes" not in due_now  # Lee's note, not queued, is the one still to do
    assert "in your Drafts folder since" in out
    with time_machine.travel(step.due_at + dt.timedelta(minutes=5)):
        code, out, _ = run(capsys, monkeypatch, "due", "--json")
    waiting = json.loads(out)["in_drafts"]
    assert [s["id"] for s in waiting] == [step.pk]
    assert waiting[0]["mail"].startswith("In your Drafts folder since")


def test_a_sign_in_check_is_only_its_owners(owner_client, outsider, owner, stack):
    from django.test import Client

    response = owner_client.post("/mail/", mail_form(stack))
    check_url = response["Location"]
    other = Client()
    other.force_login(outsider)
    stolen = other.get(check_url)
    assert stolen.status_code == 302  # "expired", never someone else's form and password
    assert stack.password("me") not in stolen.content.decode()
    settled = submit_and_wait(owner_client, mail_form(stack))
    assert settled.status_code == 302


def test_the_corrected_form_after_a_failed_check_saves_the_account(owner_client, owner, stack):
    failed = submit_and_wait(owner_client, mail_form(stack, password="not-it-42"))
    assert 'action="/mail/"' in failed.content.decode()  # posts to the form, not the old check
    settled = submit_and_wait(owner_client, mail_form(stack))
    assert settled.status_code == 302
    assert MailAccount.objects.get().paused_at is None


def test_two_tabs_finishing_one_check_save_one_account(owner_client, owner, stack):
    response = owner_client.post("/mail/", mail_form(stack))
    check_url = response["Location"]
    first = wait_for_check(owner_client, check_url)
    second = owner_client.get(check_url)
    assert first.status_code == second.status_code == 302
    assert MailAccount.objects.count() == 1


def test_a_network_failure_in_a_test_reports_but_does_not_pause(capsys, monkeypatch, owner, stack):
    account = connect_mailbox(owner, stack)
    MailAccount.objects.filter(pk=account.pk).update(smtp_port=1)  # nothing listens there
    code, out, _ = run(capsys, monkeypatch, "account", "test")
    assert code == 1 and "refused the connection" in out
    account.refresh_from_db()
    assert account.paused_at is None  # a passing problem: the worker retries, nothing stops


def test_test_and_resume_on_the_web_sign_in_off_the_request(owner_client, owner, stack):
    account = connect_mailbox(owner, stack, password="changed-at-the-provider")
    response = owner_client.post(f"/mail/{account.pk}/", {"action": "test"})
    assert response["Location"].startswith("/mail/check/")  # the request returns at once
    settled = wait_for_check(owner_client, response["Location"])
    assert settled.status_code == 302
    account.refresh_from_db()
    assert account.paused_at is not None  # a refused password pauses it
    account.set_password(stack.password("me"))
    account.save()
    response = owner_client.post(f"/mail/{account.pk}/", {"action": "resume"})
    wait_for_check(owner_client, response["Location"])
    account.refresh_from_db()
    assert account.paused_at is None
    assert "is active again" in owner_client.get("/mail/").content.decode()
