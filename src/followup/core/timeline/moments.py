"""The moment of speaking of what is reported: "I interviewed 9/8 and they said 2-3 weeks",
"HR rang yesterday, said they need 3-5 working days", "she told me two weeks tops. that was on
the 20th". What was said at a past moment counts from it (PRODUCT.md), as a quoted e-mail's
words count from its date; what is said now counts from now.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from followup.core.faster_patterns import compile_faster
from followup.core.timeline import cues, dates, prefilter
from followup.core.timeline.fragments import number_value
from followup.core.timeline.grammar import Candidate, Context, scan

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The lead of a reading counted from a date said before it ("that week", "the day after"): the
# words that date came with ("on leave until the 12th") say nothing about this one.
ANAPHORA = "anaphora"
# Phrases that count from the moment they were written: in a quoted message, from its date.
COUNTED_FROM_WRITING = frozenset(
    "weekday end_of_week week week_part duration business_days day month_part".split()
)


# "I interviewed 9/8 and they said 2-3 weeks to hear back", "Had the final round on 28 Jan
# and they said they'd revert within the fortnight": what was said at a past event, reported
# later, counts from that event (PRODUCT.md's moment of speaking), as a quoted e-mail's does
# from its date.
_SAID = compile_faster(
    # ("The lady from HR told all of us at the end that ...")
    # ("The lady did say ...", and as non-native writers put it: "Manager she say she will call";
    # not "they say", present as often as not, nor a question: "did she say when".)
    # ("The Teamlead say me I get answer in a couple of weeks")
    r"(?<![a-z])(?<!as )(?:said|says|did say|(?<!did )(?<!does )(?<!do )(?:she|he) say"
    r"|(?<!to )(?<!you )(?<!i )(?<!we )(?<!they )say me"
    # ("HR say will inform within 3 weeks", with no subject after it, as non-native writers
    # put a past telling)
    r"|(?:hr|they|she|he|manager|recruiter|interviewer|panel) say(?= (?:will|would)(?![a-z]))"
    r"|told (?:me|us|him|her|them|all of us|everyone|everybody"
    r"|all (?:the )?candidates)|(?:was|were) told|mentioned"
    r"|promised"
    # (Taglish: "Sabi niya wait daw for the email within 5 working days", "sabi ng recruiter")
    r"|sabi (?:kasi |daw |raw )?(?:niya|nila|daw|ng|ni|sa|nung|nang)"
    r"|saying|quoted|quotes?|estimates?|estimated|(?:they|she|he)(?:'d| would)"
    # ("They were very clear at the end that we'd hear within 5 working days": told then)
    r"|we(?:'d| would) (?:hear|get (?:an? |the |our |my )?(?:answer|decision|feedback"
    r"|result|news|call|email)|be (?:told|contacted|notified|informed|called))"
    # ("Recruiter's exact words at the end: 'give us a couple of weeks.'")
    # ("The recruiter's words after: 'we're aiming to close this out in ...'")
    r"|words(?: at the end| were| after(?: (?:the|my|our) [a-z]+)?)?:"
    # ("HR told result will come within 15 days", as non-native writers put it)
    # ... "HR told she will confirm by Friday 14th"
    # ... and quoted: 'HR told "feedback will be shared within 5 working days"'
    # ... and with no subject after it: "they told will inform within one week"
    r"|(?<!i )told(?=:? [\"']?(?:that )?(?:(?:the )?(?:results?|outcome|decision|answer|feedback)"
    r"|(?:(?:she|he|they) )?(?:will|would|'ll|'d))(?![a-z]))"
    # ("The hiring manager called me on Friday the 9th to say ...")
    r"|(?:called|rang|phoned|emailed|texted|messaged)(?: [a-z0-9]+){1,6} to (?:say|tell (?:me|us))"
    # ("Then Friday they emailed pushing it to early next month")
    r"|(?:called|rang|phoned|emailed|e-mailed|texted|messaged|wrote)(?: (?:me|us|back))?"
    r" (?:pushing|moving|bumping|saying)"
    # "Then on the 9th she messaged that they'll close it out this Friday"
    # ("The recruiter emailed yesterday that I'd hear within 5 working days")
    r"|(?:texted|emailed|e-mailed|messaged|wrote|replied)(?: (?:me|us))?(?: yesterday| today"
    r"| this morning| last night)? that"
    # "the HR rep texted me last Thursday, 'We'll have a decision by the end of the month'"
    r"|(?:texted|emailed|e-mailed|messaged|pinged|wrote|replied)(?: (?:me|us|back))?"
    r"(?: [a-z]+){0,2}(?:,? (?=\")|:)"
    # A message quoted with when it came: 'Got this Friday afternoon after my panel: "..."',
    # 'HR's whatsapp from yesterday: "..."' (its words in quotes)
    # ('Got this SMS on 3/11/2025: "..."')
    r"|(?:got|received) this(?: [a-z0-9][a-z0-9/.,-]*){0,6}: ?(?=\")"
    # ('interviewer at 4pm yesterday: "you\'ll hear from us within 48 hours"')
    r"|(?:yesterday|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:morning|afternoon"
    r"|evening|night)): ?(?=\")"
    # (An interview's notes: '- End: "You'll get our feedback within two weeks."')
    # (from the line's start: the whole pattern's look-behind sees no letter before it)
    r"|(?:^|(?<=\n))[ \t]*[-*\u2022]?[ \t]*(?:at the )?end(?: of (?:the )?(?:interview|call"
    r"|meeting))?: ?(?=\")"
    # ("The hiring manager ended with \"you'll hear from me in 2 wks\"")
    r"|(?:ended|closed|finished|wrapped up|signed off)(?: [a-z]+){0,3} (?:with|by saying)"
    r"(?:,? (?=[\"'])|:)"
    r"|(?:email|e-mail|message|text|reply|whatsapp|dm|voicemail|mail) from (?:yesterday"
    r"|(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?: [a-z]+){0,2}"
    r"(?:,? (?=\")|: ?(?=\")))(?![a-z])"
)
# Said then, in so many words: "She said she'd ring me Monday or Tuesday" (not "HR said they
# will update me this week", which may have been said today).
# ("The manager said HR would reach out by Friday the 14th")
# ("... the panel chair said all candidates would hear by the end of next week")
_BACKSHIFTED = re.compile(r"(?<![a-z])(?:(?:they|she|he|i|we|you|hr|it)'d|[a-z]+ would)(?![a-z])")
_QUOTED_THEN_ON = re.compile(
    r"(?<![a-z])(?:said|told (?:me|us)|mentioned|promised|quoted)[,:]? [\"\u201c]"
    r"[^\"\u201d\n]{1,80}[\"\u201d],? (?:on )?$"
)
# A weekday said as the day something was done: "had my onsite Tuesday", "she called Monday".
_DONE_ON = compile_faster(
    r"(?<![a-z])(?:emailed|e-mailed|called|rang|texted|messaged|wrote|replied|interviewed"
    # ("recruiter pinged me monday", "Pinged her Tuesday and she said ...")
    r"|pinged|dmed|whatsapped|chased"
    # ("offer letter came Wednesday")
    # ("reference check done Monday"; not "the rota gets done on Sunday", still to come)
    r"|came|arrived|landed"
    r"|(?<!gets )(?<!get )(?<!be )(?<!getting )(?<!is )(?:done|completed"
    r"|finished|cleared)"
    # ("Gave my final HR round at an MNC in Pune on Tuesday")
    # (Words, not a dash: "Had my onsite today - recruiter expects feedback for me Friday" is
    # a day to come.)
    # ("Had the final with the controller and the CFO on Friday": "and" joins the people met.)
    # ("2 wks for a decision when i talked to her friday")
    # ("Ana's interview at the school division went well on Friday")
    r"|went (?:really |very |so |pretty )?(?:well|ok|okay|fine|great|badly|alright|smoothly)"
    # ("Went to the assessment centre on Thursday")
    r"|spoke|talked|chatted|met|(?:had|did|gave|attended|went to) (?:my|the|our|an?|ma|their)"
    r"(?: (?:(?!and"
    r" (?!the |an? |my )"
    # (Nor a clause of what is to come: "Had the interview and the recruiter is going to ring
    # me Friday", "and the answer comes Friday".)
    r"|(?:is|are) (?:going|getting|gonna|due|supposed)|going to|gonna|(?:comes|gets)(?![a-z])"
    r"|but|they|he|she"
    r"|will|would|by|said|told|till|until|today|tomorrow|expects?|results?|feedback|decision)"
    # ("had the 2nd round thurs arvo": a word may open with a figure)
    r"[a-z0-9(][a-z0-9'+()-]*)){1,14})"
    # ("I emailed her friday afternoon to check in")
    # ("Spoke to Gemma at the agency on Friday (15th).")
    # ("Spoke on the phone with Gemma on Friday")
    r"(?: (?:on|over) the phone| by phone)?"
    # ("Talked to the hiring manager on Thursday": whom, in two words)
    r"(?: (?:me|us|back|her|him|them|hr|(?:with|to) (?:the |my |our )?[a-z]+(?: [a-z]+)?"
    r"(?: (?:at|from) the [a-z]+)?))?"
    r"(?: on| last)? $"
    # ("they told me after the interview on Wednesday that ...": when it was said)
    r"|(?<![a-z])(?:told (?:me|us)|informed (?:me|us)) after (?:the|my|our|their)"
    r" (?:[a-z0-9]+ )?(?:interview|final|round|panel|onsite|call|meeting|screen)(?: on)? $"
    # "Interviewed at a big box store Saturday afternoon", "Interviewed on a med-surg unit
    # Thursday": a few words between, none of a promise.
    # (A place first: not "will notify all interviewed candidates ... by Friday".)
    r"|(?<![a-z])interviewed (?:at|on|in|for|with)(?: (?:(?!and|but|they|he|she|will|would|by"
    r"|said|told|till|until)[a-z'-]+)){1,9} (?:on )?$"
    # "Two rounds. The first with the line manager, the second on Thursday with the director":
    # the next of the rounds told, on its day.
    r"|(?:^|[.,;!?] |\n)(?:the |my |a )?(?:second|third|final|last|2nd|3rd)(?: one| round"
    r"| interview)?(?: was)?(?: on)? $"
    # A sentence opening with the meeting: "Interview on Monday went well", "County interview
    # Thursday for an engineering tech position".
    r"|(?:^|[.!?] |\n)(?:[a-z]+ )?(?:interview|final|onsite|panel|phone screen)(?: was)? (?:on )?$"
    # ... and with a few words between, of who and where: "Final round on Monday with the
    # CPO", "Final round (hiring manager + skip) at a unicorn on Wednesday" (not "Final round
    # is on Monday", to come).
    # ("Phone screen with an agency recruiter Monday, she said ...")
    r"|(?:^|[.!?] |\n)(?:my |the |our )?(?:[a-z0-9]+ )?(?:interview|final|onsite|panel|round"
    r"|stage|loop|screen)(?: (?:(?!is|are|will|would|and|but|they|he|she|by|said|told|till|until"
    # (Not "final answer by COB Thursday": what is to come.)
    r"|next|tomorrow|answer|decision|result|outcome|offer|feedback|update|word|call|date"
    # (Nor "The selection panel sits on Thursday", "HR round fixed for Thursday": to come.)
    r"|sits|meets|fixed|scheduled|set|booked|planned|starts|begins|happens|takes)"
    r"[a-z0-9(][a-z0-9'+()-]*)){0,9}(?: (?:was )?on)? $"
    # The moment a promise told before it was made: "She said 3 business days. That was
    # Monday afternoon.", "... two weeks, which was Friday".
    r"|(?:(?:^|[.!?] |\n)(?:that|this)|, which) was (?:on )?$"
)
# The writer's own promise, said now: "we will come back to you", "I'll be in touch".
_GOT_THIS = re.compile(r"(?<![a-z])(?:got|received) $")
_ITS_QUOTE_AFTER = re.compile(r"[^\n:\"]{0,40}: ?\"")
_OWN_PROMISE = re.compile(
    r"(?<![a-z])(?:we|i)(?:'ll| will| shall) (?:come back|get back|be in touch|let you know"
    r"|contact|revert|update|send|share|write|call|confirm|decide|have|inform|notify|advise)"
    r"(?![a-z])"
)
# What a moment of speaking is the day of: a meeting, a call, an interview.
_AN_EVENT = re.compile(
    # ("Trailed at a new spot downtown yesterday": a kitchen's trial shift)
    r"(?<![a-z])(?:interview\w*|call(?:ed)?|rang|spoke|talked|chatted|met|meeting|panel|onsite"
    r"|on-site|trailed|trialled|trialed"
    r"|final|rounds?|stage|screen\w*|chat|conversation|assessment|trial|visit|superday|heard|emailed|texted|messaged"
    r"|drive|walk-in|test|exam|shift|session|loop|presentation|super day"
    # ("Dinner with the chair was Thursday 5 November ... he said the board would ratify the
    # appointment 'within a month'": a senior hire's meeting)
    r"|dinner|lunch|breakfast"
    # ("Went to the Saturday hiring event yesterday afternoon")
    r"|(?:hiring|recruitment|recruiting|careers?) (?:event|day|fair)|open day|job fair"
    r"|assessment (?:day|centre|center)"
    r"|told|said|int"
    # ("Two rounds. The first with ..., the second on Thursday with the director")
    r"|(?:2nd|3rd|second|third) on)(?![a-z])"
)
# A weekday's meeting: "Friday's interview", "Tuesday's phone screen" (the grammar reads no
# weekday in a possessive).
_WEEKDAYS_MEETING_WORDS = (
    rf"(?<![a-z])(?P<wd>{'|'.join(WEEKDAYS)})'s (?:[a-z]+ )?(?:interview|call|panel|onsite"
    r"|meeting|final|round|chat|assessment|trial|screen|visit|shift)(?![a-z])"
)
# (Gated: a long text without a weekday's "'s" is not searched, one with them only near them;
# searched whole, a 1 MB debrief cost 40 ms.)
_WEEKDAYS_MEETING = prefilter.Gated(
    re.compile(rf"(?<!last )(?<!next )(?<!this ){_WEEKDAYS_MEETING_WORDS}")
)
# "Phone call Mon 5 July with the recruiter: client wants ...", "Recap of Tuesday's call with
# the HR partner (16 May): ...": what a call's notes say after its colon was said on its day.
_A_CALLS_NOTES = re.compile(
    r"(?<![a-z])(?:call|meeting|chat|conversation|catch-up|catch up|voicemail|screen)"
    r"(?: [^:.!?\n]{1,50})?:"
)
_CALLS_NOTES_REACH = 60
# ("Wednesday's call with the recruiter: 'you'll hear from us by end of week'": its notes)
_ITS_NOTES = re.compile(r"[^:.!?\n]{0,50}:")
_AN_EVENTS_DAY_BEFORE = re.compile(rf"{_WEEKDAYS_MEETING_WORDS} ?\((?:on )?(?:the )?$")
_AHEAD_OF = re.compile(
    r"(?<![a-z])(?:before|ahead of|until|till|for|see you at|prepare for|prep for|coming)"
    r"(?: the)? $"
)
# "the week after", "the Monday after": after a day named before it.
_AFTER_THE_DAY_NAMED = re.compile(rf"(?:the )?(?:week|day|{'|'.join(WEEKDAYS)}) after")
_SAID_REACH = 160
_SPAN_SAID_REACH = 320
# The phrases read again from the day they were said.
SAID_AGAIN = COUNTED_FROM_WRITING | {"holiday", "quarter", "year"}
# A period's end: said in a story and read from now, it may be next year's.
_A_PERIODS_END = frozenset({"month_part", "quarter", "year", "holiday"})


def count_from_when_it_was_said(
    text: str, bounds: list[int], found: list[Candidate], ctx: Context
) -> None:
    """Re-read, in place, a phrase reported as said at a past moment named next to it: before
    it in the same sentence ("I interviewed 9/8, they said 2-3 weeks"; "HR called yesterday,
    said they need 3-5 working days"), or in so many words ("... on 7 June. She said she'd ring
    me Monday or Tuesday"), or just after it ("she told me two weeks tops. that was on the
    20th"; "said 7-10 business days when I did the final on the 9th")."""
    moments = _moments(text, found, ctx)
    ends = [end for _start, end, _day in moments]
    # The days something was done on ("I emailed Monday, no reply"): moments, not promises.
    done_on = {start for start, _end, _day in moments}
    for index, candidate in enumerate(found):
        if _date_a_day_number_said_gone(text, candidate, ctx):
            continue
        if candidate.kind == "weekday" and candidate.start in done_on:
            continue
        if (
            candidate.kind not in SAID_AGAIN
            # ("The CTO said they'd decide by the 3rd", on 20 June: 3 July, not 3 August.)
            and not (
                candidate.kind == "explicit_date"
                and _BY_A_DATE.match(text, candidate.start, candidate.end)
            )
            or candidate.anchored
            or candidate.lead == ANAPHORA
            # ("before Thanksgiving but worst case you'll hear from us the week after": after
            # the day named before it, not after the day it was said.)
            or _after_a_holiday_named_before(text, bounds, found, index)
            # With no moment named, only a period's end a year away is read again: the rest
            # of a long text's dates need no search for a telling.
            or not moments
            and (candidate.kind not in _A_PERIODS_END or candidate.day - ctx.today < _NEXT_YEARS)
            # (up to its end: "said 2 wks" is one phrase)
            or not _SAID.search(text, max(0, candidate.start - _SAID_REACH), candidate.end)
            and not _A_CALLS_NOTES.search(
                text, max(0, candidate.start - _SAID_REACH), candidate.start
            )
            and not _THATS_WHAT.match(text, candidate.end)
        ):
            continue
        said_on = _said_before(text, bounds, moments, ends, candidate, ctx) if moments else None
        if said_on is not None:
            said_on += _days_later(text, bounds, ends, candidate)
        elif moments:
            said_on = _said_after(text, moments, ends, candidate)
        if said_on is None:
            _the_one_just_gone(text, candidate, ctx)
            continue
        if candidate.kind == "explicit_date" and not _BY_A_DAY_NUMBER.fullmatch(
            text, candidate.start, candidate.end
        ):
            # A whole date said then ("the recruiter said they would respond by 20 March",
            # posted in April): gone by since, it is a promise not kept and still the
            # timeline (PRODUCT.md's team decision), unless the story goes on to any outcome
            # ("email came 24 Jul: unsuccessful", "I got the job!"), which it often does.
            # (Up to a few paragraphs on: a long paste is read in time linear in its length.)
            if said_on <= candidate.day < ctx.today and not _ANY_OUTCOME.search(
                text, candidate.end, candidate.end + _OUTCOME_REACH
            ):
                candidate.anchored = True
            continue
        if candidate.kind == "explicit_date" and said_on <= candidate.day < ctx.today:
            # "... said HR would reach out by Friday the 14th", retold on the 18th: the day
            # named, gone by since, keeps its date as a whole date does (unless an outcome
            # follows).
            if not _ANY_OUTCOME.search(text, candidate.end, candidate.end + _OUTCOME_REACH):
                candidate.anchored = True
            continue
        if candidate.kind == "explicit_date" and candidate.day - ctx.today <= _A_FORTNIGHT:
            # A day number near enough to have been said now ("Had my interview on 28 August.
            # Rang them this week and the recruiter said they'd have an answer by the 3rd",
            # on 30 September): the 3rd to come.
            continue
        day = read_on(text[candidate.start : candidate.end], candidate.kind, said_on, ctx)
        if day is not None:
            candidate.day, candidate.anchored = day, True
    # Where waits are told and outcomes named, found once (a window searched again for each of
    # a long paste's dates cost seconds a megabyte), and only where a wait's words are: most
    # texts tell none.
    waits = (
        [m.start() for m in _NO_WORD_SINCE.finditer(text) if not _OF_ANOTHER.match(text, m.end())]
        if any(word in text for word in _NO_WORD_WORDS)
        else []
    )
    if waits:
        outcomes = [m.start() for m in _ANY_OUTCOME.finditer(text)]
        # (Not a day something was done; a whole date gone by is a moment too, and may be the
        # promise's.)
        for candidate in found:
            if (
                not candidate.anchored
                and candidate.lead != ANAPHORA
                and (candidate.kind == "explicit_date" or candidate.start not in done_on)
                and _within(waits, candidate.end, candidate.end + _NO_WORD_REACH)
                and not _within(outcomes, candidate.end, candidate.end + _OUTCOME_REACH)
            ):
                _gone_by_with_no_word(text, moments, ends, candidate, ctx)
    _a_titles_copy(text, found)


# A telling dated from the moment before it: "My panel was on Wed 4 Mar. The day after, the
# recruiter rang me to say ..." was said on the 5th. (Opening the phrase's own sentence or a
# clause of it: "they'd call the day after" is a promise's day, not when it was said, and "The
# next day I sent a thank-you" another sentence's.)
_DAYS_LATER = re.compile(
    r"(?:^|(?<=[.!?;\n]) ?|(?<=, ))(?:and )?(?:on )?(?:(?P<one>the (?:day|morning|afternoon)"
    r" after(?: that)?|the (?:next|following) (?:day|morning|afternoon)|a day later"
    r"|next (?:day|morning))|(?P<n>2|3|two|three|a couple of) days later)(?![a-z])"
)


def _days_later(
    text: str, bounds: list[int], ends: list[int], candidate: Candidate
) -> dt.timedelta:
    """How many days after the moment before the phrase it was said (`_DAYS_LATER`)."""
    moment_end = ends[bisect_right(ends, candidate.start) - 1]
    sentence_start = cues.sentence_of(bounds, len(text), candidate.start)[0]
    later = _DAYS_LATER.search(text, max(moment_end, sentence_start), candidate.start)
    if later is None:
        return dt.timedelta(0)
    count = 1 if later["one"] else 3 if later["n"] in ("3", "three") else 2
    return dt.timedelta(days=count)


def _after_a_holiday_named_before(
    text: str, bounds: list[int], found: list[Candidate], index: int
) -> bool:
    """ "before Thanksgiving but worst case you'll hear from us the week after": after the
    holiday named before it in its sentence, not after the day it was said ("On 20 November
    she told me they would decide the week after" is the week after the 20th). (`found` is in
    text order: only the phrases just before it, in its sentence, are looked at.)"""
    candidate = found[index]
    if not _AFTER_THE_DAY_NAMED.fullmatch(text, candidate.start, candidate.end):
        return False
    opens = cues.sentence_of(bounds, len(text), candidate.start)[0]
    for other in reversed(found[max(0, index - 8) : index]):
        if other.start < opens:
            break
        if other.kind == "holiday":
            return True
    return False


_OF_A_WEEK_GONE = re.compile(r"(?<![a-z])(?:last|previous|past) week(?![a-z])")


# ("on the 3rd", "on Friday 27th")
_ON_A_DAY_NUMBER = re.compile(
    r"on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?\d{1,2}(?:st|nd|rd|th)"
)
# A meeting told as done before the day it was on: "the final was on the 3rd", "the last one
# was in person with the director on the 3rd" (not "the final is on the 3rd", "was moved to").
_A_MEETING_WAS = re.compile(
    r"(?<![a-z])(?:(?:interview|final|onsite|panel|round|(?<=last )1|call|meeting|screen|trial"
    r"|chat) was(?! (?:moved|pushed|rescheduled|changed|booked|scheduled|set|planned|supposed"
    r"|meant|going|due|to be))"
    # ("I gave final interview at a telecom company in Karachi on Friday 27th")
    r"|(?<!will )(?<!to )(?:gave|had|did|attended|cleared)(?: (?:my|the|a|an|our))?"
    r" (?:[a-z0-9]+ )?(?:interview|final|onsite|panel|round|screen))"
    # (A few words of where and with whom; not a promise's clause: "The interview was good and
    # they'll call on the 10th".)
    r"(?: (?!(?:and|but|so|then|they|she|he|we|i|you|hr|will|would|said|told|let|call|ring"
    r"|email)(?![a-z]))[a-z-]+){0,8} $"
)
_A_MONTH_GONE = dt.timedelta(days=31)
# The telling just before the day it was said on: "HR said yesterday ...", "they told me
# after the interview on Wednesday that ...".
_TOLD_BEFORE_THE_DAY = 40
# A telling just before a weekday: "Recruiter said Friday was the target" is reported speech.
_TOLD_JUST_BEFORE = re.compile(
    r"(?<![a-z])(?:said|says|told (?:me|us)|mentioned|confirmed|thinks|thought|reckons|reckoned"
    r"|hoped|hopes|suggested)(?: that)? $"
)
# A weekday told as gone by: "Thursday was a holiday", "Monday was my last day there" (not
# "Friday was supposed to be the deadline", nor "Friday was when they said they'd decide": the
# promise's day, retold).
_WAS_THEN = re.compile(
    r" was (?!supposed|meant|going|due|to be|when|the (?:day|deadline|date)|their|the last day"
    r" they|what)"
)


def _moments(text: str, found: list[Candidate], ctx: Context) -> list[tuple[int, int, dt.date]]:
    """The past moments a text names, as (start, end, day), in text order: past dates,
    weekdays something was done on, "yesterday", "last Monday", "3 weeks ago" (and "today").
    A weekday something was done on is set, in place, to the day gone by."""
    moments: list[tuple[int, int, dt.date]] = []
    for index, candidate in enumerate(found):
        if candidate.kind == "explicit_date" and candidate.day < ctx.today:
            moments.append((candidate.start, candidate.end, candidate.day))
        elif (
            candidate.kind == "explicit_date"
            and _ON_A_DAY_NUMBER.fullmatch(text, candidate.start, candidate.end)
            and _A_MEETING_WAS.search(text, max(0, candidate.start - 60), candidate.start)
        ):
            # "the last one was in person with the ops director on the 3rd", told on the
            # 11th: the meeting's day, gone by (not next month's 3rd).
            number = int(_DIGITS_IN.search(text, candidate.start, candidate.end).group())
            gone = dates.last_day_numbered(ctx.today, number)
            if ctx.today - gone <= _A_MONTH_GONE:
                candidate.day = gone
                moments.append((candidate.start, candidate.end, gone))
        elif (
            candidate.kind == "weekday"
            and candidate.day < ctx.today
            and _OF_A_WEEK_GONE.search(text, candidate.start, candidate.end)
        ):
            # "The Wednesday of last week the recruiter said ...": a day gone by, as read.
            moments.append((candidate.start, candidate.end, candidate.day))
        elif (
            candidate.kind == "weekday"
            and (
                _DONE_ON.search(text, max(0, candidate.start - 100), candidate.start)
                or _a_meetings_notes(text, candidate)
                # 'Got this Tuesday afternoon after my panel: "..."': a message, come then.
                or text.startswith("this ", candidate.start)
                and _GOT_THIS.search(text, max(0, candidate.start - 12), candidate.start)
                is not None
                and _ITS_QUOTE_AFTER.match(text, candidate.end) is not None
                # 'Recruiter said "a week or two" on Tuesday after my last interview': the day
                # of the telling, its words quoted before it.
                # (its closing mark just before the day: most weekdays have none)
                or any(
                    mark in text[max(0, candidate.start - 6) : candidate.start]
                    for mark in '"\u201d'
                )
                and _QUOTED_THEN_ON.search(text, max(0, candidate.start - 120), candidate.start)
                is not None
                # 'Tuesday morning: "we will get back to you by end of week"': a message quoted
                # under the day it came.
                or text[candidate.start : candidate.end] in WEEKDAYS
                and _A_MESSAGES_DAY.match(text, candidate.end) is not None
                and (
                    candidate.start == 0
                    or _A_CLAUSES_OPENING.search(
                        text, max(0, candidate.start - 12), candidate.start
                    )
                )
                # "I know Thursday was Independence Day": a day gone by.
                or text[candidate.start : candidate.end] in WEEKDAYS
                and _WAS_THEN.match(text, candidate.end) is not None
                # (Not told so: "Recruiter said Friday was the target for a decision".)
                and _TOLD_JUST_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
                is None
                # "On Wednesday the recruiter called him and said ...": a day something was done on.
                or _an_opening_on(text, candidate)
                and _SOMEONE_DID_THEN.match(text, candidate.end)
                # "Thursday (24th) I had the final conversation at Tejo Seguros", "Saturday the
                # cafe owner said she'd text me"
                or (
                    _I_DID_THEN.match(text, candidate.end)
                    # (The weekday alone: not "By Friday the hiring manager said they'd decide".)
                    or text[candidate.start : candidate.end] in WEEKDAYS
                    and (
                        _SOMEONE_NAMED_DID_THEN.match(text, candidate.end)
                        # ("Then Friday they emailed pushing it to early next month")
                        or _SOMEONE_BY_PRONOUN_DID_THEN.match(text, candidate.end)
                    )
                )
                and (
                    candidate.start == 0
                    or _A_CLAUSES_OPENING.search(
                        text, max(0, candidate.start - 12), candidate.start
                    )
                )
            )
        ):
            # "Had my onsite Tuesday", "Recruiter emailed Wednesday saying ...": the last such
            # day, gone by (the event is no promise either, so it stays in the past).
            candidate.day = dates.previous_weekday(ctx.today, candidate.day.weekday())
            moments.append((candidate.start, candidate.end, candidate.day))
        elif (
            candidate.kind == "weekday"
            and candidate.day < ctx.today
            and _told_on(text, candidate, _THAT_AFTER, _after(found, index))
        ):
            moments.append((candidate.start, candidate.end, candidate.day))  # "said on Friday"
        elif candidate.kind == "month_part" and _a_month_of_telling(text, candidate, ctx):
            # "Early Nov the recruiter said they'd decide by the end of the month", told in
            # December: the month gone by when it was said (and no month promised).
            then = read_on(
                text[candidate.start : candidate.end], "month_part", ctx.today - _ONE_YEAR, ctx
            )
            if then is not None and then < ctx.today:
                candidate.day = then
                moments.append((candidate.start, candidate.end, then))
    for m in _WEEKDAYS_MEETING.finditer(text):
        told = (
            _SAID.search(text, m.end(), m.end() + 100)
            or _ITS_NOTES.match(text, m.end())
            # "Still thinking about Friday's interview at the council. (Who sat on the panel,
            # what they asked.) At the end Aroha said ...": told at its end.
            or _told_at_its_end(text, m.end())
        )
        if not told or _AHEAD_OF.search(text, max(0, m.start() - 20), m.start()):
            continue  # told at it, after it; not "before Friday's panel", "see you at ..."
        # "At Friday's interview the manager said ...": the weekday, possessive, is no phrase
        # the grammar reads; the meeting is the last such day (a past moment only matters to
        # what is said of it: "said", "told me"); on that weekday itself, today's (a note
        # written the evening after).
        back = (ctx.today.weekday() - WEEKDAYS.index(m["wd"])) % 7
        moments.append((m.start(), m.end(), ctx.today - dt.timedelta(days=back)))
    # (The moments' ends so far, sorted, and the last of those found below: a "today" is looked
    # up in them, not in every moment, so a paste of "today" over and over stays linear.)
    ends_before = sorted(end for _start, end, _day in moments)
    for m in _GONE_BY.finditer(text):
        if m["wd"] or m["jg"]:
            day = last_weekday_said(ctx.today, WEEKDAYS.index(m["wd"] or m["jg"]))
            number = _A_DAY_NUMBER_AFTER.match(text, m.end())
            if number:  # "last Tuesday the 4th": the Tuesday that was the 4th
                for weeks in range(3):
                    said = day - dt.timedelta(days=7 * weeks)
                    if said.day == int(number[1]):
                        day = said
                        break
        elif m["lw"] or m["lw2"]:  # "Tuesday last week"
            wd = next(
                i for i, name in enumerate(WEEKDAYS) if name.startswith((m["lw"] or m["lw2"])[:3])
            )
            day = dates.week_start(ctx.today) + dt.timedelta(days=wd - 7)
        elif m["unit"]:  # "3 weeks ago"
            count = 1 if m["n"] in (None, "a", "one") else int(m["n"])
            day = ctx.today - dt.timedelta(days=count * (7 if m["unit"].startswith("w") else 1))
        elif m["unit2"]:  # "it's been two weeks since my interview"
            count = int(number_value(m["n2"]) or 1)
            day = ctx.today - dt.timedelta(days=count * (7 if m["unit2"].startswith("w") else 1))
        elif m["now"]:  # "Today HR emailed: ...": said now, nearer than any moment before
            if _in_a_message_quoted_after_a_moment(text, ends_before, moments, m.start()):
                # 'HR's whatsapp from yesterday: "Thank u for coming in today ..."': its today
                # is the message's day, the moment it was quoted after.
                continue
            day = ctx.today
        elif m["two"]:
            day = ctx.today - dt.timedelta(days=2)
        else:
            day = ctx.today - dt.timedelta(days=1)
        moments.append((m.start(), m.end(), day))
    return sorted(moments)


_QUOTED_TODAY_REACH = 200


def _in_a_message_quoted_after_a_moment(
    text: str, ends_before: list[int], moments: list[tuple[int, int, dt.date]], at: int
) -> bool:
    """Whether `at` is inside a message quoted after a moment ("from yesterday: '...'"), in
    its paragraph, near its opening and before its closing quote mark. `ends_before`: the ends
    of the moments found before the weekdays' and "yesterday"'s, sorted; `moments`, in text
    order after them."""
    i = bisect_right(ends_before, at)
    end = ends_before[i - 1] if i else -1
    if moments and end < moments[-1][1] <= at:
        end = moments[-1][1]  # ("from yesterday" just found, before this "today")
    if end < 0 or at - end > _QUOTED_TODAY_REACH + 60:
        return False
    opens = _A_QUOTE_OPENS.match(text, end)
    return (
        opens is not None
        and at - opens.end() <= _QUOTED_TODAY_REACH
        and "\n\n" not in text[end:at]
        and '"' not in text[opens.end() : at]  # (the quote opened is not closed yet)
    )


# A month part opening its sentence, then who said what in it: "Early Nov the recruiter said
# ...", "Back in mid-October HR told me ...", "Early in July the HR lead said ...".
_A_MONTHS_TELLING = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))[ \t]*(?:back |sometime |some time )?(?:in |around )?$"
)
_TOLD_SOON_AFTER = re.compile(
    r",?(?: [a-z'()]+){1,4} (?:said|told|mentioned|promised|wrote|emailed)(?![a-z])"
)
_ONE_YEAR = dt.timedelta(days=365)


