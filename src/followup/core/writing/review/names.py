"""wrong_name: the interviewer or the company named wrongly in the subject or body.

Caught three ways: a greeting that names someone other than the interviewer (a nickname the
notes record is fine, and so are "Hiring Manager" and "team"); a word within a typo or two of
the interviewer's or the company's name; a company the writer says they want to join that is
not this one (a competitor left in from another letter). Other people named correctly, and past
employers, are fine.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from nicknames import NickNamer

from .model import ReviewContext
from .text import NAME_PARTICLES, Email, edit_distance

_TITLES = {
    # Turkish honorifics after the given name: "Ayşe Hanım", "Mehmet Bey".
    "hanim",
    "hanimefendi",
    "bey",
    "beyefendi",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "chef",
    "coach",
    "mx",
    "sir",
    "madam",
    "mister",
    "doctor",
    "pastor",
    "captain",
    "officer",
    "nurse",
    "rev",
    # Titles in the writer's or the reader's language: "Dear Frau Schneider", "Estimado Sr.
    # Gómez", "Bonjour Madame Roy".
    "frau",
    "herr",
    "sr",
    "sra",
    "srta",
    "senor",
    "senora",
    "monsieur",
    "mme",
    "signor",
    "signora",
    "sister",
    "brother",
    "matron",
    # Ranks and professional titles: "Dear Lt. Col. Foster", "Good day Engr. Obi", "Dear Fr.
    # Walsh", "Ar. Reyes" (an architect, in the Philippines).
    "engr",
    "eng",
    "ar",
    "atty",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "capt",
    "cpt",
    "maj",
    "major",
    "gen",
    "general",
    "sgt",
    "sergeant",
    "cmdr",
    "commander",
    "adm",
    "admiral",
    "fr",
    "father",
    "rabbi",
    "imam",
    "hon",
    "judge",
    "maam",
}
# Calendar words are never a misspelt name: "on March 20" for Ms. Marsh.
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
_GENERIC_GREETING = {
    # Salutations a greeting line may keep ("G'day Tony"): no name.
    "gday",
    "howdy",
    "hiring",
    "manager",
    "managers",
    "team",
    "there",
    "all",
    "everyone",
    # "Dear Members of the Panel", "Dear Selection Committee"
    "members",
    "member",
    "selection",
    "of",
    "recruiter",
    "recruiting",
    "committee",
    "sir",
    "madam",
    "or",
    "and",
    "hr",
    "to",
    "whom",
    "it",
    "may",
    "concern",
    "folks",
    "again",
    "friends",
    "the",
    "search",
    "panel",
    "talent",
    "acquisition",
    "again!",
    "morning",
    "afternoon",
    "evening",
    "chef",
    "you",
    "both",
    "y'all",
    "guys",
    "respected",
    "maam",
    "ma",  # "Dear Ma," (Nigeria, Ghana): madam
    "madame",
    "sirs",
    "sir/madam",
    "dear",
    "good",
    "day",
    "hello",
    "hi",
    "greetings",
    # Greetings in other languages: "Shwmae Dafydd", "Hola Ana", "Kia ora Mere".
    "shwmae",
    "hola",
    "bonjour",
    "salut",
    "hallo",
    "hej",
    "ciao",
    "namaste",
    "salaam",
    "kia",
    "ora",
    "ola",
    "oi",
    "merhaba",
    "sawubona",
    "jambo",
    "mabuhay",
    # Terms of endearment and address a texter greets with: "hey hun!!", "hiya boss".
    "hun",
    "hon",
    "babe",
    "love",
    "luv",
    "mate",
    "boss",
    "bro",
    "sis",
    "fam",
    "chief",
    "hiya",
    "yo",
    # "Alright Dave," (British), "Howzit Thabo" (South African)
    "alright",
    "awright",
    "howzit",
    # "Respected Sir ji,", "Respected sir/mam,", "Respected Recruitment Team,"
    "ji",
    "mam",
    "recruitment",
}
_NICKNAME_RE = re.compile(
    # "Mike (Michael Sullivan, shift supervisor)": the short name, then the full one.
    r"\b([A-Z][a-z]+) \((?=[A-Z][a-z]+ [A-Z])|"
    # ... or both in lowercase notes: "talked to alex (alejandro vega) the dispatcher".
    r"\b([a-z]{2,}) \((?=[a-z]+ [a-z]+\))|"
    # ("Bex said call me Bex")
    # ("everyone calls me Bex", "staff call her Dr. B": a title's initial too)
    r"\b(?i:goes by|prefers|prefer to be called|called|known as|addressed as|calls? me"
    r"|calls? (?:him|her|them)"
    # "introduced himself as David", "he signs his emails 'Santi'"
    r"|introduced (?:himself|herself|themselves) as|signs (?:his|her|their) (?:e-?mails|messages"
    r"|notes|name)(?: as)?)\s+"
    # ("everyone calls her Mrs A", "he said to call him Engr. Tunde", "addressed as Director
    # Choi": a title, then the name or its initial.)
    r"[\"']?(?:(?:Nurse|Chef|Coach|Dr\.?|Ms\.?|Mr\.?|Mrs\.?|Miss|Pastor|Sister|Brother|Ma'am"
    r"|Madam|Sir|Kuya|Ate|Tita|Tito|Engr\.?|Eng\.?|Director|Prof\.?|Professor|Auntie|Uncle) )?"
    r"([A-Z][a-z]+|(?<=\. )[A-Z]\b|(?<=[a-z] )[A-Z](?![\w']))|\(\s*[\"']?([A-Z][a-z]+)[\"']?\s*\)"
    # Notes in lowercase: "dee (deirdre, bar manager) - goes by dee".
    r"|\b(?:goes by|known as|prefers to be called) [\"']?([a-z]{2,})\b"
)
# Honorifics written onto a name: "Tanaka-san", "Megan-san", "Sharma-ji", "Kim-ssi".
_HONORIFIC_SUFFIX = re.compile(r"-(?:san|sama|sensei|senpai|kun|chan|ji|ssi|nim|sahib|saab)$")
# Words around a company name that do not make it a different company.
_COMPANY_FILLER = {
    "the",
    "inc",
    "llc",
    "llp",
    "ltd",
    "co",
    "corp",
    "corporation",
    "company",
    "group",
    "team",
    "teams",
    "of",
    "and",
    "&",
    "s",
    "school",
    "district",
    "hospital",
    "health",
    "store",
    "stores",
    "family",
    "crew",
    "staff",
    "kitchen",
    "office",
    "org",
    "hq",
    "home",
    "goods",
    "payments",
    "backend",
    "engineering",
    "operations",
    "sales",
    "support",
    "litigation",
}
_JOIN_CUE = re.compile(
    r"\b(?:join(?:ing)?(?: the (?:\w+ ){0,2}(?:team|crew|staff|family) (?:at|of))?|work(?:ing)? "
    r"(?:for|at)|(?:drive|driving|sell|selling|cook|teach|teaching) (?:for|at)|(?:team|crew|"
    r"staff|role|position|job|opening|career|future|opportunity|shift|line|kitchen) (?:at|with)|"
    # ("part of the digital team of Dutch-Bangla Bank")
    r"part of(?: the (?:\w+ ){0,2}(?:team|crew|staff|family) (?:at|of))?|(?:excited|thrilled"
    r"|eager|keen) about|prospect of joining|possibility of joining|"
    r"grow at|(?:interview|interviewing) (?:at|with)|bring (?:\w+ ){0,4}to|help"
    # ("nobody from Hollybank has rang me": someone of the employer's; "a month with no answer
    # from Oakridge Home", "wondering if City Transit made a decision": the one deciding)
    r"|(?i:nobody|no one|no-one|anyone|anybody|someone|somebody) (?:from|at)"
    r"|(?:no|an|any|the|a) (?:answer|reply|response|word|news|decision|call) from"
    # ("eager to support Lockwell Aerospace's mission": the firm whose work one would do)
    r"|(?:support|contribute to|advance|further)(?=\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*'s"
    r"\s+(?:mission|vision|work|growth|goals|success|future|team|customers|clients|patients)\b)"
    r"|(?:if|whether)(?=\s+(?:[A-Z][\w'&.-]*\s+){0,3}[A-Z][\w'&.-]*\s+(?:has |have |had )?(?:made"
    r"|reached|come to) (?:a|the|its|their|any) (?:final )?decision))"
    # ("the F&B role at the Kensington Arms")
    r"(?:(?:(?<=role at)|(?<=job at)|(?<=position at)|(?<=opening at)|(?<=role with)"
    r"|(?<=job with)|(?<=position with))\s+the)?\s+"
    r"((?:[A-Z][\w'&.-]*|&)(?:\s+(?:[A-Z][\w'&.-]*|&|of)){0,3})"
)
# The job the candidate would take instead: "or im taking the job at Maaco", "the other role
# with Brightline".
_ANOTHER_JOB = re.compile(
    r"(?:\bor (?:i'?m |im |i'll |ill |i will )?(?:take|taking|accept|accepting|go with|going with"
    r"|sign|signing) (?:the|a|an|their|that)|\b(?:other|another|different|competing)) $"
)
_ROLE_BEFORE_AT = re.compile(
    r"(?i:role|position|job|post|vacancy|opening|engineer|manager|analyst|designer|developer"
    r"|consultant|officer|assistant|coordinator|specialist|director|lead|nurse|teacher)\s+at\s+$"
)
_SUBJECT_AT = re.compile(
    r"(?:\bat|\bwith|-|–|—|:)\s+((?:[A-Z][\w'&.-]*|&)(?:\s+(?:[A-Z][\w'&.-]*|&|of)){0,3})"
)
_SUBJECT_AFTER_A_COMMA = re.compile(
    r",\s+((?:The\s+)?[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|&|of)){0,3})\s*$"
)
# A brand's one word with a capital inside: "SunRun", "HubSpot" (not "McDonald" alone: a name).
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+")
# Where the writer sees themselves: "the chance to lead brand marketing at Harvest Table", "I
# would be proud to run the floor at The Ivy". A past employer named there is a slip too.
_FUTURE_AT = re.compile(
    r"\b(?:chance to|opportunity to|excited to|thrilled to|proud to|love to|like to|keen to|eager"
    r" to|hope to|want to|wish to|look forward to|i would|i'd|i will|i'll"
    # (Glad of the job itself, not of explaining "my work on the welding cell at Toyota".)
    r"|(?:happy|glad) to(?= (?:join|work|be part)))\b"
    # ... doing the job there: not "see the oven in action at Borough Market".
    r"[^.!?:;]{0,40}?\b(?:join|joining|work|working|lead|leading|run|running|bring|be part|bake"
    r"|baking|cook|cooking|teach|teaching|serve|serving|nurse|manage|build|grow|start|fly|flying"
    r"|drive|driving|do|doing|repeat|replicate)\b"
    # ("love to fly with Bluejay Air", "happy to work in Hotel Marigold": with, for or in, a
    # name that says it is a firm, `_names_a_firm`.)
    r"[^.!?:;]{0,40}?\b(?P<prep>at|with|for|in)\s+"
    # Two capitalised words at least: a company, not "at Christmas" or "at Excel".
    r"(?P<phrase>(?:The\s+)?[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|&|of)){1,3})"
)
_DONE_THERE = re.compile(
    r"\b(?:i|we|you)\s+(?:\w+ed|built|did|ran|led|had|was|were|made|won|got|took|grew|saw|met"
    r"|taught|began|set up)\b[^.!?]{0,30}$|\bas (?:i|we) (?:do|did) $",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:my (?:old|last|previous|former|current)|used to|when i was|i worked|"
    r"former|previously|back at|time at|years at|experience at"
    # ("I have already let the team at Hollis Partners know I'll be moving on": whom one leaves)
    r"|(?:told|let|informed|notified) (?:the|my))\W*$"
)


# Someone named with a title: "a resident, Mr. Harold" in the notes; "Thank you, Ms. Carter" for
# Ms. Cartwright in a subject (a surname nobody in the context has).
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Sir|Madam)\.?\s+([A-Z][\w'-]+)")
_MALE_TITLES = {"mr", "mister", "sir"}
_FEMALE_TITLES = {"ms", "mrs", "miss", "madam", "maam", "madame"}


def _pronoun_gender(notes: str, interviewer: frozenset[str] = frozenset()) -> str | None:
    """'f' or 'm' when the notes speak of the interviewer as she or he (and only that).

    Not in a sentence about someone else with a title ("a resident, Mr. Harold, asked me to
    help with his walker"): that "his" is theirs."""
    sentences = re.split(r"\n+|(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<=[.!?])\s+", notes)
    notes = " ".join(
        s
        for s in sentences
        if not any(m.group(1).lower() not in interviewer for m in _TITLED_NAME.finditer(s))
    )
    words = re.findall(r"\b(she|her|hers|herself|he|him|his|himself)\b", notes.lower())
    female = sum(w in ("she", "her", "hers", "herself") for w in words)
    male = len(words) - female
    if female and not male:
        return "f"
    if male and not female:
        return "m"
    return None


def _titled_gender(notes: str, interviewer: list[str]) -> str | None:
    """'f' or 'm' when the notes give the interviewer a title: "Ms. Alex Morgan is front
    office manager", "Mr. Ellis"."""
    if not interviewer:
        return None
    found = set()
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+((?:[A-Z][\w'-]+\s+)?[A-Z][\w'-]+)", notes):
        if _words(m.group(2))[-1:] == interviewer[-1:]:  # the surname, not a first name
            found.add("m" if m.group(1) == "Mr" else "f")
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class _Names:
    accepted: frozenset[str]  # lower-case name words that may greet or be mentioned
    interviewer_parts: tuple[str, ...]
    company_words: frozenset[str]
    company_parts: tuple[str, ...]
    company_sequence: tuple[str, ...]  # its words in order, without the filler ("inc", "the")
    known_words: frozenset[str]  # every capitalised word the context mentions
    role_words: frozenset[str]
    gender: str | None = None  # from the notes' pronouns, to catch "Mr." for a woman
    candidate_words: frozenset[str] = frozenset()
    company_in_full: tuple[str, ...] = ()  # every word, the filler too ("health", "group")
    # Firms the notes say are others: "Haulwell Freight is the trucking sister co".
    others_in_notes: tuple[tuple[str, ...], ...] = ()
    own_employers: tuple[str, ...] = ()  # the first word of the candidate's own employers
    # The interviewer's given names when the notes say which is the family name ("Wang Wei
    # (family name Wang)"): a title before one of them is a wrong name ("Mr. Wei").
    given_only: frozenset[str] = frozenset()


def _not_a_firm(word: str, role: set[str]) -> bool:
    return word in _CALENDAR_WORDS or word in role or word in _ROLE_WORDS or word in _PLAIN_WORDS


def _words(text: str) -> list[str]:
    """Lower-case name words with possessives, apostrophes, honorific suffixes and accents
    dropped ("Luke's" -> "luke", "Tanaka-san" -> "tanaka", "Ramírez" -> "ramirez": a writer
    without the accent on their keyboard names the same person)."""
    out = []
    for raw in re.findall(r"[\w'&.-]+", text):
        word = raw.strip("'.-").lower().removesuffix("'s").replace("'", "")
        out.append(_HONORIFIC_SUFFIX.sub("", _without_accents(word)))
    return out


# Letters with no accent to strip that keyboards without them write plainly.
_PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)


@lru_cache(maxsize=4096)
def _without_accents(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NOT_IN_ACRONYMS = frozenset("the of and ltd llc llp inc plc gmbh co corp limited".split())
_TOLD_WHAT_TO_CALL = re.compile(
    r"(?i:\bgoes by|\bprefers(?: to be called)?|\bcall (?:him|her|them|me)"
    r"|\bintroduced (?:himself|herself|themselves) as)[ \t]+[\"']?"
    r"([A-Za-z][a-z]+)"
)
_FAMILY_NAME = re.compile(r"(?i:family name|surname|last name)(?: is)?[:\s]+([A-Z][a-z]+)")
_RULED_OUT = re.compile(r"(?i:\bnot|\bnever|\bnever ever)[ \t]+[\"']?([A-Z][a-z]+)\b")


@lru_cache(maxsize=128)
def _names(context: ReviewContext) -> _Names:
    interviewer = [w for w in _words(context.interviewer) if w and w not in _TITLES]
    nicknames = {n.lower() for n in context.nicknames}
    first_name = interviewer[0] if interviewer else ""
    notes = context.notes.lower()  # once: copying the rest of the notes per match was quadratic
    for match in _NICKNAME_RE.finditer(context.notes):
        short = match.group(1) or match.group(2)
        full = match.group(3) or match.group(4) or match.group(5)
        if short is None:
            nicknames.add(full.lower())
        elif first_name and _starts_with_word(notes, match.end(), first_name):
            nicknames.add(short.lower())  # only when the full name is the interviewer's
    # The usual short forms of the interviewer's first name ("Liz" for Elizabeth, "Mike" for
    # Michael), from the `nicknames` package's list.
    usual = _usual_names(first_name) if first_name else frozenset()
    if any(_TOLD_WHAT_TO_CALL.finditer(context.notes)):
        # The notes say what to call them ("said call her Liz", "she prefers Elizabeth"): not
        # another short form of the name ("Beth", or "Liz" itself, for that Elizabeth).
        usual = frozenset()
    local = context.interviewer_email.split("@")[0].lower()
    email_parts = {p for p in re.split(r"[._\-+0-9]+", local) if len(p) > 2}
    # "dami@paystride.io" for Damilola: the short form the address itself uses.
    shortened = {p for p in email_parts if first_name.startswith(p) and p != first_name}
    # (The usual short forms greet well but are no target for misspellings: "March" is not a
    # slip of "Marc" for Mark.)
    # "yo DJ" for Darnell Johnson: the initials of the name.
    initials = {"".join(w[0] for w in interviewer)} if len(interviewer) >= 2 else set()
    accepted = (
        set(interviewer) | nicknames | usual | (email_parts & set(interviewer)) | shortened
    ) | initials
    # "goes by Rob, NOT Bob": a name the notes rule out.
    accepted -= {m.group(1).lower() for m in _RULED_OUT.finditer(context.notes)} - set(interviewer)
    company = [w for w in _words(context.company) if w]
    # "L&T" for Larsen & Toubro, "HDFC" is already one word.
    # (Without its legal form: "IBL" for International Business Logistics Ltd.)
    initials = [w[0] for w in company if w[0].isalpha() and w not in _NOT_IN_ACRONYMS]
    acronyms = {"".join(initials), "&".join(initials)} if len(initials) >= 2 else set()
    known = set(company) | acronyms | set(interviewer) | nicknames | set(_words(context.candidate))
    known |= set(_words(context.about_candidate))
    role = set(_words(context.role.replace(",", " ").replace("/", " ")))
    role.add("".join(w[0] for w in _words(context.role) if w and w[0].isalpha()))
    known |= role
    known |= {w for w in _words(" ".join(re.findall(r"\b[A-Z][\w'.-]*", context.notes)))}
    family = {m.group(1).lower() for m in _FAMILY_NAME.finditer(context.notes)} & set(interviewer)
    given_only = frozenset(set(interviewer) - family) if family else frozenset()
    return _Names(
        given_only=given_only,
        accepted=frozenset(accepted),
        interviewer_parts=tuple(w for w in interviewer + sorted(nicknames) if len(w) > 1),
        company_words=frozenset(company) | acronyms,
        # Only the distinctive first word of the company: "Electric" in "Brightline Electric" is
        # too close to ordinary words ("Electrical") to call a near miss a misspelling.
        company_parts=tuple([w for w in company if w not in _COMPANY_FILLER and len(w) > 3][:1]),
        company_sequence=tuple(w for w in company if w not in _COMPANY_FILLER),
        known_words=frozenset(known),
        role_words=frozenset(role),
        gender=_pronoun_gender(context.notes, frozenset(interviewer))
        or _titled_gender(context.notes, interviewer),
        candidate_words=frozenset(_words(context.candidate))
        | frozenset(_words(context.about_candidate)),
        company_in_full=tuple(company),
        others_in_notes=tuple(
            other
            for m in _ANOTHER_FIRM_IN_NOTES.finditer(context.notes)
            for other in [tuple(w for w in _words(_named(m)) if w and w not in _COMPANY_FILLER)]
            # (Not "Applied Monday", "applied for Controller role": a day or the role's word.)
            if other and not all(_not_a_firm(w, role) for w in other)
        ),
        own_employers=tuple(
            sorted(
                {
                    word
                    for pattern in (_OWN_EMPLOYER_IN_NOTES, _THEIR_FORMER_EMPLOYER_IN_NOTES)
                    for m in pattern.finditer(context.notes)
                    for word in [w for w in _words(_named(m)) if w not in _COMPANY_FILLER][:1]
                    if len(word) > 2 and word not in company and word not in accepted
                }
            )
        ),
    )


# A firm the notes tell apart from the employer: "Haulwell Freight is the trucking sister co",
# "(sister co Northstar Logistics Tech shares the office)", "Oakhill Nurseries down the road
# is a separate business"; one the candidate also applied to ("(Also applied to St Anne's.)",
# "Also in process with Harbourline Logistics"); and the group that owns the employer ("both
# owned by Arden Living", "a Castellan Financial Group plc subsidiary"): a letter that names
# one of them as the employer was written for another, or names the wrong body.
# ("St. Luke's Preparatory": a saint's or a mount's abbreviation keeps its full stop.)
_CAPITALISED_WORD = r"(?:St\.|Mt\.|Ft\.|[A-Z][\w'&-]*)"
_FIRM = rf"{_CAPITALISED_WORD}(?:[ \t]+(?:&[ \t]+|of[ \t]+|for[ \t]+)?{_CAPITALISED_WORD}){{1,3}}"
_FIRM_OR_WORD = rf"{_CAPITALISED_WORD}(?:[ \t]+{_CAPITALISED_WORD}){{0,3}}"
_SISTER = r"sister (?:co|company|firm|business|brand|school|hospital|practice|site|store|hotel)"
_ANOTHER_FIRM_IN_NOTES = re.compile(
    # ("shares a building with its sister practice, Lakeview Orthodontics")
    # (Not "its sister practice, Dr Ahmed mentioned": a person named after the comma.)
    rf"\b{_SISTER}(?:,(?![ \t]+(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]))?(?:[ \t]+of)?[ \t]+"
    rf"(?P<a>{_FIRM})"
    rf"|(?P<b>\b{_FIRM})(?=[^.\n]{{0,40}}?\b(?:{_SISTER}|(?:separate|different|unrelated)"
    r" (?:business|company|firm|employer|organi[sz]ation|outfit|brand|entity)"
    r"|parent (?:co|company)"
    r"|not the same (?:company|firm))\b)"
    # Another application: "Also applied: Smilecare Dental", "(Applied to Vantor Automation
    # last month.)", "also interviewing with Bella Italia".
    # (One capitalised word will do after these words: "Also final round at Quantix next week",
    # "Also have applied to Northgate", "I also have Aisha in process at Ashgrove Bank".)
    r"|(?i:\b(?:also[ \t]+)?(?:applied|applying)(?:[ \t]+also)?(?:[ \t]+(?:to|for|at|with))?:?)"
    rf"[ \t]+(?P<c>{_FIRM_OR_WORD})"
    # ... and a recruiter's other client: "I also placed a candidate with Westbrook Homes".
    r"|(?i:\b(?:placed|placing)[ \t]+(?:a|another|one|two|three)[ \t]+(?:candidates?|people"
    rf"|hires?)[ \t]+(?:with|at))[ \t]+(?P<h>{_FIRM_OR_WORD})"
    # ("I also interviewed at MediMart last week")
    r"|(?i:\balso[ \t]+(?:have[ \t]+[a-z]+[ \t]+)?(?:in[ \t]+process|interviewing|interviewed"
    r"|talking"
    r"|in[ \t]+talks|(?:a[ \t]+)?(?:(?:final|first|second|2nd|third|3rd)[ \t]+)?(?:round|interview"
    rf"|stage)s?))[ \t]+(?:with|at|to|for)[ \t]+(?P<d>{_FIRM_OR_WORD})"
    # The owner: "owned by Arden Living", "a Castellan Financial Group plc subsidiary", "an
    # executive agency of the Department for Business and Trade", "the trust also runs ...".
    rf"|\b(?:owned by|subsidiary of|(?:executive )?agency of|division of)[ \t]+(?:the[ \t]+)?"
    rf"(?P<e>{_FIRM})"
    rf"|(?P<f>\b{_FIRM})(?=(?:[ \t]+(?:plc|ltd|limited|group|inc))?[ \t]+subsidiary\b)"
    # ("the group also runs the Marlow Hotel Airport"; not "The school also has Forest
    # School", a thing it has)
    rf"|\balso[ \t]+(?:runs|operates|owns)[ \t]+(?:the[ \t]+)?(?P<g>{_FIRM})"
    # "I also put in at Blue Sky Roofing"
    r"|(?i:\b(?:also[ \t]+)?put[ \t]+in(?:[ \t]+(?:an[ \t]+)?application)?[ \t]+(?:at|with|to|for))"
    rf"[ \t]+(?P<i>{_FIRM_OR_WORD})"
    # "the adult hospital, Riverside General, is across the street"
    r"|(?i:\b(?:the|its)[ \t]+(?:adult|partner|affiliated|neighbouring|neighboring)[ \t]+"
    r"(?:hospital|school|company|clinic|brand|firm|business),?)"
    rf"[ \t]+(?P<j>{_FIRM})"
    # The employer's old name: "was called Apex Health until it rebranded", "formerly Apex".
    # (The employer itself: not "Priya was formerly Head of Ops", "the role was called ...".)
    r"|(?i:\b(?:the[ \t]+(?:hospital|company|firm|business|school|practice|clinic|store|shop"
    r"|agency|group|bank)|it)[ \t]+(?:was|were)[ \t]+(?:formerly[ \t]+)?(?:called|named"
    r"|known[ \t]+as))"
    rf"[ \t]+(?P<k>{_FIRM_OR_WORD})(?=[ \t]+(?i:until|before|till))"
    rf"|(?i:\brebranded[ \t]+from)[ \t]+(?P<l>{_FIRM_OR_WORD})"
)


# Where the candidate works or last worked, as the notes say: "I currently work at Kaufland DC
# Sofia", "Previous assignment was at Delmar Foods", "my Costa store", "Pharmaway (current
# employer)".
_OWN_EMPLOYER_IN_NOTES = re.compile(
    r"(?i:\b(?:currently|now)[ \t]+(?:work(?:ing)?|employed)[ \t]+(?:at|for|with)"
    r"|\bcurrent(?:ly)?[ \t]+(?:at|with)|\bi[ \t]+work[ \t]+(?:at|for)"
    # ("grew comp sales 11% at my current district with Marlowe's")
    r"|\bmy[ \t]+current[ \t]+(?:district|store|branch|site|team|role|job|company|employer)"
    r"[ \t]+(?:at|with)"
    r"|\bprevious[ \t]+(?:assignment|employer|job|placement)[ \t]+(?:was[ \t]+)?(?:at|with)"
    # "told him about my 6 yrs at Fenwick Foods in the freezer"
    r"|\bmy[ \t]+(?:\d+|[a-z]+)[ \t]+(?:yrs?|years?|months?)[ \t]+(?:at|with))"
    rf"[ \t]+(?P<a>{_FIRM_OR_WORD})"
    rf"|\bmy[ \t]+(?P<b>{_FIRM_OR_WORD})[ \t]+(?i:store|branch|shop|site|hotel|restaurant|depot"
    r"|practice|ward)\b"
    rf"|(?P<c>{_FIRM_OR_WORD})[ \t]*\((?i:(?:my[ \t]+)?(?:current|previous|former|old)|my)"
    r"[ \t]+(?:employer|job|company|role|workplace)\)"
)
# Where the interviewer worked before, by the notes: "Laura joined Pinecrest from Amazon
# last year" (a firm after "joined", not "joined the call from New York"). Wrong only where
# the writer sees themselves next ("thrilled to join the team at Amazon"), not where it is
# named as what it is ("your years at Amazon").
_THEIR_FORMER_EMPLOYER_IN_NOTES = re.compile(
    rf"\bjoined[ \t]+{_CAPITALISED_WORD}(?:[ \t]+{_CAPITALISED_WORD}){{0,2}}[ \t]+from[ \t]+"
    rf"(?P<a>{_FIRM_OR_WORD})"
)
# ... named where the writer sees themselves next: "eager to continue growing my career at
# Kaufland", "proud to ... wear the Greenmarket badge", "nobody from Hollybank has rang me".
_WHERE_ONE_WILL_BE = re.compile(
    r"(?:\b(?:love|like|want|wants|keen|eager|excited|hope|hoping|proud|continue|ready|wish"
    r"|delighted|happy|glad|impressed|forward to being)\b[^.!?]{0,60}?\b(?:at|for|with|join"
    r"|joining|part of|the"
    r"|help)"
    r"|\b(?:nobody|no one|no-one|anyone|someone) (?:from|at)"
    # ("bring that playbook to the team at Marlowe's", "any news on the barista spot at bean
    # there")
    r"|\b(?:to|join|joining|part of) (?:the|your) (?:team|staff|crew|family) (?:at|of)"
    r"|\b(?:news|update|word) (?:on|about) (?:the|my|a) (?:[a-z]+ )?(?:spot|job|role|position|post"
    r"|opening|vacancy) (?:at|with))\s+(?:the\s+)?$"
)


def _check_own_employer(email: Email, names: _Names) -> str | None:
    """The candidate's own employer, from the notes, named as the one to join."""
    return _named_where_one_will_be(email, names.own_employers)


def _named_where_one_will_be(email: Email, words: Iterable[str]) -> str | None:
    """The sentence naming one of `words` (a firm's first word, lowercase) where the writer
    sees themselves next, not where they were."""
    for word in words:
        find = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        for sentence in email.sentences:
            text = sentence.text
            for m in find.finditer(text):
                before = text[max(0, m.start() - 90) : m.start()]
                lowered = before.lower()
                if _PAST.search(lowered) or _DONE_THERE.search(before):
                    continue
                if _WHERE_ONE_WILL_BE.search(lowered):
                    return text
    return None


def _named(m: re.Match[str]) -> str:
    return next(name for name in m.groups() if name)


def _check_others_in_notes(email: Email, names: _Names) -> str | None:
    """A firm the notes tell apart from the employer, named in the email: in full, or by its
    first word where the writer sees themselves next ("proud to join the Northgate team")."""
    others = [o for o in names.others_in_notes if o and o != names.company_sequence]
    if not others:
        return None
    for text in [email.subject] + [s.text for s in email.sentences]:
        for m in _CAPITALISED_RUN.finditer(text):
            run = tuple(w for w in _words(m.group()) if w and w not in _COMPANY_FILLER)
            if not any(
                run[: len(o)] == o
                or run[-len(o) :] == o
                # ("join Solara Solar" for the sister "Solara Solar Brasil", not this Solara)
                or (
                    len(run) >= 2
                    and o[: len(run)] == run
                    and names.company_sequence[: len(run)] != run
                    and _WANTS_TO_BE_AT.search(text[max(0, m.start() - 90) : m.start()].lower())
                )
                for o in others
            ):
                continue
            before = text[max(0, m.start() - 90) : m.start()].lower()
            if _IN_ITS_OWN_ROLE.search(before) and not _WHERE_ONE_WILL_BE.search(before):
                continue  # "your design team works with Halvorsen Energy": named as what it is
            return text
    firsts = sorted(
        {
            o[0]
            for o in others
            if len(o[0]) > 2
            and o[0] not in names.company_words
            and o[0] not in names.accepted
            and not _not_a_firm(o[0], set(names.role_words))
        }
    )
    # A subject naming one by its first word: "Thank you - Zephyr interview".
    capitalised = re.findall(r"\b[A-Z][\w'&-]*", email.subject)
    subject_words = {w for raw in capitalised for w in _words(raw)}
    if subject_words & set(firsts):
        return email.subject
    return _named_where_one_will_be(email, firsts)


# Where the writer wants to be, for a firm named by the start of another's name ("very motivated
# to join Solstice Solar", "real interested in running a crew for Blue Sky").
_WANTS_TO_BE_AT = re.compile(
    rf"{_WHERE_ONE_WILL_BE.pattern}|\b(?:interested|motivated)\b[^.!?]{{0,60}}?"
    r"\b(?:at|for|with|join|joining)\s+$"
)


# What a firm the notes tell apart does beside the employer: "works with", "alongside".
_IN_ITS_OWN_ROLE = re.compile(r"\b(?:with|alongside|from|by|between)\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _nick_namer() -> NickNamer:
    return NickNamer()


def _starts_with_word(text: str, at: int, word: str) -> bool:
    end = at + len(word)
    return text.startswith(word, at) and not text[end : end + 1].isalpha()


@lru_cache(maxsize=1024)
def _usual_names(first_name: str) -> frozenset[str]:
    # Short forms of a full name only: "Samantha" to Sam Lee may be another person, and the
    # list's full forms of a short name are many ("Albert" and "Alan" for Al).
    names = _nick_namer().nicknames_of(first_name)
    # Not the list's spelling variants ("Jon" for John, "Stephany" for Stephanie): PRODUCT.md
    # calls a misspelt name wrong. A short form keeps the name's start or is far from it.
    # A short form drops two letters at least: "Sara" for Sarah and "Ann" for Anne are
    # misspellings, "Sam" for Samantha is not.
    return frozenset(
        name
        for name in names
        if first_name.startswith(name)
        and len(name) <= len(first_name) - 2
        or edit_distance(name, first_name, cap=3) > 2
    )


def _close(word: str, target: str) -> bool:
    """A likely misspelling: same first letter, one edit (two for longer names), not equal;
    or, from five letters, spelt otherwise for the same sound ("Rebekah" for Rebecca)."""
    if word == target or not word:
        return False
    if len(target) >= 5 and _sound(word) == _sound(target):
        return True
    if word[0] != target[0]:
        return False
    limit = 1 if len(target) <= 5 else 2
    return (
        edit_distance(word, target, cap=limit + 1) <= limit
        or _swapped_pair(word, target)
        # ("Loews" for Lowe's, whose possessive "s" the words drop)
        or _swapped_pair(word.removesuffix("s"), target)
    )


_SOUNDS = (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("y", "i"))
_DOUBLED = re.compile(r"(.)\1+")


def _sound(word: str) -> str:
    """A name as it sounds, roughly: "rebekah" and "rebecca" are both "rebeka"."""
    for spelt, said in _SOUNDS:
        word = word.replace(spelt, said)
    return _DOUBLED.sub(r"\1", word).removesuffix("h")


def _swapped_pair(word: str, target: str) -> bool:
    """Two neighbouring letters swapped ("Loews" for Lowes): one slip of the fingers, which
    the edit distance counts as two."""
    if len(word) != len(target):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and word[differ[0]] == target[differ[1]]
        and word[differ[1]] == target[differ[0]]
    )


# (Not "la", "le", "bin", "al" and "el", which are given names and surnames too: "Al", "Le".)
# Titles said before a family name ("Mr. Wang"), not before a given one as "Sir Mark" is.
_SURNAME_TITLES = frozenset("mr mrs ms miss dr prof mister".split())
_PARTICLES = NAME_PARTICLES - {"la", "le", "bin", "al", "el"}


def _check_greeting(email: Email, names: _Names) -> str | None:
    if not email.greeting or not names.interviewer_parts:
        return None
    words = [w for w in _words(email.greeting) if w]
    titles = {w for w in words if w in _TITLES or w in _FEMALE_TITLES}
    if titles & _MALE_TITLES and titles & _FEMALE_TITLES:
        titles = set()  # "Dear Sir/Madam": no one in particular
    if (
        names.gender == "f"
        and titles & _MALE_TITLES
        or names.gender == "m"
        and titles & (_FEMALE_TITLES - {"madam", "maam", "madame"} | {"madam", "maam", "madame"})
    ):
        return email.greeting_line or email.greeting  # "Mr. Adeyemi" for a woman
    tokens = [w for w in words if w not in _TITLES and w not in _FEMALE_TITLES]
    if not tokens or all(t in _GENERIC_GREETING for t in tokens):
        return None
    if titles & _SURNAME_TITLES and tokens == [tokens[0]] and tokens[0] in names.given_only:
        return email.greeting_line or email.greeting  # "Dear Mr. Wei" for Wang Wei
    if "[" in email.greeting:
        return None  # "Dear [Interviewer Name]": a template's blank, no one's name
    if (
        len(tokens) >= 2
        and tokens[-1] in ("team", "folks")
        and all(t in names.company_words for t in tokens[:-1])
        or tokens[0] == "team"
        and all(t in names.company_words for t in tokens[1:])
    ):
        return None  # "Dear Bryn Awel team", "Respected Team Trident": the company's own people
    # (A surname's particle names no one: "Ms. du Toit", the panel's other member, for Annelie
    # du Plessis.)
    if any(t in names.accepted and t not in _PARTICLES for t in tokens):
        # "Hi Nicole Ferraro" for Nicole Ferrante: the right first name, a wrong surname.
        capitalised = {
            w for raw in re.findall(r"\b[A-Z][\w'-]+", email.greeting) for w in _words(raw)
        }
        if email.greeting.islower():
            # A writer who capitalises nothing ("hi nicole ferraro,"): every word may be a name.
            capitalised = {t for t in tokens if len(t) > 2 and t not in _PLAIN_WORDS}
        others = [
            t
            for t in tokens
            if t not in names.accepted
            and t not in _GENERIC_GREETING
            and t not in names.known_words
            and t in capitalised
        ]
        short = len(tokens) <= 3
        return (email.greeting_line or email.greeting) if others and short else None
    return email.greeting_line or email.greeting


_POSTSCRIPT_TO = re.compile(r"(?m)^[ \t]*P\.?[ \t]?S\.?:?[ \t]+([A-Z][^\W\d_][\w'-]+),")
_TITLE_BEFORE = re.compile(
    r"\b(?:mr|mrs|ms|dr|chef|miss|sr|sra|srta|mme|mlle|herr|frau|sig|sigra|dott|prof)\.?$",
    re.IGNORECASE,
)


def _check_misspelling(texts: list[str], names: _Names, lowercase: set[str]) -> str | None:
    targets = names.interviewer_parts + names.company_parts
    for text in texts:
        # (Letters with accents are letters: "José" is one word, not "Jos" and a mark.)
        for match in re.finditer(r"\b[A-Z][^\W\d_][\w'-]+", text):
            raw = match.group(0)
            if raw.isupper():
                continue  # a code word or a shout ("ROWS BETWEEN ..."), not a name misspelt
            # Only the few characters before the word: a long text must stay linear.
            before = text[max(0, match.start() - 12) : match.start()].rstrip()
            # (Spanish, French, German and Italian titles as well: "the team of Sr. Gutierres".)
            title = _TITLE_BEFORE.search(before)
            # (Except a postscript's first word, as often the name it is addressed to: "P.S.
            # Katherine, I hope the conference went well".)
            postscript = before.lower().endswith(("p.s.", "p.s:", "ps:", "ps."))
            if (not before or before[-1] in ".!?:") and not title and not postscript:
                continue  # a capital at the start of a sentence proves nothing
            word = _without_accents(raw.lower().removesuffix("'s").strip("'-").replace("'", ""))
            if word in names.known_words or word in names.accepted or word in lowercase:
                continue
            if word in _CALENDAR_WORDS:
                continue
            for target in targets:
                # "Lukes" for "Luke's" is the right name; "Okafur" for "Okafor" is not.
                if word.rstrip("s") != target and _close(word, target):
                    return raw
    return None


def _foreign_company(phrase: str, names: _Names) -> bool:
    words = [w for w in _words(phrase) if w and w not in _COMPANY_FILLER]
    if not words or not names.company_words:
        return False
    if any(w in names.accepted for w in words):
        return False  # "work with Denise" names the interviewer, not a company
    # "St. Lukes" without the apostrophe is still St. Luke's.
    return any(
        w not in names.company_words and w.removesuffix("s") not in names.company_words
        for w in words
    )


# Words a subject puts after a colon or dash that name no company: "Re: Yesterday".
_PLAIN_SUBJECT_WORDS = frozenset(
    "thank thanks following follow checking yesterday today tomorrow tonight update status"
    " question quick just still next interview application monday tuesday wednesday thursday"
    " friday saturday sunday january february march april may june july august september"
    " october november december"
    # A reference said in the subject: "Statistical Officer (HEO) - Campaign 384412".
    " campaign ref reference req requisition vacancy job posting"
    # A plea in the subject: "Fleet Supervisor Position - Kindly Remember Me".
    " kindly please humbly gentle reminder urgent request"
    # Who is copied in: "Sales Engineer - status (cc: CEO)".
    " cc ceo cfo cto coo vp md gm hr".split()
)
# "Please pass my thanks to the rest of the Halcyon crew": a company named as a team.
# ("crew", "family", "gang", "folks": "the Payments team" and "the Risk team" are departments,
# which no list can hold.)
_TEAM_OF = re.compile(
    r"\bthe (?:rest of the |whole |entire )?((?:[A-Z][\w'&-]+)(?: [A-Z][\w'&-]+)?) "
    r"(?:crew|family|folks|gang)\b"
)
_DEPARTMENTS = frozenset(
    "sales marketing engineering finance hr it ops operations product design data support"
    " customer success legal admin accounts kitchen front back house floor night day warehouse"
    " leadership management executive clinical nursing teaching maintenance service council"
    " hall board department authority government county state committee training recruiting"
    " recruitment talent people hiring interview panel selection onboarding".split()
)
# Capitalised at a sentence's or a title's start, or in a title-case subject: no name.
_PLAIN_WORDS = frozenset(
    "i a an the my your our for to at in on with from by and but so as if when thanks thank"
    " dear hi hello hey also again then since after before about regarding re fw fwd follow"
    " following up please its it's this is me here".split()
)
# A run of capitalised words: "Pacific Coast Bank", "City Transit".
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|&|of))+")


