"""Spreadsheets (.csv) as interviews or applications, streamed row by row.

Presets recognise the exports of trackers by their header row (the real column names, see
docs/import-export.md for where each was checked); any other file is read through a generic
mapping of common column names, which `--map "Column=field"` extends. A row with an interview
start time and someone to thank becomes an interview; a row with only a company and a role (what
trackers export: applications) becomes an application, ready for its interview to be added.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from dateutil import parser as date_parser

from followup.core import calendar
from followup.shell import limits
from followup.shell.actions import InterviewerInput, InterviewInput
from followup.shell.models import Interview, Opportunity
from followup.shell.transfer.incoming import MAX_RECORDS, FileProblem, Incoming, digest

FIELDS = (
    "company role start date time end duration time_zone interviewers interviewer_email "
    "interviewer_title status notes location format id cancelled"
).split()

# Normalised header (lower case, letters and digits only) -> field, for files of any origin.
GENERIC = {
    **dict.fromkeys("company companyname employer organization organisation".split(), "company"),
    **dict.fromkeys("role title jobtitle position jobposition job".split(), "role"),
    **dict.fromkeys(
        "start startat starttime interviewat interviewstart interviewdatetime when".split(),
        "start",
    ),
    **dict.fromkeys("date interviewdate day".split(), "date"),
    **dict.fromkeys("time interviewtime".split(), "time"),
    **dict.fromkeys("end endat endtime".split(), "end"),
    **dict.fromkeys("duration durationminutes minutes length".split(), "duration"),
    **dict.fromkeys("timezone tz zone".split(), "time_zone"),
    **dict.fromkeys(
        "interviewer interviewers interviewername with contact contactname people".split(),
        "interviewers",
    ),
    **dict.fromkeys(
        "intervieweremail email contactemail emailaddress".split(), "interviewer_email"
    ),
    **dict.fromkeys("interviewertitle contacttitle".split(), "interviewer_title"),
    **dict.fromkeys("status stage list listname outcome".split(), "status"),
    **dict.fromkeys("notes note comments debrief".split(), "notes"),
    "location": "location",
    "format": "format",
    "id": "id",
}


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    needs: frozenset[str]  # header names that identify it
    columns: dict[str, str]  # header -> field
    checked: bool  # the header row was seen in a real export (False: best guess, said so)


PRESETS = (
    Preset(
        "followup",
        "Followup's own CSV export",
        frozenset({"interview_uid", "company", "role", "start", "time_zone", "interviewers"}),
        {
            "interview_uid": "id",
            "company": "company",
            "role": "role",
            "status": "status",
            "start": "start",
            "end": "end",
            "time_zone": "time_zone",
            "format": "format",
            "location": "location",
            "interviewers": "interviewers",
            "cancelled": "cancelled",
        },
        True,
    ),
    Preset(
        "huntr",
        "Huntr (job board export)",
        frozenset({"companyName", "title", "listName"}),
        {
            "id": "id",
            "companyName": "company",
            "title": "role",
            "listName": "status",
            "location": "location",
        },
        True,
    ),
    Preset(
        "jobsync",
        "JobSync (jobs.csv)",
        frozenset({"Company", "JobTitle", "Status", "appliedDate"}),
        {"Company": "company", "JobTitle": "role", "Status": "status", "Location": "location"},
        True,
    ),
    Preset(
        "linkedin",
        "LinkedIn data export (Job Applications.csv)",
        frozenset({"Application Date", "Company Name", "Job Title"}),
        {"Company Name": "company", "Job Title": "role"},
        True,
    ),
    Preset(
        "teal",
        "Teal (job tracker export; column names not confirmed)",
        frozenset({"Job Position", "Company", "Status"}),
        {
            "ID": "id",
            "Job Position": "role",
            "Company": "company",
            "Status": "status",
            "Location": "location",
        },
        False,
    ),
)

# Trackers' stage names -> an opportunity status; None: not an application yet, skipped.
STATUS_WORDS: dict[str, str | None] = {
    **dict.fromkeys(
        "applied applying application submitted sent linkedin".split(), Opportunity.Status.APPLIED
    ),
    **dict.fromkeys(
        "interview interviews interviewing phonescreen screen screening onsite "
        "technical final finalround".split(),
        Opportunity.Status.INTERVIEWING,
    ),
    **dict.fromkeys("offer offered negotiating accepted hired".split(), Opportunity.Status.OFFER),
    **dict.fromkeys(
        "rejected rejection notselected declined unsuccessful closed".split(),
        Opportunity.Status.REJECTED,
    ),
    **dict.fromkeys("withdrawn iwithdrew withdrew".split(), Opportunity.Status.WITHDRAWN),
    **dict.fromkeys("noresponse ghosted gonequiet".split(), Opportunity.Status.GONE_QUIET),
    **dict.fromkeys("draft bookmarked saved wishlist archived expired toapply".split(), None),
}
_FORMATS = {
    "video": Interview.Format.VIDEO,
    "videocall": Interview.Format.VIDEO,
    "zoom": Interview.Format.VIDEO,
    "teams": Interview.Format.VIDEO,
    "phone": Interview.Format.PHONE,
    "call": Interview.Format.PHONE,
    "onsite": Interview.Format.ONSITE,
    "inperson": Interview.Format.ONSITE,
    "office": Interview.Format.ONSITE,
}
_MONTH_FIRST_COUNTRIES = frozenset({"US", "CA", "PH", "FM", "MH", "PW"})


class MissingColumns(FileProblem):
    """No column is known to hold the company or the role: the user names them (the web
    shows the headers to choose from; the CLI says --map)."""

    def __init__(self, headers: list[str], guessed: dict[str, str], message: str) -> None:
        super().__init__(message)
        self.headers = headers
        self.guessed = guessed


def normal(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    if encoding is None and data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"  # Excel's "Unicode text" and some exporters: its BOM says so
    try:
        return data.decode(encoding or "utf-8-sig")
    except LookupError:
        raise FileProblem(f"{encoding!r} is not an encoding Python knows; try cp1252.") from None
    except UnicodeDecodeError as exc:
        raise FileProblem(
            f"{name} is not UTF-8 text (byte 0x{data[exc.start]:02x} at position "
            f'{exc.start:,}); save it as "CSV UTF-8" (Excel: Save As), or import it with '
            "--encoding cp1252 (Windows) or --encoding latin-1."
        ) from None


def read_csv(
    data: bytes,
    *,
    name: str,
    default_zone: str,
    country: str = "",
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    preset_name: str | None = None,
) -> tuple[Preset | None, Iterator[Incoming]]:
    """The preset recognised (None: the generic mapping) and the rows, read lazily.

    The whole file is checked first (size, encoding, the number of rows, a field over the
    limit), so a file that would fail half-way is refused before a row is imported.
    """
    text = decode(data, name, encoding)
    dialect = _dialect(text)
    csv.field_size_limit(limits.DEBRIEF_CHARS + 1)
    rows = 0
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), dialect):
            rows += 1
            if rows > MAX_RECORDS + 1:
                raise FileProblem(
                    f"{name} has more than {MAX_RECORDS:,} rows; Followup imports up to "
                    f"{MAX_RECORDS:,} at a time. Split the file, or keep only the rows to import."
                )
    except csv.Error as exc:
        raise FileProblem(
            f"{name} could not be read as CSV at row {rows + 1:,} ({exc}); a field over "
            f"{limits.size(limits.DEBRIEF_CHARS)} or a stray quote is the usual cause."
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    headers = [h for h in (reader.fieldnames or []) if h is not None]
    if not headers:
        raise FileProblem(f"{name} is empty; there is nothing to import.")
    preset = _preset(headers, preset_name)
    columns = _columns(headers, preset, mapping or {})
    missing = {"company", "role"} - set(columns.values())
    if missing:
        raise MissingColumns(
            headers,
            columns,
            f"{name} has no column for the {' or the '.join(sorted(missing))} (its columns: "
            f'{", ".join(headers[:12])[:300]}); name one with --map "Column=company" '
            "(or role).",
        )
    day_first = (country or "").upper() not in _MONTH_FIRST_COUNTRIES
    return preset, _rows(reader, columns, preset, name, default_zone, day_first)


_SNIFFED = 4_096


def _dialect(text: str):
    """Excel's CSV with the delimiter the file uses. Only the delimiter is taken from the
    sniffer: its guesses about quoting misread Excel's doubled quotes ("" inside a field).
    It reads the first 4 KB: the header and the first rows tell the delimiter, and its
    patterns take the square of the sample's length on quoted fields full of line breaks (a
    64 KB sample of them took 20 s)."""
    try:
        delimiter = csv.Sniffer().sniff(text[:_SNIFFED], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    return type("FileDialect", (csv.excel,), {"delimiter": delimiter})


def _preset(headers: list[str], wanted: str | None) -> Preset | None:
    if wanted and wanted != "generic":
        for preset in PRESETS:
            if preset.name == wanted:
                return preset
        names = ", ".join(p.name for p in PRESETS)
        raise FileProblem(f"no preset named {wanted!r}; choose one of: {names}, generic.")
    if wanted == "generic":
        return None
    present = set(headers)
    for preset in PRESETS:
        if preset.needs <= present:
            return preset
    return None


def _columns(headers: list[str], preset: Preset | None, mapping: dict[str, str]) -> dict:
    columns: dict[str, str] = {}
    for header in headers:
        field = (preset.columns.get(header) if preset else None) or (
            None if preset else GENERIC.get(normal(header))
        )
        if field and field not in columns.values():
            columns[header] = field
    for header, field in mapping.items():
        if field not in FIELDS:
            raise FileProblem(
                f"--map {header}={field}: {field!r} is not a field; use one of: "
                f"{', '.join(FIELDS)}."
            )
        if header not in headers:
            raise FileProblem(f"--map {header}={field}: the file has no column {header!r}.")
        columns = {h: f for h, f in columns.items() if f != field}
        columns[header] = field
    return columns


def _rows(reader, columns, preset, name, default_zone, day_first) -> Iterator[Incoming]:
    for number, raw in enumerate(reader, start=2):  # row 1 is the header
        row = {field: (raw.get(header) or "").strip() for header, field in columns.items()}
        row = {k: ("" if v in ("-", "N/A", "n/a") else v) for k, v in row.items()}
        if preset is not None and preset.name == "followup":
            row = {k: _undefused(v) for k, v in row.items()}
        where = f"{name}, row {number}"
        if not any(row.values()):
            continue
        try:
            yield _row(row, where, preset, default_zone, day_first)
        except _RowProblem as exc:
            yield Incoming(where=where, problem=str(exc))


def _undefused(value: str) -> str:
    """Our own export's cells as they were typed: defusedcsv put a ' before a would-be formula
    (and escaped its |), for spreadsheets; the text itself is what the user wrote."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:].replace("\\|", "|")
    return value


