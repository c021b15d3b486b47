"""What a third look at stop 27's change found: texts all in another language that give no
timeline, read as dates once their time words were read as English. In a text that is not
English around its foreign words, a date needs the promise's own words ("ti facciamo sapere
entro fine agosto"), and "spätestens" alone is no promise. Each failed before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 4, 20, 9, 0)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Mandé mi respuesta el lunes y nada.", ("Europe/Madrid", "ES")),
        ("Bis Ende nächster Woche bin ich in Elternzeit.", ("Europe/Berlin", "DE")),
        ("Spätestens übermorgen muss ich bei der anderen Firma zusagen.", ("Europe/Berlin", "DE")),
        ("Ende des Monats läuft mein Vertrag aus.", ("Europe/Berlin", "DE")),
        ("Dopo il colloquio di martedì, nessuna risposta.", ("Europe/Rome", "IT")),
        ("Volgende week ben ik op vakantie.", ("Europe/Amsterdam", "NL")),
        # A numbered week is a date, not a deadline by its shape.
        ("The project kicks off in week 20.", ("Europe/Amsterdam", "NL")),
    ],
)
def test_no_timeline(text, zone):
    assert read_timeline(text, NOW, *zone) is None


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # Guards: the promise's own words keep a text in another language.
        (
            "Colloquio finito. Arch. Bianchi: ti facciamo sapere entro venerdì.",
            dt.datetime(2026, 8, 12, 10, 0),
            ("Europe/Rome", "IT"),
            "2026-08-14",
        ),
        (
            "Said they'd ring me 'spätestens Ende nächster Woche' (end of next week latest).",
            dt.datetime(2026, 3, 3, 16, 0),
            ("Europe/Berlin", "DE"),
            "2026-03-13",
        ),
    ],
)
def test_still_read(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline.isoformat() == expected
