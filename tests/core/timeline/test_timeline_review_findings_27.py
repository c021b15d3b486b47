"""What a review of stop 27's change found (a helper who had not written it), each a case
that failed on the change before its fix. Wednesday 11 March 2026 unless said."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 3, 11, 10, 0)
GB = ("Europe/London", "GB")


def _chat() -> str:
    # Sixty messages, one a day, the newest at the bottom.
    first = dt.date(2026, 1, 11)
    lines = [
        f"[{(first + dt.timedelta(days=i)).strftime('%d/%m/%Y')}, 09:00] Ada: any news?"
        for i in range(59)
    ]
    return "\n".join([*lines, "[11/03/2026, 09:00] Mrs Adebayo: We will let you know by Friday."])


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # "at the latest" narrows only in its own sentence, and not over an alternative.
        (
            "Feedback by Friday at the latest; the final decision will follow by the end of the "
            "month.",
            NOW,
            GB,
            "2026-03-31",
        ),
        (
            "We'll decide by Friday at the latest, or early next week if the panel is delayed.",
            NOW,
            GB,
            "2026-03-16",
        ),
        (
            "Sie melden sich Ende nächster Woche oder spätestens Anfang der Woche danach.",
            NOW,
            ("Europe/Berlin", "DE"),
            "2026-03-23",
        ),
        # A chat's newest messages are at its bottom, past the fortieth stamp.
        (_chat(), NOW, ("Africa/Lagos", "NG"), "2026-03-13"),
        # A "no" as a condition, turned by "but", or in an older message is no answer given.
        (
            "If we are not progressing your application, we will let you know by Friday.",
            NOW,
            GB,
            "2026-03-13",
        ),
        (
            "The Leeds position has been filled, but the Manchester role is still open: we'll let"
            " you know by Friday.",
            NOW,
            GB,
            "2026-03-13",
        ),
        (
            "[02/03/2026, 10:00] HR: Sorry, the client has chosen another candidate.\n"
            "[10/03/2026, 10:00] HR: Good news, the client changed their mind and will let you "
            "know by Friday.",
            NOW,
            ("Africa/Lagos", "NG"),
            "2026-03-13",
        ),
        # "before Eid" a month after Eid al-Fitr is Eid al-Adha.
        (
            "We'll decide before Eid.",
            dt.datetime(2026, 4, 10, 10, 0),
            ("Asia/Singapore", "SG"),
            "2026-05-26",
        ),
        # A weekday of next week in Spanish.
        (
            "Me avisan el lunes de la próxima semana.",
            NOW,
            ("America/Mexico_City", "MX"),
            "2026-03-16",
        ),
        ("we'll sort you out with an answer by Friday.", NOW, GB, "2026-03-13"),
        # "Viernes Santo" is Good Friday, not a Friday.
        ("They'll let me know after Viernes Santo.", NOW, ("Europe/Madrid", "ES"), "2026-04-10"),
        ("We'll decide in week 13 or 14.", NOW, ("Europe/Stockholm", "SE"), "2026-04-03"),
    ],
)
def test_read(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "now", "zone"),
    [
        (
            'she just said "we\'ll be in touch" and mentioned half the staff are off for the '
            "Easter holidays from 2 April",
            dt.datetime(2026, 3, 27, 10, 0),
            GB,
        ),
        ("You will need to make an appointment at the clinic within 5 working days.", NOW, GB),
        ("The recruiter will phone the candidates on Tuesday to book interviews.", NOW, GB),
        ("We'll confirm your contract details on Monday at the induction.", NOW, GB),
        ("Ms Freitag will get back to you with the decision.", NOW, ("Europe/Berlin", "DE")),
        ("Dr. Montag will let you know the outcome.", NOW, ("America/New_York", "US")),
        ("Decision after Mardi Gras", dt.datetime(2026, 2, 3, 10, 0), ("America/New_York", "US")),
        ("We'll let you know after May.", NOW, GB),
        ("We'll decide after Victoria reviews your file.", NOW, ("America/Toronto", "CA")),
        ("We'll decide after Canada Post delivers the forms.", NOW, ("America/Toronto", "CA")),
        ("We'll decide after culture fit interviews.", NOW, ("Asia/Tokyo", "JP")),
        (
            "Respuesta automática: Estoy de vacaciones hasta el viernes 20 de marzo.",
            dt.datetime(2026, 3, 16, 10, 0),
            ("America/Mexico_City", "MX"),
        ),
        (
            "Respuesta automática: Gracias por tu mensaje, te responderemos pronto.",
            dt.datetime(2026, 3, 16, 10, 0),
            ("America/Mexico_City", "MX"),
        ),
        (
            "Estarei ausente do escritório. Retorno na segunda-feira, 23 de março.",
            dt.datetime(2026, 3, 16, 10, 0),
            ("America/Sao_Paulo", "BR"),
        ),
        # TET in India is the Teacher Eligibility Test.
        ("Recruitment for PRT posts will be finalised after TET.", NOW, ("Asia/Kolkata", "IN")),
        # A week number gone by this year is no date next year.
        ("We'll decide in week 10.", NOW, ("Europe/Stockholm", "SE")),
    ],
)
def test_no_timeline(text, now, zone):
    assert read_timeline(text, now, *zone) is None


def test_a_numbered_week_of_something_else():
    # "week 2 of the trial" is the trial's week, not ISO week 2.
    reading = read_timeline(
        "feedback by the end of week 2 of the trial", NOW, "Europe/Stockholm", "SE"
    )
    assert reading is None or reading.deadline != dt.date(2027, 1, 15)
