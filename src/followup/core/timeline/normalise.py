"""Normalise free text for the grammar while remembering where each character came from.

The grammar matches lowercase canonical words ("fri" -> "friday", "two" -> "2", "wks" ->
"weeks", "third" -> "3rd"), single spaces, and "\n" only at paragraph breaks. Each normalised
character keeps the span of original text it came from, so a match can be reported in the
writer's own words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from followup.core import wrapping
from followup.core.timeline.foreign import COUNT_WORDS, DAY_NUMBER_LEAD, FOREIGN
from followup.core.timeline.vocabulary import (
    AMBIGUOUS_WEEKDAYS,
    FUZZY_BLOCKLIST,
    FUZZY_TARGETS,
    NUMBER_WORDS,
    REPLACEMENTS,
    TENS,
    UNIT_ORDINALS,
    UNITS,
    WEEKDAY_INTRODUCERS,
    ordinal_suffix,
)


def _latin_letters_without_accents() -> dict[int, str]:
    """ "ñ" -> "n", "é" -> "e", "ą" -> "a", "ł" -> "l": the Latin letters of European languages
    as their base letter, one character for one, so that "después" and "piątku" are words the
    tokeniser sees whole (foreign.py reads them)."""
    table = {}
    # Latin-1, Latin Extended-A and Vietnamese's (Latin Extended Additional: "Tết").
    for code in [*range(0xC0, 0x180), *range(0x1E00, 0x1F00)]:
        letter = chr(code)
        base = unicodedata.normalize("NFKD", letter)[0]
        if base.isascii() and base.isalpha() and base != letter:
            table[code] = base
    # (Turkish dotless "ı" has no decomposition: "yaparız", "Bayramı".)
    table.update(
        {ord("ł"): "l", ord("Ł"): "L", ord("ø"): "o", ord("Ø"): "O", ord("đ"): "d", ord("ı"): "i"}
    )
    return table


class CharTable:
    """A str.translate table of characters replaced one for one, applied the same way but
    faster to a long text that is not ASCII: translate looks up each of its characters in a
    dict (50 ms a megabyte), a search finds the few it changes at the regex engine's speed."""

    def __init__(self, table: dict[int, str]) -> None:
        self.table = table
        self._changed = re.compile("[" + "".join(re.escape(chr(code)) for code in table) + "]")

    def apply(self, text: str) -> str:
        if text.isascii():
            return text.translate(self.table)  # (ASCII has its own fast path)
        return self._changed.sub(self._replacement, text)

    def _replacement(self, m: re.Match[str]) -> str:
        return self.table[ord(m.group())]


# Same-length substitutions first, so offsets are untouched by them.
_SAME_LENGTH = CharTable(
    str.maketrans(
        {
            **_latin_letters_without_accents(),
            "\u2018": "'",
            "\u2019": "'",
            "\u201c": '"',
            "\u201d": '"',
            "\u2013": "-",
            "\u2014": "-",
            "\u2012": "-",
            "\u2212": "-",
            "\u00a0": " ",
            "\u2009": " ",
            "\u202f": " ",
            "`": "'",
            # (German "ß" is two letters in the other spelling, "ss": as one, "hieß es" is
            # read by foreign.py's "hies es" without moving an offset.)
            "\u00df": "s",
        }
    )
)

_TENS_ALT = "|".join(TENS)
_UNITS_ALT = "|".join(UNITS)
_UNIT_ORD_ALT = "|".join(UNIT_ORDINALS)
_TOKEN_KINDS = (
    ("compound", rf"\b(?:{_TENS_ALT})[- ](?:{_UNITS_ALT}|{_UNIT_ORD_ALT})\b"),
    ("dotted", r"\b(?:c\.o\.b|e\.o\.d|e\.o\.w|a\.s\.a\.p)\b\.?"),
    ("word", r"w/in|w/c|w/e|2mor+ow?\b|2mrw\b|[a-z][a-z0-9]*(?:'[a-z]+)?"),
    ("number", r"\d+(?:st|nd|rd|th)?(?![a-z])"),
    ("space", r"\s+"),
    ("other", r"."),
)
_TOKEN = re.compile("|".join(f"(?P<{kind}>{regex})" for kind, regex in _TOKEN_KINDS), re.DOTALL)
# The same tokens as strings: they follow one another with no gap (any character is one), so
# findall gives each one's place too, for less than finditer's match objects. Only a token
# that is not plain is matched again, for its kind.
_TOKEN_TEXT = re.compile("|".join(f"(?:{regex})" for _kind, regex in _TOKEN_KINDS), re.DOTALL)


