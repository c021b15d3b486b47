"""Every grammar rule's handler reads whatever its own pattern matches, without an error.

A handler that asks its match for a group the pattern lacks fails only on the words that rule
matches: "midweek" once reached the handler of "late next week or early the following" and
raised IndexError for any text that said it. Hypothesis writes text each pattern matches.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.core.timeline import grammar, read_timeline, reader

CONTEXTS = [
    reader._context(dt.datetime(2026, 12, 3, 10, 0), "Europe/London", "GB", mode)
    for mode in (reader.DEADLINE, reader.RETURN)
]


@pytest.mark.parametrize(
    "rule", grammar._RULES, ids=[handler.__name__ for _kind, _gated, handler in grammar._RULES]
)
def test_a_rule_reads_what_its_pattern_matches(rule):
    _kind, gated, handler = rule

    @settings(
        max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.from_regex(gated.pattern))
    def reads(text: str) -> None:
        for m in gated.pattern.finditer(text):
            for ctx in CONTEXTS:
                result = handler(m, ctx)
                day = result[0] if isinstance(result, tuple) else result
                assert day is None or isinstance(day, dt.date)

    reads()


@pytest.mark.parametrize("text", ["We'll decide midweek.", "an answer mid-week"])
def test_midweek_is_wednesday(text):
    reading = read_timeline(text, dt.datetime(2026, 11, 30, 10, 0), "Europe/London", "GB")
    assert reading is not None and reading.deadline == dt.date(2026, 12, 2)
