"""distinguishes: one specific, concrete point that helps this interviewer recall this candidate.

The test from the product: could the sentence be pasted unchanged into another candidate's email
for the same job? A sentence passes when it carries something only this interview or this person
has: a number with a unit or an achievement, a named system, project, certification or place,
or a topic the debrief notes record. The company, the role, the interviewer, dates and the
generic words every follow-up uses do not count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from functools import lru_cache

from .model import ReviewContext
from .text import Email, Sentence, edit_distance, normalise

# Words any candidate could write, which never make a sentence specific.
_STOP_WORDS = """
a an the and or but if so of to in on at by for with from about into over after before since as
than then that this these those there here it its it's i i'm i've i'd i'll me my mine we our us
you your yours he she they them their his her is am are was were be been being do does did done
have has had having will would could should can may might must shall not no yes just also very
really so too more most much many some any all each every what which who whom whose when where
why how up down out off again once still even only own same such both few other another well
back through during while until because against between under above below again further let get
got go going gone make made take took see saw know knew think thought want wanted like liked
love loved hope hoped feel felt one two three four five six seven eight nine ten first second
last next new old good great best nice lovely wonderful amazing excellent fantastic awesome fun
happy glad excited eager keen thrilled delighted interested interesting passionate thank thanks
thankful grateful appreciate appreciated time today yesterday tomorrow week weeks month months
day days year years morning afternoon evening interview interviews interviewed interviewing role
position job jobs team teams company opportunity opportunities chance conversation conversations
chat talk talked talking discuss discussed discussing discussion meet meeting met speak spoke
speaking share shared sharing learn learned learning hear heard hearing enjoy enjoyed enjoying
decision decide update process steps step candidate candidates application applied experience
experiences skills skill fit culture hard work working worker worked works career value values
mission everything something anything nothing thing things way ways lot lots bit quick quickly
forward looking look follow following followed followup reach reaching touch base regarding
regards best sincerely dear hi hello hey please sure maybe perhaps kind kindly truly sincere
assets asset strong strength strengths motivated dedicated reliable detail detail-oriented
oriented organized communication player players leader leadership environment success successful
contribute contribution helped help helping bring bringing join joining part member members
people person plan planning plans idea ideas question questions answer answers mention mentioned
tell told said say says ask asked asking wish wishes note notes email emails message demo lesson
lessons tour toured tasting visit visited round onsite panel shadow shadowing
"""
_STOP = frozenset(_STOP_WORDS.split())
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_OR_TIME = re.compile(
    r"\b"
    + _MONTHS
    + r"\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?"
    + _MONTHS
    + r"\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\bon the \d{1,2}\b|\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b|"
    r"\b\d{1,2}:\d\d\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:19|20)\d\d\b|\b\d+ (?:days?|weeks?|"
    r"months?|hours?|minutes?) (?:ago|later|from now)\b|\b(?:last|next|this) (?:\w+ )?\d+\b|"
    r"\b\d+-minute\b|\b\d+ ?(?:min|minutes?) call\b|\b(?:within|in) \d+ (?:hours|days|weeks)\b|"
    r"\bat \d{1,2}(?::\d\d)?\b(?! ?%)"
)
_NUMBER = re.compile(r"\b\d[\d,.]*(?:%| ?percent\b|k\b|x\b| ?ms\b)?|\b(?:half|doubled|tripled)\b")
_WORD = re.compile(r"[a-z][a-z0-9'-]*[a-z0-9]|[a-z]")
_WORD_AT = re.compile(r"[a-z0-9]+")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z0-9&+/-]*[A-Za-z0-9+]|[A-Z]{2,}[\w/-]*)")
_GENERIC_PROPER = {
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "mr",
    "mrs",
    "ms",
    "dr",
    "chef",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "thanks",
    "thank",
    "hr",
    "ok",
    "lol",
    "so",
    "asap",
    "eow",
    "cob",
    "eod",
    "ceo",
    "vp",
    "re",
    "english",
    "god",
    "please",
    "hope",
    "best",
    "dear",
    "hi",
    "hello",
    "hey",
    "sorry",
    "happy",
    "thanksgiving",
    "christmas",
    "new",
    "year",
    "holidays",
    "hiring",
    "manager",
    "linkedin",
    "it",
    "pm",
    "am",
    "ps",
    "p.s",
    "fyi",
    "tbh",
    "btw",
    "us",
    "usa",
    "glassdoor",
    "indeed",
    "cfo",
    "cto",
    "coo",
    "cmo",
    "cio",
    "gc",
    "gm",
    "svp",
    "evp",
    "csr",
    "ops",
    "po",
    "sir",
    "madam",
    "maam",
    "ma'am",
    "ma",  # the "Ma" of "Ma'am"
    "distinguished",  # "Distinguished Ing. Garza": a formal greeting
    "ing",
    "engr",
}
# Sentences about the process rather than the candidate (PRODUCT.md: status, paperwork, a
# background check, an offer elsewhere, reproach, scheduling) never distinguish, whatever
# names or numbers they carry.
_PROCESS = re.compile(
    r"\b(?:offer from (?:another|a different|an?other)|"
    r"another (?:offer|employer|firm|company|shop)|competing offer|paperwork|background check|"
    r"drug (?:test|screen)|badge|orientation|attorney|lawyer|my assistant|calendar|booked|"
    r"emailed (?:twice|three|you)|called (?:the|you)|"
    r"since you said|you said you'd|you promised|unprofessional|glassdoor|review of your|"
    r"where are you on|any (?:news|word|update)|status of|decision|timeline|start date|"
    r"start on|starting (?:on|monday)|notice (?:period|at)|reference check|references?\b|"
    r"licen[cs]e transfer|relocat\w*|my (?:wife|husband|partner|family)|"
    # Waiting, chasing, documents sent, notice handed in, another offer, an ultimatum.
    r"(?:still|been|am|i'm|keep) waiting|waiting (?:since|for (?:a|an|your|the) (?:reply|answer"
    r"|response|decision|news))|no (?:reply|answer|response|news)|nobody (?:answer|repl|call)"
    r"|(?:days?|weeks?|wks?) (?:now )?(?:no|without) (?:reply|answer|response|news)"
    r"|(?:sent|submitted|uploaded) (?:the |my |a )?(?:copy|copies|id|nid|passport|diploma"
    r"|certificates?|documents?|transcripts?)(?! to a friend)"
    r"|(?:handed|given|gave|hand) (?:in )?my notice|notice in|gave me an offer"
    r"|other options|escalate (?:this|the matter|it|my)|(?:third|second|fourth) (?:mail|email"
    r"|e-mail|message)|mail regarding"
    # Chasing: "Circling back again on the Sales Exec role", "This is the fourth time I'm
    # asking", "Its been 2 weeks since my interview", "I haven't yet heard following my email".
    r"|circling back (?:again|on the (?:role|position|job)|about the (?:role|position|job))"
    r"|check(?:ing)? in again|follow(?:ing)? up again"
    r"|writing to follow up on (?:my|the) (?:application|interview|email)"
    r"|(?:haven't|have not|hasn't|has not|havent|hasnt)(?: yet)? heard|heard nothing|no word"
    r"|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time (?:i'm|i am|i've|i have)"
    r" (?:asking|writing|emailing|following)"
    r"|(?:it's|its|it has|it's now|it has now) been [^.!?]{0,20}since my interview"
    r"|(?:it's|its|it has|it's now|it has now) been \d+ (?:days?|weeks?|wks?)"
    r"|^been \d+ (?:days?|weeks?|wks?)|i (?:know i )?wrote (?:last|to you|on|again)"
    # Counting the chase and the wait: "3rd email now about the supervisor job", "It is 3
    # weeks now and no result", "two weeks since I submitted the take-home", "I've applied for
    # over 60 jobs since graduating".
    r"|\d+(?:st|nd|rd|th) (?:e-?mail|mail|message|time|follow-?up)"
    r"|(?:it is|it's|its) (?:\d+|two|three|four|five|six) (?:days?|weeks?|wks?|months?) now"
    r"|(?:\d+|two|three|four|five|six) (?:days?|weeks?|wks?|months?) since (?:i|my|we|the)"
    r"|(?:applied|apply|applying) (?:for|to) (?:over |more than |about |around )?\d+ "
    r"(?:jobs|roles|positions|places|companies)"
    r"|so worried about"
    # Courtesy to others met ("Please say thank you to Carla and Pam too", "please give my
    # regards to Hamish") and the firm's public news ("I read that Harlech won the Welsh Housing
    # Award", "congratulations on the new Osaka office", "has been voted the county's best
    # clinic"): nothing about the candidate.
    r"|say (?:thank you|thanks|hi|hello)|give my (?:regards|thanks|best)|please thank"
    r"|pass on my (?:thanks|regards)"
    r"|(?:i|we) (?:read|saw) (?:the announcement|on linkedin|in the news|the news|the press"
    r" release)|(?:i|we) read that"
    r"|congratulations on|(?:has|have) been (?:voted|named|ranked)"
    # A first shift presumed, chasing and silence: "ill be there saturday for my first shift",
    # "given the silence from", "nobody has called me", "I only emailed on Monday".
    r"|for my first (?:shift|day)|given the silence|the silence from"
    # One's own performance apologised for: "I apologize for freezing on the classroom
    # management question".
    r"|(?:froze|freezing|stumbled|stumbling|rambled|rambling|blanked|blanking) on"
    r"|spoke (?:too|very|so) fast"
    r"|nobody (?:has |have )?(?:called|answered|replied|got back)|emailed (?:on|last)"
    # Going over their head, and public threats: "cc Tom", "I've put Steve on this".
    r"|cc|copied in|put (?:[a-z]+ ){1,2}on this|push this along|tiktok"
    r"|(?:posting|post|write|leave) a (?:full |public )?review|treats (?:its|people|applicants"
    r"|candidates)"
    # Arranging the next step: "move to any time on 18 or 19 June", "passing my details to
    # Lena", "you'd know by the end of March".
    r"|(?:the|my|a|interview|second-round|2nd round|round) slot (?:on|from|to|at)"
    r"|move (?:the |my )?slot|reschedul\w* (?:the|my|our) (?:interview|slot|call|meeting)"
    r"|limited signal"
    r"|passing (?:on )?my (?:details|cv|resume)"
    r"|(?:you'd|you would|they'd|they would) (?:know|decide|have an answer)"
    # Sympathy, an apology for one's performance, being undecided, a question about the role:
    # "I was sorry to hear she needed surgery", "so sorry about the presentation; I lost my
    # thread", "still deciding between the apprenticeship and college", "could you tell me
    # whether the scheme supports chartership", "you may be busy with the start of term".
    r"|sorry to hear|hope your (?:\w+ ){0,2}(?:recover\w*|surgery|operation)|hope (?:she|he|they)"
    r"(?:'s| is| are)? (?:recovering|feeling better)|lost my thread|i froze"
    r"|sorry (?:about|for) (?:the|my) (?:\w+ )?(?:presentation|answers?|performance|nerves)"
    r"|still (?:deciding|thinking about whether|weighing)|(?:could|can) you (?:tell|let) me"
    r" (?:know )?(?:whether|if)|does the (?:role|job|position|scheme|post)|(?:may|might|must)"
    r" be busy|(?:may|might|must) be busy with)"
    r"\b"
)
# Where the interview took place, in the thank-you line: "at your Victoria Island office".
_SHOWN = re.compile(r"\b(?:show\w*|tour\w*|round|around|visit\w*|test|trial|demo)\b")
_AT_A_PLACE = re.compile(r"\b(?:at|in) ((?:[A-Z][\w'&-]*|&)(?:\s+(?:[A-Z][\w'&-]*|&|of))*)")
_THANKS = re.compile(r"\b(?:thank|thanks|appreciate|grateful)\b")
_FOR_INTERVIEW = re.compile(
    r"\b(?:interview|interviewing|meeting|opportunity|time|conversation|visit|show\w*|tour\w*)\b"
)
_PERSON_TITLE = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|sir|chef|miss|prof|ma'?am|madam|ing|engr|sr|sra)\.?|-san|-sama)\s*$",
    re.I,
)


# Other people the notes name ("CEO is Harold Vance", "recruiter Eva Ramos"): a sentence that
# names them is about the process (who to chase, who was copied), not about the candidate.
_PERSON_IN_NOTES = re.compile(
    r"\b(?:recruiter|ceo|cfo|cto|coo|director|manager|boss|supervisor|chair|founder|owner"
    r"|colleague|named|called)(?: is| was|,)?\s+([A-Z][a-z]+)\s+([A-Z][a-z'-]+)"
)
# Organisations named as organisations ("Keystone Talent", "Sterling Bridge Bank", "Whitlock &
# Rowe"): an employer, an agency or a competitor, not a point about the candidate.
_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w'-]*\s+){1,3}(?:Bank|Fitness|Freight|Staffing|Talent|Recruitment|Trust|Labs"
    r"|Partners|Group|Consulting|Solutions|Systems|Foods|Logistics|Insurance|Media|Capital"
    r"|Ventures|Holdings|Inc|Ltd|LLC|Co|Agency|Associates)\b"
    r"|\b[A-Z][\w'-]+\s+&\s+[A-Z][\w'-]+\b"
)


# The employer's place in a sentence, the name after it the firm's (right or wrong), no point
# about the candidate: "growing my career at Kaufland", "to be part of Concentrix", "to work
# in the garden center at Loews", "join Marigold".
_EMPLOYER_SLOT = re.compile(
    r"\b(?:career (?:at|in|with)|(?:join|joining)(?: the)?|part of|work(?:ing)? (?:at|for|in)"
    r"(?: the [a-z ]{1,30} (?:at|of))?|(?:role|job|position|post|opening) (?:at|with))"
    r"(?: the)? (?:[A-Z][\w'&.-]* ){0,3}$"
)


def _stem(word: str) -> str:
    word = word.strip("'-")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# ... and one named by where they work: "Tim from IT showed the claims system".
# ... or met, or named with their role: "Met Angela (HR) and Gus the shop foreman", "her
# husband Tom", "Darnell (senior operator)". Naming them again ("please tell Darnell thanks
# too", "was good meeting Gus") is courtesy, no point about the candidate.
_ROLE_NOUN = (
    r"(?:foreman|forewoman|manager|supervisor|owner|chef|lead|operator|director|recruiter"
    r"|dispatcher|nurse|head|coordinator|trainer|mentor|engineer|partner)"
)
_SOMEONE_MET = re.compile(
    r"\b(?:[Mm]et|[Mm]eeting|introduced to|husband|wife|son|daughter|co-?owner)\s+([A-Z][a-z]+)\b"
    r"|\b([A-Z][a-z]+) \((?:[A-Za-z&]+ ?){1,3}\)"
    rf"|\b([A-Z][a-z]+),? the (?:[a-z]+ ){{0,2}}{_ROLE_NOUN}\b"
)
_SOMEONE_FROM = re.compile(r"\b([A-Z][a-z]+) from (?:[A-Z]{2,}\b|the [a-z]+ team\b)")


@lru_cache(maxsize=128)
def _people_in_notes(notes: str) -> frozenset[str]:
    """The other people and the firms the notes name: the recruiter, the CEO, the agency
    ("Placed by PeopleFirst Staffing")."""
    people = {normalise(word) for m in _PERSON_IN_NOTES.finditer(notes) for word in m.groups()}
    people |= {normalise(m.group(1)) for m in _SOMEONE_FROM.finditer(notes)}
    people |= {normalise(g) for m in _SOMEONE_MET.finditer(notes) for g in m.groups() if g}
    people |= {
        normalise(word)
        for m in _ORGANISATION.finditer(notes)
        for word in _WORD.findall(m.group(0).lower())
    }
    return frozenset(people)


# What the notes say every candidate had, did or needs: "All candidates got the behind-the-
# scenes tour", "Each applicant drives the John Deere 8R", "everyone does a role-play with an
# angry customer", "the ride-along every applicant gets", "a Class B CDL is required for the
# job". It could be pasted into any candidate's email, so its words never count as specific.
_EVERYONE = (
    r"(?:all|every|each)(?: (?:of )?the)? (?:[a-z]+ )?(?:candidates?|applicants?|interviewees?"
    r"|finalists?|hires?|people|grads?|graduates?)|everyone|everybody"
)
_DID = (
    r"(?:gets?|got|does|do|did|takes?|took|has|had|goes|went|drives?|drove|sits?|sat|completes?"
    r"|completed|receives?|received|is given|are given|was given|were given)"
)
_EVERYONE_HAD = re.compile(
    rf"\b(?:{_EVERYONE}) {_DID}(?: on| through)? ([^.;:\n]{{1,60}})"
    # (Words of at most 30 characters, tried from a word's start: a long run with no space, a
    # pasted token, must not be tried again from each of its characters.)
    r"|(?<![\w'+/-])((?:[\w'+/-]{1,30} ){1,5})(?:that |which )?(?:every|each|all)"
    r" (?:[a-z]+ )?(?:candidates?|applicants?|interviewees?|finalists?) (?:gets?|got|does|did"
    r"|takes?|took|receives?|received)\b"
    r"|(?<![\w'+/-])((?:[\w'+/-]{1,30} ){1,6})(?:is|are) (?:required|needed|mandatory) (?:for"
    r"|of|by) (?:the (?:job|role|post|position)|all|every|each)\b",
    re.IGNORECASE,
)


def _everyones_words(notes: str) -> set[str]:
    """The words of what the notes say every candidate had or needs."""
    said = " ".join(g for m in _EVERYONE_HAD.finditer(notes) for g in m.groups() if g)
    words = set()
    said = normalise(said).replace("/", " ")
    for word in _WORD.findall(said):
        if word not in _STOP:
            words |= {word, _stem(word)}
    # (A model's or a grade's figure with its letters: "the 8R", "3G".)
    words |= {token for token in _WORD_AT.findall(said) if not token.isalpha()}
    return words


@lru_cache(maxsize=128)
def _context_words(context: ReviewContext) -> tuple[frozenset[str], frozenset[str]]:
    """(content words of the notes, name words that never count as specific)."""
    notes = {_stem(w) for w in _WORD.findall(normalise(context.notes)) if w not in _STOP}
    generic = _everyones_words(context.notes)
    for text in (
        context.candidate,
        context.about_candidate,
        context.interviewer,
        context.company,
        context.role,
        context.interviewer_email.split("@")[0].replace(".", " "),
    ):
        generic |= {_stem(w) for w in _WORD.findall(normalise(text))}
    # "CNA" for "Certified Nursing Assistant": the role's initials are the role.
    generic.add("".join(w[0] for w in _WORD.findall(normalise(context.role)) if w[0].isalpha()))
    return frozenset(notes - generic), frozenset(generic)


def _score(
    sentence: Sentence,
    notes: frozenset[str],
    generic: frozenset[str],
    notes_numbers: frozenset[str],
    people: frozenset[str],
) -> tuple[int, str]:
    """How specific the sentence is, and the words that make it so."""
    norm = _DATE_OR_TIME.sub(" ", sentence.norm)
    reasons: list[str] = []
    score = 0
    if _PROCESS.search(norm):
        return 0, ""
    # Two searches, not "thanks.*interview": that backtracks over a long sentence.
    thanks_line = bool(_THANKS.search(norm) and _FOR_INTERVIEW.search(norm))
    # The place of the interview in the thank-you line ("at Oakwood Bank today"): where it
    # was, not a point about the candidate, even when the notes name the place.
    place = set()
    if thanks_line:
        for at in _AT_A_PLACE.finditer(sentence.text):
            place |= {_stem(w) for w in _WORD.findall(normalise(at.group(1)))}
    for match in _NUMBER.finditer(norm):
        token = match.group(0)
        whole = _WORD_AT.match(norm, match.start())
        if whole and whole.group() in generic:
            continue  # "drove the 8R": what every candidate drove, as the notes say
        tail = norm[match.end() : match.end() + 25]
        # A bare count ("3 years", "two interviews") is weak; a count of things done is not.
        if re.match(r"\s*(?:emails?|times?|interviews?|rounds?|calls?|of (?:you|us|them))\b", tail):
            continue
        # Years of experience are specific only when the notes record the same figure.
        if re.match(r"\s*(?:\+ )?(?:years?|yrs?|months?)\b", tail) and token not in notes_numbers:
            score += 1
            continue
        score += 2
        reasons.append(token.strip())
    organisations = [m.span() for m in _ORGANISATION.finditer(sentence.text)]
    # (In text order, never overlapping: the one a word may stand in is found by bisection, as
    # a long sentence of firms' names would cost the square of its length.)
    organisation_starts = [a for a, _b in organisations]

    def in_an_organisation(position: int) -> bool:
        i = bisect_right(organisation_starts, position)
        return bool(i) and position < organisations[i - 1][1]

    for match in _PROPER.finditer(sentence.text):
        word = match.group(1)
        if word.lower() in people or in_an_organisation(match.start()):
            continue
        if _EMPLOYER_SLOT.search(sentence.text, max(0, match.start() - 40), match.start()):
            continue  # "continue my career at Kaufland", "part of Concentrix": where, not what
        low = normalise(word).strip("'")
        stem = _stem(low)
        if low in _GENERIC_PROPER or stem in generic or low in generic or low in _STOP:
            continue
        if any(_stem(part) in generic for part in re.split(r"[-/&]", low) if part):
            continue
        if _PERSON_TITLE.search(sentence.text[max(0, match.start() - 12) : match.start()]):
            continue  # another person, named with a title: not something about the candidate
        if thanks_line and (stem not in notes or stem in place):
            continue  # the place or the people of the interview, in the thank-you line
        if len(stem) > 4 and any(
            len(g) > 4 and edit_distance(stem, g, cap=3) <= 2 for g in generic
        ):
            continue  # the company or the interviewer, misspelt
        score += 2
        reasons.append(word)
    overlap = []
    # (Nor do the other people's and the firms' names as the notes' words.)
    named = people | {
        _stem(w) for a, b in organisations for w in _WORD.findall(normalise(sentence.text[a:b]))
    }
    for word in _WORD.findall(norm):
        stem = _stem(word)
        if stem in place or word in named or stem in named:
            continue
        if word not in _STOP and stem in notes and stem not in generic and stem not in overlap:
            overlap.append(stem)
            if "-" in word:
                score += 1  # a compound term from the notes ("cross-dock") is one specific thing
    # (In a thank-you line, what was shown or done at the interview counts half: "thanks for
    # showing me round the dairy" names the visit every candidate had. What was talked about
    # counts whole: "the conversation about the distribution center consolidation".)
    shown = thanks_line and _SHOWN.search(norm) is not None
    score += len(overlap) // 2 if shown else len(overlap)
    reasons.extend(overlap)
    return score, ", ".join(dict.fromkeys(reasons))


_STRONG = 4  # two figures or names, or one with two of the notes' words


def find_specific(
    email: Email, context: ReviewContext, skip: Collection[str | None] = ()
) -> str | None:
    """The sentence that best helps the interviewer recall this candidate, or None. A sentence
    in `skip` counts only when it is strongly specific: a demand, a reproach or a plea ("I have
    already resigned from Swiggy, so please send the offer letter today") is no point about the
    candidate though it names things the notes hold; "you'll lose a guy who can handle 40
    write-ups a day on CDK" still makes one."""
    notes, generic = _context_words(context)
    notes_numbers = frozenset(re.findall(r"\d[\d,.]*", context.notes))
    best: tuple[int, str] = (0, "")
    people = _people_in_notes(context.notes)
    for sentence in email.sentences:
        score, _ = _score(sentence, notes, generic, notes_numbers, people)
        if sentence.text in skip and score < _STRONG:
            continue
        if score > best[0]:
            best = (score, sentence.text)
    return best[1] if best[0] >= 2 else None