def _a_variant_of_the_company(phrase: str, names: _Names, in_subject: bool = False) -> bool:
    """ "Pacific Coast Bank" for Pacific Crest Bank, "Metro Transit Agency" for Metro Transit
    Authority: two words of the company's name with a capitalised word in place of another."""
    in_full = [w for w in _words(phrase) if w]
    if len(in_full) == len(names.company_in_full) >= 3:
        # "Brookside Community Health" for Parkside Community Health: the whole name, one word
        # of it another (its other words may be the plain ones the next test leaves out).
        differ = [w for w, c in zip(in_full, names.company_in_full, strict=True) if w != c]
        if len(differ) == 1 and _strange(differ, names, in_subject):
            return not _is_role(phrase, names)
    words = [w for w in in_full if w not in _COMPANY_FILLER]
    shared = [w for w in words if w in names.company_words]
    # Two of its words: "Ridgeway Foods" (a past employer) shares only "Foods" with Harrowgate
    # Foods, and "the Pacific Northwest" only "Pacific" with Pacific Crest Bank.
    if len(names.company_words - _COMPANY_FILLER) < 2:
        return False  # a one-word name has no variant of this kind: "LumenPay Senior SWE"
    if len(set(shared)) < 2:
        return False
    # A word in place of one of the name's ("Pacific Coast Bank", "Metro Transit Agency"),
    # lined up on the first word they share; not one after the name ("the Pacific Crest Bank
    # Foundation").
    sequence = names.company_sequence
    first = next(i for i, w in enumerate(words) if w in names.company_words)
    offset = sequence.index(words[first]) - first
    in_place = [
        w
        for i, w in enumerate(words)
        if 0 <= i + offset < len(sequence) and sequence[i + offset] != w
    ]
    return _strange(in_place, names, in_subject) and not _is_role(phrase, names)


