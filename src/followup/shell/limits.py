"""How much Followup accepts, checked before anything reaches the database.

SQLite stores a 5,000-character name in a 200-character column without a word, PostgreSQL
refuses it with a DataError; a year-9999 interview overflows the planner. Checking here, with a
sentence that says what to do, makes both databases (and the web and the CLI) answer the same.
"""

from __future__ import annotations

import datetime as dt
import re

NAME_CHARS = 200  # company, role, a person's name or title
LOCATION_CHARS = 300
SUBJECT_CHARS = 300
EMAIL_CHARS = 254
# A debrief may be a long paste (a transcript, a job description): 100 KB is ordinary, 1 MB is
# accepted, anything larger is refused. The whole request is capped in settings as well.
DEBRIEF_CHARS = 1_000_000
NOTE_CHARS = 100_000  # a note's body: far beyond any email a person would send
SIGNATURE_CHARS = 2_000
PROFILE_TEXT_CHARS = 20_000
MAX_INTERVIEWERS = 50
LONGEST_INTERVIEW = dt.timedelta(hours=24)
FIRST_YEAR, LAST_YEAR = 2000, 2100

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# In text of several lines, tabs and line breaks are text; other control characters are not.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def limit(chars: int) -> str:
    """A limit with its exact count where a rounded size could mislead: '1 MB (1,000,000
    characters)' (a paste of 1,048,576 characters, a "megabyte" to some, is over it)."""
    return size(chars) if chars < 10_000 else f"{size(chars)} ({chars:,} characters)"


def size(chars: int) -> str:
    """'1 MB', '100 KB', '200 characters': a limit as a person reads it."""
    if chars >= 1_000_000:
        return f"{chars // 1_000_000} MB"
    if chars >= 10_000:
        return f"{chars // 1_000} KB"
    return f"{chars:,} characters"


def line_problem(label: str, value: str | None, max_chars: int) -> str | None:
    """What is wrong with a one-line value (a name, an address, a subject), or None."""
    value = value or ""
    if _CONTROL.search(value):
        return f"{label} holds a line break or a control character; type it on one line."
    if len(value.strip()) > max_chars:
        return f"{label} is {len(value.strip()):,} characters long; keep it to {size(max_chars)}."
    return None


def text_problem(label: str, value: str | None, max_chars: int) -> str | None:
    """What is wrong with a text of several lines (notes, a signature), or None."""
    value = value or ""
    if len(value) > max_chars:
        return (
            f"{label} is {len(value):,} characters long; the limit is {limit(max_chars)}. "
            "Keep the part that matters for your notes."
        )
    return None


def clean_text(value: str) -> str:
    """Drop control characters a paste can carry (NUL, form feeds): PostgreSQL refuses NUL,
    and none of them is anything a person can see or mean."""
    return _CONTROL_IN_TEXT.sub("", value)


def moment_problem(label: str, value: dt.date) -> str | None:  # (a datetime too)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return f"{label} is in {value.year}; give a date between {FIRST_YEAR} and {LAST_YEAR}."
    return None


# Model-field validators, so a profile saved from any path (web, `followup init`) is checked.


def validate_one_line(value: str) -> None:
    from django.core.exceptions import ValidationError

    if _CONTROL.search(value or ""):
        raise ValidationError(
            "This holds a line break or a control character; type it on one line."
        )


def validate_text(value: str) -> None:
    from django.core.exceptions import ValidationError

    if _CONTROL_IN_TEXT.search(value or ""):
        raise ValidationError(
            "This holds a control character (such as NUL) that a paste can carry; retype the "
            "part you pasted."
        )
