"""Turning free-text debrief notes into one specific point a draft can name.

The user's notes are raw ("we discussed the 4 West night-shift gap; she asked how I'd handle a
fall"). A note is only useful to the interviewer if it names something concrete, so we split the
text into candidate points, score each for specificity (numbers, proper nouns, named systems),
drop the ones that would hurt (self-criticism, salary, logistics), and reshape the winner into a
clause that fits a sentence frame ("our conversation about ...").

Nothing is added here: a point is always a trimmed span of the user's own words, with only the
lead-in ("we discussed") removed and the perspective turned to "you" for the recipient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Shapes decide which sentence frames fit the point grammatically.
TOPIC = "topic"  # a noun phrase or "how ..." phrase: "our conversation about {}"
CLAUSE = "clause"  # a full clause: "one part of our conversation stayed with me: {}"
HEARD = "heard"  # something the interviewer told the candidate: "it was good to hear that {}"
DID = "did"  # an achievement led by a past-tense verb: "I {}"
HAVE = "have"  # an achievement as a noun phrase: "my {}"

# Sources, in the order a thank-you prefers them.
DISCUSSED = "discussed"
NOTES = "notes"
STOOD_OUT = "stood_out"
STANDOUT = "standout"

MAX_POINT_WORDS = 18


def _wordset(text: str) -> frozenset[str]:
    # Word lists read better as prose blocks than as hundred-item literals.
    return frozenset(text.split())


_STOPWORDS = _wordset(
    """a an the and or but of to in on at for with by from about as into over under than then
    so if is are was were be been being it its this that these those there their they them he
    she his her him you your we our us i me my mine i'd i'm i've i'll also just very really
    how what why when where who which whether would could should will can may might do did does
    had has have not no yes up out more most some any all each both other such own same too"""
)

# Words that make a note sound specific without saying anything only this candidate could say.
_GENERIC = _wordset(
    """great good nice lovely fun interesting amazing awesome conversation conversations chat
    interview interviews role roles position positions job jobs team teams company culture fit
    experience experiences skills skill background things thing stuff lot lots well went going
    everything questions question work working people discussed talked passion player
    communication hardworking hard-working motivated general overall opportunity day today
    overview basics typical usual company's team's goals expectations responsibilities duties
    myself strengths weaknesses resume cv"""
)

# Points the candidate would not want to remind anyone of, or that are not theirs to raise in a
# thank-you (pay, logistics): never chosen, whatever their specificity.
_EXCLUDE_RE = re.compile(
    r"\b(?:fumbl\w*|blank(?:ed)?|mess(?:ed)? up|nervous|bomb(?:ed)?|forgot|struggl\w*|stumbl\w*|"
    r"awkward|rude|was late|ran late|arrived late|didn'?t know|did not know|couldn'?t answer|"
    r"could not answer|wasn'?t sure|was unsure|not sure|sal(?:ary|aries)|compensation|pay ?range|"
    r"benefits|pto|vacation|decide by|decision|decid\w*|let me know|hear back|next steps?|"
    r"timeline|time frame|timeframe|start date|background check|references|second round|"
    r"final round|be in touch|reach out|follow up|follow-up|went well|went great)\b",
    re.IGNORECASE,
)

_ABBREVIATIONS = _wordset(
    "e.g i.e dr mr mrs ms st vs etc inc ltd co no approx dept sr jr prof sq ft mt"
)

_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "she", "he", "they"})
_FINITE = _wordset(
    """is are was were will would has have had can could should must does did isn't aren't
    wasn't weren't won't hasn't haven't doesn't didn't needs wants plans uses runs"""
)
_IRREGULAR_PAST = _wordset(
    """led built cut ran grew won made taught drove wrote set brought kept held began found
    rebuilt overhaul oversaw spent sold stood took trained saved"""
)
_COMMON_SUFFIXES = ("ing", "ed", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ly")
_COMMON_FIRST_WORDS = _STOPWORDS | _wordset(
    "led built cut ran grew won made taught drove wrote kept managed helped reduced"
)

_TOPIC_VERBS = (
    r"discussed|talked(?: a lot| quite a bit| a bit)? about|talked through|spoke about|"
    r"chatted about|went over|went through|covered|dug into|got into|touched on|reviewed|"
    r"compared notes on|walked through|focused on|spent (?:a lot of |most of the )?time on"
)


@dataclass(frozen=True)
class Point:
    text: str  # ready to drop into a sentence frame, no trailing punctuation
    shape: str
    source: str
    score: float
    key: str  # normalised original span, to tell points apart across drafts


def clean_text(text: str) -> str:
    """Remove what must never reach an email: control characters and placeholder brackets."""
    text = text.replace("[[", "").replace("]]", "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    return text


def split_points(text: str) -> list[str]:
    """Split free text into candidate points: lines, bullets, sentences and "; " parts."""
    pieces: list[str] = []
    for line in _LINES.split(clean_text(text)):
        for part in _PARTS.split(line):
            pieces.extend(_split_sentences(part))
    return [p for p in (_strip_decoration(p) for p in pieces) if p]


# Lines and bullets part notes. (The spaces before a bullet are looked for up to 50 back, and
# "; ", " | " and a sentence's end only where a run of spaces or marks begins: tried all through
# a run, a pasted run of 20,000 spaces took the square of its length. The points are the same:
# a part of spaces alone is no point, and a point's own spaces are trimmed.)
_LINES = re.compile(r"[\r\n]+|\s{1,50}[•·]\s+|^[•·]\s+")
_PARTS = re.compile(r"(?:(?<!\s)\s*)?;\s*|(?<!\s)\s+\|\s+")
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+\s+(?=[\"'(A-Z0-9])")


def _split_sentences(text: str) -> list[str]:
    # A full stop ends a sentence only before a capital or a digit, and never after an
    # abbreviation, so "e.g. Kronos" and "4.5 stars" stay whole.
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        last = _last_word(text, start, match.start()).lower().rstrip(".")
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : match.start()])
        start = match.end()
    out.append(text[start:])
    return out


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of text[start:end], found from its end (not by splitting the whole: a
    sentence may run on past many abbreviations)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _strip_decoration(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:[-*•·>]+|\d{1,2}[.)]|[a-z][)])\s+", "", text)
    text = text.strip(" \"'`“”‘’")
    text = re.sub(
        r"^(?:and|also|plus|then|mainly|mostly|so|oh|ok|okay)[,:]?\s+",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(r"(?<![\s.,;:!?\-–—])[\s.,;:!?\-–—]+$", "", text)
    text = re.sub(r"\s*(?:etc|and so on|and more)$", "", text, flags=re.IGNORECASE)
    return text.strip()


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'’&./+#%-]*", text)


def _content_words(text: str) -> list[str]:
    return [
        w
        for w in (x.lower().strip(".") for x in _words(text))
        if w not in _STOPWORDS and len(w) > 1
    ]


def _is_named(word: str, index: int, known_common: frozenset[str]) -> bool:
    """A proper noun, acronym or named system: the things an interviewer remembers."""
    bare = word.strip(".'’")
    if not bare or bare.lower() in {"i", "i'd", "i'm", "i've", "i'll"}:
        return False
    if any(c.isdigit() for c in bare):
        return False  # counted as a number
    if len(bare) > 1 and bare.isupper():
        return True
    if any(c.isupper() for c in bare[1:]):
        return True  # CamelCase: "ServiceNow", "McKesson"
    if bare[0].isupper():
        return index > 0 or bare.lower() not in known_common
    return False


def specificity(text: str, ignore: frozenset[str] = frozenset()) -> tuple[float, bool]:
    """Score how specific a point is, and whether it is specific enough to stand alone.

    `ignore` holds words that say nothing about this candidate (the company's and the people's
    names), so "talked about Acme" does not count as specific at Acme.
    """
    words = _words(text)
    numbers = sum(1 for w in words if any(c.isdigit() for c in w))
    named = sum(
        1
        for i, w in enumerate(words)
        if w.lower().strip(".'’") not in ignore and _is_named(w, i, _COMMON_FIRST_WORDS)
    )
    content = [w for w in _content_words(text) if w not in ignore]
    concrete = [w for w in content if w not in _GENERIC]
    score = 3.0 * min(numbers, 2) + 2.0 * min(named, 3) + 0.5 * min(len(concrete), 8)
    specific = bool(numbers or named) and bool(concrete) or len(concrete) >= 2
    return score, specific


def _names_pattern(names: tuple[str, ...]) -> str:
    alternatives = [re.escape(n) for n in names if n]
    return "|".join(["she", "he", "they", *alternatives])


def reshape(
    text: str,
    source: str,
    recipient_names: tuple[str, ...] = (),
    speaker_names: tuple[str, ...] = (),
) -> tuple[str, str]:
    """Strip the lead-in of a note and return (clause, shape).

    `speaker_names` are other people who may lead a note the way "I" does: in a recruiter's
    notes about a candidate, "Sam discussed ..." and "Dana and Sam talked about ...".
    """
    if source == STANDOUT:
        return _reshape_achievement(text)
    others = _names_pattern(recipient_names)
    flags = re.IGNORECASE
    me = "i"
    lead = rf"(?:(?:we|i|{others})\s+)?"
    if speaker_names:
        speakers = "|".join(re.escape(n) for n in speaker_names if n)
        me = f"i|{speakers}"
        who = f"we|i|{others}|{speakers}"
        lead = rf"(?:(?:{who})(?:\s+and\s+(?:{who}))?\s+)?"
    # A short label in front ("system design: sharding ...", "behavioral round, talked about
    # ...") names the interview segment, not the point.
    m = re.match(r"^\S+(?:\s+\S+){0,3}?\s*:\s+(.+)$", text)
    if m:
        text = m.group(1)
    m = re.match(r"^[^,]{1,40},\s+(.+)$", text)
    if m and re.match(rf"^{lead}(?:also\s+)?(?:{_TOPIC_VERBS})\s", m.group(1), flags):
        text = m.group(1)
    # "she said that the unit is moving to Epic" -> heard: "the unit is moving to Epic"
    m = re.match(
        rf"^(?:{others})\s+(?:also\s+)?(?:said|mentioned|told me|explained|shared|"
        r"noted|pointed out)\s+that\s+(.+)$",
        text,
        flags,
    )
    if m:
        return m.group(1), HEARD
    m = re.match(
        rf"^{lead}(?:also\s+|then\s+|mostly\s+|mainly\s+|"
        rf"briefly\s+)?(?:{_TOPIC_VERBS})\s+(.+)$",
        text,
        flags,
    )
    if m:
        return m.group(1), TOPIC
    m = re.match(
        rf"^(?:{others})\s+(?:also\s+)?(?:asked(?: me)?|wanted to know|was curious|"
        r"quizzed me|grilled me)\s+(?:about\s+|on\s+|regarding\s+)?(.+)$",
        text,
        flags,
    )
    if m and not m.group(1).lower().startswith("to "):
        return m.group(1), TOPIC
    m = re.match(
        rf"^(?:{others})\s+(?:also\s+)?(?:walked me through|showed me|gave me a tour of|"
        r"told me about|described|explained|shared|talked about|mentioned|"
        r"introduced me to)\s+(.+)$",
        text,
        flags,
    )
    if m:
        return m.group(1), TOPIC
    m = re.match(
        rf"^(?:(?:{me})\s+)?(?:also\s+)?(?:described|explained|shared|presented|brought up|"
        r"raised|"
        r"mentioned|talked about|"
        r"walked (?:her|him|them|you|the panel) through|showed (?:her|him|them|you)|"
        r"told (?:her|him|them|you) about|gave (?:(?:her|him|them|you) )?(?:an )?"
        r"examples? of)\s+(?!that\b)(.+)$",
        text,
        flags,
    )
    if m:
        return m.group(1), TOPIC
    m = re.match(r"^(?:about|re|regarding|topics?)\s*[:\-]?\s+(.+)$", text, flags)
    if m:
        return m.group(1), TOPIC
    if speaker_names:
        # "Sam cut mis-picks 30%", or in what stood out just "cut mis-picks 30%": a deed of the
        # candidate's, which the note says with their name ("Sam cut mis-picks 30%").
        m = re.match(rf"^((?:{speakers})\s+)?(?:also\s+)?(\S+\s+\S.*)$", text, flags)
        if m and _is_deed(m.group(2).split()[0]) and (m.group(1) or source == STOOD_OUT):
            return m.group(2), DID
    words = text.split()
    first = words[0].lower() if words else ""
    if first in _SUBJECT_PRONOUNS or any(w.lower() in _FINITE for w in words[1:]):
        return text, CLAUSE
    if recipient_names and first in {n.lower() for n in recipient_names if n}:
        return text, CLAUSE
    return text, TOPIC


# Past participles that describe rather than tell of a deed: "based in Reno" is no result.
_NOT_DEEDS = _wordset(
    """based interested located excited scheduled concerned worried surprised pleased tired
    qualified certified licensed experienced skilled used supposed needed wanted asked talked
    discussed covered reviewed focused mentioned described explained shared mixed limited"""
)


def _is_deed(word: str) -> bool:
    low = word.lower()
    if low in _NOT_DEEDS:
        return False
    return low in _IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4 and low.isalpha())


