"""Regular expressions made faster without changing what they match.

`quick_start` tells the engine which characters a match can open with, where it cannot tell
itself; `by_first_letters` groups a pattern's alternatives by the letters they open with. Both
read the pattern with the standard library's own parser and give the pattern back unchanged
(or, for the first, told by a look-ahead) where they cannot tell. The timeline reader's rules
and the reviewer's long lists of phrases use them: a pasted megabyte is searched at every
character.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from typing import Any

try:  # The standard library's own parser of patterns: private, but the same since 3.11.
    import _sre
    from re import _compiler as compiler
    from re import _constants as ops
    from re import _parser as parser
except ImportError:  # pragma: no cover - a Python without it: the patterns as they are
    parser = None


class Faster:
    """A pattern searched in its fastest form (`quick_start`, then `by_first_letters` when it
    has no capturing groups), built when it is first searched: grouping a long pattern takes
    milliseconds, and a command that reads one short text may never search it. `written` is
    the pattern as written (for the prefilter's words and the tests)."""

    def __init__(self, written: re.Pattern[str]) -> None:
        self.written = written

    @functools.cached_property
    def _fastest(self) -> re.Pattern[str]:
        quick = quick_start(self.written)
        return quick if self.written.groups else by_first_letters(quick)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._fastest.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._fastest.match(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self._fastest.finditer(string, pos, endpos)


def compile_faster(source: str, flags: int = 0) -> Faster:
    """`re.compile(source, flags)`, searched in its fastest form (`Faster`)."""
    return Faster(re.compile(source, flags))


def quick_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, told which characters a match can start with, when the engine cannot tell.

    A rule that opens with a look-behind or a group of long alternatives gives the engine no
    first character to skip ahead on: it tries every alternative at every position (a run of
    400 dashes costs a microsecond a character). Told the characters a match can open with
    (`_told_its_first_characters`), it passes over the others in its own loop, as it does for
    a pattern that opens with a class. Where that cannot be done, a look-ahead for them, put
    before the pattern, fails at once where no match can start (a quarter slower). Neither
    consumes anything, so the matches and their groups are the same. Without a set it can
    tell (a match may be empty or start with any character, or the engine has its own), the
    pattern is given back as it is.

    Ignoring case, the look-ahead's class ignores it too: it admits every character the
    pattern's first letters match (the engine itself skips ahead on no letter then)."""
    if parser is None or pattern.flags & re.VERBOSE:
        return pattern
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if not pattern.flags & re.IGNORECASE and _engine_skips_ahead(list(parsed)):
            return pattern
        first, may_be_empty = _first_of_sequence(list(parsed))
        if first is None or may_be_empty:
            return pattern  # a match may start with anything, or match nothing anywhere
        told = _told_its_first_characters(pattern.pattern, parsed, pattern.flags, first)
        if told is not None:
            return told
        return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern.pattern})", pattern.flags)
    except Exception:  # an opcode this reading does not know, a pattern that cannot be wrapped
        return pattern


