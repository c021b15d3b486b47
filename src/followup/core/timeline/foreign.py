"""Time words left in the writer's own language in an English paste, read as their English.

A candidate pastes what a recruiter said in two languages at once ("they'll let me know después
de Semana Santa", "HR said they will call me do piątku with the decision", "Ende nächster Woche
oder spätestens Anfang der Woche danach"). The normaliser reads these phrases as the English the
grammar knows, so the rules read them as they read English. Only words that are no English
word ("viernes", "entro", "d'ici") or phrases of two words or more that could not be English
("hasta el", "do piątku") are listed: "ate", "bis" and "de" alone stay as they are.

Keys are lowercase and without accents (the normaliser folds "ñ", "é", "ą"... before it reads).
"""

from __future__ import annotations

from followup.core.timeline.vocabulary import MONTHS, ordinal_suffix

_WORKDAYS = "monday tuesday wednesday thursday friday".split()


def _weekday_phrases(reading: str, *tables: tuple[str, tuple[str, ...]]) -> dict[str, str]:
    """Each phrase of each table ("toda {day}") for each of its weekdays (Monday to Friday, in
    order), read as `reading` ("every {english}")."""
    return {
        phrase.format(day=day): reading.format(english=english)
        for days, phrases in tables
        for day, english in zip(days.split(), _WORKDAYS, strict=True)
        for phrase in phrases
    }


_WEEKDAYS = {
    # Spanish, Tagalog
    "lunes": "monday",
    "martes": "tuesday",
    "miercoles": "wednesday",
    "miyerkules": "wednesday",
    "jueves": "thursday",
    "huwebes": "thursday",
    "viernes": "friday",
    "biyernes": "friday",
    # Portuguese ("segunda" and the like also mean "second": only with "-feira")
    "segunda-feira": "monday",
    "terca-feira": "tuesday",
    "quarta-feira": "wednesday",
    "quinta-feira": "thursday",
    "sexta-feira": "friday",
    "sexta": "friday",
    # French
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    # Italian
    "lunedi": "monday",
    "martedi": "tuesday",
    "mercoledi": "wednesday",
    "giovedi": "thursday",
    "venerdi": "friday",
    # German and Dutch, with their prepositions only ("Ms Freitag" is a name)
    **{
        f"{lead} {day}": f"{english} {target}"
        for day, target in (
            ("montag", "monday"),
            ("dienstag", "tuesday"),
            ("mittwoch", "wednesday"),
            ("donnerstag", "thursday"),
            ("freitag", "friday"),
        )
        for lead, english in (
            ("am", "on"),
            ("bis", "by"),
            ("bis zum", "by"),
            ("ab", "from"),
            ("nachsten", "next"),
            ("kommenden", "coming"),
            ("spatestens", "by"),
            ("bis spatestens", "by"),
            ("spatestens am", "by"),
            ("bis spatestens am", "by"),
            ("diesen", "this"),
            ("nachste woche", "next week"),
            # ... and after an English word, as a bilingual writer mixes them: "we will send
            # you our Ruckmeldung by Donnerstag next week".
            ("by", "by"),
            ("on", "on"),
            ("until", "until"),
            ("before", "before"),
        )
    },
    **{
        f"{lead} {day}": f"{english} {target}"
        for day, target in (
            ("maandag", "monday"),
            ("dinsdag", "tuesday"),
            ("woensdag", "wednesday"),
            ("donderdag", "thursday"),
            ("vrijdag", "friday"),
        )
        for lead, english in (("op", "on"), ("voor", "before"), ("uiterlijk", "by"))
    },
    # Polish, as said and after "do" ("do piątku": by Friday)
    "poniedzialek": "monday",
    "wtorek": "tuesday",
    "sroda": "wednesday",
    "czwartek": "thursday",
    "piatek": "friday",
}

_BY_A_POLISH_WEEKDAY = {
    "do poniedzialku": "by monday",
    "do wtorku": "by tuesday",
    "do srody": "by wednesday",
    "do czwartku": "by thursday",
    "do piatku": "by friday",
}

