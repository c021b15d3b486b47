"""The gate in front of each grammar rule never skips a rule that would have matched.

`prefilter` reads from each rule's pattern the words it cannot match without; a text lacking
them is not searched, and a long one only near where they stand. These tests run every rule,
gated and ungated, over every labelled corpus, long texts built from them, and generated text.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.timeline import cues, grammar, moments, prefilter, reader
from followup.core.timeline.normalise import normalise

ROOT = Path(__file__).resolve().parents[3]
CORPORA = sorted((ROOT / "tests/blind").glob("timeline*.jsonl")) + [
    ROOT / "tests/core/timeline/corpus.jsonl",
    ROOT / "tests/core/timeline/tuning_corpus.jsonl",
]
GATED = [
    *(gated for _kind, gated, _handler in grammar._RULES),
    cues._COMMITMENT,
    cues._DISTRACTOR,
    *reader._GATED_ANAPHORA.values(),
    reader._NO_DATE_YET_ANYWHERE,
    grammar._NAMED_HOLIDAY_GATED,
    grammar._BEFORE_OR_AFTER_A_NAME,
    moments._GONE_BY,
    moments._WEEKDAYS_MEETING,
]


def _texts() -> list[str]:
    texts = []
    for path in CORPORA:
        with path.open(encoding="utf-8") as stream:
            texts += [normalise(json.loads(line)["text"]).text for line in stream if line.strip()]
    return texts


TEXTS = _texts()


def _spans(pattern: re.Pattern[str], found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def test_most_rules_are_gated():
    gated = [g for g in GATED if g.needs]
    assert len(gated) >= len(GATED) - 2


# Each text read by every rule in turn: the gate reads a text's words once for all the rules
# (`prefilter._presence` keeps the last text's), three times faster than rule by rule.
SHARES = 8


@pytest.mark.parametrize("share", range(SHARES))
def test_every_gated_rule_finds_what_the_rule_finds_in_every_corpus_text(share):
    for text in TEXTS[share::SHARES]:
        for gated in GATED:
            assert _spans(gated.pattern, gated.finditer(text)) == _spans(
                gated.pattern, gated.pattern.finditer(text)
            ), (gated.pattern.pattern[:80], text[:200])


def test_a_long_text_searched_near_the_words_gives_the_same_matches():
    long_text = "\n".join(TEXTS)[:300_000]
    assert len(long_text) > 3 * prefilter._LONG
    for gated in GATED:
        assert _spans(gated.pattern, gated.finditer(long_text)) == _spans(
            gated.pattern, gated.pattern.finditer(long_text)
        ), gated.pattern.pattern[:80]


def test_the_gate_skips_rules_whose_words_are_absent():
    """Fails if the gate is switched off: prose without numbers, months or holidays runs none
    of the date, quarter or holiday rules."""
    text = normalise("We talked about the roadmap and the team; she liked my answers.").text
    present = prefilter._presence(text).whole
    skippable = [
        g for kind, g, _h in grammar._RULES if kind in ("explicit_date", "quarter", "holiday")
    ]
    assert len(skippable) > 10
    assert not any(g.may_match(present) for g in skippable)


WORDS = st.sampled_from(
    "by on the next this week weeks friday fri mon 3rd 12 5 2026 12/5 5.12. - / or and within"
    " business days working end of month q3 h1 after before easter christmas holidays break"
    " closes from to until , . ( ) 'll we decide let you know early late mid".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30))
def test_generated_text(words):
    text = normalise(" ".join(words)).text
    for gated in GATED:
        assert _spans(gated.pattern, gated.finditer(text)) == _spans(
            gated.pattern, gated.pattern.finditer(text)
        )


def test_required_strings_of_simple_patterns():
    assert prefilter.required_strings(re.compile(r"(?<![a-z])(?:mon|tues)day")) == (
        frozenset({"monday", "tuesday"}),
    )
    needs = prefilter.required_strings(re.compile(r"\d+ (?:days?|weeks?)"))
    assert needs is not None
    assert frozenset({" day", " days", " week", " weeks"}) in needs  # a number, then a unit
    assert prefilter.keys(re.compile(r"\d+ (?:days?|weeks?)")) == (
        frozenset({"day", "days", "week", "weeks"}),
        frozenset({prefilter.DIGIT}),
    )
    assert prefilter.required_strings(re.compile(r"[^x]+")) is None
    assert prefilter.required_strings(re.compile(r"(?:foo)?bar|baz")) == (
        frozenset({"bar", "foobar", "baz"}),
    )


def test_hr_is_hours_only_after_a_count() -> None:
    # "HR will release ..." is the department; the grammar and the promise guards read "hr".
    assert normalise("HR will release the letter").text == "hr will release the letter"
    assert normalise("within 48 hrs").text == "within 48 hours"
    assert normalise("a few hrs").text == "a few hours"
    assert normalise("the head of HR").text == "the head of hr"


def test_a_long_text_of_generated_words_finds_the_same_matches():
    rng = random.Random(7)
    vocabulary = list(WORDS.elements)  # type: ignore[attr-defined]
    text = normalise(" ".join(rng.choice(vocabulary) for _ in range(20_000))).text
    assert len(text) > prefilter._LONG
    for gated in GATED:
        assert _spans(gated.pattern, gated.finditer(text)) == _spans(
            gated.pattern, gated.pattern.finditer(text)
        ), gated.pattern.pattern[:80]


class _Recording:
    """A pattern that counts how many characters it was asked to search."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        self.searched += min(endpos, len(text)) - pos
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        self.searched += min(endpos, len(text)) - pos
        return self.pattern.search(text, pos, endpos)


