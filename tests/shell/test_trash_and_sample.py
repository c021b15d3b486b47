"""The sample comes out in one click; a deleted interview comes back with undo, for a while."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.test import Client

from followup.cli.main import main
from followup.shell.demo import load_demo
from followup.shell.models import Interview, Opportunity, OutboxMessage, Step

from .conftest import make_interview, pinned_moment


def plan_of(interview) -> list[tuple]:
    return sorted(
        (s.kind, s.interviewer.name, s.state, s.due_at, s.reason, s.done_at)
        for s in interview.steps.select_related("interviewer")
    )


def test_removing_the_sample_leaves_real_interviews_alone(owner_client, owner):
    real = make_interview(owner, company="Acme")
    load_demo(owner, pinned_moment())
    page = owner_client.get("/").content.decode()
    assert "Remove the sample interviews" in page
    owner_client.post("/demo/remove/")
    assert list(Interview.objects.for_user(owner)) == [real]
    assert list(Opportunity.objects.for_user(owner)) == [real.opportunity]
    assert "Remove the sample interviews" not in owner_client.get("/").content.decode()


def test_demo_remove_on_the_command_line(capsys, owner):
    load_demo(owner, pinned_moment())
    assert main(["demo", "--remove"]) == 0
    assert "Removed 3 sample interviews." in capsys.readouterr().out
    assert not Interview.objects.exists()


def test_delete_asks_first_then_undo_brings_back_the_same_plan(owner_client, owner):
    interview = make_interview(owner)
    from followup.shell import actions

    actions.mark_done(interview.steps.filter(kind=Step.Kind.THANK_YOU).first())
    before, uid = plan_of(interview), interview.uid
    confirm = owner_client.get(f"/interviews/{interview.pk}/delete/").content.decode()
    assert "Delete: Staff Engineer at Acme" in confirm
    assert Interview.objects.exists()  # asking deletes nothing
    owner_client.post(f"/interviews/{interview.pk}/delete/")
    assert not Interview.objects.exists() and not Opportunity.objects.exists()
    page = owner_client.get("/interviews/").content.decode()
    assert "Undo: restore Staff Engineer at Acme" in page
    owner_client.post("/interviews/undo-delete/")
    restored = Interview.objects.get()
    assert restored.uid == uid
    assert plan_of(restored) == before


def test_undo_lasts_ten_minutes(owner_client, owner):
    interview = make_interview(owner)
    owner_client.post(f"/interviews/{interview.pk}/delete/")
    with time_machine.travel(pinned_moment() + dt.timedelta(minutes=11)):
        answer = owner_client.post("/interviews/undo-delete/", follow=True)
    assert "The undo has expired" in answer.content.decode()
    assert not Interview.objects.exists()


def test_deleting_cancels_a_note_already_queued(owner, owner_client):
    from followup.shell.mailbox.accounts import AccountInput, save_account

    interview = make_interview(owner)
    account = save_account(
        owner,
        AccountInput(
            email="sam@example.com",
            password="x",
            smtp_host="127.0.0.1",
            smtp_port=2525,
            smtp_security="starttls",
            imap_host="127.0.0.1",
            imap_port=1143,
            imap_security="starttls",
        ),
    )
    step = interview.steps.first()
    queued = OutboxMessage.objects.create(
        owner=owner,
        account=account,
        step=step,
        message_id="<q@x>",
        to_addr="d@acme.example",
        subject="Thanks",
        body="x",
        mode="send",
        next_attempt_at=pinned_moment(),
    )
    owner_client.post(f"/interviews/{interview.pk}/delete/")
    queued.refresh_from_db()
    assert queued.state == OutboxMessage.State.CANCELLED
    assert "deleted" in queued.last_error


def test_nobody_else_can_delete_it(owner, outsider):
    interview = make_interview(owner)
    client = Client()
    client.force_login(outsider)
    assert client.get(f"/interviews/{interview.pk}/delete/").status_code == 404
    assert client.post(f"/interviews/{interview.pk}/delete/").status_code == 404
    assert Interview.objects.filter(pk=interview.pk).exists()
