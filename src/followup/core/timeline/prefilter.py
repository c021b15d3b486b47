"""Which words a regular expression cannot match without: a cheap test to skip a rule on a text.

The grammar runs about fifty rules over every text; on a text without "quarter" or "h1" the
quarter rule cannot match, and searching for a few literal strings costs a fraction of running
the rule (the regex engine skips ahead on a literal's first letters, and cannot on a rule that
starts with a look-behind). The strings are read from the pattern itself, the way a code search
index finds the trigrams a query needs, so a new rule is gated without anyone listing its words.

The analysis is conservative: when it cannot tell (a negated class, a back-reference, a flag it
does not follow), it answers None and the rule always runs. A rule is never skipped on a text
where it would have matched; tests/core/timeline/test_prefilter.py checks that on every corpus.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from followup.core.faster_patterns import by_first_letters, quick_start

try:  # The standard library's own parser of patterns: private, but the same since 3.11.
    from re import _constants as ops
    from re import _parser as parser
except ImportError:  # pragma: no cover - a Python without it: nothing is gated
    parser = None

_MAX_STRINGS = 64  # beyond this many alternatives a set of exact strings is not worth keeping
_MAX_CLASS = 10  # a character class of up to ten characters counts as literals
# Stands for \d in a string: any Unicode decimal digit, as the rule's \d matches, not only 0-9.
DIGIT = "\ue000"

Strings = frozenset[str]
# (exact, required): every match is one of `exact`; every match contains one string of each
# set in `required`.
Info = tuple[Strings | None, tuple[Strings, ...]]


def required_strings(pattern: re.Pattern[str]) -> tuple[Strings, ...] | None:
    """Sets of strings such that every match of `pattern` contains one string of each set, or
    None if nothing is known."""
    if parser is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        _exact, required = _sequence(list(parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an opcode this reading does not know: no gate, the rule always runs
        return None
    return required or None


def keys(pattern: re.Pattern[str]) -> tuple[Strings, ...] | None:
    """Sets of short strings: a text must hold one of each set for `pattern` to match in it.

    Each required string is cut to its longest word ("within the time frame of" -> "within"),
    or to DIGIT: a weaker test, but a few dozen words shared by all rules are looked up in a
    text far faster than a rule's long alternatives are searched. A duration needs a number
    and a unit: two sets, and a text of prose with "week" in it but no number is skipped.
    """
    required = required_strings(pattern)
    if not required:
        return None
    sets = {frozenset(_key(s) for s in strings) for strings in required}
    # The strongest six: each set costs one set intersection (or count) per text.
    return tuple(sorted(sets, key=lambda keys_: (-_strength_of_keys(keys_), sorted(keys_)))[:6])


def _key(required: str) -> str:
    words = _WORD.findall(required)
    if words:
        # The longest word that is not in every text ("end", not "the", in "by the end of"),
        # nor in every timeline ("easter", not "monday", in "easter monday"); a word with its
        # figures ("4th" in "the 4th"; a mark, then, looked for as it is written).
        return max(
            words, key=lambda word: (word not in _COMMON, word not in _TIME_WORDS, len(word))
        )
    if DIGIT in required:
        # Written digits ("20" of "20\d\d") are rarer than any digit; else "\d." or "/\d":
        # the digit is rarer in prose than the mark.
        figures = [run for run in _FIGURES.findall(required) if len(run) >= 2]
        return max(figures, key=len) if figures else DIGIT
    return required


_WORD = re.compile(r"[a-z0-9']*[a-z'][a-z0-9']*[a-z0-9']|[a-z0-9']+[a-z']")
_FIGURES = re.compile(r"[0-9]+")
_COMMON = frozenset(
    "the to in of by for an this that on at and or is be we it so up end very work next from said"
    " about last time back come call take will would could should may might can know make after"
    " before over out any some all my our her his their your its".split()
)


_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday day days week weeks weekend"
    " month months year holiday holidays".split()
)


def _strength_of_keys(keys_: Strings) -> int:
    return min(_key_strength(key) for key in keys_) if DIGIT not in keys_ else 1


class Gated:
    """A pattern with the words it cannot match without; `finditer` skips a text that lacks
    them, searches a long text only near where they stand, and otherwise gives what
    pattern.finditer gives."""

    def __init__(self, pattern: re.Pattern[str], *, by_first_letter: bool = False) -> None:
        # by_first_letter: the pattern has many alternatives, worth grouping by the letters
        # they open with (`by_first_letters`); with capturing groups, in a long text only.
        self.pattern = pattern
        self._by_first_letter = by_first_letter
        self.needs = keys(pattern)
        self.reach = reach(pattern) if self.needs else None
        for needed in self.needs or ():
            _VOCABULARY.update(needed - {DIGIT})

    @cached_property
    def search(self) -> re.Pattern[str]:
        """The same matches, found faster (`quick_start`). Built when first searched, not at
        import: a short text needs few of the rules, and the command starts sooner."""
        search = quick_start(self.pattern)
        if self._by_first_letter:
            # Hundreds of alternatives, tried at every word: sorted by their first letters
            # once (compiling costs milliseconds, each megabyte searched saves a tenth of a
            # second).
            search = by_first_letters(search)
        return search

    @cached_property
    def _search_without_groups(self) -> re.Pattern[str] | None:
        """What a long text is searched with instead of `search`, each match it finds matched
        again by the pattern itself for its groups; or None.

        A pattern with capturing groups cannot have its alternatives grouped by first letters,
        and the groups cost the engine at every alternative it tries (a hundred holidays'
        names, each its own group: 0.2 s a megabyte). The pattern without them, grouped,
        finds the same matches ten times faster; where one starts, the pattern is matched for
        its groups. (Built for a long text only: compiling takes milliseconds.)"""
        if not (self._by_first_letter and self.pattern.groups):
            return None
        free = _without_groups(self.pattern)
        return by_first_letters(quick_start(free)) if free is not None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # (Not a generator itself: a phrase is read again with every rule, thousands of times
        # in a long text, and a short text's answer is one test.)
        if self.needs is None:
            return self.search.finditer(text)
        presence = _presence(text)
        if presence.counts is None:
            return self.search.finditer(text) if self.may_match(presence.whole) else iter(())
        return self._finditer_long(text, presence)

    def _finditer_long(self, text: str, presence: _Presence) -> Iterator[re.Match[str]]:
        assert self.needs is not None
        totals = [sum(map(presence.count, keys)) for keys in self.needs]
        if not min(totals):
            return  # a word it cannot match without is nowhere in the text
        without_groups = self._search_without_groups
        search = without_groups or self.search
        again = without_groups is not None
        if self.reach is None or min(totals) > len(text) // _DENSE:
            # Unbounded, or its words everywhere: one search of the whole text costs less
            # than thousands of small ones.
            for m in search.finditer(text):
                yield self._with_groups(m, len(text)) if again else m
            return
        anchors = self.needs[totals.index(min(totals))]
        beyond = self.reach + 2
        find = search.search  # (a search a window, not an iterator: most windows hold none)
        resume = 0  # finditer's matches never overlap: search on from the last one's end
        for lo, hi in presence.windows(anchors, self.reach):
            # Every match starts in a window. One starting in [lo, hi] ends, and its look-ahead
            # stops, within `reach` of its start: searching no further changes nothing for it.
            # (Two characters more: "$" also matches before a final newline at the cut.)
            if resume > hi:
                continue
            cut = hi + beyond
            m = find(text, lo if lo > resume else resume, cut)
            while m is not None:
                start, end = m.span()
                if start > hi:
                    break
                resume = end if end > start else start + 1
                yield self._with_groups(m, cut) if again else m
                m = find(text, resume, cut)

    def _with_groups(self, found: re.Match[str], endpos: int) -> re.Match[str]:
        """The pattern's own match where the pattern without groups found one (the same)."""
        m = self.pattern.match(found.string, found.start(), endpos)
        assert m is not None and m.span() == found.span()
        return m

    def may_match(self, present: set[str]) -> bool:
        """Whether a short text holding the keys `present` (`short_text_keys`) may match."""
        return self.needs is None or not any(map(present.isdisjoint, self.needs))


