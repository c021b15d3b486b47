"""Business-day arithmetic in a recipient's country, and the country a time zone belongs to.

A business day is Monday to Friday minus every date the `holidays` package lists for the country
(observed days included). With no known country, only weekends are skipped.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    import holidays

__all__ = [
    "UnknownZone",
    "add_business_days",
    "country_choices",
    "country_for_zone",
    "holiday_name",
    "is_business_day",
    "next_business_day",
    "on_or_after_business_day",
    "zone",
    "wall_time_exists",
    "zone_label",
]


class UnknownZone(ValueError):
    """A time zone name that the IANA database does not know."""


@cache
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, with an error that names the bad value."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise UnknownZone(
            f"unknown time zone {name!r}; use an IANA name such as 'America/New_York'"
        ) from None


def wall_time_exists(moment: dt.datetime) -> bool:
    """False for a wall time the clocks skip (02:30 on a spring-forward night in New York).

    `moment` carries its ZoneInfo; a skipped time does not survive a round trip through UTC.
    """
    back = moment.astimezone(dt.UTC).astimezone(moment.tzinfo)
    return back.replace(tzinfo=None) == moment.replace(tzinfo=None, fold=0)


def zone_label(name: str) -> str:
    """'America/New_York' -> 'New York', for reasons shown to people."""
    if name in ("UTC", "Etc/UTC", "GMT"):
        return "UTC"
    return name.rsplit("/", 1)[-1].replace("_", " ")


@cache
def _zone_countries() -> dict[str, str]:
    # zone.tab maps each canonical zone to one ISO 3166 country; the tzdata package ships it,
    # so the answer does not depend on the operating system.
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    mapping: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            mapping[fields[2]] = fields[0]
    return mapping


def country_for_zone(name: str | None) -> str | None:
    """The ISO country code of a zone ('Europe/London' -> 'GB'), or None ('UTC')."""
    if not name:
        return None
    return _zone_countries().get(name)


@cache
def _holidays(country: str | None) -> holidays.HolidayBase | dict:
    if not country:
        return {}
    import holidays  # ~80 ms: loaded on first use, not by every command that imports this

    try:
        # years are filled in lazily by the package as dates are looked up.
        return holidays.country_holidays(
            country.upper(), observed=True, **_MOST_PEOPLES_REGION.get(country.upper(), {})
        )
    except NotImplementedError:
        return {}


# Where the package's national list leaves out days off nearly all the country has: Britain's
# has no Easter Monday nor summer bank holiday, which England and Wales (nine in ten people)
# both keep. (Canada's and Australia's lists stay national: which of their provinces' or
# states' days to add is less clear, and a zone names only the country.)
_MOST_PEOPLES_REGION = {"GB": {"subdiv": "ENG"}}


# Names the package's module names do not spell as people do.
_COUNTRY_NAMES = {
    "AX": "Åland Islands",
    "CI": "Côte d'Ivoire",
    "CW": "Curaçao",
    "BL": "Saint Barthélemy",
    "RE": "Réunion",
    "ST": "São Tomé and Príncipe",
    "TR": "Türkiye",
    "US": "United States",
    "GB": "United Kingdom",
    "KR": "South Korea",
    "KP": "North Korea",
    "VN": "Vietnam",
    "CD": "Congo (Democratic Republic)",
    "CG": "Congo (Republic)",
    "FM": "Micronesia",
    "LA": "Laos",
    "MK": "North Macedonia",
    "CZ": "Czechia",
    "VA": "Vatican City",
    "HK": "Hong Kong",
    "MO": "Macao",
}


@cache
def country_choices() -> list[tuple[str, str]]:
    """(code, name) for every country we have holidays for, by name: what a person picks from,
    instead of typing a code ("GE" is Georgia, not Germany)."""
    from holidays import registry

    supported = supported_codes()
    names = {}
    for module, entry in registry.COUNTRIES.items():
        code = entry[1]
        if code in supported:
            names[code] = _COUNTRY_NAMES.get(code) or module.replace("_", " ").title().replace(
                " And ", " and "
            ).replace(" Of ", " of ").replace(" The ", " the ")
    return sorted(names.items(), key=lambda item: _unaccented(item[1]))


def _unaccented(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def supported_codes() -> frozenset[str]:
    import holidays

    return frozenset(holidays.list_supported_countries())


def supported_country(country: str | None) -> bool:
    """Whether the holidays package knows this country code."""
    import holidays

    return bool(country) and country.upper() in holidays.list_supported_countries()


def holiday_name(day: dt.date, country: str | None) -> str | None:
    """The public holiday on this day in this country, if any."""
    return _holidays(country).get(day)


def is_business_day(day: dt.date, country: str | None) -> bool:
    return day.weekday() < 5 and day not in _holidays(country)


def on_or_after_business_day(day: dt.date, country: str | None) -> dt.date:
    """The first business day on or after `day`."""
    while not is_business_day(day, country):
        day += dt.timedelta(days=1)
    return day


# A long text reads "after Christmas" thousands of times, each a walk past the holidays to
# the next business day: the answer depends on the day and the country alone.
@lru_cache(maxsize=4096)
def next_business_day(day: dt.date, country: str | None) -> dt.date:
    """The first business day strictly after `day`."""
    return on_or_after_business_day(day + dt.timedelta(days=1), country)


@lru_cache(maxsize=4096)
def previous_business_day(day: dt.date, country: str | None) -> dt.date:
    """The last business day strictly before `day` ("before the closure", "before Christmas")."""
    day -= dt.timedelta(days=1)
    while not is_business_day(day, country):
        day -= dt.timedelta(days=1)
    return day


def add_business_days(day: dt.date, count: int, country: str | None) -> dt.date:
    """The `count`-th business day after `day` (`day` itself is never counted)."""
    if count < 0:
        raise ValueError("count must be zero or more")
    for _ in range(count):
        day = next_business_day(day, country)
    return day