# Words a phone's dictation put for others: "the end of the weak", "in to weeks", "in for
# business days". Read so only between the words that make them a time.
_WEEK_INTRODUCERS = frozenset("the this next per each that following".split())
# "by 5 PM tom", "by tom evening": tomorrow, after a clock's time, or after "by" / "until"
# with a time of day or the sentence's end after it (else "Tom", a name: "made by Tom and").
_TOMORROW_AFTER_A_TIME = frozenset({"pm", "am"})
# ("Will check with the hiring manager and revert tom EOD": one reverts to someone, so "tom"
# right after it is no name; not "call Tom EOD".)
_TOMORROW_INTRODUCERS = frozenset({"by", "till", "until", "revert"})
_TOM_ENDS = re.compile(r"(?: (?:morning|afternoon|evening|night|eod)(?![a-z])| ?[.!?]| ?$)")
_SOUNDS_LIKE_A_COUNT = {"to": "two", "too": "two", "for": "four"}
_COUNT_INTRODUCERS = frozenset({"in", "within"})
_A_UNIT_AFTER = re.compile(r" (?:(?:business|working) )?(?:days|weeks|months)\b")
_HEARD = frozenset({"weak", "tom", "notice", *_SOUNDS_LIKE_A_COUNT})

# Is the paste English around its foreign phrases ("HR said they will call me do piątku")? In
# a sentence all in another language ("Bis Ende nächster Woche bin ich in Elternzeit") a date
# alone says nothing of a promise: reader.py then wants the promise's own words. Words no other
# language of foreign.py writes alike; two of them, and one word in twelve.
_ENGLISH_MARKERS = frozenset(
    "the and they will said you that with my is have has went just got wish luck done been are"
    " i'm we our your their would should could from about what when this there it's don't"
    " can't let know today lol at she he call they'd we'd i'd she'd he'd of for be by us them"
    " him it latest next back out".split()
)
_WORDS = re.compile(r"[a-z']+")
_ENGLISH_SAMPLE = 20_000


# "decision Tu", "answer Tu or W", "call Tu w/ decision", "Tu EOD": what a note's "Tu" is
# followed by (not "tu perfil", "tu tiempo", "tu as fini").
_TUESDAY_AFTER = re.compile(
    r" ?(?:[.,;:!?)\n/-]|$|(?:or|and|at|w|eod|cob|morning|afternoon|evening|am|pm|prob"
    r"|probably|latest|maybe|next|this)(?![a-z]))"
)


def english_around(lowered: str) -> bool:
    words = _WORDS.findall(lowered, 0, _ENGLISH_SAMPLE)
    markers = sum(word in _ENGLISH_MARKERS for word in words)
    return markers >= 2 and markers * 12 >= len(words)


# Foreign phrases by their first word, looked up as whole words: at a word that opens some,
# the words after it are tried longest first against that word's phrases. (Not one pattern of
# alternatives per word: thousands of phrases compiled cost a second and more.)
_PHRASE_WORD = re.compile(r"[a-z0-9']+")
# (Not before a date's rest: "até o dia 15/01" is the 15th of January, not "by the 15th" and a
# stray "/01"; but a range's second count is no date's: "binnen 7-10 werkdagen".)
_PHRASE_ENDS = re.compile(
    r"(?![a-z0-9']|[/.:][0-9]|-[0-9]+(?![0-9]| ?(?:business|working|werk|arbeits|dias?|days?"
    r"|dagen|tage|weken|wochen|weeks?|semanas|hari|jours|giorni)))"
)


