"""The whole mail flow against real servers: Drafts, sending at the moment, retries, uncertain
sends, and replies that stop the plan (PRODUCT.md, "Mail: what nothing lost means here")."""

from __future__ import annotations

import datetime as dt
import email
import time
from email.utils import format_datetime, make_msgid

import pytest
import time_machine
from django.utils import timezone

from followup.shell.actions import InterviewerInput
from followup.shell.mailbox import delivery
from followup.shell.mailbox.outbox import resolve_by_user
from followup.shell.mailbox.worker import run_once
from followup.shell.models import MailAccount, Opportunity, OutboxMessage, SeenMessage, Step

from .conftest import connect_mailbox, make_interview, pinned_moment, servers_moment

UTC = dt.UTC

pytestmark = pytest.mark.usefixtures("business_hours")


def past_interview(owner, *, people=None, days_ago=2):
    """An interview that ended days before the pinned moment, so its thank-yous are due now,
    and before the servers' own clock, so the auto-replies they date are after it (on a Friday
    afternoon the pinned moment is Monday's send window)."""
    start = min(pinned_moment(), servers_moment()) - dt.timedelta(days=days_ago)
    return make_interview(
        owner,
        start=start,
        zone="UTC",
        people=people
        or [
            InterviewerInput(
                "Alice Moreau",
                "alice@example.test",
                "Director",
                "UTC",
                "US",
                "the night-shift staffing gap at the Joliet DC",
            ),
        ],
    )


def header(raw: bytes, name: str) -> str:
    return email.message_from_bytes(raw).get(name, "")


def reply(
    stack,
    *,
    to_id: str = "",
    sender="alice@example.test",
    subject="Re: Thank you",
    body="Thanks Sam, good to hear from you.",
    when=None,
):
    """An answer delivered to the candidate's inbox over LMTP, as a real server would."""
    when = when or timezone.now()
    raw = (
        f"From: Alice Moreau <{sender}>\r\nTo: me@example.test\r\nSubject: {subject}\r\n"
        f"Message-ID: {make_msgid(domain='example.test')}\r\n"
        f"Date: {format_datetime(when.astimezone(UTC))}\r\n"
        + (f"In-Reply-To: {to_id}\r\nReferences: {to_id}\r\n" if to_id else "")
        + f"\r\n{body}\r\n"
    ).encode()
    stack.deliver(raw, "me", sender=sender)


def sent_to_alice(stack, message_id):
    return stack.find("alice", message_id)


def test_a_due_thank_you_lands_in_drafts_by_default(owner, stack):
    connect_mailbox(owner, stack, delivery="draft")
    interview = past_interview(owner)
    counts = run_once("test-worker")
    assert counts["delivered"] == 1
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.DONE
    drafts = [
        (raw, flags)
        for raw, flags in stack.messages("me", "Drafts")
        if header(raw, "Message-ID") == message.message_id
    ]
    assert len(drafts) == 1
    assert "\\Draft" in drafts[0][1]
    assert header(drafts[0][0], "To") == "Alice Moreau <alice@example.test>"
    assert stack.delivery_count(message.message_id) == 0  # nothing was sent
    # In Drafts is not sent: the user still sends it and marks it.
    assert interview.steps.get(kind="thank_you").state == Step.State.PLANNED