_PHRASES = {
    # What they promise, in German amid English: "we will send you our Rückmeldung by
    # Thursday". (No English word. Not Spanish "respuesta": "mandé mi respuesta el lunes" is
    # the writer's own answer.)
    "ruckmeldung": "feedback",
    "entscheidung": "decision",
    # Spanish
    "hasta el": "by",
    "hasta el dia": "by",
    "antes del": "before the",
    "antes de": "before",
    "despues del": "after the",
    "despues de": "after",
    "pasado manana": "the day after tomorrow",
    # (The morning, not tomorrow: "ya me ha llamado esta mañana".)
    "esta manana": "this morning",
    "por la manana": "in the morning",
    "de la manana": "in the morning",
    "manana por la manana": "tomorrow morning",
    "manana": "tomorrow",
    "la proxima semana": "next week",
    "la semana que viene": "next week",
    "proxima semana": "next week",
    "esta semana": "this week",
    "fin de mes": "the end of the month",
    "fin de ano": "the end of the year",
    "fin del ano": "the end of the year",
    "en una semana o dos": "in a week or 2",
    "en una o dos semanas": "in 1 or 2 weeks",
    "en una semana": "in a week",
    "en dos semanas": "in 2 weeks",
    "en tres semanas": "in 3 weeks",
    "en 24 horas": "in 24 hours",
    "en 48 horas": "in 48 hours",
    "en 72 horas": "in 72 hours",
    "avisan": "they will let me know",
    # An auto-reply's own words: the writer away, no promise.
    "respuesta automatica": "out of office",
    "estoy de vacaciones": "i am on vacation",
    "de vacaciones": "on vacation",
    "fuera de la oficina": "out of the office",
    # The answer given to them, not "mandé mi respuesta" (the candidate's own).
    "me dan respuesta": "they will give me an answer",
    "te dan respuesta": "they will give you an answer",
    "daran respuesta": "will give an answer",
    "dara respuesta": "will give an answer",
    # Holidays whose names hold a weekday: not the weekday.
    "viernes santo": "good friday",
    "jueves santo": "holy thursday",
    "lunes de pascua": "easter monday",
    "sexta-feira santa": "good friday",
    "lundi de paques": "easter monday",
    "mardi gras": "mardi gras",
    "lunedi dell'angelo": "easter monday",
    # A weekday of next week: "el jueves de la próxima semana"
    "de la proxima semana": "next week",
    "de la semana que viene": "next week",
    "da proxima semana": "next week",
    "da semana que vem": "next week",
    "de la semaine prochaine": "next week",
    # Portuguese
    "ate sexta": "by friday",
    "ate sexta-feira": "by friday",
    "ate quinta": "by thursday",
    "ate amanha": "by tomorrow",
    "amanha": "tomorrow",
    "semana que vem": "next week",
    # ("Retorno na segunda-feira" alone is an auto-reply's return, not an answer.)
    "da retorno": "will give feedback",
    "dar retorno": "give feedback",
    "dao retorno": "will give feedback",
    "darei retorno": "will give feedback",
    "dara retorno": "will give feedback",
    "retorno sobre": "feedback on",
    "retorno ate": "feedback by",
    # French
    "d'ici la fin de la semaine prochaine": "by the end of next week",
    "d'ici la fin de la semaine": "by the end of the week",
    "d'ici la fin du mois": "by the end of the month",
    # ("réponse d'ici fin septembre": the month, read as the English by the vocabulary)
    "d'ici fin": "by the end of",
    "d'ici": "by",
    "la semaine prochaine": "next week",
    "semaine prochaine": "next week",
    "fin de la semaine prochaine": "the end of next week",
    "fin de la semaine": "the end of the week",
    "fin du mois": "the end of the month",
    "semaine": "week",
    "jours ouvrables": "business days",
    # Spanish English: "in the next 3 or 4 labor days" (días laborables)
    "labor days": "business days",
    "labour days": "business days",
    # Portuguese and Spanish: "em até 5 dias úteis", "en 3 días hábiles"
    "dias uteis": "business days",
    "dias habiles": "business days",
    "dias laborables": "business days",
    "jours ouvres": "business days",
    "demain": "tomorrow",
    "apres": "after",
    "revient": "gets back",
    "revenir": "get back",
    "reviendra": "will get back",
    # Italian
    "entro fine mese": "by the end of the month",
    "fine settimana prossima": "the end of next week",
    "fine della settimana prossima": "the end of next week",
    "al massimo": "at the latest",
    "entro una settimana": "within a week",
    "entro due settimane": "within 2 weeks",
    "entro": "by",
    "dopo": "after",
    "la prossima settimana": "next week",
    "settimana prossima": "next week",
    "settimana": "week",
    "domani": "tomorrow",
    "daranno una risposta": "will give an answer",
    "daremo una risposta": "will give an answer",
    # German
    "ende nachster woche": "end of next week",
    "anfang nachster woche": "early next week",
    "nachste woche": "next week",
    "nachster woche": "next week",
    "anfang der woche danach": "early the following week",
    "ende der woche": "the end of the week",
    "ende des monats": "the end of the month",
    "diese woche": "this week",
    "woche": "week",
    "spatestens": "at the latest",
    "ubermorgen": "the day after tomorrow",
    "melden sich": "will get in touch",
    "ruckmeldung geben": "give feedback",
    "eine ruckmeldung": "feedback",
    # Polish
    "w przyszlym tygodniu": "next week",
    # ("decyzja będzie do końca tygodnia, max w poniedziałek": its weekdays as said after "w",
    # "we", in the accusative; "więc", so, parts the clauses.)
    **_weekday_phrases(
        "on {english}",
        ("poniedzialek wtorek srode czwartek piatek", ("w {day}", "we {day}")),
    ),
    "wiec": "so",
    "do konca tygodnia": "by the end of the week",
    "do konca miesiaca": "by the end of the month",
    "jutro": "tomorrow",
    # Dutch: "Wij laten je uiterlijk vrijdag 13 december weten" (the weekdays above)
    "wij laten je": "we will let you know",
    "volgende week": "next week",
    "eind volgende week": "end of next week",
    # Tagalog
    "sa susunod na linggo": "next week",
    "katapusan ng buwan": "the end of the month",
    "katapusan ng linggo": "the end of the week",
    "tatawagan": "will call",
    # Hindi (romanised)
    # (A holiday before its postposition: "Diwali ke baad" is "after Diwali".)
    **{
        f"{name} ke baad": f"after {english}"
        for name, english in (
            ("diwali", "diwali"),
            ("holi", "holi"),
            ("eid", "eid"),
            ("navratri", "navratri"),
            ("dussehra", "dussehra"),
            ("pongal", "pongal"),
        )
    },
    "parso tak": "by the day after tomorrow",
    "parso": "the day after tomorrow",
    "kal tak": "by tomorrow",
    "agle hafte ke end tak": "by the end of next week",
    "agle hafte": "next week",
    "bata denge": "will let you know",
    # "or" ("Ende nächster Woche oder spätestens Anfang der Woche danach": the later one;
    # not "ou" nor "máximo": a surname and a first name too)
    "oder": "or",
    # The promise's own words, so that a text all in another language keeps its promise:
    "ti facciamo sapere": "we will let you know",
    "vi faremo sapere": "we will let you know",
    "le faremo sapere": "we will let you know",
    "ti faremo sapere": "we will let you know",
    "le avisaremos": "we will let you know",
    "tenemos junta": "we have a meeting",
    "te avisaremos": "we will let you know",
    "te llamo": "i will call you",
    "te llamamos": "we will call you",
    "le llamamos": "we will call you",
    "te aviso": "i will let you know",
    "te avisamos": "we will let you know",
    "vamos te avisar": "we will let you know",
    "on vous recontacte": "we will get back to you",
    "nous reviendrons vers vous": "we will get back to you",
    "je reviens vers vous": "i will get back to you",
    "je reviens vers toi": "i will get back to you",
    "on revient vers toi": "we will get back to you",
    "on revient vers vous": "we will get back to you",
    "nous revenons vers vous": "we will get back to you",
    "on te recontacte": "we will get back to you",
    "wir melden uns": "we will get in touch",
    "odezwiemy sie": "we will get back to you",
    "dey go call": "they will call me",
    "dem go call": "they will call me",
    "dem wi call": "they will call me",
    # Nigerian Pidgin: "dem go get back to me", "d HR lady talk say ..."
    "dem go": "they will",
    "dey go": "they will",
    "talk say": "said",
    # Caribbean and West African English
    "di end a di week": "the end of the week",
    # Portuguese, more ("o gestor vai decidir até quarta que vem", "depois do carnaval")
    "vai decidir": "will decide",
    "vao decidir": "will decide",
    "depois do": "after the",
    "depois da": "after the",
    "segunda que vem": "next monday",
    "terca que vem": "next tuesday",
    "quarta que vem": "next wednesday",
    "quinta que vem": "next thursday",
    "sexta que vem": "next friday",
    "ate o fim da semana que vem": "by the end of next week",
    "fim da semana que vem": "the end of next week",
    "ate o fim da semana": "by the end of the week",
    # Polish, more
    "do konca przyszlego tygodnia": "by the end of next week",
    "przyszlego tygodnia": "next week",
    # Indonesian and Malay ("Hasil akan kami informasikan max 5 hari kerja", "2 minggu lagi",
    # "setelah lebaran")
    "hari kerja": "business days",
    "bilang": "said",
    # (A count to come, after its number: "2 minggu lagi", "2 hafte mein", "7-10 gün içinde".)
    "minggu lagi": "weeks from now",
    "hari lagi": "days from now",
    "hafte mein": "weeks from now",
    "din mein": "days from now",
    "kabarnya": "the news",
    "akan kami informasikan": "we will inform you",
    "kami informasikan": "we will inform you",
    "akan dikabari": "will be told",
    "setelah": "after",
    "sebelum": "before",
    "idul fitri": "eid al-fitr",
    "idul adha": "eid al-adha",
    "lebaran": "eid al-fitr",
    # Vietnamese, with and without its accents folded ("sau Tết", "CHẬM NHẤT NGÀY 15/8")
    "sau tet": "after tet",
    "cham nhat ngay": "at the latest on",
    "cham nhat": "at the latest",
    "phan hoi ket qua": "give feedback",
    "thong bao ket qua": "announce the results",
    "bao ket qua": "tell the result",
    # Turkish ("7-10 gün içinde dönüş yaparız", "bayramdan sonra")
    "gun icinde": "days from now",
    "donus yapariz": "we will get back to you",
    "donus yapacagiz": "we will get back to you",
    "bayramdan sonra": "after eid",
    "the bayram": "the eid",
    # Urdu and Hindi, romanised ("result 2 hafte mein aa jayega")
    "aa jayega": "will come",
    # English as some write it: "by early of December", "we will turn back to you"
    "early of": "early",
    "turn back to you": "get back to you",
}

