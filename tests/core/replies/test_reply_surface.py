"""A reply cut into lines by the sender's mail program reads as one written whole: the same
kind, and the same sentence quoted as its evidence, at any width."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from followup.core.replies import read_reply

PARAGRAPH = (
    "Thanks so much for your note. Honestly we would love to have you join us some day, but for"
    " the pastry lead role we have decided to offer it to someone with more experience of"
    " laminated doughs. I do hope you will apply again when the new bakery opens in spring."
)


@pytest.mark.parametrize("width", [50, 60, 66, 72, 78])
def test_a_wrapped_reply_reads_as_the_unwrapped_one(width):
    received = dt.datetime(2026, 3, 11, 15, tzinfo=dt.UTC)
    whole = read_reply(
        "Re: Thank you", f"Hi Aiden,\n\n{PARAGRAPH}\n\nGreta", {}, received_at=received
    )
    body = f"Hi Aiden,\n\n{textwrap.fill(PARAGRAPH, width)}\n\nGreta"
    wrapped = read_reply("Re: Thank you", body, {}, received_at=received)
    assert whole.kind == "rejection"
    assert (wrapped.kind, wrapped.evidence) == (whole.kind, whole.evidence)


def test_an_answer_under_a_quoted_line_is_not_joined_to_it():
    body = (
        "> Thanks for applying to the analyst role. We would like to invite you to a\n"
        "> second interview with the team next week. Could you please let us know which\n"
        "> days of next week would work for you, and we will send an invitation. Thanks\n"
        "I'm away on holiday until Monday 7 December, any day after that works."
    )
    reading = read_reply(
        "Re: interview", body, {}, received_at=dt.datetime(2026, 11, 26, 15, tzinfo=dt.UTC)
    )
    assert (reading.kind, reading.return_date) == ("out_of_office", dt.date(2026, 12, 8))
