"""Words the reader understands, with the misspellings and abbreviations people really type.

Every form maps to one canonical word, so the grammar only ever sees "friday", "december",
"week", "business", digits for numbers and "3rd" for ordinals.
"""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

WEEKDAY_INDEX = {name: index for index, name in enumerate(WEEKDAYS)}
MONTH_INDEX = {name: index + 1 for index, name in enumerate(MONTHS)}

_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }".replace(" ", "")


NUMBER_WORDS: dict[str, str] = {word: str(value) for value, word in enumerate(_CARDINALS)}
NUMBER_WORDS.update({word: str(value) for word, value in _TENS.items()})
NUMBER_WORDS.update({word: ordinal_suffix(value) for value, word in enumerate(_ORDINALS) if value})
NUMBER_WORDS["thirtieth"] = "30th"
TENS = _TENS
UNITS = {word: value for value, word in enumerate(_CARDINALS[1:10], start=1)}
UNIT_ORDINALS = {word: value for value, word in enumerate(_ORDINALS[1:10], start=1)}

# Exact replacements: abbreviations, chat spellings and the misspellings too short or too
# irregular for the one-edit fuzzy match below.
REPLACEMENTS: dict[str, str] = {
    # weekdays ("sat" and "sun" are ordinary words too; see AMBIGUOUS_WEEKDAYS)
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "thr": "thursday",
    "thurdsay": "thursday",
    "fri": "friday",
    "frid": "friday",
    "wensday": "wednesday",
    "wendsday": "wednesday",
    "wednsday": "wednesday",
    "wedensday": "wednesday",
    "wednesdy": "wednesday",
    "thrusday": "thursday",
    "thursdy": "thursday",
    "tuseday": "tuesday",
    "teusday": "tuesday",
    "tuesdy": "tuesday",
    "firday": "friday",
    "fridya": "friday",
    "frday": "friday",
    "fridy": "friday",
    "monady": "monday",
    "mondy": "monday",
    "satruday": "saturday",
    "sundya": "sunday",
    # months ("mar" and "may" are handled by the grammar's context)
    "jan": "january",
    "mar": "march",
    "feb": "february",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    # Month names left in the writer's language ("après le 14 juillet", "bis 3. Juli"); not
    # those that are common words or names ("Julio", "mayo", "mars", "mai"). "Avril", "Juli"
    # and "Juni" are names too, but a month name only counts next to a day number.
    "janvier": "january",
    "fevrier": "february",
    "avril": "april",
    "juin": "june",
    "juillet": "july",
    "aout": "august",
    "septembre": "september",
    "octobre": "october",
    "novembre": "november",
    "decembre": "december",
    "januar": "january",
    "janner": "january",
    "februar": "february",
    "maerz": "march",
    "juni": "june",
    "juli": "july",
    "oktober": "october",
    "dezember": "december",
    "enero": "january",
    "febrero": "february",
    "marzo": "march",
    "junio": "june",
    "septiembre": "september",
    "octubre": "october",
    "noviembre": "november",
    "diciembre": "december",
    "gennaio": "january",
    "febbraio": "february",
    "maggio": "may",
    "giugno": "june",
    "luglio": "july",
    "settembre": "september",
    "ottobre": "october",
    "dicembre": "december",
    # ... and more, as they are written next to a day number ("15 de abril", "do 15 marca",
    # "tot 3 maart"); not those that are English words or common names ("mayo", "julio",
    # "marco", "mai").
    "abril": "april",
    "agosto": "august",
    "setiembre": "september",
    "aprile": "april",
    "janeiro": "january",
    "fevereiro": "february",
    "junho": "june",
    "julho": "july",
    "setembro": "september",
    "outubro": "october",
    "novembro": "november",
    "dezembro": "december",
    "maio": "may",
    "marz": "march",
    "januari": "january",
    "februari": "february",
    "maart": "march",
    "maret": "march",
    "augustus": "august",
    "agustus": "august",
    "desember": "december",
    "stycznia": "january",
    "lutego": "february",
    "marca": "march",
    "kwietnia": "april",
    "czerwca": "june",
    "lipca": "july",
    "sierpnia": "august",
    "wrzesnia": "september",
    "pazdziernika": "october",
    "listopada": "november",
    "grudnia": "december",
    "pebrero": "february",
    "marso": "march",
    "hunyo": "june",
    "hulyo": "july",
    "setyembre": "september",
    "oktubre": "october",
    "nobyembre": "november",
    "disyembre": "december",
    "febuary": "february",
    "feburary": "february",
    "janurary": "january",
    "janaury": "january",
    "agust": "august",
    "setpember": "september",
    "decmber": "december",
    "decemeber": "december",
    "novmber": "november",
    "novemeber": "november",
    "ocotber": "october",
    "septmber": "september",
    # units
    "wk": "week",
    "wks": "weeks",
    "wek": "week",
    "weks": "weeks",
    "weeek": "week",
    "weeeks": "weeks",
    "wkend": "weekend",
    "wknd": "weekend",
    "hr": "hour",
    "hrs": "hours",
    "hour's": "hours",
    "day's": "days",
    "dys": "days",
    "dayz": "days",
    "mth": "month",
    "mths": "months",
    "mnth": "month",
    "mnths": "months",
    "mos": "months",
    "yr": "year",
    "yrs": "years",
    # ... left in the writer's own language in a mixed paste ("we will answer you in 14
    # Tagen"), as the month names above are. (Not "semana": "Semana Santa" is a holiday.)
    "tage": "days",
    "tagen": "days",
    "wochen": "weeks",
    "werktage": "working days",
    "werktagen": "working days",
    "arbeitstage": "working days",
    "arbeitstagen": "working days",
    "dias": "days",
    "semanas": "weeks",
    "jours": "days",
    "semaines": "weeks",
    "giorni": "days",
    "settimane": "weeks",
    "fortnite": "fortnight",
    "fortnights": "fortnights",
    "fortnigth": "fortnight",
    "biz": "business",
    "bussiness": "business",
    "buisness": "business",
    "busines": "business",
    "buissness": "business",
    "bizness": "business",
    "wrking": "working",
    "wkg": "working",
    "wrkg": "working",
    "workng": "working",
    "bday": "business day",
    "bdays": "business days",
    "bd": "business day",
    "bds": "business days",
    # times of day and shorthand
    "eod": "end of day",
    "cob": "close of business",
    "eob": "end of business",
    "eow": "end of week",
    "eom": "end of month",
    "eoq": "end of quarter",
    "eoy": "end of year",
    "eofy": "end of financial year",
    "nlt": "no later than",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "2morow": "tomorrow",
    "2mrw": "tomorrow",
    "2morrow": "tomorrow",
    "thru": "through",
    "til": "until",
    "till": "until",
    "untill": "until",
    "nxt": "next",
    "b4": "before",
    "bfore": "before",
    "xmas": "christmas",
    "chrissy": "christmas",
    "crimbo": "christmas",
    "chrismas": "christmas",
    "christmass": "christmas",
    "thanksgivng": "thanksgiving",
    "thankgiving": "thanksgiving",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "approx": "about",
    "aprox": "about",
    "approximately": "about",
    "roughly": "about",
    "around": "about",
    "abt": "about",
    "arnd": "about",
    "w/in": "within",
    "decison": "decision",
    "descision": "decision",
    "decsion": "decision",
}

# Ordinary English words that are also weekday abbreviations: read as weekdays only after a
# word that introduces a day ("by sat", "on sun").
# ("tu" is "your" in Spanish, French and Portuguese: "gracias por tu tiempo" is no Tuesday.)
AMBIGUOUS_WEEKDAYS = {"sat": "saturday", "sun": "sunday", "tu": "tuesday"}
WEEKDAY_INTRODUCERS = frozenset(
    "by on this next until before coming or and from to latest business close day".split()
)

# Targets of the one-edit fuzzy match: long words only, where one slip cannot make another
# common word.
FUZZY_TARGETS = (
    *WEEKDAYS,
    "january",
    "february",
    "august",
    "september",
    "october",
    "november",
    "december",
    "business",
    "working",
    "fortnight",
    "tomorrow",
    "weekend",
    "thanksgiving",
    "christmas",
    "quarter",
    "decision",
    "following",
)
FUZZY_BLOCKLIST = frozenset(
    "sundry sundae busyness wording worming quartet quartz mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays weekends decisions".split()
)
