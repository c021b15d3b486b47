"""What a company's reply meant, in the product: status, show --json, the interview page, the
dashboard, and the user's correction (real IMAP server; replies delivered over LMTP)."""

from __future__ import annotations

import json

import pytest

from followup.cli.main import main
from followup.shell import actions
from followup.shell.mailbox.worker import run_once
from followup.shell.models import Opportunity, SeenMessage

from .conftest import connect_mailbox
from .test_mail_flow import past_interview, reply

pytestmark = pytest.mark.usefixtures("business_hours")

HTML_OFFER = (
    "Content-Type: text/html; charset=utf-8\r\n\r\n"
    "<html><body><p>Hi Sam,</p><p>We want you on the team! Paperwork follows.</p>"
    '<div class="gmail_quote"><blockquote>Unfortunately I missed your call.</blockquote>'
    "</div></body></html>"
)


def html_reply(stack, body: str) -> None:
    from email.utils import format_datetime, make_msgid

    from django.utils import timezone

    raw = (
        "From: Alice Moreau <alice@example.test>\r\nTo: me@example.test\r\n"
        "Subject: Re: Thank you\r\nMIME-Version: 1.0\r\n"
        f"Message-ID: {make_msgid(domain='example.test')}\r\n"
        f"Date: {format_datetime(timezone.now())}\r\n{body}\r\n"
    ).encode()
    stack.deliver(raw, "me", sender="alice@example.test")