def _reshape_achievement(text: str) -> tuple[str, str]:
    m = re.match(r"^i\s+(.+)$", text, re.IGNORECASE)
    if m:
        return m.group(1), DID
    first = text.split()[0].lower() if text.split() else ""
    if first.endswith("ed") or first in _IRREGULAR_PAST:
        return text, DID
    return re.sub(r"^(?:a|an|the|my)\s+", "", text, flags=re.IGNORECASE), HAVE


def to_second_person(text: str, names: tuple[str, ...]) -> str:
    """Address the recipient: in their part of the debrief, "she" and their name mean "you"."""
    subjects = {"she", "he", *(n.lower() for n in names if n)}
    possessives = {n.lower() + s for n in names if n for s in ("'s", "’s")}
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        low = word.lower()
        bare = low.rstrip(",")
        tail = word[len(bare) :] if len(word) >= len(bare) else ""
        if i == 0 and bare in {"they", "their"}:
            # Leading "their"/"they" in the recipient's own notes is their employer: "your".
            out.append({"they": "you", "their": "your"}[bare] + tail)
        elif bare in {"she's", "he's"}:
            out.append("you're" + tail)
        elif bare in possessives:
            out.append("your" + tail)
        elif bare in subjects:
            out.append("you" + tail)
            if not tail and i + 1 < len(words):
                out.append(_agree(words[i + 1]))
                i += 1
        elif bare in {"his", "him", "himself", "herself"}:
            out.append({"his": "your", "him": "you"}.get(bare, "yourself") + tail)
        elif bare == "her":
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            possessive = nxt and not tail and nxt not in _STOPWORDS
            out.append(("your" if possessive else "you") + tail)
        else:
            out.append(word)
        i += 1
    return " ".join(out)


