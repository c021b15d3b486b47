"""Regular-expression pieces shared by the grammar, written over normalised text.

Normalised text is lowercase, uses canonical words (see vocabulary.py), digits for numbers,
"3rd" for ordinals and single spaces, so the pieces stay short.
"""

from __future__ import annotations

from followup.core.timeline.vocabulary import MONTHS, WEEKDAYS

WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
MONTH = "(?:" + "|".join(MONTHS) + ")"
# Nouns an ordinal picks out ("the 2nd round", "the second tech job"): which one, not which day.
WHICH_ONE = (
    "job|jobs|role|position|post|opening|vacancy|shift|interview|round|candidate|applicant|person"
    "|one|option|choice|place|spot|slot|stage|step|part|time|panel"
)
# When a call or a message is said to come: 'we'll call Wed or Thu', "she'll email me Monday".
AT_A_TIME = (
    r"(?= (?:by|on|before|after|within|in|tomorrow|monday|tuesday|wednesday|thursday|friday"
    r"|mon|tue|wed|thu|fri|next|this|early|end|eod)\b)"
)


def weekday(name: str = "wd") -> str:
    # "Black Friday", "Good Friday", "Cyber Monday" are events, not the coming weekday.
    # "Monday's interview" is an event gone by, not the coming Monday.
    return (
        f"(?<!black )(?<!good )(?<!cyber )(?<!casual )(?P<{name}>{WEEKDAY})"
        r"(?!'s (?:interview|meeting|call|chat|session|panel|conversation|screen|visit|onsite)\b)"
    )


def month(name: str = "mon") -> str:
    return f"(?P<{name}>{MONTH})"


def day_number(name: str = "d") -> str:
    """1-31 with an optional ordinal suffix, not followed by more digits or a time."""
    return rf"(?P<{name}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|:\d| ?(?:am|pm)\b)"


def ordinal_day(name: str = "d") -> str:
    """1st-31st: the suffix is required, so a bare number is never read as a day."""
    return rf"(?P<{name}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)(?![0-9a-z])"


YEAR = r"(?P<y>20\d\d)"
# The end of a working day, as a deadline's own words ("close of business Friday"; the
# normaliser has written "COB" and "EOD" out).
# ("within the day": today, as Philippine and Indian English say it)
END_OF_DAY = (
    r"(?:end of (?:the )?day|close of business|close of play|end of play|end of business"
    r"|within the day)"
)
NUMBER = r"(?:\d{1,3}(?:\.5)?|an?|a couple of|a couple|couple of|couple|a few|few|several)"
UNIT = (
    r"(?P<unit>business days?|working days?|work days?|business weeks?|working weeks?|"
    r"(?:calendar )?(?:days?|weeks?|months?)|hours?|hrs?|h(?![a-z])|fortnights?)"
)

NUMBER_VALUES = {
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "couple": 2,
    "a few": 3,
    "few": 3,
    "several": 4,
}


# After someone's return, said after a count: "a couple of days after I'm back", "within a week
# of my return" (counted from the day back, reader.py).
AFTER_THE_RETURN = (
    r" (?:after|from|of) (?:i am|i'm|he is|he's|she is|she's|they are|they're|we are|we're)"
    r" back\b| (?:after|from|of) (?:my|his|her|their|our) return\b"
)


def number_value(word: str | None) -> float | None:
    if word is None:
        return None
    if word in NUMBER_VALUES:
        return NUMBER_VALUES[word]
    try:
        return float(word)
    except ValueError:
        return None


# Words after which a bare numeric date ("12/5") is a date, not a fraction or a score.
NUMERIC_DATE_INTRODUCERS = frozenset(
    "by on before until through after from of for to and or due latest around about decision "
    "feedback answer update outcome results result date deadline than is : - ( , "
    "returning return back resuming till til "
    # An event and its day: "(goes live 3/20)", "onsite 2/24", "the panel meets 4/2".
    "live launch launches ships onsite panel interview meets opens closes wraps "
    # ... and a candidate's past event: "I interviewed 9/8, they said 2-3 weeks".
    "interviewed applied met spoke "
    # ... and an event booked or done on it: "Final round booked 12/5", "3rd round done 10/5".
    # (Not "round 2/3": the second of three.)
    "booked scheduled rescheduled confirmed held done "
    # In French, Spanish and Portuguese pasted among English: "le 18/12", "el 18/12", "dia 18/12".
    "le el dia".split()
)
# "was" introduces a short date only after the event it dates: "Onsite was 11/12 at a
# logistics co" (not "(yours was 6/27)", an aside, nor "the score was 4/5").
PAST_EVENT_DATE_INTRODUCERS = frozenset(
    "onsite on-site interview round panel screen call meeting final trial assessment".split()
)

