"""`followup timeline`: read the timeline an interviewer gave as a date. Needs no database."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from followup.cli.batch import LineError, run_batch
from followup.cli.common import (
    CliError,
    add_command,
    add_json_flag,
    print_json,
)

_EXAMPLE = (
    'followup timeline "We\'ll decide by the end of next week" --now 2026-11-26T15:30 '
    "--tz America/New_York\n"
    "  followup timeline --batch cases.jsonl   # one JSON object per line: "
    '{"id": "t1", "text": "...", "now": "2026-11-26T15:30:00", "tz": "America/New_York"}'
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands,
        "timeline",
        _run,
        help='read the timeline they gave ("by the end of next week") as a date',
        description=(
            "Read the latest date by which the writer said they would respond, from a debrief "
            "note or an e-mail. With --batch, read JSON Lines and write one JSON line per input, "
            'in order: {"id", "deadline", "phrase", "kind"}, or {"id", "error"} for a bad line.'
        ),
        example=_EXAMPLE,
    )
    parser.add_argument(
        "text", nargs="?", help="the text to read (- for standard input: a long debrief)"
    )
    parser.add_argument(
        "--now",
        help="when it was said or written: local date and time in --tz, e.g. 2026-11-26T15:30 "
        "(default: the current time)",
    )
    parser.add_argument(
        "--tz", help="the writer's IANA time zone, e.g. Europe/London (default: the local zone)"
    )
    parser.add_argument(
        "--country",
        help="two-letter country code for public holidays (default: the country of --tz)",
    )
    parser.add_argument(
        "--return-date",
        action="store_true",
        help="read an out-of-office reply's return date instead of a timeline",
    )
    parser.add_argument(
        "--batch", metavar="FILE", help="read JSON Lines from FILE (- for standard input)"
    )
    add_json_flag(parser)


def _run(args: argparse.Namespace) -> int:
    if args.batch is not None and args.text is not None:
        raise CliError("give either TEXT or --batch FILE, not both.")
    if args.batch is not None:
        return _run_batch(args)
    if args.text is None:
        raise CliError(
            'give the text to read, e.g. followup timeline "by Friday", or --batch FILE.'
        )
    tz = _check_zone(args.tz or _local_zone(), "--tz")
    now = _parse_now(args.now, "--now") if args.now else dt.datetime.now(_zone(tz))
    country = _check_country(args.country, "--country")
    # A 1 MB debrief does not fit on a command line: "-" reads it from standard input.
    text = _standard_input() if args.text == "-" else args.text
    reading = _read(args.return_date)(text, now, tz, country)
    if args.json:
        print_json(_result(reading))
    elif reading is None:
        print("No return date given." if args.return_date else "No timeline given.")
    else:
        day = reading.deadline
        print(f'{day:%a} {day.day} {day:%b %Y}  (read from "{reading.phrase}", {reading.kind})')
    return 0


def _standard_input() -> str:
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as error:
        raise CliError(
            f"standard input is not UTF-8 text (byte {error.start}); save the text as UTF-8"
            " and pipe it again."
        ) from None


def _run_batch(args: argparse.Namespace) -> int:
    read = _read(args.return_date)

    def answer(number: int, value: dict[str, Any]) -> dict[str, Any]:
        return _batch_row(number, value, read)

    return run_batch(args.batch, answer)


def _batch_row(number: int, value: dict[str, Any], read) -> dict[str, Any]:
    text = value.get("text")
    if not isinstance(text, str):
        raise LineError(f'line {number}: "text" must be a string')
    now_value = value.get("now")
    if not isinstance(now_value, str):
        raise LineError(
            f'line {number}: give "now" as local date and time, e.g. "2026-11-26T15:30:00"'
        )
    tz = value.get("tz")
    if not isinstance(tz, str):
        raise LineError(f'line {number}: give "tz" as an IANA zone, e.g. "America/New_York"')
    try:
        tz = _check_zone(tz, f'line {number}: "tz"')
        now = _parse_now(now_value, f'line {number}: "now"')
        country = _check_country(value.get("country"), f'line {number}: "country"')
    except CliError as exc:
        raise LineError(exc.message.rstrip(".")) from None
    return _result(read(text, now, tz, country))


def _read(return_date: bool):
    # Imported here so that `followup --help` does not load the reader and the holiday tables.
    from followup.core.timeline import read_return_date, read_timeline

    return read_return_date if return_date else read_timeline


def _result(reading) -> dict[str, Any]:
    if reading is None:
        return {"deadline": None, "phrase": None, "kind": None}
    return {
        "deadline": reading.deadline.isoformat(),
        "phrase": reading.phrase,
        "kind": reading.kind,
    }


def _zone(name: str):
    from followup.core.calendar import zone

    return zone(name)


def _check_zone(name: str, label: str) -> str:
    from followup.core.calendar import UnknownZone

    try:
        _zone(name)
    except UnknownZone:
        raise CliError(
            f"{label}: unknown time zone {name!r}; use an IANA name such as America/New_York."
        ) from None
    return name


def _check_country(code: Any, label: str) -> str | None:
    if code is None or code == "":
        return None
    from followup.core.calendar import supported_country

    if not isinstance(code, str) or not supported_country(code):
        raise CliError(
            f"{label}: unknown country {code!r}; use a two-letter code such as US or GB."
        )
    return code.upper()


def _parse_now(value: str, label: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise CliError(
            f"{label}: {value!r} is not a date and time; use a form like 2026-11-26T15:30."
        ) from None


def _local_zone() -> str:
    """The machine's IANA zone: $TZ, else where /etc/localtime points, else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        return name
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"
