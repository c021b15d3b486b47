"""Reading an email into sentences a rule can look at.

Rules match on a normalised lower-case copy of each sentence (straight quotes, texting spelled
out, common typos fixed) and report evidence from the sentence as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from followup.core import wrapping
from followup.core.boilerplate import without_boilerplate

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)

# Texting style and frequent misspellings, word for word. Kept small and unambiguous: "r" and
# "u" only ever stand for "are" and "you" in a note to an interviewer.
_WORD_FIXES = {
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "tks": "thanks",
    "ty": "thank you",
    "tysm": "thank you so much",
    "u": "you",
    "ur": "your",
    "r": "are",
    "rly": "really",
    "pls": "please",
    "plz": "please",
    "im": "i'm",
    "ive": "i've",
    "id": "i'd",
    "ill": "i'll",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "whats": "what's",
    "thats": "that's",
    "gonna": "going to",
    "wanna": "want to",
    "alot": "a lot",
    "yr": "year",
    "til": "until",
    "interveiw": "interview",
    "intreview": "interview",
    "inteview": "interview",
    "interviw": "interview",
    "interwiew": "interview",
    "oppurtunity": "opportunity",
    "oportunity": "opportunity",
    "opportunty": "opportunity",
    "intrested": "interested",
    "interesed": "interested",
    "thankyou": "thank you",
    "apreciate": "appreciate",
    "appriciate": "appreciate",
    "decison": "decision",
    "desicion": "decision",
    "definately": "definitely",
    "realy": "really",
    "wich": "which",
    "recieve": "receive",
    "pleasee": "please",
    "sry": "sorry",
    "soooo": "so",
    "sooo": "so",
    "tmrw": "tomorrow",
    "b4": "before",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "w/": "with",
}
_WORD_RE = re.compile(r"[a-z0-9/]+(?:'[a-z]+)?")
_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "st", "prof", "jr", "sr", "vs", "etc", "e.g", "i.e")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")


def normalise(text: str) -> str:
    """Lower-case, straight quotes, texting spelled out; keeps punctuation."""
    lowered = text.translate(_QUOTES).lower()
    lowered = _WORD_RE.sub(lambda m: _WORD_FIXES.get(m.group(0), m.group(0)), lowered)
    return re.sub(r"\s+", " ", lowered).strip()


@dataclass(frozen=True)
class Sentence:
    text: str  # as written, whitespace collapsed
    norm: str  # normalised
    line: int  # index of the source line among the body's non-blank lines


_TITLE_ABBREVIATIONS = (
    "mr|mrs|ms|dr|prof|miss|engr|eng|atty|lt|col|capt|maj|gen|sgt|cmdr|adm|fr|rev|hon|sr|sra"
)
_GREETING_RE = re.compile(
    # ("Respected Mr. Sharma Sir," as Indian letters open)
    r"^\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|respected)\b[ ,]*)"
    # (Titles with their full stops, one or more: "Dear Lt. Col. Foster", "Dear Engr. (Mrs.)
    # Adeyemi".)
    rf"((?:\(?(?:{_TITLE_ABBREVIATIONS})\.?\)?\s+)*[^,!.:\n]{{0,60}}?)\s*(?:[,!:.]+|$)",
    re.IGNORECASE,
)
# The lowercase words inside a name: "Mr van der Merwe", "Ms. du Toit", "Ali bin Hassan".
NAME_PARTICLES = frozenset("van der den de du da di del della von la le bin al el".split())
_RUN_ON_PARTICLES = "|".join(sorted(NAME_PARTICLES - {"la", "le"}))
_RUN_ON_GREETING_RE = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|yo|dear)\s+"
    rf"((?:(?:{_TITLE_ABBREVIATIONS})\.?\s+)*[A-Za-z][\w'-]*"
    rf"(?: (?:(?:{_RUN_ON_PARTICLES}) )*(?!I\b)(?-i:[A-Z])[\w'-]*)?)"
    r"[ \t]+(?=\S)",
    re.IGNORECASE,
)


def _runs_on(rest: str) -> bool:
    """Whether the words after a greeting's name are the note's, not more of the name: the
    first of them is a lowercase word that is no name's particle."""
    words = rest.split()
    return bool(words) and words[0][:1].islower() and words[0] not in NAME_PARTICLES