def _a_month_of_telling(text: str, candidate: Candidate, ctx: Context) -> bool:
    """Whether a month part is when something was said: it opens its sentence, a telling
    follows, and the month is gone by (read from now, it is most of a year away)."""
    return bool(
        candidate.day - ctx.today > _NEXT_YEARS - _JUST_GONE
        and _A_MONTHS_TELLING.search(text, max(0, candidate.start - 24), candidate.start)
        and _TOLD_SOON_AFTER.match(text, candidate.end)
    )


def last_weekday_said(today: dt.date, weekday: int) -> dt.date:
    """The day "last <weekday>" means: the last such day gone by, but not yesterday within the
    same working week (said on a Tuesday, "last Monday" is the Monday before: yesterday would
    be "yesterday"). Said on a Wednesday, two days before, as the blind writers and labellers
    of corpora DM and DO read it; at the weekend or on a Monday the day before may be it ("last
    Friday", said on a Saturday)."""
    day = dates.previous_weekday(today, weekday)
    yesterday_this_week = today - day == dates.ONE_DAY and 1 <= today.weekday() <= 4
    return day - dt.timedelta(days=7) if yesterday_this_week else day


def days_gone_by(text: str, found: list[Candidate], ctx: Context) -> None:
    """A day number said as the day something happened is the last such day, not the next
    one (in place): "that was on the 20th", "when I did the final on the 9th", "my final
    interview was on Wednesday the 7th" (and the dates counted from it then count from it)."""
    previous: Candidate | None = None
    for index, candidate in enumerate(found):
        if (
            candidate.kind == "explicit_date"
            and candidate.day > ctx.today
            and _A_DAY_NUMBER.fullmatch(text, candidate.start, candidate.end)
            and (
                _PAST_BEFORE.search(text, max(0, candidate.start - 110), candidate.start)
                # "said on tuesday (the 9th)": the number of a weekday gone by.
                or previous is not None
                and previous.kind == "weekday"
                and previous.day < ctx.today
                and _A_WEEKDAYS_NUMBER.fullmatch(text, previous.end, candidate.start) is not None
                # "Friday's interview (the 12th)": the meeting's own day, gone by.
                or _AN_EVENTS_DAY_BEFORE.search(text, max(0, candidate.start - 50), candidate.start)
                or _GONE_BY_EXPLAINED.search(text, max(0, candidate.start - 30), candidate.start)
                # "The NUM told me on the 17th they'd have offers out by the end of June".
                or _told_on(text, candidate, _TOLD_AFTER, _after(found, index))
                # "At the interview on the 3rd the hiring manager said ...": told there, so gone
                # by (not "the board approves hires at the meeting on the 21st").
                or _AT_THE_MEETING_ON.search(text, max(0, candidate.start - 40), candidate.start)
                and _THEN_SAID.match(text, candidate.end)
                # "Then on the 9th she messaged that ...": a day something was done on.
                or _an_opening_on(text, candidate)
                and _SOMEONE_DID_THEN.match(text, candidate.end)
                or _a_meetings_notes(text, candidate)
            )
        ):
            number = int(_DIGITS_IN.search(text, candidate.start, candidate.end).group())
            gone = dates.last_day_numbered(ctx.today, number)
            # (the weekday in the phrase, or in brackets after it: "on the 19th (Thursday)")
            named = _A_WEEKDAY_NAMED.search(
                text, candidate.start, candidate.end
            ) or _A_WEEKDAY_IN_BRACKETS.match(text, candidate.end)
            if (
                named is not None
                and candidate.day.weekday() == WEEKDAYS.index(named["wd"])
                and candidate.day.day == number
                and candidate.day - ctx.today < ctx.today - gone
            ):
                # "Final interview with the director on Monday 16th, the recruiter said ...",
                # on Wednesday the 11th: the coming Monday the 16th, nearer than last month's
                # (PRODUCT.md: the nearest such date).
                previous = candidate
                continue
            candidate.day = gone
        elif (
            candidate.kind == "explicit_date"
            and candidate.day > ctx.today
            and not _A_YEAR.search(text, candidate.start, candidate.end)
            and (
                _AT_THE_MEETING_ON.search(text, max(0, candidate.start - 40), candidate.start)
                and _THEN_SAID.match(text, candidate.end)
                # "Recruiter said on 18.12.: feedback early January", told on 4 January.
                or _told_on(text, candidate, _TOLD_AFTER, _after(found, index))
            )
        ):
            # "At the interview on 9 December the manager told me ...", retold on 4 January:
            # told there, so last year's December.
            last_year = dates.a_year_before(candidate.day)
            if last_year is not None and last_year < ctx.today:
                candidate.day = last_year
        elif (
            candidate.kind == "weekday"
            and candidate.day > ctx.today
            and (
                _SPOKE_ON.search(text, max(0, candidate.start - 40), candidate.start)
                or _told_on(text, candidate, _THAT_AFTER, _after(found, index))
            )
            # (Not "Once I talked to Sam on Friday, we'll decide ...": to come.)
            and not _TO_COME.search(text, max(0, candidate.start - 40), candidate.start)
        ):
            # "As I mentioned when we spoke on Monday, ... within 10 business days of that
            # call": the Monday gone by, before what counts from it is read (`_moments` reads
            # it so again, for what was said there).
            candidate.day = dates.previous_weekday(ctx.today, candidate.day.weekday())
        previous = candidate