# French "dans 5 jours", "dans une semaine" ("dans" alone: "Dans" is also a name).
_FRENCH_COUNTS = {"un": "1", "une": "a", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5"}
_FRENCH_COUNTS |= {"six": "6", "sept": "7", "huit": "8", "dix": "10", "quinze": "15"}
_IN_A_COUNT = {f"dans {n}": f"in {n}" for n in range(1, 31)} | {
    f"dans {word}": f"in {figure}" for word, figure in _FRENCH_COUNTS.items()
}

# Caribbean and West African "by de 3rd": the article.
_THE_DAY = {f"de {ordinal_suffix(n)}": f"the {ordinal_suffix(n)}" for n in range(1, 32)}

# A message written all in Spanish, Portuguese, French, Italian, German, Polish or Indonesian
# (a recruiter's mail, a candidate's post): its promise and its time frame, read as the English
# the grammar knows. reader.py still wants a promise's own words in such a sentence.

# Counts in words before their unit ("dos semanas", "cinco días hábiles", "zwei Wochen", "trzy
# dni"), as figures with the English unit. A count word alone stays as it is: "dos" is also
# Portuguese for "of the", "due" English.
COUNT_WORDS = {
    **{"un": "1", "una": "a", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5"},
    **{"seis": "6", "siete": "7", "ocho": "8", "diez": "10", "quince": "15", "veinte": "20"},
    **{"um": "1", "uma": "a", "dois": "2", "duas": "2", "quatro": "4", "sete": "7", "dez": "10"},
    **{"quinze": "15", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "dix": "10"},
    **{"due": "2", "tre": "3", "cinque": "5", "sette": "7", "dieci": "10", "quindici": "15"},
    **{"zwei": "2", "drei": "3", "vier": "4", "funf": "5", "zehn": "10", "vierzehn": "14"},
    **{"dwa": "2", "dwoch": "2", "trzy": "3", "trzech": "3", "piec": "5", "pieciu": "5"},
    **{"dziesiec": "10", "dziesieciu": "10", "czternastu": "14", "dua": "2", "tiga": "3"},
    **{"satu": "1", "tujuh": "7", "sepuluh": "10", "empat": "4"},
    **{"twee": "2", "drie": "3", "vijf": "5", "tien": "10", "veertien": "14"},
    **{"nueve": "9", "once": "11", "doce": "12", "oito": "8", "nove": "9", "sept": "7"},
    **{"neuf": "9", "quattro": "4", "sei": "6", "otto": "8", "sechs": "6", "sieben": "7"},
    **{"acht": "8", "cztery": "4", "czterech": "4", "siedem": "7", "siedmiu": "7"},
    **{"lima": "5", "enam": "6", "delapan": "8", "sembilan": "9"},
}
_UNITS = {
    **{"dia": "day", "dias": "days", "semana": "week", "semanas": "weeks", "mes": "month"},
    **{"meses": "months", "horas": "hours", "dias habiles": "business days"},
    **{"dias laborables": "business days", "dias uteis": "business days"},
    **{"jour": "day", "jours": "days", "semaine": "week", "semaines": "weeks", "mois": "months"},
    **{"jours ouvres": "business days", "jours ouvrables": "business days"},
    **{"giorno": "day", "giorni": "days", "settimana": "week", "settimane": "weeks"},
    **{"mese": "month", "mesi": "months", "giorni lavorativi": "business days"},
    **{"tag": "day", "tage": "days", "tagen": "days", "woche": "week", "wochen": "weeks"},
    **{"monat": "month", "monate": "months", "monaten": "months", "werktage": "business days"},
    **{"werktagen": "business days", "arbeitstage": "business days"},
    **{"arbeitstagen": "business days", "dzien": "day", "dni": "days", "tydzien": "week"},
    **{"tygodnie": "weeks", "tygodni": "weeks", "miesiac": "month", "miesiace": "months"},
    **{"miesiecy": "months", "dni roboczych": "business days", "dni robocze": "business days"},
    **{"hari": "days", "minggu": "weeks", "bulan": "months", "hari kerja": "business days"},
    **{"dagen": "days", "weken": "weeks", "werkdagen": "business days", "maanden": "months"},
}
_COUNTED = {
    f"{word} {unit}": f"{figure} {english}"
    for word, figure in COUNT_WORDS.items()
    for unit, english in _UNITS.items()
} | {
    # Two weeks and one, as Spanish, French and Italian count them.
    "quince dias": "2 weeks",
    "quinze jours": "2 weeks",
    "quindici giorni": "2 weeks",
    "ocho dias": "a week",
    "huit jours": "a week",
    "en quince dias": "in 2 weeks",
    "dentro de quince dias": "within 2 weeks",
    "en ocho dias": "in a week",
    "dans quinze jours": "in 2 weeks",
    "dans les quinze jours": "within 2 weeks",
    "d'ici quinze jours": "within 2 weeks",
    "sous quinze jours": "within 2 weeks",
    "sous huit jours": "within a week",
    "dans huit jours": "in a week",
    "tra quindici giorni": "in 2 weeks",
    "entro quindici giorni": "within 2 weeks",
    "em quinze dias": "in 2 weeks",
    # Units that are no English word, after a figure ("en 10 días hábiles", "za 2 tygodnie").
    "dias habiles": "business days",
    "giorni lavorativi": "business days",
    "dni roboczych": "business days",
    "dni robocze": "business days",
    "dni": "days",
    "tygodni": "weeks",
    "tygodnie": "weeks",
    "meses": "months",
    "mesi": "months",
    "mois": "months",
    "monate": "months",
    "monaten": "months",
}
# "in" before a count, in each language (a bare "en", "em", "za" or "tra" is not read: "en
# Madrid", "dziękuję za"), and the words that say "within".
_COUNTED |= {
    f"{word} bis": f"{figure} to"
    for word, figure in COUNT_WORDS.items()
    if word in ("zwei", "drei", "vier", "funf", "zehn")
}
# A range's second figure with its unit: "de 3 a 5 días hábiles", "3 à 5 jours ouvrés",
# "entre 2 y 3 semanas" (the first figure is read as it stands).
_TO_A_COUNT = {
    f"{to} {n} {unit}": f"to {figure} {english}"
    for to in ("a", "y", "e", "et", "o", "ou", "bis", "oder", "tot", "of")
    for n, figure in [(str(n), str(n)) for n in range(2, 61)]
    + [(word, figure) for word, figure in COUNT_WORDS.items() if figure.isdigit()]
    for unit, english in (
        # ("innerhalb von zwei bis drei Wochen", "binnen twee tot drie weken")
        ("tage", "days"),
        ("wochen", "weeks"),
        ("werktage", "business days"),
        ("werktagen", "business days"),
        ("arbeitstage", "business days"),
        ("arbeitstagen", "business days"),
        ("dagen", "days"),
        ("weken", "weeks"),
        ("werkdagen", "business days"),
        ("dias", "days"),
        ("dias habiles", "business days"),
        ("dias laborables", "business days"),
        ("dias uteis", "business days"),
        ("semanas", "weeks"),
        ("jours", "days"),
        ("jours ouvres", "business days"),
        ("jours ouvrables", "business days"),
        ("semaines", "weeks"),
        ("giorni", "days"),
        ("giorni lavorativi", "business days"),
        ("settimane", "weeks"),
    )
} | {f"{lead} {n}": str(n) for lead in ("entre", "de") for n in range(1, 61)}
_IN_A_COUNT_OF = {
    "en": "in",
    "em": "in",
    "em ate": "within",
    "dentro de": "within",
    "sous": "within",
    "tra": "in",
    "fra": "in",
    "entro": "within",
    "za": "in",
    "dalam": "in",
    "dalam waktu": "within",
    "w ciagu": "within",
    "innerhalb von": "within",
    "binnen": "within",
    "binnen de": "within",
    "dans les": "within",
    "daqui a": "in",
    "d'ici": "within",
    "a mas tardar en": "within",
    # (Norwegian and Swedish, before a count only: German writes "Kandidat:innen".)
    "innen": "within",
    "inom": "within",
}
# ("en dos" is "in 2", and the unit after it is read on its own: "semanas", "Wochen" and the
# like are read as English wherever they stand; a singular unit only with its count.)
_SINGULAR = {
    "una semana": "a week",
    "un mes": "a month",
    "un dia": "a day",
    "uma semana": "a week",
    "um mes": "a month",
    "une semaine": "a week",
    "un mois": "a month",
    "una settimana": "a week",
    "un mese": "a month",
    "einer woche": "a week",
    "einem monat": "a month",
    "tydzien": "a week",
    "tygodnia": "a week",
    "seminggu": "a week",
}
_INTRODUCED_COUNTS = {
    f"{lead} {count}": f"{english} {figure}"
    for lead, english in _IN_A_COUNT_OF.items()
    for count, figure in [(str(n), str(n)) for n in range(1, 91)]
    + list(COUNT_WORDS.items())
    + list(_SINGULAR.items())
} | {
    # Indonesian units are names too ("Hari"): only after a count.
    f"{lead} {n} {unit}": f"{english} {n} {unit_english}"
    for lead, english in (("dalam", "in"), ("dalam waktu", "within"), ("maksimal", "within"))
    for n in range(1, 91)
    for unit, unit_english in (
        ("hari kerja", "business days"),
        ("hari", "days"),
        ("minggu", "weeks"),
        ("bulan", "months"),
    )
}
_DURATIONS = {
    # Spanish
    "en un plazo maximo de": "within",
    "en un plazo de": "within",
    "en el plazo de": "within",
    "en un maximo de": "within",
    "en un lapso de": "within",
    "plazo maximo de": "within",
    "dentro de": "within",
    "dentro de los proximos": "within the next",
    "un par de": "a couple of",
    "en un": "in a",
    "en un par de": "in a couple of",
    "unos dias": "a few days",
    "unos cuantos dias": "a few days",
    "unas semanas": "a few weeks",
    "unas cuantas semanas": "a few weeks",
    "en unos dias": "in a few days",
    "en unas semanas": "in a few weeks",
    "en las proximas semanas": "in the coming weeks",
    "en los proximos dias": "in the coming days",
    "en las proximas": "in the next",
    "en los proximos": "in the next",
    # Portuguese
    "no prazo de": "within",
    "em um prazo de": "within",
    "num prazo de": "within",
    "nos proximos dias": "in the coming days",
    "nas proximas semanas": "in the coming weeks",
    "nos proximos": "in the next",
    "nas proximas": "in the next",
    "uns dias": "a few days",
    "alguns dias": "a few days",
    "em alguns dias": "in a few days",
    # French
    "dans un delai de": "within",
    "sous un delai de": "within",
    "sous huitaine": "within a week",
    "sous quinzaine": "within 2 weeks",
    "dans les prochains jours": "in the coming days",
    "dans les prochaines semaines": "in the coming weeks",
    "dans les jours qui viennent": "in the coming days",
    # Italian
    "nei prossimi giorni": "in the coming days",
    "nelle prossime settimane": "in the coming weeks",
    # German
    "innerhalb der nachsten": "within the next",
    "innerhalb einer woche": "within a week",
    "innerhalb eines monats": "within a month",
    "in den nachsten tagen": "in the coming days",
    "in den kommenden tagen": "in the coming days",
    "in den nachsten wochen": "in the coming weeks",
    "in den kommenden wochen": "in the coming weeks",
    # ("in den nächsten zwei bis drei Wochen")
    "in den nachsten": "in the next",
    "in den kommenden": "in the next",
    # Dutch ("in de komende weken", "binnen de komende twee weken")
    "in de komende dagen": "in the coming days",
    "in de komende weken": "in the coming weeks",
    "de komende dagen": "the coming days",
    "de komende weken": "the coming weeks",
    "in de komende": "in the coming",
    "binnen de komende": "within the coming",
    # Polish
    "w ciagu najblizszych": "within the next",
    "w najblizszych dniach": "in the coming days",
    "w ciagu tygodnia": "within a week",
    "za tydzien": "in a week",
    # Indonesian
    "dalam beberapa hari": "in a few days",
}
_DEADLINES = {
    # Spanish
    # (As "by": in a sentence all in another language, "at the latest" is the writer's own
    # deadline as often, and reader.py wants the promise's own words.)
    "a mas tardar": "by",
    "a mas tardar el": "by",
    "como muy tarde": "by",
    "como muy tarde el": "by",
    "como maximo": "by",
    "a finales de": "at the end of",
    "a fines de": "at the end of",
    "finales de": "the end of",
    "a finales de mes": "at the end of the month",
    "finales de mes": "the end of the month",
    "a principios de": "early",
    "principios de": "early",
    "a inicios de": "early",
    "a mediados de": "mid",
    "mediados de": "mid",
    "principios de la siguiente": "early the following week",
    "de la otra semana": "of next week",
    "la otra semana": "next week",
    "antes de que acabe el mes": "before the end of the month",
    "antes de que termine el mes": "before the end of the month",
    "antes de que acabe la semana": "before the end of the week",
    "antes de que termine la semana": "before the end of the week",
    "antes de fin de mes": "before the end of the month",
    "el mes que viene": "next month",
    "el proximo mes": "next month",
    "fin de semana": "weekend",
    "despues de reyes": "after epiphany",
    "despues del puente": "after the long weekend",
    # Portuguese
    "no maximo": "by",
    "ate o fim do mes": "by the end of the month",
    "ate o final do mes": "by the end of the month",
    "ate o final da semana": "by the end of the week",
    "fim do mes": "the end of the month",
    # (Whole, so that "um retorno" or "retorno até" before them does not take their first word.)
    "ate o dia": "by",
    "el dia": "on",
    "no dia": "on",
    "um retorno ate": "feedback by",
    "retorno ate o": "feedback by",
    "ate o final da semana que vem": "by the end of next week",
    **_weekday_phrases(
        "next {english}",
        ("segunda terca quarta quinta sexta", ("{day}-feira que vem",)),
        ("lunes martes miercoles jueves viernes", ("{day} que viene", "el {day} que viene")),
    ),
    **_weekday_phrases(
        "by next {english}",
        ("segunda terca quarta quinta sexta", ("ate {day} que vem", "ate {day}-feira que vem")),
    ),
    "ate o fim da proxima semana": "by the end of next week",
    "ate ao final do": "by the end of",
    "ate o final do": "by the end of",
    "no final de": "at the end of",
    "final de": "the end of",
    "primeiro trimestre": "q1",
    "meio do mes que vem": "mid next month",
    "final do mes": "the end of the month",
    "no inicio de": "early",
    "no comeco de": "early",
    "meados de": "mid",
    "mes que vem": "next month",
    "ate segunda": "by monday",
    "ate terca": "by tuesday",
    "ate quarta": "by wednesday",
    "ate segunda-feira": "by monday",
    "ate terca-feira": "by tuesday",
    "ate quarta-feira": "by wednesday",
    "ate quinta-feira": "by thursday",
    # French
    "au plus tard": "by",
    "au plus tard le": "by",
    "avant la fin de la semaine prochaine": "before the end of next week",
    "avant la fin du mois": "before the end of the month",
    "avant la fin de la semaine": "before the end of the week",
    "le mois prochain": "next month",
    "debut de semaine prochaine": "early next week",
    "en debut de semaine prochaine": "early next week",
    "je vous tiens au courant": "i will keep you posted",
    "nous vous contacterons": "we will contact you",
    # Italian
    "entro fine settimana": "by the end of the week",
    "entro la fine del mese": "by the end of the month",
    "entro la fine della settimana": "by the end of the week",
    "entro la fine della settimana prossima": "by the end of next week",
    "entro fine settimana prossima": "by the end of next week",
    "entro e non oltre": "by",
    "il mese prossimo": "next month",
    # German
    "bis ende": "by the end of",
    "bis zum ende des monats": "by the end of the month",
    "bis ende des monats": "by the end of the month",
    "bis ende der woche": "by the end of the week",
    "bis ende nachster woche": "by the end of next week",
    "bis anfang": "by early",
    "bis mitte": "by mid",
    "nach ostern": "after easter",
    "nach pfingsten": "after whitsun",
    "nach den feiertagen": "after the holidays",
    "nach weihnachten": "after christmas",
    "nachsten monat": "next month",
    "nachsten monats": "next month",
    "anfang nachsten monats": "early next month",
    "ende nachsten monats": "the end of next month",
    "mitte nachsten monats": "mid next month",
    "bis spatestens": "by",
    # Polish
    "najpozniej": "by",
    "do konca": "by the end of",
    "w przyszlym miesiacu": "next month",
    # Indonesian
    "paling lambat": "by",
    "selambat-lambatnya": "by",
    "akhir bulan depan": "the end of next month",
    "akhir bulan": "the end of the month",
    "akhir bulan ini": "the end of this month",
    "diinformasikan": "will be announced",
    "pengumuman": "announcement",
    "akhir minggu": "the end of the week",
    "minggu depan": "next week",
    "bulan depan": "next month",
    "besok": "tomorrow",
}
# Day numbers and months as Spanish and Portuguese write them: "el día 20", "até o dia 15",
# "el 10 de abril", "15 de março de 2026".
_DAY_NUMBERS = {
    f"{lead} {n}": f"{english} {ordinal_suffix(n)}"
    for n in range(1, 32)
    for lead, english in (
        ("el dia", "on the"),
        ("ate o dia", "by the"),
        ("ate dia", "by the"),
        ("no dia", "on the"),
        ("hasta el dia", "by the"),
        ("a mas tardar el dia", "by the"),
        ("como muy tarde el dia", "by the"),
    )
}
# "até sexta, dia 6", "segunda (dia 2) é feriado": a day number as Portuguese says it (not
# before a unit: "emailed Dia 2 days ago" is a name; normalise.py looks).
DAY_NUMBER_LEAD = "dia"
_PORTUGUESE_DAY_NUMBERS = {
    f"{DAY_NUMBER_LEAD} {n}": f"the {ordinal_suffix(n)}" for n in range(1, 32)
}
_SPANISH_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_PARTS_OF_A_SPANISH_MONTH = {
    f"{part} de {month}": f"{english} {english_month}"
    for part, english in (
        ("mediados", "mid"),
        ("principios", "early"),
        ("inicios", "early"),
        ("finales", "the end of"),
        ("fines", "the end of"),
    )
    for month, english_month in zip(_SPANISH_MONTHS, MONTHS, strict=True)
}
# "el 18 de diciembre", "o 15 de março": on the day (the month read by `_OF_A_MONTH`'s "de").
_ON_A_DAY_OF = {f"{lead} {n} de": f"on {n}" for lead in ("el", "no") for n in range(1, 32)}
_OF_A_MONTH = {
    f"de {month}": english
    for month, english in (
        ("enero", "january"),
        ("febrero", "february"),
        ("marzo", "march"),
        ("abril", "april"),
        ("mayo", "may"),
        ("junio", "june"),
        ("julio", "july"),
        ("agosto", "august"),
        ("septiembre", "september"),
        ("setiembre", "september"),
        ("octubre", "october"),
        ("noviembre", "november"),
        ("diciembre", "december"),
        ("janeiro", "january"),
        ("fevereiro", "february"),
        ("marco", "march"),
        ("maio", "may"),
        ("junho", "june"),
        ("julho", "july"),
        ("setembro", "september"),
        ("outubro", "october"),
        ("novembro", "november"),
        ("dezembro", "december"),
    )
} | {f"de {year}": str(year) for year in range(2020, 2041)}
# ... and as a mail program's header shortens them: "9 de mar. de 2026", "14 de nov de 2025".
_OF_A_MONTH |= {
    f"de {short}": english
    for short, english in (
        ("ene", "january"),
        ("jan", "january"),
        ("fev", "february"),
        ("feb", "february"),
        ("mar", "march"),
        ("abr", "april"),
        ("jun", "june"),
        ("jul", "july"),
        ("ago", "august"),
        ("set", "september"),
        ("sept", "september"),
        ("out", "october"),
        ("oct", "october"),
        ("nov", "november"),
        ("dez", "december"),
        ("dic", "december"),
    )
}
# "fin septembre", "début mars", "Ende März", "Anfang Mai", "Mitte Juni", "koniec marca".
_FRENCH_MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre"
_GERMAN_MONTHS = "januar februar marz april mai juni juli august september oktober november"
_MONTH_PARTS = {
    f"{part}{'' if part.endswith('-') else ' '}{month}": f"{english} {vocabulary_month}"
    for months, parts in (
        (
            _FRENCH_MONTHS + " decembre",
            (("fin", "the end of"), ("debut", "early"), ("mi", "mid"), ("mi-", "mid")),
        ),
        (
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre"
            " novembre dicembre",
            (("meta", "mid"), ("fine", "the end of"), ("inizio", "early")),
        ),
        (
            _GERMAN_MONTHS + " dezember",
            (("ende", "the end of"), ("anfang", "early"), ("mitte", "mid")),
        ),
    )
    for month, vocabulary_month in zip(
        months.split(),
        MONTHS,
        strict=True,
    )
    for part, english in parts
}
# The past: a moment a time frame was said ("el miércoles pasado", "jeudi dernier", "ayer").
_LAST_WEEKDAY = _weekday_phrases(
    "last {english}",
    ("lunes martes miercoles jueves viernes", ("el {day} pasado", "{day} pasado")),
    ("lundi mardi mercredi jeudi vendredi", ("{day} dernier",)),
    ("segunda terca quarta quinta sexta", ("na {day} passada", "{day} passada")),
    ("lunedi martedi mercoledi giovedi venerdi", ("{day} scorso",)),
    ("montag dienstag mittwoch donnerstag freitag", ("letzten {day}",)),
) | _weekday_phrases(
    # "mardi prochain", a weekday of the week to come
    "next {english}",
    ("lundi mardi mercredi jeudi vendredi", ("{day} prochain",)),
)
# Two weekdays as alternatives ("segunda ou terça eu te falo", "el jueves o el viernes",
# "jeudi ou vendredi"): the later one is read, as in English.
_PORTUGUESE_WORKDAYS = "segunda terca quarta quinta sexta".split()
_TWO_WEEKDAYS = {
    f"{first} {either} {article}{second}": f"{english_first} or {english_second}"
    for days, either, article in (
        ("segunda terca quarta quinta sexta", "ou", ""),
        ("lunes martes miercoles jueves viernes", "o", ""),
        ("lunes martes miercoles jueves viernes", "o", "el "),
        ("lundi mardi mercredi jeudi vendredi", "ou", ""),
        ("lunedi martedi mercoledi giovedi venerdi", "o", ""),
        ("montag dienstag mittwoch donnerstag freitag", "oder", ""),
        ("maandag dinsdag woensdag donderdag vrijdag", "of", ""),
        ("senin selasa rabu kamis jumat", "atau", ""),
    )
    # (In either order: "sexta ou segunda" is Friday or the Monday after it.)
    for first, english_first in zip(days.split(), _WORKDAYS, strict=True)
    for second, english_second in zip(days.split(), _WORKDAYS, strict=True)
    if first != second
} | {
    # "até quarta ou quinta que vem": both days of next week.
    f"{first} ou {second} que vem": f"{english_first} or {english_second} next week"
    for first, english_first in zip(_PORTUGUESE_WORKDAYS, _WORKDAYS, strict=True)
    for second, english_second in zip(_PORTUGUESE_WORKDAYS, _WORKDAYS, strict=True)
    if first != second
}
_PAST = {
    # The meeting, as a moment: "el lunes 16 tuve la entrevista final".
    "tuve la entrevista": "i had the interview",
    "tuve una entrevista": "i had an interview",
    "tuve mi entrevista": "i had my interview",
    "la entrevista fue": "the interview was",
    "entrevista": "interview",
    "tuve": "i had",
    "tuvimos": "we had",
    "tive": "i had",
    "mi entrevista": "my interview",
    "segunda entrevista": "second interview",
    "primera entrevista": "first interview",
    "tercera entrevista": "third interview",
    "ultima entrevista": "last interview",
    "entrevista final": "final interview",
    "la entrevista final": "the final interview",
    "minha entrevista": "my interview",
    "segunda fase": "second round",
    "tive a entrevista": "i had the interview",
    "tive uma entrevista": "i had an interview",
    "entretien": "interview",
    "colloquio": "interview",
    "vorstellungsgesprach": "interview",
    "gesprach": "interview",
    "rozmowa kwalifikacyjna": "interview",
    "rozmowe kwalifikacyjna": "interview",
    "rozmowie kwalifikacyjnej": "interview",
    "wawancara": "interview",
    "ayer": "yesterday",
    "hoy": "today",
    "la semana pasada": "last week",
    "ontem": "yesterday",
    "hoje": "today",
    "semana passada": "last week",
    "aujourd'hui": "today",
    "la semaine derniere": "last week",
    "gestern": "yesterday",
    "heute": "today",
    "letzte woche": "last week",
    "wczoraj": "yesterday",
    "dzisiaj": "today",
    "kemarin": "yesterday",
    "hari ini": "today",
    "me dijo": "told me",
    "hace una semana": "a week ago",
    "hace dos semanas": "2 weeks ago",
    "hace dos dias": "2 days ago",
    "hace tres dias": "3 days ago",
    "il y a une semaine": "a week ago",
    "il y a deux semaines": "2 weeks ago",
    "ils m'ont dit": "they told me",
    "on m'a dit": "they told me",
    "nos dijo": "told us",
    "me dijeron": "they told me",
    "me comento": "told me",
    "me disse": "told me",
    "me disseram": "they told me",
    "disseram": "they said",
    "ha uma semana": "a week ago",
    "ha duas semanas": "2 weeks ago",
    "ha dois dias": "2 days ago",
    "me falou": "told me",
    "m'a dit": "told me",
    "hat gesagt": "said",
    "powiedziala": "said",
    "powiedzial": "said",
}
# What came of it, as news after a promise: the English rules then see nothing pending ("me
# llamaron ayer: que no", "Leider eine Absage", "he aceptado otra oferta").
_NEWS = {
    "me llamaron": "they called me",
    "me marcaron": "they called me",
    "me escribieron": "they wrote to me",
    "me contestaron": "they replied",
    "ya tengo respuesta": "i got an answer",
    "me quede con el puesto": "i got the job",
    "me dieron el puesto": "they gave me the job",
    "me rechazaron": "they rejected me",
    "me descartaron": "they rejected me",
    "han elegido a otra persona": "they went with someone else",
    "han elegido a alguien": "they went with someone",
    "eligieron a otra persona": "they went with someone else",
    "eligieron a otro candidato": "they went with another candidate",
    "hemos cancelado el proceso": "we have cancelled the process",
    "lamentamos comunicarte": "we regret to inform you",
    "lamentamos informarte": "we regret to inform you",
    "he aceptado otra oferta": "i accepted another offer",
    "retiro mi candidatura": "i withdraw my application",
    "la otra empresa": "the other company",
    "me pidieron": "they asked me",
    "empiezo": "i start",
    "empezaria": "i would start",
    "empezarias": "you would start",
    "empezaras": "you will start",
    "comenzaria": "i would start",
    "la incorporacion seria": "the start date would be",
    "fecha de incorporacion": "start date",
    "fecha de inicio": "start date",
    "comecaria": "i would start",
    "data de inicio": "start date",
    "prise de poste": "start date",
    "date de debut": "start date",
    "dienstbeginn": "start date",
    "arbeitsbeginn": "start date",
    "eintrittsdatum": "start date",
    "cubrieron la vacante": "they have filled the vacancy",
    "cubrieron el puesto": "they have filled the role",
    "ya cubrieron": "they have filled",
    "zweitgesprach": "second interview",
    "erstgesprach": "first interview",
    "abschlussgesprach": "final interview",
    "me incorporo": "i start",
    "me ligaram": "they called me",
    "nao fui selecionado": "i was not selected",
    "nao fui selecionada": "i was not selected",
    "recebi a proposta": "i got the offer",
    "ils m'ont appele": "they called me",
    "elle m'a appele": "she called me",
    "il m'a appele": "he called me",
    "j'ai eu le poste": "i got the job",
    "absage": "rejection",
    **{
        f"fur {another} entschieden": "decided to go with another candidate"
        for another in (
            "eine andere bewerberin",
            "einen anderen bewerber",
            "eine andere kandidatin",
            "einen anderen kandidaten",
        )
    },
    "leider mussen wir ihnen mitteilen": "unfortunately we have to tell you",
    "eine absage": "a rejection",
    "leider": "unfortunately",
    "hat sich heute gemeldet": "got in touch today",
    "hat sich gemeldet": "got in touch",
    "haben sich gemeldet": "got in touch",
    "ich muss": "i have to",
    "ich soll": "i have to",
    "muss ich": "i have to",
    "l'altra azienda": "the other company",
    "ti ha chiesto": "asked you",
    "mi ha chiesto": "asked me",
    "odmowa": "rejection",
    "zadzwonili": "they called",
    "dostalem prace": "i got the job",
    "dostalam prace": "i got the job",
}


# Dates that are no answer, in the writer's language: a meeting booked, a habit, a closure,
# the writer's own answer to give, news told as an update.
_NOT_AN_ANSWER = {
    **{
        f"{lead} {when}": f"{english_lead} {english}".rstrip()
        for lead, english_lead in (
            ("geben ihnen", "will let you know"),
            ("geben dir", "will let you know"),
            ("gebe ihnen", "will let you know"),
            ("gebe dir", "will let you know"),
        )
        for when, english in (
            ("bis", "by"),
            ("spatestens", "by"),
            ("in", "in"),
            ("innerhalb", "within"),
            ("nach", "after"),
            ("bescheid", ""),
            *(
                (f"{lead} {day}", f"{english_lead} {english_day}")
                for lead, english_lead in (("bis", "by"), ("spatestens", "by"))
                for day, english_day in zip(
                    "montag dienstag mittwoch donnerstag freitag".split(), _WORKDAYS, strict=True
                )
            ),
        )
    },
    "para marcar": "to schedule",
    "para agendar": "to schedule",
    "para programar": "to schedule",
    "pour fixer": "to schedule",
    "pour planifier": "to schedule",
    "para la entrevista": "for the interview",
    "para la segunda entrevista": "for the second interview",
    **_weekday_phrases(
        "every {english}",
        ("segunda terca quarta quinta sexta", ("toda {day}", "todas as {day}s")),
        ("lunes martes miercoles jueves viernes", ("cada {day}", "todos los {day}")),
        ("lundi mardi mercredi jeudi vendredi", ("chaque {day}", "tous les {day}s")),
        ("montag dienstag mittwoch donnerstag freitag", ("jeden {day}",)),
    ),
    "permanecen cerradas hasta": "are closed until",
    "permanecen cerradas": "are closed",
    "cerradas hasta": "closed until",
    "cerrado hasta": "closed until",
    "cerrada hasta": "closed until",
    "a la vuelta": "when we are back",
    "actualizacion": "update",
    "mise a jour": "update",
    "aktualizacja": "update",
    "el proceso esta congelado": "the position is frozen",
    "el puesto esta congelado": "the position is frozen",
    "le recrutement est suspendu": "the position is paused",
    "le poste est suspendu": "the position is paused",
    "jadwal": "schedule",
    "preciso dar": "i need to give",
    "tenho que dar": "i have to give",
    "ils attendent ma reponse": "they are waiting for my answer",
}
# Formal and spoken ways of a time frame and its promise, from a third corpus written in
# these languages (FV): the passive of a letter ("le será comunicado", "lhe será comunicado"),
# a committee's decision, the spoken "te tenemos respuesta", "ti diamo un feedback".
_FORMAL_AND_SPOKEN = {
    "le sera comunicado": "will be communicated to you",
    "le seran comunicados": "will be communicated to you",
    "le sera comunicada": "will be communicated to you",
    "le sera notificado": "you will be notified",
    "le seran notificados": "you will be notified",
    "te sera comunicado": "will be communicated to you",
    "lhe sera comunicado": "will be communicated to you",
    "lhe sera comunicada": "will be communicated to you",
    "vous sera communique": "will be communicated to you",
    "vous sera communiquee": "will be communicated to you",
    "emitira concepto": "will issue its decision",
    "emitira su decision": "will issue its decision",
    "os la comunicaremos": "we will let you know",
    "te la comunicaremos": "we will let you know",
    "se la comunicaremos": "we will let you know",
    "te tenemos respuesta": "we will have an answer for you",
    "le estaria dando respuesta": "i will give you an answer",
    "te estaria dando respuesta": "i will give you an answer",
    "pasado reyes": "after epiphany",
    "sera homologado": "will be confirmed",
    "nous vous ferons part de notre decision": "we will let you know our decision",
    "nous vous ferons part": "we will let you know",
    "je vous donnerai une reponse": "i will give you an answer",
    "je vous donnerai": "i will give you",
    "feraient leur choix": "would make their choice",
    "vous fera un retour": "will get back to you",
    "te fera un retour": "will get back to you",
    "vous revenir": "get back to you",
    "apres l'aid": "after eid",
    "le comunicheremo": "we will let you know",
    "ti comunicheremo": "we will let you know",
    "le faro sapere": "i will let you know",
    "una decina di giorni": "10 days",
    "tra una decina di giorni": "in 10 days",
    "ti diamo": "we will give you",
    "le diamo": "we will give you",
    "meta della prossima settimana": "mid next week",
    "ti danno una risposta": "they will give you an answer",
    "subito dopo": "right after",
    "entro fine trimestre": "by the end of the quarter",
    "la prendiamo": "we will make it",
    "mi facevano sapere": "they would let me know",
    "feedback kommt": "feedback will come",
    "mitte nachster woche": "mid next week",
    "meld mich": "i will get in touch",
    "ze koppelen": "they will get back",
    "of begin de week daarna": "or early the following week",
    "verwacht een update": "expect an update",
    "u ontvangt": "you will receive",
    "je ontvangt": "you will receive",
    "ze laat": "she will let you know",
    "hij laat": "he will let you know",
    "decyzja bedzie": "the decision will be",
    "decyzje przekaze": "i will let you know the decision",
    "przekaze decyzje": "i will let you know the decision",
    "max w": "at the latest on",
    "kabarin": "will let you know",
    "sy kabarin": "i will let you know",
    # A habit, not a day: "siempre hablan los viernes", "sempre dão retorno às sextas",
    # "biasanya telpon hari Senin".
    **_weekday_phrases(
        "on {english}s",
        ("lunes martes miercoles jueves viernes", ("los {day}",)),
        ("segundas tercas quartas quintas sextas", ("as {day}", "nas {day}")),
    ),
    "biasanya": "usually",
    "siempre": "always",
    "sempre": "always",
}
# The promise's own words: the answer given ("te damos respuesta", "me darían una respuesta",
# "daremos um retorno"), as the candidate or the company says it. Not "mandé mi respuesta":
# the candidate's own answer has no giver before it.
_GIVERS = {
    "te": "we will give you",
    "le": "we will give you",
    "les": "we will give you",
    "os": "we will give you",
    "me": "they will give me",
    "nos": "they will give us",
    "lhe": "we will give you",
}
_GIVEN = {
    f"{giver} {verb} {answer}": f"{english} {answer_english}"
    for giver, english in _GIVERS.items()
    for verb in (
        "damos",
        "daremos",
        "doy",
        "dare",
        "dan",
        "daran",
        "darian",
        "daban",
        "daria",
        "dara",
        "vamos a dar",
        "vamos dar",
        "vao dar",
        "vai dar",
        "da",
        "dou",
        "darei",
    )
    for answer, answer_english in (
        ("respuesta", "an answer"),
        ("una respuesta", "an answer"),
        ("la respuesta", "the answer"),
        ("una devolucion", "feedback"),
        ("feedback", "feedback"),
        ("un feedback", "feedback"),
        ("noticias", "news"),
        ("retorno", "feedback"),
        ("um retorno", "feedback"),
        ("uma resposta", "an answer"),
        ("resposta", "an answer"),
        ("a resposta", "the answer"),
    )
}
_PROMISES = {
    # Portuguese, the giver in the verb: "vamos dar um retorno em até 5 dias úteis"
    "vamos dar": "we will give",
    "vamos te dar": "we will give you",
    "vamos lhe dar": "we will give you",
    "daremos": "we will give",
    "vao dar": "they will give",
    "vao me dar": "they will give me",
    "da o retorno": "will give feedback",
    "dao o retorno": "will give feedback",
    "dara o retorno": "will give feedback",
    "damos o retorno": "we will give feedback",
    "te damos o retorno": "we will give you feedback",
    "te da o retorno": "will give you feedback",
    "o retorno sera dado": "feedback will be given",
    "o retorno deve sair": "feedback should come",
    "a decisao sai": "the decision will come",
    "sera enviado": "will be sent",
    "sera divulgado": "will be announced",
    "me liga": "will call me",
    "entraremos em contacto": "we will get in touch",
    "um retorno": "feedback",
    # Spanish
    "te contesto": "i will get back to you",
    "le contesto": "i will get back to you",
    "te contestamos": "we will get back to you",
    "te contestaremos": "we will get back to you",
    "le contestaremos": "we will get back to you",
    "te respondo": "i will get back to you",
    "te contactaremos": "we will contact you",
    "le contactaremos": "we will contact you",
    "tendras noticias nuestras": "you will hear from us",
    "tendra noticias nuestras": "you will hear from us",
    "te escribiremos": "we will write to you",
    "nos comunicaremos contigo": "we will get in touch",
    "nos comunicaremos con usted": "we will get in touch",
    "te informaremos": "we will let you know",
    "le informaremos": "we will let you know",
    "te compartiremos": "we will share with you",
    "le compartiremos": "we will share with you",
    "le estaremos informando": "we will let you know",
    "te estaremos informando": "we will let you know",
    "te estaremos avisando": "we will let you know",
    "se publicaran": "will be published",
    "se publicara": "will be published",
    "te dice algo": "will let you know",
    "te dira algo": "will let you know",
    "me ha dicho": "told me",
    "te confirmo lo": "i will confirm",
    "te la damos": "we will give it to you",
    "se la damos": "we will give it to you",
    "te lo decimos": "we will let you know",
    "dijo que": "said that",
    "me dijo que": "told me that",
    "me dijeron que": "they told me that",
    "dijo": "said",
    # A note's "dijo: respuesta en 5 días hábiles", "7-10 días para respuesta" (not
    # "respuesta" alone: "mandé mi respuesta el lunes" is the writer's own).
    "respuesta en": "an answer in",
    "mi respuesta": "my answer",
    "para respuesta": "for an answer",
    "antes del cierre de": "before the end of",
    "primer semestre": "h1",
    "segundo semestre": "h2",
    # Danish, Norwegian and Swedish counts: "inden for 14 dage"
    "inden for": "within",
    "dage": "days",
    "dager": "days",
    "dagar": "days",
    "uger": "weeks",
    "uker": "weeks",
    "veckor": "weeks",
    "arbejdsdage": "business days",
    "arbeidsdager": "business days",
    "arbetsdagar": "business days",
    # Romanian: "Vă vom comunica decizia în termen de 10 zile lucrătoare"
    "in termen de": "within",
    "zile lucratoare": "business days",
    "zile": "days",
    "saptamani": "weeks",
    "va vom comunica": "we will let you know",
    "revenim": "we will get back",
    # Dutch: "uiterlijk vrijdag hoor je van ons", "je hoort binnen 5 werkdagen van ons"
    "hoor je van ons": "you will hear from us",
    "hoor je": "you will hear",
    "je hoort": "you will hear",
    "ze laten": "they will let you know",
    "we laten je": "we will let you know",
    "we laten": "we will let you know",
    "ik laat u": "i will let you know",
    "ik laat je": "i will let you know",
    "na koningsdag": "after king's day",
    "je krijgt": "you will get",
    "ons antwoord": "our answer",
    "werkdagen": "business days",
    "weken": "weeks",
    "na het": "after the",
    # Italian: "Entro 15 giorni lavorativi riceverà un nostro riscontro"
    "ricevera": "you will receive",
    "te respondemos": "we will get back to you",
    "te responderemos": "we will get back to you",
    "le responderemos": "we will get back to you",
    "les responderemos": "we will get back to you",
    "respondemos": "we will respond",
    "responderemos": "we will respond",
    "te decimos algo": "we will let you know",
    "os decimos algo": "we will let you know",
    "le decimos algo": "we will let you know",
    "les decimos algo": "we will let you know",
    "te diremos algo": "we will let you know",
    "te digo algo": "i will let you know",
    "te confirmaremos": "we will confirm",
    # (Not "te confirmo" alone: "te confirmo tu segunda entrevista el jueves" books a meeting.)
    "te confirmo en": "i will confirm in",
    "te confirmo dentro de": "i will confirm within",
    "te confirmamos en": "we will confirm in",
    "te confirmamos dentro de": "we will confirm within",
    "te confirmo a mas tardar el": "i will confirm by",
    "te confirmamos a mas tardar el": "we will confirm by",
    # ("Te confirmamos la semana que viene, a más tardar el jueves")
    **{
        f"{lead} {when}": f"{english} next week"
        for lead, english in (
            # (Not "le confirmo la semana que viene mi disponibilidad": the writer's own.)
            ("te confirmamos", "we will confirm"),
            ("le confirmamos", "we will confirm"),
        )
        for when in ("la semana que viene", "la proxima semana")
    },
    "te comunicaremos": "we will let you know",
    "le comunicaremos": "we will let you know",
    "les comunicaremos": "we will let you know",
    "te comunicamos": "we will let you know",
    "te llamaremos": "we will call you",
    "le llamaremos": "we will call you",
    "me llaman": "they will call me",
    "me llamarian": "they would call me",
    "me llamaran": "they will call me",
    "me avisarian": "they would let me know",
    "me avisaran": "they will let me know",
    "le aviso": "i will let you know",
    "tendrian la decision": "they would have the decision",
    "tendrian una decision": "they would have a decision",
    "tendran una decision": "they will have a decision",
    "tendrian algo": "they would have something",
    "tendremos una respuesta": "we will have an answer",
    "nos pondremos en contacto": "we will get in touch",
    "estaremos en contacto": "we will be in touch",
    "estaremos en comunicacion": "we will be in touch",
    "nos ponemos en contacto": "we will get in touch",
    "se pondran en contacto": "they will get in touch",
    # Portuguese
    "te retornamos": "we will get back to you",
    "retornaremos": "we will get back to you",
    "retornamos": "we will get back to you",
    "entraremos em contato": "we will get in touch",
    "entramos em contato": "we will get in touch",
    "vamos entrar em contato": "we will get in touch",
    "a gente te avisa": "we will let you know",
    "te retorno": "i will get back to you",
    "o resultado sai": "the result will come out",
    "dentro dos proximos dias": "in the coming days",
    "eu te falo": "i will let you know",
    "te falo": "i will let you know",
    "o mais tardar": "at the latest",
    "dar-lhe uma resposta": "give you an answer",
    "no inicio do mes que vem": "early next month",
    "inicio do mes que vem": "early next month",
    "depois do natal": "after christmas",
    "so depois do": "only after the",
    "te aviso": "i will let you know",
    "te ligamos": "we will call you",
    "vao me ligar": "they will call me",
    "me ligam": "they will call me",
    # French
    "vous aurez une reponse": "you will get an answer",
    "tu auras une reponse": "you will get an answer",
    "nous vous donnerons": "we will give you",
    # (An answer with its giver: not "une réponse" alone, which the candidate gives as often:
    # "je dois donner une réponse à l'autre entreprise".)
    "nous vous donnerons une reponse": "we will give you an answer",
    "on vous donne une reponse": "we will give you an answer",
    "on te donne une reponse": "we will give you an answer",
    "je vous donne ma reponse": "i will give you my answer",
    "je te donne ma reponse": "i will give you my answer",
    "ti daremo un riscontro": "we will give you feedback",
    "ti ricontatteremo": "we will contact you",
    "la ricontatteremo": "we will contact you",
    "ti aggiorneremo": "we will update you",
    "ti daremo una risposta": "we will give you an answer",
    "vi daremo una risposta": "we will give you an answer",
    "le daremo una risposta": "we will give you an answer",
    "le daremo un riscontro": "we will give you feedback",
    "on vous donne": "we will give you",
    "on te donne": "we will give you",
    "vous recontacterons": "will get back to you",
    "nous vous recontacterons": "we will get back to you",
    "on te tient au courant": "we will keep you posted",
    "nous vous tiendrons informe": "we will keep you posted",
    "reponse sous": "an answer within",
    "reponse d'ici": "an answer by",
    "nous vous repondrons": "we will get back to you",
    "je te reviens": "i will get back to you",
    "je vous reviens": "i will get back to you",
    "je vous rappelle": "i will call you back",
    "je vous rappelle que": "i remind you that",
    "je te rappelle que": "i remind you that",
    "me rappellent": "will call me back",
    "me rappelle": "will call me back",
    "je te rappelle": "i will call you back",
    "je te donne": "i will give you",
    "je vous donne": "i will give you",
    "debut du mois prochain": "early next month",
    "en fin de semaine prochaine": "at the end of next week",
    "a compter de l'entretien": "of the interview",
    "suite a votre entretien du": "after your interview on",
    "a ecrit": "wrote",
    "la toussaint": "all saints' day",
    "toussaint": "all saints' day",
    "nous reviendrons vers toi": "we will get back to you",
    # Italian
    "ti daremo": "we will give you",
    "le daremo": "we will give you",
    "vi daremo": "we will give you",
    "ti faro sapere": "i will let you know",
    "ti contatteremo": "we will contact you",
    "la contatteremo": "we will contact you",
    "ci sentiamo": "we will talk",
    # German
    "melden wir uns": "we will get back to you",
    "melde mich": "will get in touch",
    "melde ich mich": "i will get in touch",
    "geben ihnen bescheid": "will let you know",
    "geben dir bescheid": "will let you know",
    "gebe ihnen bescheid": "will let you know",
    "gebe dir bescheid": "will let you know",
    "horen von uns": "will hear from us",
    "wir kontaktieren sie": "we will contact you",
    "sie erhalten": "you will get",
    "werden wir uns": "we will get back to you",
    "werden uns": "will get in touch",
    "erst": "only",
    "bescheid kriegste": "you will hear",
    "kriegst du bescheid": "you will hear",
    "bescheid": "word",
    "sie bekommen": "you will hear",
    "bekommen sie": "you will hear",
    "du bekommst": "you will hear",
    "sie horen": "you will hear",
    "horen sie": "you will hear",
    "melden uns": "will get back to you",
    "hiess es": "they said",
    "hies es": "they said",
    "sie sagten": "they said",
    "vor einer woche": "a week ago",
    "er sagte": "he said",
    "sie sagte": "she said",
    "hatte ich": "i had",
    "nous vous ferons un retour": "we will get back to you",
    "je vous ferai un retour": "i will get back to you",
    "on vous fait un retour": "we will get back to you",
    "on te fait un retour": "we will get back to you",
    "vous aurez notre reponse": "you will get our answer",
    "d'ici quelques jours": "within a few days",
    # Polish
    "dam znac": "i will let you know",
    "damy znac": "we will let you know",
    "odezwe sie": "i will get back to you",
    "odezwa sie": "they will get back to me",
    "odezwie sie": "will get back to me",
    "zadzwonia": "they will call",
    "zadzwonimy": "we will call",
    "oddzwonia": "they will call back",
    "poinformujemy": "we will let you know",
    "przekazemy": "we will let you know",
    "skontaktujemy sie": "we will contact you",
    "otrzyma pan odpowiedz": "you will get an answer",
    "otrzyma pani odpowiedz": "you will get an answer",
    "kami akan menghubungi anda": "we will contact you",
    "akan menghubungi": "will contact",
    **_weekday_phrases("{english}", ("senin selasa rabu kamis jumat", ("hari {day}",))),
    "albo w": "or on",
    "albo": "or",
    # Indonesian
    "kami kabari": "we will let you know",
    "akan kami kabari": "we will let you know",
    "akan dikabari": "will be told",
    "dikabari": "will be told",
    "akan diumumkan": "will be announced",
    "pengumuman hasil": "the results",
}

# More of the promise's own words, and the time frames around them, as recruiters, shop
# owners and HR letters write them (stop 54's blind corpora).
_MORE_PROMISES = {
    # Spanish
    "se comunicara con usted": "will contact you",
    "se comunicara contigo": "will contact you",
    "se comunicaran con usted": "will contact you",
    "se comunicaran contigo": "will contact you",
    "te timbro": "i will call you",
    "estimamos tener": "we expect to have",
    "esperamos tener": "we expect to have",
    "una definicion": "a decision",
    "hacia fines de": "towards the end of",
    "hacia finales de": "towards the end of",
    "concluira": "will conclude",
    "publicara": "will publish",
    "la relacion definitiva": "the final list",
    "la lista definitiva": "the final list",
    # ("en un plazo máximo de diez días hábiles a contar desde el día siguiente a la presente
    # comunicación": business days count from the day after anyway)
    "a contar desde el dia siguiente a": "from the day after",
    "a contar desde el dia siguiente": "from the day after",
    "publicaremos": "we will publish",
    "publicacion de resultados": "publication of results",
    "resultados definitivos": "final results",
    # ("te doy respuesta a fines de esa semana", after "vuelve el lunes 2")
    "esa semana": "that week",
    "vuelve el": "is back on",
    "regresa el": "is back on",
    "cuando vuelva": "when he is back",
    "cuando regrese": "when he is back",
    # ("te damos la respuesta el lunes o martes de la otra semana": the day with its article)
    **_weekday_phrases("on {english}", ("lunes martes miercoles jueves viernes", ("el {day}",))),
    "de la otra semana": "of next week",
    # ("te digo algo antes de cerrar por vacaciones, que cerramos del 3 al 24 de agosto")
    "antes de cerrar": "before we close",
    "por vacaciones": "for the holidays",
    **{f"del {n} al": f"from {n} to" for n in range(1, 32)},
    # ("te confirmo el martes o a más tardar el miércoles": two days, not "te confirmo el
    # martes a las 10:00 para tu entrevista", a meeting booked)
    **_weekday_phrases(
        "i will confirm on {english} or",
        (
            "lunes martes miercoles jueves viernes",
            ("te confirmo el {day} o", "le confirmo el {day} o"),
        ),
    ),
    # ("la respuesta te la damos el lunes": not "la respuesta" alone, "ya les mandé la
    # respuesta el viernes" is the writer's own)
    "la respuesta te la damos": "we will give you the answer",
    "la respuesta se la damos": "we will give you the answer",
    # A shop's or office's closure: "el viernes 11 y el sábado cerramos por inventario" (not
    # "cerramos el proceso a finales de mes": the process closed, the answer).
    "cerramos por": "we are closed for",
    "cerramos del": "we are closed from",
    "estamos cerrados": "we are closed",
    # Portuguese
    "vao fechar o processo": "will close the process",
    "fechar o processo": "close the process",
    "batem o martelo": "will make the decision",
    "bater o martelo": "make the decision",
    "eles garantiram que": "they assured that",
    "a decisao comunicada": "the decision will be communicated",
    "fase final": "final stage",
    "dou-lhe uma resposta": "i will give you an answer",
    "dou lhe uma resposta": "i will give you an answer",
    "pascoa": "easter",
    "sera comunicado": "will be communicated",
    "sera comunicada": "will be communicated",
    "dias corridos": "days",
    "na primeira quinzena de": "in the first half of",
    "primeira quinzena de": "the first half of",
    "na segunda quinzena de": "in the second half of",
    "segunda quinzena de": "the second half of",
    "disse": "said",
    "digo-te qualquer coisa": "i will let you know",
    "digo-te alguma coisa": "i will let you know",
    "digo-te": "i will tell you",
    # (News of the promise kept: "a RH disse que ligava até quarta e ligou hoje!!")
    "e ligou hoje": "and called today",
    "ligou hoje": "called today",
    "ja ligou": "already called",
    # French
    "je vous fais un retour": "i will get back to you",
    "je te fais un retour": "i will get back to you",
    "recevront une reponse": "will receive an answer",
    "recevrez une reponse": "will receive an answer",
    "apres les fetes": "after the holidays",
    "nous vous communiquerons": "we will let you know",
    "je te dis ca": "i will let you know",
    "je te dis": "i will let you know",
    "je vous dis": "i will let you know",
    # ("sous 48h ouvrées": two business days)
    **{
        f"sous {hours}{space}{unit} {kind}": f"within {days} business days"
        for hours, days in (("24", "1"), ("48", "2"), ("72", "3"), ("96", "4"))
        for space in ("", " ")
        for unit in ("h", "heures")
        for kind in ("ouvrees", "ouvrables")
    },
    # ("notre décision pour le 15/06 au plus tard"; not "pour le" alone: "rendez-vous
    # pour le 15 mars" is a meeting)
    "decision pour le": "decision by the",
    "reponse pour le": "answer by the",
    # German ("Wir werden Ihnen bis Mitte Juni Bescheid geben", "Ich sag dir dann bis Mittwoch
    # Bescheid": the verb at the end, read where the promise starts)
    "wir werden ihnen": "we will let you know",
    "wir werden dir": "we will let you know",
    "ich sag dir": "i will let you know",
    "ich sage dir": "i will let you know",
    "ich sag ihnen": "i will let you know",
    "ich sage ihnen": "i will let you know",
    # Italian
    "entro la fine di": "by the end of",
    "avverra": "will come",
    "chiudono la selezione": "they will close the selection",
    "a meta del mese prossimo": "mid next month",
    "a meta mese prossimo": "mid next month",
    "meta del mese prossimo": "mid next month",
    "ti chiamo": "i will call you",
    "la chiamo": "i will call you",
    "mi fanno sapere": "they will let me know",
    "ti faccio sapere": "i will let you know",
    "le faccio sapere": "i will let you know",
    "mi ha detto testuale": "told me word for word",
    "le diamo una risposta": "we will give you an answer",
    "ti diamo una risposta": "we will give you an answer",
    # (News: "e infatti mi hanno chiamata ieri pomeriggio!")
    "mi hanno chiamata": "they called me",
    "mi hanno chiamato": "they called me",
    "ieri pomeriggio": "yesterday afternoon",
    "ieri mattina": "yesterday morning",
    "ieri sera": "yesterday evening",
    "ieri": "yesterday",
    "oggi": "today",
    # Polish ("odpowiedź ... prześlemy do końca tygodnia", "decyzja po majówce", "odezwiemy
    # się po Wielkanocy")
    "przeslemy": "we will send you an answer",
    # ("Odpowiedź dostaniesz do końca przyszłego tygodnia")
    "odpowiedz dostaniesz": "you will get an answer",
    "dostaniesz odpowiedz": "you will get an answer",
    "po majowce": "after majowka",
    "po wielkanocy": "after easter",
    "po swietach": "after the holidays",
    # ("klient wraca z urlopu dopiero po majówce, wtedy dam ci znać")
    "wraca z urlopu": "is back from leave",
    "dopiero po": "only after",
    "wtedy dam ci znac": "then i will let you know",
    "dam ci znac": "i will let you know",
    "dam pani znac": "i will let you know",
    "dam panu znac": "i will let you know",
    "decyzja": "decision",
    # Dutch ("laten we je pas na Sinterklaas weten", "binnen 10 werkdagen hoort u van ons",
    # "we beslissen maandag of dinsdag en dan app ik je")
    "laten we je": "we will let you know",
    "laten we u": "we will let you know",
    "pas na": "only after",
    "na sinterklaas": "after sinterklaas",
    "hoort u van ons": "you will hear from us",
    "hoort u": "you will hear",
    "over een week of twee": "in a week or 2",
    "over een week": "in a week",
    "we beslissen": "we will decide",
    "app ik je": "i will message you",
    # ("we laten je na het Pinksterweekend weten")
    "na het pinksterweekend": "after the whitsun weekend",
    "pinksterweekend": "whitsun weekend",
    # (A note of when it was said: "Ik had op donderdag 8 januari een tweede gesprek")
    "ik had": "i had",
    "gesprek": "interview",
    "zei": "said",
    # Indonesian ("Nanti habis Lebaran ya saya kabari lagi")
    "habis lebaran": "after eid al-fitr",
    "saya kabari": "i will let you know",
    # Tagalog, the promise's own words only ("balitaan ka namin in a few weeks", "bago
    # matapos ang buwan, sasabihan kita"; not "sabi ni", which tells of anything)
    "balitaan ka namin": "we will let you know",
    "babalitaan ka namin": "we will let you know",
    "balitaan kita": "i will let you know",
    "sasabihan kita": "i will tell you",
    "bago matapos ang buwan": "before the end of the month",
    "pagkatapos ng": "after",
    "pagkatapos na po ng": "after",
    "makakapagbigay ng resulta": "will give the result",
    # Hindi, romanised ("hr team after diwali hi final karegi")
    "final karegi": "will decide",
    "final karenge": "will decide",
    # Tagalog, more ("babalikan po namin kayo after holy week")
    "babalikan po namin kayo": "we will get back to you",
    "babalikan namin kayo": "we will get back to you",
    "babalikan ka namin": "we will get back to you",
    # Hindi, more ("unhone bola 2-3 working days mein update milega")
    "unhone bola": "they said",
    "usne bola": "she said",
    # Japanese, romanised ("golden week ake ni go-renraku itashimasu", "kekka wa getsumatsu
    # made ni renraku shimasu")
    "getsumatsu made ni": "by the end of the month",
    "renraku shimasu": "we will contact you",
    "renraku itashimasu": "we will contact you",
    "golden week ake": "after golden week",
    "go-renraku itashimasu": "we will contact you",
    "go-renraku shimasu": "we will contact you",
    "go renraku itashimasu": "we will contact you",
    # Arabic, romanised, and Darija ("ba3d el 3eid we will come back to you", "ghadi n3tiwk
    # jawab nihaii f akhir la week jaya")
    "ba3d el 3eid": "after eid",
    "ba3d el eid": "after eid",
    "ghadi n3tiwk jawab": "we will give you an answer",
    "akhir la week jaya": "the end of next week",
    "akhir la semaine jaya": "the end of next week",
    "la week jaya": "next week",
    "la semaine jaya": "next week",
}

FOREIGN: dict[str, str] = {
    **_WEEKDAYS,
    **_BY_A_POLISH_WEEKDAY,
    **_PHRASES,
    **_IN_A_COUNT,
    **_THE_DAY,
    **_COUNTED,
    **_TO_A_COUNT,
    **_INTRODUCED_COUNTS,
    **_DURATIONS,
    **_DEADLINES,
    **_DAY_NUMBERS,
    **_PORTUGUESE_DAY_NUMBERS,
    **_MORE_PROMISES,
    **_ON_A_DAY_OF,
    **_OF_A_MONTH,
    **_PARTS_OF_A_SPANISH_MONTH,
    **_MONTH_PARTS,
    **_LAST_WEEKDAY,
    **_TWO_WEEKDAYS,
    **_PAST,
    **_NEWS,
    **_NOT_AN_ANSWER,
    **_FORMAL_AND_SPOKEN,
    **_GIVEN,
    **_PROMISES,
}
