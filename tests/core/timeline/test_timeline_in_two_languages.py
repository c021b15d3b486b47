"""A recruiter's words pasted half in another language ("they'll let me know después de Semana
Santa"): the time words are read as their English (core/timeline/foreign.py). Found in blind
corpora RR and SS (many Englishes, candidates telling the story); each case in our own words,
each read as no timeline before, except the guards marked as such."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline
from followup.core.timeline.normalise import normalise


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        # Polish "do piątku": by Friday.
        (
            "HR said they'd ring me do piątku with the answer. Fingers crossed!",
            dt.datetime(2026, 11, 17, 18, 0),
            ("Europe/Warsaw", "PL"),
            dt.date(2026, 11, 20),
        ),
        # Spanish "después de Semana Santa": Good Friday is the last holiday in Spain's national
        # list, so the first business day after it is Monday 6 April, in the week of the 10th.
        (
            "Entrevista terminada! They said they'll let me know después de Semana Santa.",
            dt.datetime(2026, 3, 25, 13, 0),
            ("Europe/Madrid", "ES"),
            dt.date(2026, 4, 10),
        ),
        # Portuguese, with the promise's own word: "dá retorno até sexta".
        (
            "A recrutadora falou que dá retorno até sexta, let's see",
            dt.datetime(2025, 8, 5, 12, 0),
            ("America/Sao_Paulo", "BR"),
            dt.date(2025, 8, 8),
        ),
        # German "sie melden sich Ende nächster Woche".
        (
            "Interview war gut! Die Recruiterin sagt, sie melden sich Ende nächster Woche.",
            dt.datetime(2027, 11, 3, 12, 0),
            ("Europe/Berlin", "DE"),
            dt.date(2027, 11, 12),
        ),
        # French "dans 5 jours ouvrables": five business days.
        (
            "Appel fini. La recruteuse me revient dans 5 jours ouvrables avec le feedback.",
            dt.datetime(2026, 6, 26, 12, 0),
            ("Europe/Paris", "FR"),
            dt.date(2026, 7, 3),
        ),
        # Italian "entro fine mese": by the end of the month.
        (
            "Colloquio ok, HR said they'll let me know entro fine mese.",
            dt.datetime(2026, 1, 27, 12, 0),
            ("Europe/Rome", "IT"),
            dt.date(2026, 1, 31),
        ),
    ],
)
def test_time_words_in_another_language(text, now, zone, expected):
    reading = read_timeline(text, now, *zone)
    assert reading is not None and reading.deadline == expected


def test_a_date_alone_in_another_language_is_still_judged_by_the_model():
    # Guard (passed before): no promise's word, only "next week is Carnival": the model's veto
    # still reads the text, and it gives no timeline.
    text = (
        "Oi Carla, obrigada pela entrevista hoje! A gente vai entrar em contato, mas semana que "
        "vem é Carnaval e o RH fica parado."
    )
    assert read_timeline(text, dt.datetime(2027, 2, 3, 19, 0), "America/Sao_Paulo", "BR") is None


@pytest.mark.parametrize(
    "text",
    ["I ate at the cafe. Do call me by the end of the day.", "Me and Dans will sort the rota."],
)
def test_english_words_that_start_a_foreign_phrase_stay_english(text):
    # Guard: "ate", "do", "me" alone are English; only whole foreign phrases are read.
    assert normalise(text).text == text.lower()


def test_accents_fold_without_moving_offsets():
    text = "Decisión después de Pâques"
    norm = normalise(text)
    assert norm.text.startswith("decision after")
    start = norm.text.index("after")
    said = text.index("después de")
    assert norm.original_span(start, start + len("after")) == (said, said + len("después de"))
