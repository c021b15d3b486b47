"""Calendar arithmetic the grammar needs: weeks (Monday to Sunday), months, quarters, years."""

from __future__ import annotations

import calendar
import datetime as dt

ONE_DAY = dt.timedelta(days=1)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekday_of_week(day: dt.date, weekday: int, weeks_ahead: int = 0) -> dt.date:
    """The given weekday in the week of `day`, `weeks_ahead` weeks later."""
    return week_start(day) + dt.timedelta(days=7 * weeks_ahead + weekday)


def next_weekday(day: dt.date, weekday: int) -> dt.date:
    """The first such weekday strictly after `day` ("by Friday" said on a Friday: a week on)."""
    return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def previous_weekday(day: dt.date, weekday: int) -> dt.date:
    """The last such weekday strictly before `day` ("had my onsite Tuesday", said on a Tuesday:
    a week before)."""
    return day - dt.timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_day(year: int, month: int, day: int) -> dt.date:
    """The day of the month, clamped to the month's last day ("the 31st" in a short month)."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return month_day(index // 12, index % 12 + 1, day.day)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` (1-4, or -1 for the last) `weekday` of the month."""
    if nth < 0:
        last = month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_end(year: int, quarter: int) -> dt.date:
    return month_end(year, quarter * 3)


def year_for_month(today: dt.date, month: int) -> int:
    """A month named without a year: this year's unless it has already gone."""
    return today.year if month >= today.month else today.year + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_without_year(today: dt.date, month: int, day: int) -> dt.date | None:
    """A day and month with no year: the coming one, unless it was only recently (a past event).

    "Jan 5" written on 28 December is next January; "Nov 20" written on 26 November is the
    20th just gone, which the reader then treats as an event in the past, not a deadline.
    """
    this_year = safe_date(today.year, month, day)
    if this_year is None:
        return safe_date(today.year + 1, month, day)
    if this_year >= today or (today - this_year).days <= 90:
        return this_year
    return safe_date(today.year + 1, month, day)


def next_day_of_month(today: dt.date, day: int, weekday: int | None = None) -> dt.date | None:
    """The next date strictly after today with this day of the month (and weekday, if given)."""
    year, month = today.year, today.month
    fallback = None
    for _ in range(14):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate > today:
            if weekday is None or candidate.weekday() == weekday:
                return candidate
            fallback = fallback or candidate
        year, month = shift_month(year, month, 1)
    return fallback


def last_day_numbered(today: dt.date, number: int) -> dt.date:
    """The last day numbered `number` before `today` (this month's, else an earlier one's)."""
    year, month = today.year, today.month
    for _ in range(4):  # a 31st: at most a few months back
        day = safe_date(year, month, number)
        if day is not None and day < today:
            return day
        year, month = shift_month(year, month, -1)
    return today


def a_year_before(day: dt.date) -> dt.date | None:
    """The same day and month a year earlier (None for a 29 February with none before it)."""
    return safe_date(day.year - 1, day.month, day.day)