class _PhrasesByFirstWord:
    def __init__(self, phrases: Iterable[str]) -> None:
        self._phrases: dict[str, set[str]] = {}
        self._most_words: dict[str, int] = {}
        # The words that follow each first word in some phrase: most English "a", "me" or "no"
        # is followed by none of them, and is given up after one word.
        self._seconds: dict[str, set[str]] = {}
        for phrase in phrases:
            # (A phrase's words are parted by a space or a hyphen only: foreign.py's keys.)
            words = phrase.replace("-", " ").split(" ")
            first = words[0]
            self._phrases.setdefault(first, set()).add(phrase)
            if len(words) > self._most_words.get(first, 0):
                self._most_words[first] = len(words)
            if len(words) > 1:
                self._seconds.setdefault(first, set()).add(words[1])

    def __contains__(self, first: object) -> bool:
        return first in self._phrases

    def __iter__(self) -> Iterator[str]:
        return iter(self._phrases)

    def end(self, lowered: str, start: int, first: str, before: int | None = None) -> int | None:
        """Where the longest phrase opened by `first` at `start` ends (at or before `before`),
        or None."""
        at = start + len(first)  # (`first` is the word at `start`)
        ends = [at]
        seconds = self._seconds.get(first, ())
        for count in range(1, self._most_words[first]):
            if lowered[at : at + 1] not in (" ", "-"):
                break
            word = _PHRASE_WORD.match(lowered, at + 1)
            if word is None or count == 1 and word.group() not in seconds:
                break
            at = word.end()
            ends.append(at)
        phrases = self._phrases[first]
        for end in reversed(ends):
            if (
                (before is None or end <= before)
                and lowered[start:end] in phrases
                and _PHRASE_ENDS.match(lowered, end)
            ):
                return end
        return None


_FOREIGN_BY_FIRST_WORD = _PhrasesByFirstWord(FOREIGN)
# ("emailed Dia 2 days ago", "Dia 3 hours later")
_A_COUNTS_UNIT = re.compile(r" (?:days?|weeks?|months?|hours?|minutes?|mins?|years?)\b")
_A_WORD_INSIDE = re.compile(r"(?<=[ -])[a-z0-9']+")
_NEXT_WORD = re.compile(r"[ -]+(?P<word>[a-z']+)")


def _read_as_it_stands(lowered: str, after: re.Match[str]) -> int | None:
    """Where the reading of the word after a phrase ends, when it is read without the phrase:
    a word the vocabulary knows ("semanas"), or one a phrase of its own starts with here; None
    if it is not read."""
    word = after["word"]
    phrase_end = (
        _FOREIGN_BY_FIRST_WORD.end(lowered, after.start("word"), word)
        if word in _FOREIGN_BY_FIRST_WORD
        else None
    )
    if word in REPLACEMENTS or word in NUMBER_WORDS:
        return max(phrase_end or 0, after.end("word"))
    return phrase_end


def foreign_phrase(lowered: str, start: int, first: str) -> tuple[str, int] | None:
    """The foreign phrase that starts at `start` with the word `first`, and where it ends; the
    longest, unless it would leave words after it unread that a phrase starting at a later
    word of it reads: then the longest that ends before that word ("até quarta que vem" is
    "até" and "quarta que vem", next Wednesday, not "até quarta" and a stray "que vem"; but
    "en dos o tres semanas" stays "in 2 or 3" and "weeks"). None if none starts here."""
    end = _FOREIGN_BY_FIRST_WORD.end(lowered, start, first)
    if end is None:
        return None
    if first == DAY_NUMBER_LEAD and _A_COUNTS_UNIT.match(lowered, end):
        return None  # "emailed Dia 2 days ago": a name and a count, not "the 2nd"
    after = _NEXT_WORD.match(lowered, end)
    if after is not None:
        # (Read as far by itself: "en dos o tres semanas" keeps "in 2 or 3", "semanas" read
        # alone; "um retorno até sexta-feira que vem" does not, "sexta-feira" leaving "que vem".)
        reach = _read_as_it_stands(lowered, after) or end
        # (The latest such word: "um retorno até o dia 15/01" is "um retorno" and "até o dia".)
        cut = -1
        for inner in _A_WORD_INSIDE.finditer(lowered, start + len(first), end):
            word = inner.group()
            if word in _FOREIGN_BY_FIRST_WORD:
                later = _FOREIGN_BY_FIRST_WORD.end(lowered, inner.start(), word)
                if later is not None and later > reach:
                    cut = inner.start() - 1  # (the space or hyphen before it)
        if cut >= 0:
            shorter = _FOREIGN_BY_FIRST_WORD.end(lowered, start, first, before=cut)
            return None if shorter is None else (lowered[start:shorter], shorter)
    return lowered[start:end], end