_A_WEEKDAY_NAMED = re.compile(rf"(?<![a-z])(?P<wd>{'|'.join(WEEKDAYS)})(?![a-z])")
_A_MESSAGES_DAY = re.compile(r"(?: (?:morning|afternoon|evening|night))?: ?[\"\u201c]")
_A_WEEKDAY_IN_BRACKETS = re.compile(rf" ?\((?P<wd>{'|'.join(WEEKDAYS)})\)")


def _after(found: list[Candidate], index: int) -> Candidate | None:
    return found[index + 1] if index + 1 < len(found) else None


def _told_on(
    text: str, candidate: Candidate, telling_after: re.Pattern[str], following: Candidate | None
) -> bool:
    """Whether `candidate` is the day of a telling, with the telling after it: "said on Friday
    (18th) that ...", "told me on the 17th they'd ...", or the words said, quoted or after a
    colon, with a timeline of their own (`following`, the next phrase found, close after it:
    "said on 18.12.: feedback early January"); not "she said on the 25th", the day she gave,
    nor "will tell you on Friday". The "on" stands before the phrase until the leads are joined
    to it (`days_gone_by`), then is its lead (`_moments`)."""
    if not (
        (candidate.lead == "on" or text.endswith("on ", 0, candidate.start))
        and _SAID_ON.search(text, max(0, candidate.start - 30), candidate.start) is not None
    ):
        return False
    return telling_after.match(text, candidate.end) is not None or (
        following is not None
        and following.start - candidate.end <= _WORDS_REACH
        and _WORDS_AFTER.match(text, candidate.end) is not None
    )


