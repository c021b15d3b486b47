"""Keep every interview's planned steps in line with its inputs.

`replan()` is the one place that writes `Step.due_at`, `reason` and `state`. Everything that
changes an input (the interview moved, a debrief edited, a deadline known, a step done, an
outcome recorded, an interview cancelled, the profile's send window) calls it, so the stored due
time is never stale. Stop conditions are derived from the current data each time, which means
undoing a change (un-cancelling an interview, reopening an opportunity) brings the steps back.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from followup.core.timing import (
    InterviewTimes,
    Policy,
    Recipient,
    StepKind,
    plan_steps,
    resolve_recipient,
)
from followup.shell import config
from followup.shell.models import Interview, Opportunity, OutboxMessage, Profile, Step

UTC = dt.UTC


def _clock(name: str) -> dt.time:
    return dt.time.fromisoformat(config.get(name))


def default_window() -> tuple[dt.time, dt.time]:
    return _clock("FOLLOWUP_WINDOW_START"), _clock("FOLLOWUP_WINDOW_END")


def profile_defaults() -> dict:
    """Install-wide defaults for a new user's profile (they can change them in Settings)."""
    start, end = default_window()
    return {
        "window_start": start,
        "window_end": end,
        "follow_up_days": int(config.get("FOLLOWUP_FOLLOW_UP_DAYS")),
    }


def policy_for(profile: Profile | None) -> Policy:
    """The install-wide policy settings, with the user's own send window and delay on top."""
    start, end = default_window()
    follow_up_days = int(config.get("FOLLOWUP_FOLLOW_UP_DAYS"))
    if profile is not None:
        start, end = profile.window_start, profile.window_end
        follow_up_days = profile.follow_up_days
    step_time = _clock("FOLLOWUP_STEP_TIME")
    if not start <= step_time < end:
        # A user whose window starts after 09:30 still wants follow-ups: at the window's start.
        step_time = start
    return Policy(
        window_start=start,
        window_end=end,
        thank_you_delay=dt.timedelta(minutes=int(config.get("FOLLOWUP_THANK_YOU_DELAY_MINUTES"))),
        follow_up_days=follow_up_days,
        step_time=step_time,
        deadline_business_days=int(config.get("FOLLOWUP_DEADLINE_BUSINESS_DAYS")),
        nudge_business_days=int(config.get("FOLLOWUP_NUDGE_BUSINESS_DAYS")),
    )


def _profile(interview: Interview) -> Profile | None:
    return Profile.objects.filter(user_id=interview.owner_id).first()


def stop_reasons(interview: Interview) -> tuple[str, str]:
    """Why not-yet-sent steps must not go out: (for thank-yous, for the follow-up and nudge).

    '' means they may. Worked out once per re-plan: a later round takes a query.
    """
    opportunity = interview.opportunity
    if interview.cancelled:
        return ("The interview was cancelled.",) * 2
    if opportunity.is_closed:
        return (f"Outcome recorded: {opportunity.get_status_display().lower()}.",) * 2
    if opportunity.replied_at and opportunity.replied_at > interview.start_at:
        # A later round (added after the reply) plans its own steps again; a reply that gave a
        # timeline ("we'll decide by Friday") re-plans the follow-up from it instead.
        gave_timeline = (
            interview.deadline_email_at is not None
            and interview.deadline_email_at >= opportunity.replied_at
        )
        if not gave_timeline:
            return ("They replied; nothing more is sent for this interview.",) * 2
    later = (
        Interview.objects.filter(
            opportunity=opportunity, cancelled=False, start_at__gt=interview.start_at
        )
        .order_by("start_at")
        .first()
    )
    if later is not None:
        return "", f"Round {later.round} was scheduled; its own follow-up replaces this one."
    return "", ""


