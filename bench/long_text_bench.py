"""Benchmark: how long the timeline reader takes on a 1 MB debrief, and the reviewer on 200 KB.

    .venv/bin/python bench/long_text_bench.py [--quick]

Eleven kinds of 1 MB debrief, each ending with the promise "Priya said they will decide by the
end of next week.":
- prose: notes about the interview with no date or number in them;
- notes: the same with the numbers debrief notes hold ("two weeks", "25 days of leave",
  "Thursdays", "45 minutes"), one or two a line;
- dense: the labelled timeline corpora pasted one after another, a date in every paragraph
  (the worst case: every rule has work everywhere).
- a debrief, over and over: one realistic debrief of six lines with its promise, pasted until
  the text is 1 MB; call notes, over and over: a recruiter's call notes, a day or a date every
  seventy characters (each as dense as "dense");
- three hostile ones: a holiday with its dates in brackets over and over, the same after a
  weekday ("the Tuesday before Christmas (22 December)"), and note lines opened by runs of 400
  dashes (each was slower than linear once);
- base64 noise: a pasted attachment, random bytes in base64 lines of 76 characters (letters and
  digits everywhere, so every pattern's first characters match all over it);
- a run of emoji: the promise, then emoji with no space after them (quadratic once);
- a list of dates: dates of every form, one after another with no sentence's end among them
  (one "sentence" of a megabyte: each date searched back to the sentence's start once, so the
  time grew with the square of the length).
Each is also read at a quarter of the size, to show the time grows with the length and no
faster. The reviewer reads a 200 KB email made of the review corpus's drafts, a hostile 200 KB
line of "a-a-a-...", a 200 KB sentence of firms' names, 200 KB of one-word lines and 200 KB of
notes that are one pasted token; the draft
writer drafts from a debrief whose four fields each hold 200 KB. Times are the best of two runs
(--quick: one, and neither the review nor the drafts), each of a text not read before (a digit
put in front: the reader keeps what it found in the text it read last, and a user's text is
read once).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from followup.core.timeline import moments, normalise, prefilter, read_timeline  # noqa: E402
from followup.core.writing.drafting import (  # noqa: E402
    DraftContext,
    Person,
    draft_follow_up,
    draft_nudge,
    draft_thank_you,
)
from followup.core.writing.review import ReviewContext, review, specifics  # noqa: E402

NOW = dt.datetime(2026, 11, 26, 15, 30)
PROMISE = "\nPriya said they will decide by the end of next week."
PROSE = [
    "Met Priya Shah (Head of Data) and Tom from platform; we talked about the migration to dbt.",
    "She asked about the outage I handled at my last job, and I walked through the postmortem.",
    "The team is small and spread across Lisbon and London; they care about documentation.",
    "Stood out: the manager was very candid about tech debt and the data platform roadmap.",
    "Salary band not discussed yet. Benefits look standard and the office is near the station.",
    "I mentioned my Kafka work; Tom seemed interested and asked several questions about it.",
    "Next round would be a system design exercise with the staff engineer, probably remote.",
]
NOTES = PROSE + [
    "Team of six, two in Lisbon; they ship every two weeks and demo on Thursdays.",
    "Benefits: 25 days of leave, hybrid 2 days a week; the interview ran 45 minutes over.",
]
# One whole debrief, with its promise, as a user writes it: pasted again and again.
DEBRIEF = (
    "Interview debrief - Data Engineer, Acme\n"
    "Met Priya Shah (hiring manager) and Tom from the platform team. 45 minutes, on site.\n"
    "Talked through the Kafka migration I led, they asked a lot about backfills and cost.\n"
    "Team is 6 people, hybrid, 2 days in the office. Salary band discussed briefly.\n"
    "Priya said they have two more candidates this week and will decide by the end of next week.\n"
    "Follow up with the case study link and thank Tom for the architecture diagram.\n\n"
)
# A recruiter's call notes: a date or a day every seventy characters.
CALL_NOTES = (
    "Call with recruiter (Jen, Hays) on Monday. Role is 12-month contract, day rate agreed.\n"
    "Client wants to move fast: second round Thursday 10th, offers out the week after.\n"
    "She'll chase the hiring manager tomorrow and get back to me by Wednesday.\n\n"
)


def _pasted(pieces: list[str], size: int, seed: int, between: str) -> str:
    """Pieces drawn at random and joined until the text is `size` long, then the promise."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(pieces)
        out.append(piece)
        total += len(piece) + len(between)
    return between.join(out)[:size] + PROMISE


