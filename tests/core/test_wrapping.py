"""Joining the lines a mail program cut: the same lines as joining each to the whole, in time
linear in their number (bench/long_text_bench.py reviews 200 KB of short lines)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core import wrapping


def _joined_before(lines: list[str], width: int) -> list[str]:
    """How lines were joined before: each added to the whole (the square of their number)."""
    out = lines[:1]
    for previous, line in zip(lines, lines[1:], strict=False):
        if wrapping.runs_on(previous, line, width):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return out


_LINE = st.text(alphabet="a \t>-.Within", max_size=12)


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE, max_size=12), st.sampled_from([0, 20, 72]))
def test_lines_are_joined_as_before(lines: list[str], width: int) -> None:
    assert wrapping.joined(lines, width) == _joined_before(lines, width)


def test_a_line_cut_after_a_joining_word_runs_on_and_its_trailing_spaces_go() -> None:
    lines = ["We will decide within a  ", "week of the   ", "panel and let you know by", "Friday."]
    # (Not into a capital: "by" / "Friday." may be the writer's own break.)
    assert wrapping.joined(lines, 0) == [
        "We will decide within a week of the panel and let you know by",
        "Friday.",
    ]