_TO_COME = re.compile(r"(?<![a-z])(?:once|if|unless|until|till|after|before) (?:i|we|you)\b")
_SPOKE_ON = re.compile(
    r"(?<![a-z])(?:we|i|you) (?:spoke|talked|met|chatted)(?: (?:with|to) [a-z]+)?(?: on| last)? $"
)
# The telling before a day (`_told_on`), and after it: "that ..." after a weekday ("said on
# Friday we'll know" is the day promised), or also "they'd ..." after a day number.
_SAID_ON = re.compile(
    r"(?<![a-z])(?<!will )(?<!to )(?<!'ll )(?<!would )(?:said|told (?:me|us)|mentioned"
    r"|informed (?:me|us))(?: on)? $"
)
_THAT_AFTER = re.compile(r"(?: ?\([^)\n]{0,12}\))?,? that(?![a-z])")
_TOLD_AFTER = re.compile(
    r"(?: ?\([^)\n]{0,12}\))?(?:,? that| (?:they|she|he|we|hr|it)(?:'d| would))(?![a-z])"
)
# ... or what was said, quoted or after a colon, with a timeline of its own: 'said on tuesday
# (the 9th) "give us 7-10 business days"', "said on 18.12.: feedback early January" (not
# 'said on the 26th, "at the latest"', the day given).
# ("HR told me on the 12th \u2014 you'll hear within two weeks.")
_WORDS_AFTER = re.compile(
    r"(?: ?\([^)\n]{0,12}\))?(?:\.?(?::|,)? ?[\"\u201c](?=[a-z0-9])|\.?: | [\u2014\u2013-] )"
)
_WORDS_REACH = 60
_A_WEEKDAYS_NUMBER = re.compile(r" \((?:the )?")
# A note's line opening with a meeting and its day, then a colon: "Video call with HR on the
# 11th: ...", "Zoom call w/ Priya on Wednesday - ...". What follows are its notes, so the day is
# gone by (not "Call with HR on the 20th to talk through the offer", to come).
_A_MEETING_NOTED_ON = re.compile(
    r"(?:^|[.!?] |\n)(?:[a-z-]+ ){0,2}(?:call|chat|screen|meeting|catch-up|catch up|interview)"
    r"(?: (?:with|w/) (?:the |a |an |my )?[a-z]+(?: [a-z]+)?)?(?: on(?: the)?)? $"
)
_NOTES_AFTER = re.compile(r" ?(?:\([^)\n]{1,20}\) ?)?(?::|-{1,2} |\u2013 |\u2014 ?)")


