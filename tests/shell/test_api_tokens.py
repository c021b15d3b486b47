"""API tokens from the Settings page and from `followup token`: made, shown once, revoked."""

from __future__ import annotations

import json

from django.test import Client

from followup.cli.main import main
from followup.shell.api import tokens
from followup.shell.models import ApiToken, AuditEvent, Membership, Organisation
from followup.shell.models.team import token_digest


def test_the_settings_page_lists_no_token_at_first(owner_client):
    page = owner_client.get("/settings/").content.decode()
    assert "API tokens" in page and "No token yet." in page


def test_it_creates_a_token_and_shows_it_once(owner_client, owner):
    response = owner_client.post("/settings/api-tokens/", {"name": "laptop script"})
    assert response.status_code == 200
    page = response.content.decode()
    row = ApiToken.objects.get(user=owner)
    token = next(word for word in page.split('"') if word.startswith(row.prefix) and len(word) > 40)
    assert row.token_hash == token_digest(token)
    assert "no-store" in response["Cache-Control"]
    again = owner_client.get("/settings/").content.decode()
    assert token not in again
    assert f"{row.prefix}…" in again and "laptop script" in again
    assert token not in str(dict(owner_client.session))


def test_a_token_needs_a_name(owner_client, owner):
    response = owner_client.post("/settings/api-tokens/", {"name": "  "}, follow=True)
    assert "Give the token a name" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_the_forms_need_the_csrf_token(owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    assert client.post("/settings/api-tokens/", {"name": "x"}).status_code == 403
    row, _ = tokens.create(owner, "kept")
    assert client.post(f"/settings/api-tokens/{row.pk}/revoke/").status_code == 403
    assert ApiToken.objects.filter(pk=row.pk).exists()


def test_it_revokes_a_token(owner_client, owner):
    row, token = tokens.create(owner, "old script")
    response = owner_client.post(f"/settings/api-tokens/{row.pk}/revoke/", follow=True)
    assert "Revoked the token" in response.content.decode()
    assert not ApiToken.objects.exists()
    assert tokens.user_for(token) is None


def test_another_users_token_is_not_found(outsider_client, owner):
    row, _ = tokens.create(owner, "sam's")
    assert outsider_client.post(f"/settings/api-tokens/{row.pk}/revoke/").status_code == 404
    assert ApiToken.objects.filter(pk=row.pk).exists()
    assert "sam&#x27;s" not in outsider_client.get("/settings/").content.decode()


def test_making_and_revoking_are_audited_for_an_agency_member(owner_client, owner):
    agency = Organisation.objects.create(name="Agency")
    Membership.objects.create(organisation=agency, user=owner, role=Membership.Role.RECRUITER)
    owner_client.post("/settings/api-tokens/", {"name": "laptop"})
    row = ApiToken.objects.get()
    owner_client.post(f"/settings/api-tokens/{row.pk}/revoke/")
    events = AuditEvent.objects.filter(actor=owner).order_by("pk")
    assert [(e.action, e.via) for e in events] == [
        ("created API token", "web"),
        ("revoked API token", "web"),
    ]
    assert all("laptop" in e.summary for e in events)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_creates_lists_and_revokes(capsys, owner):
    code, out, err = run(capsys, "token", "create", "cron job", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["name"] == "cron job" and made["token"].startswith(made["prefix"])
    assert tokens.user_for(made["token"]) == owner

    code, out, _ = run(capsys, "token", "list", "--json")
    assert [(t["id"], t["name"]) for t in json.loads(out)] == [(made["id"], "cron job")]
    assert "token" not in json.loads(out)[0]

    code, out, _ = run(capsys, "token", "revoke", str(made["id"]))
    assert code == 0 and "Revoked token" in out
    assert tokens.user_for(made["token"]) is None
    code, out, _ = run(capsys, "token", "list")
    assert "No API token" in out


def test_the_command_says_what_is_missing_in_one_sentence(capsys, owner):
    assert run(capsys, "token", "create")[2].startswith("followup: error: name the token")
    assert run(capsys, "token", "revoke", "x")[2].startswith("followup: error: give the id")
    code, _, err = run(capsys, "token", "revoke", "99")
    assert code == 1 and "no API token #99" in err


def test_the_command_is_audited_as_cli(capsys, owner):
    agency = Organisation.objects.create(name="Agency")
    Membership.objects.create(organisation=agency, user=owner, role=Membership.Role.CANDIDATE)
    run(capsys, "token", "create", "cron")
    assert AuditEvent.objects.get(action="created API token").via == "cli"
