"""One runner for every `--batch` command (plan, timeline, review, classify).

A batch answers every line, in order: a line that is not UTF-8, not JSON, nested too deeply,
too long, or that makes the answering code fail gets an error object of its own, and the lines
after it are answered as usual. Only a file that cannot be opened or read at all stops the batch.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from followup.cli.common import CliError

# A line longer than this is refused without being parsed: no one writes a 10 MB scenario,
# and parsing one would hold the whole batch up.
MAX_LINE_BYTES = 5_000_000

Answer = Callable[[int, dict[str, Any]], dict[str, Any]]


class LineError(ValueError):
    """What is wrong with one line, in a sentence the user can act on."""


def run_batch(path: str, answer: Answer, *, out: IO[str] | None = None) -> int:
    """Answer each JSON Lines object of `path` (`-`: standard input) with `answer(number, obj)`.

    `answer` raises `LineError` (or `ValueError`) for input it refuses; anything else it raises
    is reported on that line too, as an internal error, so one bad line never ends the batch.
    """
    stream = sys.stdout if out is None else out
    source = _open_binary(path)
    try:
        for number, raw in _lines(source, path):
            if raw is not None and not raw.strip():
                continue  # blank lines are spacing, not scenarios
            row = _answer_line(number, raw, answer)
            stream.write(_dump(number, row) + "\n")
            stream.flush()
    except BrokenPipeError:
        raise  # the reader went away (`| head`); main() exits quietly
    finally:
        if path != "-":
            source.close()
    return 0


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        # A text stream without a byte buffer (a test's StringIO) is read whole and re-encoded.
        return getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode())
    try:
        return Path(path).open("rb")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file; check the path.") from None
    except IsADirectoryError:
        raise CliError(f"{path} is a folder; give a file.") from None
    except PermissionError:
        raise CliError(f"{path}: permission denied; check the file's permissions.") from None


def _lines(source: IO[bytes], path: str) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line over the size limit."""
    number = 0
    while True:
        try:
            raw = source.readline(MAX_LINE_BYTES + 1)
        except OSError as exc:
            raise CliError(f"{path} could not be read ({exc.strerror or exc}).") from None
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            # Skip the rest of the over-long line, in pieces, without holding it in memory.
            while raw and not raw.endswith(b"\n"):
                raw = source.readline(MAX_LINE_BYTES)
            yield number, None
            continue
        yield number, raw


def _answer_line(number: int, raw: bytes | None, answer: Answer) -> dict[str, Any]:
    if raw is None:
        limit = MAX_LINE_BYTES // 1_000_000
        return _error(None, f"line {number} is longer than {limit} MB; split or shorten it")
    value, problem = parse_line(number, raw)
    if value is None:
        return _error(None, f"{problem}; write one JSON object per line")
    ident = value.get("id")
    if not _plain_id(ident):
        ident = None
    try:
        row = answer(number, value)
    except ValueError as exc:  # LineError, and the core's ScenarioError, PolicyError, ...
        message = str(exc).rstrip(".")
        if not message.startswith("line "):
            message = f"line {number}: {message}"
        return _error(ident, message)
    except RecursionError:
        return _error(ident, f"line {number} is nested too deeply to answer")
    except Exception as exc:  # noqa: BLE001 - one line's failure must not end the batch
        return _error(
            ident,
            f"line {number} could not be answered ({type(exc).__name__}); "
            "please report it with that line",
        )
    return {"id": ident, **row}


def _dump(number: int, row: dict[str, Any]) -> str:
    """One output line, always valid JSON in UTF-8 (no NaN, no lone surrogates)."""
    try:
        text = json.dumps(row, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return json.dumps(row, allow_nan=False)  # lone surrogates, as \\u escapes
    except (ValueError, TypeError):
        return json.dumps(_error(None, f"line {number}'s answer could not be written as JSON"))


def parse_line(number: int, raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The line's JSON object, or None and why not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"line {number} is not UTF-8 text (byte {exc.start + 1}); save it as UTF-8"
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:
        return None, f"line {number} is nested too deeply to read"
    except ValueError:  # a number of more than 4,300 digits
        return None, f"line {number} holds a number too long to read"
    if not isinstance(value, dict):
        return None, f"line {number} must be a JSON object, not {_json_kind(value)}"
    return value, ""


def _error(ident: Any, message: str) -> dict[str, Any]:
    return {"id": ident, "error": f"{message}."}


def _plain_id(value: Any) -> bool:
    """An id is echoed back only if it is a plain value (not a nested structure, not NaN)."""
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    return value is None or isinstance(value, str | int | bool)


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "a number" if not isinstance(value, bool) else "true or false"
