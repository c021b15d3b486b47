"""The `followup` command.

Commands that only use the functional core (`plan`, `timeline`, `review`, `classify`) never
import Django, so they start fast and need no database. Each command lives in its own module
with a `register()` function; modules are imported here only to build the argument parser, so
they keep their heavy imports inside their handlers.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from followup.cli.common import CliError

# Order is the order shown in `followup --help`.
COMMAND_MODULES = (
    "followup.cli.setup_commands",  # init, serve, doctor, demo
    "followup.cli.interview_commands",  # add, list, show, debrief, due, done, outcome, draft
    "followup.cli.mail_commands",  # account, keys, send, outbox, worker
    "followup.cli.transfer_commands",  # import, export, backup, restore, feed
    "followup.cli.token_commands",  # token (API tokens)
    "followup.cli.insights",  # insights
    "followup.cli.team_commands",  # team (an agency install)
    "followup.cli.plan",  # plan --batch (core only)
    "followup.cli.timeline",  # timeline (core only)
    "followup.cli.review",  # review (core only)
    "followup.cli.classify",  # classify (core only)
)


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line with where to look, not a usage block (exit code 2)."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}; see `{self.prog} --help`.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="followup",
        description="Interview follow-up assistant: when to follow up, what to write, "
        "and stop when they reply.",
        epilog="Run `followup COMMAND --help` for a command's options and an example.",
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command module not written yet
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except CliError as exc:
        print(f"followup: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("followup: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for the user; FOLLOWUP_DEBUG=1 shows it
        if os.environ.get("FOLLOWUP_DEBUG") == "1":
            raise
        first = (str(exc).strip().splitlines() or [""])[0]
        if exc.__class__.__module__.startswith("django.db"):
            print(
                f"followup: error: the database refused this ({first}); run "
                "`followup doctor` to check it.",
                file=sys.stderr,
            )
        else:
            print(
                f"followup: error: unexpected {exc.__class__.__name__}: {first}. This is a "
                "bug: please report it (FOLLOWUP_DEBUG=1 shows the details).",
                file=sys.stderr,
            )
        return 1


class _VersionAction(argparse.Action):
    """--version, looked up only when asked (importlib.metadata costs ~30 ms at every start)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        print(_version())
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"followup {version('followup')}"
    except PackageNotFoundError:
        return "followup (not installed)"


if __name__ == "__main__":
    sys.exit(main())