# A hard-wrapped "5 bus." / "days" keeps its meaning across the line break.
_BUSINESS_DAYS_AFTER = re.compile(r"\.?(?:[ \t]{0,3}|[ \t]*\n[ \t]*)(?P<days>days?\b)")
_DAYS_AFTER = re.compile(r" days?\b")
# Words read by the word after them ("5 bus. days", "3 banking days"), so never remembered as
# plain (`_remember_plain`).
_READ_BY_THE_WORD_AFTER = frozenset({"bus", "banking", "bank"})

# "hr" is hours after a count ("48 hrs", "a few hrs", "in an hr") and the department elsewhere.
_HOUR_ABBREVIATIONS = frozenset({"hr", "hrs"})
_DIGITS = frozenset("0123456789")


def _special(token: str) -> bool:
    return (
        token in AMBIGUOUS_WEEKDAYS
        or token == "bus"
        or token in _HOUR_ABBREVIATIONS
        or token in REPLACEMENTS
        or token in NUMBER_WORDS
        or len(token) >= 5  # (may be a slip for a word the rules know)
    )


# Words that read as themselves unless a phrase or a count starts with them (`_plain_here`).
_PLAIN_BUT_FOR_A_PHRASE = frozenset(
    word
    for word in _FOREIGN_BY_FIRST_WORD
    if word.isalpha() and word not in _HEARD and not _special(word)
)
_PLAIN_BUT_FOR_A_COUNT = frozenset(
    word
    for word in _SOUNDS_LIKE_A_COUNT
    if word not in _FOREIGN_BY_FIRST_WORD and not _special(word)
)
# (Not after "a", "an", "of" or "next": "an HR rep", "the head of HR", "next HR review".)
_HOUR_COUNTS = frozenset({"few", "couple", "business", "working", "half"})


_RIGHT_AFTER_A_WORD = re.compile(r"[\w-] ?$")


def _counts_hours(previous_word: str) -> bool:
    return previous_word.isdigit() or previous_word in _HOUR_COUNTS


