"""The stored plan follows every change to its inputs (PRODUCT.md, timing policy v1)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from followup.shell import actions
from followup.shell.models import Opportunity, Step

from .conftest import make_interview

UTC = dt.UTC
CHICAGO = ZoneInfo("America/Chicago")


def steps_of(interview):
    return {(s.kind, s.interviewer.name): s for s in interview.steps.select_related("interviewer")}


def test_it_plans_a_thank_you_per_interviewer_then_follow_up_and_nudge(interview):
    steps = steps_of(interview)
    assert set(steps) == {
        ("thank_you", "Dana Reyes"),
        ("thank_you", "Lee Park"),
        ("follow_up", "Dana Reyes"),
        ("nudge", "Dana Reyes"),
    }
    # Stored in UTC; Dana is in Chicago, Lee in the interview's zone (New York).
    assert steps["thank_you", "Dana Reyes"].due_at == dt.datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
    assert steps["thank_you", "Dana Reyes"].time_zone == "America/Chicago"
    assert steps["thank_you", "Lee Park"].due_at == dt.datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
    assert steps["thank_you", "Lee Park"].time_zone == "America/New_York"
    assert steps["follow_up", "Dana Reyes"].due_at == dt.datetime(2026, 12, 8, 15, 30, tzinfo=UTC)
    assert steps["nudge", "Dana Reyes"].due_at == dt.datetime(2026, 12, 17, 15, 30, tzinfo=UTC)
    assert all(s.state == Step.State.PLANNED and s.reason for s in steps.values())


def test_it_replans_when_the_interview_moves(interview):
    later = dt.datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    actions.update_interview(
        interview,
        actions.InterviewInput(
            company="Acme",
            role="Staff Engineer",
            start=later,
            end=later + dt.timedelta(hours=1),
            time_zone="America/New_York",
        ),
    )
    steps = steps_of(interview)
    assert steps["thank_you", "Lee Park"].due_at == dt.datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
    # Dec 3 + 7 = Thu Dec 10, 09:30 Chicago.
    assert steps["follow_up", "Dana Reyes"].due_at == dt.datetime(2026, 12, 10, 15, 30, tzinfo=UTC)


def test_a_stated_deadline_moves_the_follow_up_to_two_business_days_after_it(interview):
    actions.debrief(interview, deadline=dt.date(2026, 12, 4))  # Fri
    follow_up = steps_of(interview)["follow_up", "Dana Reyes"]
    # Two business days after Fri 4 Dec: Tue 8 Dec... Mon 7 is the first, Tue 8 the second.
    assert follow_up.due_at.astimezone(CHICAGO) == dt.datetime(2026, 12, 8, 9, 30, tzinfo=CHICAGO)
    assert "Fri 4 Dec" in follow_up.reason


def test_the_nudge_counts_from_when_the_follow_up_was_really_sent(interview):
    follow_up = steps_of(interview)["follow_up", "Dana Reyes"]
    actions.mark_done(follow_up, dt.datetime(2026, 12, 10, 16, 0, tzinfo=UTC))  # Thu 10 Dec
    nudge = steps_of(interview)["nudge", "Dana Reyes"]
    # 7 business days after Thu 10 Dec: Fri 11, Mon 14 .. Fri 18, Mon 21.
    assert nudge.due_at.astimezone(CHICAGO).date() == dt.date(2026, 12, 21)
    assert steps_of(interview)["follow_up", "Dana Reyes"].state == Step.State.DONE


def test_undoing_done_plans_the_step_again(interview):
    step = steps_of(interview)["thank_you", "Lee Park"]
    actions.mark_done(step)
    actions.undo_done(step)
    assert steps_of(interview)["thank_you", "Lee Park"].state == Step.State.PLANNED
    with pytest.raises(actions.ActionError, match="not marked as sent"):
        actions.undo_done(step)


def test_an_outcome_stops_every_planned_step_and_reopening_restores_them(interview):
    actions.mark_done(steps_of(interview)["thank_you", "Lee Park"])
    actions.record_outcome(interview.opportunity, Opportunity.Status.REJECTED, "Not this time")
    states = {key: s.state for key, s in steps_of(interview).items()}
    assert states[("thank_you", "Lee Park")] == Step.State.DONE  # history is kept
    assert states[("follow_up", "Dana Reyes")] == Step.State.STOPPED
    assert steps_of(interview)["nudge", "Dana Reyes"].stop_reason == "Outcome recorded: rejected."
    actions.record_outcome(interview.opportunity, Opportunity.Status.INTERVIEWING)
    assert steps_of(interview)["nudge", "Dana Reyes"].state == Step.State.PLANNED


def test_a_cancelled_interview_stops_its_steps(interview):
    actions.set_cancelled(interview)
    assert {s.state for s in interview.steps.all()} == {Step.State.STOPPED}
    actions.set_cancelled(interview, False)
    assert {s.state for s in interview.steps.all()} == {Step.State.PLANNED}


def test_a_later_round_replaces_the_earlier_follow_up_but_not_its_thank_yous(owner, interview):
    second = make_interview(
        owner, start=dt.datetime(2026, 12, 4, 10, 0, tzinfo=CHICAGO), zone="America/Chicago"
    )
    assert second.opportunity == interview.opportunity
    assert second.round == 2
    first_steps = steps_of(interview)
    assert first_steps["follow_up", "Dana Reyes"].state == Step.State.STOPPED
    assert "Round 2" in first_steps["follow_up", "Dana Reyes"].stop_reason
    assert first_steps["thank_you", "Lee Park"].state == Step.State.PLANNED
    assert steps_of(second)["follow_up", "Dana Reyes"].state == Step.State.PLANNED


def test_removing_an_interviewer_drops_their_unsent_steps(interview):
    actions.update_interview(
        interview,
        actions.InterviewInput(
            company="Acme",
            role="Staff Engineer",
            start=interview.start_at,
            end=interview.end_at,
            time_zone=interview.time_zone,
            interviewers=[actions.InterviewerInput("Dana Reyes", "dana@acme.example")],
        ),
    )
    assert {name for _, name in steps_of(interview)} == {"Dana Reyes"}


def test_a_narrower_send_window_in_the_profile_retimes_the_plan(owner, interview):
    from followup.shell.planning import replan_user

    owner.profile.window_start = dt.time(16, 30)
    owner.profile.save()
    replan_user(owner)
    thank_you = steps_of(interview)["thank_you", "Lee Park"]
    assert thank_you.due_at == dt.datetime(2026, 12, 1, 21, 30, tzinfo=UTC)  # 16:30 New York
    # 09:30 is outside the window now, so the follow-up goes at the window's start.
    follow_up = steps_of(interview)["follow_up", "Dana Reyes"]
    assert follow_up.due_at.astimezone(CHICAGO).time() == dt.time(16, 30)


def test_a_timeline_in_the_debrief_is_read_and_used(interview):
    pytest.importorskip("followup.core.timeline", reason="the timeline reader (issue 3)")
    actions.debrief(interview, timeline_text="We'll make a decision by the end of next week.")
    interview.refresh_from_db()
    assert interview.stated_deadline == dt.date(2026, 12, 11)  # said Tue 1 Dec
    assert "end of next week" in interview.stated_deadline_phrase
    follow_up = steps_of(interview)["follow_up", "Dana Reyes"]
    assert follow_up.due_at.astimezone(CHICAGO).date() == dt.date(2026, 12, 15)


def test_a_typed_deadline_wins_over_the_text_until_the_user_asks_to_read_again(interview):
    pytest.importorskip("followup.core.timeline", reason="the timeline reader (issue 3)")
    actions.debrief(interview, timeline_text="We'll decide by the end of next week.")
    actions.debrief(interview, deadline=dt.date(2026, 12, 18))
    actions.debrief(interview, notes="More notes")
    interview.refresh_from_db()
    assert interview.stated_deadline == dt.date(2026, 12, 18)
    actions.use_read_deadline(interview)
    interview.refresh_from_db()
    assert interview.stated_deadline == dt.date(2026, 12, 11)


def test_every_query_is_scoped_to_its_owner(owner, outsider, interview):
    assert Step.objects.for_user(outsider).count() == 0
    assert Step.objects.for_user(owner).count() == 4
