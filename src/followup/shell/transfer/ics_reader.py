"""Calendar invitations (.ics, RFC 5545) as interviews, read with the `icalendar` package.

Google Calendar, Outlook/Exchange (Windows zone names such as "Pacific Standard Time"), Apple
Calendar, Thunderbird, Zoom and Teams all write VEVENTs; each becomes one interview: its start,
end and zone, the attendees other than the user as interviewers, the company from the
organiser's domain. METHOD:CANCEL (or STATUS:CANCELLED) cancels it; a higher SEQUENCE moves it.
All-day and repeating events are refused with the reason: neither is one interview at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from zoneinfo import ZoneInfo

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from followup.core import calendar
from followup.shell import limits
from followup.shell.actions import InterviewerInput, InterviewInput
from followup.shell.mailbox.classify import FREE_MAIL_DOMAINS, domain_of
from followup.shell.models import Interview
from followup.shell.transfer.incoming import (
    MAX_RECORDS,
    FileProblem,
    Incoming,
    digest,
    first_line,
)

# Mail, meeting and recruiting services: their domain says nothing about the employer.
SERVICE_DOMAINS = FREE_MAIL_DOMAINS | frozenset(
    "icloud.com pm.me web.de yandex.ru mail.ru qq.com 163.com example.com example.org "
    "zoom.us zoom.com calendly.com google.com microsoft.com teams.microsoft.com webex.com "
    "greenhouse.io lever.co ashbyhq.com workday.com myworkday.com smartrecruiters.com "
    "icims.com goodtime.io modernloop.io gem.com rippling.com bamboohr.com workable.com "
    "jobvite.com recruitee.com teamtailor.com personio.de".split()
)
# Second-level labels under a country suffix: acme.co.uk is Acme, not "Co".
_COUNTRY_SECOND_LEVEL = frozenset("co com org net ac gov edu ltd plc ne or".split())
_NO_REPLY = re.compile(r"^(no-?reply|do-?not-?reply|calendar|notifications?|invites?)[@+.]", re.I)
_VIDEO = re.compile(
    r"zoom\.us|zoom\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|"
    r"whereby\.com|gotomeeting|bluejeans|chime\.aws|jitsi|\bvideo call\b|\bvideo interview\b",
    re.I,
)
_PHONE = re.compile(r"\b(phone (call|screen|interview)|by phone|call you|dial-in only)\b", re.I)
_URL = re.compile(r"https?://\S+", re.I)
_INTERVIEW_WORDS = re.compile(
    r"\b(interview(s|ing)?|screen(ing)?|call|chat|meeting|round|onsite|on-site|video|phone|"
    r"invitation|invite|updated|canceled|cancelled|final|first|second|third|technical|"
    r"hiring manager|panel|loop)\b",
    re.I,
)


def read_ics(data: bytes, *, name: str, me: set[str], fallback_zone: str) -> list[Incoming]:
    """The file's events, each an interview to add or update, a cancellation, or a refusal.

    `me` holds the user's own addresses and names (never an interviewer); `fallback_zone` is
    used for events written in UTC or in a zone we cannot name, with the instant kept exact.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.upper().startswith(b"BEGIN:VCALENDAR"):
        raise FileProblem(
            f"{name} is not a calendar file: an .ics file starts with BEGIN:VCALENDAR. Save "
            "the invitation from your calendar or email as .ics and import that."
        )
    if not data.rstrip().upper().endswith(b"END:VCALENDAR"):
        raise FileProblem(
            f"{name} is cut short: a calendar file ends with END:VCALENDAR. Save or download "
            "the invitation again."
        )
    events = data.upper().count(b"BEGIN:VEVENT")
    if events > MAX_RECORDS:
        raise FileProblem(
            f"{name} holds {events:,} events, which looks like a whole calendar; Followup "
            f"imports up to {MAX_RECORDS:,} at a time. Export or save only the interview "
            "invitations."
        )
    try:
        # Bytes, never str: given a str, from_ical may take it for a path to open.
        found = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # the package raises ValueError and others for malformed files
        raise FileProblem(
            f"{name} could not be read as a calendar ({first_line(exc)}); save the "
            "invitation again from your calendar, or add the interview by hand."
        ) from None
    me = {item.casefold() for item in me if item}
    out: list[Incoming] = []
    for cal in found:
        method = str(cal.get("METHOD", "")).upper()
        for index, event in enumerate(cal.walk("VEVENT"), start=len(out) + 1):
            where = f"{name}, event {index}"
            try:
                out.append(_event(event, where, method, me, fallback_zone))
            except Exception as exc:  # one bad event is refused; the others go on
                out.append(Incoming(where=where, problem=f"could not be read ({first_line(exc)})."))
    if not out:
        raise FileProblem(f"{name} holds no events (VEVENT); there is nothing to import.")
    return out


def _event(event, where: str, method: str, me: set[str], fallback_zone: str) -> Incoming:
    record = _read_event(event, where, method, me, fallback_zone)
    record.method = method
    organizer = _person(event.get("ORGANIZER"))
    record.organizer = organizer[1] if organizer else ""
    return record


