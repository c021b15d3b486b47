"""Any public holiday of the speaker's country, by the name its people use for it (English or
the country's own language, as the `holidays` package lists it): "after Songkran", "after the
Kurban Bayramı holiday", "before Vesak". Found in blind corpus VV; each case in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader
from followup.core.timeline.holiday_names import fold, holiday_called


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # Songkran runs 13-15 April 2026: the first business day after it is Thu 16 April, in
        # the week whose Friday is the 17th.
        (
            "Thanks for coming in today. The manager will review after Songkran and let you know.",
            dt.datetime(2026, 4, 7, 15, 0),
            ("Asia/Bangkok", "TH"),
            dt.date(2026, 4, 17),
        ),
        # Turkish, with its dotless i: Kurban Bayramı ends Sat 30 May 2026.
        (
            "Dear Ms. Demir, our decision will be sent to you after the Kurban Bayramı holiday.",
            dt.datetime(2026, 5, 20, 10, 0),
            ("Europe/Istanbul", "TR"),
            dt.date(2026, 6, 5),
        ),
        # "before": the last business day before it (Vesak Day 2026 is Sunday 31 May).
        (
            "We will confirm the result before Vesak.",
            dt.datetime(2026, 5, 20, 10, 0),
            ("Asia/Singapore", "SG"),
            dt.date(2026, 5, 29),
        ),
    ],
)
def test_a_holiday_by_its_own_name(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    ("text", "now", "zone"),
    [
        # Guard: a name that is an everyday word once "Festival" is gone (Egypt's "Spring
        # Festival") is the season here.
        (
            "We will let you know after spring.",
            dt.datetime(2026, 3, 20, 10, 0),
            ("Africa/Cairo", "EG"),
        ),
        # Names and words that are a holiday's name without its "Day", with a word after.
        (
            "We'll let you know after Victoria reviews your file.",
            dt.datetime(2026, 3, 11, 10, 0),
            ("America/Toronto", "CA"),
        ),
        (
            "We'll decide after Noel has had a look at the scores.",
            dt.datetime(2026, 3, 11, 10, 0),
            ("Europe/Paris", "FR"),
        ),
        # A reopening after the holidays is the office's return, not the answer.
        (
            "Our office will resume regular operations on November 3 after the All Saints' and "
            "All Souls' Day holidays. Results will be released soon.",
            dt.datetime(2027, 11, 2, 9, 0),
            ("Asia/Manila", "PH"),
        ),
    ],
)
def test_not_a_holiday_promise(text, now, zone, monkeypatch):
    monkeypatch.setattr(reader, "rules_only", True)  # the rules' own reading, not the model's
    assert read_timeline(text, now, *zone) is None


def test_names_are_looked_up_folded_and_whole():
    assert fold("Kurban  Bayramı") == "kurban bayrami"
    today = dt.date(2026, 4, 1)
    # The run's last day; "Songkran" without its "Festival" only where no word follows.
    assert holiday_called("songkran", "TH", today, short=True) == dt.date(2026, 4, 15)
    assert holiday_called("songkran", "TH", today) is None
    assert holiday_called("songkran", "GB", today, short=True) is None  # not a holiday there
    assert holiday_called("songkran", None, today, short=True) is None
    assert holiday_called("spring", "EG", today, short=True) is None
    assert holiday_called("may", "GB", today, short=True) is None  # the month, not May Day
