"""Plan the thank-yous, the official follow-up and the nudge for one interview.

PRODUCT.md "Timing policy, version 1" is the specification; every step is decided in the
recipient's zone and on their country's business days, and carries its reason in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from followup.core.calendar import (
    add_business_days,
    is_business_day,
    next_business_day,
    on_or_after_business_day,
    zone,
)
from followup.core.timing.local_time import at_local, in_send_window, overdue_after, window_open
from followup.core.timing.out_of_office import move_after_out_of_office
from followup.core.timing.policy import DEFAULT_POLICY, Policy, PolicyError
from followup.core.timing.reasons import (
    business_days_words,
    day_label,
    delay_words,
    holidays_between,
    local_time_label,
    when_label,
    with_holidays,
)
from followup.core.timing.recipients import check_country, resolve_recipient
from followup.core.timing.steps import InterviewTimes, Recipient, Step, StepKind

__all__ = ["plan_steps"]


def plan_steps(
    interview: InterviewTimes,
    interviewers: Sequence[Recipient],
    *,
    stated_deadline: date | None = None,
    policy: Policy = DEFAULT_POLICY,
    user_country: str | None = None,
    follow_up_sent_at: datetime | None = None,
) -> list[Step]:
    """One thank-you per interviewer, then the follow-up and the nudge to the first-listed one.

    With no interviewers there is nobody to write to yet, so the plan is empty.
    `follow_up_sent_at`, once the follow-up has gone, dates the nudge from the real send.
    An interviewer's `away_until` holds back every step to them until after their return; the
    nudge then counts its business days from the follow-up's new day, so the policy's gap
    between the two is kept.
    """
    # Checked even when every interviewer has a country, so a typo never hides until later.
    user_country = check_country(user_country, "user's country")
    if follow_up_sent_at is not None and follow_up_sent_at.utcoffset() is None:
        raise PolicyError("follow_up_sent_at has no UTC offset; give an aware datetime")
    thank_yous = [
        _thank_you(index, interview, *resolve_recipient(person, interview.tz, user_country), policy)
        for index, person in enumerate(interviewers)
    ]
    if not thank_yous:
        return []
    first = interviewers[0]
    # The follow-up keeps its distance from the thank-you as planned, not as moved: an
    # out-of-office reply answers a thank-you that has already gone.
    follow_up = _after_return(
        _follow_up(interview, thank_yous[0], stated_deadline, policy), first, policy
    )
    nudge = _after_return(_nudge(follow_up, follow_up_sent_at, policy), first, policy)
    thank_yous = [
        _after_return(step, person, policy)
        for step, person in zip(thank_yous, interviewers, strict=True)
    ]
    return [*thank_yous, follow_up, nudge]


def _after_return(step: Step, person: Recipient, policy: Policy) -> Step:
    if person.away_until is None:
        return step
    return move_after_out_of_office(step, person.away_until, policy)


def _thank_you(
    index: int, interview: InterviewTimes, tz: str, country: str | None, policy: Policy
) -> Step:
    # Add the delay in UTC: on a local wall time it would count a DST hour twice or not at all.
    earliest = (interview.end.astimezone(UTC) + policy.thank_you_delay).astimezone(zone(tz))
    if in_send_window(earliest, country, policy):
        send_at = earliest
        delay = delay_words(policy.thank_you_delay)
        why = f"{delay} after the interview ended" if delay else "as soon as the interview ended"
        skipped: list[tuple[date, str]] = []
    else:
        day = earliest.date()
        too_early_today = is_business_day(day, country) and earliest.time() < policy.window_start
        if not too_early_today:
            day = next_business_day(day, country)
        send_at = window_open(day, tz, policy)
        ended = interview.end.astimezone(zone(tz))
        why = (
            f"next send window ({policy.window_start:%H:%M}) after the interview ended at "
            f"{local_time_label(ended, tz)}"
        )
        if ended.date() != day:
            why += f" on {day_label(ended.date())}"
        skipped = holidays_between(earliest.date(), day, country)
    return _step(StepKind.THANK_YOU, index, send_at, why, skipped, tz, country, policy)


def _follow_up(
    interview: InterviewTimes, thank_you: Step, stated_deadline: date | None, policy: Policy
) -> Step:
    tz, country = thank_you.tz, thank_you.country
    if stated_deadline is None:
        interview_day = interview.local_date()
        target = interview_day + timedelta(days=policy.follow_up_days)
        day = on_or_after_business_day(target, country)
        after = f"{policy.follow_up_days} days"
        if day != target:
            after = f"first business day {after} or more"
        why = f"{after} after the interview on {day_label(interview_day)}, no timeline given"
        skipped = holidays_between(target, day, country)
    else:
        day = add_business_days(stated_deadline, policy.deadline_business_days, country)
        after = business_days_words(policy.deadline_business_days)
        why = f"{after} after the decision date they gave ({day_label(stated_deadline)})"
        skipped = holidays_between(stated_deadline + timedelta(days=1), day, country)
    thank_you_day = thank_you.send_at.date()
    # A deadline that is already near or past would put the follow-up on the thank-you's day or
    # before it; two emails the same day reads as pressure, so wait for the next business day.
    if day <= thank_you_day:
        day = next_business_day(thank_you_day, country)
        why = (
            f"first business day after the thank-you on {day_label(thank_you_day)}; "
            f"{why} would be too soon"
        )
        skipped = holidays_between(thank_you_day + timedelta(days=1), day, country)
    send_at = at_local(day, policy.step_time, tz)
    return _step(
        StepKind.FOLLOW_UP, thank_you.interviewer, send_at, why, skipped, tz, country, policy
    )


def _nudge(follow_up: Step, follow_up_sent_at: datetime | None, policy: Policy) -> Step:
    tz, country = follow_up.tz, follow_up.country
    if follow_up_sent_at is None:
        base = follow_up.send_at.date()
        what = "the official follow-up"
    else:
        base = follow_up_sent_at.astimezone(zone(tz)).date()
        what = "the official follow-up was sent"
    day = add_business_days(base, policy.nudge_business_days, country)
    after = business_days_words(policy.nudge_business_days)
    why = f"{after} after {what} on {day_label(base)}, no reply"
    skipped = holidays_between(base + timedelta(days=1), day, country)
    send_at = at_local(day, policy.step_time, tz)
    return _step(StepKind.NUDGE, follow_up.interviewer, send_at, why, skipped, tz, country, policy)


def _step(
    kind: StepKind,
    index: int,
    send_at: datetime,
    why: str,
    skipped: list[tuple[date, str]],
    tz: str,
    country: str | None,
    policy: Policy,
) -> Step:
    return Step(
        kind=kind,
        interviewer=index,
        send_at=send_at,
        overdue_at=overdue_after(send_at.date(), tz, country, policy),
        reason=with_holidays(f"{when_label(send_at, tz)}: {why}", skipped),
        tz=tz,
        country=country,
    )
