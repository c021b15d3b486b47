"""review(): the eight findings, their evidence and suggestions, and the verdict."""

from __future__ import annotations

import re

from followup.core.textmodel import Model

from . import second_opinion
from .advice import suggest, verdict
from .interest import find_interest, name_pattern
from .model import ELEMENTS, KINDS, LABELS, Finding, Review, ReviewContext
from .names import find_wrong_name
from .specifics import find_specific
from .text import clip, read_email
from .thanks import find_thanks
from .timeframe import find_timeframe
from .tone import find_apologetic, find_pushy, without_sympathy

TOO_LONG_WORDS = 200
# A [[...]] marker is an instruction the drafting engine left for the user ("Add one specific
# thing you discussed with Lee"). It is not the user's words, so it must neither count as a
# specific point nor let the draft pass as ready.
_PLACEHOLDER = re.compile(r"\[\[[^\[\]]*\]\]")
# A template's own blank, left unfilled: "Dear [Interviewer Name]", "[Company Name]", "<Job
# Title>", "{hiring manager}", "[specific topic from interview]". Like a [[...]] marker it keeps
# the draft from being ready; one where a name belongs also names the person or the firm
# wrongly, as the email would reach them.
_NAME_WORDS = r"name|company|organi[sz]ation|employer|firm|interviewer|hiring manager|recruiter"
_SLOT_WORDS = (
    rf"{_NAME_WORDS}|manager|position|job|role|title|topic|date|insert|specific|detail|example"
    r"|your"
)
_TEMPLATE_SLOT = re.compile(
    rf"[\[<{{](?=[^\]>}}\n]{{0,60}}[\]>}}])[^\]>}}\n]{{0,40}}?(?<![a-z])(?:{_SLOT_WORDS})(?![a-z])"
    r"[^\]>}\n]{0,40}?[\]>}]",
    re.IGNORECASE,
)
# An address in angle brackets is no blank: "<sam.patel@firm-mail.com>", "<https://...>".
_AN_ADDRESS = re.compile(r"@|://|www\.|\.(?:com|org|net|io|co|uk)\b", re.IGNORECASE)
# (Not the sender's own: "[Your Name]" under the sign-off names neither of them.)
_NAME_SLOT = re.compile(
    rf"^(?!.*(?<![a-z])(?:your|my|candidate|sender)(?![a-z])).*(?:{_NAME_WORDS})", re.IGNORECASE
)
_EMPTY_CONTEXT = ReviewContext()


def _second_opinion(
    email, subject: str, body: str, evidence: dict[str, str | None], *, about_someone: bool
) -> None:
    """Let the model add a finding the rules missed or drop one it is sure of (in place).

    A recruiter's note about a candidate (`about_someone`) keeps what the rules found: the
    model learnt from candidates' own letters, and "Could you share your thoughts on Maria?"
    asks where things stand in a voice it never read."""
    model = second_opinion.load()
    if model is None or rules_only:
        return
    probabilities = model.probabilities(second_opinion.model_text(subject, body))
    sentences = [s.text for s in email.sentences]
    for label in second_opinion.MODEL_LABELS:
        found = evidence[label] is not None
        holds = second_opinion.settle(found, probabilities[label], model.thresholds, label)
        if holds and not found:
            words = second_opinion.weightiest(model, sentences, label)
            if label == "apologetic_or_desperate" and _only_sympathy(model, words):
                continue  # "I was sorry to hear about the flood": PRODUCT.md's own exception
            if label == "asks_timeframe" and not _could_ask(words or ""):
                # The evidence is a sentence that could ask: a question, or words of timing or
                # status; with none ("Hi Denise, Hope you are well."), nothing was asked.
                words = next((s for s in sentences if _could_ask(s)), "")
                if not words:
                    continue
            evidence[label] = words or None
        elif found and not holds:
            if about_someone:
                continue
            if label == "thanks" and _THANKS_FOR_SOMETHING.search(evidence[label] or ""):
                continue  # "I'm grateful for the tour of 4 West": thanks in so many words
            if label == "apologetic_or_desperate" and _SORRY_FOR_ONESELF.search(
                evidence[label] or ""
            ):
                continue  # "sorry I froze on the last question": PRODUCT.md's own example
            if label == "asks_timeframe" and (evidence[label] or "").rstrip().endswith("?"):
                # "Do you have an answer for me yet or not?": asked in so many words, however
                # rude the rest (PRODUCT.md: a rude email can still ask for a time frame).
                continue
            evidence[label] = None


# Gratitude for something named: the model's doubt does not overrule it.
_THANKS_FOR_SOMETHING = re.compile(
    r"\b(?:grateful|thank you|thanks|thankful)(?: again| so much| very much)? for (?:the|your"
    r"|taking|meeting|showing|having|seeing|inviting)\b",
    re.IGNORECASE,
)


