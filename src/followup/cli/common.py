"""Helpers shared by every command: errors, JSON output, reading input files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

EXIT_OK = 0
EXIT_ERROR = 1  # the user can fix it: bad input, missing record, failed check
EXIT_USAGE = 2  # argparse's own code for bad arguments


class CliError(Exception):
    """An error the user can act on. Printed as one sentence, without a traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def add_command(
    commands: argparse._SubParsersAction,
    name: str,
    handler: Callable[[argparse.Namespace], int | None],
    *,
    help: str,
    example: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """Add a sub-command whose --help ends with an example."""
    parser = commands.add_parser(
        name,
        help=help,
        description=description or help,
        epilog=f"Example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def print_json(value: Any, out: IO[str] | None = None) -> None:
    json.dump(value, out or sys.stdout, ensure_ascii=False, indent=2, default=str)
    (out or sys.stdout).write("\n")


def open_input(path: str) -> IO[str]:
    """Open a file named on the command line; `-` is standard input."""
    if path == "-":
        return sys.stdin
    try:
        return Path(path).open(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file; check the path.") from None
    except IsADirectoryError:
        raise CliError(f"{path} is a folder; give a file.") from None
    except PermissionError:
        raise CliError(f"{path}: permission denied; check the file's permissions.") from None