def _told_its_first_characters(
    source: str, parsed: Any, flags: int, first: set[str]
) -> re.Pattern[str] | None:
    """The parsed pattern compiled with `first` as the set its matches open with, or None.

    The engine's compiled form opens with a block of what it knows before matching: the
    shortest and longest match, and a literal prefix or a class of first characters, which its
    search loop skips ahead on without starting a match. It finds a class only when the
    pattern opens with one, not behind a look-behind; here the block is taken from the
    compiled class `[first]` instead (or, for one character, a prefix of it), with the
    pattern's own lengths. The block only says where a match may start, so a class that holds
    every first character changes no match.
    None where the pattern's block holds something already, a match may be empty, case is
    ignored, or the engine refuses the code (it checks every compiled pattern)."""
    if flags & re.IGNORECASE:
        return None
    code = compiler._code(parsed, flags)
    if code[0] != ops.INFO or code[2] != 0 or code[3] == 0:
        return None  # the engine has its own prefix or class, or a match may be empty
    klass = compiler._code(parser.parse(f"[{''.join(sorted(first))}]", flags), flags)
    info = klass[: klass[1] + 1]  # INFO, its length, its flags, min, max, the class
    if len(first) == 1 and info[2] == ops.SRE_INFO_PREFIX | ops.SRE_INFO_LITERAL:
        # One character: a prefix of one, the match tried from it (not "all of it": the
        # literal flag would take the character for the whole match; nothing skipped in it).
        info[2], info[6] = ops.SRE_INFO_PREFIX, 0
    elif info[2] != ops.SRE_INFO_CHARSET:
        return None
    info[3], info[4] = code[3], code[4]
    state = parsed.state
    names = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    try:
        return _sre.compile(
            source,
            flags | state.flags,
            info + code[code[1] + 1 :],
            state.groups - 1,
            state.groupdict,
            tuple(names),
        )
    except Exception:  # RuntimeError "invalid SRE code": another Python's layout
        return None


def _engine_skips_ahead(items: list[tuple[Any, Any]]) -> bool:
    """Whether the engine finds a pattern's first character by itself: it opens with a
    literal, a class, or alternatives that each open with a literal."""
    while items and items[0][0] is ops.SUBPATTERN and not items[0][1][1]:
        items = list(items[0][1][3])
    if not items:
        return False
    op, arg = items[0]
    if op in (ops.LITERAL, ops.IN):
        return True
    return op is ops.BRANCH and all(alt and alt[0][0] is ops.LITERAL for alt in arg[1])


