"""Properties of every draft, over generated interviews: limits, threading, placeholders, no
invented names or numbers, the same draft on every call."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.core.writing.drafting import (
    WORD_LIMITS,
    Draft,
    DraftContext,
    Person,
    draft_follow_up,
    draft_nudge,
    draft_thank_you,
    find_placeholders,
)

NAMES = [
    "Dana Whitfield",
    "Karen O'Neill",
    "Mary-Kate Olsen",
    "Cher",
    "Dr. Priya Nair",
    "jose garcia",
    "Nair, Priya",
    "Li Wei",
    "Zoë Brontë",
    "",
    "X Æ A-12",
]
COMPANIES = [
    "Mercy General",
    "Northwind Logistics",
    "Stripe",
    "St. Luke's Health",
    "PG&E",
    "Acme",
    "",
    "Bright Horizons",
]
ROLES = [
    "Charge Nurse",
    "Warehouse Supervisor",
    "Senior Backend Engineer",
    "3rd Grade Teacher",
    "CDL-A Driver",
    "Store Team Leader position",
    "",
    "VP of Operations",
]
FRAGMENTS = [
    "we discussed the Kronos rollout",
    "she asked how I'd handle a patient fall",
    "talked about cutting mis-picks 15% with RF scanners",
    "great conversation",
    "the 4 West night-shift gap",
    "Dana mentioned that the unit is moving to Epic",
    "I fumbled the SQL question",
    "salary range",
    "culture fit",
    "he walked me through the AutoStore cell in Reno",
    "Led a 12-bed step-down unit",
    "Six Sigma Green Belt",
    "12 years in ICU",
    "we'll hear back by Friday",
    "their switch to Illustrative Mathematics",
]
SEPARATORS = [". ", "; ", "\n", ", ", " and ", "\n- "]

free_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
notes = st.one_of(
    st.just(""),
    free_text,
    st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=6).map(
        lambda parts: "".join(f + s for f, s in parts)
    ),
)
short = st.one_of(st.sampled_from(COMPANIES), st.text(max_size=30))
person = st.builds(
    Person,
    name=st.one_of(st.sampled_from(NAMES), st.text(max_size=25)),
    email=st.one_of(st.just(""), st.emails()),
)

contexts = st.builds(
    DraftContext,
    candidate=st.one_of(st.sampled_from(NAMES), st.text(max_size=25)),
    company=short,
    role=st.one_of(st.sampled_from(ROLES), st.text(max_size=30)),
    interview_date=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    interviewer=person,
    signature=st.one_of(st.just(""), st.text(max_size=40)),
    standout_points=st.lists(notes, max_size=3).map(tuple),
    discussed=notes,
    notes=notes,
    stood_out=notes,
    interview_format=st.sampled_from(["", "video", "phone", "onsite", "Zoom"]),
    other_interviewers=st.lists(person, max_size=4).map(tuple),
    thank_you_subject=st.one_of(
        st.just(""),
        st.text(max_size=40),
        st.sampled_from(["Thank you", "Re: Thank you", "RE: re: Thanks!", "Re[3]: x"]),
    ),
    stated_deadline=st.one_of(st.none(), st.dates(min_value=date(2020, 1, 1))),
)

DRAFTERS = (draft_thank_you, draft_follow_up, draft_nudge)
DATE_WORDS = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}
TEMPLATE_WORDS = {"I", "I'd", "I'm", "I've", "Re"}


def invented(draft: Draft, ctx: DraftContext) -> list[str]:
    """Capitalised words and numbers in the body that the context did not supply."""
    source = " ".join(
        [
            ctx.candidate,
            ctx.company,
            ctx.role,
            ctx.interviewer.name,
            ctx.signature,
            ctx.discussed,
            ctx.notes,
            ctx.stood_out,
            *ctx.standout_points,
        ]
    ).casefold()
    days = {str(ctx.interview_date.day)} | (
        {str(ctx.stated_deadline.day)} if ctx.stated_deadline else set()
    )
    text = re.sub(r"\[\[[^\]]*\]\]", "", draft.body)  # placeholders speak to the user
    found = []
    for sentence in re.split(r"(?<=[.?!:,;])\s+|\n+", text):
        for i, word in enumerate(re.findall(r"[^\W_][\w'’&.-]*", sentence)):
            word = word.rstrip(".")
            number = any(c.isdigit() for c in word) and word not in days
            name = i > 0 and word[:1].isupper() and word not in TEMPLATE_WORDS | DATE_WORDS
            if (number or name) and word.casefold() not in source:
                found.append(word)
    return found


@settings(max_examples=150, deadline=None)
@given(ctx=contexts)
def test_every_draft_keeps_its_promises(ctx: DraftContext) -> None:
    for drafter in DRAFTERS:
        draft = drafter(ctx)
        assert draft == drafter(ctx)  # deterministic
        counted = draft.body[: draft.body.rfind(",\n") + 1] if ",\n" in draft.body else draft.body
        assert len(counted.split()) <= WORD_LIMITS[draft.kind], draft.body
        assert draft.placeholders == find_placeholders(draft.body)
        assert all(p.startswith("[[Add ") for p in draft.placeholders)
        assert len(draft.placeholders) <= 1
        assert draft.subject.strip() and "\n" not in draft.subject
        assert not re.match(r"(?i)re\s*:\s*re\s*:", draft.subject)
        assert invented(draft, ctx) == [], draft.body


@settings(max_examples=60, deadline=None)
@given(
    ctx=contexts,
    others=st.lists(
        person,
        min_size=1,
        max_size=4,
        unique_by=lambda p: p.email.lower() or " ".join(p.name.lower().split()),
    ),
)
def test_siblings_at_one_interview_never_get_the_same_thank_you(
    ctx: DraftContext, others: list[Person]
) -> None:
    panel = [ctx.interviewer, *others]
    keys = {p.email.lower() or " ".join(p.name.lower().split()) for p in panel}
    if len(keys) < len(panel):
        return  # the same person listed twice is one recipient
    bodies = []
    for person_ in panel:
        sibling = DraftContext(
            **{
                **ctx.__dict__,
                "interviewer": person_,
                "other_interviewers": tuple(p for p in panel if p is not person_),
                "discussed": "the Kronos rollout",
            }
        )
        body = draft_thank_you(sibling).body
        bodies.append(body.split("\n\n", 1)[1])  # ignore the greeting, which names them
    assert len(set(bodies)) == len(bodies)


# The patterns that cut notes into points, as they were before they stopped trying every place
# inside a run of spaces or marks (a pasted run of 20,000 spaces or full stops took the square of
# its length; bench/long_text_bench.py times them). The points they give are the same.
_LINES_BEFORE = re.compile(r"[\r\n]+|\s+[•·]\s+|^[•·]\s+")
_PARTS_BEFORE = re.compile(r"\s*;\s*|\s+\|\s+")
_SENTENCE_END_BEFORE = re.compile(r"[.!?]+\s+(?=[\"'(A-Z0-9])")
_RUNS = st.text(alphabet=" \t\n\r;|•·.!?aB7\"'(", max_size=160)


def _split_points_before(text: str) -> list[str]:
    from followup.core.writing.drafting import points

    pieces: list[str] = []
    for line in _LINES_BEFORE.split(points.clean_text(text)):
        for part in _PARTS_BEFORE.split(line):
            pieces.extend(points._split_sentences(part))
    return [p for p in (points._strip_decoration(p) for p in pieces) if p]


def test_a_bullet_after_a_long_run_of_spaces_still_parts_the_points() -> None:
    from followup.core.writing.drafting import points

    text = "Kafka migration" + " " * 80 + "\n" + " " * 70 + "• dbt tests on the billing models"
    assert (
        points.split_points(text)
        == _split_points_before(text)
        == [
            "Kafka migration",
            "dbt tests on the billing models",
        ]
    )


@settings(max_examples=500, deadline=None)
@given(_RUNS)
def test_notes_are_cut_into_points_where_they_were(text: str) -> None:
    from followup.core.writing.drafting import points

    assert points.split_points(text) == _split_points_before(text)
    assert points._PARTS.split(text) == _PARTS_BEFORE.split(text)
    assert [m.span() for m in points._SENTENCE_END.finditer(text)] == [
        m.span() for m in _SENTENCE_END_BEFORE.finditer(text)
    ]


def _split_sentences_before(text: str) -> list[str]:
    from followup.core.writing.drafting import points

    out, start = [], 0
    for match in _SENTENCE_END_BEFORE.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in points._ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : match.start()])
        start = match.end()
    out.append(text[start:])
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["e.g.", "Dr.", "a.", "Kronos.", " ", "  ", "B", "4.5", "!"])))
def test_sentences_end_where_they_did(words: list[str]) -> None:
    from followup.core.writing.drafting import points

    text = " ".join(words)
    assert points._split_sentences(text) == _split_sentences_before(text)


_TRIMMED_BEFORE = [
    (re.compile(r"[\s.,;:!?\-–—]+$"), re.compile(r"(?<![\s.,;:!?\-–—])[\s.,;:!?\-–—]+$")),
    (re.compile(r"[\s,;:(\-–—]+$"), re.compile(r"(?<![\s,;:(\-–—])[\s,;:(\-–—]+$")),
    (re.compile(r"^\W+|\W+$"), re.compile(r"^\W+|(?<!\W)\W+$")),
    (re.compile(r"\.\.+$"), re.compile(r"(?<!\.)\.\.+$")),
]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \n.,;:!?-–—(aB7_", max_size=40))
def test_trailing_runs_are_trimmed_as_before(text: str) -> None:
    """Each trailing run is now tried only where it begins (tried at every mark of it, "A" and
    40,000 commas took 19 s): the same text is left."""
    for before, now in _TRIMMED_BEFORE:
        assert now.sub("", text) == before.sub("", text)


def test_the_trimming_patterns_are_those_the_drafts_use() -> None:
    import inspect

    from followup.core.writing.drafting import compose, points

    source = inspect.getsource(points) + inspect.getsource(compose)
    for _before, now in _TRIMMED_BEFORE:
        assert now.pattern in source


def test_a_contexts_points_are_read_once_for_all_three_notes(monkeypatch):
    """A note is composed again at shorter budgets until it fits, and the three kinds share their
    points: each field of a debrief is read for points once (a 4 x 200 KB debrief was read up to
    forty times), and the notes are the same as when every reading was fresh."""
    from followup.core.writing.drafting import compose, points

    def context(notes: str) -> DraftContext:
        return DraftContext(
            candidate="Sam Lee",
            company="Acme",
            role="Data Engineer",
            interview_date=date(2026, 11, 24),
            interviewer=Person("Priya Shah", "priya@acme.com"),
            discussed="we discussed the Kronos rollout",
            notes=notes,
            stood_out="she asked how I'd handle a patient fall",
            standout_points=("cut mis-picks 15% with RF scanners",),
        )

    long_notes = "\n".join(FRAGMENTS * 40)  # long enough to be composed at shorter budgets
    fresh = [
        drafter(context(long_notes)) for drafter in (draft_thank_you, draft_follow_up, draft_nudge)
    ]
    compose._extracted.cache_clear()
    reads: list[str] = []
    real = points.extract_points
    monkeypatch.setattr(
        points, "extract_points", lambda text, *a, **k: reads.append(text) or real(text, *a, **k)
    )
    again = [
        drafter(context(long_notes)) for drafter in (draft_thank_you, draft_follow_up, draft_nudge)
    ]
    assert again == fresh
    assert len(reads) == 4  # discussed, notes, stood out, the one stand-out point
    # A context holding a list, not a tuple, cannot be kept: it is drafted all the same.
    listed = dataclasses.replace(context("talked about dbt"), standout_points=["Kafka"])
    assert draft_thank_you(listed).body
