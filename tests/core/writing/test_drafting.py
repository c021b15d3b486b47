"""Drafting: one thank-you per interviewer, the official follow-up, the nudge."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from datetime import date

import pytest

from followup.core.writing.drafting import (
    PLACEHOLDER,
    Draft,
    DraftContext,
    Person,
    draft_follow_up,
    draft_nudge,
    draft_thank_you,
    find_placeholders,
    phrases,
)
from followup.core.writing.drafting.points import extract_points, shorten, split_points

DRAFTERS = (draft_thank_you, draft_follow_up, draft_nudge)
LIMITS = {"thank_you": 120, "follow_up": 150, "nudge": 100}

DANA = Person("Dana Whitfield", "dana@mercy.org", "Nurse Manager")
RAJ = Person("Raj Patel", "raj@mercy.org")

RICH = DraftContext(
    candidate="Maria Lopez",
    company="Mercy General",
    role="Charge Nurse",
    interview_date=date(2026, 11, 18),
    interviewer=DANA,
    other_interviewers=(RAJ,),
    discussed="We discussed the 4 West night-shift staffing gap; she asked how I'd handle a fall.",
    notes="Panel of two, then a tour of the ICU.",
    stood_out="I explained how I cut central-line infections to zero over 14 months",
    standout_points=("Led a 12-bed step-down unit through Magnet redesignation",),
    interview_format="onsite",
)

THIN = DraftContext(
    candidate="Sam Reed",
    company="Acme Foods",
    role="Picker",
    interview_date=date(2026, 1, 5),
    interviewer=Person("Lee Wong"),
    discussed="Great conversation, good culture fit.",
)


def words(text: str) -> int:
    return len(text.split())


def greeting(draft: Draft) -> str:
    return draft.body.splitlines()[0]


# --- greeting, sign-off ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dana Whitfield", "Dana"),
        ("Karen O'Neill", "Karen"),
        ("D'Angelo Russo", "D'Angelo"),
        ("Mary-Kate Olsen", "Mary-Kate"),
        ("Cher", "Cher"),
        ("mary-kate o'neil", "Mary-Kate"),
        ("Dr. Priya Nair", "Dr. Nair"),
        ("Nair, Priya", "Priya"),
        ("  Dana \n Whitfield ", "Dana"),
        ("Dana Whitfield (she/her)", "Dana"),
    ],
)
def test_it_greets_the_interviewer_by_first_name(name: str, expected: str) -> None:
    ctx = dataclasses.replace(RICH, interviewer=Person(name))
    for drafter in DRAFTERS:
        first_line = greeting(drafter(ctx))
        assert re.fullmatch(rf"(?:Hi|Hello|Dear) {re.escape(expected)},", first_line)


@pytest.mark.parametrize("name", ["", "   ", "dana@mercy.org", "123"])
def test_it_uses_a_generic_greeting_without_a_usable_name(name: str) -> None:
    ctx = dataclasses.replace(RICH, interviewer=Person(name, "dana@mercy.org"))
    for drafter in DRAFTERS:
        assert greeting(drafter(ctx)) in phrases.GENERIC_GREETINGS


def test_it_signs_with_the_candidates_first_name_by_default() -> None:
    for drafter in DRAFTERS:
        assert drafter(RICH).body.splitlines()[-1] == "Maria"


def test_it_signs_with_the_signature_block_when_given() -> None:
    ctx = dataclasses.replace(RICH, signature="Maria Lopez, RN\n(555) 010-2000")
    for drafter in DRAFTERS:
        assert drafter(ctx).body.endswith("\nMaria Lopez, RN\n(555) 010-2000")


# --- length ----------------------------------------------------------------------------------


@pytest.mark.parametrize("drafter", DRAFTERS)
def test_it_stays_under_the_word_limit_for_each_kind(drafter) -> None:
    long_notes = dataclasses.replace(
        RICH,
        role="Senior Clinical Nurse Specialist, Cardiothoracic Surgery",
        company="Northern California Regional Medical Center",
        discussed=" ".join(["the telemetry unit's 48-bed expansion with 12 new hires"] * 30),
        stood_out="how I " + " and ".join(["cut falls 30% on 5 North"] * 20),
    )
    for ctx in (RICH, THIN, long_notes):
        draft = drafter(ctx)
        assert words(draft.body) < LIMITS[draft.kind], draft.body


def test_the_nudge_is_shorter_than_the_follow_up() -> None:
    assert words(draft_nudge(RICH).body) < words(draft_follow_up(RICH).body)


# --- subjects and threading --------------------------------------------------------------------


@pytest.mark.parametrize("drafter", [draft_follow_up, draft_nudge])
@pytest.mark.parametrize(
    "previous",
    [
        "Thank you: Charge Nurse interview",
        "Re: Thank you: Charge Nurse interview",
        "RE: re:Thank you: Charge Nurse interview",
        "Re[2]: Thank you: Charge Nurse interview",
        "  Thank you:\n Charge Nurse interview ",
    ],
)
def test_it_replies_to_the_thank_you_subject_once(drafter, previous: str) -> None:
    ctx = dataclasses.replace(RICH, thank_you_subject=previous)
    assert drafter(ctx).subject == "Re: Thank you: Charge Nurse interview"


@pytest.mark.parametrize("drafter", DRAFTERS)
def test_it_writes_its_own_subject_without_a_thank_you_to_thread(drafter) -> None:
    for previous in ("", "   ", "Re:", "RE: re: "):
        subject = drafter(dataclasses.replace(RICH, thank_you_subject=previous)).subject
        assert subject and not subject.lower().startswith("re:")
        assert "\n" not in subject


def test_the_thank_you_never_threads() -> None:
    ctx = dataclasses.replace(RICH, thank_you_subject="Thank you: Charge Nurse interview")
    assert not draft_thank_you(ctx).subject.startswith("Re:")


# --- placeholders instead of invented points ---------------------------------------------------


@pytest.mark.parametrize("drafter", DRAFTERS)
def test_a_thin_debrief_leaves_a_visible_placeholder(drafter) -> None:
    draft = drafter(THIN)
    assert len(draft.placeholders) == 1
    marker = draft.placeholders[0]
    assert marker in draft.body
    assert marker.startswith("[[") and marker.endswith("]]")
    assert "Lee" in marker
    assert draft.placeholders == find_placeholders(draft.body)


@pytest.mark.parametrize("drafter", DRAFTERS)
def test_a_rich_debrief_leaves_no_placeholder(drafter) -> None:
    draft = drafter(RICH)
    assert draft.placeholders == ()
    assert "[[" not in draft.body


def test_placeholder_is_a_format_for_the_marker() -> None:
    assert PLACEHOLDER.format("Add one specific thing you discussed with Dana") == (
        "[[Add one specific thing you discussed with Dana]]"
    )


def test_brackets_in_the_users_notes_never_pose_as_placeholders() -> None:
    ctx = dataclasses.replace(RICH, discussed="[[the Kronos rollout]] and [[", notes="]]")
    for drafter in DRAFTERS:
        assert drafter(ctx).placeholders == ()


@pytest.mark.parametrize("drafter", DRAFTERS)
def test_it_falls_back_from_discussed_to_notes_stood_out_and_standout(drafter) -> None:
    base = dataclasses.replace(THIN, discussed="")
    for field, value, expected in [
        ("notes", "Toured the Reno DC's new AutoStore cell", "AutoStore"),
        ("stood_out", "my idea for slotting fast movers near dock 4", "dock 4"),
        ("standout_points", ("cut picking errors 30% at a 200k sq ft DC",), "30%"),
    ]:
        draft = drafter(dataclasses.replace(base, **{field: value}))
        assert expected in draft.body, (field, draft.body)
        assert draft.placeholders == ()


# --- variety -----------------------------------------------------------------------------------


def _panel(size: int) -> list[DraftContext]:
    people = [Person(f"Person{i} Surname", f"p{i}@acme.com") for i in range(size)]
    return [
        dataclasses.replace(
            RICH,
            interviewer=person,
            other_interviewers=tuple(p for p in people if p is not person),
            discussed="the 4 West night-shift staffing gap",
        )
        for person in people
    ]


def _anonymous(draft: Draft, ctx: DraftContext) -> str:
    return draft.body.replace(ctx.interviewer.name.split()[0], "NAME")


@pytest.mark.parametrize("size", [2, 3, 4, 5])
def test_siblings_never_get_the_same_note_even_on_the_same_topic(size: int) -> None:
    panel = _panel(size)
    for drafter in DRAFTERS:
        bodies = [_anonymous(drafter(ctx), ctx) for ctx in panel]
        assert len(set(bodies)) == size
        # Every sentence differs, not just one word: the thanks lines are all distinct.
        thanks = [body.split("\n\n")[1].split(". ")[0] for body in bodies]
        assert len(set(thanks)) == size


def test_siblings_without_their_own_notes_get_different_shared_points() -> None:
    notes = "Toured the AutoStore cell. Talked about the Q3 peak plan for 40 temps."
    panel = [dataclasses.replace(ctx, discussed="", notes=notes) for ctx in _panel(2)]
    points = [draft_thank_you(ctx).body for ctx in panel]
    assert ("AutoStore" in points[0]) != ("AutoStore" in points[1])


def test_the_same_context_gives_the_same_draft_in_every_process() -> None:
    script = (
        "import json, dataclasses, datetime\n"
        "from followup.core.writing.drafting import *\n"
        "ctx = DraftContext(candidate='Maria Lopez', company='Mercy General', "
        "role='Charge Nurse', "
        f"interview_date=datetime.date(2026, 11, 18), interviewer=Person('Dana Whitfield', "
        f"'dana@mercy.org'), other_interviewers=(Person('Raj Patel', 'raj@mercy.org'),), "
        f"discussed={RICH.discussed!r})\n"
        "print(json.dumps([dataclasses.asdict(f(ctx)) for f in "
        "(draft_thank_you, draft_follow_up, draft_nudge)]))\n"
    )
    outputs = set()
    for seed in ("1", "2", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    here = dataclasses.replace(
        RICH, notes="", stood_out="", standout_points=(), interview_format=""
    )
    expected = [dataclasses.asdict(f(here)) for f in DRAFTERS]
    assert json.loads(outputs.pop()) == json.loads(json.dumps(expected))


# --- content of each kind --------------------------------------------------------------------


def test_the_thank_you_names_what_was_discussed_with_this_interviewer() -> None:
    body = draft_thank_you(RICH).body
    assert "the 4 West night-shift staffing gap" in body
    assert "We discussed" not in body and "we discussed" not in body


def test_the_follow_up_refers_to_the_interview_date_and_asks_for_a_time_frame() -> None:
    body = draft_follow_up(RICH).body
    assert "Wednesday, November 18" in body
    assert "?" in body


def test_the_follow_up_mentions_a_stated_deadline_gently() -> None:
    ctx = dataclasses.replace(RICH, stated_deadline=date(2026, 12, 4))
    body = draft_follow_up(ctx).body
    assert "Friday, December 4" in body
    assert not re.search(r"\bby Friday, December 4\b", body)
    assert "?" in body


def test_the_nudge_takes_a_new_angle() -> None:
    follow_up, nudge = draft_follow_up(RICH).body, draft_nudge(RICH).body
    assert "central-line" in follow_up and "central-line" not in nudge
    assert "Magnet redesignation" in nudge


def test_the_nudge_reuses_the_only_point_rather_than_inventing_one() -> None:
    ctx = dataclasses.replace(
        RICH, notes="", stood_out="", standout_points=(), discussed="the Kronos rollout on 5 North"
    )
    draft = draft_nudge(ctx)
    assert "the Kronos rollout on 5 North" in draft.body and draft.placeholders == ()


_NEVER = re.compile(
    r"\b(?:sorry|apolog\w*|just|checking in|bother\w*|need this job|desperate|please please|"
    r"i expect|must|deadline|asap|today|yesterday)\b",
    re.IGNORECASE,
)


def _all_phrases() -> list[str]:
    found: list[str] = []
    banks = [v for k, v in vars(phrases).items() if k.isupper() and k != "P"]
    for value in banks:
        if isinstance(value, tuple):
            found.extend(v for v in value if isinstance(v, str))
        elif isinstance(value, dict):
            for bank in value.values():
                found.extend(bank if isinstance(bank, tuple) else [bank])
    return found


def test_no_phrasing_nags_apologises_pushes_or_guesses_the_day() -> None:
    offenders = [p for p in _all_phrases() if _NEVER.search(re.sub(r"\{\w+\}", "", p))]
    assert offenders == []


def test_no_phrasing_capitalises_a_word_that_is_not_a_sentence_start() -> None:
    # Names, places and dates may come only from the context.
    for phrase in _all_phrases():
        for sentence in re.split(r"(?<=[.?!:;])\s+", phrase):
            for word in re.findall(r"[A-Za-z][\w']*", sentence)[1:]:
                assert not word[0].isupper() or word in {"I", "I'd", "I'm", "I've"}, phrase


# --- turning notes into a clause ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("We discussed the Kronos rollout.", "the Kronos rollout"),
        ("Talked about night-shift coverage on 4 West!!", "night-shift coverage on 4 West"),
        ("- went over the UPS WorldShip process", "the UPS WorldShip process"),
        ("The float pool schedule for 3 units", "the float pool schedule for 3 units"),
        ("Epic go-live in March", "Epic go-live in March"),
        ("Dana asked about my CCRN prep", "my CCRN prep"),
        ("she said that the unit is moving to Epic", "the unit is moving to Epic"),
        ("she wants to cut agency use by 20%", "you want to cut agency use by 20%"),
    ],
)
def test_it_turns_a_note_into_a_clause(notes: str, expected: str) -> None:
    points = extract_points(notes, "discussed", ("Dana",), address_recipient=True)
    assert points[0].text == expected


def test_it_picks_the_most_specific_point() -> None:
    notes = "Nice chat about the team. We discussed cutting mis-picks 15% with RF scanners."
    points = extract_points(notes, "notes")
    assert points[0].text == "cutting mis-picks 15% with RF scanners"


def test_it_never_raises_a_weak_moment_or_pay() -> None:
    notes = "I fumbled the SQL question on Postgres. We talked salary: $85k. Next steps by Friday."
    assert extract_points(notes, "notes") == []


def test_it_splits_lines_bullets_and_semicolons_but_not_abbreviations() -> None:
    text = "Kronos; Epic\n• e.g. Dr. Smith's 4.5 star unit\r\nAlso ICU. Then PACU"
    assert split_points(text) == ["Kronos", "Epic", "e.g. Dr. Smith's 4.5 star unit", "ICU", "PACU"]


def test_it_truncates_long_notes_at_a_clause_boundary() -> None:
    text = (
        "the plan for moving the whole evening team to the new scheduling system, which "
        "they bought last year from a vendor in Ohio and rolled out slowly"
    )
    short = shorten(text, 18)
    assert short == "the plan for moving the whole evening team to the new scheduling system"
    assert len(short.split()) <= 18


def test_it_never_ends_a_truncated_point_on_a_dangling_word() -> None:
    short = shorten("one two three four five six seven eight the nine ten", 9)
    assert short == "one two three four five six seven eight"


# --- hostile input ---------------------------------------------------------------------------


HOSTILE = [
    dataclasses.replace(
        THIN, candidate="", company="", role="", discussed="", notes="", interviewer=Person("")
    ),
    dataclasses.replace(RICH, discussed="\n\n\n;;;...  ---\t\r\n"),
    dataclasses.replace(RICH, discussed="word " * 5000),
    dataclasses.replace(RICH, discussed="Kronos" * 400),
    dataclasses.replace(
        RICH, company="Acme\nCorp", role="Picker\r\n(nights)\t", candidate="O'Brien-Smith"
    ),
    dataclasses.replace(RICH, discussed="<script>alert(1)</script> {point} {company} %s"),
    dataclasses.replace(RICH, discussed="Übergabe im Lager 3 — Frühschicht 🚚; 夜班的人手问题"),
    dataclasses.replace(RICH, interviewer=Person("X Æ A-12"), signature="\x00\x07 Sam \x1b"),
    dataclasses.replace(RICH, role=" ".join(["Senior"] * 40), company=" ".join(["Big"] * 30)),
    dataclasses.replace(RICH, standout_points=("", "   ", "I", "a")),
]


@pytest.mark.parametrize("ctx", HOSTILE)
@pytest.mark.parametrize("drafter", DRAFTERS)
def test_it_survives_hostile_input(drafter, ctx: DraftContext) -> None:
    draft = drafter(ctx)
    assert draft.subject and "\n" not in draft.subject
    assert draft.body.strip()
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", draft.body)
    assert draft.placeholders == find_placeholders(draft.body)
    assert "{" not in draft.body.replace(ctx.discussed, "") or "{point}" in ctx.discussed
    body_without_signature = draft.body.rsplit("\n", 1)[0]
    assert words(body_without_signature) < LIMITS[draft.kind] + 20 or len(ctx.company) > 100