# A plan's notes, not a record's: "call w/ recruiter on the 28th: she'll tell me the outcome
# then", "Call with HR on Friday: ask about the timeline".
_A_PLANS_NOTES = re.compile(
    r"(?:ask|chase|check|bring|prep|prepare|remember|follow up|send|raise|mention|find out"
    r"|discuss)(?![a-z])|[^.!?\n]*(?<![a-z])(?:then|that day)(?![a-z])"
)
_A_TIME_IN_NOTES = re.compile(
    r"\d|(?<![a-z])(?:within|by|until|till|end of|next|tomorrow|week|weeks|month|days?"
    r"|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
)


def _a_meetings_notes(text: str, candidate: Candidate) -> bool:
    """Whether the date is a meeting's on a note's line with its notes after a colon."""
    notes = _NOTES_AFTER.match(text, candidate.end)
    if notes is None:
        return False
    line_end = text.find("\n", notes.end())
    return bool(
        _A_MEETING_NOTED_ON.search(text, max(0, candidate.start - 70), candidate.start)
        and not _A_PLANS_NOTES.match(
            text, notes.end() + (text[notes.end() : notes.end() + 1] == " ")
        )
        # (The notes name a time of their own; "Call with HR on the 10th: they'll tell me the
        # outcome" is the call at which the answer comes.)
        and _A_TIME_IN_NOTES.search(text, notes.end(), len(text) if line_end < 0 else line_end)
    )


_ON_BEFORE = re.compile(r"(?<![a-z])on $")
_I_DID_THEN = re.compile(
    r"(?: \((?:the )?\d{1,2}(?:st|nd|rd|th)?\))?,? (?:i|we) (?:had|did|went|interviewed|met"
    r"|spoke|talked|attended|gave)(?![a-z])"
)
# What may stand before an "On the 9th" that opens its clause.
_A_CLAUSES_OPENING = re.compile(r"(?:[.!?:;\n][ \t\"'(]*|(?<![a-z])(?:then|and then|but|so) )$")


def _an_opening_on(text: str, candidate: Candidate) -> bool:
    """Whether the day number is "On the 9th" opening its clause ("Then on the 9th she
    messaged ..."), not "We'll hear back on the 20th, Sarah said"."""
    if text.startswith("on ", candidate.start):
        on_at = candidate.start
    else:
        before = _ON_BEFORE.search(text, max(0, candidate.start - 4), candidate.start)
        if before is None:
            return False
        on_at = before.start()
    return (
        on_at == 0
        or bool(_A_CLAUSES_OPENING.search(text, max(0, on_at - 12), on_at))
        # ... or the day of a meeting gone by: "At the end of the panel on Monday the 12th the
        # principal said", "The interview was on 1st, the panel said" (not "Final interviews
        # wrap up on the 19th, HR said": to come).
        or bool(_A_MEETINGS_DAY.search(text, max(0, on_at - 40), on_at))
    )


_A_MEETINGS_DAY = re.compile(
    r"(?<![a-z])(?:interview|panel|the final|final round|onsite|meeting)(?: (?!will|'ll|shall"
    r"|going|gonna|wrap|go|goes|comes?|due|is|are|starts?)[a-z']+){0,3} $"
)
# Who did something on the day just named: ", she messaged", " HR confirmed" (not ", and said").
_TOLD_OR_SENT = (
    r"(?:said|told|messaged|emailed|e-mailed|called|rang|phoned|texted|wrote|replied|confirmed"
    r"|mentioned)(?![a-z])"
)
_SOMEONE_DID_THEN = re.compile(
    rf",? (?:she|he|they|hr|the (?:[a-z]+ ){{0,2}}[a-z]+(?: \([^()\n]{{1,30}}\))?"
    rf"|(?!and |but |then |so |or )[a-z]+) {_TOLD_OR_SENT}"
)
# ... named, after a weekday: "Saturday the cafe owner said she'd text me" (not "monday week
# she said", the day she gave).
# ("On Monday the HR lady (Frau K.) called me": who, explained in brackets)
_SOMEONE_NAMED_DID_THEN = re.compile(
    rf" (?:the|my|our) (?:[a-z]+ ){{0,2}}[a-z]+(?: \([^()\n]{{1,30}}\))? {_TOLD_OR_SENT}"
)
# (Sent, not said: "Update: Friday they said they'll call with a decision" may name the day to
# come.)
_SOMEONE_BY_PRONOUN_DID_THEN = re.compile(
    r" (?:she|he|they|hr) (?:messaged|emailed|e-mailed|called|rang|phoned|texted|wrote|replied"
    # ("Monday HR say will inform within 3 working days", as non-native writers put it)
    r"|say(?= (?:will|would) ))(?![a-z])"
)
# "Thursday last week (the 23rd) the area manager said ...": a day gone by, its number explained.
_GONE_BY_EXPLAINED = re.compile(
    r"(?<![a-z])(?:last week|yesterday|last (?:mon|tues|wednes|thurs|fri|satur|sun)day) ?\($"
)
_AT_THE_MEETING_ON = re.compile(
    r"(?<![a-z])(?:at|after|in) the (?:[a-z]+ )?(?:interview|final|round|panel|onsite|meeting)"
    r" on (?:the )?$"
)
_THEN_SAID = re.compile(
    r",? (?:the |my |our |her |his )?(?:[a-z-]+ ){0,3}(?:said|told|mentioned|promised)(?![a-z])"
)


# A date as a promise gives it: "by 20 March", "by friday 5/9", "no later than 4 June".
# ("she will call me on Monday 3rd", said on 29 January: the Monday that was the 3rd after it)
_BY_A_DATE = re.compile(
    r"(?:by|before|no later than|on (?=(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday),? (?:the )?\d))"
)
# Any outcome a story may go on to tell, in any words: a date said then is kept only when
# none follows.
_ANY_OUTCOME = re.compile(
    # (Not one denied: "Absolutely nothing since, not even a rejection", "no offer yet"; but
    # "not selected" is one.)
    r"(?<![a-z])(?<!not even a )(?<!not even an )(?<!no )(?<!never )"
    r"(?:offer\w*|reject\w*|unsuccessful|successful|selected|hired|got the"
    r"|declined|accepted|waitlist\w*|wait list|merit list|moving forward|moved forward|not"
    r" moving|other candidates?|someone else|another candidate|went with|heard back|got back"
    r"|came back|called (?:me )?back|they called|she called|he called|they did|email came"
    r"|came through|on hold|frozen|cancel+ed|withdr[ae]wn?|filled|start date|i start"
    # (Not "I'm starting to panic".)
    r"|starting(?! to)"
    r"|ghost\w*|no longer|update:|edit:)(?![a-z])"
)
# A day number alone, as a promise gives it: "by the 3rd" (not "followed up on the 27th", a
# day of the story's).
# ("by Friday the 6th": its weekday too)
_BY_A_DAY_NUMBER = re.compile(
    r"(?:by|before|on) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:the )?\d{1,2}"
    r"(?:st|nd|rd|th)"
)
_OUTCOME_REACH = 3_000
_MOST_OF_A_YEAR = dt.timedelta(days=180)
_A_FORTNIGHT = dt.timedelta(days=14)