@dataclass(frozen=True)
class Normalised:
    """Normalised text and, piece by piece, where it came from. A piece is the normalised form
    of one token, or a run of text copied as it was; storing pieces instead of a pair of
    offsets per character keeps a 1 MB text cheap to normalise."""

    text: str
    at: list[int]  # where each piece starts in `text`
    origin: list[int]  # where it starts in the original
    origin_end: list[int]  # where it ends there
    copied: list[bool]  # copied as it was: its characters map one to one
    # Where a phrase in another language was read as English (foreign.py), in `text`.
    foreign: tuple[int, ...] = ()
    # Whether the words around them are English (`english_around`).
    english: bool = True

    def start_of(self, position: int) -> int:
        """Where the normalised character at `position` starts in the original text."""
        k = bisect_right(self.at, position) - 1
        return self.origin[k] + (position - self.at[k] if self.copied[k] else 0)

    def end_of(self, position: int) -> int:
        """Where the normalised character at `position` ends in the original text."""
        k = bisect_right(self.at, position) - 1
        last = (self.at[k + 1] if k + 1 < len(self.at) else len(self.text)) - 1
        if self.copied[k] and position < last:
            return self.origin[k] + (position - self.at[k]) + 1
        return self.origin_end[k]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that normalised text[start:end] came from."""
        return self.start_of(start), self.end_of(end - 1)


@lru_cache(maxsize=4096)
def _fuzzy_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for word in FUZZY_TARGETS:
        index.setdefault(word, word)
        for i in range(len(word)):
            index.setdefault(word[:i] + word[i + 1 :], word)
    return index


_LONGEST_TARGET = max(map(len, FUZZY_TARGETS))


@lru_cache(maxsize=8192)
def canonical_word(token: str) -> str:
    """The canonical form of one lowercase word: itself when nothing better is known."""
    if token in REPLACEMENTS:
        return REPLACEMENTS[token]
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    # A word longer than any target by more than one letter is no slip of one: skipping it keeps
    # a pasted run of 500,000 letters linear instead of half a million copies of it.
    if not 5 <= len(token) <= _LONGEST_TARGET + 1 or token in FUZZY_BLOCKLIST:
        return token
    if not token.isalpha():
        return token
    index = _fuzzy_index()
    if token in index:
        return index[token]
    # One slip: a letter missing, extra, wrong or two letters swapped (symmetric deletes).
    for i in range(len(token)):
        hit = index.get(token[:i] + token[i + 1 :])
        if hit is not None and abs(len(hit) - len(token)) <= 1:
            return hit
    return token


def _compound_number(token: str) -> str:
    tens, _, unit = token.replace("-", " ").partition(" ")
    if unit in UNITS:
        return str(TENS[tens] + UNITS[unit])
    return ordinal_suffix(TENS[tens] + UNIT_ORDINALS[unit])


_REPEATED_FIGURE = re.compile(r"[ \t]{0,3}\( ?(?P<n>\d{1,3}) ?\)")
_WORD_REPEATING_A_FIGURE = re.compile(
    # (No figure just before: looked back for after the first digit, not before it, so the
    # engine skips from digit to digit; opened by a look-behind, it tried every character of
    # a 1 MB debrief with a bracket in it, 50 ms.)
    r"(?P<n>\d(?<![\d.,]\d)\d{0,2})(?P<repeat>[ \t]{0,3}\( ?(?P<word>[a-z]+(?:[- ][a-z]+)?) ?\))"
)


def _blank_the_repeat(m: re.Match[str]) -> str:
    word = m["word"]
    # (Or in the writer's language: "10 (dez) dias úteis", "3 (tiga) hari kerja".)
    said = NUMBER_WORDS.get(word) or COUNT_WORDS.get(word)
    if said is None and word.replace("-", " ").partition(" ")[0] in TENS:
        try:
            said = _compound_number(word)
        except KeyError:
            said = None
    if said != m["n"].lstrip("0"):
        return m.group()
    return m["n"] + " " * len(m["repeat"])


# ... and the figure repeating a count word of another language: "ocho (8) días hábiles",
# "dez (10) dias úteis": the word and the brackets blanked, the figure kept.
_FOREIGN_WORD_REPEATED_BY_A_FIGURE = re.compile(
    r"(?<![a-z])(?P<word>[a-z]+)[ \t]{0,3}\( ?(?P<n>\d{1,2}) ?\)"
)
_A_FIGURE_IN_BRACKETS = re.compile(r"\( ?\d{1,2} ?\)")  # (in every match of the pattern above)


def _blank_the_word(m: re.Match[str]) -> str:
    if COUNT_WORDS.get(m["word"]) != m["n"]:
        return m.group()
    # (The figure where the word stood, so that the word before it still joins it: "em até dez
    # (10) dias" is "em até 10", then spaces.)
    return m["n"] + " " * (len(m.group()) - len(m["n"]))


# A single quote opening a word is a quotation mark ("decision 'the following week'"), not an
# apostrophe, except in "'til" and the like; a rule's start must not read it as part of a word.
_OPENING_QUOTE = re.compile(
    r"(?<![a-z0-9])'(?!(?:til|till|cause|cos|em|bout|round|n)\b)(?=[a-z0-9])"
)


# "in a few more days", "two more weeks": a count of more of the unit is a count of the unit,
# from now (the wait already gone is not counted again). The extra word is blanked to spaces
# (the same length, so every offset still maps; the spaces fold into one).
# ("Two more weeks of this." is a sigh, not a count from anything.)
_A_UNIT = (
    r" (?:business |working |work |calendar )?(?:days?|weeks?|wks?|months?|fortnight)(?![a-z])"
)
_COUNT_WORDS = (
    r"\d{1,3}|a few|a couple(?: of)?|couple(?: of)?|few|several"
    r"|one|two|three|four|five|six|seven|eight|nine|ten"
)
# (Each extra word is found as a string, then what stands around it is checked: a pattern
# tried at every character of a 1 MB paste costs 22 ms.)
_MORE_OF_A_UNIT = re.compile(rf"{_A_UNIT}(?! of )")
_A_COUNT_BEFORE = re.compile(rf"(?<![a-z'])(?:{_COUNT_WORDS}) $")
# ("another week" is left as it is: "I'll give it another week" is the writer's own wait.)
_MORE_WORDS = ("more", "extra", "further", "additional")


def _without_more(lowered: str) -> str:
    """`lowered` with the extra word of each count of more of a unit blanked to spaces."""
    blanks: list[tuple[int, int]] = []
    for word in _MORE_WORDS:
        at = lowered.find(word)
        while at >= 0:
            if _MORE_OF_A_UNIT.match(lowered, at + len(word)) and _A_COUNT_BEFORE.search(
                lowered, max(0, at - 13), at
            ):
                blanks.append((at - 1, at + len(word)))  # the space before it too
            at = lowered.find(word, at + 1)
    if not blanks:
        return lowered
    pieces, done = [], 0
    for start, end in sorted(blanks):
        pieces += [lowered[done:start], " " * (end - start)]
        done = end
    return "".join(pieces) + lowered[done:]


_SHORT_LINE = 70


# A log's next line, opened by its day ("Tue 3/5 - sent thank yous", "update Fri 12 Sep:"):
# however long the line before it, that one ends there.
_A_DATED_LINE = re.compile(
    r"[ \t]*(?:update[ \t]+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
    r"(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?[ -][a-z]{3,9}\.?"
    r"|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)?"
    # ("22/04 14:40 - client HR on phone: ...")
    r"(?:,?[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?)?[ \t]*(?:\([a-z]+\))?[ \t]*"
    r"(?::|[-\u2013\u2014][ \t])"
)


# A chat message's stamp at a line's start, as WhatsApp pastes it: "[14/3/25, 23:12]",
# "[09:41, 06/10/2028]", "[08/10/24 17:21]", "[28-10-2026 13:02]".
_A_CHATS_STAMP = re.compile(r"[ \t]*\[\d{1,2}[-/.:][0-9/.,: apm-]{3,22}\]")


def _ends_a_short_line(lowered: str, start: int, token: str, width: int) -> bool:
    """A note's line ("panel was 4/20, 4 interviewers") ends its sentence; a hard-wrapped
    e-mail's line runs on into the next, unless the next is a bullet: a long line (70
    characters or so), one that ends in a comma or a joining word ("within a"), or one a mail
    program cut at the text's width (`wrapping.runs_on`)."""
    if "\n" not in token:
        return False
    after = start + len(token)
    line_start = lowered.rfind("\n", 0, start) + 1
    if lowered[after : after + 2] in wrapping.BULLETS:
        return True
    if _A_CHATS_STAMP.match(lowered, after):
        return True  # a pasted chat's next message: "[08/10/24 17:22] Silvina: ..."
    if _A_DATED_LINE.match(lowered, after) and not wrapping.ends_in_a_joining_word(
        lowered[line_start:start]
    ):
        # (Not "... no later than" / "14 Dec - apologies ...": a wrapped line's date.)
        return True
    line = lowered[line_start:start].rstrip()
    if not 0 < len(line) < _SHORT_LINE or line[-1] in ",;:-(&":
        return False
    return not wrapping.runs_on(line, lowered[after : after + 60], width)


