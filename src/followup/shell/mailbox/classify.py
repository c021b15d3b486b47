"""What an incoming message means for the user's follow-ups: plain rules, no Django.

An out-of-office reply is not an answer: it only holds the next note back. Anything else from
the company is an answer, sorted into next round, rejection, offer, request or other.
"""

from __future__ import annotations

import re

_OOO_SUBJECT = re.compile(
    r"\b(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|ooo)\b", re.IGNORECASE
)
_OOO_BODY = re.compile(
    r"\b(i am|i'm|i will be|i'll be) (currently )?(out of (the )?office|away|on (annual )?leave|"
    r"on vacation|travelling|traveling|off)\b|limited access to (my )?e-?mail",
    re.IGNORECASE,
)
# A person who is away but answers anyway ("I'm traveling, but we'll decide by Friday") wrote a
# reply, not an auto-reply.
_ANSWER_WORDS = re.compile(
    r"\b(decision|decide|offer|interview|next steps?|candidates?|feedback|thank you for)\b",
    re.IGNORECASE,
)


# Order matters: a rejection often mentions "next steps" and "other candidates"; an offer
# email may ask for a reply by a date.
_CATEGORIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "rejection",
        re.compile(
            r"\b(unfortunately|regret to (inform|let you know)|not (be )?moving forward|"
            r"move forward with (other|another) candidate|decided to (pursue|proceed with) other|"
            r"position has been filled|not (been )?selected|will not be (offering|progressing)|"
            r"decided not to)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "offer",
        re.compile(
            r"\b(pleased|happy|delighted|excited) to (extend|offer|make)|offer letter|"
            r"extend (you )?an offer|verbal offer|formal offer|compensation package|"
            r"welcome (you )?(to|aboard)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "next_round",
        re.compile(
            r"\b(next round|second (round|interview)|final (round|interview)|onsite|on-site|"
            r"panel interview|(meet|speak|chat) with (our|the|my)|schedule (a|an|the|your) "
            r"(call|interview|time|meeting)|availability for)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "request",
        re.compile(
            r"\b((could|can|would) you (please )?(send|share|provide|forward)|please (send|share|"
            r"provide|complete)|references?\b|portfolio|work samples?|transcripts?|"
            r"background check|fill (out|in))\b",
            re.IGNORECASE,
        ),
    ),
)

FREE_MAIL_DOMAINS = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com "
    "icloud.com me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de mail.com "
    "fastmail.com zoho.com yandex.com".split()
)


def is_out_of_office(
    *, subject: str, text: str, auto_submitted: str, precedence: str, headers_ooo: bool
) -> bool:
    """RFC 3834 headers or an auto-reply subject first; the wording alone only in a short note
    that answers nothing."""
    auto = auto_submitted.strip().lower()
    if auto.startswith("auto-replied") or headers_ooo:
        return True
    if precedence.strip().lower() == "auto_reply":
        return True
    if _OOO_SUBJECT.search(subject or ""):
        return True
    opening = without_quote(text or "")[:400]
    return bool(_OOO_BODY.search(opening)) and not _ANSWER_WORDS.search(opening)


def is_automated(auto_submitted: str, precedence: str) -> bool:
    """Bulk or machine mail that is not a person's answer (newsletters, notifications)."""
    auto = auto_submitted.strip().lower()
    return (auto not in ("", "no")) or precedence.strip().lower() in ("bulk", "list", "junk")


def categorise(subject: str, text: str) -> tuple[str, str]:
    """(category, the words that decided it); 'other' with '' when nothing matched."""
    haystack = f"{subject}\n{without_quote(text)}"
    for category, pattern in _CATEGORIES:
        match = pattern.search(haystack)
        if match:
            return category, match.group(0)
    return "other", ""


def without_quote(text: str) -> str:
    """The new part of a reply: stop at the quoted original ("On ... wrote:", "> ")."""
    lines = []
    for line in (text or "").splitlines():
        stripped = line.strip()
        if stripped.startswith(">") or re.match(
            r"^(on .+ wrote:|-+ ?original message ?-+)$", stripped, re.IGNORECASE
        ):
            break
        lines.append(line)
    return "\n".join(lines)[:5000]


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""
