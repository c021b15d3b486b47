"""Find a named holiday ("Thanksgiving", "Diwali", "the bank holiday") for the speaker's country.

Names are looked up in the `holidays` package: first the country's national list, then the
regional list most people there keep (Ontario for Canada, where Thanksgiving is provincial;
England for the United Kingdom; New South Wales for Australia) and India's optional list, then
the country the holiday belongs to (Thanksgiving anywhere but Canada is the American one).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache, lru_cache

import holidays
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

_REGIONAL = {
    "CA": {"subdiv": "ON"},
    "GB": {"subdiv": "ENG"},
    "AU": {"subdiv": "NSW"},
    "IN": {"categories": ("public", "optional")},
    "US": {},
}

# key -> (lowercase substrings of the package's names, countries to fall back on, fixed date)
HOLIDAYS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[int, int] | None]] = {
    "thanksgiving": (("thanksgiving",), ("US",), None),
    "christmas": (("christmas day", "christmas"), (), (12, 25)),
    "boxing_day": (("boxing day",), (), (12, 26)),
    "new_year": (("new year's day",), (), (1, 1)),
    "labor_day": (("labor day", "labour day"), ("US",), None),
    "memorial_day": (("memorial day",), ("US",), None),
    # (The `holidays` package calls Nigeria's Independence Day "National Day".)
    "independence_day": (("independence day", "national day"), ("US",), None),
    "mlk_day": (("martin luther king",), ("US",), None),
    "presidents_day": (("washington's birthday", "presidents"), ("US",), None),
    "juneteenth": (("juneteenth",), ("US",), None),
    "columbus_day": (("columbus",), ("US",), None),
    "veterans_day": (("veterans",), ("US",), None),
    "canada_day": (("canada day",), ("CA",), None),
    "victoria_day": (("victoria day",), ("CA",), None),
    "family_day": (("family day",), ("CA",), None),
    "remembrance_day": (("remembrance", "armistice"), ("CA",), None),
    "australia_day": (("australia day",), ("AU",), None),
    "anzac_day": (("anzac",), ("AU",), None),
    "kings_birthday": (("king's birthday", "queen's birthday"), ("AU",), None),
    "diwali": (("diwali", "deepavali"), ("IN",), None),
    "holi": (("holi",), ("IN",), None),
    "eid": (("eid al-fitr", "eid"), ("IN",), None),
    "pongal": (("pongal", "makar sankranti"), ("IN",), None),
    "dussehra": (("dussehra",), ("IN",), None),
    "republic_day": (("republic day",), ("IN",), None),
    "onam": (("onam",), ("IN",), None),
    "ganesh": (("ganesh",), ("IN",), None),
    "good_friday": (("good friday",), ("GB",), None),
    # Multi-day holidays: any day of the run will do, because the business day after it skips
    # the rest of the run (the days off are all in the country's list).
    "golden_week": (("constitution day",), ("JP",), None),
    # China's golden weeks: National Day's in October, Labour Day's in May.
    "golden_week_cn": (("national day", "labor day"), ("CN",), None),
    "obon": ((), (), (8, 16)),  # not a public holiday: its usual last day
    "lunar_new_year": (("chinese new year", "lunar new year", "korean new year"), ("SG",), None),
    "chuseok": (("chuseok",), ("KR",), None),
    "midsummer": (("midsummer day", "midsummer"), ("SE",), None),
    # Japan's September run: Respect for the Aged Day to the Autumnal Equinox in some years.
    "silver_week": (("respect for the aged day",), ("JP",), None),
    "matariki": (("matariki",), ("NZ",), None),
    "waitangi_day": (("waitangi day",), ("NZ",), None),
    "kings_day": (("king's day",), ("NL",), (4, 27)),
    "whit_monday": (("whit monday", "pentecost monday", "whit"), ("DE",), None),
    "assumption": (("assumption",), ("IT",), (8, 15)),
    "st_patricks_day": (("saint patrick's day", "st. patrick's day"), ("IE",), None),
    "hari_raya_haji": (("eid al-adha", "hari raya haji"), ("SG",), None),
    "hari_raya_puasa": (("eid al-fitr", "hari raya puasa"), ("SG",), None),
    "undas": (("all saints' day",), ("PH",), (11, 1)),
    "national_day": (("national day",), ("CN",), None),
    # Its last holiday (Black Saturday in the Philippines): the first business day after it is
    # the Monday after Easter.
    "holy_week": (("black saturday", "holy saturday", "good friday"), ("PH",), None),
    "carnival": (("carnival", "carnaval"), ("BR",), None),
    "halloween": ((), (), (10, 31)),  # no day off: "by Halloween" is a date
    "epiphany": (("epiphany",), ("ES",), (1, 6)),
    "majowka": (("national day of the third of may",), ("PL",), (5, 3)),
    "sinterklaas": ((), (), (12, 5)),  # no day off in the Netherlands
}

# "the May bank holiday", "the spring bank holiday": the first holiday in that month.
BANK_HOLIDAY_MONTHS = {
    "may": 5,
    "june": 6,
    "august": 8,
    "october": 10,
    "spring": 5,
    "summer": 8,
    "easter": 4,
}


# The province or state whose clock a zone keeps, where its long weekends are its own: British
# Columbia's August long weekend is BC Day, Victoria's September one the AFL Grand Final's
# Friday. (Canada's August civic holidays are "optional" in the `holidays` package, yet they
# are the long weekend people there mean.)
_LOCAL = {
    "CA": {
        "America/Vancouver": "BC",
        "America/Edmonton": "AB",
        "America/Regina": "SK",
        "America/Winnipeg": "MB",
        "America/Toronto": "ON",
        "America/Montreal": "QC",  # (an old name of Toronto's zone, still chosen in Quebec)
        "America/Halifax": "NS",
        "America/Moncton": "NB",
        "America/St_Johns": "NL",
    },
    "AU": {
        "Australia/Sydney": "NSW",
        "Australia/Melbourne": "VIC",
        "Australia/Brisbane": "QLD",
        "Australia/Adelaide": "SA",
        "Australia/Perth": "WA",
        "Australia/Hobart": "TAS",
        "Australia/Darwin": "NT",
    },
}
_LOCAL_CATEGORIES = {"CA": ("public", "optional")}


def _local_options(country: str, zone: str) -> tuple[tuple[str, object], ...] | None:
    """The `holidays` options of the province or state a zone names, or None."""
    subdivision = _LOCAL.get(country, {}).get(zone)
    if subdivision is None:
        return None
    options: dict[str, object] = {"subdiv": subdivision}
    if country in _LOCAL_CATEGORIES:
        options["categories"] = _LOCAL_CATEGORIES[country]
    return tuple(options.items())


@cache
def _named_days(
    country: str,
    year: int,
    regional: bool,
    observed: bool = False,
    local: tuple[tuple[str, object], ...] | None = None,
) -> tuple[tuple[dt.date, str], ...]:
    """The holidays of a year, by day: the country's, or its default region's (`regional`),
    or those `local` options name (`_local_options`)."""
    options = dict(local) if local is not None else _REGIONAL.get(country, {}) if regional else {}
    try:
        table = holidays.country_holidays(country, years=year, observed=observed, **options)
    except (NotImplementedError, KeyError):
        return ()
    return tuple(sorted((day, name.lower()) for day, name in table.items()))


def _matches(name: str, needles: tuple[str, ...]) -> bool:
    # Whole-name prefixes only: "Juneteenth National Independence Day" is not Independence Day
    # and "Holika Dahan" is not Holi.
    for part in name.split("; "):
        for needle in needles:
            if part == needle or part.startswith((needle + " ", needle + "(")):
                return True
    return False


# Holidays counted from Easter Sunday. Carnival's last day is the Tuesday 47 days before: the
# `holidays` package lists it for no country (in Brazil it is an optional day off).
_FROM_EASTER = {"easter": 0, "carnival": -47}
# Where Easter is the Orthodox one ("we tell you after Easter", in Chania): the public holidays
# of these countries follow it.
_ORTHODOX = frozenset("GR CY RO BG RS RU UA GE MK ME BY MD".split())


# What people call a holiday the `holidays` package lists under another name ("Bastille Day" is
# France's "National Day"); tried after the name as said.
_CALLED = {
    "bastille day": ("national day",),
    "fete nationale": ("national day",),
    "tag der deutschen einheit": ("german unity day",),
    "unity day": ("german unity day",),
    "three kings day": ("epiphany",),
    "three kings' day": ("epiphany",),
    "3 kings day": ("epiphany",),  # (the normaliser writes numbers as figures)
    "kings day": ("epiphany", "king's day"),
    "may day": ("labor day", "workers' day", "worker's day", "labour day"),
    "labour day": ("labor day", "workers' day", "worker's day"),
    "workers day": ("workers' day", "worker's day", "labor day"),
    "workers' day": ("worker's day", "labor day"),
    "women's day": ("national women's day",),
    "reconciliation day": ("day of reconciliation",),
    "st stephen's day": ("saint stephen's day",),
    "stephen's day": ("saint stephen's day",),
    "st brigid's day": ("saint brigid's day",),
    "tiradentes day": ("tiradentes' day",),
    "ascension": ("ascension day",),
    "whit monday": ("pentecost monday",),
    "heroes day": ("mashujaa day", "heroes' day", "national heroes day"),
    "heroes' day": ("mashujaa day", "national heroes day"),
    # Malaysia's National Day and Eid as said there: "after Merdeka", "after Raya".
    "merdeka": ("national day",),
    "hari merdeka": ("national day",),
    "merdeka day": ("national day",),
    "raya": ("eid al-fitr",),
    "hari raya": ("eid al-fitr",),
    # The package's English names for holidays said by their own there.
    "sham el nessim": ("spring festival",),
    "sham el-nessim": ("spring festival",),
    "sham al-nassim": ("spring festival",),
    "nauryz": ("nowruz",),
    "nowruz": ("nowruz", "spring festival"),
    "novruz": ("spring festival", "nowruz"),
    "navruz": ("nowruz", "spring festival"),
    "tabaski": ("eid al-adha",),
    "khmer new year": ("khmer new year's day",),
    "tihar": ("tihar holiday", "laxmi pooja"),
    "dashain": ("bijaya dashami",),
}


def holiday_by_name(name: str, country: str | None, today: dt.date) -> dt.date | None:
    """The next holiday of the speaker's country called `name` ("youth day"), if it has one."""
    if not country:
        return None
    earliest = today - dt.timedelta(days=6)
    for called in (name, *_CALLED.get(name.removeprefix("the "), ())):
        for regional in (False, True):
            for year in (today.year, today.year + 1):
                for day, holiday in _named_days(country.upper(), year, regional):
                    if day >= earliest and _matches(holiday, (called,)):
                        return day
    return None