def _a_word_cut_at_its_hyphen(lowered: str, start: int, end: int, token: str) -> bool:
    """ "mid-" / "August": a mail program that wraps at a width may break a word after its
    hyphen (Python's textwrap does); the two halves are one word again."""
    return (
        token.count("\n") == 1
        and start >= 2
        and lowered[start - 1] == "-"
        and lowered[start - 2].isalpha()
        and lowered[end : end + 1].isalpha()
    )


def normalise(text: str) -> Normalised:
    lowered = _SAME_LENGTH.apply(text).lower()
    if len(lowered) != len(text):  # a few characters change length when lowercased
        lowered = _SAME_LENGTH.apply(text)
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in lowered)
    if "'" in lowered:
        lowered = _OPENING_QUOTE.sub('"', lowered)
    if "(" in lowered:
        # "within 7 (seven) business days": the word repeating the figure, blanked to spaces
        # (the same length, so every offset still maps; the spaces fold into one).
        lowered = _WORD_REPEATING_A_FIGURE.sub(_blank_the_repeat, lowered)
        if _A_FIGURE_IN_BRACKETS.search(lowered):
            # (Tried at every letter, the word first: 30 ms a megabyte of brackets without a
            # figure in them, "Priya Shah (hiring manager)".)
            lowered = _FOREIGN_WORD_REPEATED_BY_A_FIGURE.sub(_blank_the_word, lowered)
    lowered = _without_more(lowered)
    width = wrapping.wrap_width(lowered)
    pieces: list[str] = []
    at: list[int] = []
    origin: list[int] = []
    origin_end: list[int] = []
    copied: list[bool] = []
    length = 0  # of the normalised text so far
    foreign_at: list[int] = []
    previous_word = ""
    skip_dot = False  # the abbreviation's full stop in "bus. days"
    skip_to = -1  # the figure repeated in brackets in "five (5) business days"

    def emit(piece: str, start: int, end: int, same: bool) -> None:
        nonlocal length
        pieces.append(piece)
        if (
            same
            and copied
            and copied[-1]
            and origin_end[-1] == start
            and length - at[-1] == start - origin[-1]
        ):
            origin_end[-1] = end  # continues the run copied before it
            length += len(piece)
            return
        at.append(length)
        origin.append(start)
        origin_end.append(end)
        copied.append(same)
        length += len(piece)

    def extend_last(end: int) -> None:
        """The last character now also stands for the original text up to `end`."""
        if not copied[-1] and length - at[-1] > 1:
            # Only its last character: split it off as a piece of its own.
            at.append(length - 1)
            origin.append(origin[-1])
            origin_end.append(end)
            copied.append(False)
        else:
            origin_end[-1] = end

    run_start = -1  # where a run of tokens copied as they are began, not yet emitted
    end = 0
    for token in _TOKEN_TEXT.findall(lowered):
        start, end = end, end + len(token)
        if not skip_dot and start >= skip_to:
            plain = _PLAIN.get(token)
            if plain is None:
                plain = _plain_here(token, lowered, start, end, previous_word)
            if plain is not None:  # the common case, kept to a lookup: texts can be 1 MB
                if run_start < 0:
                    run_start = start
                if plain:
                    previous_word = token
                continue
        kind = _TOKEN.match(lowered, start).lastgroup  # type: ignore[union-attr]
        if run_start >= 0:
            emit(lowered[run_start:start], run_start, start, True)
            run_start = -1
        if start < skip_to:
            extend_last(end)  # read as part of the number word before it
            continue
        if skip_dot:
            skip_dot = False
            if token == ".":
                extend_last(end)
                continue
        if kind == "space":
            if width and _a_word_cut_at_its_hyphen(lowered, start, end, token):
                extend_last(end)  # "by mid-" / "May": one word, cut where a mail program may
                continue
            piece = (
                "\n"
                if token.count("\n") >= 2 or _ends_a_short_line(lowered, start, token, width)
                else " "
            )
            if pieces and pieces[-1] in (" ", "\n"):
                if piece == "\n":
                    pieces[-1] = "\n"
                extend_last(end)
                continue
            if piece == token and start >= skip_to and not skip_dot:
                _remember_plain(token, kind)
            emit(piece, start, end, piece == token)
            continue
        foreign = (
            foreign_phrase(lowered, start, token)
            if kind == "word" and token in _FOREIGN_BY_FIRST_WORD
            else None
        )
        if foreign is not None:
            # "después de", "do piątku": read as the English, the phrase's other words with it.
            piece = FOREIGN[foreign[0]]
            skip_to = foreign[1]
            foreign_at.append(length)
            previous_word = piece.rsplit(" ", 1)[-1]
        elif kind == "word":
            if token in AMBIGUOUS_WEEKDAYS:
                rest = lowered[end : end + 4]
                introduced = (
                    (
                        previous_word in WEEKDAY_INTRODUCERS
                        or rest[:1] == "."
                        or (rest[:1] == " " and rest[1:2].isdigit())
                        # ("Tu" of a note in English, "decision Tu", as in Mo Tu We Th Fr; in
                        # Spanish, French or Portuguese it is "your", "tú" "you".)
                        or token == "tu"
                        and _TUESDAY_AFTER.match(lowered, end) is not None
                    )
                    and text[start:end].lower() != "t\u00fa"
                )
                piece = AMBIGUOUS_WEEKDAYS[token] if introduced else token
            elif token == "bus" and _BUSINESS_DAYS_AFTER.match(lowered, end):
                piece = "business"  # "5 bus. days", never the vehicle
                skip_dot = lowered[end : end + 1] == "."
            elif token in ("banking", "bank") and _DAYS_AFTER.match(lowered, end):
                piece = "business"  # "within 3 to 5 banking days", as banks in Asia write
            elif token == "weak" and previous_word in _WEEK_INTRODUCERS:
                piece = "week"
            elif token == "notice" and previous_word == "be":
                piece = "notified"  # "result will be notice in two weeks", as some write it
            elif token == "tom" and (
                previous_word in _TOMORROW_AFTER_A_TIME
                or previous_word in _TOMORROW_INTRODUCERS
                and _TOM_ENDS.match(lowered, end)
            ):
                piece = "tomorrow"
            elif (
                token in _SOUNDS_LIKE_A_COUNT
                and previous_word in _COUNT_INTRODUCERS
                and _A_UNIT_AFTER.match(lowered, end)
            ):
                piece = canonical_word(_SOUNDS_LIKE_A_COUNT[token])
            elif token in _HOUR_ABBREVIATIONS and not (
                _counts_hours(previous_word)
                and _RIGHT_AFTER_A_WORD.search(lowered, max(0, start - 2), start)
            ):
                # "HR will release the offer": the department, not hours; and so after a
                # sentence's end ("Onsite was yesterday (4/8). HR walked me out").
                piece = token
            else:
                piece = canonical_word(token)
                repeated = _REPEATED_FIGURE.match(lowered, end) if piece.isdigit() else None
                if repeated and repeated["n"] == piece:
                    skip_to = repeated.end()
            previous_word = piece.rsplit(" ", 1)[-1]
        elif kind == "compound":
            piece = _compound_number(token)
            previous_word = piece
        elif kind == "dotted":
            piece = canonical_word(token.replace(".", ""))
            previous_word = piece
        elif kind == "other" and token == "~":
            piece = "about "
        elif kind == "other" and token == "&":
            piece = "and"
        else:
            piece = token
            if kind == "number":
                previous_word = piece
        if piece == token and start >= skip_to and not skip_dot:
            _remember_plain(token, kind)
        emit(piece, start, end, piece == token)
    if run_start >= 0:
        emit(lowered[run_start:], run_start, len(lowered), True)
    english = not foreign_at or english_around(lowered)
    return Normalised("".join(pieces), at, origin, origin_end, copied, tuple(foreign_at), english)


