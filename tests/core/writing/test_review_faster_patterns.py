"""The reviewer's long lists of phrases, made faster (`followup.core.faster_patterns`), find the
same matches as written, on every sentence of the review corpora and on hostile pastes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.core.writing.review import tone

ROOT = Path(__file__).resolve().parents[2]
PAIRS = [(tone._APOLOGETIC, tone._APOLOGETIC_WORDS), (tone._PUSHY, tone._PUSHY_WORDS)]


def _bodies() -> list[str]:
    bodies: list[str] = []
    for path in sorted(ROOT.glob("**/review*.jsonl")):
        with path.open(encoding="utf-8") as stream:
            bodies += [json.loads(line)["body"] for line in stream if line.strip()]
    return bodies


@pytest.mark.parametrize("faster, written", PAIRS, ids=["apologetic", "pushy"])
def test_the_faster_forms_are_in_use(faster, written):
    assert faster is not written  # (each is the written pattern when nothing could be done)


@pytest.mark.parametrize("faster, written", PAIRS, ids=["apologetic", "pushy"])
def test_the_faster_forms_find_the_same_matches(faster, written):
    texts = [line.lower() for body in _bodies() for line in body.splitlines() if line.strip()]
    texts += [
        "a " * 5_000,
        "sorry " * 2_000 + "for bothering you again",
        "- " * 3_000 + "or i'll take the other offer",
        "i'll swing by your office monday, or else i will take it as a no!!!",
    ]
    assert len(texts) > 5_000
    found = [[m.span() for m in faster.finditer(text)] for text in texts]
    assert found == [[m.span() for m in written.finditer(text)] for text in texts]
    assert sum(map(bool, found)) > 50  # (the corpora hold apologies and pushy lines)