_ANOTHER_NEW_YEAR = re.compile(r"chinese|lunar|islamic|hijri|muharram|hijrah|jewish|rosh")


@lru_cache(maxsize=1024)  # a long paste says "after Christmas" thousands of times
def holiday_date(key: str, country: str | None, today: dt.date) -> dt.date | None:
    """The next occurrence of the holiday, counting one that fell in the last six days."""
    earliest = today - dt.timedelta(days=6)
    if key in _FROM_EASTER:
        method = EASTER_ORTHODOX if (country or "").upper() in _ORTHODOX else EASTER_WESTERN
        for year in (today.year, today.year + 1):
            day = easter(year, method) + dt.timedelta(days=_FROM_EASTER[key])
            if day >= earliest:
                return day
        return None
    needles, fallbacks, fixed = HOLIDAYS[key]
    sources: list[tuple[str, bool]] = []
    if country:
        sources += [(country.upper(), False), (country.upper(), True)]
    sources += [(code, regional) for code in fallbacks for regional in (False, True)]
    for code, regional in sources:
        for year in (today.year, today.year + 1):
            for day, name in _named_days(code, year, regional):
                if day >= earliest and "eve" not in name and _matches(name, needles):
                    return day
                # The country's own new year, when it comes first: "after the New Year
                # holidays" in Colombo in April is the Sinhala and Tamil New Year.
                if (
                    key == "new_year"
                    and code == (country or "").upper()
                    and day >= earliest
                    and "new year" in name
                    and "eve" not in name
                    # (A new year of its own name: Chinese, Lunar, Islamic are said so.)
                    and not _ANOTHER_NEW_YEAR.search(name)
                ):
                    return day
    if fixed:
        for year in (today.year, today.year + 1):
            day = dt.date(year, *fixed)
            if day >= earliest:
                return day
    return None