def test_a_due_note_is_sent_once_and_marked_sent(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    run_once("w1")
    run_once("w2")
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.DONE
    assert stack.delivery_count(message.message_id) == 1
    assert len(sent_to_alice(stack, message.message_id)) == 1
    step = interview.steps.get(kind="thank_you")
    assert step.state == Step.State.DONE
    assert step.done_at == message.done_at


def test_the_follow_up_threads_under_the_thank_you_and_a_reply_stops_the_nudge(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    run_once("w")
    thank_you = OutboxMessage.objects.get()
    follow_up_step = interview.steps.get(kind="follow_up")
    with time_machine.travel(follow_up_step.due_at + dt.timedelta(minutes=1), tick=True):
        run_once("w")
    follow_up = OutboxMessage.objects.get(step=follow_up_step)
    raw = sent_to_alice(stack, follow_up.message_id)[0]
    assert header(raw, "In-Reply-To") == thank_you.message_id
    assert thank_you.message_id in header(raw, "References")
    assert header(raw, "Subject").startswith("Re: ")

    reply(
        stack,
        to_id=follow_up.message_id,
        body="Hi Sam, we'd like you to come onsite for a final interview next week.",
    )
    with time_machine.travel(follow_up_step.due_at + dt.timedelta(hours=2), tick=True):
        run_once("w")
    nudge = interview.steps.get(kind="nudge")
    assert nudge.state == Step.State.STOPPED
    opportunity = Opportunity.objects.get()
    assert opportunity.replied_at is not None
    assert opportunity.status == Opportunity.Status.INTERVIEWING
    assert opportunity.status_note.startswith("Next round: reply from Alice Moreau")
    seen = SeenMessage.objects.get(kind=SeenMessage.Kind.REPLY)
    assert seen.category == "next_round"
    assert seen.why == "it answers our note"


def test_no_follow_up_goes_out_after_a_reply_that_came_in_the_minute_before(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    run_once("w")  # the thank-you
    follow_up_step = interview.steps.get(kind="follow_up")
    due = follow_up_step.due_at
    with time_machine.travel(due - dt.timedelta(minutes=1), tick=True):
        reply(
            stack,
            subject="Quick update",
            body="We're still deciding; thanks for waiting.",
            when=timezone.now(),
        )
    with time_machine.travel(due + dt.timedelta(seconds=5), tick=True):
        run_once("w")
    follow_up_step.refresh_from_db()
    assert follow_up_step.state == Step.State.STOPPED
    assert not OutboxMessage.objects.filter(
        step=follow_up_step, state=OutboxMessage.State.DONE
    ).exists()
    sent = [m.message_id for m in OutboxMessage.objects.filter(step=follow_up_step)]
    assert all(stack.delivery_count(i) == 0 for i in sent)


def test_a_real_out_of_office_reply_holds_the_follow_up_until_after_the_return(owner, stack):
    if not stack.has_sieve:
        pytest.skip("dovecot-sieve is not installed")
    return_day = (timezone.now() + dt.timedelta(days=20)).date()
    stack.set_vacation(
        "alice",
        "Out of office",
        f"I am out of the office until {return_day:%A %-d %B %Y} with no access to email.",
    )
    try:
        connect_mailbox(owner, stack)
        interview = past_interview(owner)
        run_once("w")  # sends the thank-you; sieve answers it
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            "Out of office" in header(raw, "Subject") for raw in stack.mailbox("me")
        ):
            time.sleep(0.2)
        run_once("w")  # reads the auto-reply
    finally:
        _vacation_off(stack)
    seen = SeenMessage.objects.get(kind=SeenMessage.Kind.OUT_OF_OFFICE)
    assert seen.return_date == return_day
    follow_up = interview.steps.get(kind="follow_up")
    assert follow_up.state == Step.State.PLANNED  # an auto-reply is not an answer
    from followup.core.calendar import next_business_day

    assert follow_up.due_at == dt.datetime.combine(
        next_business_day(return_day, "US"), dt.time(9, 30), tzinfo=UTC
    )
    assert "back from out of office" in follow_up.reason
    assert Opportunity.objects.get().replied_at is None


def _vacation_off(stack):
    import os

    path = os.path.join(stack.root, "home", "alice@example.test", ".dovecot.sieve")
    if os.path.exists(path):
        os.remove(path)


def test_a_temporary_refusal_is_retried_later_and_delivered_once(owner, stack):
    connect_mailbox(owner, stack)
    past_interview(owner)
    stack.fault("alice", "rcpt", code=451, times=1)
    run_once("w")
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.QUEUED
    assert "451" in message.last_error
    assert message.next_attempt_at > timezone.now()
    with time_machine.travel(message.next_attempt_at + dt.timedelta(seconds=1), tick=True):
        run_once("w")
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.DONE
    assert message.attempts == 2
    assert stack.delivery_count(message.message_id) == 1


def test_a_permanent_refusal_fails_visibly_with_the_servers_words(owner, owner_client, stack):
    connect_mailbox(owner, stack)
    past_interview(owner)
    stack.fault("alice", "rcpt", code=550)
    run_once("w")
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.FAILED
    assert "550" in message.last_error
    html = owner_client.get("/").content.decode()
    assert "Not sent:" in html and "550" in html


def test_a_wrong_password_pauses_the_account_and_keeps_the_note(owner, owner_client, stack):
    """The password changed at the provider after the account was verified."""
    from followup.shell.mailbox.outbox import enqueue_due

    connect_mailbox(owner, stack, password="not-the-password")
    interview = past_interview(owner)
    assert enqueue_due(timezone.now()) == 1
    counts = run_once("w")
    assert (counts["delivered"], counts["paused"]) == (0, 1)  # never counted as delivered
    account = MailAccount.objects.get()
    assert account.paused_at is not None
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.QUEUED
    run_once("w")  # a paused account is left alone: no failed sign-in after the first
    message.refresh_from_db()
    assert message.attempts <= 1
    assert "is paused" in owner_client.get("/").content.decode()
    step_page = owner_client.get(f"/steps/{message.step_id}/").content.decode()
    assert "Not sent: your mailbox me@example.test is paused" in step_page
    assert "Queued for your Drafts folder" not in step_page
    # Nothing new is queued while it is paused.
    later = interview.steps.get(kind="follow_up")
    assert enqueue_due(later.due_at + dt.timedelta(hours=1)) == 0


def test_a_connection_lost_after_data_is_confirmed_in_sent_not_resent(owner, stack):
    stack.save_sent = True
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    stack.fault("alice", "drop-after-data", times=1)
    run_once("w")
    run_once("w")
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.DONE
    assert "Sent folder" in message.last_error
    assert stack.delivery_count(message.message_id) == 1
    assert interview.steps.get(kind="thank_you").state == Step.State.DONE


def test_an_unconfirmed_send_is_shown_to_the_user_never_resent(owner, owner_client, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    stack.fault("alice", "drop-after-data", times=1)
    run_once("w")
    run_once("w")
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.UNCERTAIN
    assert stack.delivery_count(message.message_id) == 1
    assert "Unconfirmed:" in owner_client.get("/").content.decode()
    resolve_by_user(message, sent=True)
    assert interview.steps.get(kind="thank_you").state == Step.State.DONE


def test_a_worker_that_died_before_data_leaves_a_note_that_is_sent_once(owner, stack):
    connect_mailbox(owner, stack)
    past_interview(owner)
    from followup.shell.mailbox.outbox import enqueue_due

    enqueue_due(timezone.now())
    message = OutboxMessage.objects.get()
    # As a worker killed while connecting leaves it: claimed, stage saved, lease run out.
    OutboxMessage.objects.filter(pk=message.pk).update(
        state=OutboxMessage.State.SENDING,
        stage=OutboxMessage.Stage.CONNECTING,
        claimed_by="dead",
        lease_until=timezone.now() - dt.timedelta(seconds=1),
        attempts=1,
    )
    run_once("w")
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.DONE
    assert stack.delivery_count(message.message_id) == 1


def test_a_worker_that_died_during_data_is_resolved_not_resent(owner, stack):
    connect_mailbox(owner, stack)
    past_interview(owner)
    from followup.shell.mailbox.outbox import enqueue_due

    enqueue_due(timezone.now())
    message = OutboxMessage.objects.get()
    OutboxMessage.objects.filter(pk=message.pk).update(
        state=OutboxMessage.State.SENDING,
        stage=OutboxMessage.Stage.DATA,
        claimed_by="dead",
        lease_until=timezone.now() - dt.timedelta(seconds=1),
        attempts=1,
    )
    run_once("w")
    message.refresh_from_db()
    # Not in Sent (it never went out): the user decides; the worker does not guess.
    assert message.state == OutboxMessage.State.UNCERTAIN
    assert stack.delivery_count(message.message_id) == 0
    assert delivery.claim("w", timezone.now()) is None


def test_a_reply_that_gives_a_timeline_re_plans_the_follow_up_from_it(owner, owner_client, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    run_once("w")  # the thank-you
    thank_you = OutboxMessage.objects.get()
    from followup.core.calendar import add_business_days

    today = timezone.now().date()
    friday = today + dt.timedelta(days=14 + (4 - today.weekday()) % 7)  # a Friday, 2-3 weeks out
    reply(
        stack,
        to_id=thank_you.message_id,
        body=f"Thanks Sam! We'll make a decision by {friday:%A, %B} {friday.day}.\n\n"
        "On Wed, Sam wrote:\n> Thank you for your time",
    )
    run_once("w")
    interview.refresh_from_db()
    assert interview.stated_deadline == friday
    follow_up = interview.steps.get(kind="follow_up")
    assert follow_up.state == Step.State.PLANNED
    # Two business days after that Friday, 09:30 in the interviewer's zone (UTC).
    expected_day = add_business_days(friday, 2, "US")
    assert follow_up.due_at == dt.datetime.combine(expected_day, dt.time(9, 30), tzinfo=UTC)
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    assert "in their email of" in page


def test_a_note_due_out_of_hours_waits_for_the_recipients_window(owner, stack):
    from followup.core.calendar import next_business_day
    from followup.shell.mailbox.outbox import enqueue_due

    connect_mailbox(owner, stack)
    past_interview(owner)
    evening = timezone.now().replace(hour=22, minute=0)
    with time_machine.travel(evening, tick=False):
        enqueue_due(timezone.now())
        run_once("w")  # nothing goes out at 22:00
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.QUEUED
    opens = dt.datetime.combine(next_business_day(evening.date(), "US"), dt.time(8, 0), tzinfo=UTC)
    assert message.next_attempt_at == opens
    assert stack.delivery_count(message.message_id) == 0


def test_an_odd_message_never_stops_the_sync_of_those_after_it(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    odd = (
        "From: Alice Moreau <alice@example.test>\r\nTo: me@example.test\r\n"
        "Subject: Re: Thank you\r\nDate: Fri, 31 Dec 9999 23:00:00 -1200\r\n"
        f"Message-ID: {make_msgid(domain='example.test')}\r\n\r\nHello\r\n"
    ).encode()
    stack.deliver(odd, "me", sender="alice@example.test")
    reply(stack, body="Unfortunately we have decided to move forward with other candidates.")
    run_once("w")
    assert Opportunity.objects.get().status == Opportunity.Status.REJECTED
    assert SeenMessage.objects.count() == 2
    assert not interview.steps.filter(state=Step.State.PLANNED).exists()


def test_the_dashboard_says_a_note_is_waiting_in_drafts(owner, owner_client, stack):
    connect_mailbox(owner, stack, delivery="draft")
    past_interview(owner)
    run_once("w")
    html = owner_client.get("/").content.decode()
    assert "In your Drafts folder" in html


def test_a_missing_key_pauses_the_account_and_keeps_every_note_queued(
    owner, owner_client, stack, monkeypatch
):
    from followup.shell import vault

    connect_mailbox(owner, stack)
    past_interview(owner, people=[alice(), alice("Bea Roy", "the Joliet night shift")])
    from followup.shell.mailbox.outbox import enqueue_due

    assert enqueue_due(timezone.now()) == 2
    vault.key_file().rename(vault.key_file().with_suffix(".moved"))  # restored without its key
    try:
        counts = run_once("w")
    finally:
        vault.key_file().with_suffix(".moved").rename(vault.key_file())
    assert (counts["delivered"], counts["failed"], counts["paused"]) == (0, 0, 2)
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {"queued"}
    account = MailAccount.objects.get()
    assert "cannot read the stored mail password" in account.pause_reason
    html = owner_client.get("/").content.decode()
    banners = [part for part in html.split('role="alert"')[1:] if "is paused" in part[:200]]
    assert len(banners) == 1  # one banner for the account, not one alarm per note
    assert "Failed" not in html


def alice(name="Alice Moreau", discussed="the night-shift staffing gap at the Joliet DC"):
    return InterviewerInput(name, "alice@example.test", "Director", "UTC", "US", discussed)
