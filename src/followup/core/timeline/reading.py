"""What the reader returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """A date read from text, with the words it was read from (text[start:end])."""

    deadline: dt.date
    phrase: str
    kind: str  # "weekday", "end_of_week", "business_days", "duration", "month_part", ...
    start: int
    end: int
