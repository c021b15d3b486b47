"""Which zone and which country's calendar decide when a recipient hears from us."""

from __future__ import annotations

from followup.core.calendar import country_for_zone, supported_country
from followup.core.timing.policy import PolicyError
from followup.core.timing.steps import Recipient, check_zone

__all__ = ["check_country", "resolve_recipient"]


def check_country(code: str | None, what: str) -> str | None:
    """An upper-case ISO country code the holidays package knows, or None for no country."""
    if code is None or code == "":
        return None
    if not isinstance(code, str) or not supported_country(code):
        raise PolicyError(
            f"{what} {code!r} is not a country code we have holidays for; "
            "use a two-letter ISO code such as 'US' or 'GB'"
        )
    return code.upper()


def resolve_recipient(
    r: Recipient, interview_tz: str, user_country: str | None = None
) -> tuple[str, str | None]:
    """(zone, country) for a recipient.

    Zone: theirs, else the interview's. Country: theirs, else the country of that zone, else the
    user's, else None (then only weekends are skipped). A zone like 'UTC' has no country.
    """
    tz = r.tz or interview_tz
    check_zone(tz, f"time zone of {r.name or 'an interviewer'}")
    country = check_country(r.country, f"country of {r.name or 'an interviewer'}")
    if country is None:
        # zone.tab also lists territories the holidays package does not cover (e.g. 'AQ');
        # for those the user's country is a better guess than weekends only.
        from_zone = country_for_zone(tz)
        country = from_zone if supported_country(from_zone) else None
    if country is None:
        country = check_country(user_country, "user's country")
    return tz, country
