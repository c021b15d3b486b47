"""Stop 53: whole messages in another language, and two kinds of news in English.

A recruiter in Madrid, Sao Paulo or Hamburg writes all in their own language ("Te daremos una
respuesta en un plazo máximo de cinco días hábiles"). Before, only a few phrases left in an
English paste were read; a message all in Spanish read nothing. Its counts, time frames and
the promise's own words are now read as the English the grammar knows (core/timeline/foreign.py).
The sentences here are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core.timeline import read_timeline

NOW = dt.datetime(2026, 12, 7, 10, 0)  # Monday 7 December 2026
MADRID = ("Europe/Madrid", "ES")  # Tuesday 8 December is a public holiday in Spain


def _day(text: str, zone_and_country: tuple[str, str], now: dt.datetime = NOW) -> dt.date | None:
    zone, country = zone_and_country
    reading = read_timeline(text, now.replace(tzinfo=None), zone, country)
    return reading.deadline if reading else None


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        pytest.param(
            "Hola Nuria, gracias por venir hoy. Te daremos una respuesta en un plazo máximo de "
            "cinco días hábiles.",
            MADRID,
            dt.date(2026, 12, 15),  # five business days, the 8th a holiday
            id="es-business-days-in-words",
        ),
        pytest.param(
            "Te contesto como muy tarde el jueves 10, ¿vale?",
            MADRID,
            dt.date(2026, 12, 10),
            id="es-at-the-latest-on-a-weekday",
        ),
        pytest.param(
            "La responsable me dijo que en dos semanas me daban una respuesta.",
            MADRID,
            dt.date(2026, 12, 21),
            id="es-in-two-weeks",
        ),
        pytest.param(
            "El miércoles pasado tuve la entrevista y la directora me dijo que en una semana me "
            "daban respuesta.",
            MADRID,
            dt.date(2026, 12, 9),  # a week from Wednesday 2 December, when it was said
            id="es-counted-from-last-wednesday",
        ),
        pytest.param(
            "Gracias por venir. Te respondemos el 18 de diciembre.",
            MADRID,
            dt.date(2026, 12, 18),
            id="es-day-de-month",
        ),
        pytest.param(
            "Seguimos con entrevistas esta semana, os decimos algo a finales de mes.",
            MADRID,
            dt.date(2026, 12, 31),
            id="es-end-of-the-month",
        ),
        pytest.param(
            "Hola, gracias por tu tiempo hoy, te damos respuesta en una semana.",
            MADRID,
            dt.date(2026, 12, 14),  # "tu" is "your": no Tuesday
            id="es-tu-is-no-tuesday",
        ),
        pytest.param(
            "Oi Bruno! Vamos dar um retorno em até 5 dias úteis.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 14),
            id="pt-within-business-days",
        ),
        pytest.param(
            "Obrigada pela conversa, a gente te avisa até o dia 18.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 18),
            id="pt-by-the-day-number",
        ),
        pytest.param(
            "Merci pour votre venue. Nous reviendrons vers vous sous 10 jours ouvrés.",
            ("Europe/Paris", "FR"),
            dt.date(2026, 12, 21),
            id="fr-sous-business-days",
        ),
        pytest.param(
            "Merci Léa, on te donne une réponse début janvier.",
            ("Europe/Paris", "FR"),
            dt.date(2027, 1, 10),  # "early January", as the English reads it
            id="fr-early-in-a-month",
        ),
        pytest.param(
            "Grazie per il colloquio. Ti daremo una risposta entro dieci giorni lavorativi.",
            ("Europe/Rome", "IT"),
            dt.date(2026, 12, 22),  # the 8th a holiday in Italy too
            id="it-within-business-days",
        ),
        pytest.param(
            "Vielen Dank für das Gespräch. Wir melden uns innerhalb von zwei Wochen bei Ihnen.",
            ("Europe/Berlin", "DE"),
            dt.date(2026, 12, 21),
            id="de-within-two-weeks",
        ),
        pytest.param(
            "Danke für heute! Wir geben Ihnen bis Ende nächster Woche Bescheid.",
            ("Europe/Berlin", "DE"),
            dt.date(2026, 12, 18),
            id="de-bescheid-by-the-end-of-next-week",
        ),
        pytest.param(
            "Sie hören in zwei bis drei Wochen von uns.",
            ("Europe/Berlin", "DE"),
            dt.date(2026, 12, 28),  # the later end of the range
            id="de-two-to-three-weeks",
        ),
        pytest.param(
            "Dziękujemy za rozmowę. Damy znać w ciągu trzech dni roboczych.",
            ("Europe/Warsaw", "PL"),
            dt.date(2026, 12, 10),
            id="pl-within-three-working-days",
        ),
        pytest.param(
            "Hasil wawancara akan kami informasikan dalam waktu 5 hari kerja.",
            ("Asia/Jakarta", "ID"),
            dt.date(2026, 12, 14),
            id="id-within-business-days",
        ),
    ],
)
def test_a_message_in_another_language_reads_as_told(text, where, day):
    assert _day(text, where) == day


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # Booking a meeting is no promise of an answer ("te confirmo" alone is not read).
        pytest.param(
            "Hola Andrea! Te confirmo tu segunda entrevista: jueves 10 de diciembre a las 10:00.",
            MADRID,
            id="es-a-meeting-booked",
        ),
        pytest.param(
            "Gracias por tu tiempo. Te escribo cuando sepa algo.", MADRID, id="es-no-date"
        ),
        # "tu" is "your" (Spanish, French, Portuguese), not Tuesday: before, this read the 8th.
        pytest.param(
            "Te avisamos cuando tu perfil pase a la siguiente fase.", MADRID, id="es-tu-no-tuesday"
        ),
        # "dos" is Portuguese "of the", no count.
        pytest.param("Um dos candidatos desistiu ontem.", ("America/Sao_Paulo", "BR"), id="pt-dos"),
        # The promise, then the no: "they called me yesterday: they rejected me".
        pytest.param(
            "En la entrevista me dijeron que me avisarían antes del viernes 11. Me llamaron "
            "ayer: me rechazaron.",
            MADRID,
            id="es-rejected-after-the-promise",
        ),
    ],
)
def test_a_message_in_another_language_without_a_time_frame_reads_none(text, where):
    assert _day(text, where) is None


@pytest.mark.parametrize(
    "news",
    [
        "Yesterday they rejected me.",
        "They turned me down yesterday.",
        "Update: they rejected me.",
        "This morning HR wrote that they have cancelled the process.",
    ],
)
def test_a_no_told_after_the_promise_ends_it(news):
    london = ("Europe/London", "GB")
    promise = "They said they'd let me know by Friday 11th."
    assert _day(promise, london) == dt.date(2026, 12, 11)
    assert _day(f"{promise} {news}", london) is None


@pytest.mark.parametrize(
    "news",
    [
        # (A second review's cases: another time, another employer, another role, a doubt,
        # a question, and other things cancelled or stopped.)
        "If they reject me I'll apply again next year.",
        "They rejected me last year, so fingers crossed.",
        "Last year they rejected me, so fingers crossed.",
        "I don't think they rejected me.",
        "She rejected me? No - she just moved the call.",
        "They rejected me for the senior role, but this one is still open.",
        "Meta - they rejected me; waiting on this one.",
        "They cancelled the process for the other role, not mine.",
        "Good news: they've cancelled the hiring freeze.",
        "We have cancelled the recruitment event on the 10th, but decisions are unaffected.",
        "We have stopped the hiring of contractors only.",
        "They stopped the process for two weeks over the holidays.",
    ],
)
def test_a_no_that_is_not_this_ones_keeps_the_promise(news):
    london = ("Europe/London", "GB")
    promise = "They said they'd let me know by Friday 11th."
    assert _day(f"{promise} {news}", london) == dt.date(2026, 12, 11)


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        # A phrase gives way to a longer one starting inside it (before, "até quarta" took
        # "quarta" and left "que vem" unread: this Wednesday, not next).
        pytest.param(
            "o gestor vai decidir até quarta que vem, ok?",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 16),
            id="pt-ate-quarta-que-vem",
        ),
        pytest.param(
            "Vamos dar um retorno até sexta-feira que vem.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 18),
            id="pt-ate-sexta-feira-que-vem",
        ),
        pytest.param(
            "Te damos respuesta el viernes que viene.",
            MADRID,
            dt.date(2026, 12, 18),
            id="es-que-viene",
        ),
        pytest.param(
            "Vamos dar um retorno até 11/12.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 11),
            id="pt-um-retorno-ate",
        ),
        pytest.param(
            "Damy znać w piątek albo w przyszłym tygodniu.",
            ("Europe/Warsaw", "PL"),
            dt.date(2026, 12, 18),
            id="pl-albo-w-next-week",
        ),
        # A day number keeps its month: "até o dia 15/01" is 15 January.
        pytest.param(
            "Vamos dar um retorno até o dia 15/01.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2027, 1, 15),
            id="pt-dia-with-its-month",
        ),
        pytest.param(
            "Ti faremo sapere entro 15/01.",
            ("Europe/Rome", "IT"),
            dt.date(2027, 1, 15),
            id="it-entro-a-date",
        ),
        # English notes keep their "Tu" and their "Dia" (a name).
        pytest.param("decision Tu", ("America/New_York", "US"), dt.date(2026, 12, 8), id="en-tu"),
        pytest.param(
            "Emailed Dia 2 days ago, she said decision by Fri.",
            ("America/New_York", "US"),
            dt.date(2026, 12, 11),
            id="en-dia-a-name",
        ),
    ],
)
def test_phrases_in_their_place(text, where, day):
    assert _day(text, where) == day


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # (A second review's cases.) The writer's own answer to give:
        ("Tenho até sexta para dar uma resposta sobre a proposta.", ("America/Sao_Paulo", "BR")),
        ("Devo dare una risposta all'altra azienda entro venerdì.", ("Europe/Rome", "IT")),
        ("Je dois donner une réponse à l'autre entreprise avant vendredi.", ("Europe/Paris", "FR")),
        ("Ich muss der anderen Firma bis Freitag Bescheid geben.", ("Europe/Berlin", "DE")),
        # ... another employer's, a habit, a tour, a closure:
        ("J'attends une réponse d'une autre entreprise sous 10 jours.", ("Europe/Paris", "FR")),
        ("Ele me liga toda sexta.", ("America/Sao_Paulo", "BR")),
        ("Wir geben Ihnen am Donnerstag eine Führung durch das Büro.", ("Europe/Berlin", "DE")),
        (
            "Nuestras oficinas permanecen cerradas hasta el 7 de enero; te responderemos a la "
            "vuelta.",
            MADRID,
        ),
        # ... and news after the promise.
        (
            "Me dijeron que me darían respuesta el viernes 11, pero ahora el proceso está "
            "congelado.",
            MADRID,
        ),
        (
            "Disseram que iam dar retorno até sexta. Hoje me ligaram: não fui selecionado.",
            ("America/Sao_Paulo", "BR"),
        ),
    ],
)
def test_no_answer_promised_in_another_language_reads_none(text, where):
    assert _day(text, where) is None


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        # (A second review's wordings: how recruiters in each language say it.)
        ("Te contactaremos en dos semanas.", MADRID, dt.date(2026, 12, 21)),
        ("Tendrás noticias nuestras en dos semanas.", MADRID, dt.date(2026, 12, 21)),
        ("Te informaremos en dos semanas.", MADRID, dt.date(2026, 12, 21)),
        ("Te damos respuesta en dos o tres semanas.", MADRID, dt.date(2026, 12, 28)),
        ("Te damos respuesta en quince días.", MADRID, dt.date(2026, 12, 21)),
        ("Te retorno em duas semanas.", ("America/Sao_Paulo", "BR"), dt.date(2026, 12, 21)),
        ("O resultado sai até o dia 15.", ("America/Sao_Paulo", "BR"), dt.date(2026, 12, 15)),
        ("Je vous tiens au courant d'ici vendredi.", ("Europe/Paris", "FR"), dt.date(2026, 12, 11)),
        (
            "Nous vous contacterons dans deux semaines.",
            ("Europe/Paris", "FR"),
            dt.date(2026, 12, 21),
        ),
        (
            "Nous vous donnerons une réponse mi-janvier.",
            ("Europe/Paris", "FR"),
            dt.date(2027, 1, 15),
        ),
        ("Nous vous répondrons sous huit jours.", ("Europe/Paris", "FR"), dt.date(2026, 12, 14)),
        ("Ti ricontatteremo tra due settimane.", ("Europe/Rome", "IT"), dt.date(2026, 12, 21)),
        (
            "Ti daremo un riscontro entro quattro settimane.",
            ("Europe/Rome", "IT"),
            dt.date(2027, 1, 4),
        ),
        ("Le faremo sapere entro metà gennaio.", ("Europe/Rome", "IT"), dt.date(2027, 1, 15)),
        ("Wir melden uns innerhalb einer Woche.", ("Europe/Berlin", "DE"), dt.date(2026, 12, 14)),
        ("Wir kontaktieren Sie in zwei Wochen.", ("Europe/Berlin", "DE"), dt.date(2026, 12, 21)),
        ("Wir melden uns in sieben Tagen.", ("Europe/Berlin", "DE"), dt.date(2026, 12, 14)),
        ("Skontaktujemy się za dwa tygodnie.", ("Europe/Warsaw", "PL"), dt.date(2026, 12, 21)),
        ("Odezwiemy się w ciągu siedmiu dni.", ("Europe/Warsaw", "PL"), dt.date(2026, 12, 14)),
        (
            "Kami akan menghubungi Anda dalam 2 minggu.",
            ("Asia/Jakarta", "ID"),
            dt.date(2026, 12, 21),
        ),
        (
            "Hasilnya akan kami kabari paling lambat hari Jumat.",
            ("Asia/Jakarta", "ID"),
            dt.date(2026, 12, 11),
        ),
        ("Kami kabari dalam lima hari kerja.", ("Asia/Jakarta", "ID"), dt.date(2026, 12, 14)),
    ],
)
def test_more_ways_to_promise_in_another_language(text, where, day):
    assert _day(text, where) == day


def test_a_french_quote_header_dates_the_promise_under_it():
    text = (
        "Je te transfère le mail, ils avaient dit quoi déjà ?\n\n"
        "Le lun. 30 nov. 2026 à 10:14, Lucie Garnier <l.garnier@example.fr> a écrit :\n"
        "> Bonjour Mathis,\n"
        "> Nous reviendrons vers vous en fin de semaine prochaine.\n"
    )
    # The end of the week after Monday 30 November, not of the week after today.
    assert _day(text, ("Europe/Paris", "FR")) == dt.date(2026, 12, 11)


def test_a_spanish_forwarded_header_dates_the_promise_under_it():
    text = (
        "les escribo ya o espero? miren esto:\n\n"
        "---------- Mensaje reenviado ---------\n"
        "De: Selección <seleccion@example.com.mx>\n"
        "Fecha: lun, 30 nov 2026 a las 11:02\n"
        "Asunto: Proceso Analista\n"
        "Para: Ana <ana@example.com>\n\n"
        "Buen día Ana,\n"
        "Le estaremos informando el resultado a más tardar en 5 días hábiles.\n"
    )
    # Five business days from Monday 30 November.
    assert _day(text, ("America/Mexico_City", "MX")) == dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        # Two weekdays: the later one, as in English.
        pytest.param(
            "O engenheiro vê a lista essa semana e segunda ou terça eu te falo.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 15),  # said on a Monday: next Monday's Tuesday, as in English
            id="pt-segunda-ou-terca",
        ),
        pytest.param(
            "Te damos una respuesta el jueves o el viernes de la semana que viene.",
            MADRID,
            dt.date(2026, 12, 18),
            id="es-jueves-o-el-viernes",
        ),
        # A range's upper end: "3 a 5 días hábiles", "entre 2 y 3 semanas", "3 à 5 jours".
        pytest.param(
            "Te compartiremos la decisión en un plazo de 3 a 5 días hábiles.",
            ("America/Mexico_City", "MX"),
            dt.date(2026, 12, 14),
            id="es-3-a-5-business-days",
        ),
        pytest.param(
            "Te damos respuesta entre 2 y 3 semanas.", MADRID, dt.date(2026, 12, 28), id="es-entre"
        ),
        pytest.param(
            "Nous vous répondrons sous 3 à 5 jours ouvrés.",
            ("Europe/Paris", "FR"),
            dt.date(2026, 12, 14),
            id="fr-3-a-5-jours",
        ),
    ],
)
def test_alternatives_and_ranges_in_another_language_take_the_later(text, where, day):
    assert _day(text, where) == day


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        # A count word repeated by its figure, or the figure by its word, in brackets.
        pytest.param(
            "El comité emitirá concepto dentro de los próximos ocho (8) días hábiles.",
            ("America/Bogota", "CO"),
            dt.date(2026, 12, 18),  # eight business days, the 8th a holiday in Colombia
            id="es-ocho-8",
        ),
        pytest.param(
            "O resultado lhe será comunicado no prazo de 10 (dez) dias úteis.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 21),
            id="pt-10-dez",
        ),
        # A letter's passive, and spoken promises.
        pytest.param(
            "Los resultados le serán comunicados en un plazo de cinco días hábiles.",
            MADRID,
            dt.date(2026, 12, 15),
            id="es-le-seran-comunicados",
        ),
        pytest.param(
            "Nous vous ferons part de notre décision d'ici 10 jours ouvrés.",
            ("Europe/Paris", "FR"),
            dt.date(2026, 12, 21),
            id="fr-ferons-part",
        ),
        pytest.param(
            "Ciao Andrea, ti diamo un feedback entro metà della prossima settimana.",
            ("Europe/Rome", "IT"),
            dt.date(2026, 12, 16),
            id="it-meta-della-prossima-settimana",
        ),
        pytest.param(
            "Danke fürs Probearbeiten, ich meld mich Mittwoch oder Donnerstag bei dir.",
            ("Europe/Berlin", "DE"),
            dt.date(2026, 12, 10),
            id="de-mittwoch-oder-donnerstag",
        ),
    ],
)
def test_a_letters_and_a_foremans_ways_read_as_told(text, where, day):
    assert _day(text, where) == day


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # A habit is no day: "they always call on Fridays".
        ("La señora de personal me dijo que siempre hablan los viernes.", MADRID),
        (
            "A recrutadora falou que eles sempre dão retorno às sextas.",
            ("America/Sao_Paulo", "BR"),
        ),
    ],
)
def test_a_habit_in_another_language_reads_none(text, where):
    assert _day(text, where) is None


@pytest.mark.parametrize(
    ("text", "where", "day"),
    [
        # (A third review's cases.)
        ("Tu from HR will call me with the decision.", ("America/New_York", "US"), None),
        ("Te damos una respuesta cuando puedas tú.", MADRID, None),
        (
            "Vamos dar um retorno sexta ou segunda.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 14),
        ),
        ("Wir melden uns am Montag oder Dienstag.", ("Europe/Berlin", "DE"), dt.date(2026, 12, 15)),
        ("Te damos respuesta en 2 o 3 semanas.", MADRID, dt.date(2026, 12, 28)),
        ("Te damos respuesta el día 15/01.", MADRID, dt.date(2027, 1, 15)),
        (
            "Vamos dar um retorno em até dez (10) dias úteis.",
            ("America/Sao_Paulo", "BR"),
            dt.date(2026, 12, 21),
        ),
        (
            "La RH m'a dit qu'ils me rappellent jeudi.",
            ("Europe/Paris", "FR"),
            dt.date(2026, 12, 10),
        ),
        # Not an answer: a reminder, the writer's own answer, a CV passed on, a course's length,
        # an item returned.
        (
            "Je vous rappelle que l'entretien aura lieu jeudi 10 décembre.",
            ("Europe/Paris", "FR"),
            None,
        ),
        ("Les daré mi respuesta en dos semanas.", MADRID, None),
        ("Przekażę Twoje CV do zespołu w piątek.", ("Europe/Warsaw", "PL"), None),
        ("Me dijeron que nos avisan pronto; la formación es entre 2 y 3 semanas.", MADRID, None),
        ("Hice la devolución del portátil el viernes.", MADRID, None),
        # A German letter's own no after its promise.
        (
            "Wie im Gespräch angekündigt, melden wir uns heute bei Ihnen. Leider müssen wir Ihnen "
            "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.",
            ("Europe/Berlin", "DE"),
            None,
        ),
    ],
)
def test_a_third_reviews_cases(text, where, day):
    assert _day(text, where) == day


@pytest.mark.parametrize(
    ("news", "ends"),
    [
        ("They rejected me this afternoon.", True),
        ("UPDATE - they rejected me.", True),
        ("Update: they've rejected me.", True),
        ("Amazon: they rejected me.", False),
        ("I doubt that they cancelled the process.", False),
    ],
)
def test_a_no_told_after_the_promise_a_third_review(news, ends):
    london = ("Europe/London", "GB")
    reading = _day(f"They said they'd let me know by Friday 11th. {news}", london)
    assert reading == (None if ends else dt.date(2026, 12, 11))


def test_a_german_quote_header_with_the_days_full_stop_dates_the_promise_under_it():
    text = (
        "Was meint ihr?\n\n"
        "Am Mo., 30. Nov. 2026 um 09:12 Uhr schrieb Recruiting Team <jobs@example.de>:\n"
        "> Hi Paul,\n"
        "> we will get back to you within 5 working days at the latest.\n"
    )
    # Five working days from Monday 30 November, not from today.
    assert _day(text, ("Europe/Berlin", "DE")) == dt.date(2026, 12, 7)
