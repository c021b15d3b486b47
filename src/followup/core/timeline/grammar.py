"""The grammar: every pattern of date expression the reader knows, and the date each one means.

Each rule is a regular expression over normalised text and a function that turns its match
into a date, following the conventions in this package's docstring. The grammar finds every
expression; which one is the timeline is decided later (selection.py).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from followup.core import calendar as business
from followup.core.timeline import dates, prefilter
from followup.core.timeline.fragments import (
    AFTER_THE_RETURN,
    END_OF_DAY,
    HOLIDAY_PATTERNS,
    MONTH,
    NUMBER,
    NUMERIC_DATE_INTRODUCERS,
    PAST_EVENT_DATE_INTRODUCERS,
    UNIT,
    WEEKDAY,
    WHICH_ONE,
    YEAR,
    day_number,
    month,
    number_value,
    ordinal_day,
    weekday,
)
from followup.core.timeline.holiday_names import (
    BANK_HOLIDAY_MONTHS,
    bank_holiday_in,
    fold,
    holiday_by_name,
    holiday_called,
    holiday_date,
    may_start_a_name,
    next_long_weekend_holiday,
    next_public_holiday,
)
from followup.core.timeline.spans import keep_longest
from followup.core.timeline.vocabulary import MONTH_INDEX, WEEKDAY_INDEX

DEADLINE = "deadline"
RETURN = "return"
FRIDAY, MONDAY, TUESDAY, WEDNESDAY, SUNDAY = 4, 0, 1, 2, 6
THURSDAY, SATURDAY = 3, 5


@dataclass(frozen=True)
class Context:
    today: dt.date
    now: dt.datetime  # naive local wall-clock time
    country: str | None
    mode: str  # DEADLINE: the latest date meant; RETURN: the day someone is back
    day_first: bool  # "12/5" is 12 May
    # The speaker's IANA zone: a header's instant ("23:30:00 +0000") falls on its day there.
    zone: str = ""


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    day: dt.date
    range_end: bool = False  # the end of "from A to B": the last day of an absence
    lead: str = ""
    # Counted from the date of the quoted message it stands in, not from now (reader.py).
    anchored: bool = False
    # The day of the dated message or note line it stands in, when one is dated (reader.py).
    said_on: dt.date | None = None


Handler = Callable[[re.Match[str], Context], "dt.date | tuple[dt.date, str] | None"]
# kind, pattern (gated: skipped where the words it needs are absent), handler.
_RULES: list[tuple[str, prefilter.Gated, Handler]] = []


def rule(kind: str, pattern: str, *, by_first_letter: bool = False) -> Callable[[Handler], Handler]:
    # by_first_letter: the rule opens with dozens of alternatives, tried one after another at
    # every word of a long text; grouped by the letters they open with (`prefilter.Gated`),
    # only those that can match there are tried. Not for a rule that matches all over a
    # text: there each match is found twice, once without its groups and once with them; nor
    # for one whose grouped form takes long to build (the closure's dates: half a second, in
    # a process's first long text).
    compiled = re.compile(rf"(?<![a-z0-9']){pattern}(?![a-z0-9])")

    def register(handler: Handler) -> Handler:
        gated = prefilter.Gated(compiled, by_first_letter=by_first_letter)
        _RULES.append((kind, gated, handler))
        return handler

    return register


# ---------------------------------------------------------------- explicit dates


def _year(match: re.Match[str]) -> int | None:
    year = match.groupdict().get("y")
    if not year:
        return None
    return int(year) + (2000 if len(year) == 2 else 0)


def _day_month(ctx: Context, day: int, month_number: int, year: int | None) -> dt.date | None:
    if year is not None:
        return dates.safe_date(year, month_number, day)
    return dates.date_without_year(ctx.today, month_number, day)


@rule(
    "explicit_date",
    r"(?<![\d/.-])(?P<y>20\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/-])",
)
def _iso(m: re.Match[str], ctx: Context) -> dt.date | None:
    return dates.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))


def _numeric(ctx: Context, a: int, b: int, year: int | None) -> dt.date | None:
    first, second = (b, a) if ctx.day_first else (a, b)  # (month, day)
    found = _day_month(ctx, second, first, year) if 1 <= first <= 12 else None
    if found is None and 1 <= second <= 12:
        found = _day_month(ctx, first, second, year)
    return found


@rule(
    "explicit_date",
    rf"(?:{weekday()},? )?(?<![\d/.:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    # Not before ":30" (a time), but "held on 24.09.2026: the outcome ..." is a date.
    r"(?P<y>20\d\d|\d\d)(?![\d/-]|\.\d|:\d)",
)
def _numeric_with_year(m: re.Match[str], ctx: Context) -> dt.date | None:
    return _numeric(ctx, int(m["a"]), int(m["b"]), _year(m))


@rule(
    "explicit_date",
    # "2026年5月15日" (Japanese, Chinese), "2025년 9월 12일" (Korean): year, month, day.
    r"(?P<y>20\d\d) ?(?:年|년) ?(?P<m>[01]?\d) ?(?:月|월) ?(?P<d>[0-3]?\d) ?(?:日|일)",
)
def _east_asian(m: re.Match[str], ctx: Context) -> dt.date | None:
    return dates.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))


@rule(
    "explicit_date",
    # "20.11." (German and others: day, month, each with its dot) is always day-first.
    r"(?<![\d/.:$-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?![\d])",
)
def _dotted_day_month(m: re.Match[str], ctx: Context) -> dt.date | None:
    month_number, day_number_ = int(m["m"]), int(m["d"])
    if not 1 <= month_number <= 12:
        return None
    if _before(m).rsplit(" ", 1)[-1] in _NUMBERED_PLACES:
        return None  # "at the Stadskantoor, room 4.12.": a room, not 4 December
    return _day_month(ctx, day_number_, month_number, None)


@rule(
    "explicit_date",
    # "We will give you answer until 20.11 (Friday)": a day and month with one dot, after a
    # deadline's word (a lone "20.11" is as often a price or a version; "by 17.30" a time).
    r"(?:(?<=by )|(?<=until )|(?<=till )|(?<=before )|(?<=bis ))(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)"
    r"(?![\d.:%]| ?(?:am|pm|h|hrs?|uhr|o'clock|hours?|minutes?|mins?|days?|weeks?|months?|years?"
    r"|percent|per cent|pct|points?|million|mln|bn|billion|k|m|x|times|eur|euros?|usd|gbp|pln"
    r"|chf|kg|km)\b)",
)
def _dotted_day_month_after_a_deadline(m: re.Match[str], ctx: Context) -> dt.date | None:
    day_number_, month_number = int(m["d"]), int(m["m"])
    if ctx.country not in _DOTTED_DATES or not 1 <= month_number <= 12:
        return None  # ("by 12.05" in Britain is five past twelve)
    if m["d"].startswith("0") or m["m"].startswith("0"):
        return None  # "by 09.30", "by 12.05": a time's minutes, not a month
    return _day_month(ctx, day_number_, month_number, None)


_NUMBERED_PLACES = frozenset(
    "room rooms floor level suite unit office gate hall building wing block bay desk table"
    " version release section chapter clause paragraph item no nr number ref".split()
)


# Where "20.11" is how people write 20 November (Central and Eastern Europe, the Nordics).
_DOTTED_DATES = frozenset(
    "DE AT CH PL CZ SK HU RU UA BY NO DK FI SE IS EE LV LT RO BG HR SI RS BA ME MK TR LU".split()
)


@rule(
    "week",
    # "in KW 24", "CW 24", "calendar week 24": that ISO week's Friday, this year or next.
    r"(?:in |by |until |during |end of |the end of )?(?:kw|cw|calendar week|kalenderwoche) ?"
    r"(?P<n>[1-5]?\d)(?![\d])",
)
def _calendar_week(m: re.Match[str], ctx: Context) -> dt.date | None:
    return _friday_of_iso_week(int(m["n"]), ctx)


# Where weeks go by their numbers ("vecka 12", "uge 12"): "by the end of week 12" in English
# written there is ISO week 12. (Elsewhere "week 2" is more often a step of something.)
_WEEK_NUMBER_COUNTRIES = frozenset("SE NO DK FI IS DE AT CH NL BE LU PL CZ EE LV LT".split())


@rule(
    "week",
    r"(?:in |by |until |during |end of |the end of |(?:by|to|until) the end of )week"
    # ("in week 13 or 14": the later; "week 2 of the trial" is a step of something else)
    r" (?P<n>[1-5]?\d)(?: or (?P<n2>[1-5]?\d))?(?![\d:/]|\.\d| of )",
)
def _numbered_week(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    number = int(m["n2"] or m["n"])
    if ctx.country not in _WEEK_NUMBER_COUNTRIES:
        return None
    friday = _iso_friday(ctx.today.year, number)
    if friday is None:
        return None
    # (Read as a date, not a deadline by its shape: "the project kicks off in week 20" needs a
    # promise's word to be the answer.)
    if friday >= ctx.today - dt.timedelta(days=6):
        return friday, "explicit_date"
    if ctx.today.month == 12 and number <= 8:  # "by the end of week 3" said in December
        return _iso_friday(ctx.today.year + 1, number), "explicit_date"
    return None  # a week just gone is an event, not next year's


def _friday_of_iso_week(number: int, ctx: Context) -> dt.date | None:
    """That ISO week's Friday, this year's or, once it has gone, next year's."""
    for year in (ctx.today.year, ctx.today.year + 1):
        friday = _iso_friday(year, number)
        if friday is not None and friday >= ctx.today:
            return friday
    return None


def _iso_friday(year: int, number: int) -> dt.date | None:
    """The Friday of ISO week `number` of `year`, or None if the year has no such week."""
    try:
        return dt.date.fromisocalendar(year, number, 5)
    except ValueError:
        return None


def _before(m: re.Match[str]) -> str:
    """The few words before a match, right-stripped: a bounded slice, since texts can be a
    megabyte long and a slice from the start would make the scan quadratic."""
    return m.string[max(0, m.start() - 40) : m.start()].rstrip()


# (Not before a colon: "She'll call Friday 2-4: keep your phone on" is a time.)
@rule("explicit_date", rf"{weekday()},? (?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)(?![\d-]|\.\d|:)")
def _weekday_and_dashed_date(m: re.Match[str], ctx: Context) -> dt.date | None:
    """ "Friday 12-6" (Dutch, and others): a short date after a weekday, in the country's order."""
    return _nearest_of(ctx, _numeric(ctx, int(m["a"]), int(m["b"]), None), m["wd"])


@rule(
    "explicit_date",
    rf"(?:{weekday()},? )?(?<![\d/.:$-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/]|\.\d|:\d)",
)
def _numeric_no_year(m: re.Match[str], ctx: Context) -> dt.date | None:
    # "12/5" is only a date when something introduces it: "24/7" and "1/2 day" are not.
    if not m["wd"]:
        if m["a"] == "24" and m["b"] == "7":
            return None  # "we're live 24/7"
        before = _before(m)
        words = before.rsplit(None, 2)
        word = words[-1] if words else ""
        if (
            word == "the"
            and len(words) >= 2
            and words[-2] in _DEADLINE_WORDS
            and not _A_FRACTIONS_UNIT.match(m.string, m.end())
        ):
            word = words[-2]  # "by the 15/06" (as French "pour le 15/06" is read)
        if (
            word not in NUMERIC_DATE_INTRODUCERS
            and before[-1:] not in (":", "(", ",", "-")
            and not (word in ("was", "were") and _an_event_before(before))
        ):
            return None
        if word in ("was", "were", "confirmed") and not _A_DATES_END.match(m.string, m.end()):
            return None  # "The call was 10/15 minutes", "they confirmed 10/12 of my references"
        if word in _DAY_FIRST_INTRODUCERS:
            # ("le 2/12", "el 1/12", "dia 3/12": French, Spanish and Portuguese write the day
            # first, whatever the zone: not February in a US zone.)
            return _day_month(ctx, int(m["a"]), int(m["b"]), None)
    return _nearest_of(ctx, _numeric(ctx, int(m["a"]), int(m["b"]), None), m["wd"])


_DAY_FIRST_INTRODUCERS = frozenset({"le", "el", "dia"})


@rule(
    "explicit_date",
    # "najpóźniej w piątek 25.08", "by Friday 25.08, after ...": a day and month with one dot
    # after the weekday it falls on (day first, as everyone writes a dotted date). Not a clock:
    # "Friday 5.30pm", "Friday 10.30".
    rf"{weekday()},? (?<![\d/.:$-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)"
    r"(?![\d.:]| ?(?:am|pm|a\.m|p\.m|h|hrs?|uhr|o'clock)(?![a-z]))",
)
def _weekday_and_dotted_date(m: re.Match[str], ctx: Context) -> dt.date | None:
    if not 1 <= int(m["m"]) <= 12:
        return None
    day = _day_month(ctx, int(m["d"]), int(m["m"]), None)
    # Only where the weekday agrees: "Friday 10.10" may be ten past ten.
    return day if day is not None and day.weekday() == WEEKDAY_INDEX[m["wd"]] else None


_DEADLINE_WORDS = frozenset({"by", "before", "until", "till", "on"})
# ("by the 1/2 day mark": a fraction of something)
_A_FRACTIONS_UNIT = re.compile(
    r" ?(?:days?|hours?|weeks?|months?|years?|of|mark|point|way|vote|votes|majority|share)\b"
)


# After a short date an event "was" on: the end of its clause ("Onsite was 11/12 at a
# logistics co", "- panel confirmed 11/17"), not a fraction's words.
_A_DATES_END = re.compile(r"(?:[.,;:)!?\n]| ?$| (?:at|with|and|for|-|\()(?![a-z]))")


def _an_event_before(before: str) -> bool:
    """Whether the word before the last of `before` names an event ("onsite was")."""
    words = before.rsplit(None, 2)
    return len(words) >= 2 and words[-2] in PAST_EVENT_DATE_INTRODUCERS


