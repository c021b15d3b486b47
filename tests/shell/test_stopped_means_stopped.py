"""Stopped means stopped: once an outcome, a cancel, a later round, a reply or "I sent it myself"
stops a step, no note of it reaches Drafts or the SMTP server, even one already queued."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from followup.shell import actions
from followup.shell.mailbox import delivery
from followup.shell.mailbox.outbox import enqueue, enqueue_due
from followup.shell.mailbox.worker import run_once
from followup.shell.models import Opportunity, OutboxMessage, Step

from .conftest import connect_mailbox, make_interview, pinned_moment
from .test_mail_flow import past_interview, reply

pytestmark = pytest.mark.usefixtures("business_hours")


def queued_thank_you(owner, stack, delivery_mode):
    connect_mailbox(owner, stack, delivery=delivery_mode)
    interview = past_interview(owner)
    assert enqueue_due(timezone.now()) == 1
    message = OutboxMessage.objects.get()
    assert message.state == OutboxMessage.State.QUEUED
    return interview, message


def nothing_went_out(stack, message) -> bool:
    in_drafts = stack.find("me", message.message_id, folder="Drafts")
    return stack.delivery_count(message.message_id) == 0 and not in_drafts


STOPS = {
    "an outcome": (
        lambda i: actions.record_outcome(i.opportunity, Opportunity.Status.REJECTED),
        "Not sent: Outcome recorded: rejected.",
    ),
    "a cancelled interview": (
        lambda i: actions.set_cancelled(i),
        "Not sent: The interview was cancelled.",
    ),
    "a note marked sent by hand": (
        lambda i: actions.mark_done(i.steps.get(kind="thank_you")),
        "Not sent: You marked it as sent yourself.",
    ),
}


@pytest.mark.parametrize("mode", ["draft", "send"])
@pytest.mark.parametrize("what", list(STOPS))
def test_a_queued_note_is_cancelled_with_the_reason_and_never_delivered(owner, stack, mode, what):
    interview, message = queued_thank_you(owner, stack, mode)
    stop, reason = STOPS[what]
    stop(interview)
    message.refresh_from_db()
    # Cancelled at once, visibly, before any worker runs.
    assert (message.state, message.last_error) == (OutboxMessage.State.CANCELLED, reason)
    counts = run_once("w")
    assert counts["delivered"] == 0
    assert nothing_went_out(stack, message)


def test_a_later_round_cancels_the_queued_follow_up(owner, stack):
    connect_mailbox(owner, stack, delivery="draft")
    interview = past_interview(owner)
    follow_up = interview.steps.get(kind="follow_up")
    message = enqueue(follow_up, OutboxMessage.Mode.DRAFT)
    make_interview(
        owner, start=pinned_moment() + dt.timedelta(days=3), zone="UTC", people=None
    )  # round 2 at the same company
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.CANCELLED
    assert message.last_error.startswith("Not sent: Round 2 was scheduled")
    run_once("w")
    assert nothing_went_out(stack, message)


def test_a_reply_in_the_inbox_stops_a_queued_draft_before_it_is_delivered(owner, stack):
    interview, message = queued_thank_you(owner, stack, "draft")
    reply(stack, subject="Re: interview", body="Thanks Sam, it was good to meet you too.")
    run_once("w")  # reads the inbox before it delivers anything
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.CANCELLED
    assert "They replied" in message.last_error
    assert nothing_went_out(stack, message)
    assert interview.steps.get(kind="thank_you").state == Step.State.STOPPED


@pytest.mark.parametrize("mode", ["draft", "send"])
def test_the_claim_itself_refuses_a_note_whose_step_stopped(owner, stack, mode):
    """However a row stays queued (a bug, a restore), the claim's own update re-checks the step."""
    interview, message = queued_thank_you(owner, stack, mode)
    # Stop the step behind the planner's back: only the claim stands between it and the mail.
    Step.objects.filter(pk=message.step_id).update(
        state=Step.State.STOPPED, stop_reason="Outcome recorded: offer."
    )
    assert delivery.claim("w", timezone.now()) is None
    message.refresh_from_db()
    assert message.state == OutboxMessage.State.CANCELLED
    assert message.last_error == "Not sent: Outcome recorded: offer."
    run_once("w")
    assert nothing_went_out(stack, message)
    assert interview.steps.get(kind="thank_you").state == Step.State.STOPPED


def test_a_note_with_a_placeholder_goes_to_drafts_never_to_the_server(owner, stack):
    """An auto-send account still never sends words the user has not written yet."""
    connect_mailbox(owner, stack, delivery="send")
    past_interview(
        owner,
        people=[actions.InterviewerInput("Alice Moreau", "alice@example.test", "", "UTC", "US")],
    )  # nothing discussed with Alice: the thank-you has a [[placeholder]]
    run_once("w")
    message = OutboxMessage.objects.get()
    assert "[[" in message.body
    assert (message.mode, message.state) == (OutboxMessage.Mode.DRAFT, OutboxMessage.State.DONE)
    assert stack.delivery_count(message.message_id) == 0
    assert stack.find("me", message.message_id, folder="Drafts")


def test_a_deadline_the_user_corrected_is_never_overwritten_by_a_later_email(owner, stack):
    connect_mailbox(owner, stack)
    interview = past_interview(owner)
    mine = (pinned_moment() + dt.timedelta(days=21)).date()
    actions.debrief(interview, deadline=mine)
    run_once("w")  # the thank-you
    thank_you = OutboxMessage.objects.get()
    reply(
        stack,
        to_id=thank_you.message_id,
        body="Thanks Sam! We'll make a decision by the end of next week.",
    )
    run_once("w")
    interview.refresh_from_db()
    assert (interview.stated_deadline, interview.deadline_set_by_user) == (mine, True)
    assert interview.deadline_email_at is None


@pytest.mark.parametrize("mode", ["draft", "send"])
def test_an_outcome_recorded_after_the_claim_still_stops_the_delivery(owner, stack, mode):
    interview, message = queued_thank_you(owner, stack, mode)
    claimed = delivery.claim("w", timezone.now())
    assert claimed.pk == message.pk
    actions.record_outcome(interview.opportunity, Opportunity.Status.OFFER)
    assert delivery.deliver(claimed) == OutboxMessage.State.CANCELLED
    message.refresh_from_db()
    assert message.last_error == "Not sent: Outcome recorded: offer."
    assert nothing_went_out(stack, message)


def test_an_absence_learned_after_queuing_holds_the_queued_note_too(owner, stack):
    from followup.shell.planning import replan

    interview, message = queued_thank_you(owner, stack, "send")
    alice = interview.interviewers.get()
    alice.away_until = (pinned_moment() + dt.timedelta(days=10)).date()
    alice.save()
    replan(interview)
    message.refresh_from_db()
    step = interview.steps.get(kind="thank_you")
    assert message.state == OutboxMessage.State.QUEUED
    assert message.next_attempt_at == step.due_at > pinned_moment() + dt.timedelta(days=10)
    assert run_once("w")["delivered"] == 0
    assert nothing_went_out(stack, message)
