"""Chats read top to bottom, form letters' habits, and promises in few words. Wednesday 4 March
2026, 10:00, unless said (our own phrasing; the blind corpora are scored by
bench/timeline_bench.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 3, 4, 10, 0)
US = ("America/Chicago", "US")
GB = ("Europe/London", "GB")


def _read(text: str, zone: tuple[str, str] = US, now: dt.datetime = NOW) -> str | None:
    reading = read_timeline(text, now, *zone)
    return reading.deadline.isoformat() if reading else None


@pytest.mark.parametrize(
    "text",
    [
        # A later chat message withdraws the date given above it.
        "[9:10] Recruiter: client says you'll have an answer by Friday!\n[9:11] Me: yay\n"
        "[13:05] Recruiter: scratch that, they've put the role on hold. Sorry!",
        "[9:10] Recruiter: client says you'll have an answer by Friday!\n"
        "[13:05] Recruiter: bad news, budget freeze. No timeline now, sorry",
        "Recruiter said she'd hear back from the client by Friday. UPDATE: the role's been put "
        "on hold.",
        # A promise kept, said in the same breath or in an update below it.
        "Recruiter said she'd hear back from the client Monday. UPDATE: she did, they want a 2nd "
        "interview next Wed at 9am.",
        "They said they'd tell me by Friday and they did - rejection mail came this morning.",
        "Following up as promised by the 4th - we'd love to invite you to a final round with our "
        "CFO on Thursday, March 12 at 10:00 am.",
        # "the second" is a place in a queue, not a day.
        "Client's deciding between you and one other. I'll be the first to know when they decide "
        "and you'll be the second 😄",
        # A date, then the writer says none was given.
        "Kyle called. Said final round feedback was positive and they're hoping to move quickly "
        "next week but didn't give a date.",
        "HR said the company just came back from holiday today, so they will review the CVs again "
        "and inform me later this week. No exact date. Hmm.",
    ],
)
def test_nothing_left_pending(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # On hold above, the promise below it: the promise is the newer.
        (
            "[9:10] Recruiter: the warehouse role is on hold.\n[9:12] Recruiter: for the "
            "forklift one they'll let you know by Friday!",
            "2026-03-06",
        ),
        # A chat line's weekday stamp is when it was said, not a date to come.
        (
            "[Wed 9:02 AM] Dana: client decides today 🤞\n[Wed 3:38 PM] Dana: ugh, HM got "
            "pulled to another site. now she's saying they'll decide Friday at the latest",
            "2026-03-06",
        ),
        ("hey great meeting u!! lemme talk w my partner, I'll msg u tmrw", "2026-03-05"),
        ("- she said 'we'll finalize by next Tuesday'\n- start asap", "2026-03-10"),
        (
            "The result will be communicated to candidates within 7 (seven) business days.",
            "2026-03-13",
        ),
        ("Appointment letters will be issued by the end of next month.", "2026-04-30"),
        (
            "You'll hear from me with an outcome by the last day of term, Friday 13 March.",
            "2026-03-13",
        ),
        (
            'HR email: "Wij laten u binnen twee weken weten." -> so within 2 weeks they\'ll '
            "tell me if I'm through to round two.",
            "2026-03-18",
        ),
    ],
)
def test_read(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A guess, then the writer says nobody gave a date: no timeline.
        (
            "im guessing they'll decide before the 10th since the store opens on the 12th but "
            "nobody actually told me anything",
            None,
        ),
        (
            "mum: they'll probably call you by friday, you were great\nme: idk they didn't say "
            "anything about when",
            None,
        ),
        # Said before the promise, it is the promise that counts.
        (
            "They didn't say when at the interview, but HR emailed today: we'll let you know by "
            "Friday.",
            "2026-03-06",
        ),
    ],
)
def test_nobody_said_when(text: str, expected: str | None) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The answer promised "shortly afterwards" is the meeting's date.
        (
            "The selection committee will meet in mid-March to consider all candidates, and you "
            "will be advised of the outcome shortly afterwards.",
            "2026-03-15",
        ),
        # "going to" as a promise, spelled as it is said.
        (
            "just got out of the interview, they said there going to get back to me in 2 weeks",
            "2026-03-18",
        ),
    ],
)
def test_promises_in_other_words(text: str, expected: str) -> None:
    assert _read(text) == expected


def test_the_new_year_that_comes_first() -> None:
    # In Sri Lanka in April, "the New Year holidays" are the Sinhala and Tamil New Year's (13-14
    # April 2026): back Wednesday, that week's Friday.
    text = "Office is closed for Avurudu; they will give the answer after the New Year holidays."
    assert _read(text, ("Asia/Colombo", "LK"), dt.datetime(2026, 4, 9, 19, 0)) == "2026-04-17"
    # ... and in Britain the 1st of January's.
    assert (
        _read(
            "We'll get back to you after the New Year holidays.", GB, dt.datetime(2026, 12, 10, 9)
        )
        == "2027-01-08"
    )


def test_a_portals_field() -> None:
    text = (
        "Application update\nStatus: Interview completed (03/02/2027)\nNext step: Panel review\n"
        "Decision expected by: 28/02/2027\nYou will receive an SMS once the decision is made."
    )
    assert _read(text, ("Africa/Nairobi", "KE"), dt.datetime(2027, 2, 10, 8)) == "2027-02-28"


def test_an_answer_promised_by_then() -> None:
    text = (
        "Our CFO wants the hire decided by the end of the quarter, so you'll have an answer from "
        "us by then at the very latest."
    )
    assert _read(text) == "2026-03-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An invitation's "Date:" field dates the event the promise counts from.
        (
            "Congratulations, you have been shortlisted for a second interview.\nDate: Friday, 13 "
            "March 2026\nTime: 10:00\nVenue: Admin Block\n\nThe panel will give feedback to all "
            "second-round candidates within 5 working days after the second interview.",
            "2026-03-20",
        ),
        (
            "Thank you for confirming your place at our Graduate Assessment Centre. A reminder of "
            "the arrangements:\n\nDate: Tuesday, 10 March 2026\nTime: 08:00\n\n"
            "Outcomes will be communicated to all candidates within 2 weeks of the assessment "
            "centre.",
            "2026-03-24",
        ),
    ],
)
def test_counted_from_a_date_field(text: str, expected: str) -> None:
    assert _read(text, GB) == expected


@pytest.mark.parametrize(
    ("text", "zone", "now", "expected"),
    [
        # Dashain is named only in the asides of its days' names ("Duwadashi (Dashain)"):
        # its last day 4 October 2025, back Monday the 6th, that week's Friday.
        (
            "The final selection will be informed to you after Dashain.",
            ("Asia/Kathmandu", "NP"),
            dt.datetime(2025, 9, 17, 14, 0),
            "2025-10-10",
        ),
        # A particle of politeness after the name still closes the clause.
        (
            "Our office close for Songkran. We will inform the result after Songkran ka.",
            ("Asia/Bangkok", "TH"),
            dt.datetime(2025, 4, 9, 10, 30),
            "2025-04-18",
        ),
        # "dias úteis" are business days (Black Awareness Day, 20 November, skipped).
        (
            "We will give you a return in up to 5 dias úteis (business days).",
            ("America/Sao_Paulo", "BR"),
            dt.datetime(2026, 11, 17, 9, 10),
            "2026-11-25",
        ),
        # The holiday's weekday in brackets after its name.
        (
            "The director said she'll call me after Ascension (Thursday), half the team is off "
            "that day.",
            ("Europe/Paris", "FR"),
            dt.datetime(2026, 5, 11, 18, 0),
            "2026-05-15",
        ),
        # A closure's dates say when "the new year holidays" end.
        (
            "The company is closed Dec 28 - Jan 5 for the new year holidays; the result will be "
            "sent after the new year holidays.",
            ("Asia/Tokyo", "JP"),
            dt.datetime(2024, 12, 27, 18, 0),
            "2025-01-10",
        ),
        # French: the promise's own words.
        (
            "Merci encore pour vendredi. On fait le point avec les associés cette semaine et on "
            "revient vers toi d'ici la fin de la semaine prochaine.",
            ("Europe/Paris", "FR"),
            dt.datetime(2026, 2, 1, 20, 30),
            "2026-02-06",
        ),
        # "te llamo" is the promise's own words.
        (
            "Hola Sergio, soy Carmen del restaurante. Mañana te llamo con la respuesta, ok?",
            ("Europe/Madrid", "ES"),
            dt.datetime(2024, 5, 22, 22, 40),
            "2024-05-23",
        ),
    ],
)
def test_in_the_words_people_use_there(
    text: str, zone: tuple[str, str], now: dt.datetime, expected: str
) -> None:
    assert _read(text, zone, now) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The promise kept on the day of the meeting it waits for.
        ("We'll have an answer for you once the panel meets Thursday.", "2026-03-05"),
        # Whoever decides, named.
        (
            "Confirming your onsite on 3/10. Once you've completed the onsite, the hiring "
            "committee will make a decision within a week of your onsite date.",
            "2026-03-17",
        ),
    ],
)
def test_the_meeting_decides(text: str, expected: str) -> None:
    assert _read(text) == expected
