"""restates_interest: the writer says they want this job or to work there, in any words.

Not interest: claims of fit, need, "interested to hear", "I look forward to hearing from you",
undecided interest ("still weighing my options") and withdrawals, however warmly phrased.
"""

from __future__ import annotations

import re

from .text import Email

# What wanting the job is about: joining, the role itself, working there.
_TARGET = (
    # (Not "join a call": a meeting, not the job.)
    r"(?:(?:joining|join(?!ing))(?! (?:a|the|our|your|this|that) (?:quick )?(?:call|meeting|zoom"
    r"|session|chat|webinar))|be part|being part|become part|be a part"
    r"|work (?:for|at|with|in|on|there|here|alongside)"
    r"|working (?:for|at|with|in|on|there|alongside)|work there|to work\b|"
    r"the (?:role|position|job|opportunity|possibility|prospect|chance|opening|team|idea)|"
    r"this (?:role|position|job|opportunity|team|company|challenge)|"
    r"(?:the|your) (?:\w+ ){0,3}(?:role|position|job|team|crew|seat|spot|lane|line|kitchen|unit)|"
    r"lead(?:ing)? |run(?:ning)? |driv(?:e|ing) for|sell(?:ing)? for|teach(?:ing)? |supervis|"
    r"start(?:ing)? (?:at|with|on)|to start\b|take it on|contribut|grow (?:at|with)|"
    r"help(?:ing)? (?:\w+ ){0,2}(?:grow|win|team|through|with)|bring\b[^.!?]{0,80}\bto (?!you\b)|"
    r"be (?:on|in|with|part of) (?:your|the)|on board|aboard|cook for you|build (?:\w+ ){0,3}at|"
    r"be your |support (?:your|the) (?:\w+ )?team|(?:come|go) and work|come work|"
    r"(?:cook|guard|teach|drive|weld|serve|nurse|care|dispatch|code|design|build|fly|sell|"
    r"coach|manage|clean|deliver|haul|install|fix|repair)\w* (?:on|at|for|in|with) |"
    # "I would be honoured to serve Crestline Insurance", "delighted to accept a position"
    r"serv(?:e|ing) (?!you\b|as (?:a |my )?refere)"
    r"|accept (?:a|the|an|your) (?:\w+ )?(?:position|role|post|job|offer))"
)
# "... joining the call on Thursday", "happy to join a quick call": a meeting, not the job.
_NOT_A_MEETING = (
    r"(?! (?:a |the |our |your |this )?(?:quick )?(?:call|meeting|zoom|session|interview|chat))"
)
# Verbs after "I'd love to" that are about the process, not the job ("I'd love to hear back").
_NOT_THE_JOB = (
    r"hear|know|learn|chat|talk|discuss|speak|meet|connect|stay in touch|catch up|keep in touch|"
    r"get your|see your|find out|receive|answer|follow up|check|ask|share|send|thank|touch base|"
    r"set up|schedule|arrange|update"
)
_INTEREST = [
    re.compile(
        r"\b(?:very |still |really |definitely |highly |truly |genuinely |so |most |extremely |"
        r"remain |am |i'm |are |is )*(?:interested|interesting) (?:in|to) (?!hear|know|learn|see|"
        r"get (?:your|feedback)|find out|receive|read|talk about)"
    ),
    re.compile(
        r"\b(?:excited|thrilled|eager|keen|enthusiastic|delighted|motivated|passionate|pumped|"
        r"stoked|ready and eager) (?:\w+ ){0,2}(?:about|to|for|on|by)\b(?! hear| get your| learn"
        r" more about (?:the|your) (?:process|timeline)| see your (?:reply|answer))"
    ),
    re.compile(
        r"\b(?:would|'d|will|i|should) (?:still |really |truly |very much |so |genuinely "
        r"|absolutely )*"
        r"(?:love|like|be (?:\w+ )?(?:thrilled|honou?red|delighted|happy|glad|proud|excited|"
        r"pleased)|welcome the (?:chance|opportunity)|jump at the chance) (?:the chance |the "
        r"opportunity )?(?:to )?" + _TARGET
    ),
    re.compile(
        r"\b(?:want|wanted|wanting) (?:this|the|that) (?:\w+ )?(?:job|role|position|spot|seat)\b"
    ),
    re.compile(r"\b(?:want|wish) (?:very much |so much |really )?to " + _TARGET),
    re.compile(r"\b(?:still |really |very much |so much )*want (?:\w+ ){0,3}(?:job|role|position)"),
    re.compile(r"\bhop(?:e|ing) (?:very much |so much |really )?(?:to )?(?:be )?" + _TARGET),
    re.compile(r"\bhope (?:to )?work with you\b"),
    re.compile(
        r"\blook(?:ing)? forward to (?:the (?:possibility|prospect|chance|opportunity) of )?"
        r"(?:joining|working (?:with|for|at|on|together)|being part|starting|contributing|"
        r"becoming)" + _NOT_A_MEETING
    ),
    re.compile(
        r"\b(?:continued|continuing|strong|sincere|keen|genuine|real) interest in\b|\b(?:reaffirm|"
        r"reiterate|restate|confirm|express) my (?:\w+ )?(?:interest|enthusiasm)\b|\bwhere i "
        r"(?:see myself|belong)\b"
    ),
    re.compile(r"\bcount me in\b|\ball in on\b|\bsign me up\b"),
    # "My interest in leading risk at Thornbury has only grown", "this is the job for me",
    # "still real keen", "I'd much prefer to join Te Awa".
    re.compile(
        r"\bmy (?:interest|enthusiasm)(?: in [^.!?]{1,60})? (?:has (?:only )?(?:grown|increased)"
        r"|is (?:only )?(?:stronger|greater))\b|\b(?:the|my) (?:dream )?(?:job|role|place)"
        r" for me\b|\bstill (?:real |really |very |so )?keen\b(?! to (?:hear|know|learn))"
        r"|\b(?:much |far |would |'d |i )*prefer to (?:join|work (?:at|for|with|here|there))\b"
    ),
    # "It will be a great privilege to join ...", "I want this one.", "really want on your crew".
    re.compile(
        r"\b(?:will|would|'d) be an? (?:great |real |huge |true )?(?:privilege|honou?r|pleasure|"
        r"dream)(?: for me)? to " + _TARGET
    ),
    re.compile(
        r"\bi (?:really |still |do |truly )?want (?:this one|this|it)(?=\s*(?:[.!]|$))"
        r"|\bwant on (?:your|the) (?:\w+ )?(?:crew|team|line|shift|staff|floor)\b"
    ),
    # "I hope we can become colleagues soon", "still down if so", "Still rather work for you";
    # in Tagalog and Hindi amid English ("Gusto ko po talaga maging part ng Bayside", "Dil se
    # chahta hoon Kirana Konnect join karna").
    re.compile(
        r"\b(?:hope|would love|'d love|wish) (?:that )?(?:we (?:can|could|will) |to )?(?:become|be)"
        r" (?:your )?colleagues\b|^(?:i'm |im |i am )?still down\b(?! (?:the|to|with|on|at))"
        r"|\b(?:still |much )?rather (?:work|join) (?:for|with|at|here|there)\b"
        r"|\brather be (?:working|part of|on (?:your|the) (?:team|crew)|with (?:you|your team))\b"
        r"|\bgusto (?:ko|kong) (?:po )?(?:talaga )?(?:maging part|mag-?work|magtrabaho)"
        r"|\bjoin karna\b|\b(?:chahta|chahti) (?:hoon|hun|hu)\b[^.!?]{0,40}\bjoin\b"
    ),
    # Everyday and terse ways of wanting it: "still want in", "still want it", "would love a spot
    # on your crew", "I'd rather work for you", "X remains my preference", "hope i get it".
    re.compile(
        r"\b(?:still|really|rly|def|definitely) (?:really |rly |very much )?want (?:in|it|this|"
        r"that|the job|the spot|the role)\b|\bwant in\b|\bhope i (?:get|land) (?:it|this|the)\b"
    ),
    re.compile(
        r"\b(?:would|'d|i) (?:really |so |truly )?(?:love|like) (?:a|an|the) (?:spot|place|seat|"
        r"position|job|role|shot|chance|opening)\b"
    ),
    re.compile(
        r"\b(?:would|'d) (?:really |truly |very much |so |absolutely )?love to "
        r"(?!(?:" + _NOT_THE_JOB + r")\b)(?:be |do |build |help |bring |welcome |start |make |"
        r"take |tackle |put |use |"
        r"apply |lead |run |grow |work |join |cook |teach |drive |serve |care |fix |solve )"
    ),
    re.compile(
        r"\b(?:really|rly|truly|so|genuinely) want to (?!(?:" + _NOT_THE_JOB + r")\b)[a-z]+ "
        r"(?:at|for|with|on|in|here|there)\b"
    ),
    re.compile(
        r"\b(?:i'd|i would) (?:much |far |really |so much )?rather (?:be|work|join|build)\b"
        r"|\bwhere i(?:'d| would) (?:rather|most "
        r"like to) be\b|\bremains? my (?:first |top |clear )?(?:preference|choice|priority)\b|"
        r"\bprefer to (?:work|be) (?:at|for|with|here|there)\b|\bis where i(?:'d| would) rather\b"
    ),
    re.compile(
        r"\b(?:picture|picturing|see|seeing|imagine|imagining) myself (?:\w+ing|at|on|with|in|as)\b"
        r"|\bhope i (?:can|could|get to|will|may) (?:join|work|be|start|build|serve"
        r"|teach|cook)\b(?! (?:the |a |an )?(?:\d|slot|call|meeting|interview|time))"
        r"|\b(?:still |very |more than |really )*willing to (?:join|work|start|relocate)\b"
    ),
    re.compile(
        r"\b(?:can't|cannot|cant) wait to (?:hopefully )?(?:start|join|get started|work|begin|"
        r"train|teach|cook|serve|drive|build)\b|\bready to "
        r"(?:drive|join|start|work for|roll|get to work|hit the ground)"
    ),
    re.compile(
        r"\b(?:still|very|really|definitely|highly|truly|so|extremely|remain|am|i'm)\s+(?:very\s+|"
        r"really\s+|definitely\s+|still\s+)*(?:interested|keen|excited|eager)\b(?=\s*(?:[.!,;]|$|"
        r"and\b|but\b))"
    ),
    # Non-native and formal forms: "I am very looking forward to join your team", "very happy to
    # join Bancolombia", "I want work in Marriott", "I sincerely hope I can have the opportunity
    # to join", "it is my earnest desire to serve in", "working in Aramex is a dream".
    re.compile(
        r"\blook(?:ing)? forward to (?:join|work (?:with|for|at|in)|be part|become part)\b"
        + _NOT_A_MEETING
        + r"|\b(?:am|i'm|will be|would be|'d be) (?:very |so |really |truly )?(?:happy|glad|proud"
        r"|honou?red|delighted|pleased) to (?:join|be part|become part)\b"
        + _NOT_A_MEETING
        + r"|\bwant (?:to )?work (?:in|at|for|with|there|here)\b"
        r"|\b(?:hope|wish|pray|desire)\b[^.!?]{0,40}\b(?:opportunity|chance) to (?:join|work"
        r"|serve|be part|contribute)\b"
        r"|\b(?:desire|dream|wish|aspiration) (?:is )?to (?:serve|work(?! out)|join|be part"
        r"|contribute)\b"
        r"|\b(?:working|to work) (?:in|at|for|with) (?:[\w&'.-]+ ){1,3}is (?:a|my) dream\b"
    ),
    re.compile(
        r"\b(?:my|the|his|her|their) (?:first|top|number one|#1) choice\b"
        r"|\bwhere i (?:want|would love|'d love|'d like) to (?:be|work)\b"
        r"|\bthe (?:job|role|position|place) i want\b|\bexactly "
        r"(?:the (?:\w+ ){0,3}|what )i(?:'m| am| have been)? (?:looking for|want)"
    ),
    re.compile(
        r"\b(?:my )?(?:enthusiasm|excitement|interest) (?:for|in) (?:the|this) (?:\w+ )?"
        r"(?:role|position|job|opportunity) (?:has|is|only|remains)"
    ),
    re.compile(
        r"\bremain (?:very |really |extremely |truly |fully |deeply |totally |absolutely )?"
        r"(?:interested|keen|excited|eager|enthusiastic|committed)\b"
    ),
    # "Been wanting to get in at Ridgeline for years", "I'd still love it!", "I sincerely hope
    # to become a member of Hanbit Logistics", "Birchwood is where I'd much prefer to be",
    # "todavía quiero el puesto".
    re.compile(
        r"\b(?:been )?wanting to (?:get in at|work (?:at|for)|join)\b"
        r"|\b(?:i'd|i would) still (?:really |so )?love (?:it|this|that)(?= *(?:[.!]|$))"
        r"|\bhop(?:e|ing) to become (?:a )?(?:member|part) of\b"
        r"|\bis where i(?:'d| would) (?:much |far |really )?(?:prefer|like|love) to be\b"
        r"|\b(?:todav[ií]a |a[uú]n |s[ií] )?quiero (?:el|ese|este) (?:puesto|trabajo|empleo)\b"
    ),
]
_NEGATED = re.compile(
    r"\b(?:no longer|not|n't|never|less) (?:\w+ ){0,2}(?:interested|excited|keen|want|"
    r"sure|eager)|\bnot sure\b|\bunsure\b"
)
# Anywhere in the email, these make a warm sentence a goodbye or a maybe.
_WITHDRAWAL = re.compile(
    # (Not "I should be delighted to accept a position, were one offered": this one.)
    r"\bwithdraw|\bremove me from|\btake me out of\b|\b(?<!delighted to )(?<!happy to )"
    r"(?<!glad to )(?<!pleased to )(?<!honoured to )(?<!honored to )(?<!love to )(?<!like to )"
    r"(?:accept|accepted|accepting|taken|took) "
    r"(?:an?|another|the|their) (?:\w+ ){0,3}(?:offer|position|role|job)(?! from you)|\bdecided "
    r"to (?:accept|stay|take|go with|remain|pursue|decline)|\bstep(?:ping)? (?:back|away) from\b|"
    r"\bwon't be (?:continuing|moving forward|pursuing)|\bwill not be (?:continuing|moving "
    r"forward|pursuing)|\bno longer (?:interested|available|pursuing|in the market)|\bbow out\b|"
    r"\bdecline (?:the|your|this)\b"
)
_UNDECIDED = re.compile(
    r"\bstill (?:deciding|evaluating|weighing|considering|thinking about whether|working out"
    r" whether)|\bwhether (?:this|it) is (?:the|a) (?:job|role|place) for me\b|\bhaven't "
    r"(?:yet )?decided\b|\bhave not (?:yet )?decided\b|\bnot sure (?:yet )?(?:if|whether|this|"
    r"that|it)|\bweighing (?:a few |my |several |some |other )?(?:options|offers)|\bstill "
    r"(?:undecided|on the fence)|\bundecided\b|\bon the fence\b|\bwill let you know where i "
    r"land\b|\bnot (?:yet )?sure (?:the|this) (?:role|job|position) is\b|\balso consider(?:ing)? "
    r"(?:an? )?(?:offer|other)"
)
_SUBJECT_INTEREST = re.compile(
    r"\b(?:still|remain\w*) (?:very |really |highly )?(?:interested|keen|excited|want)\b"
)
_TO_HEAR = re.compile(r"\b(?:to|in) hear(?:ing)? (?:from|back|your|good|what|about)\b")