def _strange(words: list[str], names: _Names, in_subject: bool) -> bool:
    """Whether any of `words`, standing where the company's own word should, is no word the
    context accounts for (another name, not a title, a role, a department or a plain word)."""
    return any(
        w not in names.company_words
        # (A subject's "Brookside Community Health" for Parkside Community Health is a slip
        # even when the notes name Brookside: another application's.)
        and (w not in names.known_words or in_subject and w not in names.candidate_words)
        and w not in names.accepted
        and w not in _TITLES
        and w not in _ROLE_WORDS
        and w not in _DEPARTMENTS
        and w not in _PLAIN_SUBJECT_WORDS
        and w not in _PLAIN_WORDS
        for w in words
    )


def _check_company(email: Email, names: _Names) -> str | None:
    if not names.company_words:
        return None
    subject = email.subject
    for text in [subject] + [sentence.text for sentence in email.sentences]:
        # Where the text's first word starts: a capital there proves nothing (measured once;
        # copying the text before every run was quadratic).
        first_word = len(text) - len(text.lstrip(" \"'([-"))
        for match in _CAPITALISED_RUN.finditer(text):
            run = match.group()
            if match.start() <= first_word:
                run = run.split(maxsplit=1)[1]
            if _a_variant_of_the_company(run, names, in_subject=text is subject):
                return text
    for sentence in email.sentences:
        for match in _TEAM_OF.finditer(sentence.text):
            phrase = match.group(1)
            words = [w for w in _words(phrase) if w]
            # Not a department ("the L&D team", "the Sales team") or someone's team.
            if any(w in _DEPARTMENTS or w in names.known_words or len(w) <= 3 for w in words):
                continue
            if _foreign_company(phrase, names) and not _is_role(phrase, names):
                return sentence.text
    for match in _SUBJECT_AFTER_A_COMMA.finditer(subject):
        # "Thank you - Help Desk Technician, Sierra Irrigation District": after the role, the
        # employer's place, where a name that says it is a firm's is another firm's.
        in_full = [w for w in _words(match.group(1)) if w and w != "the"]
        own = [w for w in in_full if w not in _FIRM_WORDS and w not in _COMPANY_FILLER]
        # Another firm of the company's own kind ("Product Manager, Verity Health" for Cobalt
        # Health), or a brand's one word ("Permit Coordinator, SunRun").
        same_kind = (
            len(in_full) >= 2
            and bool(names.company_in_full)
            and in_full[-1] == names.company_in_full[-1]
            # (A department of the firm: "Data Analyst, Population Health".)
            and in_full[0] not in _A_DEPARTMENTS_FIRST_WORD
        )
        brand = len(in_full) == 1 and _CAMEL_CASE.fullmatch(match.group(1)) is not None
        if brand and names.company_in_full and in_full[0].startswith(names.company_in_full[0]):
            continue  # "CobaltHealth": the company's own words, run together
        if len(in_full) == 1 and not brand:
            continue
        if not (_names_a_firm(in_full) or same_kind or brand) or not own:
            continue
        if any(w in names.company_words or w in names.candidate_words for w in own):
            continue
        return subject
    for match in _SUBJECT_AT.finditer(subject):
        phrase = match.group(1)
        if phrase.lower().split()[0] in _PLAIN_SUBJECT_WORDS:
            continue
        # "Thank you - Data Engineer role at Loomly": the employer's place, where a past
        # employer or another firm the notes name is a slip left from another letter.
        employer_slot = _ROLE_BEFORE_AT.search(subject, 0, match.start(1))
        if employer_slot and any(w in names.company_words for w in _words(phrase)):
            continue  # "Data Engineer role at Loomly London": the company, with its place
        known = names.candidate_words if employer_slot else names.known_words
        if all(w in known for w in _words(phrase) if w):
            continue  # the candidate's own name, or a place the notes mention
        if _foreign_company(phrase, names) and not _is_role(phrase, names):
            return subject
    for sentence in email.sentences:
        for match in _JOIN_CUE.finditer(sentence.text):
            phrase = match.group(1)
            before = sentence.text[: match.start()].lower()
            if _PAST.search(before) or _ANOTHER_JOB.search(before):
                continue
            first = phrase.split()[0].lower()
            if first in {"i", "i'm", "you", "we", "it", "the"} and len(phrase.split()) == 1:
                continue
            if first in names.known_words and not _foreign_company(phrase, names):
                continue
            if _foreign_company(phrase, names) and not _is_role(phrase, names):
                in_full = [w for w in _words(phrase) if w and w != "the"]
                if all(w in names.known_words for w in in_full) and not _names_a_firm(in_full):
                    continue  # a place or a person the notes mention
                # (A firm the notes name, in the place of the one to join, is another
                # application's: "the prospect of joining Meridian Freight".)
                return sentence.text
    return None