def _read_event(event, where: str, method: str, me: set[str], fallback_zone: str) -> Incoming:
    summary = _one_line(event.get("SUMMARY", ""))
    uid = _one_line(event.get("UID", ""))
    start_prop = event.get("DTSTART")
    if start_prop is None:
        return Incoming(where=where, problem="has no start time (DTSTART).")
    start = start_prop.dt
    key = "ics:" + (uid[:250] if uid else digest(summary, start))
    sequence = _int(event.get("SEQUENCE"))
    label = f"{where} ({summary[:60] or 'no title'})"
    cancelled = method == "CANCEL" or str(event.get("STATUS", "")).upper() == "CANCELLED"
    if cancelled:
        return Incoming(where=label, key=key, sequence=sequence, cancel=True)
    if event.get("RRULE") or event.get("RDATE"):
        return Incoming(
            where=label,
            key=key,
            problem="is a repeating event, not one interview; add the day you mean with "
            "`followup add` or the Add interview page.",
        )
    if event.get("RECURRENCE-ID") is not None:
        return Incoming(
            where=label,
            key=key,
            problem="is one occurrence of a repeating event; add it by hand if it is an interview.",
        )
    if not isinstance(start, dt.datetime):
        return Incoming(
            where=label,
            key=key,
            problem="is an all-day event: it has no time to plan the thank-you from. Add the "
            "interview with its start time by hand.",
        )
    end = _end(event, start)
    zone_name, zone_note = _zone_name(start_prop.params.get("TZID"), start, fallback_zone)
    zone = calendar.zone(zone_name)
    start = _aware(start, zone).astimezone(zone)
    end = _aware(end, zone).astimezone(zone)
    if end <= start:
        end = start + dt.timedelta(hours=1)

    organizer = _person(event.get("ORGANIZER"))
    people = _interviewers(event, organizer, me)
    if not people:
        return Incoming(
            where=label,
            key=key,
            problem="names nobody but you, so there is no one to thank; add the interview "
            "by hand with the interviewer's name.",
        )
    if len(people) > limits.MAX_INTERVIEWERS:
        return Incoming(
            where=label,
            key=key,
            problem=f"invites {len(people):,} people, more than an interview has; add it by "
            "hand with the people you met.",
        )
    company = _company(organizer, people, summary)
    text = " ".join(
        _one_line(event.get(prop, ""))
        for prop in ("SUMMARY", "LOCATION", "DESCRIPTION", "X-GOOGLE-CONFERENCE", "URL")
    )
    location = _one_line(event.get("LOCATION", ""))
    return Incoming(
        where=label,
        key=key,
        sequence=sequence,
        zone_note=zone_note,
        problem="" if company else NO_COMPANY,
        interview=InterviewInput(
            company=company[: limits.NAME_CHARS],
            role=_role(summary, company, people)[: limits.NAME_CHARS],
            start=start,
            end=end,
            time_zone=zone_name,
            format=_format(location, text),
            location=location[: limits.LOCATION_CHARS],
            interviewers=[
                InterviewerInput(name=p_name[: limits.NAME_CHARS], email=email)
                for p_name, email in people
            ],
        ),
    )


NO_COMPANY = (
    "does not say which company it is (no company domain or name in the title); import it "
    "again with --company NAME, or add it by hand."
)


def _end(event, start: dt.datetime | dt.date):
    if event.get("DTEND") is not None:
        return event.get("DTEND").dt
    duration = event.get("DURATION")
    if duration is not None:
        return start + duration.dt
    return start + dt.timedelta(hours=1)