def _came_round_again(text: str, candidate: Candidate, said_on: dt.date, ctx: Context) -> bool:
    """Whether a phrase of a story names a day gone by when read from the story's moment, and
    one most of a year away when read from now: "Interviewed on the 12th of June. They said
    we'll hear by end of June", posted on 3 July, is this June's end, passed with no word (a
    promise not kept keeps its date: PRODUCT.md's team decision), not next year's."""
    if candidate.day - ctx.today < _MOST_OF_A_YEAR:
        return False
    then = read_on(text[candidate.start : candidate.end], candidate.kind, said_on, ctx)
    return then is not None and said_on <= then < ctx.today


# The text says a day number has gone by: "it's the 18th and still nothing", "today is the
# 10th, no word", "Well the 15th was Monday", "the 14th came and went".
_TODAYS_NUMBER = re.compile(
    r"(?<![a-z])(?:it's|it is|its|today is|today's)(?: now)? the (?P<n>\d{1,2})(?:st|nd|rd|th)"
    # ... with no word since (not "It's the 18th now, so that's two weeks away")
    r"(?! of)(?:,| and| now|\.)? (?:(?:and |but |so |still |yet )?(?:still )?(?:nothing|no (?:word"
    r"|news|reply|response|call|email|answer)|crickets|not heard|haven't heard|havent heard"
    r"|heard nothing|silence|radio silence))(?![a-z])"
)
_A_NUMBER_GONE = (
    r"the {}(?:st|nd|rd|th) (?:was (?:a |on )?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|yesterday|last)|came and went|has (?:come and )?(?:gone|passed)|passed)"
)
_GONE_SAID_WITHIN = 400  # the telling of today's date, close after the promise


def _date_a_day_number_said_gone(text: str, candidate: Candidate, ctx: Context) -> bool:
    """A day number promised ("they promised an answer by the 14th") that the teller says has
    gone by since ("it's the 18th and still nothing"; "the 15th was Monday"): this month's
    14th, passed with no word (a promise not kept keeps its date), not next month's. Dates the
    candidate so, in place, and says whether it did."""
    if candidate.kind != "explicit_date" or candidate.day <= ctx.today:
        return False
    if _BY_A_DAY_NUMBER.fullmatch(text, candidate.start, candidate.end) is None or not (
        _SAID.search(text, max(0, candidate.start - _SAID_REACH), candidate.start)
    ):
        return False
    number = int(_DIGITS_IN.search(text, candidate.start, candidate.end).group())
    gone = dates.last_day_numbered(ctx.today, number)
    if ctx.today - gone > _A_FORTNIGHT:
        return False
    later = text[candidate.end : candidate.end + _GONE_SAID_WITHIN]
    today = _TODAYS_NUMBER.search(later)
    if not (
        today is not None
        and int(today["n"]) == ctx.today.day
        or re.search(_A_NUMBER_GONE.format(number), later)
    ):
        return False
    candidate.day, candidate.anchored = gone, True
    return True


_JUST_GONE = dt.timedelta(days=60)
_NEXT_YEARS = dt.timedelta(days=300)


# The teller says the promise's day went by with no word: "It's now Tuesday the 16th and
# nothing", "Friday came and went", "still didn't receive anything", "crickets".
_NO_WORD_SINCE = re.compile(
    r"(?<![a-z])(?:(?:and|but|still|yet|so far) (?:nothing|no (?:word|news|reply|response|call"
    r"|email|mail|answer))|nothing (?:yet|since|so far|at all)|still (?:nothing|waiting|no "
    r"(?:word|news|reply|response|call|email|mail)|didn't (?:receive|get|hear)|haven't heard"
    r"|have not heard|not heard)|crickets|came and went|(?:have|haven't|had|hadn't|have not)"
    r" heard nothing|heard nothing|no word since|radio silence|wala pa rin|kimya"
    r"|kuch nahi aaya|not a word|never got the call"
    # ("still haven't heard back", not the silence a letter names: "if you haven't heard from
    # us by then")
    r"|(?<!if you )(?<!if i )(?<!you )(?:haven't|have not|hasn't|has not|didn't|did not|never)"
    r" heard(?: back| anything| a thing)?(?! of)"
    # ("It's Saturday. Nothing.": a sentence of its own)
    r"|(?:(?<=[.!?] )|(?<=\n))nothing(?= ?[.!,\n]| *$)"
    # ("Thursday passed without anything", "Bank holiday has come and gone", "nothing came",
    # "Nobody has reached out", "I did not hear before the holidays", "no word")
    r"|passed without (?:anything|a word|news|a call|an email|any news)|come and gone"
    r"|nothing came|nobody has (?:reached out|called|been in touch|got back)"
    # ("Now is Saturday and nobody call", as a learner writes it)
    r"|(?:nobody|no one|no-one) (?:call|called|rang|phoned|emailed|replied|contacted)"
    # (not "I didn't hear half of it")
    r"|(?<!if you )(?<!you )(?:did not|didn't) hear(?= ?[.!,;\n]| *$| back| anything| a thing"
    r"| from (?:them|her|him|hr)| before| by| yet)"
    r"|no word(?: yet| since| from)?(?! on| about)"
    r"|(?:no|without) (?:news|reply|response|call)(?: yet| since)?(?= ?[.!,;\n]| *$))(?![a-z])"
)
# Every match of _NO_WORD_SINCE holds one of these (tests/core/timeline/test_prefilter.py).
_NO_WORD_WORDS = (
    "nothing",
    "no word",
    "no news",
    "no reply",
    "no response",
    "no call",
    "no email",
    "no mail",
    "no answer",
    "waiting",
    "heard",
    "crickets",
    "came and went",
    "silence",
    "wala pa",
    "kimya",
    "kuch nahi",
    "not a word",
    "never got",
    "passed without",
    "come and gone",
    "nobody",
    "no one",
    "no-one",
    "t hear",
    "without news",
    "without reply",
    "without response",
    "without call",
    "still didn't",
)
_OF_ANOTHER = re.compile(
    r"[^.!?\n]{0,24}(?<![a-z])(?:other|another|else)(?![a-z])"
    # (A wait for someone or something named: "Still nothing from Acme or Initech", "Still
    # waiting for my train", "never heard of the company"; not "from them", "from HR".)
    r"|(?: yet| so far)?,? (?:(?:from|for|on|about) (?!(?:them|her|him|hr|the (?:recruiter"
    r"|company|client|school|employer|hiring manager|panel|agency|firm|team|hr))(?![a-z]))"
    r"|of )"
)
_NO_WORD_REACH = 500  # the wait told close after the promise
# (The day of a whole date said then, gone by: no more than a month, as a wait is told.)
_A_WAITS_LENGTH = dt.timedelta(days=31)


_A_TITLES_LENGTH = 160
_AN_UPDATES_TITLE = re.compile(r"[ \t*#>\[(]*(?:update|edit|upd)\b")


def _a_titles_copy(text: str, found: list[Candidate]) -> None:
    """A post's title that repeats the promise its body tells ('Recruiter promised an answer
    "by COB Thursday" and missed it' over "I spoke with the recruiter on Monday 6/15 ... she
    said ... by COB Thursday"): the title's words are the body's promise, read as the body
    reads them (from the day it was said), not again from now. In place."""
    title_end = text.find("\n")
    if (
        not 0 < title_end <= _A_TITLES_LENGTH
        or not found
        or found[0].start >= title_end
        # A title has no full stop of its own, and is not an update's new news ("UPDATE: just
        # heard from the recruiter, decision by Friday now!"); a letter's first line is no
        # title ("Thanks for your time today - we'll be in touch by Friday."). (The text is
        # normalised: a paragraph's break is one line break, as a line's is.)
        or text[:title_end].rstrip().endswith(".")
        or _AN_UPDATES_TITLE.match(text)
    ):
        return
    for candidate in found:
        if candidate.start >= title_end:
            break
        if candidate.anchored:
            continue
        phrase = text[candidate.start : candidate.end]
        told = next(
            (
                c
                for c in found
                if c.start > title_end
                and c.day != candidate.day
                and (
                    # (The body's with its lead: "a few business days", "in a few business
                    # days".)
                    c.anchored
                    and (
                        text.endswith(phrase, c.start, c.end)
                        or phrase.endswith(text[c.start : c.end])
                    )
                    # ... or said more fully: "before the Christmas shutdown, which starts 19
                    # December".
                    or text.startswith(phrase, c.start)
                    and c.end - c.start > len(phrase)
                )
            ),
            None,
        )
        if told is not None:
            candidate.day, candidate.anchored = told.day, told.anchored


