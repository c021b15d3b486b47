"""Hard-wrapped text: where a line break is the writer's, and where a mail program's.

Plain-text e-mail is often cut into lines of 60 to 80 characters ("... the committee normally"
/ "confirms a decision within two business days"). A reader that takes every line break for the
end of a sentence splits the promise from its date, and the interest from its object. Notes,
sign-offs and lists break lines on purpose. Shared by the timeline reader, the reviewer and
the reply reader, with the one table of the odd spaces pasted text carries (`ONE_SPACE`).
"""

from __future__ import annotations

import re

BULLETS = frozenset({"- ", "* ", "\u2022 ", "\u2022"})
# Spaces pasted from a web page or a word processor (no-break, thin, narrow): plain spaces for
# readers that match words with " ". One character each, so every position stays where it was.
ONE_SPACE = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u202f\u3000", " "))
# A line longer than this is a paragraph that was never wrapped, and says nothing of the width.
_WIDEST_WRAP = 100
_NARROWEST_WRAP = 30
_MAIL_WIDTH = 40
_SAMPLE = 65_536
_FIRST_WORD = re.compile(r"[ \t]*\S*")
# A mail program's own header lines ("From: ...", "Sent: Friday, 22 January 2027 3:05 PM") in a
# forwarded or quoted message: their length is the sender's data, not the width text was cut at.
# (The timeline reader's header lines, `cues.header_spans`, are these fields too.)
# Mail programs set up in another language name them in it: German, French, Spanish,
# Portuguese, Dutch, Italian, Japanese, Chinese. (Not the one-letter "A:" of a note's answers,
# nor "Data:", a note's field too.)
# The sender's line that opens a quoted message's header block, and the fields under it, in
# the languages mail programs are set up in (one list for the timeline reader and the reply
# reader, `replies.text`).
MAIL_FROM_WORDS = r"from|von|de|van|da|od|fr\u00e5n|fra|\u5dee\u51fa\u4eba|\u53d1\u4ef6\u4eba"
MAIL_FIELD_WORDS = (
    r"sent|date|to|subject|cc|gesendet|an|betreff|envoy[e\u00e9]|\u00e0|objet|enviad[oa]|para|fecha"
    r"|asunto|assunto|data|oggetto|inviato|verzonden|aan|onderwerp|wys\u0142ano|do|temat"
    r"|\u9001\u4fe1\u65e5\u6642|\u5b9b\u5148|\u4ef6\u540d|\u53d1\u9001\u65f6\u95f4|\u6536\u4ef6\u4eba"
    r"|\u4e3b\u9898"
)
FROM_FIELD = rf"(?:{MAIL_FROM_WORDS})[ \t]*[:\uff1a]"
# (Their short words, "An:", "Da:", "Van:", "Para:", are names and chat speakers too: only
# the longer ones here; a quoted message's "De:" or "Von:" line is found with the "Envoyé:" or
# "Gesendet:" line under it, `FROM_FIELD`.)
HEADER_FIELD = (
    r"(?:sent|date|from|to|cc|bcc|subject|received"
    r"|gesendet|betreff|envoy[e\u00e9]|objet|enviad[oa]|asunto|fecha"
    r"|assunto|verzonden|onderwerp|inviato|oggetto"
    r"|\u5dee\u51fa\u4eba|\u9001\u4fe1\u65e5\u6642|\u5b9b\u5148|\u4ef6\u540d"
    r"|\u53d1\u4ef6\u4eba|\u53d1\u9001\u65f6\u95f4|\u6536\u4ef6\u4eba|\u4e3b\u9898)"
    r"[ \t]*[:\uff1a]"
)
_HEADER_LINE = re.compile(rf"[ \t>]*{HEADER_FIELD}", re.IGNORECASE)
# A line that ends in one of these words goes on in the next: "a decision within a" / "week".
_JOINING_WORDS = frozenset(
    "a an the of to within by in on at for from with and or but than about your our my their"
    " his her its we i you they will would should shall can could be is are was were have has"
    " had this that these those next until till before after during over up".split()
)


# A sign-off is the writer's own line: "I look forward to hearing from you" / "Best,".
# (Case-insensitive; the timeline veto's `news_room` ends a message's own words at one too.)
SIGN_OFF = (
    r"(?:best|regards|kind regards|best regards|warm regards|many thanks|thanks|thank you|cheers"
    r"|sincerely|yours|all the best|take care)\b[^\n]{0,20}"
)
_SIGN_OFF = re.compile(rf"{SIGN_OFF}$", re.IGNORECASE)