_AGREEMENT = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}


def _agree(verb: str) -> str:
    low = verb.lower()
    if low in _AGREEMENT:
        return _AGREEMENT[low]
    if not low.isalpha() or len(low) <= 3 or not low.endswith("s") or low.endswith("ss"):
        return verb
    if low.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:sh|ch|x|z|ss)es$", low):
        return verb[:-2]
    return verb[:-1]


_DANGLING = _STOPWORDS - {
    "i",
    "you",
    "me",
    "us",
    "them",
    "it",
    "him",
    "her",
    "more",
    "most",
    "all",
    "both",
    "up",
    "out",
    "too",
}


def shorten(text: str, max_words: int = MAX_POINT_WORDS) -> str:
    """Cut a long point at a clause boundary, never mid-word and never on a dangling "the"."""
    words = text.split()
    if len(words) > max_words:
        cut = max_words
        for i in range(max_words, 3, -1):
            prev, word = words[i - 1], words[i].lower()
            if prev.endswith((",", ":", ";", ")")) or word in {
                "and",
                "but",
                "which",
                "because",
                "so",
                "while",
                "where",
                "who",
                "when",
                "with",
                "-",
                "–",
                "—",
                "(",
                "although",
                "though",
                "since",
                "after",
                "before",
            }:
                cut = i
                break
        in_list = words[cut - 1].endswith(",") or (
            cut < len(words) and words[cut].lower() in {"and", "or"}
        )
        if in_list and sum(w.endswith(",") for w in words[:cut]) >= 2:
            # The cut would fall inside a list ("billing, payments, refunds,"): end before
            # the list goes on, at its first item, rather than halfway through it.
            cut = next(i for i, w in enumerate(words[:cut], start=1) if w.endswith(","))
        words = words[:cut]
    while words and (words[-1].lower().strip(",;:") in _DANGLING or words[-1] in "-–—("):
        words.pop()
    text = " ".join(words)
    text = re.sub(r"(?<![\s,;:(\-–—])[\s,;:(\-–—]+$", "", text)
    if text.count("(") > text.count(")"):
        text = text.rsplit("(", 1)[0].rstrip(" ,;:-")
    if text.count('"') % 2:
        # A stray quote goes; between two words it leaves a space, so '0"0' never reads "00".
        text = re.sub(r'(?<=\w)"(?=\w)', " ", text).replace('"', "")
    return text