def test_a_long_text_is_searched_only_around_the_words_a_rule_needs(monkeypatch):
    """Fails if a long text is searched whole by every rule: a 1 MB debrief with a weekday in
    one place is searched for weekdays only near it."""
    prose = "We talked about the roadmap, the team and the migration; she liked my answers. "
    text = normalise(prose * 2_000 + "They decide by Friday the 5th. " + prose * 2_000).text
    weekdays = next(g for kind, g, _h in grammar._RULES if kind == "weekday")
    recording = _Recording(weekdays.search)
    monkeypatch.setattr(weekdays, "search", recording)
    assert [m.group() for m in weekdays.finditer(text)] == ["friday"]
    assert 0 < recording.searched < 300 < len(text)


def test_cues_of_a_long_text_are_those_of_the_sentences_that_hold_dates():
    long_text = "\n".join(TEXTS)[:300_000]
    bounds = cues.sentence_bounds(long_text)
    rng = random.Random(3)
    sentences = sorted(
        cues.sentence_of(bounds, len(long_text), rng.randrange(len(long_text))) for _ in range(400)
    )
    whole = cues.find_cues(long_text)
    restricted = cues.find_cues(long_text, sentences)
    assert len(restricted.cues) < len(whole.cues) / 2

    def inside(found: cues.Cues, lo: int, hi: int) -> list[cues.Cue]:
        return [c for c in found.cues if lo <= c.start and c.end <= hi]

    for lo, hi in sentences:
        assert inside(restricted, lo, hi) == inside(whole, lo, hi), long_text[lo:hi]


def test_a_sentence_longer_than_any_written_is_cut_at_its_spaces():
    """A list of dates with no full stop is one "sentence" of the whole text; each date's cue
    was searched for back to its start, so a megabyte took minutes. It is cut into pieces of
    at most 1,500 characters, at spaces; the corpora's longest sentence (1,022) is whole."""
    dates = "12/5 1/6 2026-01-07 Dec 8th, 9 January, next Friday, in 2 weeks, by Monday "
    text = dates * 100
    bounds = cues.sentence_bounds(text)
    ends = [*bounds[1:], len(text)]
    assert len(bounds) >= len(text) // 1_500
    assert all(0 < end - start <= 1_500 for start, end in zip(bounds, ends, strict=True))
    assert all(text[start - 1] == " " for start in bounds[1:])


def test_no_written_sentence_is_cut(monkeypatch):
    cut = [cues.sentence_bounds(text) for text in TEXTS]
    monkeypatch.setattr(cues, "_LONGEST_SENTENCE", 10**9)
    assert cut == [cues.sentence_bounds(text) for text in TEXTS]


def test_quick_start_finds_the_same_matches_and_skips_what_cannot_start_one():
    """A rule that opens with a look-behind is told its first characters; one the engine can
    skip ahead on by itself, or one whose match may start anywhere, is left as it is."""
    rule = re.compile(r"(?<![a-z])(?:(?P<n>\d+) days?|next (?:week|month))")
    quick = prefilter.quick_start(rule)
    assert quick is not rule
    text = "-" * 500 + " in 3 days, or next week; 12 day" + "-" * 500
    assert [(m.span(), m.groupdict()) for m in quick.finditer(text)] == [
        (m.span(), m.groupdict()) for m in rule.finditer(text)
    ]
    literal = re.compile(r"by (?:friday|monday)")
    assert prefilter.quick_start(literal) is literal
    may_be_empty = re.compile(r"(?<![a-z])(?:next )?")
    assert prefilter.quick_start(may_be_empty) is may_be_empty
    anything = re.compile(r"(?<![a-z]).{3}")
    assert prefilter.quick_start(anything) is anything