@rule(
    "explicit_date",
    rf"(?:{weekday()},? (?:the )?)?{day_number()}(?: of)?[ -]{month()}\.?(?:,?[ -]{YEAR})?",
)
def _day_then_month(m: re.Match[str], ctx: Context) -> dt.date | None:
    day = _day_month(ctx, int(m["d"]), MONTH_INDEX[m["mon"]], _year(m))
    return _nearest_of(ctx, _last_years_if_named_so(ctx, day, m), m["wd"])


def _last_years_if_named_so(ctx: Context, day: dt.date | None, m: re.Match[str]) -> dt.date | None:
    """ "Friday 18th December" written on 4 January: the Friday just gone, last year's, which
    its weekday names, not next December's (a Saturday). Only with the weekday that says so and
    no year: "the closure from 24 December", said in January, is the coming one."""
    if day is None or not m["wd"] or _year(m) is not None or day < ctx.today:
        return day
    last_year = dates.a_year_before(day)
    if (
        last_year is not None
        and last_year.weekday() == WEEKDAY_INDEX[m["wd"]] != day.weekday()
        and (ctx.today - last_year).days <= 90
    ):
        return last_year
    return day


def _nearest_of(ctx: Context, day: dt.date | None, weekday_name: str | None) -> dt.date | None:
    """A date said with a weekday that disagrees ("Friday, 17th of October" when the 17th is a
    Saturday): the earlier of the date and the named weekday next to it (PRODUCT.md)."""
    if day is None or not weekday_name:
        return day
    weekday = WEEKDAY_INDEX[weekday_name]
    if day.weekday() == weekday:
        return day
    near = day + dt.timedelta(days=(weekday - day.weekday() + 3) % 7 - 3)
    return min(near, day) if near >= ctx.today else day


@rule(
    "explicit_date",
    rf"(?:{weekday()},? )?{month()}\.?[ -](?:the )?{day_number()}(?:,? {YEAR})?"
    r"(?! (?:days?|weeks?|months?|hours?|years?|candidates|people|minutes)\b)",
)
def _month_then_day(m: re.Match[str], ctx: Context) -> dt.date | None:
    if ". the " in m.group():
        return None  # "by mid-July. The first day ...": a sentence ends after the month
    if m["mon"] == "may" and m.start() > 0 and not m["wd"]:
        # "we may 2x" is not a date; "May 2" after a preposition or at the start is.
        word = _before(m).rsplit(" ", 1)[-1]
        if word in ("we", "they", "you", "i", "it", "he", "she", "this", "that"):
            return None
    day = _day_month(ctx, int(m["d"]), MONTH_INDEX[m["mon"]], _year(m))
    return _nearest_of(ctx, _last_years_if_named_so(ctx, day, m), m["wd"])