class Windowed:
    """A pattern searched in the few words before each date of a text (thousands of small
    searches in a long one), skipped where those words hold none of the words it needs.

    The engine tries such a pattern at every character of the window (it opens with a
    look-behind: nothing to skip ahead on); the words, one alternation of literals, are found
    in a fraction of that time. A window without them cannot hold a match, so `search` gives
    what pattern.search gives."""

    def __init__(self, source: str) -> None:
        self.pattern = pattern = re.compile(source)
        words = next(
            (keys_ for keys_ in keys(pattern) or () if all(map(_has_a_letter, keys_))), None
        )
        # (Without such words, as where the pattern cannot be read, there is no gate.)
        self._gate = re.compile("|".join(map(re.escape, sorted(words)))).search if words else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._gate is not None and self._gate(text, pos, endpos) is None:
            return None
        return self.pattern.search(text, pos, endpos)


def _has_a_letter(key: str) -> bool:
    """A word key, not a mark or a digit (a space or a "." is in every window)."""
    return any(char.isalpha() for char in key)


def _without_groups(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` with its capturing groups made non-capturing: the same matches. None when it
    refers to a group (a back-reference, a condition) or is verbose."""
    if pattern.flags & re.VERBOSE:
        return None
    source, out, i = pattern.pattern, [], 0
    while i < len(source):
        if source[i] == "\\":
            if "1" <= source[i + 1 : i + 2] <= "9":
                return None  # a back-reference
            out.append(source[i : i + 2])
            i += 2
        elif source[i] == "[":  # a class: its brackets are characters, up to its "]"
            end = i + 1
            end += source[end] == "^"
            end += source[end] == "]"  # (a "]" opening a class is one of its characters)
            while source[end] != "]":
                end += 2 if source[end] == "\\" else 1
            out.append(source[i : end + 1])
            i = end + 1
        elif source.startswith(("(?P=", "(?(", "(?#"), i):
            return None
        elif source.startswith("(?P<", i):
            out.append("(?:")
            i = source.index(">", i) + 1
        elif source[i] == "(" and not source.startswith("(?", i):
            out.append("(?:")
            i += 1
        else:
            out.append(source[i])
            i += 1
    free = re.compile("".join(out), pattern.flags)
    return free if not free.groups else None


# A long text is not searched whole by a pattern that needs a word: a 1 MB debrief holds
# "week" or "friday" somewhere in every paragraph, but a pattern that needs one of them can
# only match within its reach of where they stand, so it searches around those places alone.
_LONG = 12_288
_SAMPLE = 65_536
_DENSE = 40  # a word once in 40 characters or more often: search the whole text
_VOCABULARY: set[str] = set()  # every gated pattern's words
_ANY_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class _Presence:
    text: str
    whole: set[str]  # a short text: the vocabulary's keys in it
    counts: dict[str, int] | None  # a long text: how many of its words hold each word key
    words: int  # the vocabulary's size when it was read: a pattern built later is not missed
    _places: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _windows: dict[tuple[Strings, int], list[tuple[int, int]]] = field(default_factory=dict)
    _memo: dict[str, int] = field(default_factory=dict)

    def count(self, key: str) -> int:
        """How often `key` occurs in a long text (for a word key, how many words hold it)."""
        assert self.counts is not None
        counted = self.counts.get(key)
        if counted is None:
            if key == DIGIT:
                counted = len(_DIGITS.findall(self.text))
            elif _LETTERS.fullmatch(key):
                counted = 0  # a word key no word holds
            else:
                self._count_marks()
                counted = self.counts.get(key)
                if counted is None:  # a mark of a pattern built after the text was read
                    estimate = self._estimate(key)
                    counted = int(key in self.text) if estimate is None else estimate
            self.counts[key] = counted
        return counted

    def _count_marks(self) -> None:
        """Every mark of the vocabulary counted, when a pattern first asks for one: estimated
        from the text's start (" " or "-" would cost a pass each), but never 0 when it is
        there: that skips the rule. Those missing from the start are looked for all at once:
        a megabyte searched for each of the seventy ("q1", "1st", ": ") costs 60 ms."""
        if self._memo.get("marks"):
            return
        self._memo["marks"] = 1
        missing = [mark for mark in _split_vocabulary()[1] if mark not in self.counts]
        estimates = {mark: self._estimate(mark) for mark in missing}
        further = _found_in(self.text, sorted(m for m, e in estimates.items() if e is None))
        for mark, estimate in estimates.items():
            self.counts[mark] = int(mark in further) if estimate is None else estimate

    def _estimate(self, mark: str) -> int | None:
        """How often `mark` occurs, from the text's start; None if it is not there."""
        sample = self.text.count(mark, 0, _SAMPLE)
        return sample * len(self.text) // min(len(self.text), _SAMPLE) if sample else None

    def windows(self, anchors: Strings, reach: int) -> list[tuple[int, int]]:
        """Ranges [lo, hi] in which every match holding one of `anchors` starts, in order."""
        cached = self._windows.get((anchors, reach))
        if cached is not None:
            return cached
        # (A key no word holds is not looked for through the text.)
        present = [key for key in anchors if self.count(key)]
        starts: list[tuple[int, int]] = []
        for key in present:
            starts += [(end - reach, start) for end, start in self._places_of(key)]
        if len(present) > 1:
            starts.sort()  # (one key's places are in order already)
        merged: list[tuple[int, int]] = []
        lo = hi = -1
        for start_lo, start_hi in starts:
            # Near windows are searched as one: one search costs more than `reach` characters.
            if start_lo <= hi + reach and merged:
                if start_hi > hi:
                    hi = start_hi
            else:
                if merged:
                    merged[-1] = (lo, hi)
                lo, hi = max(0, start_lo), start_hi
                merged.append((lo, hi))
        if merged:
            merged[-1] = (lo, hi)
        self._windows[(anchors, reach)] = merged
        return merged

    def _places_of(self, key: str) -> list[tuple[int, int]]:
        """Where `key` stands, as (the earliest a match holding it can end, the latest it can
        start): the occurrence's end and start; for a digit, a run of digits' first digit's
        end and its last digit's start."""
        places = self._places.get(key)
        if places is None:
            if key == DIGIT:
                places = [(m.start() + 1, m.end() - 1) for m in _DIGITS.finditer(self.text)]
            else:
                places, find, at = [], self.text.find, self.text.find(key)
                while at >= 0:
                    places.append((at + len(key), at))
                    at = find(key, at + 1)
            self._places[key] = places
        return places


def _found_in(text: str, marks: list[str]) -> set[str]:
    """Which of `marks` are in `text`, found in about one pass for them all: the leftmost
    occurrence of any not found yet, then on from there for the others."""
    found: set[str] = set()
    missing = list(marks)
    at = 0
    while missing:
        # (Grouped by first character: at each space only the marks that open with one.)
        any_of = by_first_letters(re.compile("|".join(map(re.escape, missing))))
        m = any_of.search(text, at)
        if m is None:
            break
        found.add(m.group())
        missing.remove(m.group())
        at = m.start()  # (another mark may start where this one does)
    return found


_last: _Presence | None = None  # the text read last: the grammar and the cues share it


def short_text_keys(text: str) -> set[str] | None:
    """The vocabulary's keys in a short text, to gate many patterns with one lookup each
    (`Gated.may_match`, then `Gated.search`); None for a long text, searched by `finditer`."""
    return _presence(text).whole if len(text) <= _LONG else None


def _presence(text: str) -> _Presence:
    global _last
    last = _last
    if last is not None and last.text is text and last.words == len(_VOCABULARY):
        return last
    if len(text) <= _LONG:
        last = _Presence(text, _present(text), None, len(_VOCABULARY))
    else:
        last = _Presence(text, set(), _counted(text), len(_VOCABULARY))
    _last = last
    return last


def _counted(text: str) -> dict[str, int]:
    """How many words of `text` hold each word key of the vocabulary: which of a pattern's
    needed words is rarest here, to search around."""
    _split_vocabulary()  # the word keys as they are now
    counts: Counter[str] = Counter()
    for token, times in Counter(_LETTERS.findall(text)).items():
        for key in _keys_in_word(token) if len(token) <= 40 else _keys_in(token):
            counts[key] += times
    return counts


def _present(text: str) -> set[str]:
    """The vocabulary's keys found in `text`. A word key is in the text when it is inside one
    of its words, and each distinct word is looked up once for all keys (cached across texts:
    five times faster on a long text than searching the text for each key); the few keys that
    are marks or spaces are searched for as they are."""
    marks = _split_vocabulary()[1]
    found: set[str] = set()
    for token in set(_LETTERS.findall(text)):
        # Long tokens (a pasted run of letters) are looked up without filling the cache.
        found |= _keys_in_word(token) if len(token) <= 40 else _keys_in(token)
    found.update(mark for mark in marks if mark in text)
    if _ANY_DIGIT.search(text):
        found.add(DIGIT)
    return found


_LETTERS = re.compile(r"[a-z']+")


# A token longer than this is searched for each key (a pasted run of letters); up to it, its
# keys are found in one pass of a pattern (`_Finder`).
_LONG_TOKEN = 200


@dataclass(frozen=True)
class _Split:
    size: int  # the vocabulary's size when it was split
    words: frozenset[str]  # its word keys (letters and apostrophes only)
    marks: tuple[str, ...]  # its other keys


_split = _Split(-1, frozenset(), ())


def _split_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """The vocabulary's word keys (letters and apostrophes only) and its other keys."""
    global _split
    if _split.size != len(_VOCABULARY):
        words = frozenset(k for k in _VOCABULARY if _LETTERS.fullmatch(k))
        marks = tuple(sorted(k for k in _VOCABULARY if not _LETTERS.fullmatch(k)))
        _split = _Split(len(_VOCABULARY), words, marks)
        _keys_in_word.cache_clear()
    return _split.words, _split.marks


@dataclass(frozen=True)
class _Finder:
    """Finds the word keys inside a token in one pass of the engine: at each position, the
    longest key that starts there; the other keys that start there are its openings."""

    longest_at: re.Pattern[str]  # at each position where a key starts, the longest one
    openings: dict[str, frozenset[str]]  # for each key, the keys it opens with (itself too)


@lru_cache(maxsize=1)
def _finder(words: frozenset[str]) -> _Finder:
    """A `_Finder` for the word keys `words`. (Built when a token is first looked up, not at
    import: compiling it costs 20 ms.)"""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here

    def alternatives(node: dict[str, dict]) -> str:
        # Going on before stopping: the engine takes the first alternative that matches, so
        # the longest key wins.
        ways = [re.escape(char) + alternatives(rest) for char, rest in sorted(node.items()) if char]
        if "" in node:
            ways.append("")
        return ways[0] if len(ways) == 1 else f"(?:{'|'.join(ways)})"

    # (A look-ahead finds a match at every position, overlapping ones too: "weekend" holds
    # "week" and "end".)
    longest_at = re.compile(f"(?=({alternatives(trie) if trie else '(?!)'}))")
    openings = {
        word: frozenset(word[:end] for end in range(1, len(word) + 1) if word[:end] in words)
        for word in words
    }
    return _Finder(longest_at, openings)


@lru_cache(maxsize=100_000)
def _keys_in_word(token: str) -> frozenset[str]:
    return _keys_in(token)


_NO_KEYS: frozenset[str] = frozenset()


def _keys_in(token: str) -> frozenset[str]:
    """The word keys inside `token`."""
    if len(token) > _LONG_TOKEN:
        return frozenset(word for word in _split.words if word in token)
    finder = _finder(_split.words)
    longest = finder.longest_at.findall(token)
    if not longest:
        return _NO_KEYS  # (most words of a base64 paste hold none)
    if len(longest) == 1:
        return finder.openings[longest[0]]
    return _NO_KEYS.union(*map(finder.openings.__getitem__, longest))


def _better(candidate: Strings | None, best: Strings | None) -> bool:
    """The set whose weakest key is rarer in text (a long word, not "the" or a digit), then
    the one with fewer strings."""
    if not candidate or "" in candidate:
        return False
    if best is None:
        return True
    return (_strength(candidate), -len(candidate)) > (_strength(best), -len(best))


def _strength(strings: Strings) -> int:
    return min(_key_strength(_key(s)) for s in strings)


def _key_strength(key: str) -> int:
    # Without a letter ("/", " ", a digit) a key is in nearly every text.
    return 0 if key in _COMMON or not any(c.isalpha() for c in key) else len(key)


def _useful(strings: Strings | None) -> bool:
    return bool(strings) and "" not in strings  # type: ignore[operator]


def _sequence(items: list[tuple[Any, Any]]) -> Info:
    """Every item that must match adds its own sets: a match holds one string of each."""
    required: list[Strings] = []
    run: Strings = frozenset({""})  # the exact strings of the consecutive items so far
    whole = True  # every item so far was exact: the run is the sequence's exact set
    for op, arg in items:
        exact, needs = _node(op, arg)
        if exact is None:
            required += needs
            if _useful(run):
                required.append(run)
            run, whole = frozenset({""}), False
            continue
        joined = frozenset(a + b for a in run for b in exact)
        if len(joined) > _MAX_STRINGS:
            if _useful(run):
                required.append(run)
            required += needs
            run, whole = exact, False
        else:
            run = joined  # the item's own strings are inside the joined run
    if _useful(run):
        required.append(run)
    return (run if whole else None), tuple(required)


def _node(op: Any, arg: Any) -> Info:
    if op is ops.LITERAL:
        char = frozenset({chr(arg)})
        return char, (char,)
    if op is ops.IN:
        chars = _class(arg)
        return chars, ((chars,) if chars else ())
    if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
        return frozenset({""}), ()  # consumes nothing
    if op is ops.SUBPATTERN:
        _group, add_flags, _del_flags, items = arg
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None, ()
        return _sequence(list(items))
    if op is ops.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is ops.BRANCH:
        return _branch([_sequence(list(items)) for items in arg[1]])
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        low, high, items = arg
        exact, needs = _sequence(list(items))
        if low == 0:
            optional = exact | {""} if exact is not None and high == 1 else None
            return optional, ()
        return (exact if low == high == 1 else None), needs
    return None, ()  # any character, a negated literal, a back-reference: no strings


def _branch(alternatives: list[Info]) -> Info:
    """One of the alternatives matches: the union of each one's strongest set."""
    exacts = [exact for exact, _needs in alternatives]
    exact: Strings | None = None
    if all(e is not None for e in exacts):
        exact = frozenset().union(*exacts)  # type: ignore[arg-type]
        if len(exact) > _MAX_STRINGS:
            exact = None
    strongest: list[Strings] = []
    for alt_exact, needs in alternatives:
        candidates = [n for n in needs if _useful(n)]
        if alt_exact is not None and _useful(alt_exact):
            candidates.append(alt_exact)
        best: Strings | None = None
        for candidate in candidates:
            if _better(candidate, best):
                best = candidate
        if best is None:
            return exact, ()
        strongest.append(best)
    union = frozenset().union(*strongest)
    if (
        exact is not None
        and _useful(exact)
        and (not _useful(union) or _better(exact, union) or len(exact) <= len(union))
    ):
        return exact, (exact,)
    return exact, (union,)


def _class(items: list[tuple[Any, Any]]) -> Strings | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is ops.LITERAL:
            chars.add(chr(arg))
        elif op is ops.RANGE and arg[1] - arg[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is ops.CATEGORY and arg is ops.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            return None  # a negation, a wide range, a category other than digits
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


def reach(pattern: re.Pattern[str]) -> int | None:
    """How far past a match's start the engine can look while matching there: the longest match
    plus the longest look-ahead; None when unbounded or unknown."""
    if parser is None:
        return None
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        longest = parsed.getwidth()[1]
        ahead = _longest_lookahead(list(parsed))
    except Exception:  # an opcode this reading does not know
        return None
    if longest >= _UNBOUNDED or ahead is None:
        return None
    return longest + ahead


_UNBOUNDED = 1 << 16


def _longest_lookahead(items: list[tuple[Any, Any]]) -> int | None:
    longest = 0
    for op, arg in items:
        inner: list[list[tuple[Any, Any]]] = []
        if op in (ops.ASSERT, ops.ASSERT_NOT):
            direction, sub = arg
            if direction > 0:
                # A look-ahead inside this one looks on from this one's end: they add up
                # ("(?! of (?!the year)[a-z])").
                nested = _longest_lookahead(list(sub))
                width = sub.getwidth()[1]
                if width >= _UNBOUNDED or nested is None:
                    return None
                longest = max(longest, width + nested)
                continue
            inner = [list(sub)]
        elif op in (ops.SUBPATTERN,):
            inner = [list(arg[3])]
        elif op is ops.ATOMIC_GROUP:
            inner = [list(arg)]
        elif op is ops.BRANCH:
            inner = [list(items) for items in arg[1]]
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            inner = [list(arg[2])]
        elif op is ops.GROUPREF_EXISTS:
            return None
        for sub_items in inner:
            found = _longest_lookahead(sub_items)
            if found is None:
                return None
            longest = max(longest, found)
    return longest