_ROLE_WORDS = {
    "senior",
    "junior",
    "lead",
    "manager",
    "engineer",
    "nurse",
    "teacher",
    "driver",
    "position",
    "role",
    "job",
    "interview",
    "application",
    "follow",
    "up",
    "update",
    "thank",
    "you",
    "thanks",
    "offer",
    "decision",
    "next",
    "steps",
    "grade",
    "vp",
    "operations",
    "i",
    "a",
    "an",
    "my",
    "your",
    "our",
    "re",
    "fw",
    "fwd",
    "pm",
    "ae",
    "cna",
    "rn",
    "lpn",
    "shift",
    "supervisor",
    "technician",
    "service",
    "assistant",
    "associate",
    "specialist",
    "analyst",
    "director",
    "officer",
    "candidate",
    "applicant",
}


_A_JOBS_LAST_WORD = frozenset(
    "coordinator manager advisor adviser assistant officer specialist director engineer analyst"
    " designer developer consultant supervisor technician associate representative executive"
    " administrator receptionist clerk agent cashier barista chef cook driver nurse teacher"
    " intern apprentice trainee".split()
)


def _is_role(phrase: str, names: _Names) -> bool:
    """ "Night Charge Nurse" after a dash in a subject is the role, not a company; so is any
    title ending in a job's word ("Marketing Coordinator": another role is no wrong name)."""
    words = [w for w in _words(phrase) if w and w not in _COMPANY_FILLER]
    if (
        words
        and words[-1] in _A_JOBS_LAST_WORD
        and all(w in _DEPARTMENTS or w in _ROLE_WORDS for w in words[:-1])
    ):
        return True  # (not "RiteCare Pharmacy Technician": a firm's name before the role)
    return all(
        w in _ROLE_WORDS
        or w in names.role_words
        or (len(w) >= 3 and any(r.startswith(w) for r in names.role_words | _ROLE_WORDS))
        for w in words
    )


