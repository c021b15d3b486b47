"""Dates and times as people read them, in the zone that matters for the reader."""

from __future__ import annotations

import datetime as dt

from followup.core import calendar


def local(value: dt.datetime, zone_name: str) -> dt.datetime:
    return value.astimezone(calendar.zone(zone_name))


def when(value: dt.datetime | None, zone_name: str, *, year: bool = False) -> str:
    """'Tue 1 Dec, 15:00 Chicago time'."""
    if value is None:
        return ""
    moment = local(value, zone_name)
    day = f"{moment:%a} {moment.day} {moment:%b}" + (f" {moment.year}" if year else "")
    return f"{day}, {moment:%H:%M} {calendar.zone_label(zone_name)} time"


def when_both(value: dt.datetime | None, zone_name: str, own_zone: str) -> str:
    """'Tue 15 Dec, 09:30 Chicago time, 16:30 your time': the recipient's time, which decides,
    and the user's own, which they act in. One time when both zones read the same."""
    if value is None:
        return ""
    theirs = when(value, zone_name)
    there, here = local(value, zone_name), local(value, own_zone)
    if there.replace(tzinfo=None) == here.replace(tzinfo=None):
        return theirs
    if here.date() == there.date():
        return f"{theirs}, {here:%H:%M} your time"
    return f"{theirs}, {here:%a} {here.day} {here:%b} {here:%H:%M} your time"


def day(value: dt.date | None) -> str:
    """'Fri 4 Dec'."""
    if value is None:
        return ""
    return f"{value:%a} {value.day} {value:%b}"


def relative(value: dt.datetime, now: dt.datetime) -> str:
    """'in 3 hours', '2 days ago': coarse on purpose, the exact time is shown beside it."""
    seconds = (value - now).total_seconds()
    future = seconds >= 0
    seconds = abs(seconds)
    if seconds < 90:
        text = "a minute" if seconds >= 30 else "moments"
    elif seconds < 90 * 60:
        text = f"{round(seconds / 60)} minutes"
    elif seconds < 36 * 3600:
        text = f"{round(seconds / 3600)} hours"
    else:
        text = f"{round(seconds / 86400)} days"
    if text == "moments":
        return "now"
    return f"in {text}" if future else f"{text} ago"


def user_zone(user) -> str:
    """The zone a user reads their own times in (their profile's), UTC without a profile."""
    profile = getattr(user, "profile", None)
    return profile.time_zone if profile else "UTC"
