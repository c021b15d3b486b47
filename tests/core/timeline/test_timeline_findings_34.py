"""What stop 34 found with the new corpus CM and with the retrained model, in our own words.
Each case names the moment it was written (Thursday 26 November 2026, London, unless it says
otherwise)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import model, read_timeline, reader

LONDON = ("Europe/London", "GB")
THU_26_NOV = dt.datetime(2026, 11, 26, 15, 30)
WED_25_NOV = dt.datetime(2026, 11, 25, 9, 0)


def _read(text: str, now: dt.datetime = THU_26_NOV) -> str | None:
    reading = read_timeline(text, now, *LONDON)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # Calendar days are days, weekends included.
        ("Results will be posted within 21 calendar days.", THU_26_NOV, "2026-12-17"),
        # ... counted from the exam the text dated before.
        (
            "Thank you for sitting the written exam on 20 November. Scores will be released"
            " within 30 calendar days of the exam date.",
            THU_26_NOV,
            "2026-12-20",
        ),
        # The interview said as yesterday (Wednesday 25th): five working days from it.
        (
            "Thanks for interviewing with us yesterday. We aim to decide within 5 working days"
            " following the interview.",
            THU_26_NOV,
            "2026-12-02",
        ),
        # ... or as someone coming in yesterday, a wait "of their interview".
        (
            "Thanks for coming in yesterday. We notify all finalists within 10 business days of"
            " their interview.",
            THU_26_NOV,
            "2026-12-09",
        ),
        # Before a closure whose span is said just after its name, in brackets or after a
        # quote closed in the notes: the business day before its first day.
        (
            "The panel will advise all applicants before the Christmas close-down (24 December"
            " - 4 January).",
            THU_26_NOV,
            "2026-12-23",
        ),
        (
            '- Sam: "we\'ll be in touch before the winter shutdown" - site shuts 18 Dec to 4 Jan',
            THU_26_NOV,
            "2026-12-17",
        ),
        # The interview's day said far from its word, a wait "from the date of the
        # interview", and a start the winner reports on: the wait counts from the interview.
        (
            "Thank you for attending the interview for the Shift Supervisor post at our Leeds"
            " depot on Monday 23 November. We expect to decide within two weeks from the date"
            " of the interview. The successful candidate is expected to report on 14 December.",
            THU_26_NOV,
            "2026-12-07",
        ),
        # Two weekdays as alternatives with the week said once after both: the later one of
        # that week (not the coming Wednesday).
        ("You can expect our reply by Wednesday or Thursday next week.", WED_25_NOV, "2026-12-03"),
        ("We'll decide by Thu or Fri this week.", WED_25_NOV, "2026-11-27"),
    ],
)
def test_phrasings_found_with_the_new_corpus(text: str, now: dt.datetime, expected: str) -> None:
    assert _read(text, now) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A promise reported in the candidate's notes.
        ("Nice people. They said they'd be in touch in a fortnight or so.", "2026-12-10"),
        ("Notes: the owner said she would call me by the 10th.", "2026-12-10"),
        # A wish of theirs is their timeline; the day named as the decision's.
        ("The other finalist dropped out, so they'd like to decide by Monday.", "2026-11-30"),
        ("Just so you have it: the decision date is the 9th.", "2026-12-09"),
        ("Agency said by the 4th they'll know who's going through.", "2026-12-04"),
        ("Recruiter said final decision by the 11th.", "2026-12-11"),
        # Found when the model was retrained and vetoed them.
        ("Thanks for coming in. We'll be back in touch by 4 December.", "2026-12-04"),
        ("Stage: feedback pending\nExpected update by: 11-Dec-2026", "2026-12-11"),
        ("Please allow until 10 December for a decision.", "2026-12-10"),
        ("Trial went fine. They'll ring successful pickers within 5 days.", "2026-12-01"),
        ("The client will come back Tuesday or Wednesday with an answer.", "2026-12-02"),
        ("Warehouse lead told him he'd hear back in 3 to 4 days.", "2026-11-30"),
        ("We're committed to having the role filled by the 18th.", "2026-12-18"),
        ("Me: recruiter said COB tuesday\nSam: nice", "2026-12-01"),
    ],
)
def test_promises_the_model_may_not_veto(
    text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A model sure that no text gives a timeline: only a promise in so many words stands.
    monkeypatch.setattr(model, "vetoes", lambda *_: True)
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # News for others, not for the candidate.
        "We plan to tell the whole team on Monday about the new rota.",
        "Management will brief all staff on Friday.",
    ],
)
def test_and_what_the_rules_alone_read_as_no_timeline(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "rules_only", True)
    assert _read(text) is None
