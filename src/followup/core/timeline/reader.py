"""Choose, among the date expressions in a text, the one that answers the question asked.

read_timeline: the latest date by which they said they would respond.
read_return_date: the day someone writing an out-of-office reply is back.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import heapq
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from followup.core import calendar as business
from followup.core import wrapping
from followup.core.faster_patterns import compile_faster
from followup.core.timeline import cues, dates, model, moments, prefilter, ranker, threads
from followup.core.timeline.fragments import (
    AFTER_THE_RETURN,
    AT_A_TIME,
    END_OF_DAY,
    MONTH,
    NUMBER,
    UNIT,
    WEEKDAY,
    WHICH_ONE,
    number_value,
)
from followup.core.timeline.grammar import (
    DEADLINE,
    EVENT_WAIT,
    FRIDAY,
    RETURN,
    Candidate,
    Context,
    _duration_date,
    back_after,
    friday_after,
    scan,
)
from followup.core.timeline.holiday_names import holiday_by_name
from followup.core.timeline.moments import ANAPHORA, COUNTED_FROM_WRITING
from followup.core.timeline.normalise import CharTable, Normalised, normalise
from followup.core.timeline.reading import Reading
from followup.core.timeline.spans import keep_longest
from followup.core.timeline.vocabulary import MONTH_INDEX, WEEKDAY_INDEX

# Countries that write the month first in numeric dates ("12/5" is 5 December).
# Month before day in a short numeric date ("4/11" is 11 April): North America and the
# Philippines, and East Asia, where the full form is year/month/day.
_MONTH_FIRST = frozenset(
    {"US", "PH", "CA", "FM", "MH", "PW", "GU", "PR", "AS", "UM", "VI", "JP", "CN", "TW", "KR"}
)

# Point-in-time dates need a cue or one of these words to count as a deadline; expressions
# such as "end of next week" or "within 5 business days" are deadlines by their shape.
_DEADLINE_LEADS = frozenset(
    "by|before|until|through|no later than|not later than|at the latest by|latest by|"
    "on or before|prior to|bare".split("|")
)
_SHAPED_KINDS = frozenset(
    "end_of_week business_days duration month_part quarter year holiday week week_part "
    "relative_to_event week_of".split()
)
_POINT_KINDS = frozenset({"explicit_date", "weekday", "day", "weekend"})
_LEAD_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?P<lead>no later than|not later than|at the latest by|latest by|"
    r"on or before|on or about|prior to|by|before|until|through|on|for|sometime|some time|"
    r"around|about) $"
)
# The patterns searched in the 140 characters before every date (_an_event_before) are told
# which characters a match starts with (prefilter.quick_start): the same matches, found without
# trying each at every character of each window.
_RELATIVE_BEFORE = prefilter.quick_start(
    re.compile(
        rf"(?:(?:with)?in |about |up to )?(?:(?P<n1>{NUMBER})(?: ?(?:-|to|or) ?(?P<n2>{NUMBER}))? ?"
        rf"{UNIT}|(?:an? |one )?(?P<fortnight>fortnight)) (?P<rel>of|after|following|from|post) "
        # "of the final interview date, Tuesday 1 April": a comma may end the event's words.
        r"(?P<event>(?:[a-z0-9'/&-]+,? ){0,6}?)(?:(?:on|,|is|was|which is|scheduled for|held on|"
        # "within 30 days of the certificate issue date (07/02/2026)"
        r"set for|planned for|due on|due|happening on) |\()?$"
    )
)
# One of these is in every match of _RELATIVE_BEFORE (its relation to the event): most windows
# before a date have none and are not searched with the whole pattern.
_RELATION = re.compile(r" (?:of|after|following|from|post) ")
_AFTER_EVENT_BEFORE = re.compile(
    # Not "following up on Friday": the writer's own call about that day, no event after it.
    # (Not the noun: "Interview for the admin post was on Thursday": an event is named, not
    # a verb.)
    r"(?<![a-z])(?:after|post|following(?! up )|once) (?:the |our |your |my |their )?"
    r"(?P<event>(?!(?:was|is|were|are) )(?:[a-z0-9'/&-]+ ){1,6}?)(?:on|,|is|was|which is"
    r"|scheduled for|held on|set for|"
    r"planned for|due on|happening on|comes in on|wraps up on|wraps on|ends on|finishes on) $"
)
_TOLD_RIGHT_BEFORE = re.compile(r"(?<![a-z])(?:told (?:me|us|him|her)|informed (?:me|us)) $")
_WEEKDAY_AFTER_EVENT_BEFORE = re.compile(
    r"the (?:(?:monday|tuesday|wednesday|thursday|friday) or )?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday) (?:after|following) (?:the |our |your |my "
    r"|their )?(?P<event>(?:[a-z0-9'/&-]+ ){1,6}?)(?:on|,|is|was|which is|scheduled for|held on|"
    r"set for|planned for|due on|happening on|comes in on|wraps up on|wraps on|ends on|"
    r"finishes on) $"
)
_BEFORE_A_LEAVE = prefilter.quick_start(
    re.compile(
        r"(?<![a-z])before (?:she|he|they|i|we|the (?:hiring )?manager|[a-z]+)(?: goes| go|'s going"
        r"| is going|'re going| are going| heads?| leaves?| flies| fly)(?: off)?(?: on| for)?"
        r" (?:vacation|holiday|holidays|leave|annual leave|pto|her leave|his leave|maternity leave"
        r"|paternity leave)(?: on| from)? $"
    )
)
# "before the Ramadan timings start on 18th Feb", "before students return on January 5",
# "before the Christmas break starts on the 19th": as before a leave, the business day before.
_BEFORE_IT_STARTS = prefilter.quick_start(
    re.compile(
        r"(?<![a-z])before (?:the |our |we |they |students |school |term |classes )?"
        r"(?:[a-z'-]+ ){0,3}(?:starts?|begins?|kicks? off|returns?|go back|goes back|comes? back"
        r"|closes?|shuts?)(?: on| from)? $"
    )
)
# ("Trzech Króli (6 January)": any letters, not only a-z)
_AFTER_A_NAMED_DAY = re.compile(r"(?:after|following) (?:the )?(?:[^\W\d_][\w']* ){1,3}\($")
# "after the 14 July holiday", "after 1 May": a date that is a public holiday there.
_AFTER_A_DATE = re.compile(r"(?<![a-z])(?:after|following) (?:the )?$")
# (Only after what a plan is of: "the decision is planned for April" is a promise.)
_FOR_A_MONTH = re.compile(
    r"(?<![a-z])(?:planning|plans?|rotas?|rosters?|schedules?|ratios|numbers|budgets?|shifts"
    rf"|intake|cohort|staffing|forecasts?) for (?:{MONTH})$"
)
_TODAY_IS = re.compile(r"(?<![a-z])(?:it's|it is|today is|today's)(?: now)? $")
# Today as the day something was done, not a day promised: "HR called me this afternoon after
# the interview, said ...", 'just said "we'll let you know" when I asked today'.
_DONE_TODAY = re.compile(
    # (Not the passive of a promise: "You will be called today with the outcome".)
    r"(?<![a-z])(?<!be )(?<!being )(?<!been )"
    r"(?:asked|called|rang|phoned|emailed|e-mailed|texted|messaged|replied|wrote|spoke"
    r"|talked|chatted|met|interviewed|heard)(?: (?:me|us|him|her|them|back|him back|her back"
    r"|them back))?(?: (?:earlier|just))? $"
)
_TODAY_WORDS = frozenset(
    {"today", "this morning", "this afternoon", "this evening", "earlier today"}
)
# (Not "on or before 12th June": that day itself, a holiday or not.)
_BEFORE_A_DATE = prefilter.quick_start(re.compile(r"(?<![a-z])(?<!\bor )before (?:the )?$"))
_FOLLOWING_WEEK = frozenset(
    {"the following week", "the week after", "following week", "the week following"}
)
# "travelling next week; we'll get back to you by the end of the following week": its Friday.
_END_OF_FOLLOWING_WEEK = re.compile(
    r"(?:by )?(?:the )?end of (?:the following week|the week after)"
)
_ANCHOR_KINDS = frozenset({"explicit_date", "weekday", "day", "end_of_week", "week", "week_part"})
_WEEK_OF_BEFORE = prefilter.quick_start(
    re.compile(r"(?:the )?week (?:of|commencing|beginning|starting)(?: the)? $|w/c $")
)
_DISTRACTOR_EVENT = re.compile(
    r"start|join|onboard|first day|notice|employment|contract|probation|offer letter|signing"
)
MONDAY_OFFSET = 0
_ONE_SPACE = CharTable(wrapping.ONE_SPACE)
_INCLUSIVE_AFTER = re.compile(r" ?(?:\(?inclusive\)?|and including)")


def _context(now: dt.datetime, tz: str, country: str | None, mode: str) -> Context:
    zone = business.zone(tz)
    if now.tzinfo is not None:
        now = now.astimezone(zone).replace(tzinfo=None)
    code = (country or business.country_for_zone(tz) or "").upper() or None
    return Context(
        now.date(),
        now,
        code,
        mode,
        day_first=code is not None and code not in _MONTH_FIRST,
        zone=tz,
    )


def _a_day_off(day: dt.date, ctx: Context) -> bool:
    return day.weekday() < 5 and not business.is_business_day(day, ctx.country)


def _combine_with_events(text: str, found: list[Candidate], ctx: Context) -> list[Candidate]:
    """ "within a week of the onsite on 3/10" and "the week of the 14th": count from the date."""
    combined: list[Candidate] = []
    # A paste repeats its sentences, and then the windows before its dates: each distinct
    # window is read once for each kind and day of date after it (a 1 MB paste of a holiday in
    # brackets: 40k dates, 2 readings).
    read: dict[tuple[str, str, dt.date], tuple[int, str, dt.date] | None] = {}
    for candidate in found:
        if candidate.kind not in _POINT_KINDS and candidate.kind != "holiday":
            continue
        window = max(0, candidate.start - 140)
        key = (text[window : candidate.start], candidate.kind, candidate.day)
        if key not in read:
            read[key] = _an_event_before(*key, ctx)
        event = read[key]
        if event is not None:
            offset, kind, day = event
            combined.append(Candidate(window + offset, candidate.end, kind, day))
    combined += _two_weekdays_in_order(text, found)
    combined += _a_week_narrowed_to_days(text, found)
    combined += _weeks_following_a_date(text, found, ctx)
    combined += _that_week_or_weekday(text, found, ctx)
    combined += _days_after_an_event(text, found)
    combined += _durations_after_an_earlier_date(text, found, ctx)
    if "after " in text:
        combined += _after_the_holiday_named_before(text, found, ctx)
    if not combined:
        return found
    # A combined reading replaces the parts it was made of.
    combined = keep_longest(combined)
    starts = [c.start for c in combined]
    kept = []
    for c in found:
        i = bisect_left(starts, c.end)
        if not (i and combined[i - 1].end > c.start):
            kept.append(c)
    return sorted(kept + combined, key=lambda c: c.start)


# "A few of the panel are off around the May bank holiday, so we'll come back to you after
# that": after the holiday named before it, in its sentence.
_AFTER_THAT = re.compile(r"(?<![a-z])after (?:that|it)(?![a-z])")
_A_HOLIDAY_BEFORE = re.compile(
    r"(?<![a-z])(?:around|about|over|for|during|at|till|until|before|by) (?P<what>(?:the )?[a-z]"
    r"[a-z' -]{2,40}?)(?=[,;]| so | and | but | we | they )"
)
_HOLIDAY_NAMED_WITHIN = 150


def _after_the_holiday_named_before(
    text: str, found: list[Candidate], ctx: Context
) -> list[Candidate]:
    """ "after that" with a holiday named before it in its sentence ("off around the May bank
    holiday, so we'll come back to you after that"): read as "after <holiday>" (PRODUCT.md).
    The holiday is read by the grammar's own rules, as if said with "after"."""
    out: list[Candidate] = []
    starts = [c.start for c in found]
    for m in itertools.islice(_AFTER_THAT.finditer(text), 8):
        i = bisect_left(starts, m.start())
        if i < len(found) and found[i].start < m.end():
            continue  # (read already: "after that meeting on the 4th")
        since = max(0, m.start() - _HOLIDAY_NAMED_WITHIN)
        stop = max(text.rfind(mark, since, m.start()) for mark in ".!?\n")
        named = list(_A_HOLIDAY_BEFORE.finditer(text, max(since, stop + 1), m.start()))
        if not named:
            continue
        said = "after " + named[-1]["what"]
        read = [c for c in scan(said, ctx) if c.kind == "holiday" and c.end >= len(said) - 1]
        if read:
            out.append(Candidate(m.start(), m.end(), "holiday", read[0].day))
    return out


# "Monday or Tuesday", "Thurs/Fri": two weekdays said together.
_BETWEEN_TWO_WEEKDAYS = re.compile(r" ?(?:or|to|and|/|-|\u2013) ?(?:on )?")


def _two_weekdays_in_order(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "you'll get a call Monday or Tuesday", said on a Monday: the Tuesday after that Monday
    (alternatives take the later, PRODUCT.md), not tomorrow, which read alone is earlier."""
    pairs = []
    for first, second in itertools.pairwise(found):
        if (
            first.kind == second.kind == "weekday"
            and second.day < first.day
            and _BETWEEN_TWO_WEEKDAYS.fullmatch(text, first.end, second.start)
        ):
            ahead = (second.day.weekday() - first.day.weekday()) % 7 or 7
            pairs.append(
                Candidate(first.start, second.end, "weekday", first.day + dt.timedelta(days=ahead))
            )
    return pairs


def _an_event_before(
    before: str, kind: str, day: dt.date, ctx: Context
) -> tuple[int, str, dt.date] | None:
    """What a date of `kind` on `day` makes with the event named in `before`, the 140
    characters before it: where in `before` the combined phrase starts, its kind and its day;
    or None."""
    leave = (
        _BEFORE_A_LEAVE.search(before) or _BEFORE_IT_STARTS.search(before)
        if kind in _POINT_KINDS
        else None
    )
    if leave and ctx.mode != RETURN:
        # "she wants to decide before she goes on vacation on the 24th": the business day
        # before the leave, as "before <holiday>".
        return leave.start(), "relative_to_event", business.previous_business_day(day, ctx.country)
    m = _WEEK_OF_BEFORE.search(before)
    if m:
        monday = dates.week_start(day)
        week_of = monday if ctx.mode == RETURN else monday + dt.timedelta(days=FRIDAY)
        return m.start(), "week_of", week_of
    named = _AFTER_A_NAMED_DAY.search(before) or _AFTER_A_DATE.search(before)
    if named and kind == "explicit_date" and _a_day_off(day, ctx):
        # "after the Epiphany (6 January)": a holiday with its date, read as "after
        # <holiday>" (PRODUCT.md).
        after = back_after(ctx, day) if ctx.mode == RETURN else friday_after(ctx, day)
        return named.start(), "holiday", after
    said_before = _BEFORE_A_DATE.search(before) if kind == "explicit_date" else None
    if said_before and _a_day_off(day, ctx):
        # "before the 14 July bank holiday": the last business day before it, as "before
        # <holiday>" is (PRODUCT.md).
        return said_before.start(), "holiday", business.previous_business_day(day, ctx.country)
    m = _RELATIVE_BEFORE.search(before) if _RELATION.search(before) else None
    if not m and kind in _POINT_KINDS:
        weekday = _WEEKDAY_AFTER_EVENT_BEFORE.search(before)
        if weekday and not _DISTRACTOR_EVENT.search(weekday["event"]):
            # "offers go out the Monday after the req closes on the 15th"
            target = _WEEKDAYS.index(weekday["wd"])
            ahead = (target - day.weekday()) % 7 or 7
            return weekday.start(), "relative_to_event", day + dt.timedelta(days=ahead)
        # "we'll update you after the panel on 25th Nov": the event's day itself.
        m = _AFTER_EVENT_BEFORE.search(before)
        if m and day < ctx.today:
            m = None  # "Following the oral interview held on 2 October": an event gone by
        if m and _TOLD_RIGHT_BEFORE.search(before, 0, m.start()):
            m = None  # "they told me after the interview on Wednesday that ...": when it was said
        if m and not _DISTRACTOR_EVENT.search(m["event"]):
            if _a_day_off(day, ctx) and ctx.mode != RETURN:
                # "after the long weekend - Youth Day is Tuesday": a public holiday, read
                # as "after <holiday>" (PRODUCT.md).
                day = friday_after(ctx, day)
            return m.start(), "relative_to_event", day
        return None
    if not m or kind == "holiday" and m["rel"] != "after":
        return None
    if _DISTRACTOR_EVENT.search(m["event"] or ""):
        return None
    if m["fortnight"]:
        count, unit = 1.0, "fortnight"
    else:
        values = [number_value(m["n1"]), number_value(m["n2"])]
        count, unit = max(v for v in values if v is not None), m["unit"]
    shifted = Context(
        day,
        dt.datetime.combine(day, ctx.now.time()),
        ctx.country,
        ctx.mode,
        ctx.day_first,
    )
    counted = _duration_date(shifted, count, unit)
    return None if counted is None else (m.start(), "relative_to_event", counted)


_COUNT = re.compile(
    rf"(?P<n1>{NUMBER})(?: ?(?:-|to|or|/) ?(?P<n2>{NUMBER}))?[ -]?{UNIT}(?:'s|')?"
    r"(?: or (?P<n3>so|\d{1,3}))?|(?P<fortnight>fortnight)"
)
_THE_FOLLOWING = re.compile(r"(?:within|in) the following ")
_OF_THAT_AFTER = re.compile(
    # (Not "within five business days of this message": counted from its writing.)
    r" (?:of|after|from|following|post) (?:that|then|this(?! (?:message|e-?mail|letter|notice"
    r"|note|notification))|it|the same)\b| thereafter\b"
    # "the board sits on the 15th; results within 3 days after."
    r"| (?:after|afterwards|later)(?=[.,;!?]|$)"
    rf"|{AFTER_THE_RETURN}"
    r"| (?:after|from|of) (?:getting|being|coming) back\b"
)
_OF_THE_EVENT_AFTER = re.compile(
    r" (?:of|after|from|following|post) (?:the |my |our |your |his |her |their )?"
    # "of the 2nd round": "second" is normalised to "2nd". Up to four words: "of the date of
    # interview" names the interview; the anchor's own words must then say which it is.
    # The event's words end at a word's end: a quote, a line's end or a dash may follow.
    r"(?P<event>(?:[a-z]+|\d{1,2}(?:st|nd|rd|th))(?: [a-z]+){0,3})(?![a-z0-9'])"
)
_A_VISIT_ASKED = re.compile(
    r"(?<![a-z])(?:can|could|would|will) (?:you|u) (?:come|pop|drop|stop|swing)(?: in)? $"
)
_THATS_WHEN = re.compile(
    r"[^.;!?\n]{0,40}?(?<![a-z])(?:that's|that is|which is) (?:when|the earliest) (?:you'll"
    r"|you will|we'll|we will|i'll|i will) (?:hear|get|have|know|let you know|come back|get back)"
)
_DATE_TAKEN_BACK = prefilter.Windowed(
    r"(?<![a-z])(?:disregard (?:my|our|the|that) (?:last |earlier |previous )?(?:e-?mail|message"
    r"|note|date)|(?:walk|walking|take|taking) back what|retract(?:ing)? (?:what|the date|my)"
    # "This replaces the update I sent on the 2nd about having a decision by month-end."
    r"|(?:this|it) (?:replaces|supersedes|updates) (?:the|my|our) (?:update|e-?mail|message|note))"
    r"(?![a-z])"
)
_AFTER_ALL = re.compile(r" after all(?![a-z])")
_NOT_BEFORE_AFTER_ALL = re.compile(
    r"(?<![a-z])(?:won't|wont|will not|no longer|can't|cannot) (?:be able to )?(?:have|give"
    r"|make|decide|confirm|get back|let you know|be)(?![a-z])"
)
_THE_ANSWER_WILL_TAKE = re.compile(
    r"(?<![a-z])(?:decision|answer|outcome|feedback|results?)(?: [a-z]+)? (?:will|should|'ll|is"
    r" going to|may|might|would|could) (?:probably |likely |only )?take(?![a-z])"
)
_STILL_TO_COME_BACK = re.compile(
    r"(?:the |your |all )?(?:references?|referees?|checks?|results?) (?:come|comes|are|get) "
    r"(?:back|in)(?![a-z])"
)
_LEADING_EVENT = re.compile(
    r"(?<![a-z])(?:after|following|once) (?:the |our |your |my |this )?"
    r"(?P<event>(?:[a-z0-9]+ ){0,2}[a-z0-9]+),? (?:we|i|they|you|she|he|hr)"
    r"(?:'ll| will| shall| should| would|'d| aim to| hope to| expect to)(?![a-z])"
)
_NOT_BEFORE = re.compile(
    r"(?<![a-z])(?:not|never|won't be|wont be|will not be|isn't|is not|can't be|cannot be)"
    r"(?: even)? $"
    # "Won't hear on that before the 20th", "we don't expect to know anything before May".
    # (Not "won't decide before late August, but you'll have an answer by then".)
    r"|(?<![a-z])(?:won't|wont|will not|don't|do not|doesn't|does not) (?:expect to )?(?:hear"
    r"|know)(?: (?:on|about) (?:that|it|this))?(?: anything)? $"
    # ("we definitely won't be making any decisions before the 20th")
    r"|(?<![a-z])(?:won't|wont|will not)(?: definitely| certainly)? be (?:making|taking|reaching)"
    r" (?:any|a|the|our)(?: final)? decisions? $"
)
_I_WILL = re.compile(r"[.!?] i(?:'ll| will| shall)(?![a-z])")
_NOT_ON_A_DAY = ("until ", "till ", "before ", "after ", "by ", "within ", "in ")
_NOTHING_EXPECTED = prefilter.Windowed(
    r"(?<![a-z])(?:don't|dont|do not|not to|won't|wont) expect (?:anything|any news|news|an answer"
    r"|a reply|a response|a decision|feedback|any update|to hear(?: anything)?(?: from us)?) $"
)
_NOT_TILL = re.compile(r"(?<![a-z])(?:not|never)(?: even)? $")
_BACK_BEFORE = re.compile(
    r"(?<![a-z])(?:we're|we are|i'm|i am|he's|he is|she's|she is|they're|they are|be) back $"
)
_SOMEONE_BACK_BEFORE = re.compile(
    r"(?<![a-z])(?:is|are|'s|'re) (?:only |not |all )?back (?:on |in )?$"
)
# "by Christmas" is the holiday's own day (grammar._holiday), which "after that" is after.
_THE_HOLIDAY_ITSELF = re.compile(r"by ")
_IN_AN_ASIDE = re.compile(r"[^()]{0,60}\)[^()]*")
# A day said as a day off: "closed Tuesday 11/11 for Veterans Day", "(Mon is Presidents Day)".
# (An office's, not an application's: "Applications closed on 28 February" is an event.)
_CLOSED_BEFORE = re.compile(
    # (Not a return: "She's back from holiday on the 18th" is the day she is back at work.)
    r"(?<![a-z])(?:(?:is|are|be|we're|office|offices) (?:closed|shut)|day off|(?<!from )"
    r"(?<!from the )(?<!from her )(?<!from his )(?<!from my )holiday)(?: on)? $"
)


def _a_day_off_said(text: str, anchor: Candidate, ctx: Context) -> bool:
    """Whether the date is said as a day off, not as an event's day ("closed Tuesday 11/11 for
    Veterans Day", "(Mon is Presidents Day)"; not "Thursday 19 March is the assessment day"):
    said closed, or a public holiday there named as one (`_NAMED_DAY_AFTER`, which the
    reader also drops as a day off)."""
    return bool(
        _CLOSED_BEFORE.search(text, max(0, anchor.start - 12), anchor.start)
        or _a_day_off(anchor.day, ctx)
        and _NAMED_DAY_AFTER.match(text, anchor.end) is not None
    )


_OF_THE_INTERVIEW = re.compile(r" (?:from|of) (?:the|your) interview$")
_WHICH_WAS = re.compile(
    # ("within 30 days of the oral board, which for you was held on 6/12")
    r",? which(?: for you)? (?:was|is|will be|falls)(?: (?:held|scheduled))?(?: on)? "
    r"|,? (?:held|scheduled) (?:on|for) "
    # "from the closing date of the job advertisement (30 April 2026)"
    r"|(?: [a-z]+){0,4} \((?:on )?"
)
_A_DATE_FIELD = re.compile(
    r"(?:^|\n|[.!?:] )[ \t*-]*(?:date|interview date|date and time|when) ?: ?$"
)
_ON_RETURN_BEFORE = re.compile(
    r"(?:on|upon|after|following) (?:my|his|her|our|their) return|(?:when|after|once) (?:i'm|i am"
    r"|we're|we are|he's|he is|she's|she is|they're|they are) back|once (?:i'm |i am |we're "
    r"|we are )?back"
)
_RETURN_DATE_BEFORE = re.compile(
    r"(?:until|till|back(?: in (?:the )?office| at work)?(?: on)?|return(?:s|ing)?"
    r"(?: to the office)?(?: on)?|through|away to)(?: and including)?"
    # ("is back in office on Monday 17.08.")
    r"(?: (?:mon|tues|wednes|thurs|fri|satur|sun)day,?)? $"
)
# (Not a title's full stop: "a second interview with Dr. Morrison on 3/10" is one sentence.)
_SENTENCE_STOP = re.compile(
    "".join(rf"(?<!(?<![a-z]){title})" for title in ("dr", "mr", "ms", "mrs", "prof", "st"))
    + r"[.!?\n] ?"
)
# "We're finishing interviews on the 9th, and once we do, we'll decide within a week".
_ONCE_DONE = re.compile(
    r"(?:once|when|after) (?:we|they|that|it|this)(?:'re| are| have| has|'ve| is)? (?:do|done|"
    r"finish\w*|complete\w*|wrap\w*(?: up)?|through|over)(?![a-z])"
    # "would Tues 9th at 10 work? after that we'll let you know within 2 wks" (in the
    # promise's own sentence: the search ends at the duration; not across a "but": "I've a few
    # more people to meet after that, but we'll let you know within a fortnight either way")
    r"|(?<![a-z])(?:after|following) (?:that|which)(?![a-z])(?=(?:(?! but )[^.!?\n])*$)"
)
# The same wait after a step nobody dated, said first: "Once we've heard back from all three of
# your references, we'll make a decision within 2 business days" (a dated step is an anchor,
# and the durations rule has counted from it already).
_ONCE_AN_UNDATED_STEP = prefilter.Windowed(
    # (A step still to come, "once we've heard back": not one done, "when I had the call".)
    r"(?<![a-z])(?:once|as soon as|when) (?:we|they|you|she|he|hr)(?:'ve| have| has|'s)"
    r" (?:heard back|received|got|gotten|had|checked|completed)(?: back)? (?:from )?(?:all |the"
    r" |your |their |both )?(?:[a-z0-9]+ ){0,3}(?:references?|referees?|checks?|results?|clearance"
    r"|documents?|paperwork|forms?)(?![a-z])[^.;!?\n\d]*$"
    # ... or a budget nobody has dated: "once the Q3 budget is signed off we'll decide within
    # 2 wks".
    r"|(?<![a-z])(?:once|as soon as|when) (?:the |our |their |its )?(?:[a-z0-9]+ ){0,2}(?:budget"
    r"|funding|headcount|requisition|req|approval|sign-?off) (?:is|has been|gets|comes?)"
    r" (?:signed off|approved|through|confirmed|released|cleared|finali[sz]ed|in)(?![a-z])"
    # (Not when its day is said: "once the req is approved (expected Friday) ...".)
    r"(?:(?!monday|tuesday|wednesday|thursday|friday|tomorrow|today|next|this week|expected)"
    r"[^.;!?\n\d])*$"
)
# ("this": "within 14 days from the date of this letter" counts from now, not from a date
# near some other "this".)
_EVENT_STOPWORDS = frozenset(
    "the a an of on my our your his her their date day this that these those".split()
)
_EVENT_SYNONYMS = {"return": ("back", "return"), "close": ("clos",), "closing": ("clos",)}


# "the oral board interview for the position of water utility operator ii (recruitment
# #27-0113) on february 10": a long title may stand between the event and its date.
_EVENT_NAMED_WITHIN = 120


_IT_STARTS = re.compile(r"(?:it|that|this)(?:'s| is| will be| was) ")


def _names_the_anchor(text: str, event: str, anchor: Candidate) -> bool:
    """The event named after the duration ("of the vote") is the one dated earlier ("the board
    votes at its 18 November meeting"): one of its words stands near that date."""
    begin = max(0, anchor.start - _EVENT_NAMED_WITHIN)
    # Within the anchor's own sentence: "Your 2nd round is on 9 September. Please reply by
    # Friday 3 September" does not date the round on the 3rd.
    stops = [begin] + [stop.end() for stop in _SENTENCE_STOP.finditer(text, begin, anchor.start)]
    begin = stops[-1]
    if len(stops) > 1 and _IT_STARTS.match(text, begin) and anchor.start - begin <= 30:
        # "You're moving on to the onsite! It's set for Tuesday 3/10": "it" is the event of the
        # sentence before (when the date is what "it" is, not a later aside of that sentence).
        begin = stops[-2]
    near = text[begin : anchor.end]
    return any(_stands_in(word, near) for word in _event_words(event))


# The words before a later date that make it another event's: a condition, or an ordinal,
# "another" or a start the event's own words do not hold ("If successful, your second interview
# will be on January 12", "Final interviews for the March intake start on January 18").
_ANOTHER_EVENTS_WORDS = re.compile(
    r"(?<![a-z])(?:if|unless|another|other|second|2nd|third|3rd|next|final|last|start|starts"
    r"|begin|begins|run|runs|intake|cohort)(?![a-z])"
)


def _dates_the_event(text: str, event: str, date: Candidate, ctx: Context) -> bool:
    """Whether a date said after a promise ("... of their final interview. Since your final
    interview was on Sept 2") is that event's: every word of the event in the date's sentence
    ("... after BGV clearance. Fill the BGV form by tomorrow" dates the form), no word of
    another event's, and not a day off."""
    begin = _sentence_start(text, date.start)
    own = set(event.split())
    return (
        _names_near(text, event, begin, date.end)
        and all(word in own for word in _ANOTHER_EVENTS_WORDS.findall(text, begin, date.start))
        and not _a_day_off_said(text, date, ctx)
    )


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts (within _EVENT_NAMED_WITHIN before it)."""
    begin = max(0, position - _EVENT_NAMED_WITHIN)
    stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text, begin, position)]
    return stops[-1] if stops else begin


def _names_near(text: str, event: str, start: int, end: int) -> bool:
    """Whether each word of the event ("2nd interview") stands in text[start:end]."""
    words = _event_words(event)
    near = text[start:end]
    return bool(words) and all(_stands_in(word, near) for word in words)


def _event_words(event: str) -> list[str]:
    # ("after 2 rounds": "2" is no word of an event's)
    return [w for w in event.split() if w not in _EVENT_STOPWORDS and not w.isdigit()]


def _stands_in(word: str, near: str) -> bool:
    """Whether the event's word, by its stem or a synonym's, stands in `near`."""
    stems = _EVENT_SYNONYMS.get(word, (word[:4],))
    return any(re.search(rf"(?<![a-z]){stem}", near) for stem in stems)


def _day_back(text: str, absence_end: Candidate, ctx: Context) -> Candidate:
    """The day back after an absence that ends on this date: "out until and including 8
    January" is back the next business day; "out until Monday 5 January" is back that day."""
    if _INCLUSIVE_AFTER.match(text, absence_end.end) or _ABSENCE_END_BEFORE.search(
        text, max(0, absence_end.start - 24), absence_end.start
    ):
        back = business.next_business_day(absence_end.day, ctx.country)
        return Candidate(absence_end.start, absence_end.end, absence_end.kind, back)
    return absence_end


def _durations_after_an_earlier_date(
    text: str, found: list[Candidate], ctx: Context
) -> list[Candidate]:
    """ "The panel sits on 2 Dec; you'll hear within 48 hours of that" or "... of the panel":
    count from 2 Dec."""
    starts_of_found = [c.start for c in found]  # in text order
    counted: list[Candidate] = []
    anchors: list[Candidate] = []  # the points in time before this candidate
    for candidate in found:
        if candidate.kind in _POINT_KINDS:
            anchors.append(candidate)
            continue
        if candidate.kind not in ("duration", "business_days", EVENT_WAIT):
            continue
        last_end = anchors[-1].end if anchors else 0
        that = None
        if anchors:
            that = (
                _OF_THAT_AFTER.match(text, candidate.end)
                or _ONCE_DONE.search(text, max(last_end, candidate.start - 60), candidate.start)
                # "at its meeting of 21 July. All candidates will be notified within the
                # following 3 working days."
                or _THE_FOLLOWING.match(text, candidate.start)
            )
        named = None if that else _OF_THE_EVENT_AFTER.match(text, candidate.end)
        if named is not None and _STILL_TO_COME_BACK.match(named["event"]):
            # "two weeks after references come back": a step still to come, with no date (not
            # the day they were asked for: "HR asked for 2 references today").
            continue
        # "within 10 business days of the interview" (the rule reads that as from today): from
        # the interview's date when the text gives one.
        event = named["event"] if named else None
        if (
            named is None
            and not that
            and _OF_THE_INTERVIEW.search(text, candidate.start, candidate.end)
        ):
            event = "interview"
        if event is None and not that:
            # "After the second round we will let you know within two weeks": the event first.
            # In the promise's own sentence, with the promise's modal ("After the interview I
            # spoke with the team." is a past, and another sentence).
            stop = text.rfind(".", max(0, candidate.start - 100), candidate.start)
            leading = list(
                _LEADING_EVENT.finditer(
                    text, max(0, candidate.start - 100, stop + 1), candidate.start
                )
            )
            if leading:
                event = leading[-1]["event"]
        returning = (
            _ON_RETURN_BEFORE.search(text, max(last_end, candidate.start - 160), candidate.start)
            if anchors
            else None
        )
        if that is None and event is None and returning is None:
            if not anchors or not _an_event_to_wait_for(text, anchors[-1], candidate, ctx):
                continue
            anchor = anchors[-1]
        elif that is not None:
            anchor = anchors[-1]  # "... of that": the date just before
            reach = 160
            if (
                len(anchors) > 1
                and candidate.start - anchor.end <= 160
                and _IN_AN_ASIDE.fullmatch(text, anchor.end, candidate.start)
            ):
                # "on Tuesday (office is shut Monday for Paddy's Day) ... of that": not the
                # date in brackets.
                anchor = anchors[-2]
            elif len(anchors) > 1 and _a_day_off_said(text, anchor, ctx):
                # "your final loop for Wednesday, November 12. Our office is closed Tuesday 11/11
                # for Veterans Day ... within a week of that last interview": not the day off,
                # the date said a few lines before it.
                anchor, reach = anchors[-2], 400
            if candidate.start - anchor.end > reach:
                continue
            if that.start() < candidate.start:  # "once we do, we'll decide within a week"
                that = None
            elif re.search(r"return|back", that.group()):
                anchor = _day_back(text, anchor, ctx)  # "... of my return"
        elif returning is not None:
            if candidate.start - anchors[-1].end > 400 or not _RETURN_DATE_BEFORE.search(
                text, max(0, anchors[-1].start - 40), anchors[-1].start
            ):
                continue  # only a date said as the return ("out until Monday 5 January")
            # An out-of-office reply: "I am out until Monday 5 January. On my return I will
            # review the shortlist and come back to you within 3 working days."
            anchor = _day_back(text, anchors[-1], ctx)
        else:
            # "... of the assessment centre": the nearest earlier date said with that event's
            # words, even with other dates between (a long email gives the centre's date, then
            # a reply-by date, then the promise).
            anchor = next(
                (
                    a
                    for a in reversed(anchors[-8:])
                    if candidate.start - a.end <= 1500
                    and _names_the_anchor(text, event, a)
                    # ("2nd round Tue 2/17 (Mon is Presidents Day)": not the holiday beside it)
                    and not _a_day_off_said(text, a, ctx)
                ),
                None,
            )
            which = _WHICH_WAS.match(text, named.end() if named else candidate.end)
            if anchor is None and which is not None:
                # "within 10 business days of their final interview, which for you was Monday,
                # April 13": the event's date after it.
                at = bisect_left(starts_of_found, which.end())
                if at < len(found) and found[at].start == which.end():
                    anchor = found[at] if found[at].kind in _POINT_KINDS else None
            if anchor is None and event is not None:
                # An invitation's field: "Date: Friday, 19 September 2025 ... feedback within
                # 5 working days after the second interview": the one date the letter gives its
                # event, on a line of its own.
                fields = [
                    a
                    for a in anchors[-8:]
                    if candidate.start - a.end <= 1500
                    and _A_DATE_FIELD.search(text, max(0, a.start - 16), a.start)
                    # ... when the letter names that event near the field ("shortlisted for a
                    # second interview. Details: Date: ..."), not another ("Telephone screen").
                    and _names_near(text, event, max(0, a.start - 200), a.start)
                ]
                anchor = fields[0] if len(fields) == 1 else None
            if anchor is None and event is not None:
                # "notified within 30 days of their final interview. Since your final interview
                # was on Sept 2, ...": the event dated in a sentence after the promise.
                at = bisect_left(starts_of_found, candidate.end)
                anchor = next(
                    (
                        a
                        for a in found[at : at + 3]
                        # (a date, not a weekday: "My onsite ended up being Tuesday" is gone by)
                        if a.kind == "explicit_date"
                        and a.start - candidate.end <= 400
                        and _dates_the_event(text, event, a, ctx)
                    ),
                    None,
                )
            if anchor is None:
                continue
        m = _COUNT.search(text, candidate.start, candidate.end)
        if not m:
            continue
        if m["fortnight"]:
            count, unit = 1.0, "fortnight"
        else:
            values = [number_value(m[name]) for name in ("n1", "n2", "n3")]
            count, unit = max(v for v in values if v is not None), m["unit"]
        shifted = Context(
            anchor.day,
            dt.datetime.combine(anchor.day, ctx.now.time()),
            ctx.country,
            ctx.mode,
            ctx.day_first,
        )
        day = _duration_date(shifted, count, unit)
        if day is not None:
            end = (
                max(that.end(), candidate.end) if that else named.end() if named else candidate.end
            )
            counted.append(Candidate(candidate.start, end, "relative_to_event", day))
    return counted


# "The panel meets on the 10th and we'll let you know within 48 hours": the answer cannot come
# before the meeting it waits for, so the hours count from it (not a start date, a closure or a
# trip: "starts on the 30th; we'll confirm within 48 hours" counts from now).
_EVENT_TO_WAIT_FOR = re.compile(
    r"(?<![a-z])(?:meet|meets|meeting|sits|sit|convenes?|panel|board|committee|interviews?|screen"
    r"|round|assessment|presentation|test|trial|session|closes|closing|deadline|review"
    r"|reviewing|discuss|discussing|debrief|visit|onsite|calls|happens|takes place|alignment"
    r"|sync|catch-?up|vote|votes)(?![a-z])"
)
_NOT_AN_EVENT_TO_WAIT_FOR = re.compile(
    r"(?<![a-z])(?:start|starts|starting|join|joining|onboard\w*|holiday|closed|leave|away|off"
    r"|out|back|travel\w*|flight|notice|sign|signed|offer"
    # A meeting gone by ("the panel met on the 2nd"), whatever day its number reads as.
    r"|met|sat|was|were|held|had|took place|happened|went)(?![a-z])"
)
_TOLD_SINCE = re.compile(r"(?<![a-z])(?:promised|said|told (?:me|us)|mentioned)(?![a-z])")
_STILL_TO_COME = re.compile(
    r"(?<![a-z])(?:will|'ll|is|are|going to|gonna|next|upcoming|coming|scheduled|booked|meets"
    r"|sits|convenes|closes|happens|takes place)(?![a-z])"
)
_ABOUT_ANOTHER_THING = re.compile(r"(?<![a-z])(?:about|regarding|re|on your|whether)(?![a-z])")
_AND_THEN = re.compile(r"[^.;!?\n]{0,100}?(?:,|;|\)| and| then| so)[^.;!?\n]{0,80}$")


def _an_event_to_wait_for(text: str, anchor: Candidate, candidate: Candidate, ctx: Context) -> bool:
    if not (ctx.today < anchor.day and candidate.day <= anchor.day):
        return False
    if candidate.start - anchor.end > 160 or not _AND_THEN.fullmatch(
        text, anchor.end, candidate.start
    ):
        return False
    if _ABOUT_ANOTHER_THING.search(text, anchor.end, candidate.start):
        return False  # "... on 18 March and I'll come back to you about whether you're shortlisted"
    if _TOLD_SINCE.search(text, anchor.end, candidate.start) and not _STILL_TO_COME.search(
        text, max(0, anchor.start - 60), anchor.start
    ):
        # "Interview on Monday with a fintech, recruiter promised feedback within two working
        # days": a promise retold, made at that meeting (counted from it as said then), not
        # a wait for a meeting to come.
        return False
    around = text[max(0, anchor.start - 60) : anchor.end]
    said = around[around.rfind(".") + 1 :]
    return bool(_EVENT_TO_WAIT_FOR.search(said) and not _NOT_AN_EVENT_TO_WAIT_FOR.search(said))


_DAY_AFTER = re.compile(
    # "the day after that meeting", "the following morning", "the morning after"
    # (Whole words: not "he's off on holiday after that".)
    r"(?<![a-z])(?P<after>(?:on )?(?:the )?(?:day after|following day|next day|day following"
    r"|following (?:morning|afternoon)|next (?:morning|afternoon)|morning after)"
    r"(?: that(?: [a-z]+)?"
    # "the committee meets on the 14th ... I will phone you the day after the meeting"
    r"| the (?:meeting|panel|interview|committee|board|call|session|assessment|final round"
    r"|onsite|visit|review|vote|closing date|deadline))?(?![a-z]))"
    r"|(?<![a-z])(?P<same>(?:on )?(?:that (?:same )?(?:evening|afternoon|day|night)|the same day"
    r"|same day"
    # ("formal interviews on Friday 27 February. The Headteacher will telephone all candidates
    # on the evening of the interview day")
    r"|the (?:evening|afternoon|night|end) of the (?:interview|assessment|selection) day"
    r"|the (?:evening|afternoon|night) of the (?:interviews?|assessments?|panel)))"
    r"(?![a-z])"
)


_STOP = re.compile(r"[.!?]+ ?\n?|\n")
# Every match of _DAY_AFTER holds one of these (tests/core/timeline/test_prefilter.py checks).
_DAY_AFTER_WORDS = ("day", "morning", "afternoon", "evening", "night")


def _days_after_an_event(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "The panel meets Tuesday and you'll hear from me the day after": Tuesday + 1."""
    days: list[Candidate] = []
    for index, candidate in enumerate(found):
        if candidate.kind not in _POINT_KINDS:
            continue
        # "Monday and Tuesday ... the day after": the nearest date before the phrase.
        following = found[index + 1].start if index + 1 < len(found) else len(text)
        # (A long sentence about the day may stand between: "the interview day on Thursday 4
        # June, which will include a lesson, a student panel and ... The panel will decide that
        # afternoon and we will telephone all candidates by 5pm the following day.")
        rest = text[candidate.end : min(candidate.end + 320, following)]
        # The same sentence, or the next one: "The panel meets Tuesday. You'll hear from me
        # the day after." (no other date stands between: `following` bounds `rest`).
        # (A full stop at a line's end is one stop, not two.)
        first = _STOP.search(rest)
        second = _STOP.search(rest, first.end()) if first else None
        limit = second.start() if second else len(rest)
        said = rest[:limit]
        if not any(word in said for word in _DAY_AFTER_WORDS):
            continue  # (most dates of a long text: a test of a few words, not the pattern)
        # Each of them: "the panel decides that afternoon and we'll call by 5pm the following
        # day" (at most a few: a sentence holds few).
        for m in itertools.islice(_DAY_AFTER.finditer(said), 4):
            if m["after"] and "tomorrow" in rest[m.end() : m.end() + 10]:
                continue
            day = candidate.day + dt.timedelta(days=1 if m["after"] else 0)
            start, end = candidate.end + m.start(), candidate.end + m.end()
            after = Candidate(start, end, "relative_to_event", day)
            after.lead = ANAPHORA
            days.append(after)
    return days


_THAT_WEEK = re.compile(
    # ("by EOW that week": the normaliser has written "end of week")
    r"(?:by |before )?(?:the )?(?:end of (?:that|the same) week"
    r"|end of (?:the )?week,? (?:of )?that week|(?:later |by )?that (?:same )?week"
    r"|the same week|that same week)(?![a-z])"
)
# "feedback by the end of my first week back", "by the end of the week in which I return":
# the Friday of the week holding the writer's first day back.
_WEEK_BACK = re.compile(
    r"(?:by |before )?(?:the )?end of (?:my|our|her|his|their) (?:1st|first) week back"
    r"|(?:by |before )?(?:the )?end of the week (?:in which |when |that )?(?:i|we|she|he|they)"
    r"(?:'m|'re|'s| am| are| is)? (?:return|returns|get back|gets back|come back|comes back|back)"
    # "feedback will be sent out in the first week after my return"
    r"|(?:in |during |within )?(?:the )?(?:1st|first) week (?:after|following|of) (?:my|our|her"
    r"|his|their) return"
    # "an answer within the first week back", "feedback within the week of her return"
    r"|(?:in |during |within )?(?:the )?(?:1st|first) week back"
    r"|(?:in |during |within )?the week of (?:my|our|her|his|their) return"
    # "she'll make the final call the week she's back"
    r"|(?:in |during |by )?the week (?:that |when )?(?:i|we|she|he|they)(?:'m|'re|'s| am| are"
    r"| is) back"
    r"(?![a-z])"
)
_ABSENCE_END_BEFORE = re.compile(
    r"(?:through|thru|to|-|(?:until|till|up to) and including)(?: and including)?,? $"
)
_RETURN_OR_ABSENCE_END_BEFORE = re.compile(
    r"(?:until|till|through|thru|back|return|returning|returns)(?: in the office| to the office"
    r"| at work| on| and including)?,? (?:on )?$"
)
_HEADER_LINE = re.compile(r"[ \t>]*(?:sent|date|from|to|subject)[ \t]*:", re.IGNORECASE)
_HEADER_REACH = 300
# "as soon as I'm back ... by the end of that week": that week is the one of the return.
_BACK_THEN = re.compile(
    r"(?<![a-z])(?:(?:i|we|she|he)(?:'m|'re|'s| am| are| is) back|when (?:i|we|she|he)"
    r" (?:return|get back|come back)|(?:on|after) (?:my|our|her|his) return)(?![a-z])"
)
_AFTER_THAT = re.compile(r"(?:after|following|post) (?:that|this|then)(?![a-z])")
_RIGHT_BEFORE = re.compile(r"(?<![a-z])(?:right|straight|shortly|immediately|directly|soon) $")
# "you will hear from me by the Friday of that week": that day of the week of the date before.
_WEEKDAY_OF_THAT_WEEK = re.compile(
    # ("by Wednesday of that week", without "the", as well)
    # ("by Friday that week", "on the Friday of that same week")
    r"(?:by |on |before )?(?:the )?(?P<d>monday|tuesday|wednesday|thursday|friday) (?:of )?(?:that"
    r"|the same)(?: same)? week(?![a-z])"
    # ("you're down for Tuesday 15th ... we'll ring all candidates that Friday": of its week)
    # (Not "that" opening a clause: "Please note that Friday 12th June is Democracy Day".)
    r"|(?:by |on |before )?(?<!note )(?<!noted )(?<!aware )(?<!mind )(?<!sure )(?<!say )"
    r"(?<!said )(?<!hope )(?<!think )(?<!know )(?<!guess )(?<!believe )(?<!remember )"
    r"that (?P<d2>monday|tuesday|wednesday|thursday|friday)(?![a-z])(?! ?(?:the )?\d)"
)
_THAT_MONTH = re.compile(r"(?:by |before )?(?:the )?end of that (?:same )?month(?![a-z])")
_WEEKDAYS = moments.WEEKDAYS
_FOLLOWING_WEEKDAY = re.compile(
    r"(?:on )?the (?:following (?P<a>monday|tuesday|wednesday|thursday|friday)"
    r"|(?:(?:monday|tuesday|wednesday|thursday|friday) or )?"
    r"(?P<b>monday|tuesday|wednesday|thursday|friday) (?:after|following)(?: that)?)(?![a-z])"
    # "the panel meets this fri and HR sends offers tues or wed after": the later day.
    r"|(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday) or "
    r"(?P<c>monday|tuesday|wednesday|thursday|friday) after(?! [a-z0-9])"
)


# Gated like the grammar's rules: a long text is searched only where the words are.
_GATED_ANAPHORA = {
    # (The week back's many alternatives are worth grouping by their first letters.)
    pattern: prefilter.Gated(pattern, by_first_letter=pattern is _WEEK_BACK)
    for pattern in (
        _THAT_WEEK,
        _FOLLOWING_WEEKDAY,
        _AFTER_THAT,
        _THAT_MONTH,
        _WEEK_BACK,
        _WEEKDAY_OF_THAT_WEEK,
    )
}


def _on_a_header_line(text: str, position: int) -> bool:
    """Whether `position` is on a "Sent:"/"Date:" line (looked for a short way back: a 1 MB
    paste may hold no line break at all)."""
    near = max(0, position - _HEADER_REACH)
    line_start = text.rfind("\n", near, position) + 1
    if not line_start and near:
        return False  # a line longer than any header's
    return bool(_HEADER_LINE.match(text, line_start))


def _friday_of(day: dt.date) -> dt.date:
    return dates.week_start(day) + dt.timedelta(days=FRIDAY)


def _that_week_or_weekday(text: str, found: list[Candidate], ctx: Context) -> list[Candidate]:
    """ "Jen is out until the 17th; she'll answer by the end of that week" (that week's Friday);
    "the board signs off on Thursday and you'll get a call the following Monday"."""
    anchors = [c for c in found if c.kind in _ANCHOR_KINDS or c.kind == "holiday"]
    if not anchors:
        return []
    anchor_starts = [a.start for a in anchors]
    out: list[Candidate] = []
    for pattern in _GATED_ANAPHORA:
        if pattern is _WEEK_BACK and ctx.mode == RETURN:
            continue  # an answer's date, never the day back
        for m in _GATED_ANAPHORA[pattern].finditer(text):
            # Anchors that end at most 200 characters before the phrase (a date phrase is far
            # shorter than 400): a window, not every anchor, so a long text stays linear.
            # (A week back is said further from its return date: 600 characters.)
            # (And "that Friday" may be a paragraph on from its week's day: 400.)
            reach = (
                600 if pattern is _WEEK_BACK else 400 if pattern is _WEEKDAY_OF_THAT_WEEK else 200
            )
            lo = bisect_left(anchor_starts, m.start() - 2 * reach)
            hi = bisect_right(anchor_starts, m.start())
            before = [
                a for a in anchors[lo:hi] if a.end <= m.start() and m.start() - a.end <= reach
            ]
            # (In the phrase's own sentence: "I'm back on Monday 9 March. The panel meets on
            # the 18th and we'll decide by the end of that week" is the panel's week.)
            near = max(0, m.start() - 160)  # (a bounded look back: texts can be 1 MB)
            said_from = max(text.rfind(".", near, m.start()), text.rfind("\n", near, m.start()))
            back_then = pattern is _THAT_WEEK and _BACK_THEN.search(
                text, max(near, said_from + 1), m.start()
            )
            if pattern is _THAT_WEEK:
                # "not back in until Tuesday 18th, so nothing's moving next week. He's promised
                # feedback by the end of that week": the week of the return (PRODUCT.md), not
                # the nearer "next week"; and "I'm out until Tuesday 6 January ... as soon as
                # I'm back you'll have feedback by the end of that week", said far below it.
                lo = bisect_left(anchor_starts, m.start() - (3_000 if back_then else 2 * reach))
                returns = [
                    a
                    for a in anchors[lo:hi]
                    if a.end <= m.start()
                    and (back_then or m.start() - a.end <= reach)
                    and _RETURN_OR_ABSENCE_END_BEFORE.search(text, max(0, a.start - 40), a.start)
                ]
                # (Not over a dated event said after the return: "I'm back on Monday 9 March.
                # The panel meets on Wednesday 18 March and we'll decide by the end of that
                # week" is the panel's week; but an event gone by is no week to promise in:
                # "out until Tuesday 4 June. Regarding the interviews held on 29 May: feedback
                # by the end of that week" is the week of the return.)
                if returns and (
                    back_then
                    or not any(
                        a.start > returns[-1].end
                        and a.kind != "week"
                        and a.day >= ctx.today
                        and not _on_a_header_line(text, a.start)
                        for a in before
                    )
                ):
                    before = returns
            if not before:
                continue
            anchor = before[-1]
            if pattern is _THAT_WEEK and _RETURN_OR_ABSENCE_END_BEFORE.search(
                text, max(0, anchor.start - 40), anchor.start
            ):
                # (The week of the day back: "out until Saturday the 14th; she'll answer by
                # the end of that week" is the week from Monday the 16th.)
                back = business.on_or_after_business_day(
                    _day_back(text, anchor, ctx).day, ctx.country
                )
                candidate = Candidate(m.start(), m.end(), "week", _friday_of(back))
                candidate.lead = ANAPHORA
                out.append(candidate)
                continue
            if pattern is _WEEK_BACK:
                # Only a date said as the return or as an absence's end ("back in the office
                # Tuesday 28 January", "away 1-4 December"), not the interview's named after it.
                said = [
                    a
                    for a in before
                    if a.range_end
                    or _RETURN_OR_ABSENCE_END_BEFORE.search(text, max(0, a.start - 40), a.start)
                ]
                if not said:
                    continue
                anchor = said[-1]
            if pattern is _AFTER_THAT:
                # "... until after the bank holiday, so you'll hear from us after that": the
                # reading of what "that" is ("after <holiday>" already counts past it).
                if anchor.kind != "holiday" and not _RIGHT_BEFORE.search(
                    text, max(0, m.start() - 14), m.start()
                ):
                    # "interviewing through the 20th and will be in touch after that", "back on
                    # Sunday, I'll update you after that": after an event, by no amount, is no
                    # date (the blind corpora's writers read it so, every time); "right after
                    # that" is the event's day.
                    continue
                day, kind = anchor.day, anchor.kind
                if kind == "holiday" and _THE_HOLIDAY_ITSELF.match(text, anchor.start):
                    # "the shortlist is done by Christmas and you'll hear from us after that":
                    # after the holiday (PRODUCT.md), not on it.
                    day = back_after(ctx, day) if ctx.mode == RETURN else friday_after(ctx, day)
            elif pattern is _THAT_MONTH:
                # "his vacation ends on 14 August; we will inform you by the end of that month"
                day, kind = dates.month_end(anchor.day.year, anchor.day.month), "month_part"
            elif pattern is _WEEK_BACK:
                # The last day away ("through Friday 4 December", "1-4 December", "until and
                # including", "(inclusive)"); "until Monday" is the day back, as in
                # `read_return_date`.
                if anchor.range_end:
                    back = business.next_business_day(anchor.day, ctx.country)
                else:
                    back = _day_back(text, anchor, ctx).day
                day, kind = _friday_of(back), "week"
            elif pattern is _WEEKDAY_OF_THAT_WEEK:
                weekday = _WEEKDAYS.index(m["d"] or m["d2"])
                day = dates.week_start(anchor.day) + dt.timedelta(days=weekday)
                if day < anchor.day:
                    continue
                kind = "relative_to_event"
            elif pattern is _THAT_WEEK:
                day = dates.week_start(anchor.day) + dt.timedelta(days=FRIDAY)
                if day < anchor.day:
                    continue
                kind = "week"
            else:
                if hi and anchors[hi - 1].start <= m.start() and anchors[hi - 1].end > m.end():
                    continue  # "by the Friday after Carnaval": counted from the holiday it names
                target = _WEEKDAYS.index(m["a"] or m["b"] or m["c"])
                ahead = (target - anchor.day.weekday()) % 7 or 7
                day, kind = anchor.day + dt.timedelta(days=ahead), "relative_to_event"
            candidate = Candidate(m.start(), m.end(), kind, day)
            candidate.lead = ANAPHORA
            out.append(candidate)
    return out


_NARROWING = re.compile(
    r",? (?:(?:probably|likely|most likely|maybe|possibly|perhaps|hopefully|ideally|say|i'd say"
    # ("next week, latest on Wednesday": the day said as the latest, in that week)
    r"|on|either|around|by|most probably|latest|at the latest|at latest) ?)*$"
)
_OR_BETWEEN = re.compile(r" ?(?:,|or|and|/|-|to) ?(?:or )?(?:on )?$")
_BARE_WEEKDAY = re.compile(rf"(?:on |by )?(?:{'|'.join(_WEEKDAYS)})")


def _a_week_narrowed_to_days(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "the answer next week, probably Wednesday or Thursday": the later day, in that week."""
    out: list[Candidate] = []
    for index, candidate in enumerate(found):
        if candidate.kind != "week":
            continue
        days: list[Candidate] = []
        previous = candidate
        for following in found[index + 1 : index + 4]:
            gap = text[previous.end : following.start]
            joins = _NARROWING if previous is candidate else _OR_BETWEEN
            if following.kind != "weekday" or len(gap) > 30 or not joins.fullmatch(gap):
                break
            if dates.week_start(following.day) != dates.week_start(candidate.day):
                # "sometime next week, Thursday latest": a weekday said alone is that week's.
                if not _BARE_WEEKDAY.fullmatch(text, following.start, following.end):
                    break
                moved = dates.week_start(candidate.day) + dt.timedelta(days=following.day.weekday())
                if moved < following.day:
                    break
                following = replace(following, day=moved)
            days.append(following)
            previous = following
        if days:
            last = max(days, key=lambda c: c.day)
            out.append(Candidate(candidate.start, days[-1].end, "weekday", last.day))
    return out


def _weeks_following_a_date(text: str, found: list[Candidate], ctx: Context) -> list[Candidate]:
    """ "Interviews wrap up on 12/2, decision the following week": the week after that date."""
    weeks: list[Candidate] = []
    for index, candidate in enumerate(found):
        phrase = text[candidate.start : candidate.end]
        if index == 0 or not (
            phrase in _FOLLOWING_WEEK or _END_OF_FOLLOWING_WEEK.fullmatch(phrase)
        ):
            continue
        anchor = found[index - 1]
        between = text[anchor.end : candidate.start]
        breaks = len(re.findall(r"[.!?\n]", between))
        if anchor.kind in _ANCHOR_KINDS and (
            (len(between) <= 60 and not breaks) or (len(between) <= 120 and breaks == 1)
        ):
            offset = MONDAY_OFFSET if ctx.mode == RETURN else FRIDAY
            monday = dates.week_start(anchor.day) + dt.timedelta(days=7)
            weeks.append(
                Candidate(
                    candidate.start, candidate.end, "week", monday + dt.timedelta(days=offset)
                )
            )
    return weeks


# "a Saturday", "every Monday"; "last Saturday" is gone.
_ANY_DAY_BEFORE = re.compile(r"(?:^|[^a-z])(?:a|an|every|each|any|last|past|previous) $")
_DAY_AS_ADJECTIVE = re.compile(
    r"(?:'s)? (?:e-?mail|message|note|mail|text|call|shift|service|paper|meeting|session)\b"
)


_DAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# "Monday to Friday", "Mon-Fri": opening hours, a schedule, not a date.
# (Not "Wednesday-Thursday next week": days of a week named, an answer's range.)
_DAY_RANGE_AFTER = re.compile(
    rf" ?(?:to|through|thru|till|until|-|–) ?{_DAY_NAME}(?![a-z])"
    # (Not a clause of its own: "by EOD Tuesday - Monday's MLK and we're closed".)
    r"(?!'s(?![a-z])| (?:is|was|will|would)(?![a-z]))"
    r"(?! (?:of )?(?:next|this|the following|the coming) week)"
    # (Nor the later day said as the latest: "by Thursday - Friday at the very latest".)
    r"(?!,? at the (?:very )?latest)"
)
_HOURS_AFTER_DAYS = re.compile(rf"{_DAY_NAME},? ?\d{{1,2}} ?[-/.] ?\d{{1,2}}")
_DAY_RANGE_BEFORE = re.compile(
    rf"(?<![a-z])(?<!by ){_DAY_NAME} ?(?:to|through|thru|till|until|-|–) ?$"
)


_TODAY_IS_BEFORE = re.compile(
    # ("I know it's only Tuesday but ...", "it's already Friday")
    r"(?<![a-z])(?:it's|it is|its|today is|today's|today being)(?: (?:only|already|now|just))? $"
    # A past narration: "the recruiter told me on Monday I'd hear by Thursday".
    r"|(?<![a-z])(?:told (?:me|us)|emailed (?:me|us)|rang (?:me|us)|texted (?:me|us)) on $"
)


def _no_particular_day(text: str, candidate: Candidate) -> bool:
    """ "Sorry for the message on a Saturday", "the Sunday email", "Monday to Friday", a title's
    "(Wed)": a weekday, but no date to answer by."""
    before = text[max(0, candidate.start - 14) : candidate.start]
    if candidate.kind == "explicit_date":
        # "(Mon-Fri 8-4)": opening hours after a run of days, not Friday the 8th of April.
        # (Not "Tuesday to Friday 14 March" nor "... Friday 14/3": a month named, or a day
        # that is that weekday, is a date.)
        return bool(
            _DAY_RANGE_BEFORE.search(before)
            and _HOURS_AFTER_DAYS.fullmatch(text, candidate.start, candidate.end)
            and not text.startswith(_WEEKDAYS[candidate.day.weekday()][:3], candidate.start)
        )
    if candidate.kind != "weekday":
        return False
    if _TODAY_IS_BEFORE.search(before):
        return True  # "It's Thursday night and nothing": a day of writing or of a past call
    if (
        before.endswith("(")
        and text.startswith(")", candidate.end)
        and "\n" not in text[: candidate.start]
    ):
        return True  # "Debrief - Halden & Co (Wed)": the day the note was written
    return bool(
        _ANY_DAY_BEFORE.search(before[-7:])
        or _DAY_AS_ADJECTIVE.match(text, candidate.end)
        or _DAY_RANGE_AFTER.match(text, candidate.end)
        or _DAY_RANGE_BEFORE.search(before)
        and not text.endswith("week", candidate.start, candidate.end)
    )


# "I'll come back to you on the second tech job": an ordinal in words with a noun after it
# says which job, not which day ("on the second at 10" or "by the second, or the third" do).
_ORDINAL_WORD_END = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)$"
)
_DETERMINERS = frozenset("our my your his her their its a an the this that these those".split())
_ORDINAL_FIGURES_END = re.compile(r"(?<![\d/.-])\d{1,2}(?:st|nd|rd|th)$", re.IGNORECASE)
# Which one: an ordinal in words, up to two words, then a thing ("the second tech job").
_A_THING_AFTER = re.compile(
    rf"[ -]+(?:[a-z]+[ -]+){{0,2}}?(?:{WHICH_ONE}|team|site|store|branch|location)(?![a-z])",
    re.IGNORECASE,
)


# ... or any word that does not go on with a day: a date's words are followed by a
# preposition, an adverb or a time ("on the fifth about the offer", "by the twentieth around
# noon"), a noun says which one.
_WORD_AFTER = re.compile(r"[ -]+([a-z]+)")
_DAY_GOES_ON = frozenset(
    "of at or and by if when then so latest please before after to from as but in for with"
    " about regarding re concerning via through around approx roughly over on per without"
    " is was will would should we i you they he she it hopefully probably maybe anyway though"
    " tho also too just already instead unless once because cos ish itself morning afternoon"
    " evening night noon midday eod cob eow am pm the this next week either until till"
    " monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december".split()
)


def _an_ordinal_of_a_thing(text: str, norm: Normalised, candidate: Candidate) -> bool:
    if candidate.kind != "explicit_date":
        return False
    start, end = norm.original_span(candidate.start, candidate.end)
    if _ORDINAL_FIGURES_END.search(text, start, end):
        # "if we can open the 2nd sous spot": figures too say which one before such a noun,
        # when no word between goes on with a day ("on the 5th as the panel decides").
        # (Not "by the 4th one way or the other", "by the 5th time we talk", "by the 15th our
        # team is still interviewing", "by the 20th - interview panel ...".)
        thing = _A_THING_AFTER.match(text, end)
        if thing is None or "-" in thing.group() or not thing.group().startswith(" "):
            return False
        words = thing.group().lower().split()
        return (
            words[-1] not in ("one", "time")
            and len(words) <= 2
            and not any(w in _DAY_GOES_ON or w in _DETERMINERS for w in words[:-1])
        )
    if not _ORDINAL_WORD_END.search(text[start:end].lower()):
        return False
    if _A_THING_AFTER.match(text, end):
        return True
    # A short slice, lowered: lowering the whole text per date was quadratic (and "İ" is two
    # characters lowered, which moved every offset after it).
    after = _WORD_AFTER.match(text[end : end + 40].lower())
    return after is not None and after.group(1) not in _DAY_GOES_ON


def _extend_leads(text: str, found: list[Candidate]) -> None:
    for candidate in found:
        if candidate.lead:
            continue  # (its lead is read: no search)
        m = _LEAD_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
        if m:
            candidate.lead = m["lead"]
            candidate.start = m.start("lead")


# "it now meets on 3 December instead of this week": a date given up is no date at all.
# ("within 2 business days rather than by the end of the month": the date's own lead between)
_INSTEAD_OF = prefilter.Windowed(
    # ("rather than a decision on Friday, the team would like to invite you to a third round")
    r"(?<![a-z])(?:instead of|rather than)(?: (?:an?|the|our|a final) (?:decision|answer"
    r"|outcome|offer|call|update|feedback))?(?: (?:by|on|in|at|before|until|till|within))? $"
)
# "Pre-employment clearance - from mid-June": when something starts, not an answer's date.
# (Not "within 10 business days from 1 December": a count's start.)
_FROM_BEFORE = prefilter.Windowed(
    r"(?<![a-z])(?<!days )(?<!day )(?<!weeks )(?<!week )(?<!months )from $"
)
_FROM_KINDS = frozenset({"month_part", "explicit_date", "weekday", "day", "week_part"})


# "Thank you for meeting the panel on Thursday, October 30. ... a decision within 7-10 business
# days of your interview": the wait counts from the interview's day, said earlier.
# (Not "of the final interview", the last of the round, nor "of that", an event said just
# before, which the event's own rule counts from.)
_OF_YOUR_EVENT = re.compile(
    # ("within two weeks from the date of the interview")
    r" (?:of|after|from|following) (?:the date of )?(?:(?:your|their) (?:(?:final|second|first"
    r"|last|panel|on-?site|video|phone) )?|the |our )(?:interview|meeting|panel|visit|onsite"
    # ("within 30 calendar days of the examination date")
    r"|on-site|assessment|presentation|conversation|discussion|exam|examination|test)"
    r"(?: date)?(?![a-z])"
)
# The event's own words just before its date: "meeting with the panel on", "interviewed on".
_THE_EVENT_BEFORE = re.compile(
    r"(?<![a-z])(?:interview|interviewed|interviewing|meeting|meet|met|panel|visit|visiting"
    # ("the interview for the Shift Supervisor position at our Rustenburg operation on Tuesday")
    r"|visited|onsite|on-site|assessment|presentation|exam|examination"
    # ("the Selection Committee will convene on 18th November")
    r"|convene|convenes|convening|convened|reconvene|reconvenes)(?![a-z])[^.!?\n]{0,80}$"
)
# "Thank you for interviewing yesterday ... within ten (10) working days following the
# interview": the event's day, said as yesterday.
_THE_EVENT_YESTERDAY = re.compile(
    r"(?<![a-z])(?:interview|interviewed|interviewing|meeting|met|panel|visit|visited|onsite"
    r"|on-site|assessment|exam|examination|coming in|came in)(?![a-z])[^.!?\n]{0,40}"
    r"(?<![a-z])yesterday(?![a-z])"
)
_THANKS_FOR = re.compile(r"(?<![a-z])(?:thank you|thanks)(?: again)? for(?![a-z])[^.!?\n]*$")
_EVENT_DATE_KINDS = frozenset({"explicit_date", "weekday"})
_EVENT_SAID_WITHIN = 1_500


def _count_from_the_event_dated_before(text: str, found: list[Candidate], ctx: Context) -> None:
    """A wait "of your interview" counted from the interview's day when the text gave it
    before, not from the moment of speaking (in place)."""
    for index, candidate in enumerate(found):
        if candidate.kind not in ("duration", "business_days", "relative_to_event", EVENT_WAIT):
            continue
        of = _OF_YOUR_EVENT.search(text, candidate.start, candidate.end + 40)
        if of is None or of.start() > candidate.end:
            continue
        day = _the_events_day(text, found, index, ctx)
        if day is None:
            continue
        wait = text[candidate.start : of.start()]
        for kind in ("business_days", "duration"):
            counted = moments.read_on(wait, kind, day, ctx)
            if counted is not None:
                candidate.day, candidate.kind = counted, "relative_to_event"
                break


def _the_events_day(text: str, found: list[Candidate], index: int, ctx: Context) -> dt.date | None:
    """The day of the event the text named before found[index]: its date, or "yesterday". One
    still to come only as the last date said before ("- onsite confirmed 3/10 / - she said
    they decide within a week of the onsite"): not a day it was moved from ("The meeting was
    set for Tuesday 10 February, but ... moved to Thursday 19 February")."""
    candidate = found[index]
    for event in (found[k] for k in range(index - 1, -1, -1)):  # (no copy: texts are long)
        if candidate.start - event.end > _EVENT_SAID_WITHIN:
            break
        last = event is found[index - 1]
        if event.kind not in _EVENT_DATE_KINDS or not _THE_EVENT_BEFORE.search(
            text, max(0, event.start - 90), event.start
        ):
            continue
        day = event.day
        if (
            event.kind == "weekday"
            and day > ctx.today
            and _THANKS_FOR.search(text, max(0, event.start - 120), event.start)
        ):
            day -= dt.timedelta(days=7)  # "thank you for meeting ... on Tuesday": the last one
        # (Not where the wait names its own: "within a week of the onsite on 3/10".)
        return day if day <= ctx.today or last and candidate.kind != "relative_to_event" else None
    if _THE_EVENT_YESTERDAY.search(
        text, max(0, candidate.start - _EVENT_SAID_WITHIN), candidate.start
    ):
        return ctx.today - dt.timedelta(days=1)
    return None


_AN_FAQ = re.compile(
    # (A heading or the source of a paste, not "Answers to common questions are in our FAQs".)
    r"(?:^|\n)[^\n]{0,30}(?<![a-z])(?:faqs?|frequently asked questions)[ \t:)]*(?:\n|$)"
    r"|(?<![a-z])(?:from|off|on|copied) (?:the |their |its |our |this )?[^\n]{0,30}(?:faq"
    r"|frequently asked questions)|(?:^|\n)[ \t]*q:"
    r"|(?:^|\n)[ \t]*how (?:long|soon) (?:will|does|do|is|after)[^\n?]{0,80}\?"
)
_SPANS = frozenset({"duration", "business_days"})
_IS_OUR_DECISION_DATE = re.compile(
    r" (?:is|will be|remains) (?:our|the) (?:target |planned |expected |provisional )?"
    r"(?:decision|offer|outcome|announcement) date(?![a-z])"
)
_FAQ_WORDS = ("faq", "frequently asked", "q:", "how long", "how soon")
# ... or a careers page's account of its process, to every candidate and none in particular:
# "Your application journey with us ... We aim to give you feedback within 5 working days after
# every stage", "Life after the interview ... our Talent team typically shares feedback in 3-5
# working days", "How we hire ... We try to give every candidate a decision within 48 hours".
# (Not where anyone tells their own: "my interview", "I", a name's "said".)
_A_PROCESS_PAGE = prefilter.Windowed(
    # (Not "every candidate" alone: "We aim to get back to every candidate within 5 business
    # days." is a letter's promise as often as a page's.)
    r"(?<![a-z])(?:(?:after )?every stage|after each stage|(?:our|the) (?:hiring"
    r"|recruitment|recruiting|interview|application|selection) (?:process|journey|timeline)"
    r"|how we hire|what happens (?:next|after)|your application journey|life after the"
    r" interview)(?![a-z])"
)
# Every match of _A_PROCESS_PAGE holds one of these (tests/core/timeline/test_prefilter.py).
_PROCESS_WORDS = (
    "stage",
    "process",
    "journey",
    "timeline",
    "how we hire",
    "what happens",
    "life after",
)
_WHAT_WE_USUALLY_DO = re.compile(
    r"(?<![a-z])(?:we (?:aim|try|strive|endeavou?r) to|typically|usually|normally|generally"
    r"|as a rule)(?![a-z])"
)
_SOMEONES_OWN = re.compile(
    r"(?<![a-z])(?:i|i'm|i've|my|me|said|told (?:me|us)|today|this (?:morning|afternoon|evening)"
    r"|yesterday|tonight|thank you|thanks)(?![a-z])"
    # (A letter to someone: "Hi Mei, thanks for joining us ... We aim to get back to every
    # candidate within 10 business days.")
    r"|(?:^|\n)[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)),? [a-z]+"
)
_A_FINISHED_STORY = re.compile(
    # A review site's field, its value on the same line or the next: "Offer: Accepted",
    # "Offer\nNo offer (ghosted)", "Offer: Declined"; not "No offer yet", "Pending", "TBD".
    r"(?:^|\n|[./|] )[ \t]*offer[ \t]*(?::[ \t]*|\n[ \t]*)(?:(?:yes, )?accepted|declined|rejected"
    r"|rescinded|abgelehnt|yes|no(?: offer)?)(?=[ \t]*(?:$|\n|[.,;(/-]))"
    # ("I declined an offer from another bank": another's, this one still to come.)
    r"|(?<![a-z])(?:i've|i have|i) (?:accepted|signed|turned down|declined) (?:an|the|their|a job)"
    r" offer(?![a-z])(?! (?:from|at|with) (?:another|a different|the other|other))(?! elsewhere)"
    # A review's heading line: "Accepted offer / Positive experience", "Declined offer |
    # Neutral experience | Average interview" (not "No offer", which a candidate still waiting
    # writes too; nor a tracker's "Declined offer - salary too low" of another employer).
    # ("Accepted Offer · Positive experience · Easy interview")
    r"|(?:^|\n)[ \t]*(?:accepted|declined) offer[ \t]*[/|,\u00b7\u2022][^\n]{0,60}?(?<![a-z])"
    r"(?:experience"
    r"|interview)(?![a-z])"
)
_A_DATE_WRITTEN = re.compile(
    rf"(?<![0-9])\d{{1,2}}[/.]\d{{1,2}}(?![0-9])|(?<![0-9])\d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
    rf"(?:{MONTH})(?![a-z])|(?<![a-z])(?:{MONTH}) \d{{1,2}}(?![0-9])"
)
# A promise imagined, in advice: 'if a recruiter tells you "you'll hear by Friday" and you
# don't', 'If they said "we'll decide in two weeks", wait those two weeks'.
_HYPOTHETICAL = prefilter.Windowed(
    # ("if they say something like 'we'll let you know by the end of the week'", "when I tell a
    # candidate 'you'll hear by Friday'": advice, a promise imagined.)
    r"(?<![a-z])(?:if (?:a |the |your )?(?:recruiters?|they|someone|somebody|companies|company"
    r"|employers?|hr|interviewers?|hiring managers?|managers?|i) (?:tells?|told|says?|said|gives?"
    r"|gave|promises?|promised)"
    # (... and "when" of what happens each time, not of a day gone by: "When they said 'by
    # Friday' I believed them" is a promise.)
    r"|(?:when|whenever) (?:a |the |your )?(?:recruiters?|they|someone|somebody|companies"
    r"|employers?|hr|interviewers?|hiring managers?|managers?|i) (?:tells?|says?|gives?|promises?)"
    r")(?: (?:you|a candidate|candidates|someone|me))?(?: something)?(?: like)?,?"
    # (A quote still open: "if they say something like 'soon' that's vague, but she said ...".)
    # (An opening single quote is a double one once normalised; an apostrophe stands between
    # letters.)
    r" [\"\u201c'](?:[^\"\u201d'\n.!?]|(?<=[a-z])'(?=[a-z])){0,60}$"
)


def _candidates(text: str, now: dt.datetime, tz: str, country: str | None, mode: str):
    ctx = _context(now, tz, country, mode)
    norm = normalise(text)
    found = [
        c
        for c in scan(norm.text, ctx)
        if not _no_particular_day(norm.text, c)
        and not _an_ordinal_of_a_thing(text, norm, c)
        and not _INSTEAD_OF.search(norm.text, max(0, c.start - 40), c.start)
        and not _HYPOTHETICAL.search(norm.text, max(0, c.start - 100), c.start)
        # "once I've checked our ratios for September", "when the planning for December is
        # ready": what a month is for, not a time by which anything is said.
        and not (
            c.kind == "month_part"
            and norm.text.startswith("for ", c.start)
            and _FOR_A_MONTH.search(norm.text, max(0, c.start - 20), c.end)
        )
        # "It's the 22nd and I'm trying not to email them": today's date, said as such.
        and not (
            c.kind == "explicit_date" and _TODAY_IS.search(norm.text, max(0, c.start - 16), c.start)
        )
        and not (
            c.kind == "day"
            and norm.text[c.start : c.end] in _TODAY_WORDS
            and _DONE_TODAY.search(norm.text, max(0, c.start - 40), c.start)
        )
        and not (
            mode == DEADLINE  # (an absence "from Dec 1-9" is a return's date)
            and c.kind in _FROM_KINDS
            and not c.range_end  # "offers will go out from 1 to 4 December"
            and _FROM_BEFORE.search(norm.text, max(0, c.start - 16), c.start)
        )
    ]
    found = _without_a_dates_own_weekday(norm.text, found)
    moments.days_gone_by(norm.text, found, ctx)
    found = _combine_with_events(norm.text, found, ctx)
    _count_from_the_event_dated_before(norm.text, found, ctx)
    # (A wait after an event the text never dated: "notified 3 weeks after their interview".)
    found = [c for c in found if c.kind != EVENT_WAIT]
    _extend_leads(norm.text, found)
    headers = cues.header_and_aside_spans(text)  # in text order, never overlapping
    if headers:
        header_starts = [a for a, _b in headers]

        def in_a_header(position: int) -> bool:
            i = bisect_right(header_starts, position)
            return bool(i) and position < headers[i - 1][1]

        found = [c for c in found if not in_a_header(norm.start_of(c.start))]
    return ctx, norm, found


def _without_a_dates_own_weekday(text: str, found: list[Candidate]) -> list[Candidate]:
    """Without a weekday in brackets after the date it names ("onsite is locked in for 3/10
    (tue)"): the date's own, not the Tuesday to come (which an event's wait counted from)."""
    dropped = {
        id(after)
        for before, after in itertools.pairwise(found)
        if after.kind == "weekday"
        and before.kind == "explicit_date"
        and before.day.weekday() == after.day.weekday()
        and text[before.end : after.start] in ("(", " (")
        and text.startswith(")", after.end)
    }
    return [c for c in found if id(c) not in dropped] if dropped else found


def _reading(text: str, norm: Normalised, candidate: Candidate, day: dt.date) -> Reading:
    start, end = norm.original_span(candidate.start, candidate.end)
    return Reading(day, text[start:end], candidate.kind, start, end)


# "If we recommend you, the board approves hires at its May 12 meeting"
_CHOSEN = (
    r"we (?:recommend|select|choose|pick|offer|appoint|hire) you|you(?:'re| are) (?:selected"
    r"|chosen|picked|the one|recommended|offered)"
)
# "feedback Thursday or Friday, then if it's a yes an offer call the week after": the step after
# the decision depends on it, so the decision's date is the answer.
_IF_IT_GOES_WELL = re.compile(
    r"(?<![a-z])if (?:it'?s a yes|it is a yes|(?:you(?:'re| are) )?successful|(?:all|that|it|this)"
    rf" goes well|we (?:move forward|proceed|go ahead)|positive|so|{_CHOSEN})(?![a-z])"
)
# The steps after a yes, in a sentence of their own after the promise.
_IF_CHOSEN = re.compile(
    rf"(?<![a-z])if (?:{_CHOSEN}|you(?:'re| are) successful|it'?s a yes)(?![a-z])"
)

# "We'll let you know on 9 Dec", "you will hear from us by Friday": a promise in so many words,
# which the model's veto overrules only when far surer, with news told after it
# (`model.vetoes_outright`).
# The answer named, then its date, opening a sentence: "Decision by Friday 13 March.", "Final
# outcome expected by the 20th", "Feedback: by Tuesday".
# (Its "by" and "next" may stand outside the date read: "Decision by next Wednesday, 11 March"
# is read from "Wednesday, 11 March". The sentence's stop is before where it is searched from.)
_THE_ANSWER_OPENS = re.compile(
    r"(?:^|(?<=[.!?\n]) ?)(?:the |our |a |your )?(?:final )?(?:decision|outcome|answer|results?"
    r"|feedback)(?: (?:will be|is|expected|due|comes?|coming))?:?(?: by| before)?(?: next| this)? $"
)
_THE_ANSWER_AFTER_A_CLAUSE = re.compile(
    # (Not "your confirmation by 18 December please": the candidate's.)
    r"(?:[,;:]| -) (?:and |so )?(?:the |our |a )?(?:final |firm )?(?:decision|confirmation"
    r"|answer|outcome|results?|feedback)(?: (?:will be|is|expected|due))?(?: by| before"
    r"| latest by| no later than)? $"
)
_OUTRIGHT_PROMISE = re.compile(
    # The promise named so: "He's promised feedback before the break".
    r"(?<![a-z])(?:he|she|they|hr|we|i)(?:'s|'ve| has| have) promised (?:me |us |you )?(?:feedback"
    r"|an answer|a decision|an update|the outcome|news|a response)(?![a-z])|"
    # A second verb of the same promise: "she said she'd nudge the panel and get back to me by
    # Tuesday".
    r"(?<![a-z])(?:and|then) (?:get|come) back to (?:me|us|you)(?= (?:by|on|before|within|next"
    r"|this|tomorrow))|"
    # ("HR will release the offer letter by 05/03": "hr" stays the department here.)
    # ("I'll now have an answer for you by Friday, February 20")
    # ("they'd like to decide by Friday": a wish of theirs is their timeline too.)
    r"(?<![a-z])(?:we|i|you|they|she|he|hr|it)(?:'ll| will| should| shall|'d like to| would like"
    r" to)(?: (?:definitely|"
    r"certainly|aim to|now|then|hopefully|"
    r"try to|be able to))? (?:let you know|get back to you|come back to you|hear|decide|"
    # "she said 'we'll finalize by next Tuesday'": the decision, with its date just after.
    r"finali[sz]e(?= (?:by|on|before|within|in|next|this|tomorrow|today|early|end|mid))|"
    # ("we'll be back in touch by 9 January"; not "... in the new year once I've caught up")
    r"make (?:a|our|the)(?: final)? (?:decision|call)|be in touch|be back in touch(?= (?:by|on"
    r"|before|within|next|this|tomorrow))|contact you"
    r"|update you|confirm|"
    r"send you|have (?:a|an|our)(?: final)? (?:decision|answer|update)"
    # "we should have something for you in a couple of weeks"
    r"|have (?:something|news) for you"
    # "you'll have feedback from me by the end of that week", "... a final answer from me"
    r"|have (?:(?:my|our|the|some) )?(?:feedback|news|(?:an?|the) (?:final )?answer) from"
    r" (?:me|us)"
    # "You should have your formal offer within 5 working days."
    r"|have (?:your|the|an?) (?:formal |final |written )?(?:offer|answer|decision|outcome"
    r"|result|contract))(?![a-z])"
    # Anyone releasing the answer: "the Nursing Service Office will release the results in 2
    # weeks".
    # ("we should be able to release the offer letter by 7th Sept")
    # ... or the answer going out by itself: "Interview outcomes will issue by email within 15
    # working days", "results will be released on ...".
    r"|(?:results?|outcomes?|decisions?|offers?) (?:will|shall|should) (?:issue|be issued"
    r"|be released|be communicated|be announced|be sent|be published)(?![a-z])"
    # A promise reported: "they said they'd be in touch before Christmas", "the practice
    # manager said they'd come back to me in a month or so".
    r"|(?:said|told (?:me|us)|promised|mentioned)(?: that)? (?:they|she|he|we)(?:'d| would)"
    r"(?: (?:definitely|probably|hopefully|try to|aim to|be able to))? (?:be in touch|get back"
    r" to (?:me|us)|come back to (?:me|us)|let (?:me|us) know|contact (?:me|us)|call (?:me|us)"
    r"|ring (?:me|us)|e-?mail (?:me|us)|decide|have (?:a|an|the) (?:final )?(?:answer|decision))"
    r"(?![a-z])"
    # ... or heard back, as the candidate was told: "told her she'd hear back in 7 to 10 days".
    r"|(?:told|said|promised)(?: (?:me|her|him|them|us))?(?: that)? (?:i|she|he|they|we)(?:'d"
    r"| would) hear (?:back|from (?:them|him|her))(?![a-z])"
    # ... or come back on a day: "They'll come back Thursday or Friday with a yes/no".
    r"|(?:'ll| will) come back(?= (?:on )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow"
    r"|next|this|by|within|in \d))"
    # ... or committed to: "We're committed to having this decided before year end".
    r"|(?:committed to|aim(?:ing)? to|expect to|plan(?:ning)? to) hav(?:e|ing) (?:this|it|the"
    r" (?:role|position|post)|a decision) (?:decided|filled|made|wrapped up|finali[sz]ed)"
    # ... or their habit: "she said client gives feedback in 24-48h usually".
    r"|(?<![a-z])(?:gives|sends|provides|usually gives|normally gives) (?:feedback|an answer"
    r"|a decision|the outcome|results|decisions)(?= (?:in|within|after) )"
    # ... or a portal's field for it: "Expected update by: 18-Aug-2026".
    r"|(?:expected|estimated|anticipated|target) (?:update|decision|response|outcome|feedback"
    r"|notification|result)s?(?: notification| date)?(?: by)?:"
    # ... or its day named as such: "the decision date is the 20th".
    r"|(?:decision|outcome|offer|results?) date (?:is|will be|should be)(?![a-z])"
    r"|(?:will|shall|should)(?: be able to)? (?:release|publish|announce|post|communicate"
    r"|send out)"
    r" (?:the |our |all |your )?(?:results?|decisions?|outcomes?|feedback|offers?|list"
    r"|shortlist)(?![a-z])"
    # Anyone's promise to reach the candidate, with or without a subject: "the panel will be in
    # touch", "Tanaka-san will contact you", "ill call u by next thurs", "will confirm eod fri".
    # ("The hiring team aims to give feedback within 10 working days")
    r"|(?:(?<![a-z])(?:will|shall|ill|should|aims? to|aiming to)|'ll)(?: (?:definitely|certainly"
    r"|surely|also|then"
    r"|try to|be able to|aim to))? (?:(?:call|text|ring|phone|telephone|e-?mail|message|msg"
    r"|dm|whatsapp|contact"
    r"|update|inform"
    r"|notify|advise|tell|reach out to|get back to|come back to|revert to|write to)"
    r" (?:you|u|ya|me|us|everyone|all candidates|each candidate|all of you|both of you"
    r"|all applicants|applicants|candidates"
    # ("They'll call shortlisted drivers a fortnight from today")
    r"|(?:the )?(?:shortlisted|successful|selected) [a-z]+s)"
    # What a candidate notes down: 'Jo: "we'll call Wed or Thu"', "she'll email me Monday".
    rf"|(?:call|phone|ring|text|e-?mail){AT_A_TIME}"
    # "Our hiring team will reach out with next steps in 3-5 business days" (not "will reach
    # out to book flights": "reach out to you" is above).
    r"|be back to you|circle back|reach out(?! to )|get you an answer"
    r"|send (?:you |me )?the offer|answer"
    r"|let you know|be in touch|revert|confirm|communicate|send you|close (?:this|it) out"
    r"|close the loop|close (?:this|it)(?= (?:after|by|before|within|in|next|early|end|over))"
    r"|have (?:a|an|the|our|my|their|his|her) (?:yes or no|yes/no|answer|decision|update|outcome"
    r"|verdict)"
    # "they will give feedback within 3 working days", "we will send offers before the break"
    r"|give (?:you )?(?:feedback|an answer|a decision|an update|the outcome|the results?)"
    r"|give (?:you|us|me|u) a (?:yes or no|yes/no)|let (?:me|us|you) have (?:her|his|their|our"
    r"|my|the|a) (?:view|views|decision|answer|thoughts|feedback|verdict)"
    # "Ill give you a bell Thurs either way"
    r"|give (?:you|u) a (?:bell|call|ring|shout|buzz|tinkle)"
    r"|send (?:out )?(?:the |our |all )?offers?"
    r"|share (?:(?:the|our|their|my) )?(?:decision|results?|outcome|feedback|answer))(?![a-z])"
    # Reported: "he said he'd let me know Thursday or Friday", "she'll let me know Monday".
    # (Typed without the apostrophe too: "he said theyd let me know by fri".)
    r"|(?<![a-z])(?:they|she|he|hr)(?:'d| would|'ll| will|d|ll) \"?(?:let (?:me|us) know"
    r"|get back to (?:me|us)|(?:call|phone|ring|text|e-?mail|contact) (?:me|us)|decide|revert"
    r"|make (?:a|the|their|her|his)(?: final)? (?:decision|call)"
    r"|have (?:a|an|the) (?:decision|answer))(?![a-z])"
    # The people deciding, wanting it done by then: "The hiring manager would like to conclude
    # before the Eid break", "the client is hoping to finalise the appointment before ...".
    r"|(?<![a-z])(?:would like|'d like|hoping|hopes|keen|aims?|aiming|wants?) to (?:conclude"
    r"|finali[sz]e|decide|make (?:a|the|their|our)(?: final)? (?:decision|call|appointment))"
    r"(?![a-z])"
    # "we're hoping to have decisions", "they said I'd hear Monday or Tuesday", "Njeri said they
    # would get back to the candidate in a couple of weeks".
    r"|(?<![a-z])(?:we're|we are|i'm|i am) hoping to (?:have (?:a |an |the |our )?(?:final )?"
    r"(?:decisions?|answers?|news|an update)|let you know|get back to you|come back to you"
    r"|make (?:a|the|our) decision)(?![a-z])"
    r"|(?<![a-z])said (?:i|we)(?:'d| would|'ll| will) hear(?![a-z])"
    r"|(?<![a-z])(?:they|she|he|hr)(?:'d| would|'ll| will) get back to (?:the candidate|you)"
    r"(?![a-z])"
    # "they said there going to get back to me in to weeks", "she's gonna call me Friday"
    r"|(?<![a-z])(?:they|there|she|he|hr)(?:'re|'s| are| is|re|s)? (?:going to|gonna)"
    r" (?:let (?:me|us) know|get back to (?:me|us)|(?:call|phone|ring|text|e-?mail) (?:me|us)"
    r"|decide|revert|make (?:a|the|their|her|his)(?: final)? (?:decision|call))(?![a-z])"
    # ... and in the present, as non-native writers put it: "Daniela says they give answer on
    # Tuesday", "Marta: she answers after Semana Santa".
    r"|(?<![a-z])(?:they|she|he|hr) (?:answers?(?! (?:the|calls|phones?|emails?|questions))"
    r"|gives? (?:me |you )?(?:an? |the |their |her |his )?(?:answer|feedback|decision|results?"
    r"|response)|decides|decide(?! (?:if|whether|who|which|what|how|between|to|on))"
    r"|informs? (?:me|you)|reverts?|calls? (?:me|you)|confirms)(?![a-z])"
    # The future in progress: "we will be contacting the successful applicant within seven (7)
    # working days".
    r"|(?:(?<![a-z])(?:will|shall)|'ll) be (?:contacting|reaching out|getting back|in touch"
    r"|in contact|notifying|informing|letting (?:you|u|all|everyone) know)(?![a-z])"
    # An intention with its date: "Raj wants to decide before he goes on leave on the 20th",
    # "our intention is to conclude the process and revert to both candidates by Friday".
    # ... or one given: "the client has committed to revert within the next 48 hours".
    r"|(?<![a-z])(?:wants?|hopes?|plans?|aims?|intends?|intention is|aim is|plan is|committed"
    r"|promised|agreed|undertaken) to"
    r" (?:decide|make (?:a|the|their|her|his|our) (?:final )?(?:decision|call)|let you know"
    r"|get back to (?:you|us|me)|come back to (?:you|us|me)|conclude|revert|respond|reply"
    r"|finali[sz]e)(?![a-z])"
    # What an applicant portal says is usual: "hiring managers generally make a selection
    # within 30 days of the certificate issue date".
    r"|(?<![a-z])(?:generally|usually|normally|typically) (?:make|reach|take) (?:a|the|their"
    r"|our) (?:final )?(?:selection|decision)(?![a-z])"
    # "The team usually gets back to candidates within a week of the onsite."
    r"|(?<![a-z])(?:generally|usually|normally|typically|always) (?:gets?|comes?) back to"
    r" (?:you|candidates|applicants|everyone|people)(?![a-z])"
    # What candidates receive, what goes out, what they expect to do: "candidates receive a
    # decision within 5 business days", "offer letters normally go out by the end of that week".
    # ("Candidates will normally be notified of the outcome within 10 working days of ...",
    # "You can expect to hear from the Division within that time")
    r"|(?<![a-z])(?:candidates|applicants|you|everyone)(?: will| should| can| may)?(?: normally"
    r"| usually| typically| generally)?(?: expect to)? (?:receive|get|hear|be (?:told|informed"
    r"|notified|contacted|advised|intimated|updated))(?![a-z])"
    # A portal's field: "Decision expected by: 28/02/2027", "Outcome due: 14 March"
    r"|(?<![a-z])(?:decision|outcome|result|offer|feedback|response)s?(?: date)? (?:expected"
    r"|due|by|date)(?: by| on| before)? ?:"
    # Whoever decides, named: "the hiring committee will make a decision within a week of your
    # onsite date", "the panel will get back to you by Friday".
    r"|(?<![a-z])(?:committee|panel|team|board|manager|client|company|school|department|partners"
    r"|interviewers?)(?:'ll| will| shall| should) (?:make (?:a|the|its|their|our)(?: final)?"
    r" (?:decision|call|selection)|decide|let you know|get back to you|be in touch|contact you"
    r"|confirm)(?![a-z])"
    # "Outcome notifications will be issued by 25/06/2027"
    r"|(?<![a-z])(?:outcome|result|decision|offer)s?(?: (?:notifications?|letters?|e-?mails?))?"
    r" (?:will|shall|should) be (?:issued|sent|released|communicated|shared)(?![a-z])"
    # "We anticipate notifying candidates of their results in November 2026"
    r"|(?<![a-z])(?:anticipate|expect|plan|aim|intend)s? (?:to )?(?:notify|notifying|inform"
    r"|informing|contact|contacting|advise|advising|update|updating|write to|writing to)"
    r" (?:all )?(?:candidates|applicants|you|everyone)(?![a-z])"
    # "We're targeting the end of the month for a decision"
    # (The phrase's words are read up to its end: what it targets follows.)
    r"|(?<![a-z])(?:we're|we are) targeting(?! (?:a |an |the )?(?:[a-z]+ )?start)(?![a-z])"
    # "New target for a decision is Wednesday 2/25."
    r"|(?<![a-z])(?:new |revised |updated )?(?:target|eta)(?: date)? (?:for|on) (?:a|the|our"
    r"|your) (?:final )?(?:decision|answer|outcome|offer)(?: is| will be|:)(?![a-z])"
    # "Our team will respond to your query within 2 business days."
    r"|(?:(?<![a-z])(?:will|shall|should)|'ll) (?:respond|reply) to (?:you|your (?:query|email"
    r"|e-mail|message|application|request|enquiry|inquiry))(?![a-z])"
    # How long the answer usually takes, said of the process: "the selection process may take
    # 4 to 6 weeks". (Not "this usually takes": a DBS check or a visa takes weeks too.)
    r"|(?<![a-z])the (?:selection |recruitment |hiring )?process(?: may| will| can| should"
    r"| usually| normally| typically| generally)? takes?(?![a-z])"
    # "Result of the same will be intimated to you within 7 working days"
    r"|(?<![a-z])(?:will|shall) be (?:intimated|communicated|conveyed|shared|sent|e-?mailed)"
    r" to (?:you|all|each|every|the candidates?|candidates|applicants)(?![a-z])"
    r"|(?<![a-z])(?:offers?|offer letters?|letters|results?|decisions?|outcomes?|feedback"
    r"|answers?|responses?)(?: will| should"
    r"| normally| usually| typically| generally)? (?:go out|goes out|be sent out|be out"
    r"|comes? back)(?![a-z])"
    # ... and the answer itself sent: "results will be mailed by 15/7", "Results of final
    # interview - will issue week commencing 8 June" (not "the letters will be posted Monday").
    r"|(?<![a-z])(?:offers?|offer letters?|results?|decisions?|outcomes?|feedback|answers?"
    r"|responses?)(?: of [a-z0-9 ]{1,30}?(?: -|:)?)?(?: will| shall| should| normally| usually"
    r"| typically| generally)? (?:issue|be (?:mailed|e-?mailed|posted|sent|released|announced"
    r"|published|declared|communicated|shared|issued|displayed|put up|uploaded|notified))(?![a-z])"
    # "so we can give you a final answer only after Pfingsten"
    r"|(?<![a-z])(?:we|i|they|she|he|hr)(?: can| could| will be able to|'ll be able to| shall be"
    r" able to) give you (?:a |an |the |our |my )?(?:final )?(?:answer|decision|feedback|outcome"
    r"|response)(?![a-z])"
    # "I'd expect to be able to give you an answer by Friday", "we hope to let everyone know
    # by mid-November".
    # "Selections and applicant notifications are anticipated within 30 days", "Hiring
    # decisions are typically communicated by mid-May"
    r"|(?<![a-z])(?:notifications?|selections?|decisions?|results?|outcomes?|offers?)"
    # ("Final-round decisions for the Summer 2026 Analyst Program are released ...")
    r"(?: (?:for|on|about) [a-z0-9 -]{1,40}?)? (?:are|is|will be)"
    r"(?: typically| usually| normally| generally)? (?:anticipated|expected"
    r"|communicated|announced|made|sent|released)(?![a-z])"
    r"|(?<![a-z])expects? to (?:be able to )?(?:share (?:the |our |your )?(?:outcome|decision"
    r"|results?|feedback)|write to (?:you|all|each|every|the)|contact|notify|inform|advise"
    r"|decide|make|have"
    r"|reach (?:a|its|their|our|the) (?:final )?decision"
    r"|finali[sz]e|confirm|get back to you|come back to you|revert|hear (?:from us|back)"
    r"|let (?:you|u|everyone|all candidates|candidates|all of you|both of you) know"
    r"|give you (?:an? |the |our )?(?:answer|decision|feedback|update|outcome))(?![a-z])"
    r"|(?<![a-z])(?:hope|aim|plan|intend) to (?:be able to )?(?:decide|get back to you"
    r"|come back to you|revert to you|(?:contact|notify|inform|advise) (?:you|u|all|everyone"
    r"|candidates)"
    r"|let (?:you|u|everyone|all candidates|candidates|all of you|both of you) know"
    r"|give you (?:an? |the |our )?(?:answer|decision|feedback|update|outcome))(?![a-z])"
    # "We'll follow up with you within 2 weeks regarding next steps"
    r"|(?<![a-z])(?:we|i|they|she|he|hr)(?:'ll| will| shall) follow up with (?:you|u)(?![a-z])"
    # "give us a fortnight to sort it", "give us two weeks"
    r"|(?<![a-z])give (?:us|me) (?:a |an |\d+ |a couple of |a few )?(?:more )?(?:days?|weeks?"
    r"|fortnight|months?)(?![a-z])"
    r"|if you (?:haven't|have not|don't|do not|havent|dont) (?:heard|hear) (?:from us|back)"
    # "kindly expect the feedback within 3-4 working days"
    r"|(?<![a-z])(?:please|kindly|pls) expect (?:the |our |a |an )?(?:feedback|response|reply"
    r"|answer|outcome|result|call|e-?mail|update|decision)(?![a-z])"
    # The company's own verbs, never the candidate's ("you should respond by Friday").
    r"|(?<![a-z])(?:we|i|they|she|he|hr)(?:'ll| will| shall) (?:inform|notify|advise|release"
    r"|contact|reach out|revert|call you|email you|let (?:every|each|all) [a-z]+ know)(?![a-z])"
    # The passive of the same: "the outcome will be communicated to you on or before ...".
    # An aim in so many words: "we aim to finalise the appointment by the end of the month".
    r"|(?<![a-z])(?:(?:we|they|i|hr)(?:'re| are|'m| am)? |and )(?:aim|aiming|plan|planning"
    r"|hope|hoping|expect|expecting|intend|intending) to (?:finali[sz]e|decide|confirm|make"
    r" (?:a|the|our|an) (?:decision|offer|appointment|call)|conclude|complete the (?:process"
    r"|selection)|(?:notify|inform|contact) (?:you|u|all|every|each|the (?:successful )?"
    r"(?:candidates?|applicants?))"
    r"|let you know|get back to you|come back to you|revert)(?![a-z])"
    # "the decision on the position will be made by year end"
    r"|(?:decision|decisions|outcome|results?|selection)(?: [a-z]+| \([^()\n]{1,20}\)){0,8}"
    r" (?:will|shall|should) be"
    r" (?:made|taken|reached|known|finali[sz]ed)(?![a-z])"
    r"|(?:will|shall|should) be (?:communicated|contacted|informed|notified|announced|released"
    r"|shared|confirmed|sent|advised|finali[sz]ed|declared|published)(?![a-z])"
    # Anyone receiving the answer: "all applicants for the temp roles (16-30 hrs/wk) will
    # receive a call from our team within 48 hours".
    r"|(?<![a-z])(?<!(?<![a-z])i )(?:will|shall) (?:receive|get) (?:a|an|our|the|your)"
    r" (?:call|phone call|e-?mail"
    r"|letter|decision|answer|response|reply|update|outcome|result|results|feedback)(?![a-z])"
    # A deadline in so many words, of results ("Results NLT 10/23"); not of a request to the
    # candidate ("please return the form no later than Friday").
    r"|(?<![a-z])(?:results?|outcomes?|decisions?|answers?|feedback)(?: (?:will|should) be"
    r"(?: out| released| known| shared| communicated)?| due| out)? (?:no later than|not later"
    r" than|on or before|nlt)(?![a-z])"
    # An applicant portal's field: "Target decision date: 2026-07-24".
    r"|(?:target|expected|estimated|anticipated|planned) (?:decision|offer|outcome|response)"
    r" date ?:?"
)


# A date promised before and now taken back: "they won't be giving feedback on Friday like
# they said", "we will no longer decide by the 12th as planned".
_AS_SAID_BEFORE = re.compile(
    r",? (?:like|as) (?:they|we|i|she|he|you|hr)(?: had)? (?:said|promised|planned|mentioned"
    r"|hoped|told you)|,? as (?:planned|promised|originally planned|first planned)"
)
_ANOTHER_PROCESS_REACH = 160
_ANOTHER_PROCESS_SAID = re.compile(
    r"(?<![a-z])(?:the|my) other (?:firm|company|employer|place|office|district|school|job|bank"
    r"|agency|hospital|store|one)(?![a-z])"
    r"|(?<![a-z])(?:i'm|i am|im|he's|he is|she's|she is) also (?:still )?(?:waiting (?:on|for)"
    r"|supposed to hear (?:back )?from|hearing"
    r" (?:back )?from) (?:the|a|an) (?!(?:[a-z]+ )?(?:decision|outcome|results?|answer"
    r"|feedback|offer|panel|committee|board|recruiter|hr|hiring)(?![a-z]))"
)
# "They'd said they'd decide by the end of next week, but that's all off now": called off.
_CALLED_OFF_AFTER = re.compile(
    r"[^.!?\n]{0,30}?,? but (?:that's|thats|that is|it's|its|it is) (?:all )?(?:off|cancelled"
    # (Not "but that's off the record", "it's off the back of the board meeting".)
    r"|canceled)(?: now)?(?![a-z])(?! (?:to|for|until|till|the) )"
)
_NOT_ANY_MORE = re.compile(
    r"(?<![a-z])(?:won't|wont|will not|aren't|are not|isn't|is not|not going to|no longer"
    r"|can't|cannot|can not)(?![a-z])"
)
_NO_DATE_YET = re.compile(
    # "After that we should have more clarity, but there's no guarantee": no answer promised.
    r"(?:have|get|give you) (?:more|some) clarity|a clearer (?:picture|idea)|"
    # ("I can't give you any new date at this point", "No new date yet")
    r"(?:can ?not|can't|cant|unable to|not (?:yet )?able to) (?:give|share|confirm|provide"
    r"|promise|commit to) (?:you )?(?:a |any |an )?(?:exact |firm |specific |new |revised "
    r"|updated )?(?:date|timeline"
    r"|timeframe|time frame)|no (?:firm |set |fixed |new |revised |definite |decision )?(?:date"
    r"|timeline|timeframe|time frame)"
    # ("No decision date from their side yet")
    r"(?: for you| from (?:their|our|his|her|the client's) side)? (?:yet|for now|now|any ?more"
    r"|at (?:this|the) moment)"
    # (Of something else: "no definite timeline yet for the start, but ... by Friday")
    r"(?! (?:for|on|about) (?:the |your |a )?(?:start|joining|onboarding|induction|training"
    r"|relocation|visa|move))"
    r"|(?:don't|do not) have a (?:new |firm |set )?(?:date|timeline|timeframe)(?: yet)?"
    # "pls ignore the Tuesday I gave you"
    r"|ignore the (?:[a-z0-9]+ ){1,2}(?:i|we) (?:gave|said|mentioned|promised)"
    # "I'm putting the hire on hold for now - no date I'm afraid", "so I can not say now when
    # we decide"
    r"|no (?:new )?date,? (?:i'm|i am) afraid|(?:can ?not|can't|cant|unable to|not able to)"
    r" (?:say|tell you)(?: (?:now|yet|at the moment|for now))? when"
)
# A newer message that puts the role on hold: "I'm sorry to share that the role has been put on
# hold until Q3. We'll reach out if and when it reopens" above "we'll be in touch by Friday".
_ON_HOLD = prefilter.Gated(
    re.compile(
        # ("put the Financial Manager role on hold": the role's title between)
        r"(?:put|placed|been|is|are|remains?|putting)(?: (?:the|this|that|your|our)"
        r"(?: [a-z&-]+){0,3}? (?:role|job|position|vacancy|search|hiring|process|req|requisition"
        r"|recruitment|hire|post|opening))? on hold"
        # "due to internal restructure the hiring is paused now", "we have decided to suspend
        # hiring for the position"
        r"|(?:hiring|recruitment|recruiting|the (?:role|position|process|search|vacancy))"
        r" (?:is|has been|have been|was|are|will be)(?: now)? (?:paused|suspended|frozen)"
        r"|(?:suspend|pause|freeze)(?:d)? (?:the )?(?:hiring|recruitment)"
        # ("we've made the difficult decision to pause this search until further notice")
        r"|(?:suspend|pause|freeze|halt)(?:d)? (?:this|the|our) (?:search|process|recruitment"
        r"|hiring)(?= until| for now| indefinitely| for the time being)"
        r"|if and when (?:it|the role|the position"
        r"|we|things)"
    )
)

_TAKEN_BACK_WITHIN = 200
_STILL_STANDS = re.compile(r"[^.!?\n]{0,60}(?<![a-z])(?:still stands|stands|still holds|holds)")
_SAID_BEFORE_THE_NEWS = re.compile(
    r"(?<![a-z])(?:they'd said|they had said|you were told|we'd said|we had said|i'd said"
    r"|i had said|(?:we|they|i) (?:said|promised|told you) (?:we'd|they'd|i'd|we would"
    r"|they would|i would))(?![a-z])"
)


def _retold_after_the_hold(
    text: str, sentence_start: int, on_hold: re.Match[str], chosen: Candidate
) -> bool:
    """ "Unfortunately the client has put the role on hold ... I know they'd said they'd have an
    answer for you by the 12th": the promise retold after the news that ends it (not a hold that
    may come, another role's, or one the promise "still stands" beside)."""
    return (
        on_hold.end() <= chosen.start < on_hold.end() + _TAKEN_BACK_WITHIN
        and _BUT_NOW.search(text, max(0, on_hold.start() - 80), on_hold.start()) is not None
        and _SAID_BEFORE_THE_NEWS.search(text, sentence_start, chosen.start) is not None
        and not _AS_A_CONDITION.search(text, max(0, on_hold.start() - 60), on_hold.start())
        and not _SOMETHING_ELSE_HELD.search(
            text, max(0, on_hold.start() - 60), min(len(text), on_hold.end() + 40)
        )
        and not _STILL_STANDS.match(text, chosen.end)
    )


_SOMETHING_ELSE_HELD = re.compile(
    r"(?<![a-z])(?:other|another|only|unaffected|briefly|last (?:week|month|year)|req|scheme"
    r"|programme|program|team|site|office|department|shift)(?![a-z])"
)
# (Searched only below a promise gone by: no gate needed.)
_A_DELAY = re.compile(
    r"(?<![a-z])(?:(?:is|are) still (?:deliberating|deciding|discussing|reviewing|finali[sz]ing)"
    r"|(?:apologies|sorry|apologi[sz]e) for the delay|(?:has|have) been delayed"
    r"|taking longer than (?:expected|planned|we hoped))(?![a-z])"
)
_GOING_AHEAD_AFTER = re.compile(
    r"[^.!?\n]{0,60}?(?<![a-z])(?:going ahead|goes ahead|go ahead|on track|unaffected"
    r"|not affected|continues|as planned)(?![a-z])"
)
# ("Then yesterday the recruiter messaged saying ... the decision is on hold": later news)
_BUT_NOW = re.compile(
    r"(?<![a-z])(?:but|however|unfortunately|sadly|then (?:yesterday|today|this morning"
    r"|last night|on [a-z]+day))(?![a-z])"
)

# The answer itself, a no, in the newest message: "the client has chosen another candidate ...
# I'll call you next week about a couple of new roles" leaves nothing pending for this role
# (PRODUCT.md: follow-ups stop on an outcome). Said in the employer's words, not as a condition
# ("if you have not heard by then, assume you have not been successful": the silence rule's).
# The hiring stopped, told as news: "we have paused hiring for this role", "our finance guy
# just froze all new hires", "the recruitment process ... has been suspended".
_HIRING_STOPPED = (
    r"(?:we|they)(?: have|'ve)? paused (?:hiring|recruitment|the (?:role|position|search"
    r"|process|recruitment))"
    # (Not "nobody has frozen hiring", "froze all new hires last year", "has frozen recruitment
    # in other departments".)
    r"|(?<!if )(?<!nobody )(?<!no one )(?<!never )(?:froze|has frozen|have frozen|'s frozen"
    r"|'ve frozen) (?:all |any )?(?:new )?(?:hires|hiring|recruitment|headcount)"
    r"(?! (?:in|at|for|across) (?:some|other|several|many|a few|most)| last| in 20| before"
    r"| (?:back )?in (?:19|20)\d\d)"
    r"|the (?:recruitment |hiring |selection )?(?:process|recruitment|search)"
    r"(?: for [a-z ]{1,40}?)? (?:has been|was|had been) (?:suspended|paused|frozen|cancell?ed"
    r"|called off|halted)"
)
# (Searched apart from `_TURNED_DOWN`: in its alternation, "the process ... suspended" would
# let "the" gate every window of a long text.)
_HIRING_STOPPED_TOLD = prefilter.Gated(re.compile(_HIRING_STOPPED))
_TURNED_DOWN = prefilter.Gated(
    re.compile(
        # ("a short phone call telling me they chose another candidate")
        r"(?:chosen|chose|selected|decided to (?:go|proceed|move forward|move ahead|continue) with"
        r"|gone with"
        r"|going with|went with|go ahead with|offered the (?:role|position|job|post) to"
        r"|appointed|hired"
        r"|(?:extended|made|gave|given) (?:an |the |a verbal |a written )?offers? to)"
        r" (?:(?:another|a different|an internal|an external|an? other|other)"
        r" (?:candidate|applicant|person|transfer|hire|profile)|someone else|somebody else)"
        # "we went with someone with more barista experience"
        r"|(?:went|gone) with (?:someone|somebody) (?:with|who) "
        # "we went with a guy who's got his journeyman card already"
        r"|(?:we|they) (?:went|have gone|'ve gone) with (?:a|another) (?:guy|girl|lady|fella"
        r"|bloke|person|candidate|woman|man)(?![a-z])"
        # "we've filled the summer position with someone who can do the full season"
        r"|(?:we've|we have) filled the (?:[a-z]+ ){0,3}?(?:role|position|vacancy|job|post|spot)"
        r"|(?:the|this|your|that) (?:role|position|vacancy|job|post) (?:has|had)"
        r" (?:now |already )?been (?:filled|cancelled|canceled|withdrawn)"
        r"|(?:not to|to not|won't be|will not be"
        r"|unable to|not be) (?:proceed|progress|mov|tak|continu)[a-z]* (?:forward |further )?"
        # ("we won't be progressing your application"; "... so we won't be moving ahead.")
        r"(?:with )?your (?:application|candidacy)|(?:won't|will not) be (?:moving|going)"
        r" (?:ahead|forward)(?= ?[.;!]| ?$)|your (?:application|candidacy) (?:has been|was|is)"
        r" (?:unsuccessful|not successful)|you (?:have been|were) unsuccessful(?![a-z])"
        r"|you (?:have not|haven't|were not|weren't|are not"
        r"|aren't) (?:been )?(?:successful|selected|shortlisted) (?:on this occasion|this time"
        r"|at this (?:stage|time)|for (?:this|the) (?:position|role|post|vacancy))"
        # ... with its "on this occasion" first: "Unfortunately on this occasion you have not
        # been successful."
        r"|(?:on this occasion|this time|unfortunately|regrettably),? you (?:have not|haven't"
        r"|were not|weren't) (?:been )?(?:successful|selected)(?![a-z])"
        r"|(?:won't|will not) be (?:making|filling) (?:a hire|an appointment|the (?:role|position))"
        # ("unfortunately we've decided not to move forward.")
        r"|decided not to (?:move|go|proceed) ?(?:forward|ahead)?(?= ?[.;!]| ?$)"
        # "decided not to take your application further", a recruiter's "feedback: no".
        r"|(?:not|n't) (?:to|be) (?:take|progress|move|taking|progressing|moving) your"
        r" (?:application|candidacy) (?:any )?(?:further|forward)"
        # "we have decided to fill the Team Lead position internally"
        r"|(?:decided to|will|going to) fill (?:the |this )?(?:[a-z]+ ){0,5}(?:role|position|post"
        r"|vacancy|job) internally"
        r"|(?:feedback|answer|outcome|verdict|decision|result)(?: [a-z]+){0,3}:"
        # ("feedback by phone: no - they want more PLC"; not "Feedback so far: no concerns")
        r" (?:no(?= ?(?:[-.,;!\u2013)]|$))|not proceeding|negative|unsuccessful|rejected"
        r"|declined)(?![a-z])"
        # An offer made is an outcome too: "pleased to offer you the role", "UPDATE: Jenna
        # called today at 4 - OFFER!!" (not "offers will go out by Friday", "happy to offer you
        # a call", nor "Velder made me an offer": another employer's, PRODUCT.md).
        r"|(?:pleased|happy|delighted|thrilled|excited) to (?:offer you (?:the|this|a|an) (?:[a-z]+"
        r" )?(?:role|position|job|post)|offer you employment|extend you (?:an|the|a formal"
        r"|a verbal|a written) offer|extend (?:an|the) offer to you|confirm (?:our|your|the) offer"
        r"|make you (?:an|a formal|a written|our) offer)|- offer!"
    ),
    by_first_letter=True,  # (dozens of alternatives, tried at every word of a long text)
)
# (Nor as a guess, nor someone else's: "appreciate you may have gone with another candidate",
# "my friend was told they had chosen another candidate for the Leeds team".)
_AS_A_CONDITION = re.compile(
    r"(?<![a-z])(?:if|should|unless|assume|accept that|otherwise|mean|in case|whether|in the event"
    r"|originally|initially|at first|may|might|maybe|perhaps|possibly|wonder\w*|worried"
    r"|friend|colleague|someone|somebody|was told|were told|last time|last year|previously"
    r"|in the past|last round)(?![a-z])"
)
# ... nor denied ("we have not appointed another candidate yet"), nor held up by a step
# ("unable to progress with your application until we receive your documents").
_DENIED_BEFORE = re.compile(r"(?:not|n't|never|yet to)(?: yet| already)? $")
_HELD_UNTIL = re.compile(r" (?:until|unless|pending|without|before) ")
# ... and not taken back after: "the client changed their mind", "who has since withdrawn".
_TAKEN_BACK = re.compile(
    r"(?:changed|change) (?:their|his|her|our|my) minds?|(?:has|have) since|withdr[ae]w"
    r"|fell through|pulled out|declined|(?<!not )reconsidered|re-?opened|good news|still (?:open"
    r"|available)"
)
# A promise after the no is about something else only when it says so: "I'll call you next week
# about a couple of new roles" (not "For Manchester we'll decide by Friday", another role's).
_OTHER_ROLES = re.compile(
    r"(?<![a-z])(?:new|other|future|different|similar|upcoming|more) (?:[a-z]+ )?(?:roles?"
    r"|positions?|opportunit(?:y|ies)|vacanc(?:y|ies)|openings?|jobs?|posts?)(?![a-z])"
    r"|(?:anything|something) (?:else|similar|suitable)"
)

# ... or when it offers feedback on the no already given: "Feedback is available on request
# until the end of term (Friday 18 July)" is a window for the candidate to ask, not an answer due.
_FEEDBACK_ON_REQUEST = re.compile(
    r"(?<![a-z])(?:feedback|a debrief)(?: [a-z]+){0,3} (?:is |are )?(?:available|on request"
    r"|upon request)|(?<![a-z])(?:request|ask for) (?:feedback|a debrief)(?![a-z])"
    # "If you would like more detailed feedback, Jade is happy to call you next week."
    r"|(?<![a-z])(?:would like|'d like|want|wish to have) (?:some |more |any )?(?:detailed |further"
    r" )?feedback(?![a-z])"
)

# A wait said before or for the promise in its own phrase ("a month or so for the answer"),
# or just before the promise after it ("mid-January before we can make a call").
# ("two to three weeks to get back to you", not "2 weeks to decide on the other offer")
_BEFORE_OR_FOR = re.compile(
    r" (?:before|for) | to (?=(?:get|come) back|let you|give you|contact you|call you|reply"
    r"|respond|revert)"
)
# (Over no cue, or a distractor a clause before: "given the holidays and PTO, we're looking at
# mid-January before we can make a call", not "we'll interview on Friday, before we decide".)
_BEFORE_THE_PROMISE = re.compile(
    r",? before (?:we|they|she|he|hr)(?: can| will|'ll| could| would)?(?: be able to)?"
    r" [a-z]+(?: [a-z]+){0,3}"
)
_CLAUSE_MARK = re.compile(r"[,;:]")
# A date's lead that says it is the last word ("..., at the latest on monday").
_SAID_AS_THE_LATEST = re.compile(
    r"(?<![a-z])(?:at the (?:very |absolute )?latest|latest|no later than|not later than|max"
    r"|maximum|at (?:the )?most)"
    r"[,:]? ?$"
)
# A date said as the latest. ("latest" alone only at a clause's end: "by this week, latest
# next Mon" says the later one.)
_AT_THE_LATEST = re.compile(
    r"[.,]? ?(?:at the (?:very |absolute )?latest|latest(?= ?(?:[.!?,;)\n]|$))|at (?:the )?most)"
    # (Not the lead of the next: "Tuesday, at the latest Wednesday" is Wednesday.)
    r"(?![a-z])(?! (?:on |by )?(?:mon|tue|wed|thu|fri|sat|sun|the \d|\d))"
)
# What the candidate wrote down of a promise: "sarah said 2 wks", "Emi-san said feedback by".
# Searched over the whole text only where its words are (a 1 MB paste), its alternatives
# grouped by their first letters (a third less).
_NO_DATE_YET_ANYWHERE = prefilter.Gated(_NO_DATE_YET, by_first_letter=True)

_TOLD_BEFORE = re.compile(
    # ("Her words: "decision before Thanksgiving, worst case."")
    r"(?<![a-z])(?:said|says|saying|reckons|told (?:me|us)|estimated|estimates|quoted"
    # ("said it'll take a few business days")
    r"|(?:her|his|their)(?: exact)? words)[:,]? \"?(?:it(?:'ll| will| would|'d)(?: take)? )?"
    r"(?:(?:about|around"
    # ("Recruiter said final decision by the 13th")
    r"|roughly|maybe|probably) |(?P<cue>(?:(?:a|the) )?(?:final )?(?:feedback|decision)|an answer"
    r"|answer|results?|outcome"
    r"|offers?|news|they'?d (?:know|decide)|(?:i|we)(?:'d| would) hear(?: back)?) )?"
    r"(?:(?:by|in|within|on|before) )?$"
)


_END_OF_DAY_LEAD = re.compile(END_OF_DAY)
_A_CLAUSES_END = re.compile(r"[ \t]*(?:[.!?,;:)\n]|$|(?:at the )?latest(?![a-z]))")
_I_TOLD = re.compile(r"(?<![a-z])i (?:said|told)")
_IT_WILL_TAKE = re.compile(r"(?<![a-z])it(?:'ll| will| would|'d)")
_A_STEPS_LENGTH = re.compile(
    r"[^.;!?\n]{0,30}?(?:dbs|visa|check|clearance|vetting|background|paperwork|onboarding"
    r"|to process|once i|if i(?:'m| am)? (?:accept|offered|get))"
)
_TOLD_LEAD = re.compile(r"(?:said|says|reckons|told (?:me|us)|estimated|estimates|quoted) ")


def _promised_outright(
    text: str, bounds: list[int], candidate: Candidate, before: Candidate | None = None
) -> bool:
    told = _TOLD_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    # Only of a duration or with the promise's word: "(said 9 Feb)" is the candidate's start.
    # (Or said as the latest: "they've told me Thursday at the absolute latest".)
    if told and (
        candidate.kind in ("duration", "business_days", "relative_to_event")
        or told["cue"]
        or _AT_THE_LATEST.match(text, candidate.end)
        # ("recruiter said COB thursday": a deadline's own words)
        or _END_OF_DAY_LEAD.match(text, candidate.start) is not None
        # ("They said by the 29th.": a deadline told, the telling right before its "by", the
        # day ending its clause; not "HR said by the 1st I need to ..." nor "I said by ...")
        or (told.group().endswith("by ") or text.startswith("by ", candidate.start))
        and _A_CLAUSES_END.match(text, candidate.end) is not None
        and _I_TOLD.search(text, max(0, told.start() - 3), told.start() + 5) is None
    ):
        # ("She said it'll take 6 weeks for the DBS check once I accept": a check's length.)
        a_step = _A_STEPS_LENGTH.match(text, candidate.end)
        return not (a_step and _IT_WILL_TAKE.search(told.group()))
    if candidate.kind in ("duration", "business_days") and _TOLD_LEAD.match(text, candidate.start):
        return True  # "hm said 2 wks, maybe sooner": the telling is the phrase's own lead
    if (
        candidate.kind in ("duration", "business_days")
        and _ALLOW.search(text, max(0, candidate.start - 10), candidate.start + 6)
        and _FOR_THE_ANSWER.match(text, candidate.end)
    ):
        return True  # "please allow 4-6 weeks for notification": the wait, asked of the reader
    if (
        candidate.kind in ("duration", "business_days")
        and _ALLOW_US.search(text, max(0, candidate.start - 10), candidate.start + 9)
        and _TO_COMPLETE_THE_PROCESS.match(text, candidate.end)
    ):
        return True
    if _ALLOW_UNTIL.search(text, max(0, candidate.start - 16), candidate.start + 6) and (
        _FOR_THE_ANSWER.match(text, candidate.end)
    ):
        return True  # "Please allow until 12/1 for a decision."
    sentence = cues.sentence_of(bounds, len(text), candidate.start)
    # Up to the phrase's end: a phrase can span a sentence ("closes on 24 December. We will let
    # you know before the break").
    # Near it, too: a debrief's lines run together into one long "sentence", and "you'll hear
    # from us soon" three lines up does not vouch for the start dates noted below it.
    begin = max(sentence[0], candidate.start - _PROMISE_REACH)
    # A promise vouches for the date it leads to, not for one after another date ("you'll hear
    # from us soon; the other offer wants an answer by 9/25"), unless the two are alternatives.
    if before is not None and not _ALTERNATIVES_BETWEEN.fullmatch(
        text, before.end, candidate.start
    ):
        begin = max(begin, before.end)
    # Nor one whose time is already said: "you'll hear from us soon, ... by 9/25".
    return any(
        not _VAGUE_TIME.search(text, m.end(), max(m.end(), candidate.start))
        for m in _OUTRIGHT_PROMISE.finditer(text, begin, candidate.end)
    )


_PROMISE_REACH = 80
# "Should you not hear from the Department within three months of the closing date, please
# accept that your application was unsuccessful": how long silence takes to mean no.
_SILENCE_MEANS_NO = re.compile(
    r"(?:should you not|if you (?:don't|dont|do not|haven't|havent|have not|did not|didn't))"
    r" (?:hear|receive|get|been contacted)[^.;!?\n]*$"
)
# (Not "if you haven't heard from us by the 20th, give me a chase": a date they mean to keep.)
# (Nor "if you don't hear by Friday, it doesn't mean you were unsuccessful".)
_UNSUCCESSFUL = re.compile(
    r"(?:(?!n't mean|not mean|not that)[^.!?\n]){0,160}?(?<![a-z])(?:unsuccessful|not (?:been )?"
    r"(?:successful|shortlisted|selected)|not (?:be )?(?:progressing|proceeding)|regret)"
)
_ALLOW = re.compile(r"(?<![a-z])allow(?: us| for)? ")
_ALLOW_UNTIL = re.compile(r"(?<![a-z])allow(?: us| me)? (?:until|till|up to) ")
_FOR_THE_ANSWER = re.compile(
    r"(?: for (?:notification|(?:a |the |our |your )?(?:decision|response|reply|results?|outcome"
    r"|feedback|answer)s?"
    # "Please allow 7-10 business days for the hiring team to complete their review"
    r"|(?:the |our )?(?:[a-z]+ )?(?:team|panel|committee|us|manager|recruiter|board)"
    r" to (?:complete|finish|conclude|review|decide|make|reach|come back|get back|respond"
    r"|reply)))(?![a-z])"
)
# "Kindly allow us 10 working days to complete the process.": the time they ask for their own
# process (not "please allow 5 days to complete the process" for a laptop and badge, nor "...
# the process of background checks").
_ALLOW_US = re.compile(r"(?<![a-z])allow us ")
_TO_COMPLETE_THE_PROCESS = re.compile(
    r" to (?:complete|finish|conclude) (?:the|our|this) (?:selection |hiring |recruitment )?"
    r"process(?![a-z]| of)"
)

# A promise after an event's date that takes it up: "... and I'll circle back with you then",
# "... and we'll be in touch with the outcome at that point".
_ANSWER_VERBS = (
    r"circle back|be in touch|get back to you|come back to you|return to you|let you know"
    r"|update you|contact you|reach out|revert|be (?:advised|informed|notified|told) of"
)
# ("The committee will meet in mid-July, and you will be advised of the outcome shortly
# afterwards": the meeting's date.)
_THEN = (
    # ("the panel will reconvene in a fortnight, and you'll have our decision that day")
    r"(?![a-z])[^.;!?\n]{0,40}?(?<![a-z])(?:then|by then|at that point|at that time"
    r"|(?:on )?that (?:same )?day|the same day"
    r"|at the end of (?:that|this|the) (?:process|stage|period)"
    r"|(?:shortly|soon|right|straight|immediately|directly) after(?:wards?)?(?= ?[.;!?\n]|$))"
    r"(?![a-z])"
)
_PROMISE_THEN = re.compile(
    r"[^.;!?\n]{0,80}?(?<![a-z])(?:(?:(?:i|we|they|she|he|hr|you)(?:'ll| will| shall)|will|shall)"
    rf" (?:{_ANSWER_VERBS}|be notified|confirm|decide|revisit|call you|ring you|phone you"
    r"|hear (?:back )?from (?:me|us)|make (?:the|a|their|our) (?:call|decision)"
    r"|give you (?:our |the |your |some |an? )?(?:feedback|answer|decision|outcome|results?)"
    r"|have (?:a|an|the|our|my) (?:final )?(?:decision|answer|update|feedback)"
    r"(?: from (?:me|us))?)"
    # ("... closed out by the end of Q3, so everybody will hear by then"; not the writer's "I'll
    # hear about their salary band then")
    r"|(?:everybody|everyone|all (?:the )?(?:candidates|applicants)|candidates|applicants|you)"
    r"(?:'ll| will) hear(?: back)?)" + _THEN
)
# A wait said before the answer it ends in: "it will be a month or so before we can come back
# to you" (the grammar reads the wait with its "before we can come back").
_A_WAIT_BEFORE_THE_ANSWER = re.compile(
    r" before (?:we|i|they|she|he)(?: can| will|'ll| could| would)?(?: be able to)?"
    r" (?:come back|get back|let you know|contact you|call you|decide|make (?:a|the|our)"
    r" (?:final )?(?:decision|call)|lock in|finali[sz]e|confirm"
    r"|(?:give|get|send) you (?:a|an|the|our|my) (?:(?:final|firm|definite|definitive|proper"
    r"|formal|official|clear|concrete) )?(?:answer|decision|response|outcome|update))(?![a-z])"
)
_AND_I_WILL = re.compile(
    rf"[^.;!?\n]{{0,12}}?(?<![a-z])and (?:(?:i|we)(?:'ll| will) (?:{_ANSWER_VERBS}|come back"
    r"|get back|call you)"
    # "give us 5 business days and you'll have a yes or no from me"
    r"|you(?:'ll| will) (?:have (?:a|an|the|our|my) (?:final )?(?:yes or no|yes/no|answer|decision"
    r"|outcome)|hear (?:back|from (?:me|us))))(?![a-z])"
    # (Not after a step: "checking your references this week, and I'll get back to you once
    # that's done".)
    r"(?! (?:to (?:you|u) )?(?:on [a-z ]{1,30})?(?:once|when|after|as soon as)(?![a-z]))"
)
_THEN_THE_PROMISE = re.compile(
    r"[^.;!?\n]{0,12}?(?<![a-z])(?:and )?then (?:(?:i|we|they|she|he|hr)(?:'ll| will| shall)"
    rf"|will) (?:{_ANSWER_VERBS}|ring you|call you|phone you|decide|confirm)(?![a-z])"
)
_TIME_ASKED_FOR = ("give us ", "give me ", "allow us ")
_AND_I_WILL_LATER = re.compile(
    rf"[^.;!?\n]{{0,80}}?(?<![a-z])and (?:i|we)(?:'ll| will) (?:{_ANSWER_VERBS}|come back"
    r"|get back|call you)(?![a-z])"
)
# "Management will meet after the Independence Day holiday and we will call you with
# feedback": the answer the meeting gives, promised in the same breath.
_AND_THE_ANSWER_AFTER = re.compile(
    r"[^.;!?\n]{0,40}?(?<![a-z])and (?:then )?(?:(?:i|we|they|she|he|hr)(?:'ll| will| shall)"
    r"|will|shall) (?:call|phone|ring|contact|e-?mail|write to|get back to|come back to|reach out"
    r" to|update|revert to|inform) (?:you|u|me) with (?:the |your |our |some |any |a |an |my )?"
    r"(?:final )?(?:feedback|outcome|results?|decision|answer|news|verdict)(?![a-z])"
    # (Not an answer with its own date: "in seat by September, and they'll come back to me
    # with a decision by end of H1".)
    r"(?! (?:either way |one way or (?:the )?other )?(?:by|on|before|within|in|until|no later"
    r"|at the latest)(?![a-z]))"
)
# "... it's going to be late next week before we have the scores in. I'll reach out then.": the
# promise that opens the next sentence, in the answer's own verbs only ("We'll confirm the room
# details then" is logistics).
# "Recruiter said by the 20th we know who's going through": the day they will know is the
# day the answer is made.
_THEY_KNOW_THEN = re.compile(
    r",? (?:we|they|she|he)(?:'ll| will| should)? (?:know|have decided)"
    r" (?:who|whether|if|the (?:outcome|result|decision))(?![a-z])"
)
# A sentence that opens with the day, its promise right after: "Late February we'll decide."
# (The answer itself, its clause ending there: not "Thursday we'll decide which offer to
# take", "Next week they'll confirm the start date" nor "Tomorrow she'll call you to arrange".)
_THE_DAY_THEN_THE_PROMISE = re.compile(
    rf",? (?:we|they)(?:'ll| will| shall) (?:{_ANSWER_VERBS}|decide)(?: (?:on|about) (?:you"
    r"|your (?:application|candidacy)|the (?:role|position|job)))?[ \t]*(?:[.!,;\n]|$)"
)
_PROMISE_THEN_NEXT = re.compile(
    r"[^.;!?\n]{0,160}[.!?] (?:(?:(?:i|we|they|she|he|hr)(?:'ll| will| shall))"
    rf" (?:{_ANSWER_VERBS})|you(?:'ll| will) hear (?:from (?:me|us)|back))" + _THEN
)


def _quoted_below(text: str, norm: Normalised, above: int, below: int) -> bool:
    """Whether an e-mail header line ("Sent: ...", "On ... wrote:") stands between two places
    of the normalised text: the later one is in an older message."""
    start, end = norm.start_of(above), norm.start_of(below)
    return any(start < line_start < end for line_start, _end in cues.header_spans(text))


# A promise kept, said in the same breath: "they said they'd tell me by today and they did".
_AND_THEY_DID = re.compile(
    # ("within the week after my interview last Friday, so fair play, they did")
    r"[^.;!?\n]{0,40}?(?:,? (?:and|which|so)|[.!]? ?(?:update|edit) ?[:-])"
    # ("and fair play they did", "and, to be fair, she did")
    r"(?:,? (?:fair play|to be fair|tbf|true to (?:their|her|his) word),?)? (?:they|she|he|hr"
    # ("they said within a week and they delivered")
    r"|the recruiter|the client|it) (?:actually |really )?(?:did|has|have|delivered)"
    r"(?: now| too| already)?"
    # (Nothing after but the end: "and she has my references already" keeps the promise.)
    # ("he'd call me on Friday and he actually did o": a particle after it, as Nigerian
    # English ends a sentence.)
    r"(?= ?(?:[.!,;:)\n-]|$| (?:o|oh|lol|haha)\b| (?:called|rung|emailed|replied|got back"
    r"|been in touch|come back)))"
    # ... or called as promised: "and she actually called Wednesday at like 8am", "and fair play,
    # they rang today (Friday)".
    r"|[^.;!?\n]{0,20}?,? and(?:,? (?:fair play|to be fair|tbf|true to (?:their|her|his) word),?)?"
    r" (?:they|she|he|hr|the recruiter) (?:actually |really |did )?(?:called|rang|phoned|emailed"
    r"|texted|rung)(?: me| back)?(?: (?:on )?(?:that |the same )?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|today|day|morning))(?![a-z])"
    # ... or said so: "They said they would call me tomorrow and they really called!"
    r"|[^.;!?\n]{0,20}?,? and (?:they|she|he|hr|the recruiter) (?:actually|really) (?:called"
    r"|rang|phoned|emailed|texted)(?: me| back)?(?=[!.])"
)
# ... or kept, as a diary goes on to say: "Meg said they'd let me know by the 18th. She did, on
# the 18th", "they said "by end of May", came 28th", "Offer came next morning!", "called a day
# early".
_KEPT_AFTER = compile_faster(
    # (A sentence of its own: "She did, on the 18th"; not "I asked if she had others, she did",
    # nor the "did" of emphasis: "she did say Friday".)
    r"(?:^|[.!?] |\n)(?:[-*] )?(?:she|he|they|hr) did(?:,| on | -| (?:call|ring|phone|email|text"
    # ("They did revert on Sunday (1 Dec) - not selected.")
    r"|get back|come back|reply|revert))"
    # ("They actually did!! Friday afternoon I got the mail"; not "They did!", an answer to
    # another question.)
    r"|(?:^|[.!?] |\n)(?:she|he|they|hr) (?:actually|really) did!"
    # ("... and true to their word the recruiter rang Thursday lunchtime")
    # (Not "Hopefully they're true to their word", "they sent the job spec", of something else.)
    r"|(?<![a-z])(?<!not )(?<!n't )(?<!be )(?<!'re )(?<!are )(?<!were )true to (?:their|her|his)"
    r" word,? (?:the |she |he |they |hr )?(?:[a-z]+ )?(?:rang|called|phoned|emailed|texted"
    r"|messaged|got back|came back|replied|did)(?![a-z])"
    r"|(?<![a-z])(?:offer|rejection|outcome|answer|decision) came(?: (?:in|through))?(?: on the"
    r"| next| the next|!)"
    # (A tracker's note of it: 'they said "by end of May", came 28th'.)
    r"|[,;-] came (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?![0-9])"
    # ("so I suppose at least they kept to it")
    r"|(?<![a-z])(?:they|she|he|hr) kept (?:to it|their word|her word|his word|to (?:the|their)"
    r" (?:date|timeline|word))(?![a-z])"
)
_KEPT_WITHIN = 120
# ... and right after the promise: "(earlier Mr Lim said decision by 2 May - kept)", "and they
# were (my referees got calls)", "and it actually arrived on Friday", "but they called today
# already".
_KEPT_RIGHT_AFTER = re.compile(
    r"[\"']? ?[-\u2013\u2014,(] ?kept(?= ?[.!,;)\n]| ?$)"
    r"|[\"']?,? and (?:they|it) (?:actually |really )?(?:were|was|did|arrived|came)"
    r"(?= ?[.!,;(\n-]| ?$| (?:on|today|yesterday|early|a day))"
    r"|[\"']?,? but (?:they|she|he|hr) (?:called|rang|emailed|texted) (?:me )?(?:today |yesterday"
    r" |this (?:morning|afternoon) )?already(?![a-z])"
)
# ... or the answer itself told on the same line, after the promise: "decision was supposed to
# come by the end of the month but she literally just rang and offered me the job", "said by
# Friday, they called Thursday instead! offer accepted", "(said on Thursday he'd call by
# Friday) -> rejected", "she'd have feedback Tuesday, received yesterday 12/3 as promised".
_OUTCOME_TOLD = compile_faster(
    # ("they're offering me the audit trainee place"; not "they offered her the graduate analyst
    # role", a friend's, told after the promise)
    r"(?<![a-z])(?:offered|offering|to offer) (?:me (?:the|a|an) (?:[a-z]+ ){0,3}"
    r"(?:job|role|position|post|spot|place)|(?:him|her) (?:the|a|an) (?:[a-z]+ )?"
    r"(?:job|role|position|post|spot|place)|it to (?:me|him|her))(?![a-z])"
    r"|(?<![a-z])(?<!whoever )(?<!who )(?:got|landed) the (?:[a-z]+ )?(?:job|role|position"
    r"|post|gig)(?![a-z])"
    # ("Keisha called back next day ✔️ offer: $19.25 days")
    # (Not "rang me back about the offer I have from Globex", "texted back to say an offer is
    # likely", "rang back with the Globex offer".)
    r"|(?<![a-z])(?:called|rang|phoned|texted|e-?mailed) (?:me )?back(?:,? (?:next|same|the next"
    r"|that|this|later|today|yesterday)(?: day| morning| afternoon| evening)?)?[^a-z0-9\n]{0,8}"
    r"(?:with )?(?:an? |the )?(?:job )?offer(?![a-z])(?! (?:from|elsewhere|is|was|may|might"
    r"|likely))"
    # ("got the offer call yesterday (5/13)"; not "Globex: got the offer letter", another's, nor
    # "I got the offer from my last job")
    # ("EDIT: got the offer this morning!!!")
    r"|(?:(?<=[.!?] )|(?<=^)|(?<=edit: )|(?<=update: )|(?<![a-z])i )got the offer"
    r"(?: call| e-?mail| letter| mail| text)?"
    r"(?![a-z])(?! (?:call |e-?mail |letter |mail |text )?from)"
    # (A guess is no outcome: "starting to think it's a no", "maybe it's a no".)
    r"|(?<![a-z])(?<!think )(?<!guess )(?<!assume )(?<!suspect )(?<!fear )(?<!like )"
    r"(?<!maybe )(?<!probably )(?<!if )(?<!hope )(?<!hoping )(?<!pray )(?:it's|its|it is|it was)"
    r" (?:an offer|a no|a rejection|a yes)"
    r"(?![a-z])"
    r"|(?<![a-z])(?:offer accepted|accepted (?:the|their|his|her) offer)(?![a-z])"
    r"|(?<![a-z])(?:called|rang|phoned|e-?mailed|texted|came|arrived|received|heard)"
    r"(?: [a-z0-9/.]+){0,3} as promised(?![a-z])"
    r"|(?<![a-z])(?:called|rang|phoned|e-?mailed|texted) (?:[a-z]+ )?instead(?![a-z])"
    r"|(?:\.{2,}|\u2026) ?(?:and|but) (?:they|she|he) did(?![a-z])"
    r"|-> ?(?:rejected|rejection|offer|no|yes)(?![a-z-])"
    r"(?! (?:stage|round|call|if|pending|word|news|reply|response|answer|update))"
    # ("- offer came March 6", "offer letter came Wednesday": a note's, with no article)
    # ("offer rolled out yesterday itself", as Indian English says it)
    r"|(?:^|[,;:.!-] |\n)(?:offer|rejection)(?: letter| e-?mail| call)? (?:came|arrived|landed"
    r"|rolled out|got released|was released)"
    # ("verbal offer came through this afternoon"; not "verbal offer came after 3 weeks for
    # him", what is usual or another's)
    r"|(?:^|[,;:.!-] |\n)(?:verbal|written|formal|job) offer (?:came|arrived|landed)(?: through"
    r"| in)?(?: (?:today|yesterday|this (?:morning|afternoon|evening)|tonight))?(?=[ ,]*(?:[.!,;:"
    r"\n]|$| and| so| but))"
    r"(?![a-z])"
    # ("Today I got a call inviting me for a second interview": the answer, a yes to a round)
    # (Done, not still to do: "let me know by Friday about inviting me to a second interview".)
    # ("they called and asked me back for a second round on the 14th")
    r"|(?<![a-z])(?:invited me|asked me back|(?:call|e-?mail|message|mail|text)"
    r"(?: (?:today|yesterday|this morning|this afternoon))? inviting me)"
    r" (?:back )?(?:for"
    r"|to) (?:a |the |my )?(?:(?:second|2nd|third|3rd|final|next) (?:interview|round)"
    # ("she called and invited me for a trial day next Monday", "inviting me to a final stage
    # presentation")
    r"|(?:second|2nd|third|3rd|final|next) stage|(?:paid )?trial (?:day|shift)|probearbeitstag)"
    r"|(?<![a-z])(?:the|my|their|his|her|an|a) (?:rejection|offer|decision|answer|news)"
    r"(?: e-?mail| call| letter)? (?:already )?(?:came|arrived|landed)(?![a-z])(?! up)"
    # A forum post's retelling: "but they did come back with an offer", "heard back after 5
    # weeks with a one-line rejection", "I got a rejection email on day 6".
    # ("they called yesterday (Monday) - I am selected"; "Hartwell called a day early")
    r"|(?<![a-z])(?:i am|i'm|im|i was|i got) (?:selected|hired)(?![a-z])"
    # (Not "He called a day early to reschedule the reference call, no decision yet".)
    r"|(?<![a-z])(?:called|rang|phoned|emailed|replied) (?:a day|two days|[0-9]+ days?) early"
    r"(?! to )(?![^.!?\n]{0,60}no (?:decision|news|answer|word))"
    r"|(?<![a-z])(?:came|did come|heard|got back)(?: back)?(?: to me)?(?: [a-z0-9/.]+){0,3} with"
    r" (?:an?|the|their) (?:[a-z0-9-]+ )?(?:offer|rejection)(?![a-z])"
    # ("called me Friday morning with a conditional offer"; not "I emailed the recruiter with a
    # competing offer", "rang them with the counter offer": the writer's own)
    # ("Then HR rang on Friday 18th with an offer"; not "I rang HR with an offer I'd had")
    r"|(?<![a-z])(?<!i )(?:called|rang|phoned|e-?mailed|texted)(?: (?:me|us))?(?: back)?"
    # ("she rang yesterday (Fri 5th) with an OFFER!!", "rang on Thursday the 9th with an offer")
    r"(?: [a-z0-9/.()]+){0,4}"
    r" with (?:an?|the|their) (?!(?:competing|counter|other|rival)[ -])(?:[a-z0-9-]+ )?"
    # (Not the writer's: "emailed HR with an offer from another firm".)
    r"(?:offer|rejection)(?![a-z])(?! (?:from|elsewhere|at|of|in hand|i))"
    # The no in a recruiter's words, told as done: "called me today to say they're moving
    # forward with other candidates" (not "if we move forward with other candidates").
    # (Not "went": "Last year they went with another candidate for this role"; nor "they're
    # going ahead with other candidates' interviews".)
    r"|(?<![a-z])(?:they're|they are|theyre|they've|they have|they had|they'd|(?<!to )decided to"
    r"|are going)(?: decided to)? (?:moving|move|going|gone|proceeding|proceed|go)"
    r"(?: forward| ahead)? with (?:other|another|a different) (?:candidates?|applicants?|person)"
    r"(?![a-z'])"
    # ("she called me this morning, day 2, with an OFFER": commas, with her as the caller)
    r"|(?<![a-z])(?:she|he|they|hr) (?:called|rang|phoned|e-?mailed|texted)(?: (?:me|us))?"
    r"(?:,? [a-z0-9/.()]+){0,4}, with (?:an?|the|their) (?:[a-z0-9-]+ )?offer(?![a-z])"
    r"(?! (?:from|elsewhere|at|of|in hand|i|to))"
    # ("we've decided to extend an offer to another candidate"; "They gave the role to an
    # internal candidate")
    r"|(?<![a-z])(?:decided to|have|we've|they've|had|(?<!year )(?<!ago )(?:they|she|he|hr))"
    r" (?:extend|extended|make|made|offer|offered|gave|given|give)"
    r" (?:an offer|the (?:role|position|job|post)) to (?:another|a different|an(?:other)? internal)"
    r" (?:candidate|applicant|person)(?![a-z])"
    # An invitation to the next round, quoted as it came: 'Then this morning: "We are pleased
    # to invite you to the second interview on 14 January"' (not what a letter says will
    # come: "an email saying we are pleased to invite you ...").
    # (Not an example of what will come: 'the email will say: "We are pleased ..."'.)
    r"|(?:(?<=^)|(?<=\n)|(?<=morning: )|(?<=today: )|(?<=yesterday: )|(?<=afternoon: ))\"?"
    r"(?:we are|we're|we would|we'd|i am|i'm) (?:pleased"
    r"|happy|delighted|glad|like) to invite you (?:back )?(?:for|to) (?:a |the |your )?"
    r"(?:second|2nd|third|3rd|final|next) (?:interview|round|stage)(?![a-z])"
    # The call itself, told as come: "June 13 (Fri) got the call, JO signing tomorrow!" (not
    # another employer's: "got the call from the other company").
    r"|(?:(?<=[.!?,;:)] )|(?<=^)|(?<=\n)|(?<=- ))(?:(?:yesterday|today|finally|just) )?(?:i )?"
    r"got the call(?![a-z])(?! (?:for|to|from|about|back))"
    # A list, told as done: "I was found suitable and placed on a merit list", "i'm on the
    # waitlist" (not "candidates are placed on a reserve list", what may come).
    r"|(?<![a-z])(?:(?:i was|i've been|i have been|i got)(?:(?: [a-z]+){1,2} and)?"
    r" (?:placed|put) on (?:a|the) "
    r"|(?:i'm|i am|im) on the )"
    r"(?:merit list|waitlist"
    r"|wait list|waiting list|reserve list|talent pool)(?![a-z])"
    # (Done, not "they release the results to the panel first".)
    r"|(?<![a-z])(?:did release|(?<!will )(?<!'ll )(?:have|had) released|they released)"
    r" (?:the )?results?(?![a-z])"
    r"|(?<![a-z])(?<!not )(?<!n't )(?<!never )(?:(?:i|we) )?got (?:a|the|their) (?:[a-z-]+ )?"
    r"rejection(?![a-z])"
    # ("first thing this morning I get a rejection email", "Got the regret mail on Friday")
    # (Not a habit: "every time I get a rejection email I feel sick".)
    r"|(?<![a-z])(?<!time )(?<!whenever )(?<!if )(?<!when )(?<!until )i get (?:a|the|their)"
    r" (?:[a-z-]+ )?rejection(?![a-z])"
    r"|(?<![a-z])(?<!not )(?<!n't )(?<!never )(?:got|received) (?:a|the|their|my) regrets?"
    r" (?:mail|e-?mail|letter|message|call)(?![a-z])"
    # ("they sent regret email on 28th"; not "they will send a regret email")
    # (Not a question, nor to others: "Did they sent regret email to others already?")
    r"|(?<![a-z])(?<!did )(?<!do )(?<!if )(?:they|she|he|hr) sent (?:me )?(?:a |the |their )?"
    r"(?:regrets?|rejection) (?:mail|e-?mail|letter|message)(?![a-z])(?! to (?!me))"
    # ("Well the regret email came yesterday evening"; not "if the regret email comes")
    r"|(?<![a-z])(?:the|a|their|my) (?:regrets?|rejection) (?:mail|e-?mail|letter|message)"
    r" (?:came|arrived|landed)(?![a-z])"
    # ("EDIT: heard back thursday, moving to the final round!!"; not "My friend heard back")
    r"|(?:(?:^|[.!?:] |\n)|(?<![a-z])i )heard back(?: [a-z0-9]+){0,2},? (?:i'm |im |i am )?"
    r"(?:moving|progressing|advancing|going) (?:on |forward )?to the (?:next|final|second|2nd"
    r"|third|3rd) (?:round|stage|interview)"
    # ("Just heard: passed the 2nd interview!", "She called - I made it through the interview!")
    r"|(?<![a-z])(?:just heard|(?:she|he|they|hr) (?:called|rang|emailed)) ?[:-] ?(?:i )?"
    r"(?:passed|made it through|got through|cleared) (?:the |my )?(?:[a-z0-9]+ )?(?:interview"
    r"|round|stage)(?![a-z])"
    # ("they actually mailed on time - not selected"; not another's "got called: not selected")
    r"|(?<![a-z])(?:they|she|he|hr) (?:actually )?(?:mailed|emailed|called|rang|replied)"
    r"(?: on time| back)? ?[-:] ?(?:not selected|unsuccessful|rejected)(?= ?[,.!;]| ?$)"
    # ("She called me herself yesterday arvo: verbal offer, paperwork to follow")
    r"|(?<![a-z])(?<!i )(?:called|rang|phoned)(?: [a-z]+){0,4}[:,-] (?:a |an )?(?:verbal|written"
    r"|conditional|formal) offer(?![a-z])(?! (?:is|will|may|might|could|would|likely|expected"
    r"|pending|to come|from))"
    # ("she said she'd call me Saturday about moving to permanent and she actually DID")
    # ("... by Friday". They actually did!! Friday afternoon I got the mail")
    # (Not of emphasis: "she really did make me feel welcome".)
    r"|(?:(?<![a-z])and |(?:^|[.!?] ?|\n))(?:she|he|they|hr) (?:actually|really) did"
    r"(?= ?(?:[.!,;:)\n]|$))"
    # ("today morning only the mail came. SELECTED 🎉")
    r"|(?:^|[.!?] )selected ?(?:!|[^\x00-\x7f])"
    # ("... and I got the offer on Friday the 12th!!")
    r"|(?<![a-z])(?<!not )(?<!n't )(?<!never )i got the (?:job )?offer(?![a-z])(?! from)"
    # A yes to a round, told without "me" ("... June 5 - invited for final interview on June
    # 10", "I was invited to the second round") or in the present ("got the mail that they
    # invite me to final round"); not "will be invited", "those invited to the final round",
    # "my friend was invited".
    r"|(?:(?:^|[.!?;:\n-]) ?|(?<![a-z])(?:i was|i've been|i have been|i got|i'm|i am|just got)"
    r" )invited (?:back )?(?:for|to) (?:a |the |my )?(?:second|2nd|third|3rd|final|next)"
    r" (?:interview|round)"
    # ("She emailed Friday 8/30 - I'm through to the final round!!")
    # (This employer's, not "I'm through to the final round at Globex too".)
    r"|(?<![a-z])(?:i'm|i am|im|i was|i've been|i have been|i made it|i've made it|i got)"
    r" through to the (?:next|final|second|2nd|third|3rd|assessment|interview stage|panel"
    # ("they called today and I'm through to the demo lesson on March 4!")
    r"|demo|teaching|trial|practical|working interview|group interview|case study"
    r"|presentation)"
    r"(?![a-z])(?![^.!?\n]{0,40}(?<![a-z])(?:too|as well|also)(?![a-z]))"
    # ("Friday morning the HM called, I'm moving to the final round next Wednesday")
    r"|(?<![a-z])(?:i'm|i am|im) (?:moving|progressing|advancing|going) (?:on |forward )?to the"
    r" (?:next|final|second|2nd|third|3rd) (?:round|stage|interview)"
    # ("Got the call with an offer two days later")
    r"|(?<![a-z])(?:got|had|received) (?:a|the) (?:call|e-?mail|mail|letter|text) with (?:an?"
    r"|the) (?:[a-z]+ )?offer(?![a-z])(?! (?:from|elsewhere|at|of))"
    r"|(?<![a-z])(?:they|we) invite me (?:for|to) (?:a |the )?(?:second|2nd|third|3rd|final"
    r"|next) (?:interview|round)"
    # The writer left the process: "I withdrew on 20 May after accepting another offer", "I
    # emailed them that I am withdrawing my application" (not "should I withdraw?", "I withdrew
    # once before", "I withdrew from the Globex process").
    r"|(?<![a-z])i (?:withdrew|have withdrawn|'ve withdrawn|am withdrawing|'m withdrawing)"
    r"(?= ?[.,;!?)]| ?$| (?:(?:on|after|yesterday|today|last|this)(?![a-z])|my (?:application"
    # (Not another's: "I withdrew my application to Globex".)
    r"|candidacy)(?: (?:on|after|yesterday|today))?(?:[.,;!?]| (?!(?:to|from|at|with|for) ))"
    r"|from (?:the|this) (?:process|role"
    r"|position|recruitment)[.,;!? ]))"
    # ("said they'd let us know by 25 Jul - email came 24 Jul: unsuccessful")
    r"|(?<![a-z])(?:e-?mail|call|letter|mail|message|text) came(?: [a-z0-9]+){0,3} ?[:,-]"
    r" ?(?:unsuccessful|rejected|not selected|regret)"
    # A retelling's later news, told as the writer's own and as news (a second reviewer's
    # cases: not another's offer, a negation, a habit, a template or a past process): "Yesterday
    # I received the offer letter!", "Dana called - VERBAL OFFER 🎉", "Update 9/12: rejected by
    # email", "Got email Saturday: selected for the written test", "on Wednesday I accepted
    # another offer and emailed them to withdraw".
    r"|(?<![a-z])i (?:just |finally )?(?:received|got|saw) (?:the|my|their) offer letter"
    r"(?! (?:from|for|yet|last|in (?!my)))"
    r"|(?<![a-z])verbal offer ?(?:!|[^\x00-\x7f])"
    r"|[|:!-] ?rejected (?:by|via|over) (?:e-?mail|phone|text|letter|mail)(?![a-z])"
    r"|[:!-] ?selected for (?:the |a )?(?:written test|second|2nd|third|3rd|final|next"
    r"|assessment)(?![a-z])"
    r"|(?<![a-z])i (?:accepted|took) (?:another|a different|an?other) (?:offer|job|role|position)"
    r"(?=[^.!?\n]{0,40}withdr)"
    # ("then got an automated "unfortunately" email")
    r"|(?<![a-z])(?:got|received|had|came) (?:an?|the|their) (?:automated |generic |standard"
    r" |form )?[\"'\u201c]?unfortunately[\"'\u201d]? (?:e-?mail|mail|letter|message)(?![a-z])"
)
_OUTCOME_WITHIN = 160
# The writer left the process, told after the promise, however far on in a story: "So on
# Tuesday I emailed to withdraw my application" (done, in the past: not "should I withdraw?",
# "I might withdraw", "if I don't hear by Friday I'll withdraw").
_I_WITHDREW = compile_faster(
    r"(?:(?:(?<![a-z])i |(?:^|(?<=[.!?] )|(?<=\n))(?:today |yesterday |just )?)(?:emailed|e-mailed"
    r"|wrote|called|rang|messaged|phoned|texted)(?: (?:them|her|him|hr|the recruiter))?"
    r"(?: today| yesterday| this morning)? to withdraw (?:my (?:application|candidacy)"
    r"|from the (?:process|role))"
    # (A note's "emailed Mette today to withdraw from the process": a name, only with the
    # process itself, not "emailed Globex to withdraw my application"; and "emailed the head
    # yesterday to withdraw.", the clause ending there: someone of theirs, not "called Initech
    # to withdraw.", another employer.)
    r"|(?:(?<![a-z])i |(?:^|(?<=[.!?] )|(?<=\n))(?:today |yesterday |just )?)(?:emailed|e-mailed"
    r"|wrote|called|rang|messaged|phoned|texted) (?:[a-z]+(?: \([a-z]+\))?(?: today| yesterday"
    r"| this morning)? to withdraw from the process|(?:them|hr|the (?:head|recruiter|school"
    r"|agency|manager|hiring manager|headteacher|principal))(?: today| yesterday| this morning)?"
    r" to withdraw ?(?=[.!;]))"
    r"|(?<![a-z])i (?:withdrew|have withdrawn|'ve withdrawn) my (?:application|candidacy)"
    # ("i have accepted another position and wish to withdraw my application", "i've decided
    # to withdraw from the coo process")
    r"|(?<![a-z])(?:i|and|i've|i have) (?:wish|would like|have decided|'ve decided|decided) to"
    r" withdraw (?:my (?:application|candidacy)|from the (?:[a-z]+ ){0,2}(?:process|search))"
    r"|(?<![a-z])(?<!should )(?<!shall )(?<!could )(?<!would )(?<!can )(?<!do )(?<!to )i"
    r" (?:hereby )?withdraw my (?:application|candidacy)(?= ?[.!,])"
    # ("Pulled out of the process today.", "Withdrew my application today."; not "Pulled out
    # of the process last year, reapplied this year")
    r"|(?:(?<![a-z])i |(?:^|(?<=[.!?] )|(?<=\n)))(?:(?:pulled|have pulled|'ve pulled) out of the"
    r" (?:process|running|race)|withdrew (?:my application|my candidacy|from the process))"
    r"(?! (?:last|in 20|back|before|once|previously|a year|years))(?!\w))"
    # (Not another's: "I withdrew my application to Globex", "... at Globex", "(the Globex
    # one)"; nor a story of once: "I emailed to withdraw my application once and regretted it".)
    r"(?! (?:to|from|at|with|for|once|in) | ?\()"
)
_I_WITHDREW_REACH = 3_000
_TOLD_BEFORE_REACH = 300
_SELECTED_BEFORE = re.compile(
    # (The message's own opening, after a greeting: not a quoted template nor another
    # employer's "Got an email from Globex: 'Congratulations! You are selected.'")
    r"(?:^|\n|(?<![a-z])(?:hi|hello|dear|hey) [a-z.]+(?: [a-z]+)?[,!]? ?)[ \t]*"
    r"(?:congratulations!*,? (?:you are|you're|you have been|you've been) (?:selected|successful)"
    # ("Congratulations on being selected!", "We are pleased to inform you that you have been
    # selected.")
    r"|congratulations on being (?:selected|successful)|(?:we are|we're|i am|i'm) (?:pleased"
    r"|delighted|happy) to inform you that you (?:have been|are|were) (?:selected|successful))"
    r"(?![a-z])"
    # (Not a round passed: "selected for the next round. We will inform you of the final
    # decision by 29 January".)
    r"(?! (?:for|in) (?:the |our )?(?:next |first |1st |second |2nd |third |3rd |final |last "
    r"|following |technical |[a-z]+ )?(?:round|stage|interview|step|test|phase))"
)
# A post's later line that is the same story's news: "EDIT: heard back thursday ...",
# "Update 2: rejected".
# ("My note, 12 June: she called this afternoon -- I got the offer!": the writer's dated note)
_AN_EDIT_LINE = re.compile(
    r"[ \t*>]*(?:(?:edit|update|upd|eta)[ \t]*\d*[ \t]*[:-]|my note,? [^:\n]{0,14}\d[^:\n]{0,10}:"
    # ("edit (13 august): ...", "--- my update, 20 december: ...")
    r"|-*[ \t]*(?:my |an? )?(?:edit|update)(?:[ \t]*\([^)\n]{1,24}\)|,[^:\n]{1,24})[ \t]*:"
    # ("(thursday) update: nvm they called back already", "me, today: they called. i got it.")
    r"|\([^)\n]{1,24}\)[ \t]*(?:edit|update)[ \t]*:|me,? (?:today|yesterday|now)[ \t]*:)",
    re.IGNORECASE,
)
# An update said inside a line: "fingers crossed (thursday) update: nvm they called back".
_AN_UPDATE_BEFORE = re.compile(r"(?<![a-z])(?:update|edit)[ \t]*:[^.!?\n]{0,50}$")
_AN_UPDATES_REACH = 900
# "they said", "she'd told me", "HR had promised": a telling of theirs, by pronoun.
_BY_THEM = r"(?<![a-z])(?:they|she|he|hr)"
_TOLD = r"(?:said|told (?:me|us)|promised|mentioned)(?![a-z])"
_THEY_HAD_SAID = re.compile(rf"{_BY_THEM}(?: had|'d)? {_TOLD}")
# ... and in the writer's own words, after the promise or before it: "She rang!!", "got the
# job", "the result is already out", "the post is frozen".
_OUTCOME_SAID = compile_faster(
    # ("This morning (7th) she already called me!!")
    # ("and she emailed this afternoon!! moving me to the final round")
    r"(?<![a-z])(?:(?:they|she|he) (?:already |finally |just )?(?:called|rang|phoned|emailed"
    r"|e-mailed|texted|messaged)(?: me)?(?: back)?(?: (?:this (?:morning|afternoon|evening)"
    # ("and in fact they called me yesterday afternoon!")
    r"|today|tonight|yesterday(?: (?:morning|afternoon|evening))?))?"
    # ("Thursday evening they called, cleared the client round!": the call and its yes)
    r"(?:!|,? (?:and )?(?:i )?(?:cleared|passed) (?:the |my )?(?:[a-z0-9]+ )?(?:round|interview"
    r"|stage) ?!)"
    # ("she emailed: moving me to the final round"; a hope, "if they're moving me ...", is
    # `_UNLESS_HOPED`'s)
    r"|(?:moving|moved|invited|inviting|advancing"
    r"|advanced|progressing|progressed) me (?:on |forward )?to the (?:final|next|2nd|3rd|last)"
    r" (?:round|stage|interview)"
    r"|(?<!whoever )(?<!who )got the (?:[a-z]+ )?(?:job|role|position|post)"
    # ("the portal status changed to "Not selected for further rounds"", "Got a call yesterday:
    # position was filled internally")
    r"|(?:status|portal) (?:changed|updated|moved|went) to [\"']?(?:not selected|unsuccessful"
    r"|rejected|declined|not progressing|offer)"
    # (Not a fear or a question: "Worried the position was filled internally?")
    r"|(?:(?<=^)|(?<=[.!?:] )|(?<=\n)|(?<=the )(?<!worried the )(?<!if the )(?<!maybe the ))"
    r"(?:post|position|role|job|vacancy) (?:was|has been|got) filled internally"
    r"(?![^.!?\n]{0,40}\?)"
    # ("They want me for the technical panel, booked for Monday": the next round, a yes)
    r"|(?<!if )(?<!hope )(?:they|she|he|hr) (?:want|wants) me (?:for|back for|to do) (?:the |a"
    r" |an )?(?:[a-z]+ ){0,2}(?:panel|round|interview|stage|onsite|assessment)(?![a-z])"
    # ("received the call today, i got the offer!", "nvm they called back already, its a
    # yes!!!"; not "if i got the offer")
    r"|(?<!if )(?<!when )(?<!once )i got (?:the|an) offer(?= ?[!.]| today| yesterday)"
    r"|(?:it'?s|it is|it was) a yes!"
    # ("sorry hun we filled it w someone from the holiday crew", "they called. i got it.")
    r"|(?<!if )(?<!once )(?<!when )(?:we|they) filled (?:it|the (?:role|position|job|spot))"
    r"(?= w(?:ith)? | ?[.!,])"
    r"|they called\.? i got (?:it|the job)(?= ?[.!])"
    # ("the position has been given to an internal candidate")
    r"|the (?:post|position|role|job|vacancy) (?:has been|was|went) (?:given|offered|filled)?"
    r" ?to (?:an? )?(?:internal|other|another|different) (?:candidate|applicant|person)"
    r"(?! who (?:declined|turned|said no|refused|withdrew|pulled out))"
    r"|job offer(?= na|!)|got (?:a|the) job offer"
    r"|the results? (?:is|are|was|were) (?:already )?out|it came (?:today|yesterday|in)"
    # ("Unfortunately a no.", "they'd promoted internally")
    r"|(?:unfortunately|sadly),? (?:a|it'?s a|it was a) no"
    # A review's end of the story: "It has been a month. No call no mail. So I think not
    # selected." (Not "never heard back": a broken promise keeps its date.)
    # (Not the writer's question: "Should i assume rejected or wait??")
    r"|(?:so )?(?<!should )(?<!shall )(?<!do )(?<!can )(?<!before )(?<!until )(?<!when )i"
    r" (?:think|guess|assume) (?:i'm |i am "
    r"|i was |i wasn't )?(?:not selected"
    r"|rejected|not successful|unsuccessful)"
    r"|(?:they'd|they had|they've|they have) (?:promoted|hired|appointed) (?:internally|someone)"
    # (The post, not "our Leeds vacancy is on hold": another's, which the hold rule weighs.)
    r"|(?:they're|they are|we're|we are) [\"']?pausing the (?:role|position|search|hiring|post)"
    rf"|{_HIRING_STOPPED}"
    # ("the new owners have asked us to put all recruitment on hold")
    r"|(?:put|placed) (?:all |the )?recruitment(?: [a-z]+){0,4} on hold"
    # ("the whole position got cancelled in the reorg"; "Position was cancelled due to budget")
    r"|(?:the |(?<=[.!?] )|(?<=\n)|(?<=^))(?:whole |entire )?(?:post|position|role|job|vacancy"
    r"|req|requisition|posting|opening|headcount) (?:is|was|has been|got)"
    # ("the position has been re-advertised due to internal restructuring")
    r" [\"']?(?:frozen|filled|cancelled|canceled|withdrawn|paused|put on hold|closed"
    r"|re-?advertised(?! (?:the |last |before|previously)))(?![^.!?\n]{0,40}\?)"
    r"|(?:we've|we have|they've|they have) filled"
    # The form letter's no, named by its opening word: "Yesterday I received the famous
    # 'infelizmente' email", "got the dreaded 'unfortunately' email"; and a terse answer:
    # "Finally they answered this morning, before the 10 days: negative."
    r"|(?:(?<=^)|(?<=[.!?] )|(?<=\n)|(?<=: ))(?:(?:yesterday|today|this morning|finally|just|and)"
    r" )?(?:i )?(?:got|received|had) (?:the|an?) (?:famous |dreaded |usual |classic |standard )?"
    r"[\"']?"
    r"(?:unfortunately|infelizmente|lamentablemente|malheureusement|leider|we regret|regret)"
    r"[\"']? (?:e-?mail|mail|letter|message)"
    r"|answered(?: [a-z0-9,]+){0,8}: negative(?= ?[.!,;]| ?$)"
    # ("all open requisitions are suspended until further notice"; "the position is on hold
    # indefinitely")
    r"|(?:(?:all |our |their )?(?:open )?(?:requisitions|reqs|vacancies|positions|roles)"
    r" (?:are|were|have been)|(?<=the )(?<!worried the )(?:post|position|role|job|vacancy|req"
    r"|requisition) (?:is|was|has been|is now)) (?:all )?(?:suspended|frozen|paused|on hold)"
    r"(?![a-z])"
    r"(?! (?:for|at|in) (?:other|another|some)| elsewhere)(?![^.!?\n]{0,60}\?)"
    # A post's update, the news alone: "UPDATE: unsuccessful", "Edit: offer!"
    r"|(?:(?<=update: )|(?<=update - )|(?<=edit: ))(?:unsuccessful|not successful|not selected"
    r"|rejected|no offer|offer|hired|selected|got the job|didn'?t get it)(?= ?[.!,;]| ?$)"
    # The role put on hold, told as done: "They've put the role on hold." (not "they might put
    # the role on hold")
    r"|(?<!might )(?<!may )(?<!could )(?<!would )(?<!will )(?<!if )(?:they|we|the client|hr"
    r"|the company)(?:'ve| have| had)? (?:put|placed) (?:the|this|my|that|our) (?:role|position"
    r"|job|post|vacancy|req|requisition|hiring|search|process) on hold"
    r"(?![^.!?\n]{0,60}(?:\?|reopen|re-open|resum|back on|unfroze))"
    # A no, told as come: "Update: got rejected this morning", "Received a rejection yesterday",
    # "Found out today I didn't get it" (not "if I get rejected", "got rejected for the other
    # role", "a rejection from Meta").
    r"|(?:(?<=^)|(?<=[.!?] )|(?<=\n)|(?<=: )|(?<=- ))(?:(?:yesterday|today|this morning|and|so)"
    r" )?(?:i )?(?:got|was|have been|'ve been|i've been) (?:rejected|turned down)"
    r"(?:,? (?:today|yesterday|this (?:morning|afternoon|evening)|by (?:e-?mail|phone)))?"
    r"(?= ?[.!,;]| ?$)"
    r"|(?:(?<=^)|(?<=[.!?] )|(?<=\n)|(?<=: )|(?<=- ))(?:(?:yesterday|today|this morning|and|so)"
    r" )?(?:i )?(?:got|received|had) (?:a|the|my) rejection(?: (?:e-?mail|call|letter|text"
    r"|message))?(?: (?:today|yesterday|this (?:morning|afternoon|evening)))?(?= ?[.!,;]| ?$)"
    r"|(?:found out|heard|learned|learnt|was told)(?: (?:today|yesterday|this morning))?"
    r"(?: that)? i (?:didn't|did not|didnt) get (?:it|the job|the role|the position|the offer)"
    r"(?= ?[.!,;]| ?$)"
    # News told as the sentence's own, at its start and to its end: "Yesterday they rejected
    # me.", "They turned me down today!", "We have cancelled the process." (Not "I don't think
    # they rejected me", "Last year they rejected me", "they rejected me for the senior role",
    # "Meta - they rejected me;", "cancelled the hiring freeze", "stopped the process for two
    # weeks".)
    r"|(?:(?<=^)|(?<=[.!?] )|(?<=\n)|(?<=update: )|(?<=update - )|(?<=edit: )"
    r"|(?<=yesterday: )|(?<=today: )|(?<=called me: )|(?<=called: )|(?<=emailed me: ))"
    r"(?:(?:today|yesterday|this morning|and|so) )?"
    r"(?:they|she|he|hr)(?: have|'ve)? (?:rejected me|turned me down)(?: (?:today|yesterday"
    r"|this (?:morning|afternoon|evening)|(?:by|via|over) (?:e-?mail|phone)))?(?= ?[.!]| ?$)"
    r"|(?:(?<=^)|(?<=[.!?] )|(?<=\n)|(?<=wrote that )|(?<=said that )|(?<=told me that )"
    r"|(?<=emailed that ))(?:we|they)(?: have|'ve)? (?:cancell?ed|called off|stopped) the"
    r" (?:process|recruitment(?: process)?|search|hiring(?: process)?)"
    r"(?= ?[.,;!]| ?$| for (?:this|my|the) (?:role|position|post|job))"
    # ("the recruiter phoned: the role's been cancelled because of a restructure"; not "HR
    # denied that the role's been cancelled", "I don't think the role's been filled")
    r"|(?<=[:-] )the (?:post|position|role|job|vacancy|req|opening)(?:'s| has) been (?:frozen"
    r"|filled|cancell?ed|withdrawn|paused|put on hold|closed)"
    # ("on 9/24 the recruiter called to say they'd frozen the req company-wide")
    # (Not "they have not frozen the role", "never cancelled the req".)
    r"|(?<!not )(?<!never )(?<!n't )(?:froze|frozen|cancelled|canceled|pulled) the (?:req"
    r"|requisition|role|position|post"
    r"|vacancy|opening|headcount))(?![a-z])"
)
# ... and a no, only before a promise reported as said ("Not successful this time :( They'd
# said we'd hear by the 31st and it came today"): after one it is a form letter's
# "unsuccessful candidates will be told".
_NOT_CHOSEN = re.compile(
    r"(?<![a-z])(?:(?:not|wasn't|was not|weren't) (?:selected|successful|shortlisted)"
    r"|unsuccessful)(?![a-z])"
)
_OUTCOME_BEFORE_WITHIN = 250
# ... and the promise told as kept, after its date: "... by Friday and she called about an hour
# ago", "by the 31st and it came today", "by end of Feb and it's only the 12th so at least".
_KEPT_MARK = re.compile(
    r"(?<![a-z])(?:(?:and|but) (?:she|he|they|it|hr) (?:called|rang|phoned|did|came|emailed"
    r"|texted)|it came|came (?:today|in|early|through)|so at least|right on time|which is today"
    r"|on the dot|bang on time"
    r"|literally (?:today|friday|monday|tuesday|wednesday|thursday))(?![a-z])"
)
_REPORTED = re.compile(r"(?<![a-z])(?:said|told|promised|mentioned|had said|'d said)(?![a-z])")
# The promise told as said before, beside the no that keeps it: "we went with someone with more
# barista experience. I told you I'd let you know by Saturday".
_SAID_BEFORE_NOW = re.compile(
    r"(?<![a-z])(?:i|we) (?:told you|said|promised)(?: (?:that|you))? (?:i'd|we'd|i would"
    # ("I know I said you'd hear by the end of the week")
    r"|we would|you'd|you would)(?![a-z])"
)
# (Not "if they offered me the job", "hoping it's a yes".)
_UNLESS_HOPED = re.compile(
    r"(?<![a-z])(?:if|hope|hoping|hopefully|when|once|until|unless|whether|maybe|fingers crossed)"
    r"(?![a-z])[^.;!?\n]{0,30}$"
)
# "Following up as promised by the 15th": the promise kept now, not "I'll send it as promised by
# Friday" (the will before it: still to keep).
# ("As promised I'm back to you by Wednesday!": a few words between.)
_AS_PROMISED = re.compile(
    r"(?<![a-z])as (?:promised|agreed|committed)(?:,? (?:i'm|i am|we're|we are|here's|here is"
    r"|i'm getting"
    # (The window ends three characters into the date's phrase: "by ", "on " or "bef[ore]".)
    r"|i am getting) back to you)?(?: by| on| before)? (?:by |on |bef)?$"
)
_STILL_TO_KEEP = re.compile(r"(?:(?<![a-z])(?:will|shall|going to|gonna)|'ll)(?![a-z])")
# The writer, after a date, says nobody gave one: the date was a guess ("they'll probably call
# you by friday" / "idk they didn't say anything about when").
_NOBODY_SAID_WHEN = prefilter.Gated(
    re.compile(
        r"(?:(?<![a-z])(?:(?:nobody|no one|no-one)(?: actually| ever)? (?:told|said|gave|mentioned)"
        r"|(?:they|she|he|hr|the recruiter|the company|the client)(?: actually)? (?:didn't|didnt"
        r"|did not|never|haven't|havent|have not|hasn't|hasnt|has not) (?:say|said|tell|told"
        r"|give|gave|given|mention|mentioned))(?: me| us)? (?:anything about|about|a|any)?"
        r" ?(?:new |firm |specific |exact |revised )?(?:when|date|timeline|time ?frame"
        r"|timescale|anything)"
        # "Said feedback was positive but didn't give a date", "This one didn't give any date",
        # "No exact date. Hmm."
        r"|(?<![a-z])(?:but|and|this one|that one|the company|the employer)(?: actually)?"
        r" (?:didn't|didnt|did not|never) (?:give|gave|say|said|mention|mentioned)(?: me| us)?"
        r" (?:a |any |an exact |a specific |a firm )?(?:date|timeline|time ?frame|when)"
        r"|(?<![a-z])no (?:exact|specific|firm|fixed|set) (?:date|timeline))"
        # ... of the answer, not of something else: "they didn't say when the second round
        # would be", "anything about salary", "a date for the start", "no date yet on the start".
        r"(?![a-z])(?! (?:yet |though |either )?(?:for|on|about|of) (?!(?:the |a |our |my )?"
        r"(?:decision|outcome|result|answer|offer|feedback))| (?:the|a|my|our|his|her|their)"
        r" (?!decision|outcome|result|answer|offer|feedback)| [a-z]+ (?:would|will|is|was|are)"
        r" (?!decided|made|ready))"
    )
)
_LATER_BELOW = re.compile(
    r"^[ \t]*\[[^\]\n]{0,30}\d{1,2}[:.]\d\d[^\]\n]{0,12}\]|(?:^[ \t]*|[.!?] )(?:update|edit|later)"
    r" ?:|scratch that"
    # The same message taking its promise back: "Before Christmas I said we'd have a decision
    # by the 8th. Unfortunately ... no date I'm afraid."
    r"|(?:^[ \t]*|[.!?] )(?:unfortunately|sadly|however)(?![a-z])",
    re.IGNORECASE | re.MULTILINE,
)
# A story's later day: "Yesterday I finally get an email: ...", "On the 8th the recruiter
# called: ...".
_A_LATER_DAY_IN_A_STORY = re.compile(
    r"(?:^[ \t]*|[.!?] )(?:yesterday|today|this (?:morning|afternoon)|then|finally|later"
    r"|(?:a|one|two|three|a few) (?:days?|weeks?) later|on the \d{1,2}(?:st|nd|rd|th)?"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?\n]{0,40}?\b(?:got|get|gets|received"
    r"|receive|heard|emailed|called|rang|phoned|texted|wrote|messaged)\b",
    re.IGNORECASE | re.MULTILINE,
)
_THE_ROLE_HELD = re.compile(
    r"(?<![a-z])(?:role|position|job|vacancy|opening|hiring|search|process|req|requisition"
    r"|recruitment|post|hire)(?![a-z])[^.!?\n]{0,25}$"
)


# A later "no date yet" or "on hold" about something else: "no date yet for that" (the start
# date asked about), "on hold for the other team", "on hold with their switchboard".
_ABOUT_SOMETHING_ELSE = re.compile(
    r"[^.;!?\n]{0,12}?(?:for|with|on|about) (?!(?:you|u|your (?:role|application|position)"
    r"|the (?:role|position|job|decision)|this (?:role|position|job)))"
)
# ... or said of another process before it: "Your other process with the charity is still
# waiting on their trustees; no date yet."
_ANOTHER_PROCESS_BEFORE = re.compile(
    r"(?<![a-z])(?:other|another|second|different) (?:process|role|application|company|client"
    r"|employer|interview|job|position)(?![a-z])[^.!?\n]{0,80}$"
)


def _said_later_below(text: str, norm: Normalised, above: int, later: re.Match[str]) -> bool:
    """Whether `later` (a "no date yet", an "on hold" about this role) was said in a newer chat
    message or note update below the place `above` of the normalised text."""
    start, end = norm.start_of(above), norm.start_of(later.start())
    said_later = _LATER_BELOW.search(text, start, end) is not None or (
        _A_LATER_DAY_IN_A_STORY.search(text, start, end) is not None
        # (A story goes on to other things: "the start date is on hold", "my visa appointment
        # is on hold". What it holds must be the role.)
        and (
            "on hold" not in later.group()
            or _THE_ROLE_HELD.search(norm.text, max(0, later.start() - 40), later.start())
            is not None
        )
    )
    return (
        said_later
        and not _ABOUT_SOMETHING_ELSE.match(norm.text, later.end())
        # ("However the Bristol req is on hold, so only London": another's.)
        and not _SOMETHING_ELSE_HELD.search(
            norm.text, max(0, later.start() - 40), min(len(norm.text), later.end() + 30)
        )
    )


_VAGUE_TIME = re.compile(r"(?<![a-z])(?:soon|shortly|in due course|asap|at some point)(?![a-z])")
# A day someone else usually does something: "they usually call on monday" (not "usually by
# Friday": a deadline, however hedged; nor "we generally get back to people on Friday").
_A_HABITS_DAY = re.compile(
    r"(?<![a-z])(?:they|she|he|hr|it|companies|recruiters|employers) (?:usually|always"
    r"|normally|typically|generally|tend to)"
    r"(?: (?!by |before |until |till |will |would |[a-z]+'(?:ll|d) )[a-z']+){1,4}"
    rf" (?:on )?{WEEKDAY}$"
)
# A weekday's date told as a fact of the calendar, another clause after it: "but friday's the
# 4th and half the building is off" (not "Monday is the 14th, we'll call you then").
_A_CLAUSE_GOES_ON = r"(?= and | but |,? so )"
_ITS_DATE_TOLD = re.compile(
    rf"(?:'s| is) the \d{{1,2}}(?:st|nd|rd|th)?(?![0-9a-z/.:]){_A_CLAUSE_GOES_ON}"
)
_A_WEEKDAY_IS = re.compile(rf"(?<![a-z]){WEEKDAY}(?:'s| is) $")
_THE_CLAUSE_GOES_ON = re.compile(_A_CLAUSE_GOES_ON)
_IF_IT_REOPENS = re.compile(
    r"(?<![a-z])(?:if|when|once|should) (?:it|the (?:role|position|search|req|vacancy|post))"
    r" (?:reopens|re-opens|is reopened|opens (?:up )?again)[^.!?\n]{0,30}$"
)
# The writer's own ask of them: "I would be grateful for a decision by this Friday, as ...".
_THE_CANDIDATES_ASK = re.compile(
    r"(?<![a-z])(?:i would be grateful|i'd be grateful|i would appreciate|i'd appreciate|could i"
    r" (?:have|get)|can i (?:have|get)|i need)(?: it)? (?:for |if i could (?:have|get) )?(?:a |an"
    r" |your )?(?:final )?(?:decision|answer|response|reply|update)[^.!?\n]{0,20}$"
)
# (Each alternative of the ask holds one of these: a long list of dates has none.)
_THE_CANDIDATES_ASK_WORDS = ("grateful", "appreciate", "could i", "can i", "i need")
_A_START_AFTER = re.compile(r" (?:start|start date|starting date|kick-?off)(?![a-z])")
# What would be usual ("normally they'd decide by ...", "we'd usually say ...").
_WOULD_NORMALLY = re.compile(
    r"(?<![a-z])(?:(?:normally|usually|typically|ordinarily)(?: (?:they|we|she|he|i|you))?"
    r"(?:'d| would)|(?:they|we|she|he|i|you)(?:'d| would) (?:normally|usually|typically"
    r"|ordinarily))(?![a-z])"
)
_ONE_OR_THE_OTHER = re.compile(r",? ?or ?(?:on |by )?")
_ALTERNATIVES_BETWEEN = re.compile(r",? ?(?:or|and|to|-|/|,|at the latest,? or)? ?(?:on |by )?")


def _just_before(
    found: list[Candidate], starts: list[int], candidate: Candidate
) -> Candidate | None:
    """The phrase found last before this one (found is in text order; `starts` are theirs)."""
    i = bisect_left(starts, candidate.start)
    return next((c for c in reversed(found[max(0, i - 4) : i]) if c.end <= candidate.start), None)


# A note's line that gives someone's words: "- Karla: 3 business days for the answer",
# "Sophie (HR): results after Easter", "HM: end of next wk".
_SPEAKER_LINE = re.compile(
    # "- HR Ms Dela Cruz:": a role, then a titled name.
    # (One class for the marks and spaces: "> - Karla:"; a run of them has one way to match.)
    r"[-*•>·\t ]*"
    # ... after a log line's day: "12/3 - Sam (agency): Crossroads will decide by the 18th".
    r"(?P<day>\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[ \t]+[-–][ \t]+)?"
    r"(?:(?i:hr|hm|recruiter|manager)[ \t]+(?=[A-Z][a-z]{0,3}\.?[ \t]))?"
    r"(?:(?:[A-Z][a-z]{0,3}\.?|Ma'am|Sir|Madam)[ \t]+)?"
    # Typed in lowercase, too: "karla: 3 business days for the answer", "sir mark: results
    # after holy week", "- hr ms dela cruz: ..." (two words only after a title: "quick heads-up:"
    # is no one).
    r"(?:[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?|(?:(?:hr|hm|recruiter|manager)[ \t]+)?(?:"
    r"(?:mr|mrs|ms|mx|miss|dr|sir|ma'am|madam|arch|engr|atty|prof)\.?[ \t]+[a-z][\w'-]+"
    r"(?:[ \t]+[a-z][\w'-]+)?|[a-z][\w'-]+)|(?i:hr|hm|rh|recruiter|hiring manager|manager|boss"
    r"|principal|panel|chef|director))[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:"
)


_ANSWER_WORD = re.compile(r"(?<![a-z])(?:results?|answers?|decisions?|feedback|outcome)(?![a-z])")
_NOT_A_SPEAKER = frozenset(
    "debrief notes note subject re fw fwd date when where from to cc sent interview next todo"
    " comp pay salary package logistics role position location update status summary"
    " reminder fyi ps nb btw edit also important attention heads-up".split()
)


def _noted_promise(text: str, norm: Normalised, chosen: Candidate, with_cue: bool) -> bool:
    """What someone said, noted on its own line, with a word of the answer ("3 business days
    for the answer") or a deadline's lead ("by the 14th"); not a bare day ("Noor: ... he flies
    out Saturday") or a bare span ("Panel: 3 rounds over 2 weeks")."""
    deadline = chosen.lead in _DEADLINE_LEADS
    if not (deadline or chosen.kind in _SHAPED_KINDS):
        return False
    if not (with_cue or deadline or _ANSWER_WORD.search(norm.text, chosen.start, chosen.end)):
        return False
    return _said_by_someone_in_a_note(text, norm.start_of(chosen.start))


def _said_by_someone_in_a_note(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    # ... or in a tracker's cell: "Northgate Council<TAB>...<TAB>Tom: decision by Fri 14th".
    cell = max(text.rfind("\t", line_start, position), text.rfind("|", line_start, position))
    quoted = text.rfind(',"', line_start, position)
    line_start = max(line_start, cell + 1, quoted + 2 if quoted >= 0 else 0)
    m = _SPEAKER_LINE.match(text, line_start)
    if m is None or m.end() > position:
        return False
    # (After a log line's day: "12/3 - Interview:" is a heading, as "Interview:" is.)
    who = m.end("day") if m["day"] else line_start
    speaker = text[who : m.end()].strip(" \t-*•>·:").split("(")[0].strip().lower()
    return speaker not in _NOT_A_SPEAKER


# The benchmark's --rules-only: the rules alone, without the models' veto and ranking.
rules_only = False

# "Friday's Waitangi Day", "Friday 12th June is Democracy Day": that day is a holiday.
_NAMED_DAY_AFTER = re.compile(
    r"(?:'s|,? is|,? will be|,? being)(?: a| an)? (?P<name>(?:[a-z']+ ){0,3}(?:day|eve))(?![a-z])"
)


# ... or before it: "they want to decide before the long weekend, Heritage Day is Friday the
# 24th" names the day off, and the promise is the weekend's phrase.
_NAMED_DAY_BEFORE = re.compile(
    r"(?<![a-z])(?P<name>(?:[a-z']+ ){0,3}(?:day|eve))(?:,? is| falls on|,? being)(?: on)?"
    r"(?: the)? $"
)


def _a_named_holiday_after(text: str, candidate: Candidate, ctx: Context) -> bool:
    m = _NAMED_DAY_AFTER.match(text, candidate.end)
    if m is None:
        before = _NAMED_DAY_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
        if before is None or not _a_day_off(candidate.day, ctx):
            return False
        m = before
    return holiday_by_name(m["name"], ctx.country, ctx.today) is not None


# "delayed due to year end closing": the books' year end, not a promise.
_NOT_A_DEADLINE_AFTER = re.compile(
    r" (?:closing|close|audit|reporting|books|accounts|freeze|rush|crunch|budget)(?![a-z])"
    # "we'd be looking at a mid-April start at the earliest": when the job would begin.
    r"| start(?: date)?(?![a-z])(?! (?:of|to|on|with|the|my|your|our|their)\b)"
)
_PERIOD_KINDS = frozenset({"year", "quarter", "month_part"})
# How long something lasts, not when: "met Kim and Jon, ~1hr", "a merit pool used for up to 18
# months" (but "in about an hour" and "within 18 months" are durations from now).
_A_LENGTH = re.compile(
    r"(?:about|around|approx(?:imately)?|roughly) ?(?:\d+(?:\.\d+)?|an?) ?(?:hours?|hrs?|h"
    r"|mins?|minutes?)|for up to .+"
)

# A wait that is over: "the whole process took about three weeks" (not "takes 7-10 days").
_HOW_LONG_IT_TOOK = prefilter.Windowed(
    r"(?<![a-z])(?:took|lasted|had taken|has taken|it's been|it has been"
    # ... told as heard: "Heard back after 5 weeks" (not "if you haven't heard back within").
    r"|(?<!have )(?<!'ve )(?<!n't )(?<!not )(?<!never )(?<!you )(?<!you'll )heard back)"
    r"(?: (?:me|us|them|him|her|about|around|roughly|nearly|almost|over|just|only|a bit over"
    r"|like))* $"
)

# "Veterans Day (11/11) is a county holiday", "june 12 is holiday po": a day off, not a promise.
_A_DAY_OFF_AFTER = re.compile(
    # "Monday 16 we are closed for Revolution Day"
    r",? (?:we are|we're|we will be|we'll be|the office is|the office will be|offices are|our"
    r" office is|our offices are|everyone is|we're all|we are all) (?:closed|shut|off|out)(?![a-z])"
    # ... but not "by Thurs, we're all off Friday": the day off is the one named after it.
    r"(?! (?:on |from |for )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d"
    rf"|tomorrow|next|this|{MONTH}))|"
    r"\)?,? (?:is|are|will be|being|was)(?: also)?(?: an?)?(?: (?:public|national|federal|"
    r"county|state|bank|company|office|regional|special|non-working|religious))* (?:holiday|"
    r"holidays|day off|non-working day)(?![a-z])"
)
# A date named as a long weekend's: "Because of the 25 April bridge, we will ...".
_A_BRIDGE_AFTER = re.compile(r" (?:bridge|long weekend|holiday weekend)(?![a-z])")
# A day named as a holiday's: "Given the long weekend of 25 April, we will give you feedback by
# Thursday", "considerato il ponte del 25 aprile".
_A_DAY_OFF_BEFORE = re.compile(
    r"(?<![a-z])(?<!after the )(?<!before the )(?<!until the )(?:long weekend|bridge|ponte"
    r"|puente|bank holiday|public holiday|holiday) (?:of|on|del|de) (?:the )?$"
)

_COUNTED_FROM_AN_EVENT = frozenset({"duration", "business_days", "day", "week"})
_FROM_AN_UNDATED_EVENT = re.compile(
    r" ?(?:of|after|from|upon|following) (?:receiving|receipt of|getting|hearing from|the receipt"
    # "within 2 working days after BGV clearance": a check with no date.
    r"|(?:the |your )?(?:[a-z]+ ){0,2}(?:clearance|verification|approval|sign-?off|"
    r"check|checks|screening)"
    # "an update two weeks after references come back"
    r"|(?:the |your |all )?(?:references?|referees?)(?: (?:come|comes|are|have|has|get)"
    r" (?:back|in|received|been received))?(?![a-z])"
    # "the visa process normally takes 2 to 3 weeks after the offer is signed": a step after a
    # yes, from a day nobody knows yet.
    r"|(?:the |your |an )?offer (?:letter )?(?:is |has been |was )?(?:signed|accepted|made"
    r"|issued)|you (?:accept|sign|join)\w*"
    # "within 4 weeks of the closing date", the date not given (given, the event's rule has
    # counted from it already).
    r"|(?:the |our )?closing date(?![^.(\n]{0,60}\()"
    # "within one week of the final panel interview, which is yet to be scheduled"
    r"|(?:the |your |a )?(?:[a-z]+ ){0,3}(?:interview|round|panel|meeting|assessment|visit)s?,?"
    r" (?:which|that) (?:is |are |has |have )?(?:yet to be|not yet been|still to be|not been"
    r"|not yet|still not) (?:scheduled|arranged|booked|confirmed|set|fixed|held))"
)


_DATED_HEADER = re.compile(
    # (And as mail programs set up in Spanish, French, German, Portuguese, Italian or Dutch
    # write them: "Fecha: vie, 14 nov 2025", "Le lun. 9 mars 2026 à 10:14, Lucie a écrit :".)
    r"[ \t>]*(?:(?:date|sent|fecha|enviad[oa]|gesendet|envoy[e\u00e9]|inviato|verzonden)[ \t]*:"
    r"(?P<date>.*)|(?:on|le|am|el|em|op|il) (?P<on>[^\n]{0,160}?(?:\n[^\n]{0,100}?)?)"
    r"(?:wrote|a [e\u00e9]crit|escribi[o\u00f3]|escreveu|ha scritto|schrieb|schreef))",
    re.IGNORECASE,
)
# Month names a header writes that are English words or names elsewhere ("9 mars 2026",
# "28. Mai 2025"): after a day number, a month.
_A_HEADERS_MONTH = re.compile(r"(?<=\d[ .])\s*(?:mars|mai)(?![a-z])", re.IGNORECASE)
# ... and the day's full stop before its month, as German writes it ("Am Mo., 2. Sept. 2024 um
# 09:12 Uhr schrieb ...", "Gesendet: Freitag, 27. November 2026").
_A_DAYS_FULL_STOP = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.\s+(?=[^\W\d_]{3})")
# A paste that opens with its own header lines, a "From:" among them: an e-mail copied whole,
# not notes headed "Date: Friday 20 November".
_OWN_HEADERS = re.compile(r"(?:[ \t]*[a-z]+[ \t]*:[^\n]{0,200}(?:\n|$)){1,10}", re.IGNORECASE)
_FROM_LINE = re.compile(r"^[ \t]*from[ \t]*:", re.IGNORECASE | re.MULTILINE)
_DATE_LINE = re.compile(r"^[ \t]*(?:date|sent)[ \t]*:.*", re.IGNORECASE | re.MULTILINE)
_STAMP_WITHIN = 400  # the top of a letter or a transcript
_STAMP_LINE = re.compile(
    # (A header line alone, as a letter pasted without its "From:" keeps it: "Sent: Friday, 1
    # May 2026 17:05", "Date: 26 May 2025", "Gesendet: Mittwoch, 28. Mai 2025 15:30".)
    r"^[ \t]*(?P<header>(?:dated|date|sent|gesendet|envoy[ée])[ \t]*:?[ \t]*)?"
    r"(?P<date>(?:(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|lundi|mardi|mercredi|jeudi|vendredi)[a-z]*\.?,?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|\.)?[ \t]+[a-zä]{3,9}\.?,?[ \t]+20\d\d|[a-z]{3,9}\.?[ \t]+\d{1,2}"
    r"(?:st|nd|rd|th)?,?[ \t]+20\d\d"
    # ("2025/09/12 17:45" atop a Japanese firm's mail)
    r"|20\d\d/\d{1,2}/\d{1,2}))(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*[ap]m)?)?"
    # ("Date: Wed, 24 Sep 2025 18:22 WAT": its zone)
    r"(?:[ \t]+(?:[a-z]{2,5}|[+-]\d{4}|\(?(?:gmt|utc)[+-]?\d{0,2}(?::?\d\d)?\)?))?"
    r"(?:[ \t]*[·|-][^\n]{0,30})?[ \t]*$"
    # ... or closing the first line: "LinkedIn - Greg Palmer (Talent Partner) · Jul 2, 2024"
    r"|^[^\n·]{1,120}·[ \t]*(?P<after>[a-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+20\d\d|\d{1,2}[ \t]+"
    r"[a-z]{3,9}\.?[ \t]+20\d\d)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

_A_WEEKDAYS_SHORT_NAME = "(?:mon|tue|wed|thu|fri|sat|sun)"
_A_MONTHS_SHORT_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_A_STAMPS_WEEKDAY = rf"(?:{_A_WEEKDAYS_SHORT_NAME}[a-z]*\.?,?[ \t]+)?"  # "Sat ", "Thu, "
_A_DAY_AND_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_A_MONTHS_SHORT_NAME}[a-z]*\.?"  # "9 Nov"

# A pasted chat's line stamps: WhatsApp's "[28/03/2025, 16:42] Mrs Adebayo: ...", its Android
# export's "28/03/2025, 16:42 - Mrs Adebayo: ...", Telegram's and Viber's alike. Each message
# counts from its own day.
_CHAT_STAMP = re.compile(
    # ("[2025.09.30 17:12] Kim: ...": the year first, as East Asian apps write it)
    r"^[ \t]*\[?(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:20)?\d\d|20\d\d[/.-]\d{1,2}[/.-]\d{1,2}),?"
    r"[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:[ \t]?[ap]\.?m\.?)?\]?[ \t]*(?:-[ \t]*)?[^:\n]{1,60}:"
    # ... and a day with its month's name, then the sender after a dash: "Sat 9 Nov, 23:48 -
    # Chef Declan: good trial today", "Tue 11 Nov 2025 10:02 - Omar Haddad: ..."
    rf"|^[ \t]*\[?(?P<named>{_A_STAMPS_WEEKDAY}{_A_DAY_AND_MONTH}"
    # ("[Mon 10 Jun 09:41] Thibault (CEO): ...": in brackets, the dash is left out)
    r"(?:[ \t]+20\d\d)?"
    # ("Apr 6, 2026 2:14 PM  Neha S: ...": the month first, with its year, and the sender's
    # name after the time)
    rf"|{_A_STAMPS_WEEKDAY}{_A_MONTHS_SHORT_NAME}[a-z]*\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?"
    r"[ \t]+20\d\d),?[ \t]+\d{1,2}:\d\d(?:[ \t]?[ap]\.?m\.?)?(?:\][ \t]*(?:-[ \t]*)?"
    r"|[ \t]*-[ \t]*|[ \t]+(?=(?-i:[A-Z])))[^:\n]{1,60}:"
    # ... and a message's header on a line of its own, its date, its time and who wrote it, the
    # message below: "Thu 5 Feb 2026, 4:40 pm - Sophie (Talent, Yarra Analytics)", "Oct 28,
    # 2025, 4:10 PM - Hannah Cho", "2026-07-14 (Tue) 17:48  Kim Ji-hoon (HR)".
    rf"|^[ \t]*(?P<header>{_A_STAMPS_WEEKDAY}(?:{_A_DAY_AND_MONTH}"
    rf"|{_A_MONTHS_SHORT_NAME}[a-z]*\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?[ \t]+20\d\d)?"
    rf"|20\d\d-\d\d-\d\d(?:[ \t]*\({_A_WEEKDAYS_SHORT_NAME}[a-z]*\.?\))?)"
    r",?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]?[ap]\.?m\.?)?"
    # (A name, capitalised, to the line's end: not "Mon 9 Feb, 2:00 pm - final round".)
    r"[ \t]*(?:[-|\u00b7\u2013\u2014][ \t]*|[ \t])(?-i:[A-Z][a-zA-Z.'-]+)(?: [^:\n]{0,70})?$",
    re.IGNORECASE | re.MULTILINE,
)

# A note's line opened by the day it records: "Fri 28th: 2nd interview. Maxine said a
# fortnight", "27.06: Mr Ortmann said he'd get back to me by Monday", "6/11 recruiter email:
# ...", "14-Jun - L2 done". What the line says counts from that day; the next line is its own.
_A_CLOCK = r"\d{1,2}[:.]\d\d(?:[ \t]?[ap]\.?m\.?)?"  # "11:20", "4.02pm", "9:15 a.m."
_NOTE_STAMP = re.compile(
    # ("--- Jan 22 ---": a pasted message's date between dashes, the message below it)
    # (Possessive: a line opened by 400 dashes is not tried again at each shorter run of them.)
    r"^[ \t>]*(?:-{2,}+[ \t]*|[-*\u2022][ \t]*)?"
    # ("update Fri 12 Sep: Liam emailed at lunch - ... now end of next week")
    r"(?:(?:update|upd|edit)[ \t]+)?"
    # ("him on the 28th: ...", "her on 11/4: ...", "call w/ recruiter mon 11/9: ...": who
    # spoke, then the day)
    r"(?P<who>(?:him|her|them|me|hr|the recruiter|recruiter|hm|the manager|manager|boss"
    r"|call (?:w/|with) (?:the )?[a-z]+)(?: on)?(?: the)?[ \t]+"
    # ("Mrs Eze (Nov 4): Not yet, ...", "Me (Nov 3): ...": who wrote, the day in brackets)
    r"|(?P<named>[a-z][a-z.'-]{0,20}(?: [a-z][a-z.'-]{0,20}){0,2})[ \t]*"
    r"\((?=[^()\n]{3,24}\)[ \t]*:))?"
    # (Or German's, with its full stop: "Mi., 17.12.2025, 16:55 - Sabine Wolf (HR)".)
    r"(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun|(?:mo|di|mi|do|fr|sa|so)(?=\.))[a-z]*\.?,?[ \t]+)?"
    # (Not a clock's time, a count nor a fraction: "14:00 call", "3 interviewers - all
    # friendly", "2/3 of the panel - positive".)
    r"(?:(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>(?:20)?\d\d))?\.?(?! of\b)"
    r"|(?P<d>\d{1,2})(?:(?:st|nd|rd|th)(?:[ -](?P<m>[a-z]{3})[a-z]{0,6}\.?)?"
    r"|[ -](?P<m3>[a-z]{3})[a-z]{0,6}\.?)"
    r"|(?P<m2>[a-z]{3})[a-z]{0,6}\.? (?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    # ("18 Jan 2027 - HR: ...": the year too; with a clock after it, a chat's header)
    r"(?:,?[ \t]+20\d\d(?![0-9])(?!,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d))?"
    # (Words may follow, or who wrote: "Mon 26.05, Laura (recruiter): ...".)
    # ("03/06 11:20 - Client said ...": its clock time)
    rf"(?:,?[ \t]+{_A_CLOCK})?"
    # ("Oct 10 (Fri): ...", "5/12 (Mon) Ito-san mail: ...")
    r"(?:,?[ \t]+(?:[a-z][a-z' -]{0,30}?)?(?:[ \t]*\([a-z][a-z ]{0,20}\))?"
    r"(?:[ \t]+[a-z][a-z' -]{0,30}?)?)?"
    r"(?(named)\))[ \t]*(?P<sep>:|[ \t][-\u2013\u2014][ \t]|[ \t]-{2,}(?=[ \t]*$))[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
# A promise reported with the day it was made: "On Thursday Marcus (hiring mgr) told me they'd
# decide within a week", "on Friday Mr. Coleman said 2 weeks", "Priya said on Friday that ...".
# Its durations count from that day, up to the sentence's end.
# (Opening its sentence: "they've one more to see on Tuesday so they said ..." is the future.)
_SAID_ON_A_DAY = prefilter.quick_start(  # (searched by `_said_on_a_day`)
    re.compile(
        rf"(?:^|(?<=[.!?;:] )|(?<=\n))[ \t]*(?:(?P<on>on|last) (?P<wd>{WEEKDAY})|yesterday)"
        r"(?: (?:morning|afternoon|evening))?,?"
        # Its subject, a few words: "Marcus (hiring mgr)", "Mr. Coleman", "the hiring manager" (not
        # "On Monday the MD is back, and Tom said ...": a day ahead, and another clause).
        r"(?: (?:[a-z.'-]+|\([^)\n]{1,30}\))){1,4}?"
        r" (?:said|told (?:me|us)|mentioned|promised)(?![a-z])"
        # ("Priya said on Friday that ...", 'said on friday "we\'ll let you know by Wednesday"';
        # not "she said on Friday.", which is the answer.)
        rf"|(?<![a-z])(?:said|told (?:me|us)|mentioned) (?P<on2>on|last) (?P<wd2>{WEEKDAY})"
        r"(?: that(?![a-z])|[,:]? [\"\u201c'])"
        # A line headed by who spoke and the day: "recruiter on tuesday: 'feedback EOW'", "me on
        # saturday: still refreshing my inbox" (today's, when today is that day).
        r"|^[ \t]*(?:the )?(?:recruiter|hr|me|manager|hiring manager|hm|boss|interviewer|she|he"
        r"|they|agency|agent|headhunter|ceo|founder|owner|ta|talent|[a-z]+ \([a-z ]+\))"
        rf" (?P<on3>on|last) (?P<wd3>{WEEKDAY})[ \t]*:",
        re.IGNORECASE | re.MULTILINE,
    )
)
# Each match of it names a weekday or "yesterday", on one line (none takes a line break). All
# end in "day": looked for first, since a literal is found ten times faster than the names.
_DAY = re.compile("[dD][aA][yY]")
_A_DAY_NAMED = re.compile(rf"(?:{'|'.join(WEEKDAY_INDEX)}|yesterday)$", re.IGNORECASE)
_LONGEST_BEFORE_DAY = len("wednes")


def _said_on_a_day(text: str) -> Iterator[re.Match[str]]:
    """`_SAID_ON_A_DAY`'s matches, searched for only on the lines that name a day: tried at
    every character, a 1 MB debrief that names none cost 90 ms."""
    at = lines = 0
    while (day := _DAY.search(text, at)) is not None:
        if not _A_DAY_NAMED.search(text, max(at, day.start() - _LONGEST_BEFORE_DAY), day.end()):
            at = day.end()  # ("today", "days")
            continue
        line = text.rfind("\n", 0, day.start()) + 1
        lines += 1
        if lines > _DAYS_NAMED_APART and line < lines * _DAYS_NAMED_APART:
            # Days named on most lines (call notes): one search of the rest costs less.
            yield from _SAID_ON_A_DAY.finditer(text, line)
            return
        line_end = text.find("\n", day.end())
        if line_end < 0:
            line_end = len(text)
        # (From the line's start, with the text before it still seen: "^" and the
        # look-behinds read the real text, so the matches are those of the whole text.)
        yield from _SAID_ON_A_DAY.finditer(text, line, line_end)
        at = line_end + 1


_DAYS_NAMED_APART = 100  # characters, on average


_MONTH_BY_ABBREVIATION = {name[:3]: number for name, number in MONTH_INDEX.items()}
_WEEKDAY_BY_ABBREVIATION = {name[:3]: number for name, number in WEEKDAY_INDEX.items()} | {
    name: number for number, name in enumerate("mo di mi do fr sa so".split())
}


def _a_day_gone_by(stamp: re.Match[str], ctx: Context) -> dt.date | None:
    """The most recent day, today or within `_QUOTED_DATE_WITHIN` before it, that a note's
    stamp names (day and month in the country's order; a weekday, when given, must agree)."""
    year = None
    if stamp["a"]:
        first, second = int(stamp["a"]), int(stamp["b"])
        day, month = (first, second) if ctx.day_first else (second, first)
        if stamp["y"]:
            year = int(stamp["y"]) % 100 + 2000
    else:
        day = int(stamp["d"] or stamp["d2"])
        named = (stamp["m"] or stamp["m2"] or stamp["m3"] or "").lower()
        month = _MONTH_BY_ABBREVIATION.get(named) if named else None
        if named and month is None:
            return None  # "28 people:" is no date
    weekday = _WEEKDAY_BY_ABBREVIATION.get((stamp["wd"] or "").lower())
    for back in range(_QUOTED_DATE_WITHIN.days + 1):
        said = ctx.today - dt.timedelta(days=back)
        if (
            said.day == day
            and month in (None, said.month)
            and year in (None, said.year)
            and weekday in (None, said.weekday())
        ):
            return said
    return None


_QUOTED_DATE_WITHIN = dt.timedelta(days=120)
_QUOTED_MESSAGES_READ = 40


def _header_date(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The date of a "Date:" or "On ... wrote:" line, if it is a recent past one."""
    said = m["date"] if m["date"] is not None else m["on"]
    said = _A_HEADERS_MONTH.sub(lambda w: " march" if "mar" in w.group().lower() else " may", said)
    said = _A_DAYS_FULL_STOP.sub(r"\g<day> ", said)
    day = _day_of_the_instant(said, ctx)
    # (Today's too: a message quoted an hour after it was sent is dated, and a newer promise
    # in it stands for an older one's.)
    if day is None:
        return _recent_date(said, ctx, today_too=True)
    return day if ctx.today - _QUOTED_DATE_WITHIN <= day <= ctx.today else None


# A header's time with its offset ("Sun, 30 Mar 2025 23:30:00 +0000", "... 14:05 GMT").
_AN_INSTANT = re.compile(r"\d:\d\d(?::\d\d)? ?(?:[+-]\d{4}|(?:gmt|utc|ut|z)(?![a-z]))", re.I)


def _day_of_the_instant(said: str, ctx: Context) -> dt.date | None:
    """The day in the speaker's zone of a header that gives the instant it was sent: a server
    stamps it in UTC, and 23:30 UTC on Sunday is Monday in London in summer time and still
    Sunday evening in Los Angeles. None when the header gives no offset (an Outlook "Sent:"
    line is in the reader's own zone already) or is not a date RFC 5322 reads."""
    if not ctx.zone or not _AN_INSTANT.search(said):
        return None
    try:
        instant = email.utils.parsedate_to_datetime(said.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if instant.tzinfo is None:
        return None  # "-0000": the zone is unknown
    return instant.astimezone(business.zone(ctx.zone)).date()


def _recent_date(said: str, ctx: Context, today_too: bool) -> dt.date | None:
    """The first date in `said`, if it is a recent past day (or today, when `today_too`: a
    letter's or a voicemail's stamp may be today's, a quoted message's header may not)."""
    days = [c.day for c in scan(normalise(said).text, ctx) if c.kind == "explicit_date"]
    if not days or not ctx.today - _QUOTED_DATE_WITHIN <= days[0] <= ctx.today:
        return None
    return days[0] if today_too or days[0] < ctx.today else None


# A letter's thanks for today, with the day in brackets: "thank you for speaking with our team
# today (9/10)". (Thanks: not a score, "I'd rate today 9/10", nor "my score today (9/10)".)
_TODAY_WITH_ITS_DATE = re.compile(
    r"(?<![a-z])(?:thank you|thanks|thank u)(?![a-z])[^.!?\n]{0,80}?(?<![a-z])today \((?P<date>"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}|[a-z]{3,9}\.? \d{1,2}"
    r"(?:st|nd|rd|th)?)\)",
    re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>", re.MULTILINE)
_NOT_QUOTED_LINE = re.compile(r"^(?![ \t]*>)", re.MULTILINE)
_A_PARAGRAPHS_END = re.compile(r"\n[ \t\r]*\n")


def _a_letters_today_with_its_date(text: str, ctx: Context) -> list[tuple[int, dt.date, bool]]:
    """A letter near the top that thanks for today and dates it ("... with our team today
    (9/10). We will be making our final decision within the next two weeks"), gone by since:
    what it says counts from that day, from its line to the end of the quoted message it
    stands in, or of its paragraph (an edit or a question below it is the writer's, now)."""
    today = _TODAY_WITH_ITS_DATE.search(text, 0, _STAMP_WITHIN)
    if today is None:
        return []
    # (As a day: said "on 9/10", which a bare "9/10" need not be.)
    day = _recent_date(f"on {today['date']}", ctx, today_too=False)
    if day is None:
        return []
    line = text.rfind("\n", 0, today.start()) + 1
    if _QUOTED_LINE.match(text, line):
        end = _NOT_QUOTED_LINE.search(text, line)
    else:
        end = _A_PARAGRAPHS_END.search(text, today.end())
    return [(line, day, True), (end.start() if end else len(text), ctx.today, False)]


def _count_from_the_quoted_date(
    text: str, norm: Normalised, found: list[Candidate], ctx: Context, quoted_from: int
) -> list[tuple[int, dt.date, bool]]:
    """A forwarded or quoted message's "by next Wednesday" counts from that message's date
    ("Date: Thu, Apr 2, 2026"), not from the moment of pasting (in place)."""
    # (where a dated message starts, its date, whether it is dated by a line or a header: not
    # a promise retold with its day, "Yesterday the MD told me ...")
    regions: list[tuple[int, dt.date, bool]] = []
    # A pasted e-mail that opens with its own headers ("From: ... / Date: Fri, 17 Apr 2026"):
    # its "by the end of next week" counts from that date too.
    own = _OWN_HEADERS.match(text)
    dated = own and _FROM_LINE.search(own.group()) and _DATE_LINE.search(own.group())
    if dated:
        day = _header_date(_DATED_HEADER.match(dated.group()), ctx)
        if day is not None:
            regions.append((0, day, True))
    else:
        # A letter's or a voicemail's own date on a line of its own near the top ("12
        # October 2026", "Thu 14 May 2026, 16:52 · 38 sec"): what it says counts from then.
        stamp = _STAMP_LINE.search(text, 0, _STAMP_WITHIN)
        if (
            stamp
            and stamp["header"]
            and text[: stamp.start()].strip()
            # (Below the paste's own header lines, its own: "Subject: RE: Interview / Date:
            # Wed, 24 Sep 2025 18:22 WAT")
            and not (own and own.end() >= stamp.start())
        ):
            stamp = None  # a quoted message's "Sent:" line, below the newest message
        if stamp and _CHAT_STAMP.match(text, stamp.start()):
            stamp = None  # a thread's second message's header: the messages are dated below
        if stamp:
            day = _recent_date(stamp.group("date") or stamp.group("after"), ctx, today_too=True)
            if day is not None:
                regions.append((0, day, True))
    if not regions:
        regions += _a_letters_today_with_its_date(text, ctx)
    said_on = _days_said(text, ctx, regions)
    # (A chat's newest messages are at the bottom: the last stamps, a bounded number of them.)
    for line_start, (start, end) in _chat_stamps(text)[-_QUOTED_MESSAGES_READ:]:
        day = _recent_date(text[start:end], ctx, today_too=True)
        if day is not None:
            regions.append((line_start, day, True))
    for a, b in cues.header_spans(text):
        if a < quoted_from:
            continue  # the newest message's own lines ("Date: Tuesday 3 March" of an invitation)
        if len(regions) == _QUOTED_MESSAGES_READ:
            # A thread holds a few dozen messages; a paste of thousands of header lines is
            # read from now past these, so a long one costs no more than a short one.
            regions.append((a, ctx.today, True))
            break
        m = _DATED_HEADER.match(text, a, b)
        day = _header_date(m, ctx) if m else None
        if day is not None:
            regions.append((b, day, True))
    if regions:
        _count_from(text, regions, norm, found, ctx)
    # (After the counting above, which would read that Friday from the Friday before it.)
    _without_the_days_said(norm, found, said_on)
    return regions


# The writer's own question about when ("should I wait 1 more week?", "Do you think they will
# actually call on Saturday?"): a guess or a plan, not what anyone promised. (Not a promise
# reported in it: "they said by Friday, is that normal?")
_A_QUESTIONS_OPENING = re.compile(
    # ("Anyway, do I ...", "ok anyway, should I ...", "By the way, should I ...")
    r"[ \t\n\"'(]*(?:(?:or|and|so|but|also|like|then|ok|lol|anyway|anyways|anyhow|btw"
    # ("so: do i expect to hear friday, or after the long weekend?")
    r"|by the way|either way)[ ,:-]+){0,2}"
    r"(?:(?:should|shall|can"
    r"|could|would|will|is|are|am|was)"
    # (With its subject after it: not the employer's "Will inform you by Monday ok?")
    r" (?:i|we|you|u|they|he|she|it|that|this|there|anyone|anybody|hr|the recruiter)"
    r"|do|does|did|how|what|when|why|any ?one|anybody|has anyone)(?![a-z'])"
)
_A_QUESTIONS_REACH = 200
_THE_EMPLOYERS_WORDS = re.compile(r"(?<![a-z'])(?:we|our|us|we'll|we'd)(?![a-z'])")
_REPORTED_IN_IT = re.compile(r"(?<![a-z])(?:said|say|says|told|promised|mentioned|wrote)(?![a-z])")


def _the_writers_question(text: str, sentence: tuple[int, int], candidate: Candidate) -> bool:
    start, end = sentence
    if end - candidate.end > _A_QUESTIONS_REACH or candidate.start - start > _A_QUESTIONS_REACH:
        return False  # (a question is short; a long run with no full stop is read in linear time)
    rest = text[candidate.end : end].rstrip(" \n")
    if not rest.endswith("?") and not text.startswith("?", candidate.end):
        return False
    return (
        bool(_A_QUESTIONS_OPENING.match(text, start))
        and not _REPORTED_IN_IT.search(text, start, candidate.start)
        # ("Would it be OK if we came back to you by Friday 18 December?", "How does Friday
        # sound for our final answer?": the employer's own proposal)
        and not _THE_EMPLOYERS_WORDS.search(text, start, end)
    )


# How far ahead a holiday's reading may lie: the next one of its kind within about half a year.
_A_HOLIDAYS_REACH = 200
# (After it: "before Christmas", said of a graduate scheme in May, is months ahead by design.)
_AFTER_IT = re.compile(r"(?:after|post|following|once|until after)(?![a-z])")
_A_SPAN_GIVEN = re.compile(r"(?<![a-z])(?:from|until|till|through|to)(?![a-z])|20\d\d")
# The phrases that name their day outright, a date or a holiday's ("before the closure" on the
# 24th): gone by since the dated message said them, they are a promise not kept.
_WHOLE_DAYS = frozenset({"explicit_date", "holiday"})


# Told today, on a line dated by an older day: a period's end counts from now.
_TOLD_TODAY = re.compile(
    r"(?<![a-z])(?:today|this (?:morning|afternoon|evening)|earlier today|just now|tonight)"
    r"(?![a-z])"
)
_TOLD_TODAY_REACH = 80


def _count_from(
    text: str,
    regions: list[tuple[int, dt.date, bool]],
    norm: Normalised,
    found: list[Candidate],
    ctx: Context,
) -> None:
    """Each phrase counted from the day of the region it stands in (in place)."""
    regions.sort()  # the chat's stamps and the thread's headers, in text order
    starts = [start for start, _day, _dated in regions]
    # A long thread says "by Friday" under the same header many times: each phrase is read
    # again once per date.
    read_then: dict[tuple[str, str, dt.date], dt.date | None] = {}
    for candidate in found:
        i = bisect_right(starts, norm.start_of(candidate.start))
        if not i:
            continue  # the newest message: counted from now
        region_start, written, dated = regions[i - 1]
        if dated:
            candidate.said_on = written
            if candidate.kind in _WHOLE_DAYS and written < candidate.day < ctx.today:
                # A whole date a dated message named, gone by since ("Sep 30 - Jenna: final
                # decisions are now coming Oct 10", read on the 14th): a promise not kept is
                # still the timeline (PRODUCT.md's team decision), as when retold.
                candidate.anchored = True
        # (A holiday, a quarter or a year too: "we'll update you after Holy Week", sent on 27
        # March, is that Holy Week, not next year's.)
        if candidate.kind not in moments.SAID_AGAIN or candidate.lead == ANAPHORA:
            continue
        if (
            candidate.kind not in COUNTED_FROM_WRITING
            and _NOTE_STAMP.match(text, region_start)
            and _TOLD_TODAY.search(
                norm.text, max(0, candidate.start - _TOLD_TODAY_REACH), candidate.start
            )
        ):
            # "9/25 - onsite done. recruiter emailed this morning: ... end of the quarter": a
            # note's line told today (a chat's or a letter's "today" is its own day).
            continue
        if written == ctx.today:
            continue
        phrase = norm.text[candidate.start : candidate.end]
        key = (phrase, candidate.kind, written)
        if key not in read_then:
            read_then[key] = moments.read_on(phrase, candidate.kind, written, ctx)
        day = read_then[key]
        if day is not None:
            candidate.day, candidate.anchored = day, True


def _days_said(
    text: str, ctx: Context, regions: list[tuple[int, dt.date, bool]]
) -> list[tuple[int, int, int]]:
    """A note's lines opened by a day gone by, and promises reported with their day, as
    regions counted from that day (added to `regions`). Returns where a day something was
    said is named (today's stamp on a note's line, "on Friday" before "Mr. Coleman said"):
    from, to, and for a stamp its line's end."""
    said_on: list[tuple[int, int, int]] = []
    stamps = list(deque(_NOTE_STAMP.finditer(text), maxlen=_QUOTED_MESSAGES_READ))
    for index, stamp in enumerate(stamps):
        if _a_plan_for_a_day_to_come(stamp, ctx):
            if stamp["who"].lower().startswith(_THE_WRITER):
                # (No day said, and no answer either: the writer's own plan; a call's day
                # to come may be when the answer is told.)
                said_on.append((stamp.start(), _the_stamps_date_end(stamp), 0))
            continue
        day = _a_day_gone_by(stamp, ctx)
        if day == ctx.today:
            # ("Wed 4th: HR rang, decision by end of next week", written on Wednesday the 4th:
            # today's stamp, whose weekday and day would otherwise be read as a date to come.)
            # (Headed by who spoke, "me on 12/10: ...", it is the day of the line, never
            # what the line is about.)
            said_on.append((stamp.start(), stamp.start("sep"), 0 if stamp["who"] else stamp.end()))
            regions.append((stamp.start(), day, True))  # (a dated line, today's)
            date_end = _the_stamps_date(stamp)
            if _the_stamps_date_end(stamp) > date_end:
                # ("1/9 Tue: nothing yet", on Tuesday 1 September: the stamp's own weekday.)
                said_on.append((date_end, _the_stamps_date_end(stamp), 0))
        elif day is not None:
            # (What follows the line is no dated line: a post opened by a date, then chat.)
            regions += [
                (stamp.start(), day, True),
                (_the_entrys_end(text, stamps, index), ctx.today, False),
            ]
            # (Its weekday is the line's day, not the coming one: "Tue 01.12, Anna: ..."; only
            # the date's words: "30/11 they said decision by Friday - ..." keeps its promise.)
            said_on.append((stamp.start(), _the_stamps_date_end(stamp), 0))
    for said in itertools.islice(_said_on_a_day(text), _QUOTED_MESSAGES_READ):
        group = "wd" if said["wd"] else "wd2" if said["wd2"] else "wd3" if said["wd3"] else None
        day = _the_day_said_on(said, group, ctx)
        end = text.find(".", said.end())
        regions += [(said.start(), day, False), (len(text) if end < 0 else end, ctx.today, False)]
        if group is not None:
            said_on.append((said.start(group), said.end(group), 0))
    return said_on


# Who wrote, alone after a chat's stamp: "Sabine Wolf (HR)", "Mert Kaya".
_A_HEADERS_NAME = re.compile(
    r"[ \t]*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?: \([\w ,.&'-]{1,40}\))?:?[ \t]*"
)


def _the_entrys_end(text: str, stamps: list[re.Match[str]], index: int) -> int:
    """Where the entry a note's stamp opens ends: its line, or in a log of dated lines the
    lines under it up to the next stamp ("Wed 3 Feb: 2nd round w/ Director / Karen: 'a reply
    within 7 working days' / 18 Feb: nothing yet"), or to a line told now ("Today (12/4) the
    recruiter emailed ...", "Edit: ...")."""
    stamp = stamps[index]
    if stamp["a"] and not (stamp["y"] or stamp["wd"]) and text[stamp.end("a")] == ".":
        return stamp.end()  # (maybe a clock: "9.30 - arrive, meet Dana" of a day's schedule)
    # (A header: who wrote, or a date between dashes, "--- Jan 22 ---"; not a bare "Mon 30
    # Nov:", whose lines below may tell of other days.)
    a_header = _A_HEADERS_NAME.fullmatch(text, stamp.end("sep"), stamp.end()) is not None or (
        stamp["sep"].strip().startswith("--")
        and not text[stamp.end("sep") : stamp.end()].strip(" \t-")
    )
    last = index + 1 == len(stamps)
    if last and not a_header:
        return stamp.end()
    # (The last message under its header, "Aug 14 - Ma'am Joy (recruitment):", runs to its
    # paragraph's end.)
    end = len(text) if last else stamps[index + 1].start()
    paragraph = _A_PARAGRAPHS_END.search(text, stamp.end(), end)
    if paragraph is not None and not a_header:
        # (A paragraph apart: the chat after a post opened by a date. Not under a chat's
        # header, "Wed, 17.12.2025, 16:55 - Sabine Wolf (HR)", its message below it.)
        return stamp.end()
    if last and paragraph is not None:
        end = paragraph.start()
    now = _A_LINE_TOLD_NOW.search(text, stamp.end(), end)
    if now is not None:
        return now.start()
    # (Ends at the newline before the next stamp, whose own region starts where it does.)
    return end if last else max(stamp.end(), end - 1)


_A_LINE_TOLD_NOW = re.compile(
    r"\n[ \t*>-]*(?:edit|update|upd)(?![a-z])"
    # (A line that tells of another day: "Recruiter emailed yesterday saying ...")
    r"|\n[^\n]*?(?<![a-z])(?:today|this (?:morning|afternoon|evening)|tonight|yesterday)(?![a-z])",
    re.IGNORECASE,
)


# A note's line headed by the writer: "me on the 21st: ...", "Me (21 May): ..." (not "Megan").
_THE_WRITER = ("me ", "me\t", "me(")


def _a_plan_for_a_day_to_come(stamp: re.Match[str], ctx: Context) -> bool:
    """ "me on the 21st: chase if nothing heard", "call w/ recruiter on the 28th: she'll tell me
    then", written on the 14th: the writer's own line or a call, on a bare day number still to
    come this month, is a plan, not the day the line was said."""
    who = (stamp["who"] or "").lower()
    return (
        # ("me on the 21st: ...", "Me (21 May): ...", not "Megan (21 May): ...")
        who.startswith((*_THE_WRITER, "call"))
        and stamp["d"] is not None
        and not (stamp["m"] or stamp["m3"])
        and int(stamp["d"]) > ctx.today.day
    )


def _the_stamps_date(stamp: re.Match[str]) -> int:
    """Where the date of a note's stamp ends, without its clock time or weekday after it."""
    return max(stamp.end(group) for group in ("wd", "a", "b", "y", "d", "m", "m3", "m2", "d2"))


def _the_stamps_date_end(stamp: re.Match[str]) -> int:
    """Where the date of a note's stamp ends, with its clock time and a weekday in brackets
    or before the stamp's mark ("Tue 01.12" of "Tue 01.12, Anna: ...", "6 Feb (Thu)" of "6 Feb
    (Thu) - Lisa emailed", "1/9 Tue" of "1/9 Tue: nothing yet")."""
    return _A_STAMPS_TAIL.match(stamp.string, _the_stamps_date(stamp)).end()


_A_STAMPS_TAIL = re.compile(
    rf"(?:,?[ \t]*{_A_CLOCK})?(?:[ \t]*\([a-z]{{2,9}}\.?\)"
    # ("28/8 Fri: final round ...", "1/9 Tue: nothing yet")
    r"|,?[ \t]+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?=[ \t]*(?::|[-\u2013\u2014])))?",
    re.IGNORECASE,
)


def _the_day_said_on(said: re.Match[str], group: str | None, ctx: Context) -> dt.date:
    """ "yesterday", "on Thursday", "last Monday": the day gone by a promise was made on."""
    if group is None:
        return ctx.today - dt.timedelta(days=1)  # "yesterday"
    weekday = WEEKDAY_INDEX[said[group].lower()]
    if group == "wd3" and said["on3"].lower() == "on" and ctx.today.weekday() == weekday:
        return ctx.today  # "me on saturday:", written on a Saturday
    if (said["on"] or said["on2"] or said["on3"]).lower() == "last":
        # "Last Monday", said on a Tuesday: the Monday of last week, not yesterday.
        return moments.last_weekday_said(ctx.today, weekday)
    return dates.previous_weekday(ctx.today, weekday)


def _without_the_days_said(
    norm: Normalised, found: list[Candidate], said_on: list[tuple[int, int, int]]
) -> None:
    """ "on Friday Mr. Coleman said 2 weeks", "Wed 4th: HR rang, decision by end of next week":
    the day something was said is gone (or today), no answer of its own (in place). (Today's
    stamp only before a date of the line's own: "Mar 4 - deadline for the decision, per Jo"
    is the date the line is about.)"""
    if not said_on:
        return
    starts = [norm.start_of(c.start) for c in found]  # in text order
    dropped = set()
    for a, b, line_end in said_on:
        if line_end and bisect_left(starts, b) == bisect_left(starts, line_end):
            continue  # nothing dated after today's stamp on its line
        # The phrases overlapping the day said ("on Friday" around "Friday"): a few, just
        # before `b`.
        i = bisect_left(starts, b)
        while i and norm.start_of(found[i - 1].end) > a:
            i -= 1
            dropped.add(i)
    found[:] = [c for i, c in enumerate(found) if i not in dropped]


def _without_a_holidays_own_dates(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "before the Matariki long weekend (Fri 10 - Sun 12 July)": the dates in brackets say
    when the holiday is, and the holiday's phrase has read them; they are no answer of their
    own."""
    starts: list[int] = []  # the brackets' spans, in text order, merged where they overlap
    ends: list[int] = []
    found_starts = [c.start for c in found]
    for candidate in found:
        if candidate.kind == "holiday":
            m = _BRACKETS_AFTER.match(text, candidate.end)
            if m is None or _NARROWED_IN_BRACKETS.search(m.group()):
                continue
            weekday = _A_WEEKDAY_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
            if (
                weekday
                and text.startswith("before ", candidate.start)
                and _the_weekdays_date_in(
                    found, found_starts, m.span(), _WEEKDAYS.index(weekday["wd"]), candidate.day
                )
            ):
                continue  # "the Tuesday before Whitsun (3 June)": the Tuesday's date
            if ends and m.start() <= ends[-1]:
                ends[-1] = max(ends[-1], m.end())
            else:
                starts.append(m.start())
                ends.append(m.end())
    if not starts:
        return found

    def in_brackets(position: int) -> bool:
        i = bisect_right(starts, position)
        return bool(i) and position < ends[i - 1]

    # (A lookup per phrase: a paste of thousands of holidays in brackets stays linear.)
    return [c for c in found if not in_brackets(c.start)]


def _the_weekdays_date_in(
    found: list[Candidate], starts: list[int], span: tuple[int, int], weekday: int, before: dt.date
) -> bool:
    """Whether a date in `span` (brackets) falls on `weekday` before `before` (the holiday's
    reading): the weekday's own date, not the holiday's. (Only the phrases in the span are
    looked at: a paste of thousands of them stays linear.)"""
    i = bisect_left(starts, span[0])
    while i < len(found) and found[i].start < span[1]:
        if found[i].day.weekday() == weekday and found[i].day < before:
            return True
        i += 1
    return False


_BRACKETS_AFTER = re.compile(r" ?\([^()\n]{1,60}\)")
_A_WEEKDAY_BEFORE = re.compile(rf"(?<![a-z])(?P<wd>{'|'.join(_WEEKDAYS)}) $")
# "after New Year (probably the week of 11 January)": the brackets narrow the answer.
_NARROWED_IN_BRACKETS = re.compile(
    r"(?<![a-z])(?:probably|likely|maybe|perhaps|hopefully|say|latest|by|week of|i\.?e\.?|so"
    r"|around|about|expect\w*)(?![a-z])"
)


# A date said in place of another: "... so we'll let you know by Thursday 17th instead".
_IN_APPOSITION = re.compile(r"(?:,| -| \u2013)? ")
_INSTEAD_AFTER = re.compile(r"[,;]? instead(?! of)(?![a-z])")
# A promise told as moved, later in a story than the one it moves: "she emails to say the MD's
# been off sick and it'll be Wednesday 21st now", "the decision got moved to Tuesday 26th",
# "they have fast tracked it and I will receive email by this Friday".
_MOVED_BEFORE = re.compile(
    # (Of the answer, not "My start date got pushed to 1 Feb", "my holiday got moved".)
    r"(?<![a-z])(?:(?:it|decision|answer|results?|outcome|feedback|timeline|(?<!start )"
    r"(?<!end )(?<!closing )(?<!my )date|deadline|debrief|evaluation|process|things|everything"
    # ("they're pushing it back to the end of the following week")
    r"|they|she|he|hr)(?:'s|'re| (?:has|had|was|is|are|got|been|have))* (?:been )?(?:pushed"
    # ("she's pushing my answer to Wed 9/24", not "HR are delaying everyone's leave")
    r"|pushing (?:it|this|that|things|(?:the|my|your|our) (?:decision|answer|feedback|outcome"
    r"|result))(?: back| out)?|moved|postponed|delayed|extended"
    r"|shifted|bumped)(?: it)?"
    r"|fast[- ]?tracked (?:it|the (?:decision|process))"
    # ("Then Monday they emailed pushing it to early next month")
    r"|(?:emailed|e-mailed|called|texted|wrote|messaged|rang|phoned)(?: (?:me|us|back))?"
    r" (?:pushing|moving|bumping|shifting) (?:it|this|that|things|(?:the|my|your|our)"
    r" (?:decision|answer|feedback|outcome|result))(?: back| out)?"
    r"|(?:it|that|decision|answer|result|outcome)(?:'ll| will|'d| would) now be"
    # ("the store director is out til Monday so it'll be more like Tuesday or Wednesday next
    # week", "so we're now looking at early next week")
    r"|(?:it|that)(?:'ll| will|'d| would|'s| is) (?:be )?more like"
    r"|(?:we're|we are|they're|they are|i'm|i am) now looking at)(?![a-z])"
)
# "... and it'll be Wednesday 21st now", "it'd be end of Feb instead".
# ("Should be Wednesday or Thursday next week now, with Labour Day on Monday")
_WILL_BE_BEFORE = re.compile(
    r"(?:'ll| will|'d| would|should) be (?:on |by )?(?:[a-z]+ (?:or|to|/|-) ?)?$"
)
_THE_WRITERS_OWN = re.compile(r"(?<![a-z])(?:my|our) ")
_NOW_AFTER = re.compile(r",? now(?= ?[.!;,\n]| ?$)")
# ... but not a meeting moved: "my final round got pushed to Monday", "the all-hands got moved
# to thurs the 28th".
_A_MEETING_MOVED = re.compile(
    r"(?<![a-z])(?:interview|call|meeting|panel|onsite|round|start|visit|test|assessment|screen"
    r"|all-hands|event|party|offsite|training|session|appointment|shift|class|exam)"
    r"(?:s|'s)?(?: (?:has|had|was|got|is|been))* (?:been )?(?:pushed|moved|postponed|delayed"
    r"|shifted|bumped|rescheduled)"
)
_MOVED_REACH = 80
_MOVED_WORDS = (
    "push",
    "move",
    "postpon",
    "delay",
    "extend",
    "shift",
    "bump",
    "track",
    "now be",
    "more like",
    "now looking",
)


# The answer's own words in a newer promise's cue ("I'll get the mail", "decision by").
# The answer's own words: "decision", "get back", "news".
_AN_ANSWERS_WORD_SOURCE = (
    r"(?<![a-z])(?:decision|decide|answer|outcome|results?|feedback|offer|let (?:you|me) know"
    r"|get back|come back|revert|news|next steps|hear back)"
)
# (`_AN_ANSWERS_WORD`'s, and the receipt's own: "I'll get the mail", "the letter", "hear".)
_A_NEWER_ANSWER = re.compile(
    rf"{_AN_ANSWERS_WORD_SOURCE}(?![a-z])|(?<![a-z])(?:mail|e-?mail|letter|update|hear)(?![a-z])"
)
# A sentence telling the promise that came first, since replaced: "Initially HR said ...",
# "Originally they told me ...", "At first the recruiter said ...".
_AT_FIRST = re.compile(
    r"[ \t\n\"'(]*(?:initially|originally|at first|first)(?![a-z])(?:,? (?:the |my |our )?"
    r"(?:[a-z]+ ){0,2}(?:said|told|mentioned|promised|quoted|was told|were told|gave)"
    r"|,? (?:they|she|he|hr|i|we) (?:said|told|mentioned|promised|quoted|was told|were told"
    r"|gave))(?![a-z])"
)


def _moved_since(
    text: str, sentence: tuple[int, int], chosen: Candidate, candidate: Candidate
) -> re.Match[str] | None:
    """The words that tell this date moves the promise chosen before it, in a later sentence."""
    if chosen.end > sentence[0] or candidate.day == chosen.day:
        return None
    opens = max(sentence[0], candidate.start - _MOVED_REACH)
    before = text[opens : candidate.start]
    moved_words = any(word in before for word in _MOVED_WORDS)
    if not moved_words and "be " not in before[-32:]:
        return None  # (most dates of a long text: a test of a few words, not the patterns)
    if moved_words and _A_MEETING_MOVED.search(text, opens, candidate.start):
        return None
    marks = list(_MOVED_BEFORE.finditer(text, opens, candidate.start)) if moved_words else []
    if marks:
        return marks[-1]
    if _WILL_BE_BEFORE.search(
        text, max(0, candidate.start - 32), candidate.start
    ) and not _THE_WRITERS_OWN.search(text, opens, candidate.start):
        # (Not "Our house move keeps slipping, it'll be Saturday 30th now".)
        return _INSTEAD_AFTER.match(text, candidate.end) or _NOW_AFTER.match(text, candidate.end)
    return None


# How strongly a phrase is the answer: its tier (a promise's cue, a deadline's shape), in the
# newest message, said in place of another, its date, said as a deadline, its place (the
# earlier the stronger, negated).
_Key = tuple[int, int, int, dt.date, int, int]


def read_timeline(
    text: str, now: dt.datetime, tz: str, country: str | None = None
) -> Reading | None:
    """The latest date by which the writer said they would respond, or None if they gave none.

    `now` is the moment the text was said or written: aware, or naive meaning wall-clock time
    in `tz`. `country` (ISO code) defaults to the country of `tz`; it decides holidays and
    business days, and whether "12/5" is December or May.
    """
    text = _ONE_SPACE.apply(text)  # pasted no-break spaces: plain ones
    if _DATE_LINE.search(text):
        # A thread pasted oldest first: read newest first, as a reply quotes what came before.
        ctx = _context(now, tz, country, DEADLINE)
        moved = threads.newest_first(text, lambda said: _recent_date(said, ctx, today_too=True))
        if moved is not None:
            reading = _read_timeline(moved.text, now, tz, country)
            if reading is None:
                return None
            start, end = moved.original(reading.start, reading.end)
            return replace(reading, start=start, end=end)
    return _read_timeline(text, now, tz, country)


def _read_timeline(text: str, now: dt.datetime, tz: str, country: str | None) -> Reading | None:
    ctx, norm, found = _candidates(text, now, tz, country, DEADLINE)
    # (Each whole-text search only where its words are: a megabyte is read in a second.)
    if found and "offer" in norm.text and _A_FINISHED_STORY.search(norm.text):
        # An interview write-up whose outcome is in ("Offer: Accepted", "Offer / No offer
        # (ghosted)"), or "I've accepted an offer": what they once promised is history.
        return None
    found = _without_a_holidays_own_dates(norm.text, found)
    in_a_stamp = _in_a_chat_stamp(text, norm, ctx.today)
    # "feb 28 - recruiter said ...": a note headed with the day it was written, today's.
    found = [
        c
        for c in found
        if not _a_heading_of_today(norm.text, c, ctx)
        and not _a_chat_stamp(norm.text, c)
        and not in_a_stamp(c)
        and not _the_stories_now(norm.text, c, ctx)
        and not _come_and_gone(norm.text, c)
        and not _a_nights_stay(norm.text, c)
    ]
    if (
        any(word in norm.text for word in _FAQ_WORDS)
        and _AN_FAQ.search(norm.text)
        or any(word in norm.text for word in _PROCESS_WORDS)
        and _A_PROCESS_PAGE.search(norm.text)
        and _WHAT_WE_USUALLY_DO.search(norm.text)
        and not _SOMEONES_OWN.search(norm.text)
    ) and not _A_DATE_WRITTEN.search(norm.text):
        # A careers page's answers ("How long will it take to hear back after my interview? ...
        # within 10 working days of the final interview"): what is usual, for anyone, with no
        # day of this candidate's to count from (the candidate's own note of one keeps them).
        found = [c for c in found if c.kind not in _SPANS]
    if not found:
        return None
    newest_end = cues.newest_message_end(text)
    regions = _count_from_the_quoted_date(text, norm, found, ctx, cues.first_quote_start(text))
    bounds = cues.sentence_bounds(norm.text)
    moments.count_from_when_it_was_said(norm.text, bounds, found, ctx)
    all_cues = cues.find_cues(
        norm.text, [cues.sentence_of(bounds, len(norm.text), c.start) for c in found]
    )
    best: _Key | None = None
    chosen: Candidate | None = None
    chosen_then: re.Match[str] | None = None  # the promise that took up an event's date
    chosen_cue: cues.Cue | None = None
    tied: list[Candidate] = []  # the phrases that name the chosen day with the same strength
    # "If you have not heard from us by Friday 23 January, please assume ...": how long silence
    # takes to mean no. Blind labellers read it as the date when it is the only one; a promise
    # said besides it ("informed within 10 working days. Should you not hear from us within
    # three months ...") is the answer.
    silence: tuple[_Key, Candidate, re.Match[str] | None] | None = None
    silence_read = False  # the chosen date is how long silence takes to mean no
    # The dates said as the latest ("in August, by 15.8. at the latest"), to narrow the choice.
    said_latest: list[tuple[_Key, Candidate, re.Match[str] | None]] = []
    starts = [c.start for c in found]  # found is in text order
    # (The words of three tests below, looked for once: a long list of dates has none.)
    called_off_said = "off" in norm.text or "cancel" in norm.text
    another_said = "other" in norm.text or "also" in norm.text
    back_said = " back " in norm.text
    reopen_said = "open" in norm.text
    ask_said = any(word in norm.text for word in _THE_CANDIDATES_ASK_WORDS)
    # The promises on dated lines or in dated messages, to let a newer one stand for an older.
    said_later: list[tuple[_Key, Candidate, re.Match[str] | None, cues.Cue | None]] = []
    # The dates a promise moved to, by where each starts (for the alternative said after one).
    moved_to: dict[int, re.Match[str]] = {}
    for index, candidate in enumerate(found):
        if (
            candidate.day < ctx.today
            and candidate.kind != "relative_to_event"
            and not candidate.anchored
        ):
            continue  # a date already gone is an event, not a promise
        if (
            candidate.kind == "holiday"
            and (candidate.day - ctx.today).days > _A_HOLIDAYS_REACH
            and _AFTER_IT.match(norm.text, candidate.start)
            and not _A_SPAN_GIVEN.search(norm.text, candidate.start, candidate.end)
        ):
            # "after Easter" read as next year's, "post-4th of July backlog": a holiday just
            # gone by or far off, no promise anyone keeps waiting months for (but a closure
            # given with its dates, "from 24 December to 2 January", is named outright).
            continue
        # (Its sentence, looked up once: most of the tests below are bounded by it.)
        sentence = cues.sentence_of(bounds, len(norm.text), candidate.start)
        if _the_writers_question(norm.text, sentence, candidate):
            continue  # "Or should I expect only next week?", "does it mean the 9th or the 16th?"
        silent = bool(
            _SILENCE_MEANS_NO.search(norm.text, max(0, candidate.start - 80), candidate.start)
            and _UNSUCCESSFUL.match(norm.text, candidate.end)
        )
        if candidate.kind in _COUNTED_FROM_AN_EVENT and _FROM_AN_UNDATED_EVENT.match(
            norm.text, candidate.end
        ):
            # (A month or a date said outright stands, the approval its reason: "by mid of
            # next month after board approval".)
            continue  # "within 3 working days of receiving your references": no date to count from
        if candidate.kind in ("duration", "business_days"):
            opens = sentence[0]
            if _ONCE_AN_UNDATED_STEP.search(
                norm.text, max(opens, candidate.start - 120), candidate.start
            ):
                continue  # "Once we've heard back from your references, we'll decide in 2 days"
        # (A holiday's phrase with its own day in brackets is the day off the words after it
        # name: "after the long weekend (Monday 16 is a holiday)".)
        phrase_said = norm.text[candidate.start : candidate.end]
        bracketed = candidate.kind == "holiday" and "(" in phrase_said
        if (
            (not bracketed and _A_DAY_OFF_AFTER.match(norm.text, candidate.end))
            or _a_named_holiday_after(norm.text, candidate, ctx)
            or candidate.kind == "explicit_date"
            and (
                _A_DAY_OFF_BEFORE.search(norm.text, max(0, candidate.start - 24), candidate.start)
                or _A_BRIDGE_AFTER.match(norm.text, candidate.end)
            )
        ):
            continue
        if norm.text.startswith("before ", candidate.start) and _NOT_BEFORE.search(
            norm.text, max(0, candidate.start - 60), candidate.start
        ):
            continue  # "probably not before Christmas": a lower bound, no promise
        if not norm.text.startswith(_NOT_ON_A_DAY, candidate.start) and _NOTHING_EXPECTED.search(
            norm.text, max(0, candidate.start - 40), candidate.start
        ):
            # "they also said dont expect anything on Saturday": a day of no answer (but "don't
            # expect an answer until Friday" is Friday).
            continue
        if norm.text.startswith(("till ", "until "), candidate.start) and _NOT_TILL.search(
            norm.text, max(0, candidate.start - 24), candidate.start
        ):
            continue  # "Monday's a holiday so probably not till next week": a lower bound
        if _AS_SAID_BEFORE.match(norm.text, candidate.end) and _NOT_ANY_MORE.search(
            norm.text,
            max(sentence[0], candidate.start - 80),
            candidate.start,
        ):
            continue  # "so they won't be giving feedback on Friday like they said": taken back
        if called_off_said and _CALLED_OFF_AFTER.match(norm.text, candidate.end, sentence[1]):
            continue
        if (
            another_said
            and _ANOTHER_PROCESS_SAID.search(
                norm.text,
                max(sentence[0], candidate.start - _ANOTHER_PROCESS_REACH),
                candidate.start,
            )
            and any(
                other.day > ctx.today and not sentence[0] <= other.start < sentence[1]
                for other in found
            )
        ):
            # "the other firm (Corliss) said they don't even restart hiring till Jan 12", "I'm
            # also still waiting on the bank's online test results, they said mid-August":
            # another employer's date, told beside the one the text is about (alone, it is
            # the only promise there is).
            continue
        if norm.text.startswith("by ", candidate.start) and _A_VISIT_ASKED.search(
            norm.text, max(0, candidate.start - 30), candidate.start
        ):
            continue  # "Can u come by the 10th or 11th?": the candidate asked to call in
        opens = sentence[0]
        taken_back = _DATE_TAKEN_BACK.search(
            norm.text, max(opens, candidate.start - 120), candidate.start
        )
        if taken_back or (
            _AFTER_ALL.match(norm.text, candidate.end)
            and _NOT_BEFORE_AFTER_ALL.search(
                norm.text, max(opens, candidate.start - 60), candidate.start
            )
        ):
            # "Please disregard my email of 4 June saying you'd hear from us by the 13th", "we
            # won't have a decision by the 9th after all": a promise taken back.
            continue
        if (
            candidate.kind == "holiday"
            and _BACK_BEFORE.search(norm.text, max(0, candidate.start - 24), candidate.start)
            and index + 1 < len(found)
            and found[index + 1].start < sentence[1]
        ):
            # "when we're back after Easter Monday, I'll let you know by Wednesday": a return,
            # and the answer is the date after it.
            continue
        if (
            candidate.kind != "holiday"
            and back_said
            and _SOMEONE_BACK_BEFORE.search(
                norm.text, max(sentence[0], candidate.start - 40), candidate.start
            )
            and index + 1 < len(found)
            and found[index + 1].start < sentence[1]
        ):
            # "As the administration is only back in September, we will give you an answer in
            # early September, or mid-September at the latest": a return, and the answer is
            # the date after it.
            continue
        if (
            _A_START_AFTER.match(norm.text, candidate.end)
            and norm.text.endswith(("a ", "an "), max(0, candidate.start - 3), candidate.start)
            and not norm.text.endswith(
                ("before a ", "before an "), max(0, candidate.start - 10), candidate.start
            )
        ):
            continue  # "If it's an offer, they're looking at a 1 September start"
        if reopen_said and _IF_IT_REOPENS.search(
            norm.text, max(sentence[0], candidate.start - 60), candidate.start
        ):
            continue  # "will reach out if it reopens, hopefully in q4": no promise, a hope
        if ask_said and _THE_CANDIDATES_ASK.search(
            norm.text, max(sentence[0], candidate.start - 60), candidate.start
        ):
            continue  # "i would be grateful for a decision by this friday": the writer's ask
        if candidate.kind == "weekday" and _A_HABITS_DAY.search(
            norm.text, max(sentence[0], candidate.start - 40), candidate.end
        ):
            continue  # "HR only said wait for news, they usually call on Monday": a habit
        if (
            candidate.kind == "weekday"
            and _ITS_DATE_TOLD.match(norm.text, candidate.end)
            or _A_WEEKDAY_IS.search(norm.text, max(0, candidate.start - 14), candidate.start)
            and _THE_CLAUSE_GOES_ON.match(norm.text, candidate.end)
        ):
            continue  # "but friday's the 4th and half the building is off": the calendar told
        # "normally they'd decide by end of week but friday's the 4th so he'll let me know by
        # thursday": what is usual, below what this time holds (kept: "normally they would call
        # by Friday, but she's out so it'll be next Tuesday" moves it).
        usual = _WOULD_NORMALLY.search(
            norm.text, max(sentence[0], candidate.start - 50), candidate.start
        ) is not None and any(
            candidate.end < other.start < sentence[1]
            and norm.text.find(" but ", candidate.end, other.start) >= 0
            for other in found[index + 1 : index + 4]
        )
        if candidate.kind in _PERIOD_KINDS and _NOT_A_DEADLINE_AFTER.match(
            norm.text, candidate.end
        ):
            continue
        if candidate.kind == "duration" and _A_LENGTH.fullmatch(
            norm.text, candidate.start, candidate.end
        ):
            continue
        if candidate.kind in ("duration", "business_days") and _HOW_LONG_IT_TOOK.search(
            norm.text, max(0, candidate.start - 40), candidate.start
        ):
            continue  # "the whole process took about three weeks": a length gone by
        first = bisect_left(starts, sentence[0], 0, index)
        if (
            candidate.kind == "holiday"
            and index
            and found[index - 1].kind == "explicit_date"
            and _IN_APPOSITION.fullmatch(norm.text, found[index - 1].end, candidate.start)
        ):
            # "we'll have a decision for you by the 3rd, before the June bank holiday weekend",
            # "by Wednesday the 14th, after the Thanksgiving weekend": the date said, explained.
            continue
        # The nearest phrase before this one in its sentence (found is in text order; walking
        # back, not listing them all, keeps one long unpunctuated "sentence" linear).
        earlier = next(
            (c for c in reversed(found[max(first, index - 4) : index]) if c.end <= candidate.start),
            None,
        )
        if earlier and _IF_IT_GOES_WELL.search(norm.text, earlier.end, candidate.start):
            continue
        if (
            earlier is None
            and best is not None
            and best[0] == 2
            and _IF_CHOSEN.search(norm.text, sentence[0], candidate.start)
        ):
            # "You'll hear by the end of the month. If we recommend you, the board approves
            # hires at its May 12 meeting": what follows a yes, after the promise.
            continue
        cue = cues.nearest_cue(norm.text, all_cues, sentence, candidate.start, candidate.end)
        if (
            cue is not None
            and cue.commitment
            and earlier is not None
            and cue.end <= earlier.start
            and earlier.lead in _DEADLINE_LEADS
            and cues.other_words_between(all_cues, earlier.end, candidate.start)
        ):
            # "we'll let you know by Wednesday - the board votes Tuesday the 10th": the promise
            # has its date; the one after it is the board's.
            cue = None
        moved = (
            _moved_since(norm.text, sentence, chosen, candidate)
            if chosen is not None and best is not None and best[0] >= 1
            else None
        )
        if (
            moved is None
            and chosen is not None
            and cue is not None
            and cue.commitment
            # (A newer answer: not "I'll get the call tomorrow to book the reference check
            # either way", another step.)
            and _A_NEWER_ANSWER.search(norm.text, cue.start, cue.end) is not None
            and chosen.end <= sentence[0]
            and candidate.day != chosen.day
        ):
            # "Initially HR said final decision by 30th April. Yesterday they called saying I'll
            # get the mail by Friday": the first promise, told as replaced, and the one after.
            moved = _AT_FIRST.match(
                norm.text, cues.sentence_of(bounds, len(norm.text), chosen.start)[0]
            )
        if (
            moved is None
            and earlier is not None
            and earlier.start in moved_to
            and _ONE_OR_THE_OTHER.fullmatch(norm.text, earlier.end, candidate.start)
        ):
            # "it'll be more like Tuesday or Wednesday next week": the other alternative of a
            # date the promise moved to.
            moved = moved_to[earlier.start]
        if moved is not None and (cue is None or not cue.commitment):
            # "recruiter said a fortnight. Then on the 12th she texted that the hiring manager's
            # on leave and it'd be end of Feb instead": the promise moved, whatever words of
            # the leave stand between.
            cue = cues.Cue(moved.start(), moved.end(), True)
        if moved is not None:
            moved_to[candidate.start] = moved
        anaphora = candidate.lead == ANAPHORA
        if cue is not None and not cue.commitment and anaphora:
            # "The panel meets Tuesday, you'll hear the day after": the promise between the two
            # is this phrase's cue; the event's own words ("meets") belong to the date before.
            promise = cues.last_commitment(all_cues, sentence[0], candidate.start)
            if promise is not None:
                cue = promise
            elif cue.end < candidate.start - 40:
                cue = None  # the words of the date it counts from, not of this phrase
        if (
            cue is None
            or not cue.commitment
            and cue.end <= candidate.start
            and _CLAUSE_MARK.search(norm.text, cue.end, candidate.start)
        ) and (after := _BEFORE_THE_PROMISE.match(norm.text, candidate.end, sentence[1])):
            # "we're looking at mid-January before we can make a call": the wait for the
            # promise said just after it.
            cue = cues.last_commitment(all_cues, after.start(), after.end()) or cue
        if cue is None or not cue.commitment:
            # "closed from 24th December, and we will confirm the decision before the
            # shutdown": a closure's phrase that holds its own promise; and a wait before or for
            # the promise: "a couple of weeks before we can come back to you", "a month or so
            # for the answer" (not "I have 2 weeks to decide on the other offer").
            inside = cues.last_commitment(all_cues, candidate.start, candidate.end)
            if inside is not None and (
                candidate.kind == "holiday"
                or _BEFORE_OR_FOR.search(norm.text, candidate.start, inside.end)
            ):
                cue = inside
        then = None
        if cue is not None and not cue.commitment:
            # "the panel will meet after Thanksgiving and I'll circle back with you then": an
            # event's date, which the promise after it takes up.
            then = (
                _PROMISE_THEN.match(norm.text, candidate.end, sentence[1])
                # "Jackie is off till Monday then she'll ring you with an answer"
                or _THEN_THE_PROMISE.match(norm.text, candidate.end, sentence[1])
                # "Give us a few days to consolidate the panel's feedback and we'll come back to
                # you": time asked for, the promise after what it is for.
                or norm.text.startswith(_TIME_ASKED_FOR, candidate.start)
                and _AND_I_WILL_LATER.match(norm.text, candidate.end, sentence[1])
                or _PROMISE_THEN_NEXT.match(norm.text, candidate.end, sentence[1] + 80)
                or _AND_THE_ANSWER_AFTER.match(norm.text, candidate.end, sentence[1])
                # "won't all be back until late next week or early the following, so
                # realistically that's when you'll hear from us"
                or _THATS_WHEN.match(norm.text, candidate.end, sentence[1])
                # "The business head is travelling, final confirmation by the 3rd": the answer
                # and its date, a clause of their own after the other words.
                or _THE_ANSWER_AFTER_A_CLAUSE.search(
                    norm.text, max(cue.end, candidate.start - 48), candidate.start
                )
            )
            if then is None:
                continue
        elif cue is None:
            # "... so the final discussion will happen after Diwali. We will update you then.":
            # a date no words of its own promise, which the promise after it takes up.
            then = _PROMISE_THEN_NEXT.match(norm.text, candidate.end, sentence[1] + 80)
            if then is not None and _I_WILL.search(then.group()):
                then = None  # "My notice ends on the 28th. I'll let you know then": the writer's
        if (cue is not None or then is not None) and not usual:
            tier = 2
        elif candidate.kind in _SHAPED_KINDS or candidate.lead in _DEADLINE_LEADS or usual:
            tier = 1
        else:
            continue
        # The latest date wins among the strongest; on a tie the phrase said as a deadline
        # ("two more candidates this week and will decide by the end of next week", on a
        # Saturday: both the 11th, and the words shown are the promise's), then the earlier.
        # ... and the newest message of a thread over the older ones quoted below it ("We now
        # expect a decision by Friday 20 February", above the first e-mail's "end of next week").
        newest = int(norm.start_of(candidate.start) < newest_end)
        deadline = int(candidate.lead in _DEADLINE_LEADS and candidate.lead != "bare")
        # ("I'd normally say by Friday, but ... so we'll let you know by Thursday 17th
        # instead": the date said in place of the other.)
        instead = int(
            moved is not None or _INSTEAD_AFTER.match(norm.text, candidate.end) is not None
        )
        key = (tier, newest, instead, candidate.day, deadline, -candidate.start)
        if silent:
            if silence is None or key > silence[0]:
                silence = (key, candidate, then)
            continue
        # "a final decision in August, by 15.8. at the latest": the date said as the latest.
        # ("by the Friday at the latest" after "the week after next": that week's Friday, which
        # the anaphora's rule reads; "the Friday" alone is not the latest said.)
        if _AT_THE_LATEST.match(norm.text, candidate.end) and not norm.text.endswith(
            "the ", max(0, candidate.start - 4), candidate.start
        ):
            said_latest.append((key, candidate, then))
        if (
            tier == 2
            and candidate.said_on is not None
            and cue is not None
            and (
                _AN_ANSWERS_WORD.search(norm.text, cue.start, cue.end)
                or _HEAR_FROM_THEM.match(norm.text, cue.start)
            )
        ):
            said_later.append((key, candidate, then, cue))
        if best is not None and key[:4] == best[:4]:
            tied.append(candidate)  # the same day again: "faster than Thursday ... by Thursday"
        if best is None or key > best:
            best, chosen, chosen_then, chosen_cue = key, candidate, then, cue
            tied = [candidate]
    if chosen is not None and best is not None and chosen.said_on is not None:
        newer = _said_later(said_later, best, chosen.said_on)
        if newer is not None:
            best, chosen, chosen_then, chosen_cue = newer
            tied = [chosen]
    if chosen is None and silence is not None:
        if next(_NO_DATE_YET_ANYWHERE.finditer(norm.text), None) is not None:
            return None  # "I have no timeline for you at the moment" above the form letter
        best, chosen, chosen_then = silence
        tied = [chosen]
        silence_read = True
    if chosen is not None and best is not None:
        narrowed = _the_latest_said(norm.text, bounds, said_latest, best, chosen)
        if narrowed is not None:
            best, chosen, chosen_then = narrowed
            tied = [chosen]
    if chosen is None:
        return None
    sentence = cues.sentence_of(bounds, len(norm.text), chosen.start)
    if _NO_DATE_YET.search(norm.text, sentence[0], sentence[1]):
        return None  # "... and after that she still needs to discuss, so I cannot give a date yet"
    reading = _reading(text, norm, chosen, chosen.day)
    # "I just can't give you a date yet" anywhere: the dates around it are the writer's
    # travel and plans, unless one is promised in so many words; and a newer message's "I am
    # unable to give you a new date" outranks the promise in the older one quoted below it.
    no_date = next(
        (
            m
            for m in itertools.islice(_NO_DATE_YET_ANYWHERE.finditer(norm.text), 8)
            if not _ANOTHER_PROCESS_BEFORE.search(norm.text, max(0, m.start() - 90), m.start())
        ),
        None,
    )

    def vouched_for(said: Candidate) -> bool:
        return _promised_outright(
            norm.text, bounds, said, _just_before(found, starts, said)
        ) and not (
            no_date
            and (
                _quoted_below(text, norm, no_date.start(), said.start)
                or _said_later_below(text, norm, said.start, no_date)
            )
        )

    # Promised outright where any of them is said: "I can't move the committee faster than
    # Thursday, but you will have our answer by Thursday close of business". (The first few:
    # a paste of one date over and over stays linear.)
    outright = (
        chosen_then is not None
        # A form letter's "if you have not heard within 30 days ...": its own words, no guess.
        or silence_read
        # "give me 7 to 10 days and I'll come back to you on the shortlist decision"
        or _AND_I_WILL.match(norm.text, chosen.end) is not None
        or chosen.kind in ("duration", "business_days")
        and _A_WAIT_BEFORE_THE_ANSWER.search(norm.text, chosen.start, chosen.end + 40) is not None
        or any(vouched_for(said) for said in tied[:4])
        or _noted_promise(text, norm, chosen, with_cue=best is not None and best[0] == 2)
        # "... to the Provost in late April. You will hear from me by then."
        or _PROMISE_THEN_NEXT.match(norm.text, chosen.end, sentence[1] + 80) is not None
        # A sentence that opens with the answer and its date: "Decision by Friday 13 March."
        or _THE_ANSWER_OPENS.search(norm.text, max(sentence[0], chosen.start - 40), chosen.start)
        is not None
        # "... decided by the end of the quarter, so you'll have an answer from us by then"
        or _PROMISE_THEN.match(norm.text, chosen.end, sentence[1]) is not None
        or _THEY_KNOW_THEN.match(norm.text, chosen.end) is not None
        or chosen.start - sentence[0] <= 2
        and _THE_DAY_THEN_THE_PROMISE.match(norm.text, chosen.end) is not None
        # "Jan 15th is our target decision date": the date named as theirs, in so many words.
        or _IS_OUR_DECISION_DATE.match(norm.text, chosen.end) is not None
        # "the final decision will take two to three weeks from today"
        or chosen.kind in ("duration", "business_days")
        and _THE_ANSWER_WILL_TAKE.search(norm.text, max(0, chosen.start - 40), chosen.end)
        is not None
    )
    if no_date and not outright:
        return None
    if (
        no_date
        and chosen.end <= no_date.start() <= chosen.end + _NO_DATE_AFTER_A_CHASE_WITHIN
        and _A_CHASE_SINCE.search(norm.text, chosen.end, no_date.start())
        # (Of this answer: not "they cannot confirm a date for the office move yet".)
        and not _OF_SOMETHING_ELSE.match(norm.text, no_date.end())
    ) or _UNSAID.search(norm.text, chosen.end, chosen.end + _NO_DATE_AFTER_A_CHASE_WITHIN):
        # '... "we'll have a decision for you next week". Next week came, I pinged, and she
        # said: "Honestly I can't give you a date right now"': asked again, the promise taken
        # back.
        return None
    on_hold = next(_ON_HOLD.finditer(norm.text), None)
    if on_hold and (
        _quoted_below(text, norm, on_hold.start(), chosen.start)
        or _said_later_below(text, norm, chosen.start, on_hold)
        # "Previously we informed you the result will be sent by 15/10, but ... the hiring is
        # paused now": taken back a few words on, in the same message.
        # (Not as a condition: "but the role may be put on hold if the budget is cut".)
        or _retold_after_the_hold(norm.text, sentence[0], on_hold, chosen)
        or chosen.end <= on_hold.start() < chosen.end + _TAKEN_BACK_WITHIN
        and _BUT_NOW.search(norm.text, chosen.end, on_hold.start()) is not None
        and not _AS_A_CONDITION.search(
            norm.text, chosen.end, cues.sentence_of(bounds, len(norm.text), on_hold.start())[1]
        )
        # (Of this role, not "the other role you applied for has been put on hold", "hiring
        # was paused briefly last month", "the Bristol req is on hold", "... for the night
        # shift only", "this role is unaffected".)
        and not _SOMETHING_ELSE_HELD.search(
            norm.text,
            max(chosen.end, on_hold.start() - 60),
            cues.sentence_of(bounds, len(norm.text), on_hold.start())[1],
        )
        # ("the Bristol hiring is paused until January, but London's going ahead")
        and not _GOING_AHEAD_AFTER.match(
            norm.text, on_hold.end(), cues.sentence_of(bounds, len(norm.text), on_hold.start())[1]
        )
    ):
        return None
    if chosen.day < ctx.today and chosen.kind != "relative_to_event":
        # A promise whose day is gone by, then a delay told below it with no new day: 'by
        # Tuesday 16 June.' / '16 June: "apologies for the delay. The hiring panel is still
        # deliberating. We will let you know once ..."': no timeline any more.
        delay = _A_DELAY.search(norm.text, chosen.end)
        if delay is not None and found[-1].start <= delay.start():  # (found is in text order)
            return None
    asides = cues.header_and_aside_spans(text)
    if _nothing_left_pending(text, norm, bounds, newest_end, chosen, sentence, asides):
        return None
    if _settled_on_a_later_line(text, norm, regions, chosen, ctx.today):
        return None
    # The model learnt English words: a promise said in another language's ("me avisan el
    # viernes", "dá retorno até sexta") is for the rules to judge, when they found its promise
    # (a commitment cue, not a date alone: "semana que vem é Carnaval").
    foreign_here = any(sentence[0] <= at < sentence[1] for at in norm.foreign)
    if (
        foreign_here
        and not norm.english
        and (
            best is None
            or best[0] < 2
            or chosen_cue is not None
            and "latest" in norm.text[chosen_cue.start : chosen_cue.end]
            and cues.last_commitment(all_cues, sentence[0], chosen_cue.start) is None
        )
    ):
        # "Volgende week ben ik op vakantie": a date alone, in another language; and
        # "spätestens übermorgen muss ich zusagen": "at the latest" is no promise of theirs
        # (unless a promise before it says whose: "decyzja będzie do końca tygodnia, max w
        # poniedziałek").
        return None
    in_another_language = best is not None and best[0] == 2 and foreign_here
    facts = model.reading_facts(
        kind=reading.kind,
        ahead=(reading.deadline - ctx.today).days,
        date_phrases=len(found),
        tier=best[0] if best is not None else 0,
        share=reading.start / max(1, len(text)),
        dated=chosen.said_on is not None,
    )
    # (The model learnt English words: a promise said in another language is judged in the
    # English it was read as.)
    judged, at, to = (
        (norm.text, chosen.start, chosen.end)
        if in_another_language
        else (text, reading.start, reading.end)
    )
    if not rules_only and (
        model.vetoes_outright(judged, at, to, facts)
        if outright
        else model.vetoes(judged, at, to, facts)
    ):
        return None
    # (The same phrase, if not the same object: a narrowed choice is made anew.)
    index = next((i for i, c in enumerate(found) if c == chosen), None)
    if (
        not rules_only
        and index is not None
        and not _SAID_AS_THE_LATEST.search(norm.text[max(0, chosen.start - 30) : chosen.start])
    ):
        # Another of the dates found, where the ranker is sure that one is the promise. (Not
        # over the date said as the latest: "by the end of the week, at the latest on monday".)
        instead = ranker.preferred(norm.text, found, bounds, index, ctx.today)
        if instead is not None:
            return _reading(text, norm, instead, instead.day)
    return reading


# A newer line's promise stands for an older one's only when it names the answer ("decision
# now by Tuesday 3 June"), not when it looks back ("she said 'within the 10 days only'", "day
# after Paddy's. patience.").
_AN_ANSWERS_WORD = re.compile(_AN_ANSWERS_WORD_SOURCE)
# ("expect to hear from me by this Friday"; not "from the reference checker")
_HEAR_FROM_THEM = re.compile(r"hear from (?:me|us|her|him|them|hr|the recruiter)(?![a-z])")


# What keeps a hold from ending this promise: "... your role was approved before that so it goes
# ahead as planned", "your backend one is unaffected".
_STILL_GOING = (
    r"(?:but|however|unaffected|not affected|continues|goes ahead|going ahead|go ahead|on track"
    r"|as planned|still)"
)
# An outcome a log's later dated line tells ("Fri 15 May - he called at 11:30 as promised.
# Offer!", "09/06 - client called: going with internal candidate").
_A_LINES_OUTCOME = re.compile(
    # (An offer of the job, not "happy to offer you feedback", nor one "if the budget is
    # signed off"; an outcome told, not a word of it in another sense: "two days passed",
    # "really hoping for the offer", "asked if the role is on hold".)
    r"(?<![a-z])(?:verbal offer|offer(?=!)|(?:like|love|pleased|happy|delighted|glad) to offer"
    r" you(?: (?:the|a|an) (?:[a-z-]+ )?(?:job|role|position|post|contract)| (?:an? )?(?:offer"
    r"|employment))(?![^.!?\n]{0,60}(?<![a-z])if(?![a-z]))"
    r"|offer(?:ed|ing)? (?:(?:you|me|him|her) )?(?:the|a) (?:[a-z]+ )?(?:job|role|position"
    r"|post)(?! if)|got the (?:job|role|position)|zusage|absage|rejected me|rejection (?:e-?mail"
    r"|mail|letter|call)|regret (?:e-?mail|mail|letter)"
    # (Not "not selected yet? no, it says 'in review'", "not selected for the Globex role".)
    r"|not selected(?! yet| for (?!(?:this|the) (?:role|position|job|post)))(?!\?)"
    r"|(?:i was|i'm|i am|was)"
    r" unsuccessful|(?:going|went) with (?:the |an |a )?(?:internal|other|another|someone"
    r"|different)"
    r"|passed (?:the )?(?:1st|first|2nd|second|technical|final|initial|hr|phone|screening)?"
    r" ?(?:round|stage|interview)"
    r"|through to the (?:next|final|second|2nd|third|3rd)"
    # ("Fri Jan 15: email from Farah: 'we've made the difficult decision to pause this search
    # until further notice'")
    r"|(?:decision|decided) to (?:pause|suspend|freeze|halt) (?:this|the|our) (?:search|process"
    r"|recruitment|hiring)(?! if)"
    r"|(?:going|moving|moved|progressing) (?:on )?to the (?:next|final|second|2nd|third|3rd)"
    r"|invited (?:me )?(?:to|for) (?:the |a )?(?:next|final|second|2nd|third|3rd)"
    r" (?:round|interview|stage)"
    # A thread's later message: "You've been shortlisted for the final round", "we would like
    # to invite you for a second interview", "would like to move you forward to the final
    # round", "extend you an offer", "offer letter attached", "I've accepted another offer and
    # would like to withdraw from the process".
    # (Done, not to come: "if shortlisted, we'll invite you for a final interview".)
    r"|(?<!'ll )(?<!will )(?<!may )(?<!might )(?<!would )(?<!could )(?<!can )(?<!if )"
    r"(?:shortlisted|invite you|move you(?: forward)?) (?:to|for) (?:the |a )?(?:next|final"
    r"|second|2nd|third|3rd|last) (?:round|interview|stage)"
    r"|extend you (?:an|the|a formal|a written) offer|offer letter (?:is )?attached"
    # (The writer's own, not "the other candidate has decided to withdraw from the process")
    r"|(?<![a-z])(?:(?:i(?:'d| would)|and would) like to|i wish to|and wish to"
    r"|i(?:'ve| have)? decided to|i must|i will|i'll|i am|i'm) withdraw(?:ing)?"
    r" (?:my application|from the process)"
    # (Not another's process, nor a condition: "withdraw my application from Globex", "I will
    # withdraw my application if I don't hear by Friday".)
    r"(?! (?:from|with|at|to) (?!(?:the|this|your|you)(?![a-z])))"
    r"(?![^.!?\n]{0,60}(?<![a-z])(?:if|unless)(?![a-z]))"
    # ... or a no, a hold or the date taken back: "we regret to inform you that we will not be
    # proceeding with your candidature", "Council has placed the recruitment ... on hold", "we
    # are not able to give you a date at the moment", "unable to provide a timeframe" (not "I
    # regret to inform you that I can't make the call", "not able to give you a date for my
    # notice", nor a hold "on the Leeds role, but yours continues").
    r"|we regret to inform you|regret to inform you that (?:we|your|the (?:position|role|panel"
    r"|post|vacancy))|not (?:be )?proceeding with your (?:candidature|candidacy|application)"
    r"|(?:placed|put) (?:the |this )?(?:recruitment|role|position|vacancy|process|hiring)"
    r"(?: [a-z]+){0,4} on hold(?![^.!?\n]{0,60}(?:but|however|unaffected|continues))"
    r"|(?:not able|unable|can't|cannot|can not) (?:to )?(?:give|provide) (?:you )?(?:a|any)"
    r" (?:new )?(?:date|timeline|timeframe|time frame)(?! for (?:my|when i))"
    r"|(?:role|position|job|vacancy|post)(?: of [^.\n]{1,60}?)? has been cancell?ed"
    r"(?![^.!?\n]{0,60}(?:but|however|unaffected|continues))"
    r"|(?:called|rang|phoned|emailed|texted)[^.\n]{0,30}(?:as promised|just like (?:they|she|he)"
    r" said)"
    r"|(?<!if )(?<!whether )(?<!if the )(?<!whether the )(?<!if this )"
    r"(?:the |this )?(?:role|position|job|req|requisition|vacancy|post"
    r"|posting|opening) (?:is |was |has been |got |been )?(?:put )?(?:on hold|frozen|withdrawn"
    r"|cancell?ed)|(?:attached|enclosed|here) (?:is|are) your offer"
    r"|(?<!no )hiring freeze(?! rumou?rs?| is (?:not|over))"
    # A log's line: "Nov 27 - Hartwell called a day early - REJECTED", "email came: unsuccessful"
    r"|[-:\u2013\u2014] ?(?:rejected|unsuccessful|not selected)(?! (?:candidates|applicants"
    r"|applications|will|are|would|yet|for (?!(?:this|the) (?:role|position|job|post))))(?!\?)"
    # ("we've decided to go with a candidate who has more payroll experience"; "dass wir uns
    # für eine andere Kandidatin entschieden haben")
    r"|(?<!not )(?<!n't )decided to go with (?:a|another|the other|an? (?:internal|external))"
    r" (?:candidate|applicant)|uns für (?:eine?n? )?andere[nr]? (?:kandidat|bewerber|person)[a-z]*"
    # ("Please find attached your offer letter", "the recruitment for this position has been
    # suspended", "we're freezing the backend hire", "this hire is on hold until further
    # notice", "the position has been given to an internal candidate", "management has decided
    # not to fill the vacancy", "offer mail came just now", "invite you for a trial day")
    r"|find (?:attached|enclosed) (?:your|the) (?:[a-z]+ )?offer"
    r"|(?<!if )(?<!whether )(?<!if the )(?<!whether the )(?<!if this )"
    r"(?:recruitment|hiring|hire|search|selection process)"
    r"(?: (?:for|of) (?:this|the) (?:[a-z]+ )?(?:role|position|post|vacancy))?"
    r" (?:is |was |has been |have been )?(?:now )?(?:suspended|paused|halted|on hold|frozen"
    r"|cancell?ed)(?![^.!?\n]{0,80}" + _STILL_GOING + ")"
    r"|(?<!not )(?<!n't )(?<!of )(?:freezing|pausing|suspending) the (?:[a-z-]+ )?(?:hire"
    r"|hiring|role|position|recruitment|search|vacancy)(?![^.!?\n]{0,80}" + _STILL_GOING + ")"
    r"|(?:role|position|job|vacancy|post) (?:has been|was|went|has gone) (?:given|offered)?"
    r" ?to (?:an? |the )?(?:internal|other|another|different)"
    r"(?![^.!?\n]{0,60}(?:declined|turned (?:it|us|the offer) down|fell through|pulled out))"
    r"|(?<!not )(?<!n't )(?:decided|chosen|opted) not to fill (?:the|this)"
    r" (?:vacancy|role|position|post)"
    r"|(?:offer|rejection|regret) (?:mail|e-?mail|letter|call) (?:came|arrived|(?:just )?landed)"
    r"|(?<!'ll )(?<!will )(?<!may )(?<!might )(?<!would )(?<!could )(?<!can )(?<!if )"
    r"(?<!hope to )(?<!want to )(?<!wish to )(?<!hoping to )(?<!plan to )"
    r"invite you (?:to|for) (?:a|an|our|the) (?:[a-z]+ )?(?:trial (?:day|shift)|working interview"
    r"|assessment (?:day|centre|center)))(?![a-z])",
    re.IGNORECASE,
)
# (Their short forms too: "Dec 2: offer!" names no one.)
_WEEKDAY_OR_MONTH_NAMES = frozenset(
    form
    for name in [*_WEEKDAYS, *MONTH_INDEX]
    for form in (name.capitalize(), name[:3].capitalize(), name[:4].capitalize())
)
# A line by the writer ("Me: ...", "[01/12, 09:15] Me: ...") tells no outcome of theirs.
_THE_WRITERS_LINE = re.compile(r"^[^\n]{0,40}?(?<![a-z])me:", re.IGNORECASE)
# Another party named on the line: a name the text has not named before and the promise's line
# does not share ("Globex rejected me" under "final round at Acme"; not "Client (Gladstone
# Port Services) called: ... Declined J. Walsh" under "... decide on J. Walsh by Wednesday").
_A_NAME = re.compile(r"(?<![\w'])[A-Z][a-z][a-zA-Z]+")
_NOT_NAMES = frozenset(
    "The They She Her His Him She's They've Got Client Recruiter Offer Verbal Called Update"
    " Today Yesterday Just Yes Email Emailed Mail Thanks Great Good Start Contract Date Final"
    " Round Interview Next Still Passed Rang Phoned Texted Through Invited Going Moving Not"
    " Role Position Job Hiring Zusage Absage Anruf Rejected Rejection Unfortunately Sadly Happy"
    " Pleased Delighted Glad Welcome Congratulations Hello Dear".split()
)
_A_LINES_REACH = 600


def _settled_on_a_later_line(
    text: str,
    norm: Normalised,
    regions: list[tuple[int, dt.date, bool]],
    chosen: Candidate,
    today: dt.date,
) -> bool:
    """Whether a promise on a dated line of a log, or in a dated message, is settled by an
    outcome a later dated line or message tells (the log's lines are one story)."""
    if chosen.said_on is None:
        return False
    at = norm.start_of(chosen.start)
    regions = sorted(regions)
    if regions and regions[0][0] > 0 and at >= regions[0][0]:
        # The newest message, above the dated ones and dated by none (a thread pasted or put
        # newest first: "... would like to extend you an offer!" over "From: ... Sent: Monday
        # ... by Thursday"): today's.
        regions.insert(0, (0, today, True))
    # (Above it too: a log kept newest first.)
    starts = [start for start, _day, _dated in regions] + [len(text)]
    for start, day, dated in regions:
        if not dated or day <= chosen.said_on:
            continue
        after = starts[min(bisect_right(starts, start), len(starts) - 1)]
        end = min(after, start + _A_LINES_REACH)
        outcome = _A_LINES_OUTCOME.search(text, start, end)
        if outcome is None:
            continue
        if _THE_WRITERS_LINE.match(text, start, end) and "withdraw" not in outcome.group().lower():
            continue  # (but the writer's own withdrawal: "Me (Mon 23 Mar): ... I wish to withdraw")
        if _AS_A_CONDITION_BEFORE.search(text, max(start, outcome.start() - 120), outcome.start()):
            continue  # "If the panel agrees, we'd like to move you forward to the final round"
        i = bisect_right(starts, at) - 1
        promise = text[starts[i] : starts[i + 1]] if i >= 0 else text[:at]
        if _NOTE_STAMP.match(text, start) and _another_partys(text, start, end, at):
            continue  # another party's news on a log's line: "Tue 1/12: Globex rejected me"
        if _another_employers(text, outcome, promise):
            # "Just so you know, Globex has offered me the job" (on a log's line too, its
            # sender named on the promise's: "8 Dec - Anna: ... Globex is freezing hiring")
            continue
        return True
    return False


# Another employer's outcome told in a thread's message: "an offer letter from another
# company", "I have a competing offer".
_ANOTHER_EMPLOYER = re.compile(
    # ("Meanwhile a different company offered him a contract role")
    r"(?<![a-z])(?:another|other|competing|rival|different) (?:company|companies|employer|firm"
    r"|offer|job|organi[sz]ation)(?![a-z])",
    re.IGNORECASE,
)
_ANOTHER_EMPLOYER_REACH = 80
_AS_A_CONDITION_BEFORE = re.compile(
    r"(?<![a-z])(?:if|unless|once|provided|assuming|should (?:you|the|we))(?![a-z])[^.!?\n]*$",
    re.IGNORECASE,
)
_A_CLAUSES_START = re.compile(r"[.,;:!?(\n][^.,;:!?(\n]*$")
# The employer's own generic names, a letter's greeting and the words that open a sentence:
# no other party ("Dear Candidate, Council has placed the recruitment on hold", "Good news!!
# You're through to the final round").
_NO_OTHER_PARTY = frozenset(
    "Council Company Team Department Management Board Panel University School Hospital Trust"
    " Ministry Office Firm Agency Committee Recruitment Talent Candidate Hi Hey You Your We Our"
    " This That These There Please Thank Following After Before And But Also Sorry Apologies"
    " Congrats Its Meanwhile Today Now News".split()
)


def _another_employers(text: str, outcome: re.Match[str], promise: str) -> bool:
    """Whether the outcome a thread's later message tells is another employer's: a name in its
    clause that the promise's message does not hold ("Globex invited me to the final round"),
    or another company named near it."""
    outcome_at = outcome.start()
    clause = _A_CLAUSES_START.search(text, max(0, outcome_at - 120), outcome_at)
    words = text[clause.start() if clause else max(0, outcome_at - 120) : outcome_at]
    names = _names_in(words, 0, len(words)) - _NO_OTHER_PARTY
    if any(name not in promise for name in names):
        return True
    if "withdraw" in outcome.group().lower():
        return False  # the writer's own, whatever its reason ("I've accepted another offer")
    reach = _ANOTHER_EMPLOYER_REACH
    near = _ANOTHER_EMPLOYER.search(text, max(0, outcome_at - reach), outcome_at + reach)
    return near is not None


def _the_same_person(text: str, line: int, line_end: int, told_line: int, told_at: int) -> bool:
    """Whether the later line names someone the promise's line names, and nobody else: "9/26 -
    ... Keisha ... "we'll call within 48 hours"" / "9/27 - Keisha called back ✔️ offer" (only
    for an offer: the other news a sender's later line tells has its own tests)."""
    named = _names_in(text, line, line_end) - _NO_OTHER_PARTY
    told_end = text.find("\n", told_at)
    # (Nobody else named on that line: "12/4 - Sam rang back with the Globex offer".)
    others = _names_in(text, told_line, len(text) if told_end < 0 else told_end) - _NO_OTHER_PARTY
    return bool(named) and not named.isdisjoint(others) and others <= named


def _names_in(text: str, start: int, end: int) -> set[str]:
    """The capitalised words of text[start:end] that may name a party (not "The", "Offer",
    "Dec")."""
    return set(_A_NAME.findall(text, start, end)) - _NOT_NAMES - _WEEKDAY_OR_MONTH_NAMES


def _another_partys(text: str, start: int, end: int, promise_at: int) -> bool:
    """Whether the line at [start, end) names someone the promise's line does not, and the
    text names nowhere else (a thread kept newest first names its people below)."""
    names = _names_in(text, start, end)
    if not names:
        return False
    line_start = text.rfind("\n", 0, promise_at) + 1
    line_end = text.find("\n", promise_at)
    promise_line = set(_A_NAME.findall(text, line_start, len(text) if line_end < 0 else line_end))
    return not names & promise_line and any(
        text.find(name, 0, start) < 0 and text.find(name, end) < 0 for name in names
    )


def _said_later(
    promises: list[tuple[_Key, Candidate, re.Match[str] | None, cues.Cue | None]],
    best: _Key,
    said_on: dt.date,
) -> tuple[_Key, Candidate, re.Match[str] | None, cues.Cue | None] | None:
    """A promise on a later dated line of a log, or in a later dated message, than the chosen
    one: the newer word ("Mon 26.05: decision by 13.06" / "Wed 28.05: they want to move faster,
    decision now by Tuesday 3 June"), even when it names an earlier day. (Within one line or
    message the latest day said still wins.)"""
    # (A day after its line's own: "4/8/25, 9:02 AM - Me: any update?" is the line's stamp.)
    newer = [
        p
        for p in promises
        if p[1].said_on > said_on and p[1].day > p[1].said_on and p[0][:2] == best[:2]
    ]
    if not newer:
        return None
    newest = max(p[1].said_on for p in newer)
    return max((p for p in newer if p[1].said_on == newest), key=lambda p: p[0])


# A log's line opened by its date: "Mon 11 May - interview at the council", "- Mar 18: called
# HR", "14/5 - HR rang!". (In the original text, any case.)
_A_DATED_LINE = re.compile(
    r"[ \t>*•-]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? )?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?P<m>{_A_MONTHS_SHORT_NAME})[a-z]*\.?"
    rf"|(?P<m2>{_A_MONTHS_SHORT_NAME})[a-z]*\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    # (Figures with a slash: not a clock's "14.00 - I called." nor a section's "1.2 -")
    r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])(?:/\d{2,4})?)(?:,? \d{4})?"
    r"(?: \([a-z]{3,9}\))?[ \t]*[-\u2013\u2014:][ \t]*",
    re.IGNORECASE,
)
# What such a line opens with when it is the process's news: "they called!!! I got the job",
# "HR rang! Second interview booked", "LINDA CALLED. Verbal offer!!", "got the offer". Who
# called is theirs: "they", "she", "HR", the recruiter, or someone the promise's line names
# (`_a_later_log_lines_news`), not "I emailed.", "mum rang!", "landlord called.".
_A_LOG_LINES_NEWS = re.compile(
    r"(?:(?P<who>they|she|he|hr|the recruiter|recruiter|[a-z]+) (?:finally |just )?(?:called"
    r"|rang|phoned)(?: me)?(?: back)?[!.]"
    r"|(?:i )?got the (?:job|offer|role|position)(?![a-z])(?! (?:at|from|with) )"
    r"|(?:verbal |job )?offer(?: received| came| in)?!"
    # (The news itself, not a rule: "Dec 8 - rejected candidates will be told by email")
    r"|(?:got (?:a |the )?)?(?:rejected|rejection|regret (?:email|letter|mail))"
    r"(?= ?[!.,]| (?:e-?mail|letter|mail|today|yesterday)(?![a-z])))",
    re.IGNORECASE,
)
_THEIRS = frozenset({"they", "she", "he", "hr", "the recruiter", "recruiter"})
_A_LOGS_REACH = 900  # the lines after the promise's looked at for news
_A_SENTENCES_END = re.compile(r"[.!?]")
_IN_BRACKETS = re.compile(r"\([^()\n]{1,80}\)")


def _a_stamps_month_and_day(stamp: re.Match[str]) -> tuple[int, int] | None:
    """A log line's stamp (`_A_DATED_LINE`) as (month, day) when it names its month ("Dec 2",
    "10 Dec"); None for figures alone, whose order is the country's."""
    month = stamp["m"] or stamp["m2"]
    if month is None:
        return None
    return _MONTH_BY_ABBREVIATION[month[:3].lower()], int(stamp["d"] or stamp["d2"])


def _a_later_log_lines_news(text: str, promise_stamp: re.Match[str], line_end: int) -> bool:
    """Whether a later line of a dated log, the promise's own line dated too, opens with this
    process's news ("Apr 27 - final interview. HR said results in 5 working days. / May 6 -
    they called!!! I got the job."), naming nobody the promise's line does not (not "Mar 14:
    got an offer from Alta Agri", another employer, which `_told_as_news` would not tell apart
    on a line of its own)."""
    named = _names_in(text, promise_stamp.start(), line_end) - _NO_OTHER_PARTY
    named_lower = {name.lower() for name in named}
    promised_on = _a_stamps_month_and_day(promise_stamp)
    at = line_end
    while 0 <= at < line_end + _A_LOGS_REACH:
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        stamp = _A_DATED_LINE.match(text, start, end)
        news = _A_LOG_LINES_NEWS.match(text, stamp.end(), end) if stamp is not None else None
        if news is not None and news["who"]:
            who = news["who"].lower()
            if who not in _THEIRS and who not in named_lower:
                news = None  # ("mum rang!", "I called.": not theirs)
        told_on = _a_stamps_month_and_day(stamp) if news is not None else None
        if news is not None and promised_on and told_on and told_on < promised_on:
            news = None  # (a log kept newest first: "Dec 2 - they called!" under Dec 10's line)
        if news is not None:
            # (The names of its first sentence but not its capital ("HR rang! Second interview
            # booked"), and any in brackets: "rejected. (that was the Initech one)".)
            stop = _A_SENTENCES_END.search(text, news.end() - 1, end)
            others = _names_in(text, news.start(), stop.start() if stop else end)
            for aside in _IN_BRACKETS.finditer(text, start, end):
                others |= _names_in(text, *aside.span())
            others -= _NO_OTHER_PARTY
            if others <= named | {"HR"} and not _ANOTHER_EMPLOYER.search(text, start, end):
                return True
        at = end if end < len(text) else -1
    return False


# A promise told as said before the news just told: "She'd said they'd decide by Friday", "They
# had said they'd decide by the 5th" (not "they said", which may be said now).
# (Of them, by pronoun: not "Stripe had said ..." after "I got the job at Shopify!!", another
# employer's.)
_HAD_SAID_BEFORE = re.compile(rf"{_BY_THEM}(?:'d| had) {_TOLD}")
_NEWS_FIRST_REACH = 200
# ("GOT IT!!! Kez from the hospital rang this arvo", "and I GOT IT 🎉": the writer's yes, with
# its cry)
# ... and a no, as texted: "rej email this morn".
_NEWS_IN_SHORT = re.compile(
    # (Not an acknowledgement: "she said 'got it!'", "Me: Got it 👍".)
    r"(?<![a-z])(?<!said )(?<!said ')(?<!said \")(?:i got it ?(?:!|\U0001f389|\U0001f973"
    r"|\U0001f64c)|(?<![a-z] )(?<!: )got it ?(?:!!|\U0001f389|\U0001f973|\U0001f64c))"
    r"|(?:^|[.!?] |\n)(?:got (?:a |the )?)?(?:rej|rejection|regret) (?:e-?mail|mail|letter)"
    r" (?:this (?:morning|morn|am|arvo|afternoon)|today|yesterday|last night)(?![a-z])"
)


# A chase after the promise: what it was asked again with.
_A_CHASE_SINCE = re.compile(
    r"(?<![a-z])(?:pinged|followed up|chased|checked in|nudged|came and went|(?:asked|emailed"
    r"|called|rang|texted|messaged) (?:her|him|them|hr|the recruiter)(?: again)?)(?![a-z])"
)
_NO_DATE_AFTER_A_CHASE_WITHIN = 300
_OF_SOMETHING_ELSE = re.compile(
    r"(?: yet| now| at the moment)? (?:for|on|about|of|regarding) (?:the |your |a |an |their |our"
    r" |my )?(?!(?:final |hiring )?(?:decision|answer|outcome|results?|offer|news|feedback|update"
    r"|role|position|job|process|hire|next steps?)(?![a-z]))[a-z]"
)
# A date taken back in so many words: "scratch what I said about friday", "forget the Tuesday I
# gave you".
_UNSAID = re.compile(
    r"(?<![a-z])(?:scratch|forget|ignore) (?:what (?:i|we) (?:said|told you|wrote)(?: earlier"
    r"| before| above)? (?:about|re|regarding|on) (?:the )?(?:date|timeline|timing|deadline|day"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|this week|end of"
    r"|\d)|the (?:date|[a-z]+day) (?:i|we) (?:gave|said|mentioned))(?![a-z])"
)


def _told_as_news(text: str, promise_end: int, told: re.Match[str]) -> bool:
    """Whether an outcome's words after the promise are this process's news: not another
    employer's ("Meanwhile a different company offered him a contract role"), nor a hope ("if
    they're moving me ...")."""
    before = max(promise_end, told.start() - 40)
    return not (
        _ANOTHER_EMPLOYER.search(text, before, told.start())
        or _UNLESS_HOPED.search(text, before, told.start())
    )


def _nothing_left_pending(
    text: str,
    norm: Normalised,
    bounds: list[int],
    newest_end: int,
    chosen: Candidate,
    sentence: tuple[int, int],
    asides: tuple[tuple[int, int], ...],
) -> bool:
    """Whether the text says the chosen date no longer waits on anything: a no given, the
    promise kept, or no date given after all."""
    if _turned_down(text, norm, bounds, newest_end, chosen, asides):
        return True
    if _AND_THEY_DID.match(norm.text, chosen.end) or (
        _AS_PROMISED.search(norm.text, max(0, chosen.start - 48), chosen.start + 3)
        and not _STILL_TO_KEEP.search(norm.text, max(sentence[0], chosen.start - 80), chosen.start)
    ):
        # "They said they'd tell me by today and they did"; "Following up as promised by the
        # 15th - we'd love to invite you to a final round": a promise kept.
        return True
    if _KEPT_AFTER.search(
        norm.text, chosen.end, chosen.end + _KEPT_WITHIN
    ) or _KEPT_RIGHT_AFTER.match(norm.text, chosen.end):
        return True  # "... by the 18th. She did, on the 18th"
    if _SELECTED_BEFORE.search(norm.text, max(0, chosen.start - _TOLD_BEFORE_REACH), chosen.start):
        # "Congratulations!! You are selected for the role ... Offer letter will be released
        # within 2 working days": the answer given; what follows is paperwork.
        return True
    if _I_WITHDREW.search(norm.text, chosen.end, chosen.end + _I_WITHDREW_REACH):
        return True  # "... they said two weeks. (...) So on Tuesday I emailed to withdraw"
    if _THEY_HAD_SAID.search(norm.text, sentence[0], chosen.start) and _I_WITHDREW.search(
        norm.text, max(0, sentence[0] - _TOLD_BEFORE_REACH), sentence[0]
    ):
        # "emailed Mette today to withdraw from the process. they had said they'd decide by
        # 30 April": the withdrawal first, then the promise it ended, told as said before by
        # them (not "Acme said ...", which may be another employer).
        return True
    # (up to its end: "they'd said 2 wks" is read as one phrase)
    had_said = _HAD_SAID_BEFORE.search(norm.text, sentence[0], chosen.end)
    if had_said is not None and any(
        _told_as_news(norm.text, max(0, had_said.start() - _NEWS_FIRST_REACH), told)
        for pattern in (_OUTCOME_TOLD, _OUTCOME_SAID, _NEWS_IN_SHORT)
        for told in itertools.islice(
            pattern.finditer(
                norm.text, max(0, had_said.start() - _NEWS_FIRST_REACH), had_said.start()
            ),
            4,
        )
    ):
        # "they rang me at lunch!!! got the job. they'd said they'd let me know by friday so
        # that was quick": the news first, then the promise it answered, told as said before.
        return True
    # (On the promise's line of the original text.)
    line_end = text.find("\n", norm.start_of(chosen.start))
    chosen_line = text.rfind("\n", 0, norm.start_of(chosen.start)) + 1
    told_after = itertools.chain(
        itertools.islice(
            _OUTCOME_TOLD.finditer(norm.text, chosen.end, chosen.end + _OUTCOME_WITHIN), 4
        ),
        itertools.islice(
            _OUTCOME_SAID.finditer(norm.text, chosen.end, chosen.end + _OUTCOME_WITHIN), 4
        ),
        itertools.islice(
            _NEWS_IN_SHORT.finditer(norm.text, chosen.end, chosen.end + _OUTCOME_WITHIN), 2
        ),
    )
    for told in told_after:
        told_at = norm.start_of(told.start())
        told_line = text.rfind("\n", 0, told_at) + 1
        if (
            0 <= line_end <= told_at
            and not _AN_EDIT_LINE.match(text, told_line)
            and not (
                "offer" in told.group()
                and _the_same_person(text, chosen_line, line_end, told_line, told_at)
            )
        ):
            continue  # (a later line of a diary: another application's, unless a post's edit)
        if _told_as_news(norm.text, chosen.end, told):
            return True
    promise_stamp = _A_DATED_LINE.match(text, chosen_line)
    if promise_stamp is not None and _a_later_log_lines_news(text, promise_stamp, line_end):
        return True
    # Further on, an update's own news: "edit (13 august): received the call today, i got the
    # offer!", "--- my update, 20 december: ... the position has been given to an internal
    # candidate", "(thursday) update: nvm they called back already, its a yes!!!".
    for told in itertools.islice(
        _OUTCOME_SAID.finditer(norm.text, chosen.end, chosen.end + _AN_UPDATES_REACH),
        4,
    ):
        told_at = norm.start_of(told.start())
        told_line = text.rfind("\n", 0, told_at) + 1
        if (
            _AN_EDIT_LINE.match(text, told_line)
            and told_line > chosen_line
            or _AN_UPDATE_BEFORE.search(norm.text, max(chosen.end, told.start() - 60), told.start())
        ) and _told_as_news(norm.text, chosen.end, told):
            return True
    if (
        _REPORTED.search(norm.text, sentence[0], chosen.start)
        or _REPORTED.search(norm.text, chosen.end, sentence[1])
    ) and _KEPT_MARK.search(norm.text, chosen.end, sentence[1] + _OUTCOME_WITHIN):
        # (On the promise's own line of the original: a diary's other entries are other
        # applications, even where the normaliser joined its lines.)
        line = text.rfind("\n", 0, norm.start_of(chosen.start)) + 1
        since = max(0, chosen.start - _OUTCOME_BEFORE_WITHIN)
        for told in itertools.chain(
            itertools.islice(_OUTCOME_SAID.finditer(norm.text, since, sentence[1]), 4),
            itertools.islice(_NOT_CHOSEN.finditer(norm.text, since, sentence[1]), 4),
        ):
            said = cues.sentence_of(bounds, len(norm.text), told.start())
            if (
                norm.start_of(told.start()) >= line
                and not _UNLESS_HOPED.search(norm.text, max(0, told.start() - 40), told.start())
                # ("if you don't hear from them within two weeks, consider yourself
                # unsuccessful": what silence will mean.)
                and not _SILENCE_MEANS_NO.search(norm.text, said[0], told.start())
            ):
                return True
    promise_at = norm.start_of(chosen.start)
    if promise_at >= newest_end and _moved_on(text, norm, bounds, newest_end, promise_at):
        return True  # the step the quoted promise waited on is done
    # "im guessing they'll decide before the 1st but nobody actually told me anything"
    return any(
        norm.start_of(said.start()) < newest_end
        and (said.start() >= chosen.end or norm.start_of(chosen.start) >= newest_end)
        for said in _NOBODY_SAID_WHEN.finditer(norm.text)
    )


# The newest message taking the candidate on to a next round: "The team would like to move you
# forward to the final round", "we'd love to have you back for a second interview".
_MOVED_ON = prefilter.Gated(
    re.compile(
        r"(?:move|moving|progress|progressing|take|taking|invite|inviting|advance|advancing|put"
        r"|putting) you (?:forward |through )?(?:to|into|for) (?:the |a |our )?(?:next|final"
        r"|second|2nd|third|3rd|last) (?:round|stage|interview|step)"
        r"|(?:like|love|want) (?:you|to have you|to see you) back for (?:a |the |your )?(?:second"
        r"|final|next|2nd|third|3rd) (?:round|stage|interview|meeting|chat)"
        # ("we would like to invite you back for a second stage on Tuesday 20 May")
        r"|invite you back (?:for|to) (?:a |the |your )?(?:second|final|next|2nd|third|3rd)"
        r" (?:round|stage|interview|meeting)"
        # The offer itself: "The partners would like to offer you the Paralegal position"
        # (not "offer you feedback on the role", "offer you the chance to shadow the team").
        r"|(?:like|love|want|pleased|happy|delighted|glad) to offer you (?:the|this|a) "
        r"(?:(?!chance|opportunity|feedback|interview|call)[a-z-]+ ){0,3}(?:position|role|job"
        r"|post|place)(?![a-z])"
    ),
    by_first_letter=True,  # (dozens of alternatives, tried at every word of a long text)
)


def _moved_on(
    text: str, norm: Normalised, bounds: list[int], newest_end: int, promise_at: int
) -> bool:
    """Whether the newest message, or a quoted one newer than the promise's, takes the
    candidate on to a next round (not as a condition: "if the panel agrees, we'd like to
    invite you to a final round")."""
    for said in _MOVED_ON.finditer(norm.text):
        where = norm.start_of(said.start())
        if where >= newest_end and not (
            where < promise_at and _a_header_between(text, where, promise_at)
        ):
            return False
        sentence = cues.sentence_of(bounds, len(norm.text), said.start())
        if not _AS_A_CONDITION.search(norm.text, sentence[0], said.start()) and not (
            # (An offer on a condition; not "invite you back ... if you are free next week".)
            "offer" in said.group()
            and _A_CONDITION_AFTER.search(norm.text, said.end(), sentence[1])
        ):
            return True
    return False


# "... we would love to offer you the role if the budget is signed off"
_A_CONDITION_AFTER = re.compile(
    r"(?<![a-z])(?:if|once|provided|assuming|subject to|pending|as long as)(?![a-z])"
)


def _turned_down(
    text: str,
    norm: Normalised,
    bounds: list[int],
    newest_end: int,
    chosen: Candidate,
    asides: tuple[tuple[int, int], ...],
) -> bool:
    """Whether the newest message says no to this candidate, outright (not as a condition nor
    taken back), after the date or in a promise that is about other roles."""
    aside_starts = [a for a, _b in asides]
    promise_at = norm.start_of(chosen.start)
    # (In text order, as one alternation gave them: the first that settles it decides.)
    for said in heapq.merge(
        _TURNED_DOWN.finditer(norm.text),
        _HIRING_STOPPED_TOLD.finditer(norm.text),
        key=lambda m: m.start(),
    ):
        where = norm.start_of(said.start())
        if where >= newest_end and not (
            # A quoted message newer than the promise's, above it in the thread ("we've decided
            # to continue with another candidate" quoted under the candidate's "thanks for
            # letting me know", the promise quoted below both): the promise was answered, when
            # the same sender said both, of this role, not as a question.
            where < promise_at
            and _a_header_between(text, where, promise_at)
            and _the_same_sender(text, where, promise_at)
            and not _STILL_ON.search(norm.text, said.end(), said.end() + _STILL_ON_REACH)
            and not _asked(norm.text, bounds, said)
        ):
            return False  # an older message quoted below: the newest may have reopened it
        i = bisect_right(aside_starts, where)
        if i and where < asides[i - 1][1]:
            continue  # a friend's news, another company's line: "Maya: Deloitte made me an offer"
        sentence = cues.sentence_of(bounds, len(norm.text), said.start())
        if (
            _AS_A_CONDITION.search(norm.text, sentence[0], said.start())
            or _DENIED_BEFORE.search(norm.text, max(0, said.start() - 16), said.start())
            or _HELD_UNTIL.match(norm.text, said.end())
        ):
            continue
        if _TAKEN_BACK.search(norm.text, said.end()):
            return False
        if chosen.start < said.start() or norm.start_of(chosen.start) >= newest_end:
            return True  # the no came after the date was given
        promise = cues.sentence_of(bounds, len(norm.text), chosen.start)
        return any(
            pattern.search(norm.text, promise[0], promise[1])
            for pattern in (_OTHER_ROLES, _FEEDBACK_ON_REQUEST, _SAID_BEFORE_NOW)
        )
    return False


# ("That role has been filled, sorry. Your London application is still with the panel.")
_STILL_ON = re.compile(
    r"(?<![a-z])(?:still (?:with|under|in|being|on)|unaffected|not affected|continues|goes ahead"
    r"|going ahead|on track)(?![a-z])"
)
_STILL_ON_REACH = 200
_AN_ADDRESS = re.compile(r"[^\s<>(),:]+@([a-z0-9.-]+)", re.I)
# ("On Tue, 3 Mar 2026, Sanne de Vries wrote:": the name, when no address is given)
_A_NAME_WROTE = re.compile(r"(?:\d\d[:.]\d\d(?: ?[ap]m)?|,)\s*([^,<>\n\d]+?)\s*wrote:", re.I)


def _asked(text: str, bounds: list[int], said: re.Match[str]) -> bool:
    """Whether the words stand in a question ("I saw you've hired someone else - is that
    right?")."""
    return "?" in text[said.end() : cues.sentence_of(bounds, len(text), said.start())[1]]


def _sender(text: str, position: int) -> str | None:
    """Who sent the quoted message a place of the original text stands in: the domain of the
    address on its "On ... wrote:" line, or the name there; None if unknown."""
    headers = cues.header_spans(text)
    i = bisect_right(headers, (position, len(text)))
    if not i:
        return None
    line = text[headers[i - 1][0] : headers[i - 1][1]]
    found = _AN_ADDRESS.search(line) or _A_NAME_WROTE.search(line)
    return found[1].strip().lower() if found else None


def _the_same_sender(text: str, first: int, second: int) -> bool:
    """Whether two places stand in messages from the same sender (or one is not known)."""
    a, b = _sender(text, first), _sender(text, second)
    return a is None or b is None or a == b


def _a_header_between(text: str, start: int, end: int) -> bool:
    """Whether a quoted message's header line ("On Fri, 14 Nov 2025 ... wrote:") lies between
    two places of the original text: they are in different messages."""
    headers = cues.header_spans(text)
    i = bisect_right(headers, (start, len(text)))
    return i < len(headers) and headers[i][0] < end


def _the_latest_said(
    text: str,
    bounds: list[int],
    said_latest: list[tuple[_Key, Candidate, re.Match[str] | None]],
    best: _Key,
    chosen: Candidate,
) -> tuple[_Key, Candidate, re.Match[str] | None] | None:
    """ "a final decision in August, by 15.8. at the latest": the date said as the latest, over
    a later one of the same strength in the same sentence, unless they are alternatives ("by
    Friday at the latest, or early next week") or clauses apart ("...; the decision follows by
    the end of the month")."""
    sentence = cues.sentence_of(bounds, len(text), chosen.start)
    for key, candidate, then in reversed(said_latest):
        if candidate is chosen or key[:2] != best[:2] or candidate.day >= chosen.day:
            continue
        if not sentence[0] <= candidate.start < sentence[1]:
            continue
        if candidate.start < chosen.start:
            lo, hi = candidate.end, chosen.start
        else:
            lo, hi = chosen.end, candidate.start
        if _APART.search(text, lo, hi):
            continue
        return key, candidate, then
    return None


# (Nor two steps: "I'll call you Monday at the latest to book the final round, and we'll make
# a decision in April".)
_APART = re.compile(r";|(?<![a-z])(?:or|and|then)(?![a-z])")


# (Not "Mar 4 - deadline for the hiring manager's decision": a line about the day.)
_HEADING_MARK = re.compile(
    r"[ \t]*(?:-|:|\|)[ \t](?!(?:the )?(?:deadline|decision|due|answer|feedback|offer|result))"
)


def _a_heading_of_today(text: str, candidate: Candidate, ctx: Context) -> bool:
    """A date opening a line, then a dash or a colon, that is today: the note's own date."""
    return (
        candidate.kind == "explicit_date"
        and candidate.day == ctx.today
        and (candidate.start == 0 or text[candidate.start - 1] == "\n")
        and _HEADING_MARK.match(text, candidate.end) is not None
    )


# "today is the 10th", "Writing this on Dec 9", "still nothing as of 20 May", "it is now
# WEDNESDAY of the following week": when a story is told, not what it waits for.
_NOW_SAID = re.compile(
    r"(?<![a-z])(?:today is|it is now|it's now|its now|now it's|now its) (?:(?:a |the )?\(?)?$"
)
# ... or a stamp that is today's: "Writing this on Dec 9", "still nothing as of 20 May" (not
# "Update: Friday they said they'll call", nor "As of Friday, all candidates will have been
# notified": days to come).
_STAMPED = re.compile(
    r"(?<![a-z])(?:today's|writing this(?: on)?|posting this(?: on)?|as of|(?:update|edit)"
    r"(?: on)?:) (?:(?:a |the )?\(?)?$"
)

_WRITING_THIS = re.compile(r"(?<![a-z])(?:writing|posting|typing) this $")
# ... or headed so: "Update 6/3: nothing, called and left a voicemail."
_AN_UPDATE_DATED = re.compile(r"(?<![a-z])(?:update|edit|ps)(?: on)? $")


_IS_TODAY_AFTER = re.compile(rf"(?<=today)(?: is|'s) (?:the )?(?:\d|{'|'.join(_WEEKDAYS)})")


# "Here we are in May", "we're now in March", "it's already into June": the month the story is
# told in, named as now (not "we're in touch in May", a month to come).
_THE_MONTH_NOW = re.compile(
    r"(?<![a-z])(?:here we are|(?:we're|we are|i'm|i am|it's|it is)(?: now| already| well)?"
    # (In it, said so: not "the decision is now end of May", "it's late May before they decide",
    # the month promised.)
    r"|now|already)(?: now| already)?(?P<in> (?:in|into))? $"
)


def _the_stories_now(text: str, candidate: Candidate, ctx: Context) -> bool:
    """A day said as the moment of writing: a weekday named as now ("it is now Wednesday of
    the following week"), today's date as the story's stamp, or this month named as now."""
    before = max(0, candidate.start - 20)
    if candidate.kind == "month_part" and (candidate.day.year, candidate.day.month) == (
        ctx.today.year,
        ctx.today.month,
    ):
        now_said = _THE_MONTH_NOW.search(text, before, candidate.start)
        if now_said and (now_said["in"] or text.startswith(("in ", "into "), candidate.start)):
            return True
    if candidate.day == ctx.today and _IS_TODAY_AFTER.match(text, candidate.end):
        return True  # "Today is 20th and no reply": today named, no day to wait for
    if _NOW_SAID.search(text, before, candidate.start):
        return candidate.day == ctx.today or candidate.kind in ("weekday", "day")
    if (
        candidate.kind == "weekday"
        and candidate.day.weekday() == ctx.today.weekday()
        and _WRITING_THIS.search(text, before, candidate.start)
    ):
        return True  # "Writing this on Friday, no news still", on a Friday: today
    return candidate.day == ctx.today and bool(
        _STAMPED.search(text, before, candidate.start)
        or (
            text.startswith(":", candidate.end)
            and _AN_UPDATE_DATED.search(text, before, candidate.start)
        )
    )


# "Our travel desk will book a hotel for the night of the 5th": the night of a stay is the
# trip's, never an answer's ("B&B" reads "bandb" here). Booked "for" it: not "you'll hear from
# me on the night of the 12th" from the interview room, nor "stay tuned - the panel decides on
# the night of ...".
_A_NIGHTS_STAY = re.compile(
    r"(?<![a-z])(?:hotel|room|accommodation|lodging|motel|inn|bandb|b and b|airbnb|guest ?house)s?"
    r"(?![a-z])[^.!?;\n]{0,40}for (?:the )?(?:nights?|evening) of $"
)


def _a_nights_stay(text: str, candidate: Candidate) -> bool:
    return _A_NIGHTS_STAY.search(text, max(0, candidate.start - 90), candidate.start) is not None


# "Dec 31 came, no news", "Friday came and went", "the 3rd has come and gone": a day the
# story has seen pass.
# (Not "by Friday, come what may".)
_CAME_AND_WENT = re.compile(
    r",? (?:came(?: and went)?|(?:has |had )?come and gone|(?:has |had )?passed|went by)(?![a-z])"
)


def _come_and_gone(text: str, candidate: Candidate) -> bool:
    return bool(_CAME_AND_WENT.match(text, candidate.end))


# "[Mon 3:38 PM] Recruiter (Dana): ...": a chat line's stamp, when it was said.
_STAMP_OPEN = re.compile(r"\[ ?$")
_STAMP_CLOSE = re.compile(r",? \d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?\]")


@lru_cache(maxsize=2)
def _chat_stamps(text: str) -> tuple[tuple[int, tuple[int, int]], ...]:
    """A pasted chat's line stamps, in text order: where each line starts and its date's span.
    (Searched once per text: the messages' days and the stamps' own dates both need them.)"""
    stamps = []
    for stamp in _CHAT_STAMP.finditer(text):
        group = next(name for name in ("date", "named", "header") if stamp[name])
        stamps.append((stamp.start(), stamp.span(group)))
    return tuple(stamps)


def _in_a_chat_stamp(text: str, norm: Normalised, today: dt.date) -> Callable[[Candidate], bool]:
    """Whether a phrase is the date of a pasted chat's line stamp ("[20/10/2025, 11:05 am] Me:
    any update?"): when a message was sent, not a day anyone waits for."""
    spans = [span for _line_start, span in _chat_stamps(text)]
    starts = [start for start, _end in spans]

    def within(candidate: Candidate) -> bool:
        at = norm.start_of(candidate.start)
        i = bisect_right(starts, at)
        # (A message is sent by now: a day to come is no stamp.)
        return bool(i) and at < spans[i - 1][1] and candidate.day <= today

    return within


def _a_chat_stamp(text: str, candidate: Candidate) -> bool:
    return bool(
        candidate.kind == "weekday"
        and _STAMP_CLOSE.match(text, candidate.end)
        and _STAMP_OPEN.search(text, max(0, candidate.start - 4), candidate.start)
    )


def read_return_date(
    text: str, now: dt.datetime, tz: str, country: str | None = None
) -> Reading | None:
    """The day the writer of an out-of-office reply is back, or None if it gives none.

    "until X" and "back on X" give X; "through X", "X inclusive" and the end of a range
    ("away 21-24 December") give the first business day after X.
    """
    text = _ONE_SPACE.apply(text)  # pasted no-break spaces: plain ones
    ctx, norm, found = _candidates(text, now, tz, country, RETURN)
    if not found:
        return None
    bounds = cues.sentence_bounds(norm.text)
    out_of_office = bool(cues.OUT_OF_OFFICE_RE.search(norm.text))
    best: tuple[dt.date, int] | None = None
    chosen: tuple[Candidate, dt.date] | None = None
    for candidate in found:
        sentence = cues.sentence_of(bounds, len(norm.text), candidate.start)
        cue = cues.return_cue(norm.text, sentence[0], candidate.start)
        if candidate.lead == "until":
            cue = "until"
        elif candidate.lead == "through":
            cue = "through"
        if _INCLUSIVE_AFTER.match(norm.text, candidate.end):
            cue = "through"
        if candidate.range_end and cue in (None, "start"):
            # "out of the office from Nov 4-18": the range's end, even after its "from"
            cue = "through"
        if cue == "start" or cue is None and not out_of_office:
            continue
        day = candidate.day
        if cue == "through" and candidate.kind in _POINT_KINDS:
            day = business.next_business_day(day, ctx.country)
        if day < ctx.today:
            continue
        key = (day, -candidate.start)
        if best is None or key > best:
            best, chosen = key, (candidate, day)
    if chosen is None:
        return None
    return _reading(text, norm, chosen[0], chosen[1])


__all__ = ["read_return_date", "read_timeline"]