def _first_of(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    """The characters an item's match can start with, and whether it can match nothing."""
    if op is ops.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is ops.IN:
        return _class_parts(arg), False
    if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
        return set(), True  # consumes nothing: the next item says
    if op is ops.SUBPATTERN:
        _group, add_flags, _del_flags, items = arg
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None, False
        return _first_of_sequence(list(items))
    if op is ops.BRANCH:
        first: set[str] = set()
        may_be_empty = False
        for alternative in arg[1]:
            chars, empty = _first_of_sequence(list(alternative))
            if chars is None:
                return None, False
            first |= chars
            may_be_empty = may_be_empty or empty
        return first, may_be_empty
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        low, _high, items = arg
        chars, empty = _first_of_sequence(list(items))
        return chars, empty or low == 0
    return None, False  # any character, a negated literal, a back-reference: anything


def _first_of_sequence(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The characters a match of the items in turn can start with, and whether all of them
    can match nothing."""
    first: set[str] = set()
    for op, arg in items:
        chars, may_be_empty = _first_of(op, arg)
        if chars is None:
            return None, False
        first |= chars
        if not may_be_empty:
            return first, False
    return first, True


def _class_parts(items: list[tuple[Any, Any]]) -> set[str] | None:
    """A class's parts as a class writes them ("a", "a-z", a digit's "\\d")."""
    categories = {ops.CATEGORY_DIGIT: r"\d", ops.CATEGORY_WORD: r"\w", ops.CATEGORY_SPACE: r"\s"}
    parts: set[str] = set()
    for op, arg in items:
        if op is ops.LITERAL:
            parts.add(re.escape(chr(arg)))
        elif op is ops.RANGE:
            parts.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is ops.CATEGORY and arg in categories:
            parts.add(categories[arg])
        else:
            return None  # a negation, another category: any character, as far as this knows
    return parts


# Copies of the words after a group of alternatives one alternative may be spread into.
_MAX_SPREAD = 64
# How many times its size a grouped pattern may grow when its look-behinds are moved too.
_MAX_GROWTH = 3


def by_first_letters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, with its alternatives grouped by the letters they open with: the same
    matches, found faster.

    The engine tries a group's alternatives one after another, each checked against the next
    character: three hundred of them cost microseconds at every word of a text. Grouped by
    their first character, and within a group by the next one (a tree of letters), only the
    alternatives that open with the character there are tried, in the order they were written,
    so the same one matches first. Only for a pattern without capturing groups (an alternative
    spread over "(?:a|b)c" copies its "c") nor ignored case ("A" and "a" would fall apart)."""
    if parser is None or pattern.groups or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        grouped = _with_branches_grouped(parsed, move_behind=False)
        moved = _with_branches_grouped(parsed, move_behind=True)
        # (Look-behinds moved before words that open with many alternatives copy the words
        # after them for each: where that grows the pattern more, they stay where they are.)
        if _size(moved) <= _MAX_GROWTH * _size(grouped):
            grouped = moved
        # (Told its first characters again, as `quick_start` told the pattern it was given.)
        first, may_be_empty = _first_of_sequence(list(grouped))
        told = None
        if first is not None and not may_be_empty and not _engine_skips_ahead(list(grouped)):
            told = _told_its_first_characters(pattern.pattern, grouped, pattern.flags, first)
        return told or compiler.compile(grouped, pattern.flags)
    except Exception:  # an opcode this reading does not know: the pattern as it is
        return pattern


def _with_branches_grouped(items: Any, *, move_behind: bool) -> Any:
    """A copy of parsed items whose alternatives, at every depth, are grouped by first letter
    (`move_behind`: those that open with look-behinds too, `_behind_after_it`)."""
    out = parser.SubPattern(items.state)
    again = functools.partial(_with_branches_grouped, move_behind=move_behind)
    for op, arg in items.data:
        if op is ops.BRANCH:
            grouped = _grouped(list(map(again, arg[1])), items.state, move_behind=move_behind)
            if len(grouped) == 1:
                out.data.extend(grouped[0].data)
                continue
            arg = (arg[0], grouped)
        elif op is ops.SUBPATTERN:
            group, add_flags, del_flags, sub = arg
            if not add_flags & re.IGNORECASE:
                arg = (group, add_flags, del_flags, again(sub))
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            arg = (arg[0], arg[1], again(arg[2]))
        elif op is ops.ATOMIC_GROUP:
            arg = again(arg)
        elif op in (ops.ASSERT, ops.ASSERT_NOT):
            arg = (arg[0], again(arg[1]))
        out.data.append((op, arg))
    return out


def _opens_with_a_literal(alternative: Any) -> bool:
    return bool(alternative.data) and alternative.data[0][0] is ops.LITERAL


def _grouped(alternatives: list[Any], state: Any, *, move_behind: bool) -> list[Any]:
    """Alternatives in order, those in a run of ones opening with a letter grouped by it.

    Only alternatives that open with the character at a position can match there, so grouping
    a run keeps the order in which the ones that can are tried; one that does not open with a
    letter stays where it is, between runs. (`move_behind`: look-behinds are moved, only in
    a group of the pattern's own, not in the rests of its alternatives after their letter.)"""
    spread: list[Any] = []
    for alternative in alternatives:
        ways = _spread(alternative, state, move_behind=move_behind)
        spread += ways if all(map(_opens_with_a_literal, ways)) else [alternative]
    result: list[Any] = []
    i = 0
    while i < len(spread):
        if not _opens_with_a_literal(spread[i]):
            result.append(spread[i])
            i += 1
            continue
        j = i
        while j < len(spread) and _opens_with_a_literal(spread[j]):
            j += 1
        by_first: dict[int, list[Any]] = {}
        for alternative in spread[i:j]:
            by_first.setdefault(alternative.data[0][1], []).append(alternative)
        for char, group in by_first.items():
            if len(group) == 1:
                result.append(group[0])
                continue
            rests = _grouped(
                [parser.SubPattern(state, alt.data[1:]) for alt in group], state, move_behind=False
            )
            merged = parser.SubPattern(state, [(ops.LITERAL, char)])
            if len(rests) == 1:
                merged.data.extend(rests[0].data)
            else:
                merged.data.append((ops.BRANCH, (None, rests)))
            result.append(merged)
        i = j
    return result


def _spread(alternative: Any, state: Any, *, move_behind: bool) -> list[Any]:
    """Alternatives, in order, that match what `alternative` matches, tried as it would try
    them: "(?:a|b)c" is "ac|bc", and a greedy "(?:a )?c" is "a c|c" (at most _MAX_SPREAD);
    look-behinds first are put after the letter they stand before (`_behind_after_it`)."""
    if not alternative.data:
        return [alternative]
    if _is_a_look_behind(alternative.data[0]):
        return _behind_after_it(alternative, state) if move_behind else [alternative]
    (op, arg), rest = alternative.data[0], list(alternative.data[1:])
    if op is ops.BRANCH and len(arg[1]) <= _MAX_SPREAD:
        ways = [parser.SubPattern(state, list(alt.data) + rest) for alt in arg[1]]
    elif op is ops.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
        ways = [parser.SubPattern(state, list(arg[2].data) + rest), parser.SubPattern(state, rest)]
    else:
        return [alternative]
    spread: list[Any] = []
    for each in ways:
        spread += _spread(each, state, move_behind=move_behind)
        if len(spread) > _MAX_SPREAD:
            return [alternative]  # (given up as soon as there are too many)
    return spread


def _is_a_look_behind(item: tuple[Any, Any]) -> bool:
    op, arg = item
    return op in (ops.ASSERT, ops.ASSERT_NOT) and arg[0] == -1


def _behind_after_it(alternative: Any, state: Any) -> list[Any]:
    """An alternative that opens with look-behinds, as alternatives that open with a letter.

    "(?<![a-z])(?:offered|to offer)" is "o(?<![a-z]o)ffered|t(?<![a-z]t)o offer": a look-behind
    before a letter is the same test as one after it that takes the letter in. The engine
    tries an alternative that opens with a look-behind at every character (two jumps of its
    machine for each); one that opens with a letter only where that letter stands, and
    alternatives that open with the same letter are grouped (`_grouped`). Where the words
    after the look-behinds do not all open with a letter, the alternative is kept as it is."""
    count = 0
    while count < len(alternative.data) and _is_a_look_behind(alternative.data[count]):
        count += 1
    behind = alternative.data[:count]
    ways = _spread(
        parser.SubPattern(state, list(alternative.data[count:])), state, move_behind=True
    )
    if not ways or not all(map(_opens_with_a_literal, ways)):
        return [alternative]
    moved = []
    for way in ways:
        letter = way.data[0]
        tests = [
            (op, (direction, parser.SubPattern(state, [*test.data, letter])))
            for op, (direction, test) in behind
        ]
        moved.append(parser.SubPattern(state, [letter, *tests, *way.data[1:]]))
    return moved


def _size(items: Any, sizes: dict[int, int] | None = None) -> int:
    """How many items parsed items hold, at every depth, a class counted by its parts: what
    their compiled code grows with. (Moved look-behinds share their words: each shared part
    is measured once, `sizes` keeping each part's size by its identity.)"""
    sizes = {} if sizes is None else sizes
    known = sizes.get(id(items))
    if known is not None:
        return known
    total = 0
    for op, arg in items.data:
        total += 1
        if op is ops.IN:
            total += len(arg)
        elif op is ops.BRANCH:
            total += sum(_size(alternative, sizes) for alternative in arg[1])
        elif op is ops.SUBPATTERN:
            total += _size(arg[3], sizes)
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            total += _size(arg[2], sizes)
        elif op is ops.ATOMIC_GROUP:
            total += _size(arg, sizes)
        elif op in (ops.ASSERT, ops.ASSERT_NOT):
            total += _size(arg[1], sizes)
    sizes[id(items)] = total
    return total