def _aware(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    # A "floating" time (no zone at all) is read in the zone we settled on.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _zone_name(tzid, start: dt.datetime, fallback: str) -> tuple[str, str]:
    """The IANA name for the event's zone, and a note when we had to fall back."""
    if tzid is None:
        key = getattr(start.tzinfo, "key", None)
        if key and key not in ("UTC", "Etc/UTC"):
            return key, ""
        return fallback, ""  # UTC or floating: the invitation names no place
    tzid = str(tzid).strip().strip('"')
    for candidate in (
        tzid,
        WINDOWS_TO_OLSON.get(tzid),
        # Old Thunderbird: "/mozilla.org/20070129_1/Europe/Berlin"; others prefix a path too.
        "/".join(tzid.rsplit("/", 2)[-2:]) if "/" in tzid else None,
    ):
        if candidate and _known(candidate):
            return candidate, ""
    # With a VTIMEZONE the instant is known; without one, only the wall-clock time is.
    kept = "kept exact and shown" if start.tzinfo is not None else "read"
    return fallback, (
        f"its time zone {tzid[:60]!r} is not one we know; the time is {kept} in "
        f"{calendar.zone_label(fallback)}; correct the zone on the interview page if needed."
    )


def _known(name: str) -> bool:
    try:
        calendar.zone(name)
    except calendar.UnknownZone:
        return False
    return True


def _person(prop) -> tuple[str, str] | None:
    if prop is None:
        return None
    address = str(prop)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    address = _one_line(address).strip()
    name = _one_line(prop.params.get("CN", "")).strip().strip('"')
    if "@" in name:
        name = ""  # some calendars put the bare address as the name
    last_first = re.fullmatch(r"([^,]+),\s*([^,]+)", name)
    if last_first:  # Exchange directories write "Weiß, Jürgen"
        name = f"{last_first.group(2)} {last_first.group(1)}"
    if not address and not name:
        return None
    if "@" not in address:
        address = ""
    return (name or _name_from_address(address), address)


def _interviewers(event, organizer, me: set[str]) -> list[tuple[str, str]]:
    attendees = event.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    people: list[tuple[str, str]] = []
    seen: set[str] = set()
    for prop in attendees:
        if str(prop.params.get("CUTYPE", "INDIVIDUAL")).upper() not in ("INDIVIDUAL", "UNKNOWN"):
            continue  # rooms, resources, mailing groups
        person = _person(prop)
        if person is None:
            continue
        _add(people, seen, person, me)
    chairs = event.get("ORGANIZER") is not None and (
        str(event.get("ORGANIZER").params.get("ROLE", "")).upper() == "CHAIR"
    )
    if organizer is not None and (not people or chairs):
        # The organiser is an interviewer when nobody else is invited (Outlook's one-to-one
        # invitation) or when they chair the meeting (Thunderbird); a coordinator who only
        # sends the invitation is neither.
        before = list(people)
        people.clear()
        _add(people, seen, organizer, me)
        people.extend(before)
    return people


def _add(people, seen, person: tuple[str, str], me: set[str]) -> None:
    name, address = person
    lowered = address.lower()
    if lowered in me or name.casefold() in me or (lowered and _NO_REPLY.match(lowered)):
        return  # the user (by address, or by name under another address), or a robot
    if not name:
        return
    if lowered and lowered in seen:
        return
    seen.add(lowered)
    people.append((name, address if len(address) <= limits.EMAIL_CHARS else ""))


def _name_from_address(address: str) -> str:
    local = address.split("@", 1)[0]
    words = [w for w in re.split(r"[._\-+]+", local) if w.isalpha()]
    return " ".join(w.capitalize() for w in words)


def _company(organizer, people, summary: str) -> str:
    domains = [_domain(address) for _, address in ([organizer] if organizer else []) + people]
    counted = Counter(d for d in domains if d)
    domain = (
        domains[0] if domains and domains[0] else (counted.most_common(1)[0][0] if counted else "")
    )
    if domain:
        return _as_written(_company_from_domain(domain), summary)
    found = re.search(r"\b(?:at|with|@)\s+([A-Z][\w&.\- ]{1,60}?)(?:\s*[-–—:|(/]|$)", summary)
    return found.group(1).strip() if found else ""


def _as_written(company: str, summary: str) -> str:
    """The title's spelling of a name the domain gives squashed: kumodata.jp is "Kumo Data"
    when the title says so."""
    squashed = re.sub(r"[^\w]", "", company).casefold()
    for match in re.finditer(r"[^\W\d_][\w&.' -]*", summary):
        words = match.group(0).split()
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + 4) + 1):
                candidate = " ".join(words[start:end])
                if re.sub(r"[^\w]", "", candidate).casefold() == squashed:
                    return candidate
    return company


def _domain(address: str) -> str:
    domain = domain_of(address).strip(".")
    return "" if domain in SERVICE_DOMAINS or "." not in domain else domain


def _company_from_domain(domain: str) -> str:
    labels = domain.split(".")
    second_level = len(labels) >= 3 and labels[-2] in _COUNTRY_SECOND_LEVEL
    label = labels[-3] if second_level else labels[-2]
    return " ".join(part.capitalize() for part in re.split(r"[-_]+", label) if part)


def _role(summary: str, company: str, people: list[tuple[str, str]]) -> str:
    """The role, from a title such as "Acme interview: Staff Engineer" or "Staff Engineer -
    Sam Lee (Acme)": what is left once the company, people and interview words are gone."""
    names = {company.casefold()} | {name.casefold() for name, _ in people}
    parts = [p.strip(" '\"") for p in re.split(r"\s[-–—|/:]\s|:\s|[()<>]|\|", summary)]
    kept = []
    for part in parts:
        words = _INTERVIEW_WORDS.sub(" ", part)
        words = re.sub(r"\b(with|for|at|and|the|a|an|re)\b", " ", words, flags=re.I)
        for name in names:
            words = re.sub(re.escape(name), " ", words, flags=re.I)
        words = " ".join(words.split()).strip(" ,.;-")
        if len(words) >= 3:
            kept.append(words)
    return max(kept, key=len) if kept else "Interview"


def _format(location: str, text: str) -> str:
    if _VIDEO.search(text):
        return Interview.Format.VIDEO
    if _PHONE.search(text) or location.lower().startswith("tel:"):
        return Interview.Format.PHONE
    if location and not _URL.match(location):
        return Interview.Format.ONSITE
    return Interview.Format.VIDEO


def _one_line(value) -> str:
    text = str(value) if value is not None else ""
    return " ".join(limits.clean_text(text).split())


def _int(value) -> int | None:
    try:
        return int(str(value).strip()) if value is not None else None
    except ValueError:
        return None