def _said_mid_sentence(word: str, corpus: str) -> bool:
    """Whether `word` (its letters: "Subject:" is "subject") stands in `corpus` as written, not
    opening it or a sentence."""
    return _WORD_MARKS.sub("", word) in _words_mid_sentence(corpus)


# (A trailing run is tried where it begins, not at every mark of it: a point opening "A" and
# 40,000 commas took 19 s. The same for the other trailing runs trimmed here.)
_WORD_MARKS = re.compile(r"^\W+|(?<!\W)\W+$")
_WORD_MID_SENTENCE = re.compile(r"(?<![.!?]\s)(?<!^)\b\w+\b")


@lru_cache(maxsize=4)
def _words_mid_sentence(corpus: str) -> frozenset[str]:
    """Every word of `corpus` that does not open it or a sentence, found once per text: a
    search of the whole text for each point's first word took the square of its length."""
    return frozenset(_WORD_MID_SENTENCE.findall(corpus))


def lower_first(text: str, corpus: str) -> str:
    """Lower-case the first letter when the first word is an ordinary word, not a name."""
    words = text.split(" ", 1)
    first = words[0]
    bare = first.strip("\"'(")
    if bare == "I" or bare.startswith(("I'", "I’")):
        return text
    if (
        not bare
        or not bare[0].isupper()
        or len(bare) > 1
        and (bare.isupper() or any(c.isupper() for c in bare[1:]))
    ):
        return text
    low = bare.lower()
    common = (
        low in _COMMON_FIRST_WORDS
        or low.endswith(_COMMON_SUFFIXES)
        or _said_mid_sentence(low, corpus)
    )
    if not common:
        return text
    return first.replace(bare[0], bare[0].lower(), 1) + (" " + words[1] if len(words) > 1 else "")