# A recruiter speaks for the candidate in the third person: "Sam still wants the role",
# "Sam remains committed to the position". Only read so when the note is about a candidate
# (`about_names`), so a candidate's own email is read exactly as before.
_SPEAKS_FOR = (
    r"\b(?:{names}) (?:is |still |really |very much |so much |truly |definitely |very )*"
    r"(?:wants (?:\w+ ){{0,3}}(?:job|role|position|opportunity|to join|to work|in)\b|"
    r"hopes to (?:join|work|be)\b|"
    r"remains (?:very |really |extremely |truly |fully |deeply |highly )?(?:interested|keen|"
    r"excited|eager|enthusiastic|committed)\b)"
)


def name_pattern(names: tuple[str, ...]) -> str:
    """An alternation of the candidate's name words (full name first), lower-cased."""
    words = [" ".join(n.lower().split()) for n in names if n.strip()]
    words += [w for n in names for w in n.lower().split() if len(w) > 1]
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def find_interest(email: Email, about_names: tuple[str, ...] = ()) -> str | None:
    text = email.norm_body
    if _WITHDRAWAL.search(text) or _UNDECIDED.search(text):
        return None
    # A subject such as "Still very interested - Line Maintenance Tech" says it too.
    if _SUBJECT_INTEREST.search(email.subject.lower()):
        return email.subject
    names = name_pattern(about_names)
    patterns = _INTEREST
    if names:
        patterns = [*_INTEREST, re.compile(_SPEAKS_FOR.format(names=names))]
    for sentence in email.sentences:
        norm = sentence.norm
        for pattern in patterns:
            match = pattern.search(norm)
            if not match:
                continue
            clause = norm[max(0, match.start() - 30) : match.end()]
            if _NEGATED.search(clause) or _TO_HEAR.match(norm[match.end() :].lstrip()):
                continue
            return sentence.text
    return None


def is_withdrawal(email: Email) -> bool:
    return bool(_WITHDRAWAL.search(email.norm_body))