def bank_holiday_in(
    country: str | None, month: int, today: dt.date, *, last: bool = False
) -> dt.date | None:
    """The next public holiday on a Monday or Friday in that month ("the August bank holiday");
    with `last`, the month's last such day (England's spring bank holiday ends May)."""
    if not country:
        return None
    earliest = today - dt.timedelta(days=6)
    for regional in (False, True):
        for year in (today.year, today.year + 1):
            days = [
                day
                for day, _name in _named_days(country.upper(), year, regional)
                if day.month == month and day >= earliest and day.weekday() in (0, 4)
            ]
            if days:
                return days[-1] if last else days[0]
    return None


def next_long_weekend_holiday(
    country: str | None, today: dt.date, zone: str = ""
) -> dt.date | None:
    """The next public holiday on a Monday or Friday ("after the bank holiday"), of the
    province or state the speaker's `zone` names where their long weekends differ."""
    return _next_holiday(country, today, on=(0, 4), zone=zone)


def next_public_holiday(country: str | None, today: dt.date) -> dt.date | None:
    """The next public holiday, today or after, on any weekday ("after the holiday", said in
    the week of one)."""
    return _next_holiday(country, today, on=tuple(range(7)))


def _next_holiday(
    country: str | None, today: dt.date, on: tuple[int, ...], zone: str = ""
) -> dt.date | None:
    if not country:
        return None
    local = _local_options(country.upper(), zone)
    # The nearest in the national or the regional list: Canada's Thanksgiving (Ontario's list)
    # comes before its national Christmas; England's summer bank holiday is regional.
    for year in (today.year, today.year + 1):
        days = [
            day
            for regional in (False, True)
            # Observed days too: South Africa's Freedom Day on a Sunday gives a Monday off.
            for day, _name in _named_days(
                country.upper(), year, regional, observed=True, local=local if regional else None
            )
            if day >= today and day.weekday() in on
        ]
        if days:
            return min(days)
    return None