def test_a_window_without_a_relation_holds_no_count_from_an_event():
    """_an_event_before searches for "3 days after the panel on" only where one of _RELATION's
    strings stands: every match of the pattern must hold one."""
    needs = prefilter.required_strings(reader._RELATIVE_BEFORE)
    assert needs is not None
    relations = frozenset(f" {word} " for word in ("of", "after", "following", "from", "post"))
    assert relations in needs
    assert all(reader._RELATION.fullmatch(relation) for relation in relations)


def test_alternatives_grouped_by_first_letter_find_the_same_matches():
    """Grouped by their first letters, the alternatives that can match at a place are tried in
    the order they were written: the first of them still wins ("we'll" before "we")."""
    pattern = re.compile(
        r"(?<![a-z])(?:we'll|we|week(?:ly)?|(?:the |a )?(?:week|weekend)s?|w(?:ill|on't)"
        r"|\d+ days?|will be|(?:next )?(?:mon|tues)day|next)(?![a-z])"
    )
    grouped = prefilter.by_first_letters(pattern)
    assert grouped is not pattern
    text = (
        "we'll see; we will be in touch next week or the weekends, a weeks weekly 3 days"
        " next monday, won't; tuesday next wee we"
    )
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    for text in _texts()[:300]:
        for gated in (cues._COMMITMENT, cues._DISTRACTOR):
            assert [m.span() for m in gated.search.finditer(text)] == [
                m.span() for m in gated.pattern.finditer(text)
            ]
    with_groups = re.compile(r"(?P<n>a|ab)c")
    assert prefilter.by_first_letters(with_groups) is with_groups
    any_case = re.compile(r"ab|Ac", re.IGNORECASE)
    assert prefilter.by_first_letters(any_case) is any_case


def test_a_long_text_gives_the_same_groups_when_searched_without_them():
    """A pattern of many alternatives with capturing groups searches a long text without its
    groups, then matches again where a match starts: the same matches, groups and all."""
    holidays = grammar._NAMED_HOLIDAY_GATED
    search = holidays._search_without_groups
    assert search is not None and not search.groups
    long_text = "\n".join(TEXTS)[:300_000]
    assert [(m.span(), m.groupdict()) for m in holidays.finditer(long_text)] == [
        (m.span(), m.groupdict()) for m in holidays.pattern.finditer(long_text)
    ]


def test_groups_are_taken_out_of_a_pattern_but_not_its_classes_nor_escapes():
    pattern = re.compile(r"(?P<a>x[(]\(|[^]()]y)(z)(?:w)(?<=w)(?!q)")
    free = prefilter._without_groups(pattern)
    assert free is not None and free.pattern == r"(?:x[(]\(|[^]()]y)(?:z)(?:w)(?<=w)(?!q)"
    assert prefilter._without_groups(re.compile(r"(?P<s>-)x(?P=s)")) is None
    assert prefilter._without_groups(re.compile(r"(a)\1")) is None
    assert prefilter._without_groups(re.compile(r"(a)?(?(1)b|c)")) is None


def test_every_day_after_holds_one_of_the_words_tested_first():
    """_days_after_an_event tests a date's next words for a few words before it runs the
    pattern: every string the pattern cannot match without must hold one of them."""
    needs = prefilter.required_strings(reader._DAY_AFTER)
    assert needs
    assert any(
        all(any(word in phrase for word in reader._DAY_AFTER_WORDS) for phrase in needed)
        for needed in needs
    )


@pytest.mark.parametrize(
    ("module", "pattern", "words"),
    [
        # count_from_when_it_was_said looks for a wait told ("it's saturday. nothing")
        ("moments", "_NO_WORD_SINCE", "_NO_WORD_WORDS"),
        # _read_timeline looks for a careers page's process
        ("reader", "_A_PROCESS_PAGE", "_PROCESS_WORDS"),
    ],
)
def test_every_match_holds_one_of_the_words_tested_first(module, pattern, words):
    """A pattern searched only where one of a few words is: every string it cannot match
    without must hold one of them."""
    where = {"moments": moments, "reader": reader}[module]
    compiled = getattr(where, pattern)  # a pattern, or a `prefilter.Windowed` holding one
    needs = prefilter.required_strings(
        compiled if isinstance(compiled, re.Pattern) else compiled.pattern
    )
    assert needs
    assert any(
        all(any(word in phrase for word in getattr(where, words)) for phrase in needed)
        for needed in needs
    )
