"""The timing policy: every number PRODUCT.md's "Timing policy, version 1" names, as a setting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta

__all__ = [
    "DEFAULT_POLICY",
    "MAX_FOLLOW_UP_DAYS",
    "MIN_FOLLOW_UP_DAYS",
    "Policy",
    "PolicyError",
]

# The founding advice: "at least a week or two". Below a week is only allowed when the interviewer
# gave a timeline, which is a stated deadline, not a policy.
MIN_FOLLOW_UP_DAYS = 7
MAX_FOLLOW_UP_DAYS = 14


class PolicyError(ValueError):
    """Settings or inputs the timing engine cannot plan with. The message says what to fix."""


@dataclass(frozen=True)
class Policy:
    window_start: time = time(8, 0)
    window_end: time = time(18, 0)  # exclusive: 18:00 itself is outside the window
    thank_you_delay: timedelta = timedelta(hours=1)
    follow_up_days: int = 7
    step_time: time = time(9, 30)  # when follow-ups, nudges and out-of-office moves go out
    deadline_business_days: int = 2
    nudge_business_days: int = 7
    ooo_business_days: int = 1

    def __post_init__(self) -> None:
        if not MIN_FOLLOW_UP_DAYS <= self.follow_up_days <= MAX_FOLLOW_UP_DAYS:
            raise PolicyError(
                f"follow_up_days must be from {MIN_FOLLOW_UP_DAYS} to {MAX_FOLLOW_UP_DAYS} days, "
                f"not {self.follow_up_days}; only a timeline the interviewer gave allows sooner"
            )
        for name in ("window_start", "window_end", "step_time"):
            value = getattr(self, name)
            # A zone's offset is chosen per day, so a time that carries its own would be ambiguous.
            if value.tzinfo is not None:
                raise PolicyError(f"{name} must be a local time without a time zone")
        if not self.window_start < self.window_end:
            raise PolicyError(
                f"window_start ({self.window_start:%H:%M}) must be before "
                f"window_end ({self.window_end:%H:%M})"
            )
        # Follow-ups and nudges go out at step_time, so it must lie in the window they respect.
        if not self.window_start <= self.step_time < self.window_end:
            raise PolicyError(
                f"step_time ({self.step_time:%H:%M}) must lie in the send window "
                f"{self.window_start:%H:%M}-{self.window_end:%H:%M}"
            )
        if self.thank_you_delay < timedelta(0):
            raise PolicyError("thank_you_delay cannot be negative")
        for name in ("deadline_business_days", "nudge_business_days", "ooo_business_days"):
            if getattr(self, name) < 1:
                raise PolicyError(f"{name} must be 1 or more, not {getattr(self, name)}")


DEFAULT_POLICY = Policy()