_BARE_GREETING_RE = re.compile(
    # ("Mr. Adeyemi," as well as "mr adeyemi,")
    rf"^((?:(?i:{_TITLE_ABBREVIATIONS}|chef)\.? )*[A-Za-z][a-z'-]+(?: [A-Z][a-z'-]+)?)\s*,\s*"
)
_NOT_NAMES = {
    "thanks",
    "hope",
    "hi",
    "hello",
    "hey",
    "so",
    "well",
    "again",
    "yes",
    "ok",
    "okay",
    "sorry",
    "first",
    "also",
    "please",
    "sadly",
    "unfortunately",
    "today",
    "yesterday",
    "anyway",
    "honestly",
    "frankly",
    "however",
    "great",
    "congratulations",
    "apologies",
    "update",
}
_SIGNOFF_RE = re.compile(
    r"^(?:thanks|thank you|many thanks|thanks again|thank you again|thanks so much|thank you so"
    r" much|cheers|best|best regards|regards|kind regards|warm regards|warmly|sincerely|all the"
    r" best|best wishes|respectfully|with appreciation|with thanks|take care|talk soon|yours"
    r"(?: truly| sincerely)?|god bless(?: you)?(?: and your family)?)\s*[,.!]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Email:
    subject: str
    body: str
    greeting: str  # the name part of "Hi Name," ("" when there is none)
    greeting_line: str
    sentences: tuple[Sentence, ...]  # body sentences, greeting and sign-off block excluded
    signoff: tuple[str, ...]  # bare sign-off lines ("Thanks,", "Best,") and the signature
    words: int

    @property
    def norm_body(self) -> str:
        return " ".join(s.norm for s in self.sentences)


def _split_line(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        before = line[start : match.start()].rstrip(".!?\"')] ")
        last_word = before.rsplit(" ", 1)[-1].lower() if before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        parts.append(line[start : match.start()].strip())
        start = match.end()
    parts.append(line[start:].strip())
    return [p for p in parts if p]


def _unwrapped(text: str) -> list[str]:
    """The body's lines, with the lines a mail program cut at its width joined again: a
    sentence cut in two reads as one ("I left even more keen to" / "join the team")."""
    raw = text.splitlines()
    return wrapping.joined(raw, wrapping.wrap_width("\n".join(raw)))


@lru_cache(maxsize=256)
def read_email(subject: str, body: str) -> Email:
    # Contact lines and legal notices are nobody's words to review ("+1 555 010 4432" is not a
    # detail of the interview).
    text = without_boilerplate(body.translate(_QUOTES))
    lines = [ln.strip() for ln in _unwrapped(text) if ln.strip()]
    greeting, greeting_line = "", ""
    if lines:
        match = _GREETING_RE.match(lines[0])
        if match is None or len(match.group(1).split()) > 3:
            # A greeting that runs on into the note with no comma: "hey jordan any word on the
            # shift lead thing?", "Hi Jordan thank you so much for the interview," greet
            # Jordan, and the rest is the note (not "Dear Mr van der Merwe,": a name's parts).
            run_on = _RUN_ON_GREETING_RE.match(lines[0])
            if run_on is not None and (
                match is None or _runs_on(lines[0][run_on.end() : match.end(1)])
            ):
                match = run_on
        if match:
            greeting = match.group(1).strip()
            rest = lines[0][match.end() :].strip()
            greeting_line = lines[0][: match.end()].strip()
            lines = ([rest] if rest else []) + lines[1:]
        else:
            # "Rick," or "Chef Brennan," or "Susan, thank you for..." without Hi/Dear.
            bare = _BARE_GREETING_RE.match(lines[0])
            if bare and bare.group(1).split()[-1].lower() not in _NOT_NAMES:
                greeting = bare.group(1).strip()
                greeting_line = lines[0][: bare.end()].strip()
                rest = lines[0][bare.end() :].strip()
                lines = ([rest] if rest else []) + lines[1:]
    # The sign-off block: trailing bare sign-off lines and a short signature under them.
    signoff: list[str] = []
    while lines:
        last = lines[-1]
        # ("Talent Team | Brightwater Group": the bars are not words.)
        words = [word for word in last.split() if any(ch.isalnum() for ch in word)]
        if _SIGNOFF_RE.match(last) or (
            len(words) <= 4 and not re.search(r"[.?!]$", last) and len(lines) > 1
        ):
            signoff.insert(0, lines.pop())
            continue
        break
    sentences: list[Sentence] = []
    for index, line in enumerate(lines):
        for part in _split_line(line):
            sentences.append(Sentence(part, normalise(part), index))
    return Email(
        subject=subject.strip(),
        body=body,
        greeting=greeting,
        greeting_line=greeting_line,
        sentences=tuple(sentences),
        signoff=tuple(signoff),
        words=len(body.split()),
    )


def clip(text: str, limit: int = 140) -> str:
    """Evidence short enough to show beside the editor."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance, giving up (returning cap) once it is certainly at least cap."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= cap:
            return cap
        previous = current
    return min(previous[-1], cap)