@transaction.atomic
def replan(interview: Interview) -> list[Step]:
    """Recompute the interview's steps from its current inputs; return them in due order."""
    interviewers = list(interview.interviewers.order_by("position", "pk"))
    existing = {(s.kind, s.interviewer_id): s for s in interview.steps.select_for_update()}
    if not interviewers:
        for step in existing.values():
            if step.state != Step.State.DONE:
                step.delete()
        return []

    profile = _profile(interview)
    first = interviewers[0]
    follow_up = existing.get((Step.Kind.FOLLOW_UP, first.pk))
    follow_up_sent_at = (
        follow_up.done_at if follow_up and follow_up.state == Step.State.DONE else None
    )
    planned = plan_steps(
        InterviewTimes(start=interview.start_at, end=interview.end_at, tz=interview.time_zone),
        [
            Recipient(
                name=i.name,
                tz=i.time_zone or None,
                country=i.country or None,
                away_until=i.away_until,
            )
            for i in interviewers
        ],
        stated_deadline=interview.stated_deadline,
        policy=policy_for(profile),
        user_country=(profile.country or None) if profile else None,
        follow_up_sent_at=follow_up_sent_at,
    )

    thank_you_stop, later_stop = stop_reasons(interview)
    kept: list[Step] = []
    for core_step in planned:
        interviewer = interviewers[core_step.interviewer]
        kind = StepKind(core_step.kind).value
        step = existing.pop((kind, interviewer.pk), None)
        if step is None:
            step = Step(
                owner_id=interview.owner_id, interview=interview, interviewer=interviewer, kind=kind
            )
        if step.state != Step.State.DONE:
            was_due = step.due_at if step.pk else None
            step.due_at = core_step.send_at.astimezone(UTC)
            step.overdue_at = core_step.overdue_at.astimezone(UTC) if core_step.overdue_at else None
            step.reason = core_step.reason[:500]
            step.time_zone = core_step.tz
            reason = thank_you_stop if kind == Step.Kind.THANK_YOU else later_stop
            step.state = Step.State.STOPPED if reason else Step.State.PLANNED
            step.stop_reason = reason
            step.save()
            if was_due is not None and step.due_at > was_due:
                # Held back (an out-of-office return): a note already queued waits too.
                OutboxMessage.objects.filter(
                    step=step, state=OutboxMessage.State.QUEUED, next_attempt_at__lt=step.due_at
                ).update(next_attempt_at=step.due_at)
        kept.append(step)

    # Steps no longer in the plan (the first-listed interviewer changed): drop what was never
    # sent; keep what was, as history.
    dropped = [step for step in existing.values() if step.state != Step.State.DONE]
    cancel_queued(
        {step.pk: not_sent_reason(step) for step in kept if step.state != Step.State.PLANNED}
        | {step.pk: DROPPED_REASON for step in dropped}
    )
    for step in dropped:
        step.delete()
    refresh_waiting(Opportunity.objects.filter(pk=interview.opportunity_id))
    return sorted(kept, key=lambda s: s.due_at)


def refresh_waiting(opportunities) -> int:
    """Store `waiting_since` for these opportunities: the last note sent, if nothing is still
    planned for any of their interviews; None otherwise. Returns how many changed."""
    from django.db.models import Count, Max, Q

    changed = 0
    rows = opportunities.annotate(
        last_sent=Max("interviews__steps__done_at"),
        planned=Count("interviews__steps", filter=Q(interviews__steps__state=Step.State.PLANNED)),
    ).values_list("pk", "last_sent", "planned", "waiting_since")
    for pk, last_sent, planned, stored in rows.iterator(chunk_size=2000):
        since = last_sent if last_sent is not None and not planned else None
        if since != stored:
            changed += Opportunity.objects.filter(pk=pk).update(waiting_since=since)
    return changed


DROPPED_REASON = "The step was dropped from the plan."


def not_sent_reason(step: Step | None) -> str:
    """Why a queued note of this step must not go out any more."""
    if step is None:
        return DROPPED_REASON
    if step.state == Step.State.DONE:
        return "You marked it as sent yourself."
    return step.stop_reason or "The step was stopped."


def cancel_queued(reasons: dict[int | None, str], *, pks: list[int] | None = None) -> int:
    """Cancel the queued notes of steps that must not go out, saying why ({step id: reason}).

    `pks` narrows it to those outbox rows. A note already claimed by a worker is caught by the
    claim itself, which re-checks the step in the same update.
    """
    if not reasons:
        return 0
    queued = OutboxMessage.objects.filter(state=OutboxMessage.State.QUEUED)
    queued = queued.filter(pk__in=pks) if pks is not None else queued.filter(step_id__in=reasons)
    cancelled = 0
    for pk, step_id in queued.values_list("pk", "step_id"):
        cancelled += OutboxMessage.objects.filter(pk=pk, state=OutboxMessage.State.QUEUED).update(
            state=OutboxMessage.State.CANCELLED,
            last_error=f"Not sent: {reasons[step_id]}"[:2000],
            lease_until=None,
        )
    return cancelled


def recipient_calendar(step: Step) -> tuple[str, str | None, Policy]:
    """The zone, country and policy that decide when this step's recipient may get mail."""
    interview = step.interview
    profile = _profile(interview)
    person = step.interviewer
    zone_name, country = resolve_recipient(
        Recipient(name=person.name, tz=person.time_zone or None, country=person.country or None),
        interview.time_zone,
        (profile.country or None) if profile else None,
    )
    return zone_name, country, policy_for(profile)


def replan_opportunity(opportunity: Opportunity) -> None:
    for interview in opportunity.interviews.all():
        replan(interview)


def replan_user(user) -> None:
    """After a profile change (send window, follow-up delay, country)."""
    for interview in Interview.objects.for_user(user).select_related("opportunity"):
        replan(interview)