class _RowProblem(Exception):
    pass


def _row(row: dict, where: str, preset, default_zone: str, day_first: bool) -> Incoming:
    company, role = row.get("company", ""), row.get("role", "")
    for label, value in (("The company", company), ("The role", role)):
        problem = limits.line_problem(label, value, limits.NAME_CHARS)
        if problem:
            raise _RowProblem(problem)
    if not company or not role:
        raise _RowProblem("has no company or no role; fill both in, or leave the row out.")
    status = _status(row.get("status", ""))
    if status is False:
        raise _RowProblem(
            f"is {row.get('status')!r} in your tracker: not applied yet, nothing to follow up."
        )
    source = preset.name if preset else "csv"
    key_id = row.get("id") or ""
    zone_name = row.get("time_zone") or default_zone
    try:
        zone = calendar.zone(zone_name)
    except calendar.UnknownZone:
        raise _RowProblem(
            f"has the time zone {zone_name[:60]!r}, which is not one we know; use a name such "
            "as Europe/London or America/Chicago."
        ) from None
    start = _moment(row, zone, day_first)
    people = _people(row)
    if start is None or not people:
        lacking = "an interview date and time" if start is None else "an interviewer's name"
        return Incoming(
            where=where,
            company=company,
            role=role,
            status=status or Opportunity.Status.APPLIED,
            notes=row.get("notes", ""),
            extra={"lacking": lacking},
        )
    end = _end(row, start, zone, day_first)
    if source == "followup" and _is_uuid(key_id):
        key = f"uid:{key_id}"
    else:
        key = (
            f"csv:{source}:{key_id}"
            if key_id
            else "csv:" + digest(company.casefold(), role.casefold(), start.isoformat())
        )
    cancel = preset is not None and preset.name == "followup" and row.get("cancelled") == "yes"
    return Incoming(
        where=where,
        key=key[:300],
        cancel=cancel,
        interview=InterviewInput(
            company=company,
            role=role,
            start=start,
            end=end,
            time_zone=zone.key,
            format=_FORMATS.get(normal(row.get("format", "")), Interview.Format.VIDEO),
            location=" ".join(row.get("location", "").split())[: limits.LOCATION_CHARS],
            interviewers=people,
        ),
        status=status or "",
        notes=row.get("notes", ""),
    )


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _status(value: str) -> str | None | bool:
    """The status for a stage name; None when none is given; False: not applied yet."""
    if not value:
        return None
    found = STATUS_WORDS.get(normal(value), Opportunity.Status.APPLIED)
    return False if found is None else found


