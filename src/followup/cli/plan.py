"""`followup plan`: when each thank-you, follow-up and nudge goes out, from the timing engine alone.

It never imports Django and needs no database, so it starts fast and suits scripts and benchmarks.
The timing engine (and the holidays package behind it) is imported inside the handler so that
`followup --help` does not pay for it.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time, timedelta
from typing import Any

from followup.cli.batch import run_batch
from followup.cli.common import (
    CliError,
    add_command,
    add_json_flag,
    open_input,
    print_json,
)

EXAMPLE_LINE = (
    '{"id": "p1", "interview": {"start": "2026-12-01T14:00:00-05:00", '
    '"end": "2026-12-01T15:00:00-05:00", "tz": "America/New_York"}, '
    '"interviewers": [{"name": "Dana Reyes", "tz": "America/Chicago", "country": "US"}], '
    '"stated_deadline": "2026-12-11"}'
)

DESCRIPTION = f"""\
Plan the thank-yous, the official follow-up and the nudge for interviews, with a reason for each.

With --batch, FILE holds JSON Lines (- reads standard input), one scenario a line; each
non-blank line gives one line of output, in the same order. A scenario:

  {EXAMPLE_LINE}

Optional keys: "country" (the user's, for interviewers without one), "policy" (overrides such as
{{"follow_up_days": 10, "window_start": "08:00", "thank_you_delay_minutes": 60}}) and
"follow_up_sent_at". Interviewer "tz" and "country", and "stated_deadline", may be null; an
interviewer's "away_until" (YYYY-MM-DD, from an out-of-office reply) holds their steps until the
business day after it, and the nudge counts from the moved follow-up. A start
or end without a UTC offset is read in interview.tz. A bad line gives {{"id": ..., "error": ...}}
and the batch carries on.

