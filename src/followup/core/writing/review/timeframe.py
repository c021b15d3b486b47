"""asks_timeframe: asks, directly or indirectly, when the decision or next step will happen,
or where things stand.

Not a request for a time frame: demands ("I expect an answer by Monday"), generic closings
("let me know if you need anything"), and questions that presume the offer ("when do I start?").
"""

from __future__ import annotations

import re

from .text import Email

_STATUS = (
    r"(?:when\b|(?:whether|if) (?:[\w']+ ){0,4}(?:reached|made|come to) a decision|timeline|"
    # "I wish to find out if a decision has been made", "Where are we with this?", "tell me if
    # the position is closed or not"
    r"(?:whether|if) (?:a|the|any|your) (?:final )?decision (?:has|have|had|is|was) (?:already )?"
    r"(?:been )?(?:made|reached|taken)|where are (?:we|things) (?:at|with|on)\b|"
    r"(?:position|role|job|vacancy|post|opening) (?:is|has been|was) (?:already )?(?:closed"
    r"|filled)|"
    r"time ?frame|timing|time line|how long|update|news|status|next steps?|"
    r"where do (?:things|we|you) stand|"
    r"where (?:things|you|we|it|the (?:\w+ ){0,2}(?:search|process|role|position|decision))"
    r" (?:stand|are|is)|where you are in|how (?:the|your) (?:\w+ ){0,2}(?:search|process|hiring"
    r"|decision|recruitment)s? (?:is|are) (?:going|progressing|coming|moving)|progress|"
    r"movement|any word|been filled|filled (?:yet|the)|a sense of|an idea of|an estimate|"
    r"expected date|decision date|estimated|how things are going|wrap up|close to (?:deciding|"
    r"a decision|making)|anything new|working date|target date|on track|either way|"
    r"(?:if|whether) i(?:'ve| have)? (?:got|get|have got) (?:it|the job|the position|the role"
    r"|the spot)|"
    # In other words, as non-native and formal writers put it: "if you have decided already",
    # "if you choose already somebody", "if the list of hired nurses is already out", "kindly
    # advise the selection date".
    r"(?:if|whether) (?:you|they|the \w+) (?:have |has |had )?(?:already )?(?:decided|decide"
    r"|chosen|choose|picked|selected)|(?:made|make) (?:a|the) (?:call|decision)|"
    # ... and as the impatient put it: "What's the holdup?", "What is with my application?",
    # "whats happening with the driver job", "so is it a yes or no", "Where does my
    # application stand?", "any chance you'll know by then?".
    r"hold-?up|what(?:'s|s| is) (?:going on|happening|with my)|wots happening|"
    r"where (?:does|do|is|are) (?:my|the) (?:\w+ ){0,2}(?:application|candidacy|process|search"
    r"|decision|role|position|job)s? stand|(?:you'?ll|you will) know|"
    r"(?:chose|choose|chosen|picked|selected) (?:already )?(?:someone"
    r"|somebody|anyone|a candidate)|(?:list|results?|shortlist|outcome)(?: [\w']+){0,4} (?:is"
    r"|are|was|were) (?:already )?(?:out|released|published|available)|selection date"
    r"|result date|date of (?:the )?(?:decision|selection|result))"
)
_QUESTION_START = re.compile(
    r"^(?:and |so |also |just )?(?:when|where|what|whats|what's|wots|is there|are there|any"
    r"|have you|has there|has "
    r"the|do you|did you|could you|can you|would you|will you|might you|may i|is it|how|any "
    r"idea|any chance)\b"
)
_DECISION_Q = re.compile(
    r"\b(?:decision|decide|decided|deciding|hear back|hear from you|"
    r"(?:pick|picked|chose|chosen|choose|hired|found) (?:someone|somebody|anyone|a candidate)|"
    r"hiring|fill the|make the (?:final )?call|moving forward|reach(?:ed)? a (?:view|decision"
    r"|conclusion)|(?:an|any|the|your) answer|filled|yes or no)\b"
)
_STATEMENT_CUE = re.compile(
    r"\b(?:curious|wondering|wonder|wondered|(?:would|'d) (?:just |really |so |truly |very much )*"
    r"(?:like|love|appreciate|welcome|be (?:so |very |really )?(?:grateful|interested|glad|happy)"
    r"(?: just)? (?:for|to)|be (?:grateful|thankful) for)|(?:like|love|"
    r"want|wanted|wish|wished) to (?:know|ask|hear|check|see|learn|find out)|(?:write|writing|"
    r"wrote|reach(?:ing)? out|email(?:ing)?) to (?:ask|check|inquire|enquire|see)|let me know|"
    r"tell me|share|inform me|keep me posted|ask (?:about|when|whether|if)|to ask|check(?:ing)? "
    r"(?:on|in on) the status|grateful for|update me|advise me|apprise me|notify me|lmk|"
    r"(?:would|it'd|it would|will) (?:help (?:me )?|be helpful )to know|"
    r"(?:any|a) way to (?:get|have|know)|(?:kindly|please|pls) (?:advise|confirm|update))\b"
)
_DEMAND = re.compile(
    # (Not their expectation asked after: "when I may expect feedback", "when you expect to
    # decide", "when to expect the outcome".)
    r"\b(?:need|needs|must|insist|require|(?<!may )(?<!might )(?<!can )(?<!could )(?<!should )"
    r"(?<!to )(?<!you )(?<!they )expect|expecting|demand)\b(?! to respond to them)"
)
_PRESUMES = re.compile(
    r"\b(?:orientation|first (?:day|shift|week)|i start|my start|start date|paperwork|offer "
    r"letter|come in for|pick up my|my schedule|when can i start|my offer)\b"
)


# A recruiter asking the client for feedback on the candidate asks where things stand: "Is
# there any feedback yet on Sam?". Only read so when the note is about a candidate.
_FEEDBACK = r"\b(?:feedback|thoughts|view|impressions?|news|word)\b(?:[^?]{{0,40}}?)\b(?:{names})\b"


def find_timeframe(email: Email, about_names: str = "") -> str | None:
    """`about_names`: the candidate's name words as an alternation (see `interest.name_pattern`)
    when the note is a recruiter's about them."""
    feedback = re.compile(_FEEDBACK.format(names=about_names)) if about_names else None
    for sentence in email.sentences:
        norm = sentence.norm
        if _PRESUMES.search(norm):
            continue
        is_question = norm.rstrip().endswith("?") or bool(_QUESTION_START.match(norm))
        if is_question and feedback is not None and feedback.search(norm):
            return sentence.text
        has_status = re.search(_STATUS, norm)
        # "Do you have any questions?" is a question, but not about timing.
        if (
            is_question
            and (has_status or _DECISION_Q.search(norm))
            and (has_status or not re.search(r"\b(?:questions?|anything else you need)\b", norm))
        ):
            return sentence.text
        if not has_status:
            continue
        # The cue must govern the status word: "I'd love to help ... like I did when we" is not
        # a question about timing.
        for cue in _STATEMENT_CUE.finditer(norm):
            after = norm[cue.end() : cue.end() + 60]
            if (
                re.search(_STATUS, after)
                and not re.search(r"good news", after)
                and not _DEMAND.search(norm[: cue.end() + 40])
            ):
                return sentence.text
    return None
