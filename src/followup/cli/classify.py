"""`followup classify`: what a company's reply means, from the functional core alone.

No Django, no database: the reader is imported inside the handler so that `followup --help`
does not pay for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import sys
from typing import Any

from followup.cli.batch import LineError, run_batch
from followup.cli.common import CliError, add_command, add_json_flag, print_json

EXAMPLE_LINE = (
    '{"id": "r1", "from": "Dana Reyes <dana@acme.com>", "subject": "Re: Thank you", '
    '"body": "Hi Sam, we would like you to meet the team on Thursday.", '
    '"headers": {"Date": "Tue, 01 Dec 2026 10:14:00 -0500"}}'
)

DESCRIPTION = f"""\
Sort a reply from the company into next_round, rejection, offer, request, out_of_office or
other, from its new text only (quoted history, forwards' headers and signatures are set apart;
HTML mail is read through its text). An out-of-office reply also gives the return date,
counted from the Date header in the sender's own time.

With --batch, FILE holds JSON Lines (- reads standard input), one message a line:
  {EXAMPLE_LINE}
"headers" is optional ("Date", "Auto-Submitted", "X-Autoreply", "Content-Type"...); "tz" and
"country" may be given to count the return date in a zone and with its public holidays.
Each line gets one line back, in order:
  {{"id": "r1", "kind": "next_round", "return_date": null, "evidence": "..."}}
A bad line gets {{"id": ..., "error": ...}} and the batch carries on.

Without --batch, give the message's text as TEXT (or - for standard input) with --subject."""


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands,
        "classify",
        _run,
        help="what a reply from the company means (next round, rejection, offer, ...)",
        description=DESCRIPTION,
        example="followup classify --batch replies.jsonl > sorted.jsonl",
    )
    parser.add_argument("text", nargs="?", help="the reply's text; - for standard input")
    parser.add_argument("--subject", default="", help="the reply's subject line")
    parser.add_argument(
        "--batch", metavar="FILE", help="a JSON Lines file of messages; - for standard input"
    )
    add_json_flag(parser)


def _run(args: argparse.Namespace) -> int:
    if args.batch is not None:
        if args.text is not None:
            raise CliError("give either TEXT or --batch FILE, not both.")
        return run_batch(args.batch, _classify_line)
    if args.text is None:
        raise CliError(
            "give the reply's text, e.g. followup classify \"We'd love to offer you the role\", "
            "or --batch FILE."
        )
    from followup.core.replies import read_reply

    text = sys.stdin.read() if args.text == "-" else args.text
    reading = read_reply(args.subject, text, {}, received_at=dt.datetime.now().astimezone())
    if args.json:
        print_json(reading.to_dict())
    else:
        said = f' (read from "{reading.evidence}")' if reading.evidence else ""
        back = f", back {reading.return_date:%a %d %b %Y}" if reading.return_date else ""
        print(f"{reading.kind}{back}{said}")
    return 0


def _classify_line(number: int, value: dict[str, Any]) -> dict[str, Any]:
    from followup.core import calendar
    from followup.core.replies import read_reply

    subject = value.get("subject") or ""
    body = value.get("body")
    headers = value.get("headers") or {}
    if not isinstance(subject, str):
        raise LineError("subject must be a string")
    if not isinstance(body, str):
        raise LineError('"body" is missing; give the message\'s text as a string')
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        raise LineError('"headers" must be an object of strings, e.g. {"Date": "..."}')
    received = _date_of(headers)
    tz = value.get("tz")
    country = value.get("country")
    if tz is not None:
        try:
            calendar.zone(tz if isinstance(tz, str) else "")
        except calendar.UnknownZone:
            raise LineError(f'"tz" {tz!r} is not an IANA zone such as "Europe/London"') from None
    if country is not None and not (
        isinstance(country, str) and calendar.supported_country(country.upper())
    ):
        raise LineError(f'"country" {country!r} is not a two-letter code we have holidays for')
    reading = read_reply(
        subject,
        body,
        headers,
        received_at=received,
        tz=tz,
        country=country.upper() if country else None,
    )
    return reading.to_dict()


def _date_of(headers: dict[str, str]) -> dt.datetime | None:
    raw = next((v for k, v in headers.items() if k.lower() == "date"), "")
    if not raw:
        return None
    try:
        value = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        raise LineError(f"the Date header {raw!r} is not an RFC 2822 date") from None
    if value is None or value.tzinfo is None:
        raise LineError(f"the Date header {raw!r} has no time zone offset")
    return value
