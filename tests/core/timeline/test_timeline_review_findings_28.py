"""What a review of stop 28's change found, each a case that failed on the change before its
fix (a helper who had not written it; /tmp/review28.md). Wednesday 4 March 2026, 10:00, London,
unless said."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 3, 4, 10, 0)
GB = ("Europe/London", "GB")


def _read(text: str, now: dt.datetime = NOW, zone: tuple[str, str] = GB) -> str | None:
    reading = read_timeline(text, now, *zone)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A no denied, a condition on paperwork, someone else's no, the candidate's own guess.
        (
            "We'll let you know about the Manchester role by Friday 13 March. We have not "
            "appointed another candidate yet, so you're still very much in the running.",
            "2026-03-13",
        ),
        (
            "We'll let you know by Friday. We haven't offered the role to another candidate, so "
            "don't worry.",
            "2026-03-06",
        ),
        (
            "Your interview feedback will be sent by Friday 13 March. Please note we are unable "
            "to progress with your application until we receive your right to work documents.",
            "2026-03-13",
        ),
        (
            "Recruiter said they'd decide by Friday. My friend who also applied was told they had "
            "chosen another candidate for the Leeds team.",
            "2026-03-06",
        ),
        # A promise kept only when nothing else follows "and she has".
        ("The recruiter will call me by Friday, and she has my references already.", "2026-03-06"),
        (
            "They'll decide by Friday and it has been two weeks already since the interview.",
            "2026-03-06",
        ),
        # "as agreed" in a promise still to keep.
        ("We will get back to you as agreed by the end of the week.", "2026-03-06"),
        ("I'll send you the feedback as promised by Friday.", "2026-03-06"),
        # Nobody said when for something else.
        (
            "They said they'd call me by Friday. They didn't say when the second round would be "
            "though.",
            "2026-03-06",
        ),
        (
            "The panel will decide by Friday and HR will contact you. They didn't say anything "
            "about salary.",
            "2026-03-06",
        ),
        (
            "They said they'd let me know by the 13th. They never mentioned when the start date "
            "would be.",
            "2026-03-13",
        ),
        ("They'll decide by Friday but didn't give a date for the start.", "2026-03-06"),
        (
            "Recruiter will update me by Friday on the decision, no specific date yet on the "
            "start.",
            "2026-03-06",
        ),
        # A later line about something else.
        (
            "[09:12] Recruiter: you'll hear from us by Friday\n[09:14] Me: great, and the start "
            "date?\n[09:15] Recruiter: no date yet for that",
            "2026-03-06",
        ),
        (
            "We'll let you know by Friday. Quick update - there's no date yet for the team "
            "offsite.",
            "2026-03-06",
        ),
        (
            "Recruiter said final decision by the 13th.\nEDIT: the hiring has been put on hold for "
            "the other team, ours is still going ahead.",
            "2026-03-13",
        ),
        (
            "They'll decide by Friday. Later - I've been on hold with their switchboard for 20 "
            "minutes trying to reach HR about parking.",
            "2026-03-06",
        ),
        # A step already done is no undated step to count from.
        (
            "As soon as I got the results of the coding test back this morning, the recruiter "
            "told me they'd decide within 2 business days.",
            "2026-03-06",
        ),
        (
            "When I had the reference check call with Sarah yesterday she said they'd decide "
            "within 5 working days.",
            "2026-03-10",
        ),
        # Hours about something else, or before the meeting they name.
        (
            "Our final interviews are on 18 March and I'll come back to you about whether you're "
            "shortlisted for them within 48 hours.",
            "2026-03-06",
        ),
        # "is the 20th" is a day.
        ("The decision date is the 20th.", "2026-03-20"),
        ("Recruiter: the deadline for our decision is the 20th.", "2026-03-20"),
    ],
)
def test_read(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The no, then a promise about similar roles (the candidate's interest takes nothing back).
        "Unfortunately we have decided to proceed with another candidate. We will contact you "
        "again by the end of April if you are still interested in similar roles.",
        "We have decided to proceed with another candidate, and we will not reconsider. We'll "
        "email you about future openings by the end of April.",
        # A lower bound; the interview itself.
        "We'll let you know once the board votes, which won't be before 30 March.",
        "I'll tell you more when we meet on 20 March for the second round.",
        "You'll hear from us before the interview, on 17 March, whether we need any documents.",
    ],
)
def test_no_timeline(text: str) -> None:
    assert _read(text) is None


def test_the_candidates_own_follow_up_is_no_answer() -> None:
    text = (
        "Hi Anna,\nI haven't heard back yet and appreciate you may have gone with another "
        "candidate already - could you let me know either way?\nBest, Sam\n\n"
        "On Mon, 2 Mar 2026 at 09:00, Anna <anna@x.com> wrote:\n"
        "> Thanks Sam, we'll let you know by Friday 13 March."
    )
    assert _read(text, dt.datetime(2026, 3, 9, 10, 0)) == "2026-03-13"


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # "the next long weekend" is the next; an e-mail said now means the coming one.
        (
            "We'll get back to you after the next long weekend.",
            dt.datetime(2026, 5, 27, 10, 0),
            GB,
            "2026-09-04",
        ),
        (
            "We'll get back to you after the bank holiday.",
            dt.datetime(2026, 5, 28, 10, 0),
            GB,
            "2026-09-04",
        ),
        # Malaysia's list has no 1 January: "the New Year holidays" in December are still its.
        (
            "We'll let you know after the New Year holidays.",
            dt.datetime(2026, 12, 10, 10, 0),
            ("Asia/Kuala_Lumpur", "MY"),
            "2027-01-08",
        ),
    ],
)
def test_holidays_read_as_meant(
    text: str, now: dt.datetime, zone: tuple[str, str], expected: str
) -> None:
    assert _read(text, now, zone) == expected


def test_a_named_months_weekday_just_gone_is_not_next_years() -> None:
    reading = read_timeline(
        "We'll let you know by the last Friday of March.", dt.datetime(2026, 3, 30, 10), *GB
    )
    assert reading is None or reading.deadline.year == 2026


def test_a_date_field_of_another_event_is_not_counted_from() -> None:
    # (The final interview is undated; counting from now, as before the change, is a known
    # limit: "after the final interview" with no date should leave no timeline.)
    text = (
        "Telephone screen\nDate: Tuesday 10 March 2026\nTime: 14:00\n\nCandidates who pass the "
        "screen are invited to a final interview in April. We will confirm the outcome within 5 "
        "working days after the final interview."
    )
    assert _read(text) != "2026-03-17"
