"""The common words normalising reads at a lookup ("the", "by", "on", "for", a digit) still
read as what they start where they start it, wherever they stood before in the same text.

A 1 MB debrief holds one of them every few words; they are read as plain words unless a
foreign phrase, a misheard count or a letter after a digit makes them more (normalise's
`_plain_here`). Each case reads the word first as plain, then where it means more: read the
fast way the second time, it must still be read for its meaning.
"""

from __future__ import annotations

import pytest

from followup.core.timeline.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A foreign phrase opened by a word that is plain elsewhere.
        (
            "on the call, by noon: they answer by montag",
            "on the call, by noon: they answer by monday",
        ),
        (
            "the panel met on the 3rd; on dienstag we hear",
            "the panel met on the 3rd; on tuesday we hear",
        ),
        ("the role is open; after the bayram", "the role is open; after the eid"),
        ("de nada. de la proxima semana", "de nada. next week"),
        # "for" and "to" heard for a count only after "in" or "within", before a unit.
        ("thanks for coming; in for business days", "thanks for coming; in 4 business days"),
        ("to be fair, within to weeks", "to be fair, within 2 weeks"),
        ("for sure in for the win", "for sure in for the win"),
        # A digit with a letter after it is a mark, not a number.
        ("6 people. back 3sun", "6 people. back 3sun"),
    ],
)
def test_a_word_read_fast_still_reads_for_its_meaning(text: str, expected: str) -> None:
    assert normalise(text).text == expected


def test_each_character_still_maps_to_where_it_came_from() -> None:
    text = "the team: 6 people. the end; we answer by montag"
    read = normalise(text)
    start = read.text.index("by monday")
    assert text[read.start_of(start) :] == "by montag"
    assert text[read.start_of(read.text.index("6")) :].startswith("6 people")
