"""Keep the longest of overlapping matches, in O(n log n): texts can be a megabyte long."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def keep_longest(spans: Iterable[S]) -> list[S]:
    """Longest first, then leftmost; a span overlapping one already kept is dropped. Returns
    the kept spans in text order."""
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    starts: list[int] = []  # starts of kept spans, sorted; kept spans never overlap
    by_start: dict[int, S] = {}
    for span in ordered:
        i = bisect_left(starts, span.end)  # kept spans starting before this one ends
        if i and by_start[starts[i - 1]].end > span.start:
            continue  # the nearest such span reaches into this one
        if span.start in by_start:
            continue  # an empty-length duplicate at the same place
        insort(starts, span.start)
        by_start[span.start] = span
    return [by_start[start] for start in starts]