def wrap_width(text: str) -> int:
    """The width a hard-wrapped text was cut at, or 0 if it was not.

    A mail program wraps greedily: a line ends where the next word would not fit, so almost
    every long line of a wrapped paragraph is within one word of the widest line. A note's
    lines end where the writer pressed Enter, long or short."""
    if "\n" not in text:
        return 0
    # A mail program's width is the same throughout: its first 64 KB tell (a 1 MB paste of
    # blank lines is not walked line by line).
    lines = text[:_SAMPLE].split("\n")
    own = [line for line in lines if not _HEADER_LINE.match(line)]
    width = max((n for n in map(len, own) if n <= _WIDEST_WRAP), default=0)
    if width < _NARROWEST_WRAP:
        return 0
    cut = long = 0
    for line, following in zip(lines, lines[1:], strict=False):
        if not width // 2 <= len(line) <= width or not following.strip():
            continue  # (a line longer than any wrap is a paragraph's own: it says nothing)
        if following[:2] in BULLETS or _HEADER_LINE.match(line):
            continue
        long += 1
        cut += len(line) + len(_FIRST_WORD.match(following).group()) + 1 > width
    if long >= 2 and 3 * cut >= 2 * long:
        return width
    # One cut line ("... the outcome letter can take" / "6-8 weeks."): only at a mail width.
    return width if long == cut == 1 and width >= _MAIL_WIDTH else 0


def ends_in_a_joining_word(line: str) -> bool:
    """Whether `line` ends in a word no sentence ends with ("within a", "no later than")."""
    line = line.rstrip()
    return bool(line) and _last_word(line) in _JOINING_WORDS


def runs_on(line: str, following: str, width: int) -> bool:
    """Whether `line` goes on after its line break in `following` (the text after the break):
    it ends in a word no sentence ends with, or, in a text cut at `width`, the next word would
    not have fit on it. Never into a bullet or a blank line."""
    line = line.rstrip()
    after = following.lstrip(" \t")
    if not line or not after or after[:2] in BULLETS or _SIGN_OFF.match(after):
        return False
    if _HEADER_LINE.match(after) or _HEADER_LINE.match(line):
        return False  # a forwarded message's "From:" / "Subject:" lines stand alone
    if line.lstrip(" \t").startswith(">") != after.startswith(">"):
        return False  # a quoted line and the answer under it
    if _last_word(line) in _JOINING_WORDS and after.lstrip("> ")[:1].islower():
        return True  # "... within a" / "week of the onsite"
    return bool(width) and len(line) + len(_FIRST_WORD.match(following).group()) + 1 > width


def unwrap(text: str) -> str:
    """`text` with the line breaks a mail program made joined by a space (the writer's own,
    and every line of a text that was not cut at a width, stay)."""
    width = wrap_width(text)
    if not width:
        return text
    return "\n".join(joined(text.split("\n"), width))


def joined(lines: list[str], width: int) -> list[str]:
    """`lines` with each one that `runs_on` into the next joined to it by a space."""
    out: list[str] = []
    # The line being joined, in pieces: joined by adding each to the whole, 100,000 short lines
    # that all run on took the square of their length (1 s for 400 KB).
    pieces: list[str] = []
    for index, line in enumerate(lines):
        if index and runs_on(lines[index - 1], line, width):
            _strip_the_end(pieces)
            pieces += [" ", line.lstrip()]
        else:
            if index:
                out.append("".join(pieces))
            pieces = [line]
    if lines:
        out.append("".join(pieces))
    return out


def _strip_the_end(pieces: list[str]) -> None:
    """What "".join(pieces).rstrip() leaves, in place: each piece is dropped at most once."""
    while pieces and not pieces[-1].rstrip():
        pieces.pop()
    if pieces:
        pieces[-1] = pieces[-1].rstrip()


def _last_word(line: str) -> str:
    """The word `line` ends with, lowercased ("" after a mark): read from the end, so a long
    line costs no more than a short one."""
    start = len(line)
    while start and (line[start - 1].isalpha() or line[start - 1] == "'"):
        start -= 1
    return line[start:].lower()
