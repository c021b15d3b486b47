"""The lines of an e-mail nobody wrote for this message: legal notices and contact lines.

Two readers leave them out. The draft reviewer: a signature's phone number and address are not
a detail of the interview, and a contact line under the name once made 284 of 918 drafts
"distinguishes". The timeline model: it weighs every word of what it reads, and its score is
normalised by the text's length (TF-IDF with an L2 norm): a paragraph of confidentiality
notice, a phone number and a web address dilute the few words that give a timeline, and real
promises were vetoed for them (4 to 9 texts in 120 of a tune corpus, with a bank's or an
agency's footer added). The timeline's rules never use this: they read every line.

A name block under a sign-off ("Jordan Ellis / Talent Acquisition Partner") stays: the model
was trained with such blocks in, and cutting them lost more right readings than it saved.
"""

from __future__ import annotations

import re

# A legal or housekeeping notice, when it opens a line: it and the lines under it go.
_NOTICE = re.compile(
    r"(?:this|the) (?:e-?mail|message|communication|transmission)\b.{0,80}\b(?:is|are|may be"
    r"|contains?|and any attachments)\b.{0,40}\b(?:confidential|privileged|intended (?:solely |only"
    r" )?for)|intended recipient|received (?:this|it) in error|confidentiality notice|disclaimer:"
    r"|registered office|registered in (?:england|scotland|ireland)|company (?:no|number|reg)\b"
    r"|please consider the environment|scanned for viruses|do not reply to this",
    re.IGNORECASE,
)
_SENT_FROM = re.compile(
    r"^\s*(?:sent from (?:my|outlook|mail|yahoo)|get outlook for|sent via)\b", re.IGNORECASE
)
# What a contact line is made of: numbers, addresses and their labels.
_CONTACT_PARTS = re.compile(
    r"\+?\(?\d[\d ().\-/]{5,}\d"  # a phone number
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co|gov|edu)(?:\.[a-z]{2})?\b\S*"
    r"|\b(?:tel|phone|mobile|mob|cell|fax|direct|office|ext|email|e-mail|web|m|t|e|w|p|f|d)\b"
    r"\.?\s*:?"
    r"|[|•·:,/\-–—]+",
    re.IGNORECASE,
)


_CONTACT_LINE = 160


def _is_contact(line: str) -> bool:
    """A line of phone numbers, addresses and their labels, with (almost) nothing else."""
    stripped = line.strip()
    if (
        not stripped
        or len(stripped) > _CONTACT_LINE
        or not any(ch.isdigit() or ch in "@." for ch in stripped)
    ):
        return False  # (a long line is no contact line, and is not searched: it could be 1 MB)
    return len(_CONTACT_PARTS.sub("", stripped).strip()) <= 2


def without_boilerplate(text: str) -> str:
    """`text` without legal notices, "Sent from my iPhone" and contact lines, wherever they
    stand (a quoted message below has its own)."""
    if "\n" not in text:
        return text
    kept: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if _NOTICE.match(line.lstrip(" \t*>_-")):
            # The notice, on to the blank line below it. Only one that opens its line ("...
            # how your privacy policy engine handles..." is the writer's own sentence), and
            # never the lines above it (the message: "Expected update by: 18-Aug-2026").
            while index < len(lines) and lines[index].strip():
                index += 1
            continue
        if not (_SENT_FROM.match(line) or _is_contact(line)):
            kept.append(line)
        index += 1
    return "\n".join(kept)