def _check_titled_names(email: Email, names: _Names) -> str | None:
    """In the subject only: the body may name other people ("please thank Mr. Alvarez") whom
    the notes never mention."""
    if not names.interviewer_parts:
        return None
    for match in _TITLED_NAME.finditer(email.subject):
        word = _words(match.group(1))[0]
        if word not in names.known_words and word not in names.accepted:
            return email.subject
    return None


# Words that say a name is a firm's, by its kind or legal form: "Bluejay Air", "Summit Ridge
# Brewing", "Hotel Marigold". Shared with the company's own name, they do not make another
# firm's name a variant of it ("Summit Ridge Brewing" for Granite Peak Brewing).
_FIRM_WORDS = frozenset(
    "inc llc llp ltd co corp corporation company group plc gmbh bank air airways airlines"
    " aviation brewing brewery hotel hotels resort resorts foods logistics freight transport"
    " transit motors insurance pharma labs consulting capital partners solutions systems"
    " software analytics ventures holdings media studio studios fitness trust staffing credit mart"
    " market supermarkets restaurant restaurants grill cafe bakery coffee roasters clinic"
    " hospital academy construction engineering industries services retail district authority"
    " council school college university technologies tech robotics digital energy networks"
    " telecom biotech therapeutics medical healthcare dental agency associates architects"
    " builders manufacturing electric electrical plumbing roofing landscaping pharmacy"
    " pharmacies chemist chemists nurseries".split()
)
# A firm's kind said first: "Hotel Marigold", "Bank Alfalah".
_FIRM_WORD_FIRST = frozenset("hotel bank restaurant cafe clinic".split())