def extract_points(
    text: str,
    source: str,
    recipient_names: tuple[str, ...] = (),
    ignore: frozenset[str] = frozenset(),
    address_recipient: bool = False,
    about_names: tuple[str, ...] = (),
) -> list[Point]:
    """All usable points in `text`, most specific first (ties keep the user's order).

    `about_names` (the candidate's names, in a recruiter's notes about them) lead notes as "I"
    does; and since the writer is then not the person interviewed, a point that still says
    "I", "my", "she" or "his" after its lead-in is dropped: whose it is cannot be known.
    """
    corpus = clean_text(text)
    found: list[Point] = []
    for raw in _usable_spans(split_points(text)):
        clause, shape = reshape(raw, source, recipient_names, about_names)
        if shape in {TOPIC, CLAUSE}:
            clause = one_of_list(clause)
        if about_names and _PRONOUN.search(clause):
            continue
        if shape in {CLAUSE, TOPIC, HEARD} and (
            address_recipient or _names_recipient(raw, recipient_names)
        ):
            # A note to Dana never says "Dana's team" or "her team" about Dana: "your team".
            clause = to_second_person(clause, recipient_names)
        elif shape in {CLAUSE, TOPIC, HEARD} and _THIRD_PERSON.search(clause):
            # "her team" in notes shared by several interviewers may be anyone's: pasted into
            # a note to one of them it reads as gossip. Such a point is not used.
            continue
        clause = shorten(clause)
        clause = lower_first(clause, corpus)
        if not re.search(r"[^\W_]", clause) or max(len(w) for w in clause.split()) > 40:
            continue  # nothing readable, or a pasted blob/URL that would wreck the sentence
        score, specific = specificity(clause, ignore)
        if not specific:
            continue
        if (
            shape == CLAUSE
            and not address_recipient
            and clause.split()[0].lower() in {"she", "he", "they"}
        ):
            # In general notes "she" may be anyone; prefer a point that needs no guessing.
            score -= 4
        found.append(Point(clause, shape, source, score, _key(raw)))
    order = sorted(range(len(found)), key=lambda i: (-found[i].score, i))
    return [found[i] for i in order]