# What a sentence needs before the model may call it a question about timing: a question
# mark, or a word of timing or status ("any word on the role", "kindly advise the date").
_LOOKS_LIKE_AN_ASK = re.compile(
    r"\?|\b(?:when|timeline|time ?frame|timing|update|news|status|next steps?|decision|decided"
    r"|decide|result|outcome|word|hear|heard|know|where|stands?|progress|yet|date|stage|feedback"
    r"|check|checking|wondering|deal|still (?:open|hiring|available)|revert)\b",
    re.IGNORECASE,
)


def _could_ask(sentence: str) -> bool:
    # (A question is short: a 200 KB run-on "sentence" is searched at its start only.)
    return _LOOKS_LIKE_AN_ASK.search(sentence, 0, _AN_ASK_WITHIN) is not None


_AN_ASK_WITHIN = 2_000
# Apologising for one's own performance or English, in so many words: PRODUCT.md names it
# apologetic, and the model's doubt does not overrule it.
_SORRY_FOR_ONESELF = re.compile(
    r"\b(?:excuse|pardon|forgive) my (?:\w+ )?(?:english|grammar|mistakes)\b"
    r"|\bforgive me for (?:any |the |my )?(?:\w+ )?(?:mistakes|errors|english|grammar)\b"
    r"|\bsorry (?:that )?i (?:froze|blanked|rambled|fumbled|stumbled|panicked|messed up)\b"
    r"|\bkicking myself\b|\bnot the most (?:experienced|qualified|polished)\b",
    re.IGNORECASE,
)


def _only_sympathy(model: Model, words: str) -> bool:
    """Whether the sentence the model would give as an apology is one only for its sympathy:
    without it, the model reads no apology in it."""
    without = without_sympathy(words)
    if without == words.lower():
        return False
    alone = model.probabilities(without).get("apologetic_or_desperate", 0.0)
    return not second_opinion.settle(False, alone, model.thresholds, "apologetic_or_desperate")


_SHOUTED_LETTERS = 12  # fewer letters than this prove nothing ("OK", "THANKS")


def _shouted(text: str) -> bool:
    """All (or nearly all) in capitals: at least nine letters in ten."""
    upper = sum(ch.isupper() for ch in text)
    lower = sum(ch.islower() for ch in text)
    return upper + lower >= _SHOUTED_LETTERS and upper >= 9 * lower


# Set by the training script and the benchmark's --rules-only: the rules alone decide.
rules_only = False


def required_elements(kind: str) -> tuple[str, ...]:
    """Every note thanks, distinguishes and restates interest; follow-ups also ask for a date."""
    return ELEMENTS if kind in ("follow_up", "nudge") else ELEMENTS[:3]


def review(
    subject: str,
    body: str,
    kind: str = "follow_up",
    context: ReviewContext = _EMPTY_CONTEXT,
) -> Review:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    placeholders = _PLACEHOLDER.findall(f"{subject or ''}\n{body or ''}")
    if placeholders:
        subject = _PLACEHOLDER.sub("", subject or "")
        body = _PLACEHOLDER.sub("", body or "")
    slots = [
        m.group()
        for m in _TEMPLATE_SLOT.finditer(f"{subject or ''}\n{body or ''}")
        if not _AN_ADDRESS.search(m.group())
    ]
    placeholders += slots
    # Typed with caps lock on: capitals mark nothing (every word would read as a name or a
    # specific detail), so it is read as the lowercase it stands for.
    if _shouted(body or ""):
        body = body.lower()
    if _shouted(subject or ""):
        subject = subject.lower()
    email = read_email(subject or "", body or "")
    about = (context.about_candidate,) if context.about_candidate.strip() else ()
    apologetic, pushy = find_apologetic(email), find_pushy(email)
    evidence: dict[str, str | None] = {
        "thanks": find_thanks(email),
        "distinguishes": find_specific(email, context, skip=(apologetic, pushy)),
        "restates_interest": find_interest(email, about),
        "asks_timeframe": find_timeframe(email, name_pattern(about)),
        "apologetic_or_desperate": apologetic,
        "pushy": pushy,
        "wrong_name": find_wrong_name(email, context)
        or next((slot for slot in slots if _NAME_SLOT.search(slot)), None),
        "too_long": f"{email.words} words" if email.words > TOO_LONG_WORDS else None,
    }
    _second_opinion(email, subject or "", body or "", evidence, about_someone=bool(about))
    labels = {label: evidence[label] is not None for label in LABELS}
    required = required_elements(kind)
    findings: list[Finding] = []
    problems: list[str] = []
    for label in LABELS:
        found = evidence[label]
        if label in ELEMENTS:
            if found is not None:
                findings.append(Finding(label, clip(found), ""))
            elif label in required:
                findings.append(Finding(label, "", suggest(label, kind, context)))
                problems.append(label)
        elif found is not None:
            findings.append(Finding(label, clip(found), suggest(label, kind, context, email.words)))
            problems.append(label)
    shown = {k: v for k, v in evidence.items() if v}
    summary = verdict(problems, shown)
    if placeholders:
        summary = f"Fix first: replace {placeholders[0]} with your own words."
    return Review(
        labels=labels,
        findings=findings,
        verdict=summary,
        ready=not problems and not placeholders,
    )
