"""The agency install through its pages: found, invite, join, assign, coach, remove."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from tests.shell.conftest import PASSWORD, make_interview, pinned_moment
from tests.shell.team_world import SECRET_COMPANY, build, mailbox

from followup.shell.actions import ActionError
from followup.shell.models import (
    Assignment,
    AuditEvent,
    Interview,
    MailAccount,
    Membership,
    OutboxMessage,
    Step,
    SuggestedEdit,
    TeamInvite,
)
from followup.shell.team import members


@pytest.fixture
def world(db):
    return build(make_interview, pinned_moment())


def _join_link(client, admin, role, recruiter=None) -> str:
    client.force_login(admin)
    data = {"action": "invite", "role": role, "email": "new@example.com"}
    if recruiter is not None:
        data["recruiter"] = recruiter.pk
    client.post("/team/members/", data)
    page = client.get("/team/").content.decode()
    link = re.search(r'value="(http://testserver/team/join/[^"]+)"', page).group(1)
    client.logout()
    return link.removeprefix("http://testserver")


def _welcome(username: str) -> dict:
    return {
        "full_name": f"{username.title()} New",
        "email": f"{username}@example.com",
        "username": username,
        "password": PASSWORD,
        "time_zone": "Europe/London",
        "country": "GB",
    }


def test_a_single_user_founds_an_agency_and_invites_a_recruiter_and_a_candidate(owner, client):
    client.force_login(owner)
    assert b"Candidates</a>" not in client.get("/").content  # nothing new for a single user
    client.post("/team/found/", {"name": "Northside Staffing"})
    assert owner.membership.role == "admin"
    recruiter_link = _join_link(client, owner, "recruiter")
    assert client.post(recruiter_link, _welcome("rhea")).status_code == 302
    rhea = get_user_model().objects.get(username="rhea")
    candidate_link = _join_link(client, owner, "candidate", recruiter=rhea)
    client.post(candidate_link, _welcome("nina"))
    nina = get_user_model().objects.get(username="nina")
    assert nina.membership.role == "candidate"
    assert Assignment.objects.filter(recruiter=rhea, candidate=nina).exists()
    # The link was shown once and only its digest is stored.
    token = candidate_link.rsplit("/", 2)[-2]
    assert not TeamInvite.objects.filter(token_hash__contains=token).exists()
    # Nina sees whom her data is shared with.
    client.force_login(nina)
    assert "Rita" not in client.get("/team/").content.decode()
    assert "Rhea New" in client.get("/team/").content.decode()


def test_an_invite_link_works_once_and_not_after_it_expires(world, client):
    link = _join_link(client, world.ada, "candidate")
    assert client.post(link, _welcome("first")).status_code == 302
    client.logout()
    again = client.post(link, _welcome("second"))
    assert again.status_code == 404 and b"used already" in again.content
    assert not get_user_model().objects.filter(username="second").exists()
    late = _join_link(client, world.ada, "candidate")
    with time_machine.travel(pinned_moment() + dt.timedelta(days=8)):
        page = client.get(late)
    assert page.status_code == 404 and b"expired" in page.content
    assert client.get("/team/join/fi_made-up/").status_code == 404


def test_a_bad_password_when_joining_keeps_the_link_usable(world, client):
    link = _join_link(client, world.ada, "candidate")
    weak = client.post(link, {**_welcome("weak"), "password": "123"})
    assert weak.status_code == 200 and not get_user_model().objects.filter(username="weak")
    assert client.post(link, _welcome("strong")).status_code == 302


def test_only_an_admin_manages_people(world, client):
    client.force_login(world.rita)
    client.post("/team/members/", {"action": "invite", "role": "admin"})
    client.post("/team/members/", {"action": "remove", "user": world.cleo.pk})
    assert not TeamInvite.objects.exists()
    assert Membership.objects.filter(user=world.cleo).exists()
    with pytest.raises(ActionError):
        members.assign(world.rita, world.ravi.pk, world.cleo.pk)
    with pytest.raises(ActionError):  # another agency's admin: not their member
        members.assign(world.bo, world.rob.pk, world.cleo.pk)
    assert client.get("/team/audit/").status_code == 404


def test_the_recruiter_sees_who_owes_a_note_today_with_the_reason(world, client):
    client.force_login(world.rita)
    page = client.get("/candidates/").content.decode()
    assert "Owes a thank-you today" in page and "Cleo Candidate" in page
    thank_you = Step.objects.filter(owner=world.cleo, kind="thank_you").first()
    assert thank_you.reason in page
    only_replies = client.get("/candidates/?show=replied").content.decode()
    assert 'id="owes"' not in only_replies and "request" in only_replies.lower()
    nobody = client.get(f"/candidates/?candidate={world.cal.pk}").content.decode()
    assert "<strong>Cleo Candidate</strong>" not in nobody  # someone else's candidate: nothing


def test_coaching_notes_and_suggested_wording_reach_the_candidate(world, client):
    step = Step.objects.get(pk=world.objects["step"])
    client.force_login(world.rita)
    client.post(
        f"/candidates/steps/{step.pk}/suggest/",
        {
            "subject": "Thank you, Dana",
            "body": "Dear Dana,\n\nThank you for the widget talk.",
            "comment": "Name the widget migration",
        },
    )
    client.force_login(world.cleo)
    page = client.get(f"/steps/{step.pk}/").content.decode()
    assert "Rita Recruiter suggests this wording" in page and "Name the widget migration" in page
    newest = SuggestedEdit.objects.filter(step=step).order_by("-pk").first()
    client.post(f"/suggestions/{newest.pk}/", {"answer": "accept"})
    step.refresh_from_db()
    assert step.subject == "Thank you, Dana" and "widget talk" in step.body
    assert client.post(f"/suggestions/{newest.pk}/", {"answer": "decline"}).status_code == 302
    newest.refresh_from_db()
    assert newest.state == "accepted"  # decided once
    interview_page = client.get(f"/interviews/{step.interview_id}/").content.decode()
    assert "Notes from your recruiter" in interview_page
    assert "Mention the widget migration." in interview_page


def test_a_recruiter_cannot_accept_for_the_candidate(world, client):
    client.force_login(world.rita)
    response = client.post(f"/suggestions/{world.objects['suggestion']}/", {"answer": "accept"})
    assert response.status_code == 404
    assert SuggestedEdit.objects.get(pk=world.objects["suggestion"]).state == "open"


def test_removing_a_candidate_leaves_her_data_with_her(world, client):
    client.force_login(world.ada)
    client.post("/team/members/", {"action": "remove", "user": world.cleo.pk})
    world.cleo.refresh_from_db()
    assert world.cleo.is_active and not Membership.objects.filter(user=world.cleo).exists()
    assert Interview.objects.for_user(world.cleo).filter(opportunity__company__name=SECRET_COMPANY)
    client.force_login(world.rita)
    assert client.get(f"/candidates/{world.cleo.pk}/").status_code == 404


def test_removing_a_recruiter_hands_over_candidates_and_client_work(world, client):
    rita = world.rita
    client_work = make_interview(rita, company="Client Co", role="Data Lead")
    account = mailbox(rita)
    step = client_work.steps.first()
    OutboxMessage.objects.create(
        owner=rita,
        account=account,
        step=step,
        message_id="<r1@x>",
        to_addr="a@b.example",
        subject="s",
        body="b",
        mode="send",
        next_attempt_at=pinned_moment(),
    )
    client.force_login(world.ada)
    refused = client.post("/team/members/", {"action": "remove", "user": rita.pk})
    assert refused.status_code == 302 and Membership.objects.filter(user=rita).exists()
    client.post("/team/members/", {"action": "remove", "user": rita.pk, "successor": world.ravi.pk})
    rita.refresh_from_db()
    assert not rita.is_active
    assert Assignment.objects.filter(recruiter=world.ravi, candidate=world.cleo).exists()
    client_work.refresh_from_db()
    assert client_work.owner == world.ravi and step.__class__.objects.get(pk=step.pk).owner_id == (
        world.ravi.pk
    )
    # Rita's credentials went with her; her queued note waits for Ravi's mailbox.
    assert not MailAccount.objects.filter(owner=rita).exists()
    assert not OutboxMessage.objects.filter(step=step, state="queued").exists()
    assert Step.objects.get(pk=step.pk).state == "planned"


def test_an_agency_keeps_an_admin(world):
    with pytest.raises(ActionError, match="needs an admin"):
        members.change_role(world.ada, world.ada.pk, "recruiter")


def test_the_audit_log_says_who_viewed_and_changed_what_without_the_content(world, client):
    client.force_login(world.rita)
    client.get(f"/candidates/{world.cleo.pk}/")
    client.force_login(world.cleo)
    step = Step.objects.get(pk=world.objects["step"])
    client.post(f"/steps/{step.pk}/done/")
    client.force_login(world.ada)
    log = client.get("/team/audit/").content.decode()
    assert "Viewed Cleo Candidate" in log and "Marked a thank-you as sent" in log
    assert "Left a coaching note" in log
    assert SECRET_COMPANY not in log
    assert not AuditEvent.objects.filter(organisation__name="B").exists()
    client.force_login(world.bo)  # another agency's admin sees none of it
    assert "Cleo" not in client.get("/team/audit/").content.decode()


def test_the_cli_starts_an_organisation_and_makes_a_working_invite(owner, client, capsys):
    from followup.cli.main import main

    assert main(["team", "start", "Northside", "--user", "sam"]) == 0
    assert main(["team", "invite", "candidate", "--user", "sam", "--url", "http://x"]) == 0
    link = capsys.readouterr().out.strip().splitlines()[-1]
    assert link.startswith("http://x/team/join/fi_")
    assert client.get(link.removeprefix("http://x")).status_code == 200
    assert main(["team", "invite", "emperor", "--user", "sam"]) == 1
    assert "Choose a role" in capsys.readouterr().err


def test_settings_offers_an_organisation_only_to_a_single_user(world, owner, client):
    client.force_login(owner)
    assert b"Start an organisation" in client.get("/settings/").content
    assert b"Start the organisation" in client.get("/team/").content
    client.force_login(world.cleo)
    assert b"Start an organisation" not in client.get("/settings/").content


def test_a_recruiter_demoted_after_an_invite_gets_no_candidate_from_it(world, client):
    link = _join_link(client, world.ada, "candidate", recruiter=world.ravi)
    members.change_role(world.ada, world.ravi.pk, "candidate")
    assert client.post(link, _welcome("nina")).status_code == 404  # the link closed with it
    # And were the link still open (a role changed behind the app's back), no assignment.
    link = _join_link(client, world.ada, "candidate", recruiter=world.rita)
    Membership.objects.filter(user=world.rita).update(role="candidate")
    client.post(link, _welcome("nina"))
    nina = get_user_model().objects.get(username="nina")
    assert not Assignment.objects.filter(candidate=nina).exists()


def test_an_assignment_left_behind_gives_no_access(world, client):
    """coached_by checks the roles again: a stray row (a bug, a manual edit) opens nothing."""
    Membership.objects.filter(user=world.rita).update(role="candidate")
    client.force_login(world.rita)
    assert client.get(f"/candidates/{world.cleo.pk}/").status_code == 404
    Membership.objects.filter(user=world.rita).update(role="recruiter")
    world.cleo.is_active = False
    world.cleo.save()
    assert client.get(f"/candidates/{world.cleo.pk}/").status_code == 404


def test_invite_links_close_with_their_makers_role_and_can_be_revoked(world, client):
    members.change_role(world.ada, world.ravi.pk, "admin")
    ravi = get_user_model().objects.get(pk=world.ravi.pk)
    _, token = members.invite(ravi, "admin")
    members.remove(world.ada, world.ravi.pk, successor_id=world.rita.pk)
    assert client.get(f"/team/join/{token}/").status_code == 404
    invite, token = members.invite(world.ada, "recruiter")
    client.force_login(world.ada)
    assert b"Open invite links" in client.get("/team/").content
    client.post("/team/members/", {"action": "revoke", "invite": invite.pk})
    client.logout()
    assert client.get(f"/team/join/{token}/").status_code == 404


def test_hand_over_gives_the_successor_replies_and_unsettled_notes(world):
    rita = world.rita
    work = make_interview(rita, company="Client Co", role="Data Lead")
    from followup.shell.mailbox.outbox import resolve_by_user
    from followup.shell.models import SeenMessage

    account = mailbox(rita)
    unsure, failed = work.steps.all()[:2]
    for n, (step, state) in enumerate([(unsure, "uncertain"), (failed, "failed")]):
        OutboxMessage.objects.create(
            owner=rita,
            account=account,
            step=step,
            message_id=f"<h{n}@x>",
            to_addr="a@b.example",
            subject="s",
            body="b",
            mode="send",
            state=state,
            next_attempt_at=pinned_moment(),
        )
    SeenMessage.objects.create(
        owner=rita,
        account=account,
        folder="INBOX",
        uidvalidity=1,
        uid=9,
        kind="reply",
        opportunity=work.opportunity,
        received_at=pinned_moment(),
    )
    members.remove(world.ada, rita.pk, successor_id=world.ravi.pk)
    assert SeenMessage.objects.filter(owner=world.ravi, uid=9).exists()
    assert not OutboxMessage.objects.filter(step=failed).exists()  # planned again
    unsettled = OutboxMessage.objects.get(step=unsure)
    assert unsettled.owner == world.ravi
    resolve_by_user(unsettled, sent=False)  # "it was not sent": planned again, from Ravi's
    assert not OutboxMessage.objects.filter(step=unsure).exists()


def test_the_api_logs_actions_as_api_without_content(world, client):
    from followup.shell.api import tokens

    _, token = tokens.create(world.cleo, "cli")
    step = Step.objects.get(pk=world.objects["step"])
    client.post(
        f"/api/v1/steps/{step.pk}/done",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        content_type="application/json",
    )
    rows = list(AuditEvent.objects.filter(action="marked sent").values_list("via", "summary"))
    assert rows == [("api", "Marked a thank-you as sent")]
    assert not AuditEvent.objects.filter(summary__contains=SECRET_COMPANY).exists()


def test_a_candidates_page_costs_the_same_with_many_interviews(world, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(world.rita)
    with CaptureQueriesContext(connection) as few:
        client.get(f"/candidates/{world.cleo.pk}/")
    for n in range(12):
        make_interview(world.cleo, company=f"Firm {n}", role="Analyst")
    with CaptureQueriesContext(connection) as many:
        page = client.get(f"/candidates/{world.cleo.pk}/")
    assert page.status_code == 200 and "Firm 11" in page.content.decode()
    # 13 interviews, 26 planned notes: 10 drafts at most, so ~40 queries, not hundreds.
    assert len(few.captured_queries) <= len(many.captured_queries) <= 60


def test_the_recruiter_filters_candidates_by_name(world, client):
    client.force_login(world.rita)
    row = "<strong>Cleo Candidate</strong>"
    assert row in client.get("/candidates/?name=cleo").content.decode()
    assert row not in client.get("/candidates/?name=nobody").content.decode()
    only = client.get(f"/candidates/?candidate={world.cleo.pk}").content.decode()
    assert "Only Cleo Candidate" in only and "show everyone" in only


def test_the_people_page_goes_page_by_page(world, client):
    organisation = world.ada.membership.organisation
    User = get_user_model()
    for n in range(55):
        user = User.objects.create_user(f"c{n:02d}", password=PASSWORD)
        Membership.objects.create(organisation=organisation, user=user, role="candidate")
    client.force_login(world.ada)
    first = client.get("/team/").content.decode()
    # 50 rows, one of them Ada's own, which has no Remove button.
    assert "Page 1 of 2" in first and first.count('name="action" value="remove"') == 49
    assert "Page 2 of 2" in client.get("/team/?page=2").content.decode()


def test_ids_out_of_range_are_refused_calmly(world, client):
    client.force_login(world.ada)
    huge = "9" * 30
    response = client.post("/team/members/", {"action": "remove", "user": huge})
    assert response.status_code == 302
    client.force_login(world.rita)
    assert client.get(f"/candidates/?candidate={huge}").status_code == 200
