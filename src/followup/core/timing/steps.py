"""What goes into a plan (the interview, its interviewers) and what comes out (steps)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from followup.core.calendar import UnknownZone, zone
from followup.core.timing.policy import PolicyError

__all__ = ["InterviewTimes", "Recipient", "Step", "StepKind"]


class StepKind(StrEnum):
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    NUDGE = "nudge"


@dataclass(frozen=True)
class InterviewTimes:
    """When the interview took place; `tz` is the zone it was scheduled in (an IANA name)."""

    start: datetime
    end: datetime
    tz: str

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise PolicyError(
                    f"interview {name} {value.isoformat()} has no UTC offset; "
                    "give an aware datetime"
                )
        # As instants: two wall times of one zone compare without their fold, so an interview
        # across the repeated hour of a DST fall-back would look as if it ended before it began.
        if self.end.astimezone(UTC) < self.start.astimezone(UTC):
            raise PolicyError(
                f"interview end {self.end.isoformat()} is before its start {self.start.isoformat()}"
            )
        check_zone(self.tz, "interview time zone")

    def local_date(self) -> date:
        """The day of the interview in its own zone: the date a follow-up delay counts from."""
        return self.start.astimezone(zone(self.tz)).date()


@dataclass(frozen=True)
class Recipient:
    """An interviewer. With no zone or country, they come from the interview and the user.

    `away_until` is the return date their out-of-office reply gave: nothing reaches them
    before the business day after it.
    """

    name: str = ""
    tz: str | None = None
    country: str | None = None
    away_until: date | None = None


@dataclass(frozen=True)
class Step:
    kind: StepKind
    interviewer: int  # index into the interviewers given to plan_steps
    send_at: datetime  # aware, in the recipient's zone
    overdue_at: datetime | None
    reason: str
    tz: str
    country: str | None


def check_zone(name: str, what: str) -> None:
    try:
        zone(name)
    except UnknownZone as exc:
        raise PolicyError(f"{what}: {exc}") from None
