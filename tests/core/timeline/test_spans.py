"""keep_longest keeps the same spans however many it is given: a few are kept by a sorted list
of starts, many by marking the characters of those kept."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.timeline import spans


@dataclass
class _Span:
    start: int
    end: int


SPANS = st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 40)).map(lambda s: _Span(s[0], s[0] + s[1])),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(SPANS)
def test_many_spans_keep_what_few_keep(given_spans):
    few = _kept(given_spans, many=10**9)
    many = _kept(given_spans, many=0)
    assert [id(s) for s in many] == [id(s) for s in few]


def test_kept_spans_are_the_longest_and_in_text_order():
    found = [_Span(0, 5), _Span(3, 12), _Span(12, 14), _Span(10, 13), _Span(20, 21)]
    for many in (0, 10**9):
        kept = _kept(found, many)
        assert [(s.start, s.end) for s in kept] == [(3, 12), (12, 14), (20, 21)]


def _kept(given_spans: list[_Span], many: int) -> list[_Span]:
    saved = spans._MANY
    spans._MANY = many
    try:
        return spans.keep_longest(given_spans)
    finally:
        spans._MANY = saved