def _names_a_firm(words: list[str]) -> bool:
    return bool(words) and (words[-1] in _FIRM_WORDS or words[0] in _FIRM_WORD_FIRST)


_A_DEPARTMENTS_FIRST_WORD = frozenset(
    "population public global mental community clinical digital corporate internal group"
    " national regional patient occupational women's child primary".split()
)
_SPENT_AT = re.compile(
    r"\b(?i:spent|worked|was at|were at|years? at|months? at|previously|formerly|before this"
    r"|my (?:old|last|previous|former|current))\b"
)
_SHARED_FIRST_WORDS = frozenset(
    "st saint ste san santa mt mount new north south east west great upper lower port fort"
    " lake royal".split()
)


def _check_future_at(email: Email, names: _Names) -> str | None:
    if not names.company_words:
        return None
    for sentence in email.sentences:
        for match in _FUTURE_AT.finditer(sentence.text):
            phrase = match["phrase"]
            in_full = [w for w in _words(phrase) if w and w != "the"]
            if match["prep"] != "at" and not _names_a_firm(in_full):
                continue  # "love to work with Priya Shah": a person, or anything but a firm
            words = [w for w in in_full if w not in _COMPANY_FILLER]
            own = [w for w in words if w not in _FIRM_WORDS]
            # (A saint's or a place's first word is shared by many: "St Oswald's" for St
            # Aidan's shares only "St".)
            telling = [w for w in own if w not in _SHARED_FIRST_WORDS] or own
            if not own or any(w in names.company_words for w in telling):
                continue
            at = match.start("phrase")
            if _DONE_THERE.search(sentence.text, max(0, at - 40), at):
                continue  # "... the forecasting that I built at Avalon": where it was done
            ours = names.accepted | names.role_words
            if any(w in ours or w in _DEPARTMENTS for w in words):
                continue  # "... at Denise's team", "at Sales", "at the Charge Nurse level"
            if _foreign_company(phrase, names) and not _is_role(phrase, names):
                return sentence.text
    return None