@rule(
    "explicit_date",
    rf"{month()}\.? {day_number('d1')} ?(?:-|to|through|until|and|or|/) ?{day_number('d2')}"
    rf"(?:,? {YEAR})?",
)
def _month_day_range(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    found = _day_month(ctx, int(m["d2"]), MONTH_INDEX[m["mon"]], _year(m))
    return (found, "range") if found else None


@rule(
    "explicit_date",
    rf"{day_number('d1')} ?(?:-|to|through|until|and|or|/) ?{day_number('d2')}(?: of)? {month()}"
    rf"(?:,? {YEAR})?",
)
def _day_range_month(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    found = _day_month(ctx, int(m["d2"]), MONTH_INDEX[m["mon"]], _year(m))
    return (found, "range") if found else None


@rule("explicit_date", rf"{weekday()},? (?:the )?{ordinal_day()}")
def _weekday_and_day(m: re.Match[str], ctx: Context) -> dt.date | None:
    """ "Friday the 4th". When the two disagree (the 4th is a Saturday), PRODUCT.md takes the
    nearest such date, never months away: the coming 4th or the named weekday closest to it
    (Friday the 3rd), whichever comes first, as the blind labellers read it."""
    return _the_day_numbered(ctx, int(m["d"]), m["wd"])


def _the_day_numbered(ctx: Context, number: int, weekday_name: str) -> dt.date | None:
    """ "Friday the 14th" with no month: the coming 14th, or the nearest Friday to it when they
    disagree; but the 14th gone by when that was the Friday named and is nearer ("they said by
    Friday the 14th", retold on Tuesday the 18th: the date said, since passed, not a Friday in
    April)."""
    coming = dates.next_day_of_month(ctx.today, number)
    weekday = WEEKDAY_INDEX[weekday_name]
    if coming is not None and coming.weekday() != weekday:
        last = dates.last_day_numbered(ctx.today, number)
        if (
            last.weekday() == weekday
            and last.day == number
            and ctx.today - last < coming - ctx.today
        ):
            return last
    return _nearest_of(ctx, coming, weekday_name)


_NOT_A_DAY_AFTER = (
    # "the 2nd shift", "the 3rd position", "the 2nd-shift lead": which one, not which day
    # (reader.py also drops an ordinal in words before any noun: "on the second tech job").
    rf"(?![ -](?:{WHICH_ONE}|floor|week|day|month|"
    r"year|quarter|business|working|attempt|call|meeting|reference|ref|refs|draft|party|"
    r"parties|"
    r"version|level|grade|anniversary|birthday|percentile|century|ones|"
    # "the 3rd to go" is which one; "meets on the 14th to approve the appointment" a day.
    r"to(?! (?:approve|decide|discuss|review|sign|finali[sz]e|confirm|agree|vote|select|choose"
    r"|ratify|shortlist|consider|make (?:a|the|its|their) (?:final )?decision))|"
    r"tech|opportunity|offer|candidates|half|phase|chance|batch|group|cohort|wave)\b)"
)


@rule(
    "explicit_date",
    # "the answer will be latest Friday 20": a weekday and a bare day number, no month.
    # (Not "Monday to Friday, 9 to 5": no comma, and no hours after it.)
    # ("until friday, day 23": the day named with its number, as Portuguese and Spanish do)
    rf"{weekday()}(?:,? day)? (?P<d>[12][0-9]|3[01]|0?[1-9])(?![0-9:/-]|\.\d| ?(?:am|pm|hours?"
    r"|hrs?|h|mins?|minutes|days?|weeks?|months?|%|k|people|candidates|applicants|of)\b"
    r"| ?(?:to|till|until) ?\d)",
)
def _weekday_and_day_number(m: re.Match[str], ctx: Context) -> dt.date | None:
    return _the_day_numbered(ctx, int(m["d"]), m["wd"])


# The words a bare day number ("2nd") is a date after ("w/c 2nd", "week commencing 9th": a week
# named by its Monday's day number).
_INTRODUCES_A_DAY_NUMBER = frozenset(
    "by on before until latest than through w/c commencing".split()
)
_ORDINAL_BEFORE = re.compile(r"(?<![0-9])\d{1,2}(?:st|nd|rd|th)(?: (?:or|and|to|-)|,)$")


@rule(
    "explicit_date",
    rf"(?P<the>the )?{ordinal_day()}(?: of (?P<which>this month|next month|the month|"
    rf"the following month))?{_NOT_A_DAY_AFTER}(?! of)"
    # "I'll call you the second I have it": a moment, not the 2nd ("by the 20th we know" is).
    r"(?!(?<=2nd) (?:i|we|you|he|she|they)(?:(?:'re|'ve|'m|'s| are| am| is) [a-z]+| (?:have|hear"
    r"|get|know|receive|find|see|learn))(?![a-z]))",
)
def _day_of_month(m: re.Match[str], ctx: Context) -> dt.date | None:
    said_before = _before(m)
    if m["the"] and m["d"] in ("1", "2", "3") and said_before.endswith(" be"):
        return None  # "I'll be the first to know and you'll be the second": a place, no day
    if not m["the"]:
        before = said_before.rsplit(" ", 1)[-1]
        # "on the 12th or 13th": the second of two day numbers, joined; "by the 10th, 12th at
        # the latest".
        joined = (before in ("or", "and", "to", "-") or before.endswith(",")) and bool(
            _ORDINAL_BEFORE.search(said_before)
        )
        introduced = before in _INTRODUCES_A_DAY_NUMBER
        if not introduced and not joined:
            return None
    day = int(m["d"])
    if m["which"] in ("next month", "the following month"):
        year, month_number = dates.shift_month(ctx.today.year, ctx.today.month, 1)
        return dates.month_day(year, month_number, day)
    if m["which"] == "this month":
        # "3rd round was on 5th of this month", said on the 12th: this month's, gone by.
        return dates.month_day(ctx.today.year, ctx.today.month, day)
    return dates.next_day_of_month(ctx.today, day)


# ---------------------------------------------------------------- days and weekdays


def _weekday_said_with(modifier: str | None, wd: int, ctx: Context) -> dt.date:
    """The day a weekday names after its modifier: "next Tuesday" is that day of next week
    (Monday to Sunday), "this Tuesday" may be today, and a bare "Tuesday" is the coming one."""
    if modifier in ("next", "the following", "following"):
        return dates.weekday_of_week(ctx.today, wd, 1)
    if modifier == "this":
        return dates.weekday_on_or_after(ctx.today, wd)
    return dates.next_weekday(ctx.today, wd)


# "Monday's video interview", "Friday's phone screen": a meeting named by its day.
_MEETINGS = r"(?:[a-z]+ )?(?:interview|call|onsite|round|chat|screen|trial|shift|visit)(?![a-z])"
_A_WEEKDAYS_MEETING = re.compile(rf"'s {_MEETINGS}")
_A_MEETINGS_DAY = re.compile(rf" {_MEETINGS}")
_WHOSE = re.compile(r"(?<![a-z])(?:your|my|his|her|their|our) $")
# (The meeting at which, or by which, the answer comes: "by Thursday's video call", "at my
# Wednesday trial shift", "at your Thursday interview".)
_AT_THE_MEETING = re.compile(r"(?<![a-z])(?:by|at|during|in) (?:your |my |his |her |their |our )?$")


@rule(
    "weekday",
    rf"(?:(?:{END_OF_DAY}|by end of) (?:on )?)?(?:(?P<mod>this coming|the coming|coming|upcoming|"
    rf"this|next|the following|following) )?{weekday()}(?P<plural>s)?"
    r"(?: (?P<post>of (?:the )?week after next|the week after next|week|fortnight|after next"
    r"|next week|this week|of next week|of this week|of the following week|the following week"
    # ("the hiring manager said on thursday of last week (the 8th)": a day gone by)
    r"|of last week))?"
    # ("by close of business on Friday 30 July": the date with its day and month is the
    # explicit rule's, which this longer phrase would otherwise hide.)
    # (Nor "by EOD Tuesday 10/21": a numeric date after the weekday.)
    rf"(?!,? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTH}(?![a-z])"
    # (A slash date, or a dotted one with its closing dot, "Freitag, 21.1.": not a clock's
    # "Friday 5.30pm".)
    r"|,? \d{1,2}/\d{1,2}(?![0-9])|,? \d{1,2}\.\d{1,2}\.)",
)
def _weekday(m: re.Match[str], ctx: Context) -> dt.date | None:
    if m["plural"]:
        return None  # "on Fridays" is a habit, not a date
    if (
        _A_WEEKDAYS_MEETING.match(m.string, m.end())
        or _A_MEETINGS_DAY.match(m.string, m.end())
        # (Just before it: searched from the text's start, a megabyte of "the post was on
        # Thursday interview" took minutes.)
        and _WHOSE.search(m.string, max(0, m.start() - 8), m.start())
    ) and not _AT_THE_MEETING.search(m.string, max(0, m.start() - 12), m.start()):
        # "after Monday's video interview", "re: your monday interview": the meeting's day,
        # no promise's.
        return None
    wd = WEEKDAY_INDEX[m["wd"]]
    modifier, post = m["mod"], m["post"]
    if post in ("next week", "of next week", "of the following week", "the following week"):
        return dates.weekday_of_week(ctx.today, wd, 1)
    if post in ("this week", "of this week"):
        return dates.weekday_of_week(ctx.today, wd, 0)
    if post == "of last week":
        return dates.weekday_of_week(ctx.today, wd, -1)
    if post is not None and post.endswith("week after next"):
        # "Wednesday of the week after next": that day two weeks on (Monday to Sunday).
        return dates.weekday_of_week(ctx.today, wd, 2)
    day = _weekday_said_with(modifier, wd, ctx)
    if post in ("week", "after next"):
        day += dt.timedelta(days=7)
    elif post == "fortnight":
        day += dt.timedelta(days=14)
    return day


# (The normaliser has written "second" as "2nd" already.)
_NTH = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1, "final": -1}


@rule(
    "explicit_date",
    rf"(?:the )?(?P<nth>{'|'.join(_NTH)}) {weekday()} (?:of|in) (?:(?P<next>next|the following)"
    rf" month|(?:the|each|every|a|this|the same) month|{month()})",
)
def _nth_weekday_of_the_month(m: re.Match[str], ctx: Context) -> dt.date:
    """ "The board meets on the second Tuesday of each month": the next such day to come."""
    nth, wd = _NTH[m["nth"]], WEEKDAY_INDEX[m["wd"]]
    if m["mon"]:
        month_number = MONTH_INDEX[m["mon"]]
        year = dates.year_for_month(ctx.today, month_number)
        day = dates.nth_weekday(year, month_number, wd, nth)
        if day < ctx.today and month_number == ctx.today.month:
            return day  # "by the last Friday of March" noted on the 30th: gone, not next year's
        return day if day >= ctx.today else dates.nth_weekday(year + 1, month_number, wd, nth)
    ahead = 1 if m["next"] else 0
    year, month_number = dates.shift_month(ctx.today.year, ctx.today.month, ahead)
    day = dates.nth_weekday(year, month_number, wd, nth)
    if day < ctx.today:  # this month's has gone: the next month's
        year, month_number = dates.shift_month(year, month_number, 1)
        day = dates.nth_weekday(year, month_number, wd, nth)
    return day


@rule(
    "weekday",
    # ("latest by next next week Wednesday", as Singapore English says the week after next)
    rf"(?P<which>this|next|the following|coming|next to next|next next) week(?: on)? {weekday()}",
)
def _week_then_weekday(m: re.Match[str], ctx: Context) -> dt.date:
    ahead = {"this": 0, "next to next": 2, "next next": 2}.get(m["which"], 1)
    return dates.weekday_of_week(ctx.today, WEEKDAY_INDEX[m["wd"]], ahead)


@rule(
    "weekday",
    rf"(?P<n>an?|1|2|3) (?P<unit>weeks?|fortnights?) (?:on|from|after) (?:this |the coming |"
    rf"coming )?{weekday()}",
)
def _weeks_on_weekday(m: re.Match[str], ctx: Context) -> dt.date:
    count = number_value(m["n"]) or 1
    step = 14 if m["unit"].startswith("fortnight") else 7
    return dates.next_weekday(ctx.today, WEEKDAY_INDEX[m["wd"]]) + dt.timedelta(
        days=int(count * step)
    )


@rule(
    "day",
    # ("next tomorrow": the day after tomorrow, as Nigerians say it)
    rf"(?:{END_OF_DAY} (?:on )?)?(?P<dw>(?:the )?day after tomorrow|next tomorrow|tomorrow"
    r"|today|tonight|"
    r"this (?:afternoon|evening|arvo|morning)|later today|later this (?:afternoon|evening))"
    rf"(?: (?:{END_OF_DAY}|morning|afternoon|arvo|evening|night))?",
)
def _day_word(m: re.Match[str], ctx: Context) -> dt.date:
    word = m["dw"]
    if "after tomorrow" in word or word == "next tomorrow":
        return ctx.today + dt.timedelta(days=2)
    if "tomorrow" in word:
        return ctx.today + dt.timedelta(days=1)
    return ctx.today


# (Not "At the end of the day" opening a clause: an idiom, or the end of the day a story is
# about: "At the end of the day the recruiter hopped on and said ...". "I'll call you at the
# end of the day" is a promise.)
_AT_A_CLAUSES_START = "".join(
    f"(?<!{before}at {the})"
    for before in ("^", "[.!?,;:\\n] ", "[.!?,;:\\n]", "and ", "but ", "so ")
    for the in ("", "the ")
)


@rule("day", rf"{_AT_A_CLAUSES_START}(?:the )?{END_OF_DAY}(?! (?:on |{WEEKDAY}|tomorrow|today))")
def _end_of_day(m: re.Match[str], ctx: Context) -> dt.date | None:
    before = _before(m)
    if _A_DAY_NAMED_BEFORE.search(before):
        return None  # "by Fri EOD": the end of Friday, which the weekday's rule reads
    if _TOLD_AT.search(before) and _THE_TELLING_GOES_ON.match(m.string, m.end()):
        # "The recruiter told me at the end of the day to expect ...": when it was said (not
        # "she said at the end of the day, once the panel has met", the answer).
        return None
    return ctx.today


_TOLD_AT = re.compile(r"(?<![a-z])(?:told (?:me|us)|said) at$")
_THE_TELLING_GOES_ON = re.compile(
    r" (?:to |that |(?:they|she|he|we|hr)(?:'d| would| will|'ll) )|:? \"|, \""
)


_A_DAY_NAMED_BEFORE = re.compile(rf"(?<![a-z])(?:{WEEKDAY}|tomorrow|tmrw)$")


# ---------------------------------------------------------------- weeks

_WEEKS = (
    r"(?P<wk>this week|this working week|the current week|current week|next week|"
    r"the following week|following week|the week after next|week after next|next to next week|"
    r"next next week|"
    r"the coming week|this coming week|coming week|the week ahead|the week|week|the working week|"
    r"working week|"
    r"business week|work week)"
)
_WEEK_OFFSETS = {"next": 1, "following": 1, "coming": 1, "ahead": 1, "week after": 1}


def _week_offset(phrase: str) -> int:
    for words in ("after next", "next to next", "next next"):
        if words in phrase:
            return 2
    for words, offset in _WEEK_OFFSETS.items():
        if words in phrase:
            return offset
    return 0


def _day_in_week(ctx: Context, phrase: str, wd: int) -> dt.date:
    offset = _week_offset(phrase)
    day = dates.weekday_of_week(ctx.today, wd, offset)
    if offset == 0 and day < ctx.today:
        # "the end of the week" said at the weekend: the week that is coming.
        day += dt.timedelta(days=7)
    return day


@rule(
    "end_of_week",
    r"(?:the )?(?:very )?(?:end|close|back end|tail end|latter part|last day) of "
    rf"(?:the )?{_WEEKS}",
)
def _end_of_week(m: re.Match[str], ctx: Context) -> dt.date:
    return _day_in_week(ctx, m["wk"], FRIDAY)


@rule("end_of_week", r"(?P<wk>this|next) week'?s? ?end(?!s)")
def _week_end_indian(m: re.Match[str], ctx: Context) -> dt.date:
    return _day_in_week(ctx, m["wk"], FRIDAY)


# "Early next week" is its start, as "early the following" is (PRODUCT.md): Monday.
_WEEK_PARTS = {
    "early": MONDAY,
    "1st thing": MONDAY,  # "I'll call you first thing next week" ("first" is "1st" here)
    "earlier": MONDAY,
    "beginning": MONDAY,
    "start": MONDAY,
    "first half": TUESDAY,
    "mid": WEDNESDAY,
    "middle": WEDNESDAY,
}


@rule(
    "week_part",
    r"(?P<part>early|earlier|1st thing|mid|middle of|the middle of|late|later|the latter half of|"
    r"latter half of|the beginning of|beginning of|the start of|start of|the first half of|"
    r"first half of|the second half of|second half of|towards the end of|toward the end of)"
    rf"[ -](?:in )?{_WEEKS}",
)
def _week_part(m: re.Match[str], ctx: Context) -> dt.date | None:
    if m["wk"] in ("week", "working week", "business week", "work week") and m["part"] != "mid":
        return None
    part = m["part"].removeprefix("the ").removesuffix(" of")
    wd = next((v for k, v in _WEEK_PARTS.items() if part.startswith(k)), FRIDAY)
    if ctx.mode == RETURN and wd == TUESDAY:
        wd = MONDAY
    return _day_in_week(ctx, m["wk"], wd)


@rule(
    "week_part",
    # ("towards the end of next week, or at the latest early in the week after")
    r"(?:(?:late|the end of|end of|later|towards? the end of)(?: in)? (?P<which>this|next|the)"
    r" week|(?:late|the end "
    # ("... or at the latest early the following week")
    r"of|end of) (?P<which2>this|next) week)(?:,? or|/|,"
    # ("by the end of next week but ... it could slip into early the following week")
    r"|,? but[^.!?\n]{0,80}? (?:slip|spill|run|drift|stretch|go)(?: over)? (?:in)?to)"
    r"(?: at the (?:very )?latest,?| latest,?)?"
    # ("towards the end of next week, or at the start of the week after at the very latest")
    r" ?(?:at )?(?:early(?: in)?|(?:the )?start of|(?:the )?"
    r"beginning of) (?:the following(?: week| one)?|the week after|next(?: week| one)?|the next"
    r"(?: week| one)?)",
)
def _late_or_early_following(m: re.Match[str], ctx: Context) -> dt.date:
    """ "late next week or early the following": the later one, the start of the week after."""
    which = m["which"] or m["which2"]
    weeks = 2 if which == "next" else 1
    if ctx.today.weekday() == 6 and which == "next":
        weeks = 1  # said on a Sunday, "next week" starts tomorrow
    return dates.week_start(ctx.today) + dt.timedelta(days=7 * weeks)


@rule("week_part", r"mid[- ]?week")
def _midweek(m: re.Match[str], ctx: Context) -> dt.date:
    return _day_in_week(ctx, "this week", WEDNESDAY)


@rule(
    "week",
    r"(?P<wk>this week|next week|the following week|the week after next|week after next|"
    r"next to next week|next next week|the coming week|this coming week|the week ahead"
    # ("at its meeting on 4 June. We will contact you in the week following that meeting")
    r"|the week after|the week following(?= (?:that|its|this) ))",
)
def _week(m: re.Match[str], ctx: Context) -> dt.date:
    if ctx.mode == RETURN:
        offset = _week_offset(m["wk"])
        return max(ctx.today, dates.weekday_of_week(ctx.today, MONDAY, offset))
    return _day_in_week(ctx, m["wk"], FRIDAY)


@rule(
    "weekend",
    r"(?P<pre>(?:by|before|over|during|until) (?:the |this |next |the next |the coming )?|"
    r"(?:this|next|the next|the coming) )week ?end(?!s)",
)
def _weekend(m: re.Match[str], ctx: Context) -> dt.date:
    pre = m["pre"]
    ahead = 1 if "next" in pre or "coming" in pre else 0
    if pre.startswith("before"):
        return _day_in_week(ctx, "next week" if ahead else "this week", FRIDAY)
    day = dates.weekday_of_week(ctx.today, SUNDAY, ahead)
    return day if day >= ctx.today else day + dt.timedelta(days=7)


# ---------------------------------------------------------------- durations

_DURATION_LEADS = (
    # "in a period not greater than 10 business days" (a translated form letter)
    r"(?P<lead>(?:within|in) (?:a|the) (?:period|space|time ?frame|term)(?: of)? (?:not|no)"
    r" (?:greater|more|longer) than|"
    r"(?:within|in) (?:a|the) (?:period|space|time ?frame|term) of|"
    r"within|in|inside of|inside|over the next|over the coming|during the next|"
    r"in the next|within the next|on the next|in the coming|within the coming|in another|"
    # ("within the following 3 working days" of a date said before: reader.py counts from it)
    r"within the following|in the following|"
    r"in under|no later than|not later than|"
    # "The result will be sent by e-mail in until 15 business days" (a Brazilian "em até").
    r"in until|in up to|"
    r"in less than|in no more than|up to|wait(?: for)?|allow(?: for)?|allow us|expect|"
    # "please allow the next 7-10 business days"
    r"allow(?: us)?(?: for)? the next|"
    # "we will inform you max 5 business days", "in maximum 2 weeks"
    # ("in a maximum of 5 business days", "during 3 working days", as translated letters say)
    r"(?:in |within )?(?:a )?(?:max|maximum|at most|at the most)(?: of)?|during|"
    r"give (?:us|me|"
    r"them|it|him|her)|takes?|taking|will take|should take|could take|may take|might take|"
    # ("TAT": turnaround time, as Indian recruiters write it; "on their side": whose it is)
    r"would take|can take|(?:timeline|timeframe|time frame|turnaround|turn around|turn-around|"
    r"tat|eta|wait|process)(?: on (?:their|our|your|the client's|the client|client) (?:side|end))?"
    r"(?: is| of| will be| should be| would be| =| :|:)?|about|after|another|"
    # ("said it'd be a few weeks because of year-end reporting")
    r"in next|within next|(?:going to|gonna|will|should|could|might|may|would|'ll|it'll|it'd"
    r"|it would) be|"
    r"maybe|probably|prob|roughly|approximately|approx|i'd say|say|said|says|like|around|"
    # ("la señora me dijo que entre 8 y 10 días me daban respuesta": "told me that 8 to 10
    # days they will give me an answer")
    r"said that|told (?:me|us) that|"
    # ("hasilnya dikabari 3-5 hari kerja": "the results will be told 3-5 business days")
    r"(?:will )?be told|"
    # "Realistically we are now looking at 2-3 weeks."
    r"(?:now )?looking at|"
    # A note of what is usual: 'VP sign off, "typically 7-10 business days"'
    r"usually|typically|normally|generally|"
    # "We'll need a week or two to wrap up the other interviews"
    r"(?:we|we'll|we will|they|they'll|they will|i'll|i will) need|"
    # ("Client loved me but needs 7-10 business days for reference checks")
    r"(?<![a-z])needs)"
    r"(?: (?:usually|typically|normally|generally|currently|likely|probably|roughly))?"
)
_DURATION_BLOCKERS = re.compile(
    r" (?:of (?:your |the |my )?(?:start\w*|joining|employment|onboarding|first day|hire|"
    r"contract|notice|paid|parental|leave|annual|holiday|vacation|pto|training|work|experience|"
    r"the year|probation|service|tenure|sprints?)|sprints?|cycles?|contract|notice|probation|"
    r"trial|rotation|program|programme|course|training|onboarding|leave|vacation|holidays?|pto|"
    # "two weeks before the start" is in advance; "a month or so before we can confirm" is the
    # wait for the answer.
    r"break|stint|assignment|ago|old|long|late|later|earlier|"
    # A job's length: "about the 3 month fixed term accountant role", "a 6 month maternity cover".
    r"fixed|fixed-term|ftc|temporary|temp|maternity|locum|interim|secondment|placement|internship"
    r"|cover|role|position|job|gig|"
    r"before(?! (?:we|they|he|she|you|anyone|hr|a decision|the decision|hearing|a final"
    # ("it'll be a month or so before i can confirm either way": the boss's own answer)
    r"|i (?:can|could|will|'ll|would) (?:confirm|decide|know|let|get back|tell|come back)))|"
    r"prior|in advance|per|a "
    r"(?:week|month|year)|each|every|shifts?|paid|parental|annual|experience|of the year|"
    r"minimum|max|maximum|in a row|straight|running)\b"
)
_HYPHEN_NOUNS = re.compile(r" (?:turnaround|turn around|window|timeline|timeframe|wait|process)\b")


def _duration_date(ctx: Context, count: float, unit: str) -> dt.date | None:
    if count <= 0 or count > 400:
        return None
    unit = unit.removeprefix("calendar ")  # "within 30 calendar days": days, weekends too
    if unit.startswith(("business day", "working day", "work day")):
        return business.add_business_days(ctx.today, math.ceil(count), ctx.country)
    if unit.startswith(("business week", "working week")):
        return ctx.today + dt.timedelta(days=math.ceil(7 * count))
    if unit.startswith(("hour", "hr")) or unit == "h":
        return (ctx.now + dt.timedelta(hours=count)).date()
    if unit.startswith("day"):
        return ctx.today + dt.timedelta(days=math.ceil(count))
    if unit.startswith("week"):
        return ctx.today + dt.timedelta(days=math.ceil(7 * count))
    if unit.startswith("fortnight"):
        return ctx.today + dt.timedelta(days=math.ceil(14 * count))
    if unit.startswith("month"):
        whole = math.ceil(count)
        return dates.add_months(ctx.today, whole)
    return None


_A_WAITS_VERB = re.compile(r"(?<![a-z])(?:be|take|takes|need|needs)$")


def _upper_count(m: re.Match[str]) -> float | None:
    values = [number_value(m.groupdict().get(name)) for name in ("n1", "n2", "n3")]
    known = [value for value in values if value is not None]
    if not known:
        return None
    count = max(known)
    # A second count said after it ("two weeks, maybe three"), when a little more: not "2
    # weeks, maybe 50", which is no wait of 50 weeks.
    second = number_value(m.groupdict().get("n4") or m.groupdict().get("n5"))
    if second is not None and count < second <= max(2 * count, count + 2):
        return second
    return count


def _blocked_after(m: re.Match[str]) -> bool:
    following = m.string[m.end() : m.end() + 40]
    if _DURATION_BLOCKERS.match(following):
        return True
    hyphenated = re.search(r"\d-" + r"(?:business |working )?(?:day|week|month|hour)", m.group())
    return bool(hyphenated) and not _HYPHEN_NOUNS.match(following)


@rule(
    "duration",
    # ("takes from 15 to 20 business days": a range said with "from")
    # (An opening quote between: 'said it'd be "a few weeks" because of year-end')
    rf"{_DURATION_LEADS}(?: the)?(?: about)?(?P<from> from)? \"?(?P<n1>{NUMBER})"
    rf"(?: ?(?:-|to|or|/) ?(?P<n2>{NUMBER}))?"
    rf"[ -]?{UNIT}(?:'s|')?(?: time)?(?: or (?P<n3>so|\d{{1,3}}|less|more))?"
    r"(?: (?:from|of) (?:now|today|the interview|your interview|today's interview|this email))?"
    # A second count, the later (PRODUCT.md's alternatives): "within two weeks, maybe three",
    # "in 5 working days, 7 at most". Alone at its clause's end: not "maybe 20 applicants".
    r"(?:,? (?:maybe|possibly|perhaps|probably|or|up to|max) (?P<n4>\d{1,2})(?![.:/-]\d)"
    r"(?=[ \t]*(?:[.,;!?)\n\"']|$)| (?:at (?:the )?most|tops|max|if|depending|or so)(?![a-z]))"
    r"|, (?P<n5>\d{1,2}) (?:at (?:the )?most|tops|max)(?![a-z]))?",
    by_first_letter=True,
)
def _duration(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    if _blocked_after(m) or m.groupdict().get("from") and not m["n2"]:
        return None
    count = _upper_count(m)
    if count is None:
        return None
    lead = m.groupdict().get("lead") or ""
    if '"' in m.group() and not _A_WAITS_VERB.search(lead):
        # A wait quoted after the verb that names it ('it'd be "a few weeks"', 'needs "7-10
        # business days"'); not a retelling's quoted words ("said 'a few days' on 9/2",
        # "a decision in 'a few weeks'"), which the stories in the corpora tell when over.
        return None
    if lead.startswith(("over", "during")) and m["n1"] in ("few", "a few", "several"):
        return None  # "reviewing candidates over the next few weeks" is an activity, not a date
    return _counted(ctx, count, m["unit"])


@rule(
    "duration",
    # "expect to hear from us in anywhere between a fortnight and three weeks": the upper end.
    rf"(?:(?:with)?in |after )?(?:anywhere )?between (?:an? fortnight|{NUMBER} ?(?:[a-z]+ )?)"
    rf"(?:and|to) (?P<n2>{NUMBER}) ?{UNIT}",
)
def _between_durations(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    if _blocked_after(m):
        return None
    return _counted(ctx, number_value(m["n2"]), m["unit"])


@rule(
    "duration",
    # "We need another fortnight, I'm sorry", "give us another week": one more unit, from the
    # moment it was said (not the writer's own patience or need, "I'll give it another week",
    # "I need another week to think", nor a condition, "if we need another week we'll say").
    r"(?<!\si )(?<!^i )(?<!i'll )(?<!if we )(?<!if they )(?<!may )(?<!might )"
    r"(?P<lead>need|give (?:us|me)|take|takes|allow(?: us)?)(?: just)? another"
    r" (?P<unit>day|week|fortnight|month)"
    r"(?: or (?:so|two|2))?",
)
def _another_unit(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    if _blocked_after(m) or m.string.startswith(" of ", m.end()):
        return None  # ("we need another week of interviews": a week of something else)
    return _counted(ctx, 2 if m.group().endswith(("or two", "or 2")) else 1, m["unit"])


def _counted(ctx: Context, count: float | None, unit: str) -> tuple[dt.date, str] | None:
    """The date `count` units from today, and whether they were business days."""
    found = _duration_date(ctx, count, unit) if count else None
    if found is None:
        return None
    return found, "business_days" if "business" in unit or "work" in unit else "duration"


@rule(
    "duration",
    r"(?:decision|decisions|feedback|answer|response|turnaround|timeline|timeframe|eta|outcome|"
    r"results?|update|hear back|get back to you|back to you|revert|respond|reply)"
    r"(?: expected| due| is| will be| should be)?:? (?:~ ?|about )?"
    rf"(?P<span>(?P<n1>{NUMBER})(?: ?(?:-|to|or) ?(?P<n2>{NUMBER}))?[ -]?{UNIT}(?:'s|')?"
    r"(?: or (?P<n3>so|\d{1,3}))?)",
)
def _duration_after_cue(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    # "Decision: 2-3 weeks", "get back to you 7-10 business days": the cue stands in for "in".
    return _duration(m, ctx)


# "they'll communicate two weeks after the board meeting": a count with no "in" before it, the
# event after it (which the reader dates when the text does), the answer's verb just before.
_ANSWERS_VERB_BEFORE = re.compile(
    r"(?<![a-z])(?:communicate|announce|inform|notify|decide|hear|let (?:you|me|us) know"
    r"|get back|come back|revert|respond|reply|call|contact|update|release|publish|confirm"
    r"|results?|decision|outcome|feedback|answer"
    # ("Offers will be made two weeks after the assessment centre", "they'd reach out a couple
    # weeks after the onsite", "you will be notified ..."): only where the text dates the event
    # (`EVENT_WAIT`), not "Candidates will be notified 3 weeks after their interview".
    r"|(?P<event_only>offers?|reach out|in touch|informed|notified|contacted|advised))(?![a-z])"
    r"[^.!?;,\n]{0,30}$"
)
# A wait counted from an event only when the text gives the event's date (reader.py drops one
# left uncounted).
EVENT_WAIT = "event_wait"


_AFTER_A_START = re.compile(
    r" after (?:the|your|our|their|my) (?:[a-z]+ )?(?:start|starting|joining|first day|onboarding"
    r"|probation|contract|induction|offer)"
)


@rule(
    "duration",
    rf"(?P<n1>{NUMBER})(?: ?(?:-|to|or) ?(?P<n2>{NUMBER}))?[ -]?{UNIT}"
    r"(?= after (?:the|your|our|their|my) [a-z]"
    # "we will communicate it to you 2 business days after.": after the date said before (a
    # promise's, not "Got an automated email 3 days after.").
    r"| (?:after|afterwards|later)(?=[.,;!?\n]|$))",
)
def _duration_before_an_event(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    verb = _ANSWERS_VERB_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
    if verb is None:
        return None
    if _AFTER_A_START.match(m.string, m.end()):
        return None  # "three months after your start date for the probation review"
    counted = _duration(m, ctx)
    if counted is not None and verb["event_only"]:
        return counted[0], EVENT_WAIT
    return counted


@rule(
    "duration",
    # "a few days after that", "no later than 3 business days after that meeting": counted
    # from the date before it (reader.py); without such a date it is counted from now.
    # ("a month or so after that meeting")
    rf"(?:(?:no|not) later than |at most |up to )?(?P<span>(?P<n1>{NUMBER})(?: ?(?:-|to|or) ?"
    rf"(?P<n2>{NUMBER}))? ?{UNIT}(?: or so)?)(?= (?:after|from|of|following) (?:that|then|this"
    r"|it)\b"
    # "a couple of days after I'm back": from the day back.
    rf"|{AFTER_THE_RETURN}| thereafter\b)",
    by_first_letter=True,
)
def _duration_before_that(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    return _duration(m, ctx)


@rule(
    "duration",
    rf"(?P<n1>{NUMBER})(?: ?(?:-|to) ?(?P<n2>{NUMBER}))? ?{UNIT}(?:'s|')? "
    r"(?:time|from now|from today|today|from the interview)",
    by_first_letter=True,
)
def _duration_from_now(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    return _duration(m, ctx)


@rule(
    "duration",
    r"(?P<lead>in|within|over|during) the (?:(?:next|coming) (?P<unit>day|week|month|fortnight)"
    # "results should go out within the fortnight"
    r"|(?P<unit2>fortnight))"
    r"(?: or (?P<n3>\d{1,2}|so))?",
)
def _the_next_unit(m: re.Match[str], ctx: Context) -> dt.date | None:
    count = max(1, number_value(m["n3"]) or 1)
    return _duration_date(ctx, count, m["unit"] or m["unit2"])


@rule(
    "duration",
    r"(?P<lead>in|within|over|during|for|sometime in|some time in|at some point in) the "
    # ("in the next weeks", as a writer of another language says it)
    r"(?P<amount>coming|next (?:few|couple of|couple)|next several|next|upcoming) "
    r"(?P<unit>days|weeks|months)",
)
def _the_coming_units(m: re.Match[str], ctx: Context) -> dt.date | None:
    """ "in the coming weeks", "the next few weeks": 3 of them (PRODUCT.md's vague amounts)."""
    amount = m["amount"]
    count = 2 if "couple" in amount else 4 if "several" in amount else 3
    return _duration_date(ctx, count, m["unit"])


@rule(
    "duration",
    rf"(?P<n1>{NUMBER})(?: ?(?:-|to|or) ?(?P<n2>{NUMBER}))?[ -]?{UNIT} "
    r"(?:tops|max|maximum|at most|at the most|at the latest|at the outside)(?![a-z])",
)
def _duration_at_most(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    """ "2 wks tops", "10 days max": a ceiling said after the amount."""
    return _counted(ctx, _upper_count(m), m["unit"])


@rule(
    "duration",
    # "within 1 week, maximum 10 days", "in two, max three weeks": the ceiling said second.
    rf"(?:(?:with)?in |after )?(?:{NUMBER})(?: ?(?:business |working )?(?:days?|weeks?|wks?"
    rf"|months?|hours?|hrs?))?,? (?:max|maximum|at most|at the most"
    rf"|at the latest|not more than|no more than) (?P<n2>{NUMBER})[ -]?{UNIT}",
)
def _duration_then_ceiling(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    if _blocked_after(m):
        return None
    return _counted(ctx, number_value(m["n2"]), m["unit"])


@rule(
    "duration",
    rf"(?P<n1>{NUMBER})(?: ?(?:-|to|or) ?(?P<n2>{NUMBER}))?[ -]?{UNIT}(?:'s|')?"
    # (Its closing quote: 'Ron: "a couple of weeks" for an answer'.)
    # (A closing quote, either: "'a month or so' before they know")
    r"(?: or (?P<n3>so|\d{1,3}))?[\"']? (?:for|to|until|till|before) "
    r"(?:(?:we|they|i|she|he) (?:can |will |'ll |would |could )?(?:be able to )?)?"
    # ("a couple of weeks before they lock in a final decision", "a month or so before I can
    # give you a firm answer")
    r"(?:(?:lock in|finali[sz]e|reach|make|have|give you|get you|send you) )?"
    r"(?:a |an |the |any |our |their )?"
    r"(?:(?:final|firm|definite|definitive|proper|formal|official|clear|concrete) )?"
    r"(?:feedback|decision|decide|hear|answer|outcome|results?|news|response|call|make the call|"
    r"know|update|an update|come back|get back|revert)(?![a-z])",
)
def _duration_before_answer(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    """ "1-2 wks for feedback", "4-6 days to hear", "a fortnight until we make the call": the
    amount names the wait for their answer, so it needs no "in" or "within"."""
    return _counted(ctx, _upper_count(m), m["unit"])


@rule(
    "duration",
    r"(?:in|within) (?:the (?:next|coming) (?:(?:a|an|one|\d{1,2}) )?|(?:a|an|one|\d{1,2}) )"
    r"(?:days?|weeks?|months?) (?:to|or|-) "
    rf"(?P<n1>{NUMBER})[ -]?{UNIT}",
)
def _unit_to_other_unit(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    """ "in a week to ten days", "in the next week to 10 days": the upper end, in its own
    unit."""
    return _counted(ctx, number_value(m["n1"]), m["unit"])


@rule(
    "explicit_date",
    rf"(?:(?:the )?{ordinal_day('d1')}(?: or (?:the )?{ordinal_day('d2')})?"
    # "we will inform you the result until 15 of this month": a bare number, which the month
    # after it makes a day.
    r"|(?<![\d/.:-])(?P<n>[12][0-9]|3[01]|0?[1-9])) of "
    r"(?P<which>this|next|the following|the coming) month(?![a-z'])",
)
def _day_of_this_or_next_month(m: re.Match[str], ctx: Context) -> dt.date | None:
    """ "the 20th or 21st of this month", "around the 3rd or 4th of next month": the later."""
    ahead = 0 if m["which"] == "this" else 1
    year, month = dates.shift_month(ctx.today.year, ctx.today.month, ahead)
    return dates.safe_date(year, month, int(m["d2"] or m["d1"] or m["n"]))


@rule(
    "month_part",
    r"(?:end of|late) (?:this|the) month,? or (?:early|the start of|the beginning of) next"
    r"(?: month)?",
)
def _this_month_or_early_next(m: re.Match[str], ctx: Context) -> dt.date | None:
    """ "by the end of this month or early next": the later side, early next month (the 10th)."""
    year, month_number = dates.shift_month(ctx.today.year, ctx.today.month, 1)
    return dates.month_day(year, month_number, 10)


@rule("duration", r"(?:this|same|the same) time next (?P<unit>week|month)")
def _this_time_next(m: re.Match[str], ctx: Context) -> dt.date | None:
    return _duration_date(ctx, 1, m["unit"])


_BARE_DURATION = re.compile(
    rf"^\W*(?:about |around )?(?P<n1>{NUMBER})(?: ?(?:-|to|or) ?(?P<n2>{NUMBER}))?[ -]?{UNIT}"
    r"(?: or (?P<n3>so|\d{1,3}))?\W*$"
)


@rule(
    "duration",
    # What someone was told, quoted: 'the recruiter told me "7-10 working days"'.
    r"(?:told (?:me|us)|said|says|quoted|mentioned|reckons|estimated)[:,]? ?\""
    rf"(?:about |around |roughly |maybe |probably )?(?P<span>(?P<n1>{NUMBER})"
    rf"(?: ?(?:-|to|or) ?(?P<n2>{NUMBER}))?[ -]?{UNIT})\"",
)
def _quoted_duration(m: re.Match[str], ctx: Context) -> tuple[dt.date, str] | None:
    return _counted(ctx, _upper_count(m), m["unit"])


def bare_duration(text: str, ctx: Context) -> Candidate | None:
    """A note that is nothing but a duration ("1-2 weeks", "7-10 business days")."""
    m = _BARE_DURATION.match(text)
    if not m:
        return None
    counted = _counted(ctx, _upper_count(m), m["unit"])
    if counted is None:
        return None
    found, kind = counted
    start = m.start("n1")
    end = len(text.rstrip(" .!?\n"))
    return Candidate(start, end, kind, found, lead="bare")


# ---------------------------------------------------------------- months, quarters, years

_MONTH_PART = (
    r"early|earlyish|beginning of|the beginning of|start of|the start of|mid of|mid|middle of|"
    r"the middle of|late|end of|the end of|towards the end of|toward the end of|the last week of|"
    r"last week of|the final week of|final week of|the (?:1st|2nd|3rd|4th) week of|"
    r"(?:1st|2nd|3rd|4th) week of|the first half of|first half of|the second half of|"
    r"second half of|the (?:1st|2nd) half of|(?:1st|2nd) half of|the last day of|last day of|"
    r"the close of|close of|"
    # ("maximum first days of next month", as a writer of another language says it)
    r"the 1st days of|1st days of|the 1st few days of|1st few days of|"
    # "by end-November", "by end November" (as business English writes it; with its lead:
    # "the decision in the end may take longer" is no date)
    rf"(?:(?<=by )|(?<=before )|(?<=until )|(?<=till ))end(?=[- ](?:{MONTH})(?![a-z]))"
)
_MONTH_TARGET = (
    rf"(?P<target>{MONTH}|this month|next month|month next month|month of next month|the month|"
    r"month|the following month|the current month)"
)


_A_DAY_NUMBER = re.compile(r" ?\d")


def _part_day(part: str, year: int, month_number: int) -> dt.date:
    part = part.removeprefix("the ")
    last = dates.month_end(year, month_number)
    fixed = {"1st week": 7, "2nd week": 14, "3rd week": 21, "4th week": 28}
    for words, day in fixed.items():
        if part.startswith(words):
            # The Friday of the week (Monday to Sunday) that holds the week's seventh day, as
            # the end of a week is its Friday: "the first week of December" 2025 (a Monday the
            # 1st) is Friday the 5th; of January 2025 (a Wednesday the 1st), the first whole
            # week's Friday, the 10th. (As the blind writers and labellers read it.)
            return dates.weekday_of_week(dates.month_day(year, month_number, day), FRIDAY)
    if part.startswith(("early", "beginning", "start", "1st days", "1st few days")):
        return dates.month_day(year, month_number, 10)
    if part.startswith(("mid", "middle", "first half", "1st half")):
        return dates.month_day(year, month_number, 15)
    return last


def _target_month(ctx: Context, target: str, year: int | None) -> tuple[int, int, bool]:
    """(year, month, named): named months roll to next year; "the month" rolls when past."""
    if target in MONTH_INDEX:
        month_number = MONTH_INDEX[target]
        return year or dates.year_for_month(ctx.today, month_number), month_number, True
    ahead = 1 if "next month" in target or "following" in target else 0
    y, mo = dates.shift_month(ctx.today.year, ctx.today.month, ahead)
    return y, mo, False


@rule(
    "month_part",
    # "early in April", "late in the month": the part, not the whole month.
    rf"(?P<part>{_MONTH_PART})(?:[ -](?:to|or|-)[ -](?P<part2>{_MONTH_PART}))?[ -]?"
    rf"(?:the month of |in )?{_MONTH_TARGET}(?:,? {YEAR})?",
    by_first_letter=True,
)
def _month_part(m: re.Match[str], ctx: Context) -> dt.date | None:
    year, month_number, named = _target_month(ctx, m["target"], _year(m))
    part = m["part2"] or m["part"]
    if part.startswith(("start", "the start")) and _A_DAY_NUMBER.match(m.string, m.end()):
        return None  # "they mentioned a start of Dec 1": a start date, not early December
    day = _part_day(part, year, month_number)
    if not named and day < ctx.today and m["target"] in ("month", "the month"):
        year, month_number = dates.shift_month(year, month_number, 1)
        day = _part_day(part, year, month_number)
    return day


@rule("month_part", rf"{_MONTH_TARGET}[ -]end(?:ing)?")
def _month_end(m: re.Match[str], ctx: Context) -> dt.date:
    year, month_number, _named = _target_month(ctx, m["target"], None)
    return dates.month_end(year, month_number)


@rule(
    "month_part",
    rf"(?P<lead>in|during|sometime in|some time in|sometime during|later in|by|before|until|"
    rf"for|within|around) {month()}(?:,? {YEAR})?(?![ -]?(?:the )?\d)",
)
def _in_month(m: re.Match[str], ctx: Context) -> dt.date | None:
    year, month_number, _named = _target_month(ctx, m["mon"], _year(m))
    lead = m["lead"]
    first = dt.date(year, month_number, 1)
    if lead == "before":
        return first - dt.timedelta(days=1)
    if lead in ("by", "until") or ctx.mode == RETURN:
        return (
            business.on_or_after_business_day(first, ctx.country) if ctx.mode == RETURN else first
        )
    return dates.month_end(year, month_number)


@rule("month_part", r"(?:within |during |by the end of )?(?P<which>next|this|the following) month")
def _next_month(m: re.Match[str], ctx: Context) -> dt.date:
    ahead = 0 if m["which"] == "this" else 1
    year, month_number = dates.shift_month(ctx.today.year, ctx.today.month, ahead)
    if ctx.mode == RETURN and ahead:
        return business.on_or_after_business_day(dt.date(year, month_number, 1), ctx.country)
    return dates.month_end(year, month_number)


@rule("end_of_week", r"(?:the )?end of (?:the|this|next) fortnight")
def _end_of_fortnight(m: re.Match[str], ctx: Context) -> dt.date:
    return _day_in_week(ctx, "next week", FRIDAY)


@rule(
    "weekday",
    # "next Wednesday or Thursday", "give me till thurs or fri": two weekdays as alternatives,
    # the modifier or the lead said once for both; the later one (PRODUCT.md).
    # ("by Wednesday or Thursday next week": the week said once after both.)
    rf"(?:(?P<mod>next|this coming|the following|following|this) |(?:by|until|before) )"
    rf"{weekday('wd1')} or (?:on )?{weekday('wd2')}"
    r"(?: (?P<post>(?:of )?(?:next|this|the following) week))?"
    r"(?! (?:of )?(?:next|this|the following|the) week|s\b|'s)",
)
def _two_weekdays_as_alternatives(m: re.Match[str], ctx: Context) -> dt.date | None:
    weeks_on = None if m["post"] is None else 0 if "this" in m["post"] else 1
    if weeks_on is not None and m["mod"] is None:
        return max(
            dates.weekday_of_week(ctx.today, WEEKDAY_INDEX[m[g]], weeks_on) for g in ("wd1", "wd2")
        )
    return max(_weekday_said_with(m["mod"], WEEKDAY_INDEX[m[g]], ctx) for g in ("wd1", "wd2"))


# ("end of this week, maybe next depending on comp approval": a hedge is an alternative too.)
@rule(
    "end_of_week",
    r"(?:this|the current) week(?: or|,? (?:maybe|possibly|perhaps|or maybe|or possibly"
    r"|worst case)) (?:the )?next(?: one| week)?",
)
def _this_week_or_next(m: re.Match[str], ctx: Context) -> dt.date:
    """Alternatives take the later one: next week's Friday."""
    return dates.week_start(ctx.today) + dt.timedelta(days=7 + FRIDAY)


@rule("end_of_week", r"within (?:the|this) week")
def _within_the_week(m: re.Match[str], ctx: Context) -> dt.date:
    return _day_in_week(ctx, "this week", FRIDAY)


@rule("month_part", r"within (?:the|this) month")
def _within_the_month(m: re.Match[str], ctx: Context) -> dt.date:
    return dates.month_end(ctx.today.year, ctx.today.month)


_QUARTER = (
    # ("Q three", as a phone writes what it hears, is "q 3" once normalised.)
    r"(?P<q>q ?[1-4]|fy ?q[1-4]|(?:the )?(?:1st|2nd|3rd|4th|last) quarter|this quarter|"
    r"next quarter|(?:the )?current quarter|the quarter|quarter)"
)


@rule(
    "quarter",
    r"(?:(?:the )?end of|by|before|in|during|within|until|by the end of|close of)[ -](?:the )?"
    rf"(?P<half>h[12]|(?:1st|2nd|first|second) half(?: of the year)?)(?: (?:of )?{YEAR}"
    # "the end of the first half of next year"
    r"|(?: of)? (?P<which>this|next|the following|the coming) year)?"
    # "the first half of May" is a part of May (month_part), not of the year.
    r"(?! of (?!the year)[a-z])",
)
def _half_year(m: re.Match[str], ctx: Context) -> dt.date:
    """ "end of H1" is 30 June, H2 31 December: the next such half not yet over."""
    first = m["half"] == "h1" or m["half"].startswith(("1st", "first"))
    year = _year(m) or ctx.today.year + (m["which"] not in (None, "this"))
    day = dt.date(year, 6, 30) if first else dt.date(year, 12, 31)
    if day < ctx.today and _year(m) is None and m["which"] is None:
        day = day.replace(year=year + 1)
    return day


# A bare "Q1" before a noun names something of that quarter ("the Q1 analyst roles", "Q3
# hiring plan"), not a time by which anyone answers.
_A_QUARTERS_NAME = re.compile(
    r" (?!(?:next|this|of|at|or|and|to|latest|the|20\d\d|fy|y|is|if|as|so|then|but|we|i|you|they"
    r"|hopefully|probably|likely|sometime|once|when|after|before|for|with|because|regardless"
    r"|pending|depending|either|unless|anyway|really|though|too|also|earliest|or so)\b)"
    r"[a-z]{3,}"
)


@rule(
    "quarter",
    r"(?:(?P<part>end of|the end of|close of|the close of|early|mid|late|start of|the start of|"
    r"beginning of|the beginning of|middle of|the middle of|in|during|by|before|until|within|"
    r"towards the end of)[ -](?:the )?)?"
    rf"{_QUARTER}(?: (?:of )?{YEAR})?",
)
def _quarter(m: re.Match[str], ctx: Context) -> dt.date | None:
    q, part = m["q"], m["part"] or ""
    if q == "quarter" and not part:
        return None
    if (
        not part
        and re.fullmatch(r"(?:fy ?)?q ?[1-4]", q)
        and _A_QUARTERS_NAME.match(m.string, m.end())
    ):
        return None
    current = dates.quarter_of(ctx.today)
    digit = re.search(r"[1-4]", q)
    if q.startswith(("this", "the current", "current", "the quarter", "quarter")):
        year, number = ctx.today.year, current
    elif q.startswith("next"):
        year, number = (ctx.today.year, current + 1) if current < 4 else (ctx.today.year + 1, 1)
    elif "last" in q:
        year, number = ctx.today.year, 4
    elif digit:
        number = int(digit.group())
        year = _year(m) or ctx.today.year
        if not _year(m) and dates.quarter_end(year, number) < ctx.today:
            year += 1
    else:
        return None
    first_month = number * 3 - 2
    part = part.removeprefix("the ")
    if part.startswith(("early", "start", "beginning")):
        return dates.month_end(year, first_month)
    if part.startswith(("mid", "middle")):
        return dt.date(year, first_month + 1, 15)
    return dates.quarter_end(year, number)


_FINANCIAL_YEAR_END = {
    "AU": (6, 30),
    "NZ": (3, 31),
    "IN": (3, 31),
    "GB": (3, 31),
    "CA": (3, 31),
    "JP": (3, 31),
}


@rule(
    "year",
    r"(?:(?:the )?(?:very )?(?:end|close) of (?:the |this )?(?P<which>year|calendar year|"
    r"financial year|fiscal year|next year|20\d\d)"
    r"|(?:the )?(?:(?P<fy>financial|fiscal) )?year[- ]?end|(?:the )?year's end|"
    r"(?P<late>later|late) this year|early (?:in )?(?P<early>next year|the new year))",
)
def _year_end(m: re.Match[str], ctx: Context) -> dt.date:
    which = m["which"] or (f"{m['fy']} year" if m["fy"] else "")  # "fiscal year end (3/31)"
    if m["early"] == "the new year":
        # The new year is January: "early" in it, as in any month, the 10th (PRODUCT.md).
        year = ctx.today.year + (ctx.today.month > 1 or ctx.today.day > 10)
        return dt.date(year, 1, 10)
    if m["early"]:
        return dt.date(ctx.today.year + 1, 1, 31)
    if which in ("financial year", "fiscal year"):
        month_number, day = _FINANCIAL_YEAR_END.get((ctx.country or "").upper(), (12, 31))
        found = dt.date(ctx.today.year, month_number, day)
        return found if found >= ctx.today else dt.date(ctx.today.year + 1, month_number, day)
    if which == "next year":
        return dt.date(ctx.today.year + 1, 12, 31)
    if which.isdigit():
        return dt.date(int(which), 12, 31)
    return dt.date(ctx.today.year, 12, 31)


# ---------------------------------------------------------------- holidays

_HOLIDAY_ALTERNATIVES = "|".join(
    f"(?P<h_{key}>{pattern})" for key, pattern in HOLIDAY_PATTERNS.items()
)
_AFTER = (
    "after",
    "post",
    "following",
    "past",
    "once",
    "until after",
    "until",
    "not until",
    "the week after",
    "right after",
    "soon after",
    "shortly after",
    "just after",
    "straight after",
    "when we're back from",
    "when we are back from",
    "back from",
    "in",
    "early in",
    "into",
    "the week following",
)


def friday_after(ctx: Context, holiday: dt.date) -> dt.date:
    """The Friday of the week that holds the first business day after the holiday (PRODUCT.md:
    "after Thanksgiving" said in the US is the Friday after it; "after Labor Day" that week's
    Friday). `holiday` is the last day of a multi-day one."""
    first = business.next_business_day(holiday, ctx.country)
    return dates.weekday_of_week(first, FRIDAY)


def back_after(ctx: Context, holiday: dt.date) -> dt.date:
    """The first business day after a holiday and the days off around it."""
    return business.next_business_day(holiday, ctx.country)


# Holidays read only where they are kept.
_SPANISH_SPEAKING = {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN"}
_ONLY_IN = {
    "puente": _SPANISH_SPEAKING | {"IT", "PY", "SV", "NI", "CR", "PA", "UY", "PR"},
    "majowka": {"PL"},
    "sinterklaas": {"NL", "BE"},
    "epiphany": _SPANISH_SPEAKING | {"IT", "PL", "AT", "SE", "FI", "GR", "HR", "SK", "CY", "UY"},
}


@rule(
    "holiday",
    r"(?P<rel>after|post|following|past|once|until after|not until after|not until|until|"
    # "before the office closes for Thanksgiving"
    r"before (?:the (?:office|company|school|plant|shop|store|clinic|site) |we |they |"
    r"our office )(?:closes?|shuts?|breaks? up)(?: down)? for|"
    # ("around" is normalised to "about", which is too common a word to read as "around")
    r"before|by|ahead of|prior to|around|the week after|the week of|the week following|"
    r"right after|soon after|shortly after|just after|straight after|when we're back from|"
    r"when we are back from|back from|early in|in|into|the day after"
    # "by the Tuesday after Thanksgiving", "or Monday after Thanksgiving at the latest": that
    # weekday, the first after the holiday.
    r"|(?:the )?(?P<wd_after>monday|tuesday|wednesday|thursday|friday) (?:after|following))[ -]"
    r"(?:the )?"
    rf"(?:{_HOLIDAY_ALTERNATIVES})(?: (?:is|are) over)?",
    by_first_letter=True,
)
def _holiday(m: re.Match[str], ctx: Context) -> dt.date | None:
    key = next(name[2:] for name, value in m.groupdict().items() if name.startswith("h_") and value)
    if key in _ONLY_IN and (ctx.country or "") not in _ONLY_IN[key]:
        return None  # "after the puente" in London is no holiday of theirs
    if key == "lunar_new_year" and m["h_lunar_new_year"] == "tet" and ctx.country != "VN":
        return None  # "after TET" in India is the Teacher Eligibility Test
    rel = m["rel"].replace("not until after", "after")
    if m["wd_after"]:
        rel = "the weekday after"
    if rel.startswith("before "):
        rel = "before"
    if rel in ("in", "early in", "into") and key not in ("new_year", "holidays"):
        return None
    # "before Christmas" is the business day before it; "by Waitangi Day", the day itself.
    before = rel in ("before", "ahead of", "prior to")
    the_day_after = rel == "the day after"  # "Tuesday 26 May, the day after Whit Monday"
    # "after the Fourth" is July 4th only where and when it is about to come or just went.
    if (
        key == "independence_day"
        and m[f"h_{key}"] in ("the 4th", "the fourth")
        and ((ctx.country or "US") != "US" or ctx.today.month not in (6, 7) or before)
    ):
        return None
    said = m[f"h_{key}"]
    if key == "holidays":
        # "Next week is Silver Week, so we will inform you after the holidays": the holiday
        # named just before, or in brackets just after ("the consecutive holidays (Golden
        # Week)"); otherwise the year-end ones. "The holiday" alone: one named, or the public
        # holiday at hand.
        named = _holiday_named_before(m) or _holiday_named_after(m)
        if named is None and said == "the holiday":
            # ("With the holiday Friday a lot of folks are out, so we'll get back to you after
            # the holiday": the public holiday at hand, or none; not one weeks away.)
            day = next_public_holiday(ctx.country, ctx.today)
            if day is None or day - ctx.today > _AT_HAND or _ON_HOLIDAY.search(m.string):
                return None  # (not "she's away on holiday next week": someone's, no date)
            key = "the_holiday"
        else:
            key = named or ("christmas" if before else "new_year")
    if key == "the_holiday":
        pass  # (its day found above)
    elif key in ("bank_holiday", "puente"):
        day = next_long_weekend_holiday(ctx.country, ctx.today, ctx.zone)
        if (
            (day is None or day - ctx.today > _FAR_OFF)
            and "next" not in said
            and _REPORTED_BEFORE.search(m.string, max(0, m.start() - 80), m.start())
        ):
            # "HR said we'd get feedback after the long weekend", noted the Wednesday after
            # Easter: the long weekend just gone, not one months away. (Only as reported speech:
            # an e-mail written now means the coming one.)
            gone = next_long_weekend_holiday(ctx.country, ctx.today - _JUST_ENDED, ctx.zone)
            if gone is not None and gone < ctx.today:
                day = gone
    elif key == "named_bank_holiday" and m["bh_month"] is None:
        # "the holidays" after "the August bank holiday" named before: its month is in that
        # other phrase, not this one; the next long weekend's holiday stands for it.
        day = next_long_weekend_holiday(ctx.country, ctx.today, ctx.zone)
    elif key == "named_bank_holiday":
        month = BANK_HOLIDAY_MONTHS[m["bh_month"]]
        # England's spring bank holiday is the last Monday of May, not the early May one.
        day = bank_holiday_in(ctx.country, month, ctx.today, last=m["bh_month"] == "spring")
    else:
        if key == "golden_week" and ctx.country == "CN":
            key = "golden_week_cn"
        day = holiday_date(key, ctx.country, ctx.today)
        if before and day is not None and key in _ONCE_A_YEAR:
            # "the reference calls before Christmas" said on 2 January: the one just gone (an
            # event, not next year's deadline). (Only a holiday that comes once a year: "before
            # Eid" a month after Eid al-Fitr is Eid al-Adha.)
            gone = holiday_date(key, ctx.country, ctx.today - _JUST_GONE)
            if gone is not None and gone < ctx.today:
                return gone - dt.timedelta(days=1)
    if day is None:
        return None
    if before:
        return business.previous_business_day(day, ctx.country)
    if rel in ("around", "by"):
        return day
    if the_day_after:
        return day + dt.timedelta(days=1)
    if rel == "the week of":
        return dates.weekday_of_week(day, FRIDAY)
    if said.endswith("weekend") and day.weekday() in (THURSDAY, FRIDAY, SATURDAY):
        # "after the Thanksgiving weekend": the weekend after a Thursday holiday ends on Sunday
        # (a Monday holiday's long weekend ends on the holiday itself).
        day += dt.timedelta(days=SUNDAY - day.weekday())
    if rel == "the weekday after":
        target = WEEKDAY_INDEX[m["wd_after"]]
        return day + dt.timedelta(days=(target - day.weekday()) % 7 or 7)
    if ctx.mode == RETURN:
        return back_after(ctx, day)
    if rel in ("the week after", "the week following"):
        # The week after the one the holiday falls in, not the holiday's own week's Friday.
        return dates.week_start(day) + dt.timedelta(days=7 + FRIDAY)
    return friday_after(ctx, day)


_JUST_GONE = dt.timedelta(days=30)
_REPORTED_BEFORE = re.compile(r"(?<![a-z])(?:said|say|says|told|mentioned|reckons)(?![a-z])")
_JUST_ENDED = dt.timedelta(days=7)  # a long weekend this recent is still "the long weekend"
_FAR_OFF = dt.timedelta(days=28)  # ... when the next is further off than this
_AT_HAND = dt.timedelta(days=10)  # "the holiday", unnamed: one this near
_ON_HOLIDAY = re.compile(
    r"(?<![a-z])(?:on|from|off on|away on|her|his|my|their|your|annual|summer) holidays?(?![a-z])"
    r"|(?<![a-z])(?:on|from) (?:vacation|leave|pto|annual leave)(?![a-z])"
)
_ONCE_A_YEAR = frozenset({"christmas", "new_year", "thanksgiving", "easter", "good_friday"})
_YEAR_END_KEYS = ("holidays", "christmas", "new_year")
_NAMED_HOLIDAY = re.compile(
    # The word boundaries once around all the names: each name's own would be tried at every
    # character of the text, fifty times.
    r"(?<![a-z])(?:"
    + "|".join(
        rf"(?P<h_{key}>{pattern})"
        for key, pattern in HOLIDAY_PATTERNS.items()
        if key not in _YEAR_END_KEYS
    )
    + r")(?![a-z])"
)


_IN_BRACKETS = re.compile(r" ?\(([^)]{1,40})\)")


_NAMED_HOLIDAY_GATED = prefilter.Gated(_NAMED_HOLIDAY, by_first_letter=True)


def _holiday_named_after(m: re.Match[str]) -> str | None:
    brackets = _IN_BRACKETS.match(m.string, m.end())
    if brackets is None:
        return None
    found = _NAMED_HOLIDAY.search(brackets[1])
    return found.lastgroup[2:] if found and found.lastgroup else None


def _holiday_named_before(m: re.Match[str]) -> str | None:
    """The key of the last holiday named in the 300 characters before "the holidays"."""
    starts, named = _holidays_named_in(m.string)
    i = bisect_left(starts, m.start())
    for start, end, key in reversed(named[max(0, i - 4) : i]):
        if start < m.start() - 300:
            break
        if end <= m.start():
            return key
    return None


# The holidays named in the text read last: found once, not once per "the holidays" (a paste
# of "after the holiday." repeated would otherwise search 300 characters each time).
_named_in_last: tuple[str, list[int], list[tuple[int, int, str]]] = ("", [], [])


def _holidays_named_in(text: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    global _named_in_last
    cached = _named_in_last
    if cached[0] is text:
        return cached[1], cached[2]
    named = [
        (found.start(), found.end(), found.lastgroup[2:])
        for found in _NAMED_HOLIDAY_GATED.finditer(text)
        if found.lastgroup
    ]
    starts = [start for start, _end, _key in named]
    _named_in_last = (text, starts, named)
    return starts, named


@rule(
    "holiday",
    # Any public holiday of the speaker's country by its name: "after the Youth Day public
    # holiday", "before Heritage Day" (South Africa), "after Family Day" (Canada).
    r"(?P<rel>after|following|once|until after|before|ahead of|prior to) (?:the )?"
    # ("after Merdeka", "after raya": Malaysia's National Day and Eid, by the names used there)
    # ("Raya" alone is Eid al-Fitr; not "Raya Haji", Eid al-Adha, nor a person: "after Raya is
    # back".)
    r"(?P<name>(?:[a-z']+ ){1,3}day|(?:hari )?merdeka|(?:hari )?raya(?= holidays?| break| weekend"
    r"| puasa|[.,;:!?)]|$))(?: puasa)?(?: (?:public |bank )?holiday| long weekend| weekend)?"
    # ... or by its first word alone, as people there say it: "feedback after Jamhuri" (Jamhuri
    # Day, Kenya), "after Waitangi" (New Zealand): a holiday of the country so called, no other.
    # ("after Sham El Nessim", "after the Khmer New Year holiday": a few words of its name)
    r"|(?P<rel2>after|following|until after|before|ahead of) (?:the )?(?P<bare>[a-z']{4,}"
    r"(?: [a-z']+){0,2}?)"
    r"(?= (?:holidays?|break|long weekend|weekend|with|and|so|we|i|when|as)(?![a-z])"
    r"|[.,;:!?)]|$)",
    by_first_letter=True,
)
def _holiday_by_name(m: re.Match[str], ctx: Context) -> dt.date | None:
    if m["bare"]:
        day = _holiday_by_first_words(m["bare"], ctx.country, ctx.today)
        return None if day is None else _around_the_holiday(m["rel2"], day, ctx)
    day = holiday_by_name(m["name"], ctx.country, ctx.today)
    return None if day is None else _around_the_holiday(m["rel"], day, ctx)


@lru_cache(maxsize=4096)  # "after lunch." said a thousand times is looked up once
def _holiday_by_first_words(word: str, country: str | None, today: dt.date) -> dt.date | None:
    if word.split(" ", 1)[0] in _NOT_A_HOLIDAYS_FIRST_WORD:
        return None
    # "after Tihar" (Nepal's "Tihar Holiday"), "after Nauryz" (by another of its names), or
    # "after Jamhuri" (Jamhuri Day)
    return holiday_by_name(word, country, today) or holiday_by_name(f"{word} day", country, today)


# Words that open a holiday's name and mean something else alone ("after national", "before
# independence", "after labour", "after christmas" has its own rule).
_NOT_A_HOLIDAYS_FIRST_WORD = frozenset(
    "national independence labour labor family public bank new good boxing memorial victory"
    " remembrance unity youth women workers republic freedom human heroes children teachers"
    " constitution state statehood liberation revolution election spring summer autumn winter"
    " christmas easter king queen prophet international armed".split()
)


def _around_the_holiday(rel: str, day: dt.date, ctx: Context) -> dt.date:
    """Before a one-day holiday: the business day before it; after it (PRODUCT.md): the Friday
    of the week that holds the first business day after it (or that day, for a return)."""
    if rel in ("before", "ahead of", "prior to"):
        return business.previous_business_day(day, ctx.country)
    return back_after(ctx, day) if ctx.mode == RETURN else friday_after(ctx, day)


# A break or closure with its dates given (PRODUCT.md: "after <holiday>" counts from a multi-day
# holiday's last day; "before the closure / the break" with dates given is the last business day
# before it).
_BREAK = (
    r"(?:the |our |their |its )?(?:(?:half[- ]?term|mid[- ]?term|spring|winter|summer|"
    r"christmas|xmas|easter|festive|school|holiday|end[- ]of[- ]year|year[- ]end|autumn|fall|"
    r"thanksgiving|new year|lunar new year|chinese new year|golden week|office|company|plant|"
    r"site|factory|annual|holy week|dragon boat|national day|eid|ramadan|diwali|carnival|"
    # (Two of them: "before our year-end office closure (24 December to 1 January)".)
    r"carnaval) ){0,2}(?:break|holidays?|closure|shutdown|shut ?down|recess|vacation|"
    r"half[- ]?term|mid[- ]?term|reading week|holy week|semana santa"
    # ("the Corpus Christi long weekend (4-7 June)")
    r"|(?:[a-z]+ ){0,2}?long weekend)"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY_BEFORE = rf"(?:{WEEKDAY},? (?:the )?)?"
_A_YEAR = r"(?:,? 20\d\d)?"


@rule(
    "holiday",
    # ("before the summer closure of the firm (from 1 to 22 August)")
    rf"(?P<rel>before|after|following|ahead of|prior to|once|until after) {_BREAK}"
    r"(?: of (?:the|our|its) [a-z]+)?[,:]?"
    rf" \(?(?:(?:which )?(?:runs|is|falls|starts?|begins?)(?: (?:from|on|between))? "
    r"|(?:from|on|between) )?"
    # "(office closed Apr 2-6)", ", we close Dec 23 until Jan 4", ": the agency is closed from"
    r"(?:(?:the |our |their |its )?(?:office|offices|we|we're|we are|school|company|shop"
    r"|plant|agency|firm|practice|clinic|store|site|factory|warehouse|studio|branch)"
    r"(?: is| are| will be)? (?:closed|close|closes|closing|shut|shuts|off|out)"
    r"(?: from| on| between)? )?"
    # "(24.12.2026 - 06.01.2027)": day first, as a date with dots always is.
    # ("(office closed 24.12-06.01)": the months' own dots left out.)
    r"(?:(?P<n1>[0-3]?\d)\.(?P<m1>[01]?\d)(?:\.(?:20\d\d)?)? ?(?:-|to|until|till) ?"
    r"(?P<n2>[0-3]?\d)\.(?P<m2>[01]?\d)(?:\.(?:20\d\d)?)?(?![\d.])"
    # "after the holiday 30/4-1/5": with slashes, in the country's order.
    r"|(?P<s1>[0-3]?\d)/(?P<s2>[0-3]?\d) ?(?:-|to|until|till) ?(?P<s3>[0-3]?\d)/(?P<s4>[0-3]?\d)"
    r"(?![\d/])"
    # "which runs from Wednesday 24 December to Monday 5 January", "Dec. 21 - Jan. 1"
    rf"|{_WEEKDAY_BEFORE}(?:(?P<mon_a>{MONTH})\.? )?(?P<d1>{_DAY})(?: (?P<mon_b>{MONTH}))?"
    rf"(?: ?(?:-|to|through|thru|until|till|and) ?{_WEEKDAY_BEFORE}(?:(?P<mon_c>{MONTH})\.? )?"
    rf"(?P<d2>{_DAY})(?: (?P<mon_d>{MONTH}))?)?(?:,? {YEAR})?)\)?",
)
def _break_with_dates(m: re.Match[str], ctx: Context) -> dt.date | None:
    groups = m.groupdict()
    if groups.get("s1"):
        start = _numeric(ctx, int(m["s1"]), int(m["s2"]), None)
        end = _numeric(ctx, int(m["s3"]), int(m["s4"]), None) if start else None
        if start is None or end is None:
            return None
        return _around_a_break(m, ctx, start, end)
    if groups.get("n1"):
        start = _day_month(ctx, int(m["n1"]), int(m["m1"]), _year(m))
        end = _day_month(ctx, int(m["n2"]), int(m["m2"]), None) if start else None
        if start is None or end is None:
            return None
        return _around_a_break(m, ctx, start, end)
    first_month = m["mon_a"] or m["mon_b"] or m["mon_c"] or m["mon_d"]
    last_month = m["mon_d"] or m["mon_c"] or m["mon_b"] or m["mon_a"]
    if first_month is None:
        return None
    year = _year(m)
    start = _day_month(ctx, int(re.sub(r"\D", "", m["d1"])), MONTH_INDEX[first_month], year)
    if start is None:
        return None
    last_day = int(re.sub(r"\D", "", m["d2"] or m["d1"]))  # one day given: "(19 June)"
    end = dates.safe_date(start.year, MONTH_INDEX[last_month], last_day)
    if end is None:
        return None
    if not (m["mon_a"] or m["mon_b"]) and start > end:
        # "from Wednesday 23rd and won't be back until Monday 4 January": the first day's month
        # is the one before the last day's, not January too.
        year_before, month_before = dates.shift_month(end.year, end.month, -1)
        start = dates.month_day(year_before, month_before, start.day)
    if groups.get("reopen"):
        end -= dt.timedelta(days=1)  # "closes 24 December and reopens 5 January"
    return _around_a_break(m, ctx, start, end)


def _around_a_break(m: re.Match[str], ctx: Context, start: dt.date, end: dt.date) -> dt.date:
    if end < start:  # "24 December to 2 January"
        end = dates.safe_date(end.year + 1, end.month, end.day) or end
    if m["rel"] in ("before", "ahead of", "prior to"):
        return business.previous_business_day(start, ctx.country)
    return back_after(ctx, end) if ctx.mode == RETURN else friday_after(ctx, end)


@rule(
    "holiday",
    # "Our offices close from 23 December to 4 January, and we'll confirm the outcome before the
    # closure": the closure named with its dates, then "before/after the closure".
    r"(?:(?:close|closes|closed|closing|shut|shuts|shutting)(?: down)?"
    # "closed for the holidays Dec 24 through Jan 1": the month is the date's, not the reason's.
    # ("closed for the New Year holidays from 27 December to 4 January": three words)
    rf"(?: for (?:the )?[a-z]+(?:-[a-z]+)?(?: (?!{MONTH}\b)(?!from\b)[a-z]+){{0,2}})?"
    # "our plant will be in summer shutdown from August 1 to August 14"
    r"|(?:in|on|for) (?:the |our |its |a )?(?:[a-z]+ )?(?:shutdown|shut ?down|closure|break"
    r"|recess)"
    # "winter break for district offices runs December 21 through January 1"
    rf"|{_BREAK}(?: for [a-z]+(?: [a-z]+)?)? (?:runs|is|will be|lasts)"
    # "Our summer shutdown starts Monday the 21st ... I'll confirm before we shut"
    rf"|{_BREAK}(?: for [a-z]+(?: [a-z]+)?)? (?:starts|begins|kicks off)(?: on)?"
    # "it's half term next week (16-20 Feb) so we'll let you know after half term"
    rf"|{_BREAK}(?: (?:is |will be )?(?:next|this) week)?(?= \()"
    # "our company will have Spring Festival holiday from 5 February to 11 February"
    r"|(?:has|have|will have|'ll have) (?:the |our |its |a |an )?(?:[a-z]+ ){0,3}?(?:holidays?"
    r"|break|closure|shutdown|shut ?down|recess)(?: \([^()]{1,30}\))?)"
    # ("our HR department will be on holiday break starting December 24 until January 2")
    r" \(?(?:from |between |on |(?:starting|beginning|commencing) (?:on |from )?)?"
    # "Our Lunar New Year break is from 2/14 to 2/22": with slashes, in the country's order;
    # with dots, day first.
    r"(?:(?P<s1>[0-3]?\d)/(?P<s2>[0-3]?\d) ?(?:-|to|until|till|through) ?(?P<s3>[0-3]?\d)/"
    r"(?P<s4>[0-3]?\d)(?![\d/])"
    r"|(?P<n1>[0-3]?\d)\.(?P<m1>[01]?\d)(?:\.(?:20\d\d)?)? ?(?:-|to|until|till) ?"
    r"(?P<n2>[0-3]?\d)\.(?P<m2>[01]?\d)(?:\.(?:20\d\d)?)?(?![\d.])|"
    # "closes on Wednesday 23 December and reopens on ...": its first day alone will do; its
    # reopening day, when said, ends it the day before ("from the 23rd December and don't
    # reopen until Monday 4th January").
    rf"{_WEEKDAY_BEFORE}(?:the )?(?:(?P<mon_a>{MONTH}) )?(?P<d1>{_DAY})(?: (?:of )?"
    rf"(?P<mon_b>{MONTH}))?{_A_YEAR}"
    # ("close on Dec 22 for the holidays and reopen Jan 5")
    r"(?: for (?:the )?[a-z]+(?= (?:and|then) re-?open))?"
    r"(?: ?(?:-|to|through|thru|until|till|and"
    r"|(?P<reopen>,? (?:and|then) (?:re-?opens?|(?:do not|don't|dont|won't|will not) re-?open"
    r" until|(?:we're|we are|they're|they are|will be|is|are) back"
    r"|(?:won't|will not|aren't|are not|isn't|is not)(?: be)? back until)(?: on)?)) ?"
    rf"{_WEEKDAY_BEFORE}"
    rf"(?:(?P<mon_c>{MONTH}) )?(?P<d2>{_DAY})"
    # At most one sentence's end between (two branches: one optional mark between two lazy
    # runs made the engine try 80 x 120 splits at every "closed" of a long paste).
    rf"(?: (?P<mon_d>{MONTH}))?{_A_YEAR})?)\)?"
    r"(?P<gap>[^.!?]{0,80}?[.!?][^.!?]{0,120}?|[^.!?]{0,200}?)"
    # (Not a question: "didn't say before or after the break".)
    r"(?:(?<! or) (?P<rel>before|after) (?!or )"
    r"(?:(?:the|our|that|this|their|its) (?:[a-z]+ ){0,2}?"
    # ("off for the Corpus Christi long weekend (4-7 June), so we'll come back with feedback
    # after the long weekend")
    r"(?:closure|break|shutdown|shut ?down|holidays?|recess|long weekend)"
    r"|(?:the )?(?:half[- ]?term|mid[- ]?term)(?: break| holidays?)?"
    # "We will confirm the outcome before we close."; "... before they break up" (British: a
    # school or an office breaking up for the holidays).
    # (Not "before we close the requisition": closing something is no closure.)
    r"|(?:we|they|the office|the plant|the school) (?:close|shut|closes|shuts|break up"
    r"|breaks up)(?: down)?(?=[.,;!?)\n]|$| (?:for|over|and|so|but)\b))"
    # "closed from December 24 through January 2 ... We'll reach out in the new year": after
    # the closure, when it spans the new year (checked below).
    r"| (?P<new_year>in the new year)(?![a-z]))",
)
def _closure_then_before_it(m: re.Match[str], ctx: Context) -> dt.date | None:
    # The words between must promise something ("we'll confirm the outcome"), not tell a past.
    if not _PROMISE_BETWEEN.search(m.group(0)):
        return None
    # (Only after the promise's own words: "Our VP is reviewing the shortlist next week, and
    # we'll get back to you with the result before the closure" keeps the closure.)
    said = 0
    for promise in _PROMISE_BETWEEN.finditer(m["gap"]):
        said = promise.start()
    if _A_DATE_OF_ITS_OWN.search(m["gap"], said):
        return None  # "... closed 1-23 August. We'll come back to you mid-September, after the
        # summer holidays": the promise has its own date
    day = _break_with_dates(m, ctx)
    if day is None and m["rel"] == "before" and not (m["mon_c"] or m["mon_d"] or m["d2"]):
        # "Our summer shutdown starts Monday the 21st ... before we shut": its first day alone,
        # without its month: the business day before the coming 21st.
        return _business_day_before(m, ctx, None)
    if m["new_year"] and (
        day is None or not (day.month == 1 and day.day <= 21) or not _CONTACT.search(m["gap"])
    ):
        # A closure that ends nowhere near the new year is not what it is after; and "they'll
        # pick it back up in the new year" resumes a process, it promises no word.
        return None
    return day


_CONTACT = re.compile(
    r"\b(?:reach out|(?:be|get) in touch|let you know|get back|come back to you|circle back"
    r"|contact you|hear from|update you|decision|outcome|feedback|next steps)\b"
)


_A_DATE_OF_ITS_OWN = re.compile(
    r"(?<![a-z])(?:january|february|march|april|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|next week|end of (?:the |this |next )?"
    r"(?:week|month))(?![a-z])"
)


_PROMISE_BETWEEN = re.compile(
    r"\b(?:we|i|they|she|he|hr|you)(?:'ll| will| would|'d| shall| should| aim| hope| expect"
    r"| plan| intend| want)\b|\b(?:let you know|in touch|get back|answer|decision|outcome|"
    # "the partners are keen to make the call on the Associate role before the closure"
    r"(?:keen|hoping|aiming|aim|aims|want|wants|like) to (?:make|decide|finali[sz]e|conclude"
    r"|confirm)|make (?:a |the |their |our )?(?:final )?call|"
    r"confirm|feedback|result|hear from|offers? (?:will |should |would )?(?:go )?out"
    r"|make (?:an |the |our )?offers?)"
)


@rule(
    "holiday",
    # "before we close for Christmas - the office is shut from Thursday 24 December", "before
    # the office closes for the refurbishment (closed Thursday 5 and Friday 6 November)": the
    # closure's first day, said just after.
    # ... or in the next sentence: "hoping to finalise before the office closes. They are closed
    # from 19 December to 5 January", "conclude before the Eid break. Please note our office is
    # closed 26-29 May".
    r"before (?:(?:we|they|the (?:office|school|company|clinic|shop|store|plant|site|factory)"
    r"|(?:our|their) (?:office|offices|plant|site)) (?:close|closes|shut|shuts|break up"
    r"|breaks up)"
    r"(?: down)?(?: for (?:the )?[a-z]+(?: [a-z]+)?)?|(?:the|our) (?:[a-z']+ ){0,2}?(?:closure"
    # ('in touch before the Christmas shutdown" - office shuts 19 Dec to 5 Jan': a note's
    # quote closed between)
    r"|shutdown|shut ?down|break|holidays?))(?:[ ,;:(\"'-]{1,4}(?:[a-z']+ ){0,4}?"
    # (In the next sentence, the office or the people closing: "Please note our office is
    # closed ...", not "The car park is closed from 16 March for resurfacing".)
    # (... or a note's terse "Closed 24 Dec - 2 Jan.")
    r"|[.!] (?:(?:[a-z']+ ){0,4}?(?:office|offices|we|we're|we are|they|they're|they are"
    r"|company|school|plant|site|clinic|store|shop|factory|hq)(?: is| are| will be)? )?)"
    r"(?:closed|shut|closes|shuts|closing)(?: down)?(?: (?:from|on|between))? "
    rf"{_WEEKDAY_BEFORE}(?:the )?(?:(?P<mon_a>{MONTH}) )?(?P<d1>{_DAY})(?![/.]?\d)(?: (?:of )?"
    rf"(?P<mon_b>{MONTH}))?(?: ?(?:-|to|and|through|until|till) ?{_WEEKDAY_BEFORE}(?:the )?"
    rf"(?:{MONTH} )?{_DAY}(?: (?:of )?(?P<mon_c>{MONTH}))?)?",
    by_first_letter=True,
)
def _before_a_closure_said_after(m: re.Match[str], ctx: Context) -> dt.date | None:
    if _CLOSED_FOR_WORKS.match(m.string, m.end()):
        return None  # "Our Manchester office is closed from 1 June for refurbishment"
    return _business_day_before(m, ctx, m["mon_a"] or m["mon_b"] or m["mon_c"])


# A closure for works or training is no break the answer waits for.
_CLOSED_FOR_WORKS = re.compile(
    r"[^.!?\n]{0,30}?\bfor (?:the )?(?:refurb\w*|renovat\w*|training|maintenance|resurfac\w*"
    r"|works|repairs|building work|a move|the move|stocktak\w*|an event|a team)"
)


@rule(
    "holiday",
    # ("before the business office closes for the holidays on December 22")
    r"before (?:we|they|(?:(?:the|our) )?(?:[a-z]+ )?(?:office|school|company|clinic|shop|store"
    r"|plant|site)) "
    r"(?:close|closes|shut|shuts|break up|breaks up|shut down|shuts down)(?: (?:down|up))?"
    # ("before school breaks up for the summer on Wednesday 23 July")
    r"(?: (?:for|over) (?:the )?[a-z]+(?: [a-z]+)?)? (?:on|from) (?:the )?"
    rf"{_WEEKDAY_BEFORE}(?:(?P<mon_a>{MONTH}) )?(?P<d1>{_DAY})(?: (?:of )?(?P<mon_b>{MONTH}))?",
)
def _before_a_closing_day(m: re.Match[str], ctx: Context) -> dt.date | None:
    """ "get offers out before we close for the holidays on the 23rd": the business day before."""
    return _business_day_before(m, ctx, m["mon_a"] or m["mon_b"])


# "before the university's summer closure", "before the Christmas close-down": a closure named,
# its days said just after (the two rules below).
_BEFORE_THE_CLOSURE = (
    r"before (?:the|our|its|their) (?:[a-z']+ ){0,2}?(?:closure|shutdown|shut ?down"
    r"|close-?down|close down|break|recess|holidays?)(?: period)?"
)


@rule(
    "holiday",
    # "before the university's summer closure, which runs from 20 July until 7 August"
    rf"{_BEFORE_THE_CLOSURE},? (?:which|that)(?: for (?:us|me|the team|the office|everyone))?"
    r" (?:runs|is|starts|begins|will run|will be)"
    rf"(?: (?:from|on))? {_WEEKDAY_BEFORE}(?:the )?(?:(?P<mon_a>{MONTH}) )?(?P<d1>{_DAY})"
    # ("which is 2 weeks away" is a length, not a day)
    rf"(?! ?(?:days?|weeks?|wks?|months?|years?|hours?))(?: (?:of )?(?P<mon_b>{MONTH}))?",
)
def _before_a_closure_dated_after(m: re.Match[str], ctx: Context) -> dt.date | None:
    return _business_day_before(m, ctx, m["mon_a"] or m["mon_b"])


@rule(
    "holiday",
    # "before the Christmas close-down (24 December - 2 January)": the closure's span said
    # just after its name.
    rf"{_BEFORE_THE_CLOSURE}(?: \(| - |, )(?:from )?"
    rf"{_WEEKDAY_BEFORE}(?:the )?(?:(?P<mon_a>{MONTH}) )?(?P<d1>{_DAY})(?: (?:of )?"
    rf"(?P<mon_b>{MONTH}))? ?(?:-|to|until|till|through) {_WEEKDAY_BEFORE}(?:the )?"
    rf"(?:{MONTH} )?{_DAY}(?: (?:of )?{MONTH})?\)?",
)
def _before_a_closure_spanned_after(m: re.Match[str], ctx: Context) -> dt.date | None:
    return _business_day_before(m, ctx, m["mon_a"] or m["mon_b"])


@rule(
    "holiday",
    # A holiday named by its date: "the committee will meet after the September 16 holiday",
    # "before the 25 April public holiday".
    r"(?P<rel>after|following|until after|before|ahead of|prior to) (?:the )?"
    rf"(?:(?P<mon_a>{MONTH}) )?(?P<d1>{_DAY})(?: (?:of )?(?P<mon_b>{MONTH}))?"
    r" (?:public |bank |national |federal |state )?holiday(?!s)",
)
def _holiday_by_its_date(m: re.Match[str], ctx: Context) -> dt.date | None:
    named = m["mon_a"] or m["mon_b"]
    if not named:
        return None  # "after the 16th holiday" says no month
    day = _day_month(ctx, int(re.sub(r"\D", "", m["d1"])), MONTH_INDEX[named], None)
    return None if day is None else _around_the_holiday(m["rel"], day, ctx)


@rule(
    "explicit_date",
    # A day number with its point, as German writes an ordinal: "We will give you feedback
    # latest on 15." (only after "latest": "grew by 5." is no date).
    # (Not "spätestens 20. März": the month said after it.)
    rf"(?:at the )?latest (?:on |by )?(?:the )?(?P<d>[12]?\d|3[01])\.(?= |\n|$)(?! ?{MONTH})"
    r"(?! ?(?:januar|februar|marz|maerz|mai|juni|juli|oktober|dezember)(?![a-z]))",
)
def _latest_on_a_day_number(m: re.Match[str], ctx: Context) -> dt.date | None:
    number = int(m["d"])
    if number < 1:
        return None
    day = dates.month_day(ctx.today.year, ctx.today.month, number)
    if day < ctx.today:
        year, month = dates.shift_month(ctx.today.year, ctx.today.month, 1)
        day = dates.month_day(year, month, number)
    return day


def _business_day_before(m: re.Match[str], ctx: Context, named: str | None) -> dt.date | None:
    """The business day before the closure's first day, `d1` of the month `named` (or of this
    month, or the next once it has gone)."""
    day_number = int(re.sub(r"\D", "", m["d1"]))
    if named:
        closing = _day_month(ctx, day_number, MONTH_INDEX[named], None)
    else:
        closing = dates.month_day(ctx.today.year, ctx.today.month, day_number)
        if closing <= ctx.today:
            year, month_number = dates.shift_month(ctx.today.year, ctx.today.month, 1)
            closing = dates.month_day(year, month_number, day_number)
    if closing is None:
        return None
    return business.previous_business_day(closing, ctx.country)


# ---------------------------------------------------------------- scanning


@lru_cache(maxsize=1)
def _rules_read(
    count: int,
) -> tuple[tuple[str, prefilter.Gated, Handler, tuple[frozenset[str], ...] | None, bool], ...]:
    """The first `count` rules, each with its words and whether its pattern names a span:
    looked up once, not for every rule of every text scanned (a tenth of a short text's scan).
    (Keyed on the count: a rule registered later is read too.)"""
    return tuple(
        (kind, gated, handler, gated.needs, "span" in gated.pattern.groupindex)
        for kind, gated, handler in _RULES[:count]
    )


def scan(text: str, ctx: Context) -> list[Candidate]:
    """Every date expression in normalised text, longest first where they overlap."""
    found: list[Candidate] = []
    # (A short text is gated here, once for all rules: through `finditer` each rule would look
    # the text's keys up again, a tenth of the reading's time.)
    present = prefilter.short_text_keys(text)
    isdisjoint = present.isdisjoint if present is not None else None
    for kind, gated, handler, needs, spanned in _rules_read(len(_RULES)):
        if isdisjoint is None:
            matches = gated.finditer(text)
        elif needs is None or not any(map(isdisjoint, needs)):  # (`Gated.may_match`, inline)
            matches = gated.search.finditer(text)
        else:
            continue
        for m in matches:
            result = handler(m, ctx)
            if result is None:
                continue
            day, sub = result if isinstance(result, tuple) else (result, kind)
            is_range = sub == "range"
            start, end = m.span("span") if spanned else m.span()
            if text[end - 1] == ".":
                end -= 1  # a full stop after "Dec." or at the end of a sentence is not the date's
            found.append(Candidate(start, end, kind if is_range else sub, day, is_range))
    bare = bare_duration(text, ctx)
    if bare:
        found.append(bare)
    found += holidays_by_their_names(text, ctx)
    return keep_longest(found)


# "after Songkran", "after the Kurban Bayramı holiday", "before Vesak": any public holiday of
# the speaker's country by its own name, in English or the country's language. The names are
# the country's, so they are looked up, not listed: up to four words after the lead, the
# longest that names a holiday.
# (Gated: a long text without "after" or "before" is not searched for it, 30 ms a megabyte.)
_BEFORE_OR_AFTER_A_NAME = prefilter.Gated(
    re.compile(
        r"(?<![a-z])(?P<rel>after|following|until after|before|ahead of|prior to) (?:the )?"
        r"(?P<words>[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,3})"
    )
)
_HOLIDAY_WORD_AFTER = re.compile(
    r" (?:public |bank |national )?(?:holidays?|festival|break|long weekend|weekend|celebrations?)"
    r"(?![a-z])"
)


_FESTIVALS_SAID_ALONE = frozenset(
    "songkran vesak wesak deepavali diwali onam pongal holi navratri dussehra tet lebaran"
    " chuseok seollal matariki waitangi ramadan hanukkah thingyan pchum ben".split()
)
# (A particle of politeness may close it: "we will inform the result after Songkran ka".)
# (Nor does its date in brackets: "she'll call me after Ascension (Thursday)".)
_A_CLAUSE_END = re.compile(
    r"(?:[.,;:!?)\n]| ?$| \((?:[a-z]+day|\d)| (?:and|so|then|or|but|we|i|we'll|i'll|ka|krub"
    r"|khrap|kha|po|lah|ji|yaar)(?![a-z]))"
)


def holidays_by_their_names(text: str, ctx: Context) -> list[Candidate]:
    if not ctx.country:
        return []
    found = []
    for m in _BEFORE_OR_AFTER_A_NAME.finditer(text):
        words = m["words"].split(" ")
        if not may_start_a_name(words[0], ctx.country, ctx.today):
            continue
        for count in range(len(words), 0, -1):
            said = " ".join(words[:count])
            end = m.start("words") + len(said)
            # A name without its "Day" or "Festival" only with that word after it ("after the
            # Rizal Day holiday", not "after Columbus", a city) or when it is a festival people
            # name alone ("after Songkran"); one of one word ("Noël") only where no other word
            # follows it ("after Noel has had a look" is a person).
            named_so = bool(_HOLIDAY_WORD_AFTER.match(text, end))
            alone = bool(_A_CLAUSE_END.match(text, end))
            if count == 1 and not (named_so or alone):
                continue
            short = named_so or (alone and fold(said) in _FESTIVALS_SAID_ALONE)
            day = holiday_called(said, ctx.country, ctx.today, short=short)
            if day is None:
                continue
            more = _HOLIDAY_WORD_AFTER.match(text, end)
            if more:
                end = more.end()
            if m["rel"] in ("before", "ahead of", "prior to"):
                day = business.previous_business_day(day, ctx.country)
            else:
                day = back_after(ctx, day) if ctx.mode == RETURN else friday_after(ctx, day)
            found.append(Candidate(m.start(), end, "holiday", day))
            break
    return found
