"""Wall-clock times in a recipient's zone, and the send window on their business days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from followup.core.calendar import is_business_day, next_business_day, zone
from followup.core.timing.policy import Policy

__all__ = [
    "at_local",
    "in_send_window",
    "next_send_moment",
    "overdue_after",
    "window_close",
    "window_open",
]


def at_local(day: date, at: time, tz: str) -> datetime:
    """`day` at wall time `at` in zone `tz`, as a real instant.

    A wall time in a spring-forward gap does not exist, and one in a fall-back fold exists twice.
    Attaching the zone with fold=0 and going through UTC moves a gap time forward by the gap
    (02:30 -> 03:30) and picks the first of two folded times, so the result always exists.
    """
    local = zone(tz)
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=local).astimezone(UTC).astimezone(local)


def window_open(day: date, tz: str, policy: Policy) -> datetime:
    return at_local(day, policy.window_start, tz)


def window_close(day: date, tz: str, policy: Policy) -> datetime:
    return at_local(day, policy.window_end, tz)


def in_send_window(moment: datetime, country: str | None, policy: Policy) -> bool:
    """Whether an aware moment, already in the recipient's zone, is a time we may send."""
    return (
        is_business_day(moment.date(), country)
        and policy.window_start <= moment.time() < policy.window_end
    )


def overdue_after(send_day: date, tz: str, country: str | None, policy: Policy) -> datetime:
    """A step is overdue once the send window of the next business day has closed."""
    return window_close(next_business_day(send_day, country), tz, policy)


def next_send_moment(moment: datetime, tz: str, country: str | None, policy: Policy) -> datetime:
    """The first instant at or after `moment` inside the recipient's send window.

    The worker uses it for notes that became due, or were retried, out of hours: a laptop that
    wakes at 22:00 must not send until the recipient's next window opens.
    """
    local = moment.astimezone(zone(tz))
    if in_send_window(local, country, policy):
        return local
    day = local.date()
    if not (is_business_day(day, country) and local.time() < policy.window_start):
        day = next_business_day(day, country)
    return window_open(day, tz, policy)