# The place of the interview in the thank-you line: "Thank you for your time yesterday at
# Marlowe & Co", "for the interview at Brightside Digital": where the employer's name stands.
_THANKS_AT = re.compile(
    r"\b(?i:thank|thanks|thx|appreciate)\b[^.!?]{0,80}?\b(?i:interview\w*|time|meeting|chat"
    r"|visit)\b[^.!?]{0,30}?\bat ((?:[A-Z][\w'&-]*|&)(?:\s+(?:[A-Z][\w'&-]*|&|of)){1,3})"
)
# ... named as a company is named, not a place ("at the Porto office", "at Port Harcourt").
_A_COMPANY_WORD = frozenset(
    "co bank digital ltd inc llc plc group partners capital labs studio studios consulting"
    " solutions systems technologies tech foods logistics insurance pharma media molding"
    " moulding engineering construction software analytics ventures holdings hotel hotels"
    " airways airlines health".split()
)


def _check_thanks_at(email: Email, names: _Names) -> str | None:
    if not names.company_words:
        return None
    for sentence in email.sentences:
        m = _THANKS_AT.search(sentence.text)
        if m is None:
            continue
        words = [w for w in _words(m.group(1)) if w]
        if not words or words[-1] not in _A_COMPANY_WORD:
            continue
        # ("at Oakwood Bank" for Pinebrook Bank: the shared "Bank" makes it no variant.)
        own = [w for w in words if w not in _COMPANY_FILLER and w not in _A_COMPANY_WORD]
        if not own or any(w in names.company_words or w in names.accepted for w in own):
            continue
        if _foreign_company(m.group(1), names):
            return sentence.text
    return None


# A message of one line: "hey sarah any news on the job?" to Sara; its greeting runs on.
_SALUTATION_NAME = re.compile(
    r"^\s*(?:hey|hi|hello|dear|hiya|heya|yo|morning)[ ,]+([a-z][a-z'-]+)\b"
)


def _check_greeting_run_on(email: Email, names: _Names) -> str | None:
    """The first word after the salutation, a near miss of the interviewer's first name
    ("sarah" for Sara, "carla" for Karla is too far and stays), when the greeting was not
    parsed apart from the sentence."""
    first = names.interviewer_parts[0] if names.interviewer_parts else ""
    m = _SALUTATION_NAME.match(email.body.lower())
    if not first or m is None:
        return None
    word = m.group(1)
    if word in names.accepted or word in names.known_words or word in _GENERIC_GREETING:
        return None
    if word != first and _close(word, first):
        return (email.greeting_line or email.body.split("\n", 1)[0])[:140]
    return None


# Words that say what kind of firm a name is ("Northstar Bank" for Northstar Credit Union), not
# its legal form ("Acme Group" for Acme Inc is the same firm).
# (Not a university, a hospital, a hotel or "Tech": "I graduated from Duke University" to Duke
# Energy names where one studied.)
_KIND_OF_FIRM = frozenset(
    "bank labs logistics insurance foods consulting capital partners solutions systems software"
    " analytics ventures media studio pharma airways airlines freight fitness trust staffing"
    " credit games studios".split()
)
# What an organisation is, as the last word of its name: "Northbridge Water Board" for
# Northbridge Water Authority is another body, or a slip.
_KIND_OF_BODY = _KIND_OF_FIRM | frozenset(
    "authority board council agency commission college university institute school trust"
    " group company corporation foundation society association hospital clinic services"
    " department lodge manor court hall house gardens residence village".split()
)
_SWAPPED = re.compile(r"\b([A-Z][\w'-]+) (?:&|and) ([A-Z][\w'-]+)\b")
_SHARED_START = 4


def _check_near_company(email: Email, names: _Names) -> str | None:
    """The company named nearly right: another first word before its own last one
    ("Ridgeway Fitness" for Ridgeline Fitness, "quintessence labs" for Quintessa Labs; in the
    subject any other name: "Operations Manager, Halden Freight" for Corrigan Freight), its
    first word with another kind of firm ("Northstar Bank" for Northstar Credit Union), or
    its two names swapped ("Stone & Lyle" for Lyle & Stone). A name is capitalised, unless the
    writer capitalises nothing there ("the state health plan" is no "State Budget Office")."""
    sequence = names.company_sequence
    if len(sequence) < 2:
        return None
    head, tail = sequence[-2], sequence[-1]
    for text in [email.subject] + [s.text for s in email.sentences]:
        in_subject = text is email.subject
        lower = text.islower()
        tokens = [
            (raw, word)
            for raw in re.findall(r"[\w'&.-]+", text)
            for word in _words(raw)[:1]
            if word
        ]
        for (raw_before, before), (_raw, word) in itertools.pairwise(tokens):
            if not (lower or raw_before[:1].isupper()):
                continue
            if word == tail and before != head and before not in names.accepted:
                if before in names.known_words or before in _PLAIN_WORDS:
                    continue
                if before in _ROLE_WORDS or before in _DEPARTMENTS or before in _TITLES:
                    continue
                # ("Elmhurst Pediatrics" for Elmwood Pediatrics: three letters will do in a
                # longer word.)
                shared = before[:_SHARED_START] == head[:_SHARED_START] or (
                    len(before) >= 6 and len(head) >= 6 and before[:3] == head[:3]
                )
                if shared or in_subject and before not in _PLAIN_SUBJECT_WORDS and len(before) > 3:
                    return text
            if (
                # Another first word that starts as the company's does, before a kind of firm:
                # "Kaneda Corporation's audit plan" for Kanemoto Industries.
                word in _FIRM_WORDS
                and word not in names.company_in_full
                and before != sequence[0]
                and len(before) >= 5
                and before[:_SHARED_START] == sequence[0][:_SHARED_START]
                and before not in names.known_words
                # (Not a past employer: "Before this I spent three years at Stantec Consulting".)
                and not _SPENT_AT.search(text)
            ):
                return text
            if (
                before == sequence[0]
                and word in _KIND_OF_FIRM
                and word not in names.company_in_full
                and word not in names.known_words
            ):
                return text
        for m in _CAPITALISED_RUN.finditer(text):
            run = [w for w in _words(m.group()) if w]
            if (
                2 <= len(run) <= len(sequence)
                and tuple(run[:-1]) == tuple(sequence[: len(run) - 1])
                and run[-1] != sequence[len(run) - 1]
                and run[-1] in _KIND_OF_BODY
                and sequence[len(run) - 1] in _KIND_OF_BODY
                and run[-1] not in names.company_in_full
                and run[-1] not in names.known_words
            ):
                return text
        for m in _SWAPPED.finditer(text):
            a, b = (w for w in _words(m.group(1) + " " + m.group(2)) if w)
            if a in sequence and b in sequence and sequence.index(a) > sequence.index(b):
                return text
        for m in _CAPITALISED_RUN.finditer(text):
            # "Brooks Kendall" for Kendall Brooks: the whole name, its words the other way round.
            run = tuple(w for w in _words(m.group()) if w and w not in _COMPANY_FILLER)
            if run == sequence[::-1] != sequence:
                return text
    return None


_SPELT_FROM = 6  # letters: a shorter name is one slip from too many ordinary words


def _check_company_spelt_otherwise(email: Email, names: _Names) -> str | None:
    """The company's name spelt otherwise, its words run together as a reader hears them:
    "perry grill" for Peri Grill, "Zephyr Aviaton", "brewhouse" for Brewhaus. One or two
    letters apart (two from eight letters on), starting alike; not a plural or a possessive
    ("Lukes" for Luke's, "the data work" for Data Works). A lone word counts only with its
    capital (or in a writer's all-lowercase text): "strip" is no misspelling of Stripe."""
    sequence = names.company_sequence
    target = "".join(sequence)
    if len(target) < _SPELT_FROM or not target.isalpha():
        return None
    limit = 1 if len(target) < 8 else 2
    sizes = sorted({max(1, len(sequence) - 1), len(sequence), len(sequence) + 1})
    for text in [email.subject] + [s.text for s in email.sentences]:
        if text.isascii() and target[:2] not in text.lower():
            continue  # (no word starts as the name does: most sentences, read in no time)
        lower = text.islower()
        raws = re.findall(r"[\w'&.-]+", text)
        words = _words(text)
        for size in sizes:
            for i in range(len(words) - size + 1):
                window = words[i : i + size]
                squashed = "".join(window)
                if (
                    squashed[:2] != target[:2]
                    or abs(len(squashed) - len(target)) > limit
                    or squashed.rstrip("s") == target.rstrip("s")
                ):
                    continue
                if size == 1 and not (lower or raws[i][:1].isupper()):
                    continue
                if any(len(w) < 4 and w not in sequence for w in (window[0], window[-1])):
                    continue  # "Holt Marine is": the name and a short word beside it
                if all(w in names.known_words or w in names.accepted for w in window):
                    continue
                if (
                    size == len(sequence) > 1
                    and tuple(window[:-1]) == sequence[:-1]
                    and not raws[i + size - 1][:1].isupper()
                ):
                    continue  # only the last word, uncapitalised: "learning three" things
                if edit_distance(squashed, target, cap=limit + 1) <= limit:
                    return text
    return None