def _moment(row: dict, zone, day_first: bool) -> dt.datetime | None:
    text = row.get("start") or " ".join(filter(None, (row.get("date"), row.get("time"))))
    if not text:
        return None
    parsed = _parse(text, day_first)
    if parsed is None or _no_time(text):
        raise _RowProblem(
            f"has the date {text[:40]!r} but no time of day; add the interview's start time "
            "(e.g. 2026-12-10 14:00)."
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    problem = limits.moment_problem("The interview date", parsed)
    if problem:
        raise _RowProblem(problem)
    return parsed.astimezone(zone)


def _end(row: dict, start: dt.datetime, zone, day_first: bool) -> dt.datetime:
    if row.get("end"):
        end = _parse(row["end"], day_first, default=start.replace(tzinfo=None))
        if end is not None:
            end = end if end.tzinfo else end.replace(tzinfo=zone)
            if start < end <= start + limits.LONGEST_INTERVIEW:
                return end.astimezone(zone)
    minutes = re.match(r"\s*(\d{1,4})", row.get("duration", ""))
    if minutes and 0 < int(minutes.group(1)) <= 24 * 60:
        return start + dt.timedelta(minutes=int(minutes.group(1)))
    return start + dt.timedelta(hours=1)


# No date and time is longer; dateutil takes the square of a longer text's length (a 200 KB
# cell of "1.1.1." took 3 s).
_LONGEST_DATE = 100


def _parse(text: str, day_first: bool, default: dt.datetime | None = None):
    if len(text.strip()) > _LONGEST_DATE:
        raise _RowProblem(
            f"has {text[:40]!r}... ({len(text):,} characters) where a date and time should be;"
            " write it as 2026-12-10 14:00."
        )
    try:  # ISO 8601 first: never read 2026-12-01 day first
        return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        pass
    if re.match(r"\s*\d{1,2}\.\d{1,2}\.\d{2,4}", text):
        day_first = True  # 10.12.2026 is written day first wherever it is written
    # 2026/03/04 is year, month, day everywhere; without yearfirst dateutil reads it day first.
    year_first = bool(re.match(r"\s*\d{4}\D", text))
    try:
        return date_parser.parse(
            text, dayfirst=day_first and not year_first, yearfirst=year_first, default=default
        )
    except (ValueError, OverflowError):
        raise _RowProblem(
            f"has {text[:40]!r} where a date and time should be; write it as 2026-12-10 14:00."
        ) from None


def _no_time(text: str) -> bool:
    # 14:00, 2 pm, 14h30, T1400; not the "10.12" of a dotted date.
    return not re.search(r"\d{1,2}:\d{2}|\d\s*[ap]\.?m\b|\d{1,2}h\d{2}|T\d{4}", text, re.I)


_ADDRESSED = re.compile(r'^\s*"?(?P<name>[^"<]*?)"?\s*<(?P<email>[^<>\s]+@[^<>\s]+)>\s*$')


def _people(row: dict) -> list[InterviewerInput]:
    """People from "Dana Reyes <dana@acme.com>; Lee Park", a bare name or a bare address.

    Split on semicolons; on commas only between addressed people, so "Reyes, Dana" stays one.
    """
    names = row.get("interviewers", "")
    if not names:
        return []
    parts = names.split(";")
    if len(parts) == 1 and names.count("<") > 1:
        parts = re.split(r"(?<=>)\s*,", names)
    people = []
    for part in parts:
        part = " ".join(part.split())
        found = _ADDRESSED.match(part)
        if found:
            name, address = found.group("name").strip(), found.group("email")
        elif re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", part):
            name, address = "", part
        else:
            name, address = part.strip('"'), ""
        if not name and address:
            name = address.split("@", 1)[0].replace(".", " ").title()
        if name:
            people.append(InterviewerInput(name=name[: limits.NAME_CHARS], email=address))
    if len(people) == 1 and row.get("interviewer_email") and not people[0].email:
        people[0].email = row["interviewer_email"]
    if len(people) == 1 and row.get("interviewer_title"):
        people[0].title = row["interviewer_title"][: limits.NAME_CHARS]
    return people[: limits.MAX_INTERVIEWERS + 1]