def _filled(lines: list[str], size: int, seed: int) -> str:
    return _pasted(lines, size, seed, "\n")


def _dense(size: int) -> str:
    texts: list[str] = []
    for path in sorted((ROOT / "tests/blind").glob("timeline*.jsonl")):
        with path.open(encoding="utf-8") as stream:
            texts += [json.loads(line)["text"] for line in stream if line.strip()]
    return _pasted(texts, size, 1, "\n\n")


def _base64_noise(size: int) -> str:
    """Random bytes in base64 lines of 76 characters (57 bytes a line), cut to `size`."""
    noise = random.Random(5).randbytes(size * 57 // 77 + 57)
    return base64.encodebytes(noise).decode("ascii")[:size] + PROMISE


def _read_cold(text: str) -> None:
    """Read `text` as a process does the first text it reads, its patterns compiled: without
    what it keeps of the words it has read (a base64 paste's hundred thousand words are all new
    to it; read twice, they were all known the second time)."""
    prefilter._keys_in_word.cache_clear()
    normalise.canonical_word.cache_clear()
    moments._read_on.cache_clear()
    read_timeline(text, NOW, "Europe/London")


def _best(runs: int, action) -> float:
    """The shortest of `runs` calls of action(run)."""
    best = float("inf")
    for run in range(runs):
        started = time.perf_counter()
        action(run)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 1 if quick else 2
    read_timeline("by Friday", NOW, "Europe/London", "GB")  # load holidays and the model
    print(f"{'timeline reader':28}{'250 KB':>10}{'1 MB':>10}{'ratio':>8}  reading")
    kinds = {
        "prose": lambda size: _filled(PROSE, size, 2),
        "notes": lambda size: _filled(NOTES, size, 2),
        "dense": _dense,
        "a debrief, over and over": lambda size: _pasted([DEBRIEF], size, 7, ""),
        "call notes, over and over": lambda size: _pasted([CALL_NOTES], size, 8, ""),
        # Hostile: a holiday with its dates in brackets, over and over (quadratic once).
        "holidays in brackets": lambda size: _pasted(
            ["We will answer after Christmas (24 - 26 December)."], size, 3, " "
        ),
        # Hostile: note lines opened by long runs of marks (a cubic regex once).
        "runs of marks": lambda size: _filled(["-" * 400 + " Karla: decision soon"], size, 4),
        # Hostile: a weekday before a holiday, its date in brackets, over and over (each once
        # looked at every date of the text: quadratic).
        "a weekday before a holiday": lambda size: _pasted(
            ["We will call you the Tuesday before Christmas (22 December)."], size, 9, " "
        ),
        # Hostile: a meeting's weekday over and over ("your" was looked for from the text's
        # start before each: 155 s a megabyte until stop 59).
        "a meeting's weekday": lambda size: _pasted(
            ["Interview for the admin post was on Thursday"], size, 10, " "
        ),
        # Hostile: a pasted base64 attachment, letters and digits with no words.
        "base64 noise": _base64_noise,
        # Hostile: a run of emoji with no space after it (the sentence break tried the run
        # again from each of its characters once: quadratic).
        "a run of emoji": lambda size: (
            PROMISE.strip() + " " + "\N{SMILING FACE WITH SMILING EYES}" * size + "x"
        ),
        # Hostile: dates of every form with no full stop among them (quadratic once).
        "a list of dates": lambda size: _pasted(
            ["12/5 1/6 2026-01-07 Dec 8th, 9 January, next Friday, in 2 weeks, by Monday"],
            size,
            6,
            " ",
        ),
    }
    for name, make in kinds.items():
        small, large = make(250_000), make(1_000_000)
        seconds_small = _best(runs, lambda run, text=small: _read_cold(f"{run}{text}"))
        seconds_large = _best(runs, lambda run, text=large: _read_cold(f"{run}{text}"))
        reading = read_timeline(large, NOW, "Europe/London", "GB")
        said = f"{reading.deadline} ({reading.phrase!r})" if reading else "none"
        ratio = seconds_large / seconds_small
        print(f"{name:28}{seconds_small:>9.2f}s{seconds_large:>9.2f}s{ratio:>8.1f}  {said}")
    if quick:
        return
    drafts: list[str] = []
    with (ROOT / "tests/blind/review.jsonl").open(encoding="utf-8") as stream:
        drafts = [json.loads(line)["body"] for line in stream if line.strip()]
    body = "\n\n".join(drafts * 10)[:200_000]
    context = ReviewContext(candidate="Sam Lee", interviewer="Priya Shah", company="Acme")
    review("Thank you", "short", "follow_up", context)
    seconds = _best(runs, lambda run: review("Following up", f"{run}{body}", "follow_up", context))
    print(f"\nreviewer, a 200 KB email: {seconds:.2f}s")
    # Hostile: one 200 KB line of "a-a-a-..." (the footer filter's patterns were quadratic once).
    line = "a-" * 100_000
    seconds = _best(runs, lambda run: review("Following up", f"{run}{line}", "follow_up", context))
    print(f"reviewer, a 200 KB line of 'a-': {seconds:.2f}s")
    # Hostile: one sentence of firms' names (each name was checked against every firm once).
    firms = ("Acme Corp Acme Bank Acmee Ltd AcMe Inc " * 5_200)[:200_000]
    seconds = _best(runs, lambda run: review("Following up", f"{run}{firms}", "follow_up", context))
    print(f"reviewer, a 200 KB sentence of firms' names: {seconds:.2f}s")
    # Hostile: 100,000 lines of one word, each running on into the next (joined by adding
    # each to the whole once: the square of their number).
    lines = "a\n" * 100_000
    seconds = _best(runs, lambda run: review("Following up", f"{run}{lines}", "follow_up", context))
    print(f"reviewer, 200 KB of one-word lines: {seconds:.2f}s")
    # Hostile: 200 KB of notes that are one pasted token (what every candidate had was once
    # looked for from each of its characters: 190 s).
    token = base64.b64encode(random.Random(9).randbytes(150_000)).decode("ascii")
    specifics._context_words.cache_clear()
    seconds = _best(
        runs,
        lambda run: review(
            "Thank you",
            "Thanks for the Kafka chat.",
            "thank_you",
            ReviewContext(candidate="Sam Lee", interviewer="Priya Shah", notes=f"{run}{token}"),
        ),
    )
    print(f"reviewer, 200 KB of notes in one token: {seconds:.2f}s")
    _drafts(runs)


def _drafts(runs: int) -> None:
    """The three notes drafted from a debrief whose four fields each hold 200 KB: of lines of
    notes, and three hostile pastes (runs of spaces, of full stops, mail header lines; each
    took the square of its length once)."""
    print()
    kinds = {
        "lines of notes": "\n".join(NOTES),
        "spaces": " ",
        "full stops": ".",
        "mail header lines": "From: Priya Shah <priya@acme.com>\nSubject: Re: Interview\n",
    }
    for name, piece in kinds.items():
        field = (piece * (200_000 // len(piece) + 1))[:200_000]

        def draft_all(run: int, field: str = field) -> None:
            text = f"{run}{field}"
            context = DraftContext(
                candidate="Sam Lee",
                company="Acme",
                role="Data Engineer",
                interview_date=dt.date(2026, 11, 24),
                interviewer=Person("Priya Shah", "priya@acme.com"),
                discussed=text,
                notes=text,
                stood_out=text,
                standout_points=(text,),
            )
            draft_thank_you(context), draft_follow_up(context), draft_nudge(context)

        print(f"drafts, a debrief of 4 x 200 KB of {name}: {_best(runs, draft_all):.2f}s")


if __name__ == "__main__":
    main()
