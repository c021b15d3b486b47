"""Assembling the three notes from the context, the phrase banks and the chosen point."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from . import client_phrases as C
from . import phrases as B
from . import points as P
from .choose import Chooser, position
from .context import (
    FOLLOW_UP,
    NUDGE,
    THANK_YOU,
    Draft,
    DraftContext,
    Person,
    find_placeholders,
    placeholder,
)
from .people import first_name, full_name, greeting_name, name_variants, name_words
from .subjects import one_line, subject_for

# Body word limits, signature excluded (the user's own block is theirs to size). They sit below
# the "about 120 / 150" and well below the reviewer's 200-word too_long.
WORD_LIMITS = {THANK_YOU: 110, FOLLOW_UP: 140, NUDGE: 90}

# Shrink the point step by step before dropping optional sentences to stay under a limit.
_POINT_BUDGETS = (P.MAX_POINT_WORDS, 12, 8, 5)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MAX_NAME_WORDS = 8


def format_date(day: date) -> str:
    """ "Tuesday, November 18", spelled out here so the process locale cannot change it."""
    return f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}"


def role_phrase(role: str) -> str:
    role = re.sub(r"^(?:the|a|an)\s+", "", one_line(P.clean_text(role)), flags=re.IGNORECASE)
    role = role.rstrip(" .,;:")
    if not role or len(role.split()) > _MAX_NAME_WORDS:
        return "the role"
    if re.search(r"\b(?:role|position|job|opening|post|vacancy)$", role, re.IGNORECASE):
        return f"the {role}"
    return f"the {role} role"


def _short_role(role: str) -> str:
    role = one_line(P.clean_text(role)).rstrip(" .,;:")
    return role if len(role.split()) <= _MAX_NAME_WORDS else ""


def _company(ctx: DraftContext) -> str:
    return one_line(P.clean_text(ctx.company)).rstrip(" ,;:") or "your organization"


def about_candidate(ctx: DraftContext) -> str:
    """The candidate a recruiter's note to a client is about, or "" for the candidate's own."""
    name = full_name(one_line(P.clean_text(ctx.about_candidate)).strip(" ,;:."))
    if len(name.split()) > _MAX_NAME_WORDS or not re.search(r"[^\W\d_]", name):
        return ""
    return name


def _about_first(name: str) -> str:
    return first_name(name) or name


# --- choosing the specific point ---------------------------------------------------------------


_Found = tuple[tuple[P.Point, ...], ...]


@lru_cache(maxsize=4)  # (a context may hold 4 MB of debrief: a few are kept)
def _extracted(ctx: DraftContext) -> _Found:
    """Every usable point of one context, by source (discussed, notes, stood out, the profile's
    stand-out points), unclipped. Read once per context: a note is composed again at shorter
    budgets until it fits, and the three kinds of note share their points (a debrief of 4 x
    200 KB was read for points up to forty times)."""
    names = name_variants(ctx.interviewer)
    about = about_candidate(ctx)
    ignore = name_words(
        ctx.company,
        ctx.candidate,
        about,
        ctx.interviewer.name,
        *(p.name for p in ctx.other_interviewers),
    )
    about_names = name_variants(Person(about)) if about else ()

    def pts(text: str, source: str, address: bool = False) -> tuple[P.Point, ...]:
        return tuple(
            P.extract_points(
                text, source, names, ignore, address_recipient=address, about_names=about_names
            )
        )

    # With one interviewer, "she" in the notes is the person the note goes to.
    sole = not ctx.other_interviewers
    # The profile's stand-out points are the writer's own: never a recruiter's candidate's.
    standout = () if about else ctx.standout_points
    return (
        pts(ctx.discussed, P.DISCUSSED, address=True),
        pts(ctx.notes, P.NOTES, address=sole),
        pts(ctx.stood_out, P.STOOD_OUT, address=sole),
        tuple(p for s in standout for p in pts(s, P.STANDOUT)[:1]),
    )


class _Points:
    """Every usable point of one context, by source, plus which one each kind of note uses."""

    def __init__(self, ctx: DraftContext, max_words: int = P.MAX_POINT_WORDS) -> None:
        self.position = position(ctx)
        try:
            found = _extracted(ctx)
        except TypeError:  # a context holding a list, not a tuple: not kept
            found = _extracted.__wrapped__(ctx)
        self.discussed, self.notes, self.stood_out, self.standout = (
            [_clip(p, max_words) for p in points] for points in found
        )

    def _shared(self, found: list[P.Point]) -> P.Point | None:
        # Notes and profile points are shared by all interviewers; rotating by position gives
        # siblings different points when there are several.
        return found[self.position % len(found)] if found else None

    def thank_you(self) -> P.Point | None:
        if self.discussed:
            return self.discussed[0]
        return (
            self._shared(self.notes) or self._shared(self.stood_out) or self._shared(self.standout)
        )

    def follow_up(self) -> P.Point | None:
        if self.stood_out:
            return self.stood_out[0]
        if self.discussed:
            return self.discussed[0]
        return self.notes[0] if self.notes else (self.standout[0] if self.standout else None)

    def nudge(self) -> P.Point | None:
        used = {p.key for p in (self.thank_you(), self.follow_up()) if p}
        fresh = [p for p in self.standout if p.key not in used]
        fresh += [p for p in (*self.discussed, *self.stood_out, *self.notes) if p.key not in used]
        if fresh:
            return fresh[0]
        # Only one point exists: say it again from the nudge's own angle rather than fake one.
        return self.follow_up()


def _clip(point: P.Point, max_words: int) -> P.Point:
    if len(point.text.split()) <= max_words:
        return point
    return P.Point(
        P.shorten(point.text, max_words), point.shape, point.source, point.score, point.key
    )


# --- assembling --------------------------------------------------------------------------------


def _sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<!\.)\.\.+$", ".", text)
    return text[:1].upper() + text[1:]


def _point_sentence(
    frames: dict[str, Sequence[str]],
    chooser: Chooser,
    point: P.Point | None,
    fallback: str,
    **fields: str,
) -> str:
    if point is None or point.shape not in frames:
        return fallback
    frame = chooser.pick(f"point:{point.shape}", frames[point.shape])
    return _sentence(frame.format(point=point.text, **fields))


def _signature(ctx: DraftContext) -> str:
    lines = [one_line(line) for line in P.clean_text(ctx.signature).splitlines()]
    signature = "\n".join(line for line in lines if line).strip()
    return signature or first_name(ctx.candidate)


def _greeting(ctx: DraftContext, chooser: Chooser) -> str:
    name = greeting_name(ctx.interviewer)
    if not name:
        return chooser.pick("greeting", B.GENERIC_GREETINGS)
    return chooser.pick("greeting", B.GREETINGS).format(name=name)


def _word_count(text: str) -> int:
    return len(text.split())


def _compose(
    ctx: DraftContext,
    kind: str,
    parts: Sequence[Sequence[str]],
) -> tuple[str, str]:
    """Join paragraphs of sentences under a greeting and above the sign-off; return (text
    without signature for counting, full body)."""
    chooser = Chooser(ctx, kind)
    paragraphs = [_greeting(ctx, chooser)]
    paragraphs += [" ".join(s for s in para if s) for para in parts if any(para)]
    signoff = chooser.pick("signoff", B.SIGNOFFS) + ","
    counted = "\n\n".join([*paragraphs, signoff])
    signature = _signature(ctx)
    body = counted + ("\n" + signature if signature else "")
    return counted, body


_Builder = Callable[[DraftContext, Chooser, "_Points", bool, bool], list[list[str]]]


def _draft(ctx: DraftContext, kind: str, build: _Builder) -> Draft:
    if about_candidate(ctx):
        build = _FOR_CLIENT[build]
    chooser = Chooser(ctx, kind)
    body = ""
    # Try the fullest note first; shorten the point, then drop the optional closing line, then the
    # role's name, until the note fits its limit.
    for drop_close, short_role in ((False, False), (True, False), (True, True)):
        for budget in _POINT_BUDGETS:
            points = _Points(ctx, budget)
            parts = build(ctx, chooser, points, drop_close, short_role)
            counted, body = _compose(ctx, kind, parts)
            if _word_count(counted) <= WORD_LIMITS[kind]:
                return _finish(ctx, kind, chooser, body)
    return _finish(ctx, kind, chooser, body)


def _finish(ctx: DraftContext, kind: str, chooser: Chooser, body: str) -> Draft:
    role = _short_role(ctx.role)
    role_named = role_phrase(role).removeprefix("the ") if role else ""
    subject = subject_for(
        kind,
        chooser,
        role,
        role_named,
        one_line(P.clean_text(ctx.company)),
        one_line(P.clean_text(ctx.candidate)),
        ctx.thank_you_subject,
        about=about_candidate(ctx),
    )
    return Draft(kind=kind, subject=subject, body=body, placeholders=find_placeholders(body))


def _fields(ctx: DraftContext, short_role: bool) -> dict[str, str]:
    fmt = (ctx.interview_format or "").strip().lower()
    return {
        "role_the": "the role" if short_role else role_phrase(ctx.role),
        "company": _company(ctx),
        "meet": B.MEET.get(fmt, B.MEET[""]),
        "date": format_date(ctx.interview_date),
        "deadline": format_date(ctx.stated_deadline) if ctx.stated_deadline else "",
    }


def _recipient(ctx: DraftContext) -> str:
    return greeting_name(ctx.interviewer) or "the interviewer"


def _build_thank_you(
    ctx: DraftContext, chooser: Chooser, points: _Points, drop_close: bool, short_role: bool
) -> list[list[str]]:
    f = _fields(ctx, short_role)
    fallback = placeholder(B.THANK_YOU_PLACEHOLDER.format(name=_recipient(ctx)))
    return [
        [
            chooser.pick("thanks", B.THANK_YOU_THANKS).format(**f),
            _point_sentence(B.THANK_YOU_POINT, chooser, points.thank_you(), fallback),
        ],
        [
            chooser.pick("interest", B.THANK_YOU_INTEREST).format(**f),
            "" if drop_close else chooser.pick("close", B.THANK_YOU_CLOSE),
        ],
    ]


def _build_follow_up(
    ctx: DraftContext, chooser: Chooser, points: _Points, drop_close: bool, short_role: bool
) -> list[list[str]]:
    f = _fields(ctx, short_role)
    fallback = placeholder(B.FOLLOW_UP_PLACEHOLDER.format(name=_recipient(ctx)))
    asks = B.FOLLOW_UP_ASK_DEADLINE if ctx.stated_deadline else B.FOLLOW_UP_ASK
    return [
        [
            chooser.pick("thanks", B.FOLLOW_UP_THANKS).format(**f),
            _point_sentence(B.FOLLOW_UP_POINT, chooser, points.follow_up(), fallback),
        ],
        [chooser.pick("interest", B.FOLLOW_UP_INTEREST).format(**f)],
        [
            chooser.pick("ask", asks).format(**f),
            "" if drop_close else chooser.pick("close", B.FOLLOW_UP_CLOSE),
        ],
    ]


def _build_nudge(
    ctx: DraftContext, chooser: Chooser, points: _Points, drop_close: bool, short_role: bool
) -> list[list[str]]:
    f = _fields(ctx, short_role)
    fallback = placeholder(B.NUDGE_PLACEHOLDER.format(name=_recipient(ctx)))
    return [
        [
            chooser.pick("thanks", B.NUDGE_THANKS).format(**f),
            _point_sentence(B.NUDGE_POINT, chooser, points.nudge(), fallback),
        ],
        [
            chooser.pick("interest", B.NUDGE_INTEREST).format(**f),
            chooser.pick("ask", B.NUDGE_ASK).format(**f),
        ],
    ]


# --- a recruiter's notes to a client, about a candidate -------------------------------------


def _client_fields(ctx: DraftContext, short_role: bool) -> dict[str, str]:
    about = about_candidate(ctx)
    fields = _fields(ctx, short_role) | {"candidate": about, "first": _about_first(about)}
    fmt = (ctx.interview_format or "").strip().lower()
    fields["meet"] = C.MEET.get(fmt, C.MEET[""]).format(candidate=about)
    return fields


def _client_fallback(template: str, ctx: DraftContext, f: dict[str, str]) -> str:
    return placeholder(template.format(name=_recipient(ctx), first=f["first"]))


def _client_point(
    frames: dict[str, Sequence[str]],
    chooser: Chooser,
    point: P.Point | None,
    fallback: str,
    f: dict[str, str],
) -> str:
    return _point_sentence(frames, chooser, point, fallback, first=f["first"])


def _build_client_thank_you(
    ctx: DraftContext, chooser: Chooser, points: _Points, drop_close: bool, short_role: bool
) -> list[list[str]]:
    # The offer to answer questions or arrange a next step is the note's purpose: never dropped.
    f = _client_fields(ctx, short_role)
    fallback = _client_fallback(C.THANK_YOU_PLACEHOLDER, ctx, f)
    return [
        [
            chooser.pick("thanks", C.THANK_YOU_THANKS).format(**f),
            _client_point(C.THANK_YOU_POINT, chooser, points.thank_you(), fallback, f),
        ],
        [
            chooser.pick("interest", C.THANK_YOU_INTEREST).format(**f),
            chooser.pick("offer", C.THANK_YOU_OFFER).format(**f),
        ],
    ]


def _build_client_follow_up(
    ctx: DraftContext, chooser: Chooser, points: _Points, drop_close: bool, short_role: bool
) -> list[list[str]]:
    f = _client_fields(ctx, short_role)
    fallback = _client_fallback(C.FOLLOW_UP_PLACEHOLDER, ctx, f)
    asks = C.FOLLOW_UP_ASK_DEADLINE if ctx.stated_deadline else C.FOLLOW_UP_ASK
    return [
        [
            chooser.pick("thanks", C.FOLLOW_UP_THANKS).format(**f),
            _client_point(C.FOLLOW_UP_POINT, chooser, points.follow_up(), fallback, f),
        ],
        [chooser.pick("interest", C.FOLLOW_UP_INTEREST).format(**f)],
        [
            chooser.pick("ask", asks).format(**f),
            "" if drop_close else chooser.pick("close", C.FOLLOW_UP_CLOSE),
        ],
    ]


def _build_client_nudge(
    ctx: DraftContext, chooser: Chooser, points: _Points, drop_close: bool, short_role: bool
) -> list[list[str]]:
    # The point is a reminder of who the candidate is: the best one again, not a new angle.
    f = _client_fields(ctx, short_role)
    fallback = _client_fallback(C.NUDGE_PLACEHOLDER, ctx, f)
    return [
        [
            chooser.pick("thanks", C.NUDGE_THANKS).format(**f),
            _client_point(C.NUDGE_POINT, chooser, points.follow_up(), fallback, f),
        ],
        [
            chooser.pick("interest", C.NUDGE_INTEREST).format(**f),
            chooser.pick("ask", C.NUDGE_ASK).format(**f),
        ],
    ]


_FOR_CLIENT: dict[_Builder, _Builder] = {
    _build_thank_you: _build_client_thank_you,
    _build_follow_up: _build_client_follow_up,
    _build_nudge: _build_client_nudge,
}


def draft_thank_you(ctx: DraftContext) -> Draft:
    """A short thank-you to one interviewer, built from what was discussed with them.

    With `ctx.about_candidate`, the recruiter's thank-you to the client for interviewing that
    candidate (and so for the follow-up and the nudge below)."""
    return _draft(ctx, THANK_YOU, _build_thank_you)


def draft_follow_up(ctx: DraftContext) -> Draft:
    """The official follow-up: the interview, one specific point, interest, a time-frame ask."""
    return _draft(ctx, FOLLOW_UP, _build_follow_up)


def draft_nudge(ctx: DraftContext) -> Draft:
    """The one nudge: shorter, a new angle, asks where things stand, no guilt."""
    return _draft(ctx, NUDGE, _build_nudge)
