"""How long silence takes to mean no ("If you have not heard from us by 30 June, please assume
you have not been successful"): the date, when it is the only one the text gives. Every blind
labeller since corpus TT read it so (TT, AB, AC; JJ reconciled to it); a promise said besides
it is still the answer (corpus LL). Each case in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 6, 8, 10, 0)
GB = ("Europe/London", "GB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Alone: its date (each failed before).
        (
            "Thank you for applying. If you have not heard from us by Friday 26 June, please "
            "assume that your application has not been successful on this occasion.",
            dt.date(2026, 6, 26),
        ),
        (
            "the panel said if you don't hear from them within two weeks from today, consider "
            "yourself unsuccessful. so now we wait",
            dt.date(2026, 6, 22),
        ),
        # Guard (passed before): with a promise besides it, the promise.
        (
            "All candidates will be told the outcome within 10 working days. Should you not hear"
            " from us within three months of the closing date (1 June 2026), please accept that "
            "your application was unsuccessful.",
            dt.date(2026, 6, 22),
        ),
    ],
)
def test_silence_gives_its_date_when_alone(text, expected):
    reading = read_timeline(text, NOW, *GB)
    assert reading is not None and reading.deadline == expected


def test_a_closing_date_not_given_is_no_date_to_count_from():
    # "within 4 weeks of the closing date", the closing date nowhere: counted from nothing
    # (not from today, now that the silence gives its date).
    text = (
        "Shortlisting is under way. If you have not heard from us within 4 weeks of the closing "
        "date, please assume that your application has not been successful."
    )
    assert read_timeline(text, NOW, *GB) is None