Without --batch, SCENARIO is a JSON file holding one scenario; the plan is printed as text, or
as JSON with --json."""

_TOP_KEYS = (
    "id",
    "interview",
    "interviewers",
    "stated_deadline",
    "country",
    "policy",
    "follow_up_sent_at",
)
_INTERVIEW_KEYS = ("start", "end", "tz")
_INTERVIEWER_KEYS = ("name", "tz", "country", "away_until")
_POLICY_TIMES = ("window_start", "window_end", "step_time")
_POLICY_COUNTS = (
    "follow_up_days",
    "deadline_business_days",
    "nudge_business_days",
    "ooo_business_days",
)
_POLICY_KEYS = (*_POLICY_TIMES, "thank_you_delay_minutes", *_POLICY_COUNTS)


class ScenarioError(ValueError):
    """A scenario this command cannot read; the message names the field to fix."""


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands,
        "plan",
        handle,
        help="plan when to send each thank-you, follow-up and nudge (no database needed)",
        description=DESCRIPTION,
        example="followup plan --batch interviews.jsonl > plans.jsonl",
    )
    parser.add_argument(
        "scenario", nargs="?", metavar="SCENARIO", help="a JSON file with one scenario"
    )
    parser.add_argument(
        "--batch", metavar="FILE", help="a JSON Lines file of scenarios; - for standard input"
    )
    add_json_flag(parser)


def handle(args: argparse.Namespace) -> int:
    if args.batch is not None and args.scenario is not None:
        raise CliError("give either --batch FILE or one SCENARIO file, not both.")
    if args.batch is not None:
        return _run_batch(args.batch)
    if args.scenario is not None:
        return _run_one(args.scenario, as_json=args.json)
    raise CliError(
        "give a SCENARIO file, or --batch FILE for JSON Lines; see `followup plan --help`."
    )


def _run_batch(path: str) -> int:
    return run_batch(path, _plan_line)


def _plan_line(number: int, value: dict[str, Any]) -> dict[str, Any]:
    return {"steps": [_step_json(step) for step in _plan(value)]}


def _run_one(path: str, *, as_json: bool) -> int:
    stream = open_input(path)
    try:
        value = json.load(stream)
    except json.JSONDecodeError as exc:
        raise CliError(f"{path} is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    except UnicodeDecodeError:
        raise CliError(f"{path} is not UTF-8 text; save it as UTF-8.") from None
    finally:
        if stream is not sys.stdin:
            stream.close()
    if not isinstance(value, dict):
        raise CliError(f"{path} must hold one JSON object; for JSON Lines use --batch.")
    try:
        steps = _plan(value)
    except ValueError as exc:
        raise CliError(f"{path}: {exc}.") from None
    if as_json:
        print_json({"id": value.get("id"), "steps": [_step_json(step) for step in steps]})
        return 0
    names = [person.get("name") or "" for person in value["interviewers"]]
    for step in steps:
        who = names[step.interviewer] or f"interviewer {step.interviewer + 1}"
        print(f"{step.kind.value.replace('_', '-')} to {who}: {step.reason}")
    return 0


def _plan(value: dict[str, Any]) -> list[Any]:
    from followup.core import timing
    from followup.core.timing.steps import check_zone

    _check_keys(value, _TOP_KEYS, "the scenario")
    interview = _object(value.get("interview"), "interview")
    _check_keys(interview, _INTERVIEW_KEYS, "interview")
    tz = interview.get("tz")
    if not isinstance(tz, str) or not tz:
        raise ScenarioError("interview.tz is missing; give an IANA zone such as 'America/New_York'")
    # Checked before the times, which may need the zone to be read.
    check_zone(tz, "interview.tz")
    times = timing.InterviewTimes(
        start=_datetime(interview.get("start"), "interview.start", tz, required=True),
        end=_datetime(interview.get("end"), "interview.end", tz, required=True),
        tz=tz,
    )
    return timing.plan_steps(
        times,
        _interviewers(value.get("interviewers")),
        stated_deadline=_date(value.get("stated_deadline"), "stated_deadline"),
        policy=_policy(value.get("policy")),
        user_country=_text(value.get("country"), "country"),
        follow_up_sent_at=_datetime(value.get("follow_up_sent_at"), "follow_up_sent_at", tz),
    )


def _interviewers(raw: Any) -> list[Any]:
    from followup.core.timing import Recipient

    if not isinstance(raw, list) or not raw:
        raise ScenarioError(
            'interviewers must be a non-empty list such as [{"name": "Dana Reyes", '
            '"tz": "America/Chicago", "country": "US"}]'
        )
    people = []
    for index, item in enumerate(raw):
        where = f"interviewers[{index}]"
        person = _object(item, where)
        _check_keys(person, _INTERVIEWER_KEYS, where)
        people.append(
            Recipient(
                name=_text(person.get("name"), f"{where}.name") or "",
                tz=_text(person.get("tz"), f"{where}.tz"),
                country=_text(person.get("country"), f"{where}.country"),
                away_until=_date(person.get("away_until"), f"{where}.away_until"),
            )
        )
    return people


def _policy(raw: Any) -> Any:
    from followup.core.timing import Policy

    if raw is None:
        return Policy()
    settings = _object(raw, "policy")
    _check_keys(settings, _POLICY_KEYS, "policy")
    overrides: dict[str, Any] = {}
    for name in _POLICY_TIMES:
        if settings.get(name) is not None:
            overrides[name] = _time(settings[name], f"policy.{name}")
    for name in _POLICY_COUNTS:
        if settings.get(name) is not None:
            overrides[name] = _whole_number(settings[name], f"policy.{name}")
    if settings.get("thank_you_delay_minutes") is not None:
        name = "thank_you_delay_minutes"
        overrides["thank_you_delay"] = timedelta(
            minutes=_whole_number(settings[name], f"policy.{name}")
        )
    return Policy(**overrides)


def _step_json(step: Any) -> dict[str, Any]:
    return {
        "kind": step.kind.value,
        "interviewer": step.interviewer,
        "send_at": step.send_at.isoformat(timespec="seconds"),
        "overdue_at": step.overdue_at.isoformat(timespec="seconds") if step.overdue_at else None,
        "reason": step.reason,
    }


def _check_keys(value: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    # A misspelt optional key ("stated_dealine") would otherwise be ignored and give a wrong plan.
    for key in value:
        if key not in allowed:
            raise ScenarioError(
                f"unknown field {key!r} in {where}; expected one of {', '.join(allowed)}"
            )


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ScenarioError(f"{where} must be a JSON object")
    return value


def _text(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ScenarioError(f"{where} must be a string or null, not {json.dumps(value)}")
    return value.strip() or None


def _whole_number(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScenarioError(f"{where} must be a whole number, not {json.dumps(value)}")
    return value


def _time(value: Any, where: str) -> time:
    try:
        parsed = time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ScenarioError(
            f'{where} must be a time such as "09:30", not {json.dumps(value)}'
        ) from None
    if parsed.tzinfo is not None:
        raise ScenarioError(f'{where} must be a local time without a UTC offset, such as "09:30"')
    return parsed


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ScenarioError(
            f'{where} must be a date such as "2026-12-11", not {json.dumps(value)}'
        ) from None


def _datetime(value: Any, where: str, tz: str, *, required: bool = False) -> datetime | None:
    from followup.core.timing.local_time import at_local

    if value is None:
        if required:
            raise ScenarioError(
                f'{where} is missing; give a date-time such as "2026-12-01T15:00:00-05:00"'
            )
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ScenarioError(
            f'{where} must be an ISO 8601 date-time such as "2026-12-01T15:00:00-05:00", '
            f"not {json.dumps(value)}"
        ) from None
    if parsed.tzinfo is None:
        # A wall time in the interview's zone; at_local resolves one in a DST gap or fold.
        return at_local(parsed.date(), parsed.time(), tz)
    return parsed