def _plain_here(token: str, lowered: str, start: int, end: int, previous_word: str) -> bool | None:
    """True where a token that is not always plain is plain here (and the new previous word),
    else None: "the", "by" or "on" where no foreign phrase starts ("on" opens "on lundi"...),
    "for" or "to" not after "in" or "within", a digit with no letter after it. A debrief has one
    of these every few words; each read the slow way cost a quarter of normalising it."""
    if token in _PLAIN_BUT_FOR_A_PHRASE:
        return None if _FOREIGN_BY_FIRST_WORD.end(lowered, start, token) is not None else True
    if token in _PLAIN_BUT_FOR_A_COUNT:
        return None if previous_word in _COUNT_INTRODUCERS else True
    if token in _DIGITS and not "a" <= lowered[end : end + 1] <= "z":
        return True  # (a digit a letter follows is a mark: "3sun")
    return None


# Tokens that normalise to themselves and change no state but the previous word: a number, a
# word no rule rewrites, a single space, a mark. True if the token is the new previous word.
_PLAIN: dict[str, bool] = {}
_PLAIN_LIMIT = 200_000


def _remember_plain(token: str, kind: str | None) -> None:
    if len(_PLAIN) >= _PLAIN_LIMIT or len(token) > 40:
        return  # bounded: a pasted 200 KB word is not kept for the process's life
    if kind == "word":
        if (
            token not in AMBIGUOUS_WEEKDAYS
            and token not in _READ_BY_THE_WORD_AFTER
            and token not in _HOUR_ABBREVIATIONS
            and token not in _HEARD
            and token not in _FOREIGN_BY_FIRST_WORD
        ):
            _PLAIN[token] = True
    elif kind == "number" and len(token) > 1:
        # A single digit is also a mark when a letter follows it ("3sun"), and a mark is
        # not the previous word: it keeps the slow path.
        _PLAIN[token] = True
    elif kind == "space":
        if token == " ":
            _PLAIN[token] = False
    elif kind == "other" and not token.isalnum() and token not in "~&":
        _PLAIN[token] = False
