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

from followup.core.timeline.vocabulary import ordinal_suffix

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
    "antes del": "before the",
    "antes de": "before",
    "despues del": "after the",
    "despues de": "after",
    "pasado manana": "the day after tomorrow",
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

FOREIGN: dict[str, str] = {
    **_WEEKDAYS,
    **_BY_A_POLISH_WEEKDAY,
    **_PHRASES,
    **_IN_A_COUNT,
    **_THE_DAY,
}
