"""`faster_patterns.quick_start` tells the regex engine which characters a match can open with.

The engine is told through its compiled form's opening block (the class or one-character prefix
its search loop skips ahead on); these tests check that the told pattern finds exactly what the
written one finds, with the same groups, however it is searched, and that the block is what is
used on this Python (not the slower look-ahead it falls back to).
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.faster_patterns import by_first_letters, quick_start

PATTERNS = [
    # a look-behind, then alternatives with groups (the grammar's rules open so)
    r"(?<![a-z0-9'])(?:(?P<n>\d{1,3}) (?P<unit>days?|weeks?)|next (?P<wk>week|month))(?![a-z])",
    # one character every match opens with: told as a prefix of one, not as "all of it"
    r"(?<![a-z])before (?:the|our) (?P<what>break|holidays?)",
    r"(?<![a-z])b(?:y|efore) (?:fri|mon)day",
    # a class first, then a back-reference
    r"(?<![\d/])(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)",
    # an optional lead: the first characters are the lead's and the word's after it
    r"(?<![a-z])(?:(?:no|not) later than )?(?:the )?(?P<d>\d{1,2})(?:st|nd|rd|th)",
    # a match that may end in a look-ahead of its own
    r"(?<![a-z])(?:end|close) of (?:the )?(?:week|day)(?=[.,!?\s]|$)",
]
TEXT = st.text(alphabet="abdefhiklmnorstuwyx0123/.-' ,!?\n", max_size=120)
PIECES = st.sampled_from(
    "before the break|before our holiday|by friday|by monday|b4|12/05/|3.4.|no later than the"
    "|3rd|21st|2 days|13 weeks|next week|next month|end of the week|close of day|xbefore"
    "|'s|-|/|.| |\n|the|4|0".split("|")
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", PATTERNS)
def test_the_engine_is_told_in_its_own_block(source):
    written = re.compile(source)
    told = quick_start(written)
    assert told is not written
    assert told.pattern == written.pattern  # not the look-ahead put in front of it
    assert told.groupindex == written.groupindex and told.groups == written.groups


@pytest.mark.parametrize("source", PATTERNS)
@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.one_of(PIECES, TEXT), max_size=12), cut=st.integers(0, 40))
def test_told_patterns_find_what_the_written_ones_find(source, pieces, cut):
    written = re.compile(source)
    told = quick_start(written)
    text = " ".join(pieces)
    assert _found(told, text) == _found(written, text)
    # searched from a place and up to one, matched at one, replaced, split: the same
    end = max(cut, len(text) - cut)
    first = told.search(text, cut, end)
    second = written.search(text, cut, end)
    assert (first and first.span()) == (second and second.span())
    at = told.match(text, cut)
    assert (at and at.groupdict()) == ((m := written.match(text, cut)) and m.groupdict())
    assert told.sub("#", text) == written.sub("#", text)
    assert told.split(text) == written.split(text)


def test_grouped_alternatives_are_told_their_first_characters_too():
    """`by_first_letters` builds its own compiled form: it keeps what `quick_start` told."""
    written = re.compile(r"(?<![a-z])(?:we'll|we|week(?:ly)?|w(?:ill|on't)|next|\d+ days?)")
    grouped = by_first_letters(quick_start(written))
    assert grouped is not written
    text = "-" * 300 + " we'll see next week, 3 days; won't we? weekly" + "x" * 300
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in written.finditer(text)]
    assert grouped.pattern == written.pattern


def test_what_cannot_be_told_is_left_as_written():
    may_be_empty = re.compile(r"(?<![a-z])(?:next )?")
    assert quick_start(may_be_empty) is may_be_empty
    anything = re.compile(r"(?<![a-z]).{3}")
    assert quick_start(anything) is anything
    literal = re.compile(r"by (?:friday|monday)")  # the engine skips ahead on "by " itself
    assert quick_start(literal) is literal
    # ignoring case: a look-ahead whose class admits both cases, the same matches
    any_case = re.compile(r"(?<![a-z])next (?:week|month)", re.IGNORECASE)
    told = quick_start(any_case)
    text = "NEXT WEEK, Next month, xnext week"
    assert [m.span() for m in told.finditer(text)] == [m.span() for m in any_case.finditer(text)]


BEHIND = [
    # alternatives that open with look-behinds, each moved after the letter it stands before
    r"(?<![a-z])(?<!think )(?:offered|offering|to offer) (?:me|him) the job"
    r"|(?<![a-z])(?<!not )(?:got|landed) the (?:[a-z]+ )?(?:job|role)"
    r"|(?<=[.!?] )they (?:called|rang)(?: me)? back"
    r"|(?<=^)no news|(?<![a-z])(?:i )?got a rejection",
    # a look-behind before words that do not all open with a letter: kept as it is
    r"(?<![a-z])(?:\d+ days?|next week)|(?<![a-z])off(?:ered)?",
]
BEHIND_PIECES = st.sampled_from(
    "offered|offering|to offer|me|him|the job|think|got|landed|not|the|big|role|job|they"
    "|called|rang|back|no news|i|a rejection|3 days|next week|off|.|!| |\n|x".split("|")
)


@pytest.mark.parametrize("source", BEHIND)
@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.one_of(BEHIND_PIECES, TEXT), max_size=14))
def test_look_behinds_moved_after_their_letter_find_the_same_matches(source, pieces):
    written = re.compile(source)
    grouped = by_first_letters(quick_start(written))
    text = " ".join(pieces)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in written.finditer(text)]
    for start in (0, 1, len(text) // 2):
        found, expected = grouped.match(text, start), written.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_the_look_behinds_are_moved():
    """Each alternative opens with a letter once its look-behinds are moved after it: the
    grouped form tries none at a character no alternative opens with."""
    from followup.core import faster_patterns

    parsed = faster_patterns.parser.parse(BEHIND[0])
    alternatives = faster_patterns._grouped(
        list(parsed.data[0][1][1]), parsed.state, move_behind=True
    )
    assert all(map(faster_patterns._opens_with_a_literal, alternatives))
    text = "they said: offered me the job? not landed the job. no news"
    grouped = by_first_letters(re.compile(BEHIND[0]))
    # ("not landed the job": the look-behind still tested; "no news" is not at the start)
    assert [m.group() for m in grouped.finditer(text)] == ["offered me the job"]


def test_nested_look_behinds_are_grouped_at_once_and_find_the_same_matches():
    """Moved look-behinds share their words; measuring the grouped pattern counts each shared
    part once (before, six nested look-behinds took minutes: each was measured again for
    every copy of the one around it)."""
    words = "|".join(char + "x" for char in string.ascii_letters + string.digits + "!#")
    behind = "z"
    for _ in range(6):
        behind = f"(?<!{behind})(?:{words})|yy"
    written = re.compile(f"(?<!{behind})(?:{words})")
    grouped = by_first_letters(written)
    text = "zax yy bx zzcx 9x !x yyax " * 20
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in written.finditer(text)]


def test_a_class_counts_by_its_parts_when_a_grouped_pattern_is_measured():
    """A look-behind's class is copied with it into each alternative it is moved into: one
    spanning many alphabets weighs as much as its parts (compiled, it is that long)."""
    from followup.core import faster_patterns

    def size(source: str) -> int:
        return faster_patterns._size(faster_patterns.parser.parse(source))

    assert size("[a-z\u0100-\u017f\u0400-\u04ff\u0600-\u06ff]") > size("[a-z]") > size("a")