def show_json(capsys, interview) -> dict:
    assert main(["show", str(interview.pk), "--user", "sam", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_html_offer_sets_the_status_and_shows_what_it_was_read_from(owner, stack, capsys):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    html_reply(stack, HTML_OFFER)
    run_once("w")

    opportunity = Opportunity.objects.get()
    assert opportunity.status == Opportunity.Status.OFFER
    shown = show_json(capsys, interview)
    assert shown["status"] == "offer"
    [answer] = shown["replies"]
    assert answer["meaning"] == "offer"
    assert "want you" in answer["evidence"]
    assert answer["sets_status"] is True and answer["corrected"] is False


def test_a_correction_is_remembered_and_undoes_what_the_reading_did(
    owner, owner_client, stack, capsys
):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    reply(stack, body="Hi Sam, thanks. Unfortunately we went with another candidate.")
    run_once("w")
    assert Opportunity.objects.get().status == Opportunity.Status.REJECTED

    seen = SeenMessage.objects.get(kind=SeenMessage.Kind.REPLY)
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    assert "Read from: &ldquo;Unfortunately we went with another" in page
    assert "Correct: reply from alice@example.test" in page

    response = owner_client.post(f"/replies/{seen.pk}/meaning/", {"meaning": "next_round"})
    assert response.status_code == 302
    opportunity = Opportunity.objects.get()
    assert opportunity.status == Opportunity.Status.INTERVIEWING
    seen.refresh_from_db()
    assert seen.category == "next_round" and seen.corrected
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    assert "you corrected it" in page
    assert "Add the next interview" in page
    assert "/interviews/new/?company=Acme&amp;role=Staff%20Engineer" in page
    assert show_json(capsys, interview)["replies"][0]["corrected"] is True


def test_an_outcome_the_user_recorded_is_never_reopened_by_a_reply(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    actions.record_outcome(interview.opportunity, Opportunity.Status.WITHDRAWN, "took another job")
    reply(stack, body="Great news: we'd like to offer you the role!")
    run_once("w")
    opportunity = Opportunity.objects.get()
    assert opportunity.status == Opportunity.Status.WITHDRAWN
    assert SeenMessage.objects.get(kind=SeenMessage.Kind.REPLY).category == "offer"


def test_a_request_becomes_a_task_on_the_dashboard(owner, owner_client, stack):
    connect_mailbox(owner, stack)
    past_interview(owner)
    reply(stack, body="Thanks Sam! Could you send two references by Friday?")
    run_once("w")
    page = owner_client.get("/").content.decode()
    assert "They asked you for something" in page
    assert "asked: &ldquo;Could you send" in page
    assert Opportunity.objects.get().status == Opportunity.Status.INTERVIEWING

    # Dealt with: marked done, it leaves the dashboard; the undo puts it back.
    ask = SeenMessage.objects.get(kind=SeenMessage.Kind.REPLY)
    owner_client.post(f"/replies/{ask.pk}/done/")
    assert "They asked you for something" not in owner_client.get("/").content.decode()
    owner_client.post(f"/replies/{ask.pk}/done/", {"undo": "1"})
    assert "They asked you for something" in owner_client.get("/").content.decode()


def test_nobody_else_can_mark_an_ask_done(owner, outsider, stack):
    from django.test import Client

    connect_mailbox(owner, stack)
    past_interview(owner)
    reply(stack, body="Thanks Sam! Could you send two references by Friday?")
    run_once("w")
    ask = SeenMessage.objects.get(kind=SeenMessage.Kind.REPLY)
    other = Client()
    other.force_login(outsider)
    assert other.post(f"/replies/{ask.pk}/done/").status_code == 404
    ask.refresh_from_db()
    assert ask.ask_done_at is None


def test_a_newsletter_from_another_domain_naming_the_company_changes_nothing(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    reply(
        stack,
        sender="alerts@jobboard.example",
        subject="Acme is hiring: 3 new roles",
        body="Acme would like to offer you these roles! Unsubscribe at any time.",
    )
    run_once("w")
    opportunity = Opportunity.objects.get()
    assert opportunity.status == Opportunity.Status.INTERVIEWING
    assert opportunity.replied_at is None
    assert interview.steps.filter(state="planned").exists()


def test_another_users_reply_cannot_be_corrected(owner, outsider_client, stack):
    connect_mailbox(owner, stack)
    past_interview(owner)
    reply(stack, body="We'd like to offer you the role!")
    run_once("w")
    seen = SeenMessage.objects.get(kind=SeenMessage.Kind.REPLY)
    response = outsider_client.post(f"/replies/{seen.pk}/meaning/", {"meaning": "other"})
    assert response.status_code == 404
    assert Opportunity.objects.get().status == Opportunity.Status.OFFER


def test_add_the_next_interview_starts_from_the_company_and_role(owner_client):
    page = owner_client.get("/interviews/new/?company=Acme%20%26%20Co&role=Staff%20Engineer")
    html = page.content.decode()
    assert 'value="Acme &amp; Co"' in html and 'value="Staff Engineer"' in html


def test_an_out_of_office_read_wrongly_can_be_put_back_and_the_user_note_stays(
    owner, owner_client, stack
):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    reply(stack, body="Thanks Sam, we'd like to offer you the role!")
    run_once("w")
    seen = SeenMessage.objects.get(kind=SeenMessage.Kind.REPLY)
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    assert '<option value="offer" selected>' in page

    owner_client.post(f"/replies/{seen.pk}/meaning/", {"meaning": "ooo"})
    opportunity = Opportunity.objects.get()
    assert opportunity.status == Opportunity.Status.INTERVIEWING
    assert opportunity.replied_at is None  # an out-of-office answers nothing: the plan resumes
    assert interview.steps.filter(kind="follow_up", state="planned").exists()
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    assert '<option value="ooo" selected>' in page

    actions.record_outcome(opportunity, Opportunity.Status.WITHDRAWN, "Took the Globex job")
    owner_client.post(f"/replies/{seen.pk}/meaning/", {"meaning": "request"})
    opportunity.refresh_from_db()
    assert opportunity.status == Opportunity.Status.WITHDRAWN
    assert opportunity.status_note == "Took the Globex job"


def raw_reply(stack, subject: str, body: str, headers: str = "") -> None:
    from email.utils import format_datetime, make_msgid

    from django.utils import timezone

    raw = (
        "From: Alice Moreau <alice@example.test>\r\nTo: me@example.test\r\n"
        f"Subject: {subject}\r\n{headers}"
        f"Message-ID: {make_msgid(domain='example.test')}\r\n"
        f"Date: {format_datetime(timezone.now())}\r\n\r\n{body}\r\n"
    ).encode()
    stack.deliver(raw, "me", sender="alice@example.test")


def test_an_automatic_receipt_stops_nothing(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    raw_reply(
        stack,
        "We received your message",
        "Thank you for contacting us. We have received your message and will reply within "
        "2 business days.",
        "Auto-Submitted: auto-replied\r\n",
    )
    run_once("w")
    assert Opportunity.objects.get().replied_at is None
    assert interview.steps.filter(kind="follow_up", state="planned").exists()


def test_an_exchange_out_of_office_marked_auto_generated_holds_the_next_note(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    raw_reply(
        stack,
        "Automatic reply: Thank you",
        "I am out of the office until Monday 4 January 2027 with no access to email.",
        "Auto-Submitted: auto-generated\r\n",
    )
    run_once("w")
    seen = SeenMessage.objects.get(kind=SeenMessage.Kind.OUT_OF_OFFICE)
    assert str(seen.return_date) == "2027-01-04"
    assert interview.interviewers.get(name="Alice Moreau").away_until is not None