# ---------------------------------------------------------------- any holiday, by its own name


def fold(words: str) -> str:
    """Lowercase, without accents ("Kurban Bayramı" -> "kurban bayrami"), one space apart."""
    decomposed = unicodedata.normalize("NFKD", words.lower().replace("ı", "i"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


# What a name carries that people leave out: "(observed)", "(estimated)", a trailing "Day" or
# "Festival" ("after Songkran" is the Songkran Festival).
_ASIDE = re.compile(r"\s*\([^()]*\)")
_ASIDE_TEXT = re.compile(r"\(([^()]*)\)")
_NOT_A_NAME_ASIDE = re.compile(r"observ|estimat|lieu|substitut|bridge|half|day off|holiday|\d")
_GENERIC_END = re.compile(r" (?:day|festival|holidays?)$")
# Month names: "after May" is the month, not May Day.
_NOT_A_HOLIDAY_ALONE = frozenset(
    "january february march april may june july august september october november december".split()
)
# Names that are everyday words once "Day" or "Festival" is gone ("after spring", "before
# national"): never read as a holiday this way.
_EVERYDAY = frozenset(
    "spring summer autumn winter public national labor labour family memorial victory youth"
    " republic constitution independence teachers children mothers fathers women workers".split()
) | {"new year", "new year's", "day off", "bridge public"}


@cache
def _names_in(country: str, year: int) -> dict[str, tuple[dt.date, ...]]:
    """Every holiday of the country that year, by each of its names in English and in the
    country's own language, folded, and without its generic last word (keys ending in "*":
    "victoria*" from "Victoria Day", read only when no other word follows)."""
    named: dict[str, set[dt.date]] = {}
    # The national list, then the regional one most people keep there (once, where it differs).
    for options in ({}, _REGIONAL[country]) if _REGIONAL.get(country) else ({},):
        try:
            table = holidays.country_holidays(country, years=year, **options)
        except (NotImplementedError, KeyError):
            continue  # a country (or its region) the package does not know
        languages = {table.default_language, "en_US", "en_GB"} & set(
            table.supported_languages or ()
        ) or {None}
        for language in languages:
            if language is not None:
                table = holidays.country_holidays(country, years=year, language=language, **options)
            for day, names in table.items():
                for name in names.split(";"):
                    # The name, and the one an aside gives it: "Ekadashi (Dashain)" is a day
                    # of Dashain ("after Dashain"), "(observed)" no name at all.
                    asides = [fold(a) for a in _ASIDE_TEXT.findall(name)]
                    for plain in [fold(_ASIDE.sub("", name))] + [
                        a for a in asides if not _NOT_A_NAME_ASIDE.search(a)
                    ]:
                        short = _GENERIC_END.sub("", plain)
                        for key in {plain, f"{short}*"} if short != plain else {plain}:
                            if len(key) >= 3 and key.rstrip("*") not in _EVERYDAY:
                                named.setdefault(key, set()).add(day)
    for alias, name in _ALSO_CALLED.items():
        if name in named:
            named.setdefault(alias, set()).update(named[name])
    return {key: tuple(sorted(days)) for key, days in named.items()}


# What people call a run of holidays the package names by its days: Chile's "Fiestas Patrias"
# or "el dieciocho" (18 and 19 September; the package names the run so only in some years).
_ALSO_CALLED = {
    "fiestas patrias": "dia de la independencia",
    "dieciocho": "dia de la independencia",
    "dieciocho*": "dia de la independencia",
    "el dieciocho": "dia de la independencia",
}


@lru_cache(maxsize=4096)
def may_start_a_name(word: str, country: str, today: dt.date) -> bool:
    """Whether some holiday name of the country (this year or next) begins with `word`: a
    cheap test before trying the words after it."""
    key = fold(word)
    return any(key in _first_words(country.upper(), year) for year in (today.year, today.year + 1))


@cache
def _first_words(country: str, year: int) -> frozenset[str]:
    return frozenset(key.rstrip("*").split(" ", 1)[0] for key in _names_in(country, year))


@lru_cache(maxsize=4096)  # a long paste says "after Christmas" thousands of times
def holiday_called(
    words: str, country: str | None, today: dt.date, *, short: bool = False
) -> dt.date | None:
    """The next holiday of the country whose own name is `words` ("kurban bayrami"), or with
    `short` also one named without its generic last word ("songkran" for the Songkran
    Festival, "vesak" for Vesak Day: the caller says when no other word follows, so that
    "after Victoria reviews your file" is no Victoria Day). The last day of a run of days with
    that name, so that "after" counts from its end."""
    if not country:
        return None
    key = fold(words)
    if key in _NOT_A_HOLIDAY_ALONE:
        return None
    if short and key not in _names_in(country.upper(), today.year):
        key += "*"
    earliest = today - dt.timedelta(days=6)
    for year in (today.year, today.year + 1):
        days = [day for day in _names_in(country.upper(), year).get(key, ()) if day >= earliest]
        if days:
            last = days[0]
            for day in days[1:]:
                if (day - last).days > 1:
                    break
                last = day
            return last
    return None
