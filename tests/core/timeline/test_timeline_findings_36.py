"""What stop 36 found with the new corpora CW, CX and CY, in our own words. Each case names
the moment it was written."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline, reader

MON_11_SEP_2023 = dt.datetime(2023, 9, 11, 8, 50)
TUE_6_MAY_2025 = dt.datetime(2025, 5, 6, 8, 20)
MON_15_MAR_2027 = dt.datetime(2027, 3, 15, 16, 0)
MON_15_DEC_2025 = dt.datetime(2025, 12, 15, 11, 45)
FRI_14_JUN_2024 = dt.datetime(2024, 6, 14, 10, 0)
TUE_25_AUG_2026 = dt.datetime(2026, 8, 25, 12, 0)
THU_5_OCT_2023 = dt.datetime(2023, 10, 5, 15, 10)
WED_30_OCT_2024 = dt.datetime(2024, 10, 30, 16, 40)
MON_24_NOV_2025 = dt.datetime(2025, 11, 24, 9, 35)
TUE_6_MAY_2025_EVENING = dt.datetime(2025, 5, 6, 19, 30)
MON_12_JUN_2023 = dt.datetime(2023, 6, 12, 17, 48)


def _read(text: str, now: dt.datetime, tz: str, country: str) -> str | None:
    reading = read_timeline(text, now, tz, country)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # Said "this am", after a meeting dated in the line above: counted from today.
        (
            "Panel was Fri 9/8.\nRecruiter emailed this am: you'll hear from us in two weeks.",
            MON_11_SEP_2023,
            ("America/Los_Angeles", "US"),
            "2023-09-25",
        ),
        # A day booked with a bare numeric date, then counted from ("the final").
        (
            "Final round booked 12/5. Feedback within 5 business days of the final.",
            TUE_6_MAY_2025,
            ("Europe/London", "GB"),
            "2025-05-19",
        ),
        # "the 2nd" before a thing says which one: the promise is "this time next week" (the
        # ordinal, read as 2 April, was the later date and the model vetoed the reading).
        (
            "We're still deciding whether to open the 2nd sous spot - I'll let you know this time"
            " next week.",
            MON_15_MAR_2027,
            ("America/Los_Angeles", "US"),
            "2027-03-22",
        ),
        # The business day before a closure said with a word before "office".
        (
            "We'll decide before the business office closes for the holidays on December 22.",
            MON_15_DEC_2025,
            ("America/New_York", "US"),
            "2025-12-19",
        ),
        # Counted from the event "which for you was held on" a date.
        (
            "You will be notified within 30 days of the oral board, which for you was held on"
            " 6/12.",
            FRI_14_JUN_2024,
            ("America/New_York", "US"),
            "2024-07-12",
        ),
        # "The holiday weekend", as North Americans say the long one (Canada's Thanksgiving).
        (
            "The committee meets after Thanksgiving, so you'll hear from us after the holiday"
            " weekend.",
            THU_5_OCT_2023,
            ("America/Toronto", "CA"),
            "2023-10-13",
        ),
        # "One way or the other" says how, and the 4th stays a day.
        (
            "We'll get back to you by the 4th one way or the other.",
            WED_30_OCT_2024,
            ("America/Denver", "US"),
            "2024-11-04",
        ),
        # A weekday after a holiday, without "the": the first such day after it.
        (
            "He'll decide by Wednesday, or Monday after Thanksgiving at the latest.",
            MON_24_NOV_2025,
            ("America/Chicago", "US"),
            "2025-12-01",
        ),
    ],
)
def test_readings(text: str, now: dt.datetime, place: tuple[str, str], expected: str) -> None:
    assert _read(text, now, *place) == expected


@pytest.mark.parametrize(
    ("text", "now", "place"),
    [
        # Counted from an interview nobody has dated yet: no date can be given.
        (
            "The panel will decide within one week of the final panel interview, which is yet"
            " to be scheduled.",
            TUE_25_AUG_2026,
            ("Africa/Nairobi", "KE"),
        ),
        # "the 2nd" before a thing says which one, not which day.
        (
            "Still working out if we can open the 2nd sous spot, I'll let you know.",
            MON_15_MAR_2027,
            ("America/Los_Angeles", "US"),
        ),
        # Counted from references still to come back (not from the day they were asked for).
        (
            "HR asked for 2 references today. They'll share an update two weeks after"
            " references come back.",
            TUE_6_MAY_2025_EVENING,
            ("Asia/Kolkata", "IN"),
        ),
        # The candidate's own answer to another employer.
        (
            "Loop done. I need to respond to the Zentro offer by 12 May!!",
            TUE_6_MAY_2025_EVENING,
            ("Asia/Kolkata", "IN"),
        ),
        # The candidate's confirmation asked for, not a promise.
        (
            "Your interview is on Thurs 6/15 @ 2pm. Pls reply C to confirm by 5pm tmrw so I can"
            " lock it in.",
            MON_12_JUN_2023,
            ("America/Chicago", "US"),
        ),
    ],
)
def test_no_date(
    text: str, now: dt.datetime, place: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "rules_only", True)  # the rules' own reading, not the model's
    assert _read(text, now, *place) is None


def test_a_day_number_before_a_word_that_goes_on_with_a_day_is_still_a_day() -> None:
    text = "I'll let you know on the 5th as the panel meets then."
    assert _read(text, MON_15_MAR_2027, "America/Los_Angeles", "US") == "2027-04-05"


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # Time words in the writer's own language (our own sentences): Tagalog, Spanish, Hindi.
        (
            "Tapos na interview. Sabi ng HR, by katapusan ng buwan daw ang result.",
            dt.datetime(2025, 8, 20, 13, 0),
            ("Asia/Manila", "PH"),
            "2025-08-31",
        ),
        (
            "La gerente dijo que antes de fin de año me dan respuesta.",
            dt.datetime(2026, 11, 24, 15, 0),
            ("America/Mexico_City", "MX"),
            "2026-12-31",
        ),
        (
            "Salió bien, me dijeron que en una semana o dos me avisan.",
            dt.datetime(2026, 10, 7, 18, 30),
            ("America/Mexico_City", "MX"),
            "2026-10-21",
        ),
        # An emoji ends a texter's sentence: the interview before it is not this date's event.
        (
            "Interview accha gaya 😊 HR ne bola agle hafte ke end tak bata denge.",
            dt.datetime(2026, 8, 12, 20, 15),
            ("Asia/Kolkata", "IN"),
            "2026-08-21",
        ),
    ],
)
def test_words_of_other_languages(
    text: str, now: dt.datetime, place: tuple[str, str], expected: str
) -> None:
    assert _read(text, now, *place) == expected


def test_someone_named_off_till_a_day_is_an_absence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "rules_only", True)  # the rules' own reading, not the model's
    text = "Chef's off till Tuesday so I can't sit down with him before then."
    assert _read(text, dt.datetime(2024, 8, 23, 22, 47), "Europe/London", "GB") is None


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # "Notice of your placement" is the answer, not a notice period.
        (
            "You will receive notice of your placement on the eligible list within ten (10)"
            " business days.",
            dt.datetime(2026, 6, 12, 10, 45),
            ("America/Los_Angeles", "US"),
            "2026-06-29",
        ),
        # "The decision will take ...": a promise in so many words.
        (
            "We still need the regional CFO's approval, so the decision will take about 10 days.",
            dt.datetime(2025, 11, 5, 15, 30),
            ("Europe/Warsaw", "PL"),
            "2025-11-15",
        ),
        # The later day said as the latest is no range of days.
        (
            "We'll give you something concrete by Thursday - Friday at the very latest.",
            dt.datetime(2023, 9, 26, 14, 30),
            ("America/New_York", "US"),
            "2023-09-29",
        ),
        # "... and you'll have our decision that day": the day the wait ends.
        (
            "Two panel members are away, so the panel will reconvene in a fortnight, and you'll"
            " have our decision that day.",
            dt.datetime(2024, 2, 28, 13, 0),
            ("Europe/London", "GB"),
            "2024-03-13",
        ),
        # A holiday's own day in brackets is the day off its words name.
        (
            "We will confirm the result after the long weekend (Monday 16 is a holiday).",
            dt.datetime(2026, 3, 12, 13, 0),
            ("America/Mexico_City", "MX"),
            "2026-03-20",
        ),
    ],
)
def test_more_readings(text: str, now: dt.datetime, place: tuple[str, str], expected: str) -> None:
    assert _read(text, now, *place) == expected


@pytest.mark.parametrize(
    ("text", "now", "place"),
    [
        # A promise taken back, with no new date.
        (
            "Please disregard my email of 4 June saying you'd hear from us by the 13th. The"
            " competition has been paused and I can't give you any new date at this point.",
            dt.datetime(2024, 6, 11, 12, 5),
            ("Europe/Dublin", "IE"),
        ),
        (
            "I have to walk back what I said last week - we won't have a decision by the 9th"
            " after all. No new date yet.",
            dt.datetime(2027, 7, 2, 13, 0),
            ("America/New_York", "US"),
        ),
    ],
)
def test_taken_back(
    text: str, now: dt.datetime, place: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "rules_only", True)  # the rules' own reading, not the model's
    assert _read(text, now, *place) is None


def test_a_date_given_up_with_its_lead_is_no_date() -> None:
    text = (
        "Quick change: the committee moved its meeting up, so we'll confirm next steps within 2"
        " business days rather than by the end of the month."
    )
    assert _read(text, dt.datetime(2026, 11, 16, 9, 0), "Europe/London", "GB") == "2026-11-18"


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        (
            "We'll hear from the panel towards the end of next week, or at the latest early in"
            " the week after.",
            dt.datetime(2027, 9, 8, 10, 0),
            ("Europe/London", "GB"),
            "2027-09-20",
        ),
        (
            "The panel won't all be back from leave until late next week or early the following,"
            " so realistically that's when you'll hear from us.",
            dt.datetime(2024, 8, 14, 9, 0),
            ("Australia/Brisbane", "AU"),
            "2024-08-26",
        ),
        # West African English "resume": the start, not the answer.
        (
            "Results will be communicated by the 3rd. Successful candidates are expected to"
            " resume on 16 March 2026 for induction.",
            dt.datetime(2026, 2, 25, 10, 0),
            ("Africa/Lagos", "NG"),
            "2026-03-03",
        ),
    ],
)
def test_and_more_readings(
    text: str, now: dt.datetime, place: tuple[str, str], expected: str
) -> None:
    assert _read(text, now, *place) == expected


@pytest.mark.parametrize(
    ("text", "now"),
    [
        # A no in other words.
        (
            "Unfortunately we won't be progressing your application for the Events role.\n\nOn"
            " Fri, 4 Dec 2026, Sophie Kwan wrote:\n> Thanks for coming in! We'll let you know by"
            " Friday 11 December.",
            dt.datetime(2026, 12, 3, 10, 0),
        ),
        (
            "As committed on Monday, here is the panel's feedback: the team needs more Power BI,"
            " so we won't be moving ahead.\n\n--- On Mon, 11 Jan 2027, Rhea wrote: ---\nI'll"
            " share the panel's feedback with you by Friday.",
            dt.datetime(2027, 1, 14, 10, 0),
        ),
        # A job that may open, the candidate asked to come in, a wait gone by in hearsay.
        (
            "Let's keep in touch - I'll let you know if anything opens up on my team later this"
            " year.",
            dt.datetime(2026, 6, 3, 10, 0),
        ),
        (
            "GM is away til the 9th and he'll want to meet u himself b4 we decide. Can u come by"
            " the 10th or 11th?",
            dt.datetime(2024, 9, 3, 10, 0),
        ),
        (
            "recruiter said last time they backfilled this role it took like 6 wks to decide lol",
            dt.datetime(2025, 10, 26, 10, 0),
        ),
    ],
)
def test_no_date_either(text: str, now: dt.datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "rules_only", True)  # the rules' own reading, not the model's
    assert _read(text, now, "Europe/London", "GB") is None


@pytest.mark.parametrize(
    ("text", "now", "place", "expected"),
    [
        # A newer message's revised estimate outranks the older promise quoted below it.
        (
            "Sorry for the delay. With the bank holiday on Monday I'd now say by Wednesday.\n\n"
            "On Fri 18 Oct 2024, 10:02 Sinead wrote:\n> We hope to confirm by Friday 25th.",
            dt.datetime(2024, 10, 24, 13, 15),
            ("Europe/Dublin", "IE"),
            "2024-10-30",
        ),
        (
            "Apologies again - one of the panel is off sick. We're now aiming for Tuesday.\n\n"
            "On Fri, 19 Nov 2027 at 16:55, Fiona wrote:\n> I'll update you Monday.",
            dt.datetime(2027, 11, 25, 10, 10),
            ("Europe/London", "GB"),
            "2027-11-30",
        ),
        # What the promise tells, as a clause: the round is no event with that date.
        (
            "We'll confirm whether you're moving to the final round by Friday.",
            dt.datetime(2026, 5, 15, 15, 20),
            ("America/Toronto", "CA"),
            "2026-05-22",
        ),
        # Non-native and other-language words for time.
        (
            "We will contact you in the next 3 or 4 labor days with the answer.",
            dt.datetime(2024, 10, 10, 18, 10),
            ("Europe/Madrid", "ES"),
            "2024-10-16",
        ),
        (
            "The decision is not made yet. We will give you feedback latest on 15.",
            dt.datetime(2023, 2, 20, 10, 0),
            ("Europe/Berlin", "DE"),
            "2023-03-15",
        ),
        (
            "Wij laten je uiterlijk vrijdag 13 december weten of je door bent.",
            dt.datetime(2024, 12, 4, 10, 50),
            ("Europe/Amsterdam", "NL"),
            "2024-12-13",
        ),
    ],
)
def test_threads_and_other_words(
    text: str, now: dt.datetime, place: tuple[str, str], expected: str
) -> None:
    assert _read(text, now, *place) == expected


# What a review of stop 36's own rules found: each case is read as before them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will let you know by the 15th our team is still interviewing.", "2026-03-15"),
        ("HR said decision by the 20th - interview panel still seeing 2 people.", "2026-03-20"),
        ("Please disregard the wrong attachment, we'll let you know by Friday.", "2026-03-06"),
        ("Not sure the office is open, but we will decide by the 9th after all.", "2026-03-09"),
    ],
)
def test_what_stop_36s_rules_must_leave_alone(text: str, expected: str) -> None:
    assert _read(text, dt.datetime(2026, 3, 2, 10, 0), "Europe/London", "GB") == expected
