"""The values the reviewer takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# The order is the order findings are reported in: the four elements, then the problems.
LABELS: tuple[str, ...] = (
    "thanks",
    "distinguishes",
    "restates_interest",
    "asks_timeframe",
    "apologetic_or_desperate",
    "pushy",
    "wrong_name",
    "too_long",
)
ELEMENTS: tuple[str, ...] = LABELS[:4]
PROBLEMS: tuple[str, ...] = LABELS[4:]
KINDS: tuple[str, ...] = ("thank_you", "follow_up", "nudge")

_TEXT_FIELDS = (
    "candidate",
    "interviewer",
    "interviewer_email",
    "company",
    "role",
    "notes",
    "about_candidate",
)


@dataclass(frozen=True)
class ReviewContext:
    """What the reviewer knows about the interview; every field may be empty."""

    candidate: str = ""
    interviewer: str = ""
    interviewer_email: str = ""
    company: str = ""
    role: str = ""
    interview_date: date | None = None
    notes: str = ""
    nicknames: tuple[str, ...] = ()
    # A recruiter's note to a client about a candidate: the candidate's name (the writer, in
    # `candidate`, is the recruiter). Their name is then neither a wrong name nor, on its own,
    # a specific point, and "<name> remains very keen on the role" restates interest.
    about_candidate: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> ReviewContext:
        """Build from the batch JSON "context" object; missing keys and nulls mean "unknown"."""
        if d is None:
            return cls()
        if not isinstance(d, dict):
            raise ValueError("context must be a JSON object")
        values: dict[str, Any] = {}
        for key in _TEXT_FIELDS:
            value = d.get(key)
            if value is None:
                continue
            if not isinstance(value, str):
                raise ValueError(f"context.{key} must be a string, not {type(value).__name__}")
            values[key] = value
        raw_date = d.get("interview_date")
        if raw_date is not None:
            if isinstance(raw_date, date):
                values["interview_date"] = raw_date
            elif isinstance(raw_date, str):
                try:
                    values["interview_date"] = (
                        date.fromisoformat(raw_date[:10]) if raw_date else None
                    )
                except ValueError:
                    raise ValueError(
                        f"context.interview_date must be a date like 2026-11-18, not {raw_date!r}"
                    ) from None
            else:
                raise ValueError("context.interview_date must be a string like 2026-11-18")
        nicknames = d.get("nicknames")
        if nicknames is not None:
            if isinstance(nicknames, str):
                nicknames = [nicknames]
            if not isinstance(nicknames, list | tuple) or not all(
                isinstance(n, str) for n in nicknames
            ):
                raise ValueError("context.nicknames must be a list of strings")
            values["nicknames"] = tuple(nicknames)
        return cls(**values)


@dataclass(frozen=True)
class Finding:
    label: str
    evidence: str
    suggestion: str

    def to_dict(self) -> dict[str, str]:
        return {"label": self.label, "evidence": self.evidence, "suggestion": self.suggestion}


@dataclass(frozen=True)
class Review:
    labels: dict[str, bool]
    findings: list[Finding] = field(default_factory=list)
    verdict: str = ""
    ready: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": dict(self.labels),
            "findings": [f.to_dict() for f in self.findings],
            "verdict": self.verdict,
            "ready": self.ready,
        }
