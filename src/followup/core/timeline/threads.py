"""A pasted thread of messages listed oldest first, put newest first as mail programs list them.

A reply quotes the older messages under it, so the reader takes the text above the first quoted
header for the newest message and what it says as the word that counts ("We now expect to
confirm by Wednesday 11 June" over the "by Friday 6 June" quoted below it). A user who copies
a thread by hand, or forwards its messages one after another, often lists them oldest first:
the promise at the top, the offer or the new date at the bottom. When every message's header
holds its date and the dates go forward down the text, the messages are read in the other
order; the reading's place is mapped back to the text as pasted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from followup.core.wrapping import FROM_FIELD, HEADER_FIELD

# A message's header block: a separator line ("---------- Forwarded message ---------")
# or none, then two to eight header lines, a "From:" and a "Sent:" or "Date:" among them.
# (The separator's runs of dashes are possessive and its line short: a pasted line of
# thousands of dashes is given up at once, not tried again from each of them.)
_SEPARATOR_LINE = r"(?:(?=[^\n]{0,120}\n)[ \t]*-{2,}+(?:[^\n-][^\n]{0,60}?-{2,}+)?[ \t]*\n)"
_HEADER_BLOCK = re.compile(
    rf"^{_SEPARATOR_LINE}?(?:[ \t]*{HEADER_FIELD}[^\n]{{0,300}}\n){{2,8}}",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATOR = re.compile(rf"{_SEPARATOR_LINE}?")
# A message's header names its sender, its subject or an address ("From: Gwen Morris"): not a
# schedule in a message's body ("Date: 04 June / From: 10:00 / To: 11:00").
_A_MESSAGES_HEADER = re.compile(
    rf"^[ \t]*(?:subject[ \t]*:|{FROM_FIELD}[ \t]*[^\W\d_])|@", re.IGNORECASE | re.MULTILINE
)
_FROM = re.compile(rf"^[ \t]*{FROM_FIELD}", re.IGNORECASE | re.MULTILINE)
_DATE = re.compile(r"^[ \t]*(?:sent|date)[ \t]*:(?P<date>[^\n]*)", re.IGNORECASE | re.MULTILINE)
# A reply's quote ("On Tue, 13 May 2025, Zoe wrote:", "> ..."): a thread that quotes is listed
# newest first already.
_QUOTES = re.compile(r"^[ \t]*>|\bwrote:[ \t]*$", re.IGNORECASE | re.MULTILINE)
_MOST_MESSAGES = 30  # a thread, not a mailbox's export
_LONGEST_PREFACE = 300  # "Fwd from my phone, thread below:", not a story with a thread in it


@dataclass(frozen=True)
class Reordered:
    text: str
    # (start in the new text, end in it, start in the pasted text) of each piece moved
    pieces: list[tuple[int, int, int]]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Where the words at [start, end) of the new text were in the pasted one (they are in
        one piece: a date is read within a message)."""
        for lo, hi, was in self.pieces:
            if lo <= start < hi:
                return was + start - lo, was + min(end, hi) - lo
        return start, end


def newest_first(text: str, date_of: Callable[[str], dt.date | None]) -> Reordered | None:
    """`text` with its messages listed newest first, or None if they are not listed oldest
    first (or it is no such thread). `date_of` reads a header's date (None: not a recent one)."""
    if len(text) > 200_000 or _QUOTES.search(text):
        return None
    blocks = [
        m
        for m in _HEADER_BLOCK.finditer(text)
        if _FROM.search(m.group()) and _A_MESSAGES_HEADER.search(m.group())
    ]
    if not 2 <= len(blocks) <= _MOST_MESSAGES or blocks[0].start() > _LONGEST_PREFACE:
        return None
    days = []
    for block in blocks:
        said = _DATE.search(block.group())
        day = date_of(said["date"]) if said else None
        if day is None:
            return None
        days.append(day)
    if days != sorted(days) or days[-1] == days[0]:
        return None
    starts = [block.start() for block in blocks]
    spans = list(zip(starts, [*starts[1:], len(text)], strict=True))
    preface = text[: starts[0]]
    out, pieces, length = [preface], [(0, len(preface), 0)], len(preface)
    for index, (start, end) in enumerate(reversed(spans)):
        if index == 0:
            # The newest message opens with its own header lines, as a reply does: not with
            # a separator, which would mark it as quoted.
            start = _SEPARATOR.match(text, start).end()  # type: ignore[union-attr]
        piece = text[start:end]
        out.append(piece)
        pieces.append((length, length + len(piece), start))
        length += len(piece)
        if not piece.endswith("\n"):
            out.append("\n\n")  # (the last message, now above another one)
            length += 2
    return Reordered("".join(out), pieces)