def _gone_by_with_no_word(
    text: str,
    moments: list[tuple[int, int, dt.date]],
    ends: list[int],
    candidate: Candidate,
    ctx: Context,
) -> None:
    """A promise whose day the teller says went by with no word (`_NO_WORD_SINCE`, found close
    after it by the caller), when its day of telling was not found by its words: a whole date
    promised ("HR told all of us that results will be released by 15th Jan. Still didn't
    receive anything") keeps its day; a day counted ("final round on Wednesday. Recruiter said
    'by EOD tomorrow, max.' ... It's Saturday now. Nothing.") counts from the moment named
    before it, if that day has gone by too (a promise not kept keeps its date: PRODUCT.md's
    team decision). In place."""
    if candidate.kind in _WHOLE_DAYS:
        # (A day named whole, gone by: "by 15th Jan", "before the Christmas shutdown, which
        # starts 19 December", "before the holidays - we close December 24".)
        if (
            candidate.day < ctx.today
            and ctx.today - candidate.day <= _A_WAITS_LENGTH
            and (candidate.kind != "explicit_date" or _A_PROMISES_LEAD.match(text, candidate.start))
        ):
            candidate.anchored = True
        return
    if candidate.kind not in COUNTED_FROM_WRITING:
        return
    i = bisect_right(ends, candidate.start)
    if not i:
        return
    _start, end, day = moments[i - 1]
    if candidate.start - end > _SPAN_SAID_REACH or day >= ctx.today:
        return
    # Not told since the moment, nor in the present: "Got an email from the recruiter an hour
    # ago - they'll let me know by Wednesday", "The recruiter says I'll get an answer by ...".
    if _TOLD_NOW.search(text, end, candidate.start):
        return
    then = read_on(text[candidate.start : candidate.end], candidate.kind, day, ctx)
    if then is not None and day <= then < ctx.today:
        candidate.day, candidate.anchored = then, True


_WHOLE_DAYS = frozenset({"explicit_date", "holiday", "relative_to_event"})
_TOLD_NOW = re.compile(
    r"(?<![a-z])(?:ago|just now|just|today|this (?:morning|afternoon|evening)|tonight|says"
    r"|saying)(?![a-z])"
)


def _within(places: list[int], start: int, end: int) -> bool:
    """Whether any of `places` (in order) is in [start, end)."""
    i = bisect_left(places, start)
    return i < len(places) and places[i] < end


_A_PROMISES_LEAD = re.compile(r"(?:by|before|no later than|on or before|until|till) ")


def _the_one_just_gone(text: str, candidate: Candidate, ctx: Context) -> None:
    """A period's end told as said, with no day of telling named, that read from now is next
    year's while this year's passed in the last two months: "They said before the end of the
    year", posted on 3 January, is the 31 December just gone (a promise not kept keeps its
    date), not the one a year away (in place)."""
    if candidate.kind not in _A_PERIODS_END or candidate.day - ctx.today < _NEXT_YEARS:
        return
    phrase = text[candidate.start : candidate.end]
    then = read_on(phrase, candidate.kind, ctx.today - dt.timedelta(days=365), ctx)
    if then is not None and ctx.today - _JUST_GONE <= then < ctx.today:
        candidate.day, candidate.anchored = then, True


# A message quoted after the moment it came: 'HR's message from yesterday: "we will update you
# in 2 weeks"' (its "we" is theirs, then).
_A_QUOTE_OPENS = re.compile(r"(?: [a-z]+){0,5}: ?\"")


def _said_before(
    text: str,
    bounds: list[int],
    moments: list[tuple[int, int, dt.date]],
    ends: list[int],
    candidate: Candidate,
    ctx: Context,
) -> dt.date | None:
    i = bisect_right(ends, candidate.start)
    if not i:
        return None
    start, end, day = moments[i - 1]
    if candidate.said_on is not None and "\n" in text[end : candidate.start]:
        # On a log's line dated by its own stamp ("22/04 14:40 - client HR on phone: within 10
        # working days"), not at a moment of a line before it ("22/04 09:15 - did final panel
        # yesterday").
        return None
    spans = candidate.kind in ("duration", "business_days")
    # (A span reaches further: a debrief note's date heads the lines below it, "int. Thu 4/9
    # ... / - they said '2 wks' for outcome".)
    if candidate.start - end > (_SPAN_SAID_REACH if spans else _SAID_REACH):
        # "The final was Wednesday, in person. I met ... (a paragraph) ... At the end the
        # director walked me out and said ...": told at the meeting, named as its end.
        sentence_start = cues.sentence_of(bounds, len(text), candidate.start)[0]
        if not (
            candidate.start - end <= _AT_ITS_END_REACH
            and _AT_ITS_END.search(text, sentence_start, candidate.start)
            and _AN_EVENT.search(text, max(0, start - 80), end + 40)
            # (Not told after a chase: "I chased HR ... the panel said they need two more weeks")
            and not _ASKED_SINCE.search(text, end, candidate.start)
        ):
            return None
    # The telling between them, or just before the moment ("HR said yesterday the letter will
    # come in 2-3 days").
    if not _SAID.search(
        text, max(0, start - _TOLD_BEFORE_THE_DAY), candidate.end
    ) and not _A_CALLS_NOTES.search(text, max(0, start - _CALLS_NOTES_REACH), candidate.start):
        return None
    if (
        _OWN_PROMISE.search(text, end, candidate.start)
        and '"' not in text[end : candidate.start]
        and not _A_QUOTE_OPENS.match(text, end)
    ):
        # "... interview on 23 February. As promised we will come back to you": said now (but
        # 'texted me last Thursday, "We'll have a decision ..."' is quoted, said then).
        return None
    if start >= cues.sentence_of(bounds, len(text), candidate.start)[0]:
        return day  # the same sentence
    if _A_QUOTE_OPENS.match(text, end) and "\n\n" not in text[end : candidate.start]:
        # "Got this Tuesday afternoon after my panel: 'Thanks for meeting the team. We will be
        # in touch within 2 weeks.'": the message quoted after its moment, in its sentences.
        return day
    # A sentence before: the moment must be a meeting's ("the job was posted on 10 Feb" is
    # not); what was said there counts from it, but "this week", what is told in the present
    # and what is told after a chase may have been said today (`_THIS_WEEK`, `_TOLD_THEN`,
    # `_ASKED_SINCE`), unless said so ("she'd").
    moment_sentence = cues.sentence_of(bounds, len(text), start)
    event_from = min(moment_sentence[0], max(0, start - 80))
    event_to = end
    if start - moment_sentence[0] <= _OPENS_WITHIN and (
        _AND_I_DID.match(text, end)
        or _A_MEETING_NEXT.match(text, end)
        or _I_DID_THEN.match(text, end)
    ):
        # The meeting named after its day, which opens the sentence: "Quick one: last
        # Wednesday I had a final interview", "Mon (9/11) phone screen w/ Erin" (not "The job
        # was posted on 10 February with interviews ...").
        event_to = min(moment_sentence[1], end + 80)
    if not _AN_EVENT.search(text, event_from, event_to):
        return None
    if (
        not spans
        and (
            _THIS_WEEK.search(text, candidate.start, candidate.end)
            # (Told in the past, not "HR says they will inform me by ...", nor after a chase:
            # "No news so I followed up; HR said ...", both said now.)
            or not _TOLD_THEN.search(text, end, candidate.start)
            or _ASKED_SINCE.search(text, end, candidate.start)
        )
        and not _BACKSHIFTED.search(text, end, candidate.start)
        and not _QUOTED.search(text, end, candidate.start)
        and not _in_words_quoted(text, end, candidate.start)
        and not _came_round_again(text, candidate, day, ctx)
    ):
        # (Words quoted as said are said then: 'the hiring manager ... said "you'll hear from
        # us by end of next week either way."')
        return None
    return day


# What a story tells as said at its meeting counts from the meeting ("Last Wednesday I had final
# interview ... HR said they will inform by end of next week", "by the 20th", "Monday week"),
# as the blind corpora read it in sixteen texts where it was read from now. But "this week",
# said lately of the coming weeks, counts from now ("I finished the final interview last
# Friday. HR said they will update me within this week or next week"), unless said so; and so
# does what is told in the present or after a chase.
_THIS_WEEK = re.compile(r"(?<![a-z])this week(?![a-z])")
_TOLD_THEN = re.compile(r"(?<![a-z])(?:said|say|told|mentioned|promised)(?![a-z])")
_ASKED_SINCE = re.compile(
    r"(?<![a-z])(?:follow(?:ed)?[ -]?up|chased|chasing|asked (?:for|about|them|her|him|hr)"
    r"|since then|checked in|nudged|(?:emailed|called|rang|phoned|texted|pinged) (?:them|her"
    r"|him|hr|the recruiter)|when i (?:chased|asked|called|emailed|rang))(?![a-z])"
)


def _in_words_quoted(text: str, since: int, start: int) -> bool:
    """Whether the phrase at `start` stands inside a quotation opened after a telling since
    `since`: 'Chief nurse said we will be informed "by the end of next week"' (said then, in
    their words)."""
    opened = text.rfind('"', since, start)
    return (
        opened >= 0
        and text.count('"', since, start) % 2 == 1
        # (up to the quote's mark: "wrapped up with \"...\"" is said so by its mark)
        and _SAID.search(text, since, opened + 1) is not None
    )


# The end of the meeting the story is about: what was said there counts from its day.
_AT_ITS_END = re.compile(
    r"(?<![a-z])(?:at the (?:very )?end|afterwards|after the (?:interview|meeting|call|panel)"
    r"|walked me out|on my way out|as i was leaving|before i left"
    # ("The panel told us that successful candidates would be contacted within two weeks":
    # a panel speaks only at its sitting)
    r"|the (?:interview |selection |hiring )?(?:panel|panellists|panelists|interviewers)"
    r" (?:told|said|mentioned|informed))(?![a-z])"
)
_AT_ITS_END_REACH = 1_000
_AT_THE_MEETINGS_END_REACH = 400


def _told_at_its_end(text: str, after: int) -> bool:
    """Whether a meeting named just before `after` is told of to its end, and what was said
    then: "At the end Aroha said ..." a few sentences on."""
    end = _AT_ITS_END.search(text, after, after + _AT_THE_MEETINGS_END_REACH)
    return end is not None and _SAID.search(text, end.start(), end.end() + 60) is not None


