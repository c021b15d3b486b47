"""Move a planned step past an interviewer's out-of-office return date."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from followup.core.calendar import add_business_days
from followup.core.timing.local_time import at_local, overdue_after
from followup.core.timing.policy import DEFAULT_POLICY, Policy
from followup.core.timing.reasons import (
    business_days_words,
    day_label,
    holidays_between,
    when_label,
    with_holidays,
)
from followup.core.timing.steps import Step

__all__ = ["move_after_out_of_office"]


def move_after_out_of_office(
    step: Step, return_date: date, policy: Policy = DEFAULT_POLICY
) -> Step:
    """The step moved to `ooo_business_days` business days after `return_date`, at step_time.

    A step already planned later than that is returned unchanged: an absence that ends before a
    step is due must never bring the step forward.
    """
    day = add_business_days(return_date, policy.ooo_business_days, step.country)
    send_at = at_local(day, policy.step_time, step.tz)
    if send_at <= step.send_at:
        return step
    after = business_days_words(policy.ooo_business_days)
    why = f"{after} after they are back from out of office on {day_label(return_date)}"
    skipped = holidays_between(return_date + timedelta(days=1), day, step.country)
    return dataclasses.replace(
        step,
        send_at=send_at,
        overdue_at=overdue_after(day, step.tz, step.country, policy),
        reason=with_holidays(f"{when_label(send_at, step.tz)}: {why}", skipped),
    )
