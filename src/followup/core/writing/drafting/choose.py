"""Deterministic choice of phrasings.

Python's `hash()` is salted per process, so drafts would change between runs; we hash with
blake2b instead. The seed deliberately leaves the recipient out: every interviewer of one interview
shares the same seed and is offset by their position among the interview's interviewers, so
siblings always land on different phrasings (a per-person hash could collide).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TypeVar

from .context import DraftContext, Person

T = TypeVar("T")


def stable_int(*parts: str) -> int:
    data = "\x1f".join(p.strip().lower() for p in parts).encode("utf-8", "replace")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def person_key(person: Person) -> str:
    return person.email.strip().lower() or " ".join(person.name.lower().split())


def position(ctx: DraftContext) -> int:
    """The recipient's place among everyone met at this interview, in a stable order."""
    keys = {person_key(p) for p in ctx.other_interviewers}
    keys.add(person_key(ctx.interviewer))
    return sorted(keys).index(person_key(ctx.interviewer))


class Chooser:
    """Picks one option per part; siblings differ in every part with at least as many options
    as there are interviewers, and in the whole note for up to lcm(bank sizes) interviewers."""

    def __init__(self, ctx: DraftContext, kind: str) -> None:
        self._seed: tuple[str, ...] = (ctx.company, ctx.role, ctx.interview_date.isoformat(), kind)
        if ctx.about_candidate.strip():
            # A client meets several of the recruiter's candidates for one role, often on one
            # day: the notes about each must not read the same.
            self._seed += (ctx.about_candidate,)
        self._offset = position(ctx)

    def index(self, part: str, size: int) -> int:
        return (stable_int(*self._seed, part) + self._offset) % size

    def pick(self, part: str, options: Sequence[T]) -> T:
        return options[self.index(part, len(options))]
