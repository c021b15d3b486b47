"""`followup review`: check a draft for the four elements and the tone problems.

Core only: no Django, no database. The reviewer is imported inside the handler so that
`followup --help` does not pay for it.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from followup.cli.batch import LineError, run_batch
from followup.cli.common import (
    CliError,
    add_command,
    add_json_flag,
    open_input,
    print_json,
)

KINDS = ("thank_you", "follow_up", "nudge")
EXAMPLE_LINE = (
    '{"id": "d1", "kind": "follow_up", "context": {"candidate": "Maria Santos", '
    '"interviewer": "Denise Okafor", "company": "St. Luke\'s Health", "role": "Charge Nurse", '
    '"interview_date": "2026-11-18", "notes": "Discussed night-shift staffing ratios."}, '
    '"subject": "Following up", "body": "Hi Denise, ..."}'
)
DESCRIPTION = f"""\
Review a draft thank-you, follow-up or nudge: does it thank them, name one specific point,
restate your interest and (in a follow-up or nudge) ask when to expect a decision; is it
apologetic, pushy, over 200 words, or does it name the interviewer or company wrongly?

FILE is the draft's body, or a whole email whose first line is "Subject: ..."; - reads standard
input. CONTEXT.json describes the interview: candidate, interviewer, interviewer_email, company,
role, interview_date (YYYY-MM-DD), notes and nicknames, every key optional. The exit code is 0
whether or not the draft is ready: read the verdict (or "ready" in --json).

With --batch, FILE holds JSON Lines, one draft a line, each with its own context:

  {EXAMPLE_LINE}

and each line gives one line of output, in order: {{"id", "labels", "findings", "verdict",
"ready"}}. A bad line gives {{"id": ..., "error": ...}} and the batch carries on."""


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands,
        "review",
        handle,
        help="review a draft for the four elements and tone (no database needed)",
        description=DESCRIPTION,
        example="followup review draft.txt --context interview.json --kind follow_up",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="the draft; - for standard input")
    parser.add_argument("--context", metavar="CONTEXT.json", help="the interview, as JSON")
    parser.add_argument(
        "--kind", choices=KINDS, default="follow_up", help="which note this is (default: follow_up)"
    )
    parser.add_argument("--subject", help="the subject line, when FILE holds only the body")
    parser.add_argument("--batch", metavar="FILE", help="a JSON Lines file of drafts; - for stdin")
    add_json_flag(parser)


def handle(args: argparse.Namespace) -> int:
    if args.batch is not None:
        if args.file is not None or args.context is not None or args.subject is not None:
            raise CliError(
                "with --batch, give the drafts and their contexts in the JSON Lines file only."
            )
        return _run_batch(args.batch)
    if args.file is None:
        raise CliError(
            "give the draft FILE (or - for standard input), or --batch FILE; "
            "see `followup review --help`."
        )
    return _run_one(args)


def _read_text(path: str) -> str:
    stream = open_input(path)
    try:
        return stream.read()
    except UnicodeDecodeError:
        raise CliError(f"{path} is not UTF-8 text; save it as UTF-8.") from None
    finally:
        if stream is not sys.stdin:
            stream.close()


def split_subject(text: str) -> tuple[str | None, str]:
    """A whole email starting "Subject: ..." gives its subject; otherwise the text is the body."""
    stripped = text.lstrip("\ufeff")
    first, _, rest = stripped.partition("\n")
    if first.lower().startswith("subject:"):
        return first[len("subject:") :].strip(), rest.lstrip("\n")
    return None, stripped


def _run_one(args: argparse.Namespace) -> int:
    from followup.core.writing.review import ReviewContext, review

    context = ReviewContext()
    if args.context is not None:
        if args.context == "-" and args.file == "-":
            raise CliError("only one of FILE and --context can be standard input.")
        raw = _read_text(args.context)
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise CliError(
                f"{args.context} is not valid JSON ({exc.msg} at line {exc.lineno})."
            ) from None
        if isinstance(value, dict) and isinstance(value.get("context"), dict):
            value = value["context"]  # a batch line's object works as a context file too
        try:
            context = ReviewContext.from_dict(value)
        except ValueError as exc:
            raise CliError(f"{args.context}: {exc}.") from None
    subject, body = split_subject(_read_text(args.file))
    if args.subject is not None:
        subject = args.subject
    if not body.strip():
        raise CliError(f"{args.file} is empty; give the draft's text.")
    result = review(subject or "", body, args.kind, context)
    if args.json:
        print_json(result.to_dict())
    else:
        print(format_report(result, args.kind))
    return 0


def format_report(result: Any, kind: str) -> str:
    from followup.core.writing.review import required_elements

    names = {
        "thanks": "Thanks them",
        "distinguishes": "One specific point",
        "restates_interest": "Restates interest",
        "asks_timeframe": "Asks when to expect a decision",
        "apologetic_or_desperate": "Apologetic or desperate",
        "pushy": "Pushy",
        "wrong_name": "Wrong name",
        "too_long": "Too long",
    }
    by_label = {f.label: f for f in result.findings}
    lines = [f"Review of a {kind.replace('_', '-')}:", ""]
    for label in ("thanks", "distinguishes", "restates_interest", "asks_timeframe"):
        finding = by_label.get(label)
        if result.labels[label]:
            lines.append(
                f'  ✓ {names[label]}: "{finding.evidence}"' if finding else f"  ✓ {names[label]}"
            )
        elif label in required_elements(kind):
            lines.append(f"  ✗ {names[label]}. {finding.suggestion if finding else ''}".rstrip())
        else:
            lines.append(f"  - {names[label]} (not needed in a {kind.replace('_', '-')})")
    problems = [
        f
        for f in result.findings
        if f.label in names
        and f.label not in ("thanks", "distinguishes", "restates_interest", "asks_timeframe")
    ]
    lines.append("")
    if problems:
        lines.append("Problems:")
        for finding in problems:
            lines.append(f'  ✗ {names[finding.label]}: "{finding.evidence}"')
            lines.append(f"    {finding.suggestion}")
    else:
        lines.append("Problems: none (tone, names and length are fine).")
    lines += ["", result.verdict]
    return "\n".join(lines)


def _run_batch(path: str) -> int:
    return run_batch(path, _review_line)


def _review_line(number: int, value: dict[str, Any]) -> dict[str, Any]:
    from followup.core.writing.review import ReviewContext, review

    kind = value.get("kind") or "follow_up"
    if kind not in KINDS:
        raise LineError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    subject = value.get("subject") or ""
    body = value.get("body")
    if not isinstance(subject, str):
        raise LineError("subject must be a string")
    if not isinstance(body, str) or not body.strip():
        raise LineError("body is missing; give the draft's text as a string")
    context = ReviewContext.from_dict(value.get("context"))
    return review(subject, body, kind, context).to_dict()