# Where the writer says where they want to be: "ICICI Bank has always been a dream organisation
# for me", "I'd love to join ...".
_ASPIRATION = re.compile(
    r"\b(?:dream (?:organi[sz]ation|company|employer|job|bank|firm|school|hospital)|love to (?:join"
    r"|work)|want to (?:join|work)|excited to (?:join|work)|proud to (?:join|work)|hope to (?:join"
    r"|work)|eager to (?:join|work)|keen to (?:join|work))\b",
    re.IGNORECASE,
)


def _check_same_kind_elsewhere(email: Email, names: _Names) -> str | None:
    """Another firm of the company's own kind, in a sentence saying where the writer wants to
    be: "ICICI Bank has always been a dream organisation for me" for HDFC Bank."""
    full = names.company_in_full
    if len(full) < 2 or full[-1] not in _FIRM_WORDS:
        return None
    for sentence in email.sentences:
        text = sentence.text
        if not _ASPIRATION.search(text):
            continue
        for m in _CAPITALISED_RUN.finditer(text):
            run = [w for w in _words(m.group()) if w and w != "the"]
            if len(run) < 2 or run[-1] != full[-1]:
                continue
            own = [w for w in run[:-1] if w not in _COMPANY_FILLER]
            if not own or any(w in names.company_words or w in names.accepted for w in own):
                continue
            before = text[max(0, m.start() - 90) : m.start()]
            if _PAST.search(before.lower()) or _DONE_THERE.search(before):
                continue
            return text
    return None


# Regards sent to everyone at a firm: "Please say hello to everyone at Wayfarer Travel for
# me", "P.S. Say hi to everyone at Brightline!" (the firm the note is for, or a slip).
_EVERYONE_AT = re.compile(
    r"\b(?i:hello|hi|regards|greetings|best wishes|thanks) to (?i:everyone|everybody|all|the"
    r" (?:whole )?team|the gang|the crew) at\s+(?:the\s+)?"
    r"((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,3})"
)


# (Office, store, school and kitchen are company filler, gone before this is asked.)
_A_PLACE_OF_WORK = frozenset(
    "depot site branch head warehouse plant ward campus clinic shop yard centre center lab"
    " factory hub".split()
)


def _check_regards_to_another_firm(email: Email, names: _Names) -> str | None:
    if not names.company_words:
        return None
    for sentence in email.sentences:
        for m in _EVERYONE_AT.finditer(sentence.text):
            words = [w for w in _words(m.group(1)) if w and w not in _COMPANY_FILLER]
            if any(w in _A_PLACE_OF_WORK or w in _DEPARTMENTS for w in words):
                continue  # "everyone at the Manchester depot", "everyone at Head Office"
            if words and not any(
                w in names.company_words or w in names.accepted or w in names.known_words
                for w in words
            ):
                return sentence.text
    return None


# The firm the writer wants to join, named as a team: "I'm still very eager to join the
# Redline Freight team", "I'd love to be part of the Bean & Barrel family" (a letter written
# for another firm; not "the Sales team", "Denise's team" or the firm's own name).
_JOIN_THE_TEAM = re.compile(
    r"\b(?i:join|joining|be part of|being part of|become part of|a part of|member of)\s+the\s+"
    r"((?:[A-Z][\w'&-]*)(?:\s+(?:[A-Z][\w'&-]*|&)){0,3})\s+"
    r"(?i:team|family|crew|squad)\b"
)


def _check_join_the_team(email: Email, names: _Names) -> str | None:
    if not names.company_words:
        return None
    for sentence in email.sentences:
        for m in _JOIN_THE_TEAM.finditer(sentence.text):
            if m.group(1).isupper() and " " not in m.group(1):
                continue  # a unit's letters: "the L&D team", "the ICU family"
            words = [w for w in _words(m.group(1)) if w and w not in _COMPANY_FILLER]
            # Named as a firm is named ("Redline Freight", "Bean & Barrel"): not a city, a
            # function or a speciality ("the Boston team", "the Platform team").
            if not (_names_a_firm(words) or "&" in m.group(1)):
                continue
            if not words or any(
                w in names.company_words
                or w in names.accepted
                or w in names.known_words
                or w in names.role_words
                or w in _DEPARTMENTS
                or w in _A_PLACE_OF_WORK
                for w in words
            ):
                continue
            return sentence.text
    return None


# A name the writer turns to in the body: "As I mentioned to you, Susan, I hold ..." (after a
# word of telling only: "lovely to speak with you, Priya, about ..." may thank a panellist).
_ADDRESSED_AS = re.compile(
    r"\b(?:mentioned|said|explained|told|promised|wrote|described|showed) to you,[ \t]+"
    r"([A-Z][a-z]{2,})(?=[,.!;])"
)


def _check_addressed_as(email: Email, names: _Names) -> str | None:
    """The interviewer addressed in the body by a name that is not theirs, nor anyone's the
    context knows (a name left from a letter to someone else)."""
    if not names.interviewer_parts:
        return None
    for sentence in email.sentences:
        for m in _ADDRESSED_AS.finditer(sentence.text):
            word = _words(m.group(1))[0]
            if not (
                word in names.accepted
                or word in names.known_words
                or word in _GENERIC_GREETING
                or word in _PLAIN_WORDS
                or word in _TITLES
                or word in _FEMALE_TITLES
            ):
                return sentence.text
    return None


def find_wrong_name(email: Email, context: ReviewContext) -> str | None:
    names = _names(context)
    return (
        _check_greeting(email, names)
        or _check_greeting_run_on(email, names)
        or _check_addressed_as(email, names)
        or _check_thanks_at(email, names)
        or _check_titled_names(email, names)
        or _check_future_at(email, names)
        or _check_misspelling(
            [email.subject]
            + [s.text for s in email.sentences]
            # (The sentences may start at the name a postscript is addressed to.)
            + [f"P.S. {m.group(1)}" for m in _POSTSCRIPT_TO.finditer(email.body)],
            names,
            set(re.findall(r"\b[a-z][a-z'-]+", email.body)),
        )
        or _check_company(email, names)
        or _check_near_company(email, names)
        or _check_company_spelt_otherwise(email, names)
        or _check_same_kind_elsewhere(email, names)
        or _check_regards_to_another_firm(email, names)
        or _check_others_in_notes(email, names)
        or _check_join_the_team(email, names)
        or _check_own_employer(email, names)
        or _check_applicant_elsewhere(email, names)
        or _check_in_lowercase(email, names)
    )


# A sign-off left from another letter: "Cadet Pilot applicant, BlueIsle Airways".
_APPLICANT_AT = re.compile(
    r"\b(?i:applicant|candidate)\b(?:,|\s+(?i:at|for|to))\s+"
    r"((?:[A-Z][\w'&-]*)(?:[ \t]+[A-Z][\w'&-]*){0,3})"
)


def _check_applicant_elsewhere(email: Email, names: _Names) -> str | None:
    for m in _APPLICANT_AT.finditer(email.body):
        words = [w for w in _words(m.group(1)) if w and w not in _COMPANY_FILLER]
        own = [w for w in words if w not in _FIRM_WORDS]  # "BlueIsle" of BlueIsle Airways
        if _names_a_firm(words) and own and not any(w in names.company_words for w in own):
            return m.group(0)
    return None


_LOWER_TITLED = re.compile(r"\b(?:mr|mrs|ms|miss|dr|mx)\.?\s+([a-z][\w'-]+)")


def _check_in_lowercase(email: Email, names: _Names) -> str | None:
    """A writer who capitalises nothing: no capital marks a name, so only the places a name
    must stand are read. A title's surname ("thanks again ms ferraro") and the company's name
    with one word misspelt ("lincon high school"; not its last word, often a plain one) are
    checked; a lone word that looks like a name is not (too many ordinary words are one letter
    from one)."""
    body = email.body
    if not body.strip() or not body.islower():
        return None
    targets = names.interviewer_parts
    sequence = names.company_sequence
    for sentence in email.sentences:
        for match in _LOWER_TITLED.finditer(sentence.text):
            word = match.group(1).removesuffix("'s")
            if word in names.known_words or word in names.accepted:
                continue
            if any(word != t and _close(word, t) for t in targets):
                return sentence.text
        if len(sequence) < 2:
            continue  # (a one-word name: too many ordinary words are one letter from it)
        words = _words(sentence.text)
        for i in range(len(words) - len(sequence) + 1):
            window = words[i : i + len(sequence)]
            differ = [
                (k, w, t) for k, (w, t) in enumerate(zip(window, sequence, strict=True)) if w != t
            ]
            if len(differ) != 1:
                continue
            k, word, target = differ[0]
            # Not the name's last word, so often a plain one ("the data work your team does"
            # for Data Works, "learning three things" for Learning Tree), nor a plural.
            if k == len(sequence) - 1 or word.rstrip("s") == target.rstrip("s"):
                continue
            if _close(word, target) and word not in names.known_words:
                return sentence.text
    return None
