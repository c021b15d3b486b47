"""Reasons in words, shown beside every planned step ("Tue 9 Dec, 09:30 Chicago time: ...")."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from followup.core.calendar import holiday_name, zone_label

__all__ = [
    "business_days_words",
    "day_label",
    "delay_words",
    "holidays_between",
    "local_time_label",
    "with_holidays",
    "when_label",
]

# Fixed English names: strftime's %a and %b follow the process locale, and reasons must not.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(day: date) -> str:
    """'Tue 1 Dec'."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def local_time_label(moment: datetime, tz: str) -> str:
    """'15:00 Chicago time'; 'UTC time' would read oddly, so UTC is just 'UTC'."""
    label = zone_label(tz)
    suffix = label if label == "UTC" else f"{label} time"
    return f"{moment:%H:%M} {suffix}"


def when_label(moment: datetime, tz: str) -> str:
    """'Tue 1 Dec, 15:00 Chicago time': the start of every reason."""
    return f"{day_label(moment.date())}, {local_time_label(moment, tz)}"


def delay_words(delay: timedelta) -> str:
    """'an hour', '2 hours', '30 minutes', '1 hour 30 minutes'."""
    minutes = int(delay.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append("an hour" if hours == 1 and not minutes else _plural(hours, "hour"))
    if minutes:
        parts.append(_plural(minutes, "minute"))
    return " ".join(parts)


def business_days_words(count: int) -> str:
    """'1 business day', '2 business days'."""
    return _plural(count, "business day")


def holidays_between(first: date, stop: date, country: str | None) -> list[tuple[date, str]]:
    """Weekday holidays in [first, stop): the ones that pushed a step later.

    A holiday on a weekend moved nothing (the weekend did), so it is not mentioned; its observed
    weekday, which the holidays package lists as a day of its own, is.
    """
    found = []
    day = first
    while day < stop:
        name = holiday_name(day, country) if day.weekday() < 5 else None
        if name:
            found.append((day, name))
        day += timedelta(days=1)
    return found


def with_holidays(reason: str, holidays: list[tuple[date, str]]) -> str:
    """Append '; Thu 26 Nov is Thanksgiving Day' (and any others) to a reason."""
    if not holidays:
        return reason
    phrases = [f"{day_label(day)} is {name}" for day, name in holidays]
    listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return f"{reason}; {listed}"


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"