# ("last Tuesday the 4th", "last Tuesday (4th)", "last Tuesday, 4th"; not "last Monday 2nd
# interview")
_A_DAY_NUMBER_AFTER = re.compile(
    r"(?:,? the |,? \(|, )(\d{1,2})(?:st|nd|rd|th)(?![a-z0-9])(?! (?:interview|round|stage|call))"
)
_OPENS_WITHIN = 25
# ("Mon (9/11) phone screen w/ Erin": a note's line opened by the meeting's day; "Yesterday's
# interview at the credit union ...")
_A_MEETING_NEXT = re.compile(
    # (Normalised: "first" is "1st" by now.)
    # ("Last Wednesday the interview with the bank's tech team": the meeting with no verb)
    r"(?:'s)?[) ,:-]{0,3}(?:(?:the|my|our|a|an) )?"
    r"(?:phone |video |final |1st |2nd |3rd |panel |hr )?"
    r"(?:interview|screen|final|onsite|call|panel|round)(?![a-z])"
    # ("Last Thursday Jan 30 was my final interview", not "was a call with my old manager",
    # nor "was my final interview at the other company")
    r"|,? was (?:my|the|our) (?:final |1st |2nd |3rd |second |last |panel )?(?:interview|onsite"
    r"|panel|round)(?![a-z])(?! (?:at|with|for) (?:the other|another|a different|my other))"
)
# ("Last Tuesday (20th Feb) I sat for the final panel": the day's number in brackets first)
_AND_I_DID = re.compile(r"\)?,? (?:i|we)(?![a-z'])")
_QUOTED = re.compile(r"(?<![a-z])(?:said|says|told (?:me|us)|promised)[,:]? [\"\u201c]")


def _said_after(
    text: str, moments: list[tuple[int, int, dt.date]], ends: list[int], candidate: Candidate
) -> dt.date | None:
    i = bisect_right(ends, candidate.end)
    if i == len(moments):
        return None
    start, _end, day = moments[i]
    if start - candidate.end > _SAID_AFTER_REACH or not _WHEN_IT_WAS_SAID.match(
        text, candidate.end, start
    ):
        return None
    return day


# "yesterday", "last Monday", "3 weeks ago", "a week ago": moments gone by; and "today".
# (Gated: searched near its words alone, a 1 MB paste costs half as much or less.)
_GONE_BY = prefilter.Gated(
    re.compile(
        # ("Recruiter pinged this am: ..."; "this arvo", Australian for this afternoon)
        # (Not the "today" of "a week ago today": one moment, a week back.)
        r"(?<![a-z])(?:(?P<now>(?<!ago )today|this (?:morning|afternoon|evening|am|arvo)"
        r"|earlier today"
        # ("Just got off the phone with their HR - they told me ...": now, not the meeting
        # before)
        r"|just now|just (?:got )?off the phone|just (?:spoke|talked|heard back|told (?:me|us)"
        r"|said)"
        # ("Recruiter just rang to say ...")
        r"|just (?:rang|called|phoned|emailed|e-mailed|texted|messaged|wrote|replied)"
        # ("Just had a call with HR: they will decide within two weeks")
        r"|just (?:had|got|finished) (?:a |the |my )?(?:call|phone call|chat|quick call))"
        # ("The day before yesterday the recruiter said ...": two days gone by, as Indian
        # English and many languages say it.)
        r"|(?P<two>(?:the )?day before yesterday|vorgestern|anteayer|antier|avant-hier)"
        r"|yesterday|kahapon|ayer|gestern|last (?P<wd>monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday)|(?P<n>\d{1,2}|a|one) (?P<unit>days?|weeks?) ago"
        # ("final interview was Friday just gone (23rd)", as British English says it)
        r"|(?P<jg>monday|tuesday|wednesday|thursday|friday|saturday|sunday) just (?:gone|past)"
        # "on Tuesday last week", "last week (Wed)": a day of last week.
        # (Not a deadline gone by: "I was meant to hear by Friday last week".)
        r"|(?<!by )(?<!until )(?<!till )(?<!before )(?:on )?(?P<lw>monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday) last week"
        # "It's been two weeks since my final interview", "It is exactly one week today since
        # I spoke to the recruiter": the meeting, that long ago.
        # (Normalised: "two" is "2" by now.)
        r"|(?:it's|its|it is|it has)(?: been)? (?:exactly )?(?P<n2>\d{1,2}|a) (?:full )?"
        r"(?P<unit2>days?|weeks?)(?: today)? since"
        r"(?= (?:my|the|our|i|we)(?![a-z]))"
        r"|last week,? \(?(?:on )?(?P<lw2>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?(?![a-z])\)?)"
        r"(?![a-z])"
    )
)
# What joins a promise to the moment after it: "... two weeks tops. that was on the 20th",
# "... 7-10 business days when I did the final on the 9th".
_THATS_WHAT_WAS_SAID = (
    r"[.,;!)\"' \u2014\u2013-]*(?:that's|that is) what (?:[a-z]+ ){1,3}(?:said|told me|promised"
    r"|wrote)(?![a-z])"
)
_THATS_WHAT = re.compile(_THATS_WHAT_WAS_SAID)
_WHEN_IT_WAS_SAID = re.compile(
    r"[.,;!)\"]*\s*(?:that was|this was|which was|that's|said)(?: (?:on|about|around))?"
    r"(?: the)? ?$|[^.!?\n]{0,40}\bwhen (?:i|we|she|he|they)\b[^.!?\n]{0,40}$"
    # ('said "a week or two" on Tuesday')
    r"|[.,;!]?[\"\u201d],? (?:on )?$"
    # ("HR said we'd hear within a fortnight, interview was Tuesday last week")
    r"|[,;] (?:and )?(?:the |my |our )?(?:[a-z0-9]+ )?(?:interview|final|round|panel|onsite"
    r"|call|screen) was (?:on )?$"
    # ("'You'll hear from us within three weeks' - that's what the director said as I was
    # leaving, Monday 5 October")
    rf"|{_THATS_WHAT_WAS_SAID}(?: [^.!?\n]{{0,40}}?)?,? (?:on )?$"
)
_SAID_AFTER_REACH = 60
_A_DAY_NUMBER = re.compile(
    r"(?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?(?:the )?"
    r"\d{1,2}(?:st|nd|rd|th)"
)
_DIGITS_IN = re.compile(r"\d{1,2}")
_A_YEAR = re.compile(r"\d{4}|'\d\d")
_PAST_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:that|this|which|it|interview|round|panel|onsite|call|meeting) (?:was|were)"
    r"(?: on)?"
    # ("2nd interview at the insurance co was on the 15th, the lady said ...": the meeting's
    # place or people between it and its "was".)
    r"|(?:interview|round|panel|onsite|meeting|final) (?:at|with|for) (?:[^ .,;!?\n]+ ){1,5}?"
    r"(?:was|were)(?: on)?"
    # "I did the panel with the council (Planner II) on Thursday the 26th": a short account,
    # then "on" ("I had a great interview and they'll decide by the 20th" is a promise).
    # ("When we spoke on the 6th (Monday, right after my onsite), the recruiter said ...";
    # not "I spoke to the recruiter today, the decision is on the 20th")
    r"|(?:i|we) (?:spoke|talked|met|chatted)(?: (?:to|with) (?:the |my |our |her |him )?"
    r"[a-z]+)? on"
    r"|(?:(?:i|we) (?:did|had|went to|attended|interviewed)|(?<![a-z])interviewed)(?![a-z])"
    r"(?:(?!(?<![a-z])(?:and|but|they|he|she|will|would|by)(?![a-z]))[^.!?\n]){0,80}? on"
    r"|was held(?: on)?"
    # ("Had a call with HR on the 11th: ...", a note's, with no "I"; not "Had been told to
    # expect the outcome on the 29th")
    r"|(?:^|(?<=[.!?] )|(?<=\n))(?:had|did|attended) (?:a |an |the |my )?(?:[a-z-]+ ){0,2}"
    r"(?:call|chat|interview|meeting|screen|round|panel|onsite)(?: (?:with|from|for|at) (?:the "
    r"|a |an )?[a-z]+(?: [a-z]+)?(?: \([a-z]+\))?)? on"
    # "As per my email of the 2nd": a message referred to was sent, so the day is gone by.
    # (Not "You will get my email on the 20th".)
    r"|(?:my|your|our|her|his|their|the|that) (?:email|e-mail|mail|letter|message|note)"
    r"(?: (?:sent|dated))? (?:of|dated)"
    # "The hiring manager called me on Friday the 9th to say ..." (not "will call you on")
    r"|(?<!will )(?<!to )(?<!'ll )(?:called|rang|phoned|emailed|texted|messaged) (?:me|us)"
    r"(?: back)? on"
    # 'Got a "still deliberating" email on the 21st': a message had, so gone by.
    # (Not "will have received an email on the 21st": to come.)
    r"|(?<![a-z])(?<!have )(?<!will )(?:got|received|had) (?:an?|the|their|her|his|another"
    r"|one more)"
    r"(?: [^ .!?\n]+){0,3} (?:email|e-mail|mail|call|text|message|update|reply|letter) on"
    # "Grad engineer interview on the 9th at a games studio", "my final round was on the 2nd"
    # (not "Next interview on the 20th", nor "within a week of the interview on the 9th": days
    # to come).
    r"|(?:^|[.!?] |\n|(?<![a-z])my )(?!(?:next|upcoming|coming|following|your|second|2nd|third"
    r"|3rd) )(?:[a-z]+ ){0,3}(?:interview|final|round|panel|onsite)"
    # ("final interview w a Joburg insurer on the 27th": its place or people between)
    r"(?: (?:w|w/|with|at|for)(?: [^ .,;!?\n]+){1,4}?)?(?: was)? on)(?: the)? $"
)


def read_on(phrase: str, kind: str, written: dt.date, ctx: Context) -> dt.date | None:
    """The day `phrase` names when read on `written` (without its lead: "by" was joined to it
    later), or None."""
    return _read_on(phrase, kind, written, ctx.country, ctx.mode, ctx.day_first)


# (A long paste says the same few phrases on the same few days again and again: each is read
# once. The grammar's rules are pure, so the same words on the same day name the same day.)
@lru_cache(maxsize=4096)
def _read_on(
    phrase: str, kind: str, written: dt.date, country: str | None, mode: str, day_first: bool
) -> dt.date | None:
    then = Context(written, dt.datetime.combine(written, dt.time(12)), country, mode, day_first)
    again = [c for c in scan(phrase, then) if c.end == len(phrase) and c.kind == kind]
    return min(again, key=lambda c: c.start).day if again else None