_AUXILIARIES = _wordset(
    "is are was were will would has have had can could should must does did am be been"
)
# A list with someone in it ("her team owns billing, payments, ...") is a sentence, not topics.
_PEOPLE_WORDS = _wordset("i we you she he they her his their your my our its me us them him")
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|his|him|hers|she's|he's)\b", re.IGNORECASE)
# Anyone's pronoun but the reader's: in notes about a third person, whose it is is a guess.
_PRONOUN = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours|she|he|her|his|"
    r"him|hers|himself|herself|she's|he's|they|them|their|theirs|they're)\b",
    re.IGNORECASE,
)


def _names_recipient(text: str, names: tuple[str, ...]) -> bool:
    words = {w.lower().strip(",.;:").removesuffix("'s").removesuffix("’s") for w in text.split()}
    return any(n and n.lower() in words for n in names)


def one_of_list(text: str) -> str:
    """A bare list of topics ("Kafka migration, on-call rotation, p99 targets, the billing
    rewrite") is not one point: its first item is. A sentence that contains a list keeps it."""
    items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+", text) if i.strip()]
    words = {w.lower().strip(",.;:") for w in text.split()}
    if (
        len(items) >= 3
        and all(len(i.split()) <= 5 for i in items)
        and not words & (_AUXILIARIES | _PEOPLE_WORDS)
    ):
        return items[0]
    return text


def _usable_spans(pieces: list[str]) -> list[str]:
    """Drop what must not be raised; from a mixed sentence keep the harmless parts, so
    "the Sapphire goals and my license timeline" still yields "the Sapphire goals"."""
    spans: list[str] = []
    for piece in pieces:
        if not _EXCLUDE_RE.search(piece):
            spans.append(piece)
            continue
        parts = re.split(r",\s+|\s+(?:and|but|plus|although|though)\s+", piece)
        spans.extend(p for p in parts if len(parts) > 1 and not _EXCLUDE_RE.search(p))
    return spans


def _key(text: str) -> str:
    return " ".join(_content_words(text))
