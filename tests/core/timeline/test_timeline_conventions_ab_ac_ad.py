"""Conventions met in blind corpora AB (candidates' own notes and chats in many Englishes), AC
(formal and unusual processes) and AD (processes as threads unfold them). Each case in our own
words; each failed before the rule it checks, except the guards marked as such."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # A pasted chat: each message counts from its own stamp, not from the paste. (Ten
        # Nigerian working days from Wed 2 Apr 2025 skip nothing: Wed 16 Apr.)
        (
            "[02/04/2025, 15:10] Mr Okon HR: Thanks for coming in today. We will revert with "
            "the outcome within 10 working days.\n[02/04/2025, 15:20] Ada: Thank you sir\n"
            "[07/04/2025, 09:00] Ada: Good morning sir, any news?",
            dt.datetime(2025, 4, 8, 10, 0),
            ("Africa/Lagos", "NG"),
            dt.date(2025, 4, 16),
        ),
        # ... and in the Android export's form, US month first.
        (
            "4/2/25, 3:10 PM - Dana (Recruiter): great chat today! you'll hear back by end of "
            "next week\n4/8/25, 9:02 AM - Me: hi Dana, any update?",
            dt.datetime(2025, 4, 8, 12, 0),
            ("America/Chicago", "US"),
            dt.date(2025, 4, 11),
        ),
    ],
)
def test_read(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revised plan: we should be able to release the offer letter by 14th May.", "2026-05-14"),
        ("Sorry for the wait. You'll have a final answer from me by Friday 15 May.", "2026-05-15"),
        ("Our team will respond to your query within 2 business days.", "2026-05-08"),
        (
            "Once OH have cleared you, you should have your formal offer within 5 working days.",
            "2026-05-13",
        ),
        (
            "The scoring meeting moved to Tuesday. I'll now have an answer for you by Friday "
            "15 May.",
            "2026-05-15",
        ),
        ("You can expect to hear from the panel within 3 working days.", "2026-05-11"),
    ],
)
def test_promises_in_so_many_words_that_the_model_may_not_veto(monkeypatch, text, expected):
    # A model that vetoes everything: only a promise said outright survives it.
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)
    reading = read_timeline(text, dt.datetime(2026, 5, 6, 10, 0), "Europe/London", "GB")
    assert reading is not None and reading.deadline.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # "before the summer closure of the practice (from 3 to 21 August)": the business day
        # before it.
        (
            "The partners meet next week. We will revert to you before the summer closure of the"
            " practice (from 3 to 21 August).",
            dt.datetime(2026, 7, 14, 12, 0),
            "2026-07-31",
        ),
        # The appointment is the hire here, not a meeting.
        (
            "We are taking up references this week and we'll be making the appointment by the "
            "end of term (Friday 17 July). I will ring you either way.",
            dt.datetime(2026, 7, 6, 9, 0),
            "2026-07-17",
        ),
        # Phoning "the finalists" is the answer, over "this afternoon" of the meeting.
        (
            "Thanks for meeting the hiring committee this afternoon. The board votes on the 21st"
            " and I will phone the finalists within 48 hours of the vote.",
            dt.datetime(2026, 9, 14, 18, 0),
            "2026-09-23",
        ),
        # "We'll have your contract out to you", nearer the duration than "contract".
        (
            "References came back this morning, all good. We'll have your contract out to you in"
            " a couple of days.",
            dt.datetime(2026, 3, 11, 10, 0),
            "2026-03-13",
        ),
    ],
)
def test_cues_of_formal_processes(monkeypatch, text, now, expected):
    monkeypatch.setattr(reader, "rules_only", True)  # the rules' own reading
    reading = read_timeline(text, now, "Europe/London", "GB")
    assert reading is not None and reading.deadline.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        # A van arranged for the new starter, not the answer.
        "Steve says the trial went well. Can you start Monday? We'll sort you a van by the end "
        "of the month.",
        # The candidate told to ring.
        "We're pouring the slab Thursday so I'm flat out. Ring me Friday afternoon about the job.",
    ],
)
def test_not_the_answer(monkeypatch, text):
    monkeypatch.setattr(reader, "rules_only", True)
    assert read_timeline(text, dt.datetime(2026, 7, 14, 8, 0), "Europe/London", "GB") is None


@pytest.mark.parametrize(
    ("text", "now"),
    [
        # "before Christmas" said on 2 January is the one just gone.
        (
            "Happy New Year. After the reference calls before Christmas, we have decided to "
            "offer the position of Planner to another candidate.",
            dt.datetime(2026, 1, 2, 10, 0),
        ),
    ],
)
def test_no_timeline_left(monkeypatch, text, now):
    monkeypatch.setattr(reader, "rules_only", True)
    assert read_timeline(text, now, "Europe/London", "GB") is None


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The date said as the latest, over a wider one in the same breath.
        (
            "Because of the summer holidays we will make the final decision in August, by 14.8. "
            "at the latest.",
            dt.datetime(2026, 7, 2, 14, 0),
            "2026-08-14",
        ),
        (
            "HC meets Monday, you'll hear from me by Wednesday at the latest, hopefully sooner "
            "but maybe Thursday if the VP is out.",
            dt.datetime(2026, 11, 23, 12, 0),
            "2026-11-25",
        ),
        # Guard (passed before): "latest" leading the later of two alternatives.
        (
            "The manager will decide by this week, latest next Mon.",
            dt.datetime(2027, 1, 27, 20, 0),
            "2027-02-01",
        ),
    ],
)
def test_the_date_said_as_the_latest(text, now, expected):
    reading = read_timeline(text, now, "Europe/Helsinki", "FI")
    assert reading is not None and reading.deadline.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # The promise inside the phrase: "a couple of weeks before we can come back to you".
        (
            "The manager has finished the interviews and we're looking at a couple of weeks "
            "before we can come back to you with an outcome.",
            dt.datetime(2026, 10, 5, 10, 0),
            ("Australia/Sydney", "AU"),
            "2026-10-19",
        ),
        # Week numbers where weeks go by them: ISO week 12 of 2026 ends Friday 20 March.
        (
            "Our CFO must sign off first, so we push the decision to the end of week 12. Sorry!",
            dt.datetime(2026, 3, 9, 10, 0),
            ("Europe/Stockholm", "SE"),
            "2026-03-20",
        ),
    ],
)
def test_read_by_the_rules(monkeypatch, text, now, zone, expected):
    monkeypatch.setattr(reader, "rules_only", True)
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected


def test_a_note_of_the_interviewers_own_words_is_a_promise(monkeypatch):
    # A model that vetoes everything: the words noted as hers vouch for the date.
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)
    text = (
        'Met the CEO Fri, 90 min, went well. Her words: "decision before Thanksgiving, worst '
        'case." Ping the headhunter if silent.'
    )
    reading = read_timeline(text, dt.datetime(2026, 11, 2, 7, 0), "America/New_York", "US")
    assert reading is not None and reading.deadline == dt.date(2026, 11, 25)


def test_week_numbers_only_where_weeks_go_by_them():
    # Guard: in Britain "by the end of week 2" is a step of something, not ISO week 2.
    text = "You'll shadow the team and we'll review your progress by the end of week 2."
    reading = read_timeline(text, dt.datetime(2026, 3, 9, 10, 0), "Europe/London", "GB")
    assert reading is None or reading.deadline != dt.date(2027, 1, 15)


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # "a month or so for the answer": the promise's word inside the phrase; "estimates" is
        # the interviewer's word for it.
        (
            "Interview with the hospital director. She estimates a month or so for the answer. "
            "Need to follow up in May if nothing.",
            dt.datetime(2027, 3, 1, 18, 0),
            ("America/Mexico_City", "MX"),
            "2027-04-01",
        ),
        # Golden Week in China is National Day's (1-7 October 2026), not Japan's in May.
        (
            "Thank you for the demo lesson today. The principal will confirm your contract after"
            " the Golden Week holiday.",
            dt.datetime(2026, 9, 28, 20, 0),
            ("Asia/Shanghai", "CN"),
            "2026-10-09",
        ),
        # "after Tết" alone, and "the result will send" as a non-native writer puts it: Tết
        # 2026 runs 16-20 February in Vietnam.
        (
            "- HR say because Tết holiday coming, the result will send after Tết.",
            dt.datetime(2026, 2, 9, 14, 0),
            ("Asia/Ho_Chi_Minh", "VN"),
            "2026-02-27",
        ),
        # "they will call to the finalists in mid September".
        (
            "Interview today with the credit manager. They have more candidates still, they will"
            " call to the finalists in mid September and after that is a psychometric test.",
            dt.datetime(2025, 9, 2, 19, 0),
            ("America/Mexico_City", "MX"),
            "2025-09-15",
        ),
    ],
)
def test_read_as_people_write_it(monkeypatch, text, now, zone, expected):
    monkeypatch.setattr(reader, "rules_only", True)
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected


def test_an_estimate_noted_is_a_promise(monkeypatch):
    monkeypatch.setattr(reader.model, "vetoes", lambda *_: True)
    text = "Slow process, they need sign-off from the ministry. She estimates 3 weeks for news."
    reading = read_timeline(text, dt.datetime(2027, 3, 1, 18, 0), "America/Mexico_City", "MX")
    assert reading is not None and reading.deadline == dt.date(2027, 3, 22)


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # "did my interview on Monday": the moment the week is counted from.
        (
            "I did my interview on Monday, they said they'd decide within a week.",
            dt.datetime(2025, 3, 6, 19, 0),
            ("Africa/Nairobi", "KE"),
            "2025-03-10",
        ),
        # What is usual, noted: "typically 7-10 business days" (Independence Day observed on
        # Friday 3 July is skipped); "4th of July week might slow it" is no date of theirs.
        (
            'HM loved the take-home. next: comp team review + VP sign off, "typically 7-10 '
            'business days". 4th of July week might slow it she said',
            dt.datetime(2026, 6, 30, 15, 40),
            ("America/New_York", "US"),
            "2026-07-15",
        ),
    ],
)
def test_notes_of_a_call(monkeypatch, text, now, zone, expected):
    monkeypatch.setattr(reader, "rules_only", True)
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # "they quote up to 20 working days" from the day it was lodged (Waitangi Day skipped).
        (
            "We lodged it with the vetting service on Friday 16 January and they quote up to 20 "
            "working days.",
            dt.datetime(2026, 1, 19, 8, 20),
            ("Pacific/Auckland", "NZ"),
            "2026-02-16",
        ),
        # A "hiring event on Tuesday" is a past event; "making calls ... after the Thanksgiving
        # weekend" (Canada's, Monday 13 October) is the answer.
        (
            "Thanks for coming to our seasonal hiring event on Tuesday! We'll be making calls for"
            " holiday positions after the Thanksgiving weekend.",
            dt.datetime(2025, 10, 9, 14, 0),
            ("America/Toronto", "CA"),
            "2025-10-17",
        ),
    ],
)
def test_events_and_calls(monkeypatch, text, now, zone, expected):
    monkeypatch.setattr(reader, "rules_only", True)
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected


def test_closed_for_half_term_then_after_half_term(monkeypatch):
    # "closed for half-term from 16 to 20 February ... once we are back after half-term": the
    # Friday of the week back, not the closure's last day.
    monkeypatch.setattr(reader, "rules_only", True)
    text = (
        "School is closed for half-term from 16 to 20 February. The head will make the decision"
        " once we are back after half-term, and you should hear from us by the end of that week."
    )
    reading = read_timeline(text, dt.datetime(2026, 2, 13, 15, 50), "Europe/London", "GB")
    assert reading is not None and reading.deadline == dt.date(2026, 2, 27)