HOLIDAY_PATTERNS: dict[str, str] = {
    "thanksgiving": r"thanksgiving(?: day| break| weekend| holidays?)?",
    "christmas": r"(?:the )?christmas(?: day| break| holidays?| period| shutdown| closure| week)?",
    "boxing_day": r"boxing day",
    "new_year": r"(?:the )?new year(?:'s|s)?(?: day| break| holidays?| period)?",
    "holidays": (
        r"the (?:holidays|holiday season|holiday period|holiday break|festive (?:season|period|"
        r"break)|winter (?:break|holidays)|end of year break|(?:consecutive|long|upcoming|public"
        r"|national|bank) holidays|holiday(?=[.,;!?(]| (?:\(|is|are|was|and|so)|$))"
    ),
    "easter": r"(?:the )?easter(?: monday| sunday| break| long weekend| weekend| holidays?)?",
    "good_friday": r"good friday",
    # New Zealand's "Labour Weekend" ends on Labour Day.
    "labor_day": r"labou?r day(?: weekend)?|labou?r weekend",
    "memorial_day": r"memorial day(?: weekend)?",
    "independence_day": (
        r"independence day|(?:the )?july 4th|(?:the )?4th of july|july 4(?![0-9])"
        r"|the (?:fourth|4th)(?= weekend| holiday|,|\.|!| probably| so\b| with\b| and\b)"
    ),
    "mlk_day": r"mlk(?: day)?|martin luther king(?: jr\.?)?(?: day)?",
    "presidents_day": r"presidents'?(?: day)|president's day|washington's birthday",
    "juneteenth": r"juneteenth",
    "columbus_day": r"columbus day",
    "veterans_day": r"veterans'? day",
    "canada_day": r"canada day",
    "victoria_day": r"victoria day",
    "family_day": r"family day",
    "remembrance_day": r"remembrance day|armistice(?: day)?",
    "australia_day": r"australia day(?: long weekend| weekend)?",
    "anzac_day": r"anzac day",
    "kings_birthday": r"(?:the )?(?:king|queen)'?s birthday(?: long weekend| weekend)?",
    "diwali": r"diwali|deepavali|dipawali|divali",
    "holi": r"holi",
    # "Sallah" is what Nigerians call either Eid: the next one is meant.
    "eid": r"eid(?: al[- ]fitr| ul[- ]fitr)?|sallah(?: holidays?| break)?",
    "pongal": r"pongal|sankranti",
    "dussehra": r"dussehra|dasara|navratri",
    "republic_day": r"republic day",
    "onam": r"onam",
    "ganesh": r"ganesh chaturthi",
    "golden_week": r"(?:the )?(?:golden week|gw)(?: holidays?| break)?",
    "obon": r"(?:the )?o-?bon(?: holidays?| break| week)?",
    "lunar_new_year": (
        r"(?:the )?(?:lunar|chinese|korean) new year(?: holidays?| break| period)?|(?:the )?cny"
        r"(?: holidays?| break)?|(?:the )?spring festival|seollal(?: holidays?| break)?|"
        # (Alone too, after "after" or "before": the grammar reads it only there.)
        r"t[eế]t(?: holidays?| break)?"
    ),
    "midsummer": r"(?:the )?mid-?s(?:ummer|ommar)(?: day| eve| weekend| holidays?)?",
    "chuseok": r"(?:the )?chuseok(?: holidays?| break| long weekend| weekend)?",
    "silver_week": r"(?:the )?silver week(?: holidays?| break)?",
    "matariki": r"matariki(?: weekend| long weekend)?",
    "waitangi_day": r"waitangi(?: day)?(?: long weekend| weekend)?",
    "kings_day": r"king'?s ?day|koningsdag",
    # (German "Pfingsten"/"Pfingstmontag", Dutch "Pinksteren", French "Pentecôte".)
    "whit_monday": (
        r"whit ?monday|pentecost(?: monday)?|whitsun(?:tide)?(?: holidays?| weekend)?"
        r"|pfingst(?:en|montag|ferien)|pinksteren|pentec[oô]te"
    ),
    # Italy's mid-August holiday, and the Assumption elsewhere (Austria, Belgium, France...).
    "assumption": (
        r"ferragosto|(?:the )?feast of the assumption|assumption day|the assumption(?! of)"
    ),
    # ("after Paddy's weekend": the long weekend it falls in, read as the day itself)
    "st_patricks_day": (
        r"(?:st\.? |saint )?patrick'?s day(?: weekend| long weekend)?"
        r"|paddy'?s (?:day(?: weekend| long weekend)?|weekend|long weekend)"
    ),
    "hari_raya_haji": r"hari raya haji",
    "hari_raya_puasa": r"hari raya(?: puasa| aidilfitri)?",
    "undas": r"(?:the )?undas(?: long weekend| break| holidays?)?|all saints'? day",
    "national_day": r"(?:the )?national day(?: holidays?| break| golden week| week)?",
    "halloween": r"halloween",
    "holy_week": r"(?:the )?holy week(?: break| holidays?)?|semana santa",
    "carnival": r"carn[ai]val(?: holidays?| break)?",
    # Spain's "Reyes" (6 January), Poland's "majówka" (the May long weekend, to 3 May).
    # (Bare "Reyes" only as a holiday's name ends a phrase: "after Reyes approves it" is a
    # person.)
    "epiphany": (
        r"(?:el )?d[ií]a de (?:los )?reyes(?: magos)?|(?:los )?reyes magos|(?:the )?(?:3|three)"
        r" kings'? day|(?:the )?epiphany|reyes(?=[.,;:!?)]|$| (?:holidays?|break|day)\b)"
    ),
    "majowka": r"(?:the )?maj[oó]wk[aięe]",
    # ("laten we je pas na Sinterklaas weten": 5 December, a family feast, not a day off)
    "sinterklaas": r"(?:the )?sinterklaas(?:avond)?|pakjesavond",
    # A long weekend bridged to a holiday: Mexico's "puente", Italy's "ponte" (not "the Ponte
    # Vecchio").
    "puente": (
        r"(?:the |el )?puente(?: patrio| festivo| largo)?|(?:the |il )?ponte(?![a-z])(?! [a-z])"
    ),
    "named_bank_holiday": (
        r"the (?:early )?(?P<bh_month>may|june|august|october|spring|summer|easter) "
        r"(?:bank holiday|long weekend)(?: weekend| monday)?"
    ),
    "bank_holiday": (
        # ("after the holiday weekend", as Americans and Canadians say the long one)
        r"the (?:next )?(?:bank holiday|long weekend|public holiday|holiday weekend)"
        r"(?: weekend| monday)?"
    ),
}
