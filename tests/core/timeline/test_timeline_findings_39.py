"""Stop 39's findings on published text (misses of the tuning corpora DP, DR and DS, written
again in our own words)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

_ATS_MAIL = """Date: {stamp}
From: Northway Careers <no-reply@northway-careers.example>
Subject: Your interview

Dear Sam,

Thanks for interviewing with us. We will let you know the outcome within 2 business days of
this email.
"""


@pytest.mark.parametrize(
    ("stamp", "zone", "country", "expected"),
    [
        # 23:30 UTC on Tuesday is Wednesday morning in Tokyo: said Wednesday, two business
        # days are Thursday and Friday.
        ("Tue, 4 Mar 2025 23:30:00 +0000", "Asia/Tokyo", "JP", dt.date(2025, 3, 7)),
        # 02:30 UTC on Wednesday is still Tuesday evening in Los Angeles.
        ("Wed, 5 Mar 2025 02:30:00 +0000", "America/Los_Angeles", "US", dt.date(2025, 3, 6)),
        ("Wed, 5 Mar 2025 02:30:00 GMT", "America/Los_Angeles", "US", dt.date(2025, 3, 6)),
        # The header's own offset is the speaker's: nothing moves.
        ("Tue, 4 Mar 2025 18:30:00 -0500", "America/New_York", "US", dt.date(2025, 3, 6)),
        # No time, no offset: the day as written.
        ("Tue, 4 Mar 2025", "Asia/Tokyo", "JP", dt.date(2025, 3, 6)),
    ],
)
def test_a_header_stamped_in_another_zone_is_read_on_the_speakers_day(
    stamp: str, zone: str, country: str, expected: dt.date
) -> None:
    now = dt.datetime(2025, 3, 6, 9, 0)
    reading = read_timeline(_ATS_MAIL.format(stamp=stamp), now, zone, country)
    assert reading is not None
    assert reading.deadline == expected


def test_a_header_stamped_in_utc_on_the_night_the_clocks_go_forward() -> None:
    # 23:30 UTC on Sunday 30 March 2025 is 00:30 BST on Monday 31 March in London: said on
    # Monday, five working days run Tuesday to the Monday after.
    text = _ATS_MAIL.format(stamp="Sun, 30 Mar 2025 23:30:00 +0000").replace(
        "2 business days", "5 working days"
    )
    reading = read_timeline(text, dt.datetime(2025, 3, 31, 7, 45), "Europe/London", "GB")
    assert reading is not None
    assert reading.deadline == dt.date(2025, 4, 7)
