"""Suggestions for each finding, and the one-line verdict."""

from __future__ import annotations

import re

from ..drafting.compose import role_phrase
from .model import ReviewContext
from .text import clip

# What to fix first when several things are wrong: a wrong name embarrasses at once, a bad tone
# undoes the rest, a missing element is a lost chance, and length is a matter of polish.
PRIORITY: tuple[str, ...] = (
    "wrong_name",
    "pushy",
    "apologetic_or_desperate",
    "distinguishes",
    "restates_interest",
    "asks_timeframe",
    "thanks",
    "too_long",
)
_PROBLEM_WORDS = {
    "wrong_name": "a name is wrong",
    "pushy": "the tone is pushy",
    "apologetic_or_desperate": "the tone is apologetic",
    "distinguishes": "add one specific point about you",
    "restates_interest": "say plainly that you want the job",
    "asks_timeframe": "ask when to expect a decision",
    "thanks": "thank them for their time",
    "too_long": "cut it to 200 words or fewer",
}
_DISCUSSED = re.compile(
    r"(?:discussed|talked about|talked through|asked about|asked me about|mentioned|went over|"
    r"covered|we spoke about|spoke about)\s+(.+)",
    re.IGNORECASE,
)


def point_from_notes(context: ReviewContext) -> str:
    """A topic from the debrief notes to suggest, or "" when the notes name none."""
    if not context.notes.strip():
        return ""
    sentences = [s.strip() for s in re.split(r"(?<=[.;!?])\s+|\n+", context.notes) if s.strip()]
    for sentence in sentences:
        match = _DISCUSSED.search(sentence)
        if match:
            return clip(match.group(1).rstrip(" .;"), 90)
    return clip(sentences[0].rstrip(" .;"), 90) if sentences else ""


def _interest_example(company: str, role: str) -> str:
    """ "I'm still very keen to join Acme as a Staff Engineer." with what is known, and good
    English with nothing known."""
    if company and role:
        article = "an" if role[:1].lower() in "aeiou" else "a"
        return f"I'm still very keen to join {company} as {article} {role}."
    if company:
        return f"I'm still very keen to join {company}."
    if role:
        return f"I'm still very keen on {role_phrase(role)}."
    return "I'm still very keen on the role."


def _for_client(label: str, context: ReviewContext, role: str, person: str) -> str:
    """A recruiter's note to a client about a candidate: suggestions in the recruiter's voice."""
    candidate = " ".join(context.about_candidate.split())
    first = candidate.split()[0]
    role_the = role_phrase(role) if role else "the role"
    if label == "thanks":
        return (
            f"Thank {person} for interviewing {first}: e.g. "
            f'"Thank you for interviewing {candidate} for {role_the}."'
        )
    if label == "distinguishes":
        point = point_from_notes(context)
        example = f": e.g. {point} (from your notes)" if point else ""
        return (
            f"Name one thing {first} and {person} discussed, so they place {first} among the "
            f"candidates they met{example}."
        )
    if label == "restates_interest":
        return f'Say plainly that {first} wants it: e.g. "{first} remains very keen on {role_the}."'
    if label == "asks_timeframe":
        return (
            f'Ask for their feedback and timing: e.g. "Could you share your feedback on {first}, '
            'and when you expect to decide?"'
        )
    return ""


def suggest(label: str, kind: str, context: ReviewContext, words: int = 0) -> str:
    company = " ".join(context.company.split())
    role = " ".join(context.role.split())
    person = (context.interviewer.split() or ["them"])[0]
    if context.about_candidate.strip():
        for_client = _for_client(label, context, role, person)
        if for_client:
            return for_client
    if label == "thanks":
        about = f" about {role_phrase(role)}" if role else ""
        return f'Thank {person} for their time: e.g. "Thank you for meeting with me{about}."'
    if label == "distinguishes":
        point = point_from_notes(context)
        if point:
            return (
                f"Name one thing you discussed: e.g. {point} (from your notes), or a result "
                "of yours with a number."
            )
        return (
            "Name one specific thing you discussed, or one result of yours with a number or a "
            "named system, so they recall you."
        )
    if label == "restates_interest":
        return f'Say plainly that you want it: e.g. "{_interest_example(company, role)}"'
    if label == "asks_timeframe":
        return (
            'Ask when to expect a decision: e.g. "Could you let me know when you expect to decide?"'
        )
    if label == "apologetic_or_desperate":
        return (
            "Drop the apology and the pleading; a calm, confident check-in is expected and "
            "reads better."
        )
    if label == "pushy":
        return (
            "Remove the deadline, demand or assumption; if you have another offer, say so "
            "politely and ask about their timing."
        )
    if label == "wrong_name":
        names = " and ".join(n for n in (context.interviewer, company) if n)
        return f"Check the names: this note is for {names}." if names else "Check every name."
    if label == "too_long":
        return (
            f"Cut it to 200 words or fewer (now {words}): keep one point, your interest and "
            "the question."
        )
    return ""


def verdict(problems: list[str], evidence: dict[str, str]) -> str:
    if not problems:
        return "Ready to send."
    first = min(problems, key=PRIORITY.index)
    text = f"Fix first: {_PROBLEM_WORDS[first]}"
    if first in ("wrong_name", "pushy", "apologetic_or_desperate") and evidence.get(first):
        text += f' ("{clip(evidence[first], 60)}")'
    return text + "."
