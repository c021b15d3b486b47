"""The two tone problems: apologetic_or_desperate and pushy.

Sympathy ("sorry to hear about the flood") and a first, matter-of-fact check-in are not
apologetic. A politely disclosed competing offer that asks about timing is not pushy; an
ultimatum dressed as politeness ("I'd kindly ask for your decision by Friday, or I'll take it as
a no") is.
"""

from __future__ import annotations

import re

from followup.core.faster_patterns import by_first_letters, quick_start

from .text import Email, normalise

_APOLOGETIC_WORDS = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|excuse me) (?:\w+ ){0,3}(?:bother|bug|disturb|pester|"
    r"trouble|keep|write|writing|email|emailing|reach|follow|again|the (?:long|many)|my|being|if|"
    r"for (?:the|my|this|writing|so)|i know|to ask)"
    r"|\b(?:i'm|i am|so|really|very) sorry,? i know\b|\bsorry(?: again)? for (?:the )?long\b"
    r"|\bi'm sorry, i\b|\bsorry again\b|\bsorry\s*!*\s*$"
    r"|\b(?:just )?check(?:ing)? in again\b|\b(?:wanted|want) to check again\b"
    r"|(?<!not )(?<!n't )\bfollow(?:ing)? up again\b"
    r"|\bwrite (?:you|to you) again\b"
    r"|\b(?:really |really really |so |desperately )?need (?:this|the|a) (?:job|position|work)\b"
    r"|\bneed this (?:job|position|so)|\bi just need to work\b"
    r"|\bdesperate|\bbeg(?:ging)? you\b|\bi beg\b(?! to (?:state|submit|inform|request))"
    r"|\bi(?:'m| am) begging\b|\bsrry to (?:bother|bug|disturb)|\bplease,? please\b"
    # "I hope I'm not bothering you", "my explanation ... was not clear, and I am sorry for
    # that", "Apologies - I realised the portfolio I attached was an old version"
    r"|\bi hope i(?:'m| am) not (?:bothering|bugging|disturbing|pestering) you\b"
    r"|\b(?:i am|i'm) sorry for that\b|^apologies\b"
    r"|\bplease (?:just )?give me a chance|\bplease don't forget|\bdon't forget about me"
    r"|\bpest\b|\bannoying\b|\bnag(?:ging)?\b"
    r"|\bhate to (?:bother|bug|be a|pester|chase|nag|trouble|disturb)"
    r"|\bfeel (?:terrible|bad|awful|embarrassed)|\bembarrassed\b"
    r"|\bif (?:it is|it's) not too much trouble|\bi know i(?:'ve| have)? (?:already )?(?:called|"
    r"emailed|written|wrote|messaged|been)(?! to)|\b(?:third|fourth|fifth|3rd|4th) (?:email|time|"
    r"message)\b|\bkeep (?:refreshing|checking my)|\bforgive (?:me|the|my)\b|\bnuisance\b"
    r"|\bi (?:really )?blew\b"
    r"|\bi hope i (?:did not|didn't) (?:do|say) (?:something|anything)|\bi'll take anything\b"
    r"|\bi will take any (?:route|shift|job)|\bnot let you down\b|\bwon't let you down\b"
    r"|\bwill not regret\b|\bwon't regret\b|\bmy family (?:is )?(?:depends|counting)"
    # Apologising for one's own performance or English (PRODUCT.md), or for asking at all.
    r"|\b(?:excuse|pardon|forgive) my (?:poor |bad |broken |limited |weak )?(?:english|grammar"
    r"|writing|language|spelling|mistakes)\b"
    # ... for what one did at the interview, for bothering them: "I want to apologise for
    # rambling", "I'm sorry for mixing up the names", "sorry I was late", "I am sorry that I
    # took more of your time", "Perdón for bother you again", "I know I'm probably bugging you".
    r"|(?<!need to )(?<!no need )(?<!don't )\b(?:apologi[sz]e|apologies|sorry) for"
    r" (?![a-z]*thing\b)[a-z]{2,}ing\b"
    r"|\bsorry (?:that )?i (?:was late|took (?:up )?(?:more|so much|too much)|talk(?:ed)? too"
    r" much|mixed|went over|ran over)\b|\bperd[oó]n\b"
    r"|\b(?:i'm|im|i am|am i|i know i'm|i know im)(?: probably| just| really)? (?:bugging"
    r"|bothering|pestering|hassling) you\b"
    r"|\bsorry (?:that )?i (?:froze|blanked|rambled|fumbled|stumbled|panicked|messed|forgot|"
    r"was so nervous|didn't (?:do|answer|explain|give|perform)|did not (?:do|answer|explain|give|"
    r"perform)|couldn't (?:answer|explain|think)|could not (?:answer|explain|think))"
    r"|\bsorry to (?:insist|take up|trouble|chase|push|ask again|keep)\b|\bdesculp"
    # "sorry for taking so much of your valuable time", "so sorry about the presentation"
    r"|\bsorry for (?:taking|wasting|using|keeping)\b|\bsorry about (?:my (?:\w+ )?"
    r"(?:presentation|answers?|interview|performance|mistakes?|test|task|demo|case study"
    r"|exercise|nerves)|the presentation|the case study)\b|\bi worry (?:it|i) let you down\b"
    r"|\bkicking myself\b|\bnot the most (?:experienced|qualified|polished)\b"
    # "I'm so sorry about the Part 2A question", "I apologise for a rambling answer", "my
    # English is not so good in writing", "Pasensya na".
    r"|\bsorry about the (?:\w+ ){0,3}question\b"
    r"|\bapologi[sz]e for (?:a|my|the) (?:\w+ )?(?:answer|response|presentation|performance)\b"
    r"|\bmy english is not (?:so |very |that )?good\b|\bpasensya\b"
    # More apologies for oneself: "I apologise for any shortcomings", "I must apologise that I
    # could not answer", "sorry the croissants were not even", "sorry naan was little burnt".
    r"|\bapologi[sz]e (?:for any|for not|that i|if i)\b|\bi must apologi[sz]e\b"
    r"|\bsorry (?:that )?(?:my|the first|my first) (?:\w+ ){0,2}(?:was|were) (?:not|little|a little"
    r"|a bit|too|burnt|over|under|late|slow)\b"
    # Pleading in the register of formal Indian English: "Kindly sir, I am requesting you".
    r"|\b(?:kindly|sir|madam|ma'am),? i am requesting you\b|\bi request you kindly\b"
)
# Both long lists are searched through every sentence, and a pasted 200 KB line is one sentence:
# told where a match can start (and _PUSHY's alternatives grouped by their first letters), they
# find the same matches in half the time (a tenth, for _PUSHY).
_APOLOGETIC = quick_start(_APOLOGETIC_WORDS)
_SYMPATHY = re.compile(
    r"\bsorry (?:to hear|for your loss|about (?:the|your) (?!long|many|delay|presentation"
    # (Not one's own answer: "so sorry about the Part 2A question".)
    r"|case study|(?:\w+ ){0,3}(?:question|answer|test|task|exercise)\b))"
    r"|\bsorry that (?:you|the|your)\b"
)

_DEADLINE = (
    r"\b(?:by|on or before|no later than|not later than|nlt) (?:(?:this|next|end of) )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|tonight|today|noon|end of (?:the )?(?:day|week|business)|eod|cob|eow|the end of|"
    r"close of (?:business|play)|"
    r"\d)|\bwithin \d+ (?:hours|days)|\bthis week\b|\bend of day\b|\bby then\b"
)
_DEMAND = (
    r"\b(?:need|needs|expect|require|must|insist|want|request|ask that|ask for|confirm|"
    r"send|give me|respond|reply|appreciate (?:a|your)|call me|let me know|let me have|tell me|"
    r"inform me|"
    r"kindly (?:revert|advise))\b"
)
_PUSHY_WORDS = re.compile(
    r"\bor (?:else|i(?:'ll| will| am going to|'m going to| will have to|'ll have to) (?:take|"
    r"accept|go|move|assume|withdraw|consider|post|have to|look|sign))"
    r"|\botherwise,? i\b|\bif i (?:don't|do not) hear (?:back )?(?:from you )?(?:by|before|"
    r"within)|\btake it as a no\b|\bconsider the matter closed\b|\bwon't wait\b|\bwill not "
    r"wait\b|\bcan't wait (?:any|much) longer|\bnot (?:be able to )?wait (?:any )?longer|"
    r"\bwon't be able to keep\b|\bwill not follow up again\b"
    # Reproach: the promise thrown back ("I thought I'd remind you that you promised to be in
    # touch"), a lesson for next time ("I hope going forward scheduling is handled more
    # carefully").
    r"|\bremind you (?:that )?(?:you|your team|the panel) (?:promised|said|told me|committed"
    r"|agreed)\b"
    r"|\b(?:going forward|in (?:the )?future|next time)\b[^.!?]{0,60}\b(?:handled|managed"
    r"|organi[sz]ed|run|done) (?:more carefully|better|more professionally|properly)\b"
    r"|\b(?:handled|managed|organi[sz]ed|run) (?:more carefully|better|more professionally"
    r"|properly) (?:going forward|in (?:the )?future|next time)\b"
    r"|\bglassdoor\b|\bbad review\b|\bmy lawyer\b|\breport (?:you|this)\b"
    r"|\bassume (?:the job is mine|you'll want|i got|i have the job)|\bthe job is mine\b"
    r"|\bwhen do i start\b|\bsee you (?:then|monday|tuesday|wednesday|thursday|friday|on)\b"
    r"|\bi'll (?:be (?:on|at|in)|stop by|come (?:by|in)|call you|see you|plan to start)\b"
    r"|\bi (?:will|am going to) (?:be on|be at|stop by|come by|come in|call you)\b"
    r"|\bplan(?:ning)? to start\b|\bi'll plan to\b|\balready (?:given notice|given my notice|"
    # (Not "I have already told my professors I am hoping to start there": a hope, not a hire.)
    r"rearranged|told my(?![^.!?]{0,60}\bi (?:am |was |'m )?hop(?:e|ed|ing)\b)|written up a plan"
    r"|resigned)"
    r"|\bsend (?:over )?the paperwork\b|\blet hr "
    r"know\b|\bfinali[sz]e (?:the )?terms\b|\b(?:over|discuss) my (?:offer|compensation|salary)"
    r"|\bmy first (?:day|shift)\b|\bwhen the offer letter\b|\boffer letter will be\b"
    r"|\b(?:booked|booking|reserved|scheduled|put|sent|send|added) (?:\w+ ){0,4}(?:on your "
    r"calendar|calendar invite|invite for|the invite|meeting for|call on|the boardroom|a call)"
    r"|\btaken the liberty\b|\bgone ahead and\b"
    r"|\bdisappointed\b|\bunprofessional\b|\bdisrespectful\b|\bwould have expected\b|\bi expected "
    r"(?:more|better|a reply|to hear)|\bnobody (?:has )?(?:called|answered|got back)|\bwith no "
    r"(?:answer|reply|response)|\bbeen very patient\b"
    r"|\b(?:been waiting|waited) (?:too long|long enough|for weeks)"
    r"|\bkeep(?:ing)? (?:candidates|people|me) "
    r"(?:waiting|in the dark)|\bi (?:think i )?(?:have )?earned\b"
    r"|\bi expect (?:an?|your|the|vantage|you)|\bi must insist\b|\binsist on\b"
    r"|\bcall me today\b|\bbetter kitchens\b|\bcrushed the interview\b"
    # Presuming the outcome: an offer, paperwork, a first day nobody has offered.
    r"|\b(?:receiving|receive|getting|seeing) (?:your|the|my) (?:offer|contract|offer letter)\b"
    r"|\bwhen (?:should|can|will) i (?:expect|receive|get|see) (?:it|the offer|my offer|the "
    r"contract)\b|\b(?:hire|hiring|new hire|onboarding|start) paperwork\b|\bgrab my badge\b"
    r"|\bsee you at (?:orientation|training|onboarding)\b|\bplan on starting\b"
    r"|\b(?:ready|able) to start on\b|\bwhere (?:to|i should) report\b|\bwhat time to be there\b"
    r"|\bget the (?:paperwork|contract|offer) moving\b|\bmy (?:attorney|lawyer|agent) will\b"
    r"|\bhave my (?:attorney|lawyer|agent) review\b|\btransitioning out\b"
    r"|\bi(?:'ve| have) (?:told|informed|notified) my (?:current )?(?:chair|boss|employer|manager|"
    r"team|board)\b|\b(?:swing|stop|drop|come) by (?:on )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|tomorrow|at)\b|\bi'll swing by\b|\blicense transfer\b"
    # Scheduling what nobody asked for.
    r"|\b(?:put|placed|added) (?:a |an )?(?:\w+[- ]){0,3}(?:call|meeting|invite|hold) on your "
    r"calendar|\b(?:asked|had) my assistant to (?:set up|schedule|book)|\bset up time with your\b"
    r"|\blet's (?:talk|discuss|go over) (?:comp|compensation|salary|terms|my offer)\b"
    r"|\bi'll have my number ready\b"
    # Reproach.
    r"|\bmore than patient\b|\bgone unanswered\b|\bbasic courtesy\b|\bnot going to wait\b"
    r"|\b(?:two|three|several|multiple|\d) (?:emails|messages|calls),? (?:and )?no (?:reply|"
    r"answer|response)\b|\bi'd have expected better\b|\bwasn't a great (?:first )?impression\b"
    r"|\bvalues people's time\b|\bwithout a word from\b|\bpretty discouraging\b"
    r"|\bwritten (?:twice|three times|several times)\b(?:.*\bhaven't heard\b)?"
    r"|\bhurtful\b|\bleft (?:me )?hanging\b|\b(?:kept|keep|keeping|left|leave|leaving) (?:me|us"
    r"|candidates|people) in the dark\b|\b(?:been|being|getting|feel|felt) ghosted\b"
    r"|\bghosting (?:me|candidates|people)\b"
    # More reproach: "a simple reply would have been courteous", "not so much as an
    # acknowledgement", "doesn't reflect well on", "u said ud call friday n never did".
    r"|\b(?:pretty|very|quite|rather|really|so|most|deeply) disappointing\b(?! to hear)"
    r"|\bwould have been (?:courteous|polite|nice|professional|decent)\b"
    r"|\bso much as an? (?:acknowledg|reply|response|answer)|\b(?:doesn't|does not|didn't|did"
    r" not) reflect well\b|\bnot cool\b|\b(?:and|but|n) never did\b(?! get)"
    r"|\bper my (?:last|previous) (?:\w+ )?"
    r"(?:e-?mails?|messages?|notes?)\b|\bstill awaiting (?:a|your) (?:response|reply|answer)\b"
    # An ultimatum: "Unless I hear from you by Friday, I will withdraw my application."
    r"|\bunless i (?:hear|get|receive)\b|\bi (?:will|'ll|shall) (?:withdraw|pull) my"
    r" (?:application|candidacy)\b"
    # Presuming the hire: rotas, paperwork done, the package settled, working together soon.
    r"|\bsend me my (?:rota|schedule|contract|start date|uniform|login)\b"
    r"|\b(?:arranged|booked|organi[sz]ed) (?:\w+ ){0,2}childcare\b|\bfinali[sz]e the details\b"
    r"|\bonce the paperwork\b|\bwill (?:come|stop|drop|swing) by your office\b"
    r"|\b(?:settle|agree|finali[sz]e) the (?:package|salary|terms|contract)\b|\bthe offer will"
    r" reflect\b|\bdiscuss(?:ing)? the offer\b"
    r"|\blook forward to working with you (?:and [\w ]{1,20} )?(?:from|starting|next) (?:week|"
    r"month|monday|the \d|\d)"
    r"|\bcall your office (?:tomorrow|today|on \w+day)(?: \w+){0,2} (?:at|to get)\b"
    r"|\b(?:put|added|placed|booked) (?:a |an )?(?:[\w-]+ ){0,2}(?:slot|meeting|call|invite|hold)"
    r" (?:in|into) your (?:calendar|diary)\b|\bblocked (?:your|his|her) (?:calendar|diary)\b"
    # Turning up to start: "I will present myself ... to sign the contract and start", "please
    # prepare my access card", "to collect my uniform and start my shift", "I come back
    # tomorrow 8am", "will pass by your office at 10:00".
    r"|\bprepare my (?:access card|badge|computer|laptop|desk|contract|uniform|locker)\b"
    r"|\b(?:come|present myself|be there|pass by|drop by)\b[^.!?]{0,60}\bto sign the contract\b"
    r"|\bto collect my uniform\b"
    r"|\bi (?:will |'ll )?present myself (?:in|at) your\b|\bi (?:will |'ll )?come back tomorrow\b"
    r"|\b(?:will|'ll) pass by your office\b"
    # Reproach in other registers.
    r"|\b(?:kinda|kind of|so|very|pretty|quite|really|that's|it's|is) rude\b(?! customer)"
    r"|\brude not to\b|\bdisheartening\b|\bthe courtesy of (?:a|any) (?:response|reply|answer)\b"
    r"|\bi (?:had )?expected better\b|\bshould respect applicants\b"
    # "Given my seniority, I had frankly expected a more structured process", "which was
    # disappointing to see after being told I was the front-runner".
    r"|\bi(?:'d| had| would have)? (?:frankly |honestly |really |certainly )?expected (?:a |an )?"
    r"(?:more|better|faster|quicker|clearer)\b"
    # (Not "It was disappointing to hear the Leeds site closed": sympathy, not reproach.)
    r"|\bdisappointing to (?:see|find|learn)\b[^.!?]{0,60}\b(?:reposted|re-posted|readvertised"
    r"|re-advertised|after being told|no (?:reply|answer|response|word))"
    r"|\b(?:reposted|re-posted|readvertised|re-advertised)\b[^.!?]{0,40}\bdisappointing\b"
    # Reproach for the silence: "I deserve at least a reply", "I can't even get a reply. Not a
    # great look", "Nobody in HR can pick up a phone?", "I find it disappointing that ...",
    # "I feel a bit disrespected", "this time answer me".
    r"|\bdeserves? (?:at least |at the very least )?(?:a |an |the courtesy of a )?(?:reply"
    r"|response|answer|to be kept informed|to hear back|better)\b"
    r"|\b(?:can't|cannot|can not|couldn't) even get (?:a |an )?(?:reply|response|answer"
    r"|call back|callback)\b|\bnot a (?:great|good) look\b|\bpick up a phone\b"
    r"|\bfind it (?:disappointing|unacceptable|frustrating)\b|\bfeel (?:a bit |quite |very |so )?"
    r"disrespected\b|\bthis time answer\b"
    # A demand for the answer itself: "I'd like a straight answer", "I need answer now, today",
    # "I am expecting your answer ... until Monday".
    # (Not one the writer owes others: "I just want to give them a straight answer".)
    # (The look back after the words: an alternative opening with one is tried at every
    # character, `by_first_letters` cannot sort it by its first letters.)
    r"|\bstraight answer\b(?<!give them a straight answer)(?<!give him a straight answer)"
    r"(?<!give her a straight answer)(?<!give my agency a straight answer)"
    r"|\bneed (?:an |your |the )?answer (?:now|today|immediately)\b"
    r"|\bi am expecting your (?:answer|reply|response|decision)\b"
    # A deadline set for them: "I'd like an answer by Friday; I have other conversations".
    r"|\b(?:i'd|i would|i'll|i will) (?:like|want|need) (?:an|your|a) (?:final )?(?:answer|decision"
    r"|response|reply) by\b"
    # Presuming the hire: "I look forward to getting started with you all", "already bought my
    # steel toe boots ... for monday".
    r"|\blook(?:ing)? forward to (?:getting started|starting|joining you|working with you all)\b"
    r"(?! (?:if|should|when you))"
    r"|\balready (?:bought|got|ordered|purchased) my (?:\w+ ){0,3}(?:boots|uniform|tools|gear"
    r"|kit|scrubs|harness)\b"
    # Presuming the offer: its details, letter or joining date asked for or talked through.
    r"|\b(?:talk through|go over|go through|revert with|send(?: me| over)?|forward|"
    r"email me) (?:the |my |your )?(?:offer (?:letter|details|terms|package|paperwork)|"
    r"joining date|appointment letter)\b"
    r"|\bcheck(?:ing)? (?:in )?(?:on|about) (?:the|my) (?:start|joining) date\b"
    r"|\boffer (?:conversation|discussion|call|meeting)\b"
    # Scheduling what nobody asked for.
    r"|\bi(?:'ll| will) (?:give you a (?:call|ring|buzz)|ring you|phone you|drop in|pop in|"
    r"pop by|be at the)\b"
    r"|\b(?:already|i've|i have)(?: already)? (?:booked|scheduled|arranged|set up|blocked)(?: in)?"
    r" (?:a |an |the |some )?(?:\w+ ){0,2}(?:meeting|call|session|slot|visit|interview|chat|"
    r"walkthrough|time) (?:with|for|on)\b"
    r"|\b(?:i'm gonna|im gonna|i'm going to|i am going to) (?:come|pop|swing|drop) (?:in|by|over"
    r"|to|round)\b"
    # Reproach, plain or sarcastic: "I don't think that's very professional", "I find this
    # unacceptable", "you don't seem to respect anyone's time", "thanks for nothing".
    r"|\b(?:not|n't) (?:very |exactly |really |at all )?professional\b"
    r"|\b(?:this|that|it|which) (?:is|was) (?:simply |frankly |totally )?unacceptable\b"
    r"|\bi find (?:this|that|it) unacceptable\b"
    r"|\b(?:don't|dont|do not) think (?:that'?s|thats|this is|it'?s|its) (?:very |exactly"
    r" |really )?(?:professional|fair|right|acceptable)\b"
    r"|\bsame (?:consideration|courtesy|respect) (?:you expect|as you expect|you'd expect)\b"
    r"|\b(?:i'm|im|i am|i was|i'm getting|i am getting|getting) (?:so |really |honestly )?fed up\b"
    r"|\bthanks for nothing\b"
    r"|\b(?:don't|doesn't|do not|does not|didn't) (?:seem to )?(?:respect|value|care about)"
    r" (?:anyone|people|candidates|applicants|my|our|your)\b"
    r"|\b(?:if this is|is this|this is|that's|that is|not) how you treat\b"
    r"|\b(?:this|that|it) is not (?:the )?(?:correct|right|proper) way\b"
    r"|\b(?:candidates|applicants|people|i|my application) (?:slip|slipped|slips|fall|falling)"
    r" through the cracks\b|\b(?:i'd|i would) have expected (?:more|better|a reply|an answer"
    r"|to hear|some)\b"
    # Going over their head: copying the boss in "so she is aware of the delay", "Tom, I've added
    # you ... maybe you can push this along".
    r"|\bso (?:that )?(?:s?he|they|you) (?:is|are|can be) aware of the delay\b"
    r"|\bpush (?:this|things|it|my application) along\b"
    r"|\b(?:put|added|copied|cc'?d) (?:[a-z]+ ){1,2}on this\b(?! (?:role|job|project|team))"
    r"|\b(?:copied|cc'?d|looped|added) [a-z]+ (?:in )?(?:on|in|into) (?:this|the|my) (?:e-?mail"
    r"|thread|chain|loop|message)\b"
    # Threats: a complaint, a review site, advice taken against them.
    r"|\b(?:raise|file|lodge|make|submit)(?: a)? (?:formal |official )?complaint\b"
    r"|\b(?:write|post|review|complain|report)[^.!?]{0,40}\b(?:to|on) indeed\b"
    r"|\b(?:will|'ll|shall) (?:be )?seek(?:ing)? (?:legal |professional )?advice\b"
    r"|\bif you (?:don't|do not|not) (?:answer|reply|respond)(?: (?:me|to me))? (?:by|until|within"
    r"|before)\b|\bshould i not hear\b"
    # Presuming the hire: notice handed in to start, the first day or site chosen for them.
    r"|\bso (?:that )?i can start (?:with you )?on (?:the \d|\d|monday|tuesday|wednesday|thursday"
    r"|friday)|\bwhich (?:site|shift|store|branch|depot"
    r"|location) you want me\b|\b(?:i'll|ill|i will) be there [^.!?]{0,30}\bto start\b"
    # ... turning up ready to work, starting on a day they chose, travel booked for a first
    # day: "ill be there monday 7am with my tools", "ill just show up sat morning", "I will
    # start at 1 of June", "I already buy my ticket to Toronto for the first day of work",
    # "booked a flight ... before I start", "pencilled in June 3 as my start date", "I already
    # blocked Monday for onboarding", "am i hired or what".
    r"|\b(?:i'll|ill|i will) just (?:show up|turn up|come in|rock up)\b"
    # ("I'll start with you in two weeks")
    r"|\bi(?: will|'ll| shall) start with you in (?:two|2|three|3|a couple of|a few)"
    r" weeks?\b"
    # ("i'll start", as the text is read, as well as "i will start")
    # (Not "I'll start on Monday with the first module": the course they recommended.)
    r"|\bi(?: will|'ll| shall) start (?:on |at |from )?(?:the )?"
    r"(?!\w+ (?:with|on) (?:the|my|your) (?:first |next )?(?:module|course|reading|book|case study"
    r"|assignment|task|exercise))(?:\d|1st|monday|tuesday"
    r"|wednesday|thursday|friday|next)"
    r"|\b(?:booked|bought|buy|got|purchased) (?:a |my |the )?(?:flight|ticket|tickets|train)\b"
    r"[^.!?]{0,100}\b(?:before i start|first day|my start|start date|to start|day of work)\b"
    r"|\bas my start date\b|\bblocked (?:\w+ ){0,2}for (?:onboarding|orientation|my first"
    r"|the start)\b|\bam i hired\b"
    # Documents demanded as if the job were theirs: "just send over the docs", "Please send me
    # contract until Friday".
    r"|\bjust send (?:over |me over )(?:the |my )?(?:docs|contract|paperwork)\b"
    r"|\bsend me (?:the |my )?contract\b"
    # Going over their head: "writing to your CEO, Mr. Vance, directly", "forwarded my
    # materials to your director".
    r"|\b(?:written|writing|wrote|write|forwarded|reached out|escalat\w*)"
    r"\b[^.!?]{0,40}\bto your (?:ceo|director|boss|vp|president|founder"
    r"|owner|md|managing director)\b"
    # Reproach: "I don't appreciate being strung along".
    r"|\b(?:don't|do not|dont) appreciate being\b"
    r"|\bstr(?:ung|inging) (?:me |us |candidates )?along\b"
    # An ultimatum: "I need to be running by the 10th or I'm going with Carver Freight".
    r"|\bor (?:i'm|im|i am) (?:going with|going to (?:take|accept|go with)|gonna (?:take|go)"
    r"|taking (?:the|their|another|it))\b"
    # More of the same: "I'll take that as a no", "nobody has had the decency to", "Three
    # weeks and not a word. Poor form", "I expected a little more courtesy", "I will keep
    # calling the front desk every day", "I'll bring my tools in Monday", "my signed
    # acceptance", "put a follow-up in both our calendars", "I'll drop by your office Friday".
    r"|\btake (?:that|this|silence) as a no\b|\bthe decency to\b|\bpoor form\b"
    r"|\band not a (?:word|peep|squeak)\b|\bmore courtesy\b"
    r"|\bkeep (?:calling|ringing|phoning|emailing|texting)\b[^.!?]{0,40}\b(?:every day|daily"
    r"|until)\b"
    r"|\bmy signed acceptance\b"
    # "please consider this my acceptance in advance"; "I'm surprised I haven't heard anything
    # yet", "I find this surprising" (reproach).
    r"|\b(?:consider|take) this (?:email |note |message )?(?:as )?my acceptance\b"
    r"|\b(?:surprised|astonished|shocked) (?:that )?i (?:haven't|have not|hadn't|did not|didn't)"
    r" (?:heard|had|received|got)\b|\bi find (?:this|that|it) (?:very |quite |rather )?"
    r"(?:surprising|disappointing|unacceptable|frustrating)\b"
    r"|\b(?:put|added|placed|booked) (?:a |an )?(?:[\w-]+ ){0,2}(?:follow-up|slot|meeting|call"
    r"|invite|hold) (?:in|into) (?:both )?our (?:calendars?|diaries)\b"
    r"|\b(?:i'll|ill|i will|i'm going to|i am going to|let me) (?:swing|stop|drop|come|pop) by"
    r" (?:your|the) (?:office|shop|site|store|desk)\b"
    # ... or by at a time of one's own ("so I will drop by around 14:00"), a meeting set up
    # through their assistant, the hire presumed ("when I join you in April", "which laptop
    # I'll be getting"), reproach ("Per my email of the 3rd", "the update you promised", "I
    # would have appreciated starting on time"), a deadline trusted to ("I trust I will hear
    # from you by Friday") and a veiled threat ("I'd hate for you to miss out").
    r"|\b(?:i'll|ill|i will) (?:swing|stop|drop|pop) by (?:around|at|about) \d"
    r"|\basked (?:your|the) (?:assistant|pa|secretary|office manager|coordinator) to (?:set up"
    r"|schedule|book|arrange|put)\b"
    r"|\bwhen i join (?:you|the team|your team)\b|\bwhich (?:laptop|desk|locker|uniform|badge"
    r"|parking space)\b[^.!?]{0,30}\b(?:i'll|i will|i'm|i am) (?:be )?(?:getting|get|given|using)"
    r"|\bper my (?:last |previous |earlier )?(?:e-?mail|message|note|voicemail)\b"
    r"|\b(?:the )?(?:update|answer|decision|call) you promised\b"
    r"|\bwould have appreciated\b|\bi trust (?:i|we) (?:will|shall) hear (?:from you )?by\b"
    r"|\b(?:hate|don't want) (?:for )?you to miss out\b|\bsnap me up\b"
    # "Surely the panel has decided by now?", "I'd have appreciated at least a short reply",
    # "nobody has bothered to reply", "Ahead of the offer, could you send ...", "what date you
    # would like me to resume", "have you sent the offer yet?".
    r"|\bsurely (?:you|the \w+|they) (?:have|has|must have) (?:decided|chosen|made)\b"
    r"|\bi'd have appreciated\b"
    r"|\bnobody (?:has )?(?:bothered|had the courtesy|cared)\b"
    r"|\bahead of (?:the|my) offer\b|\bwhat date (?:you would|you'd) like me to (?:resume|start"
    r"|join|report)\b|\b(?:have you|did you) sen[dt] (?:me )?(?:the|my) (?:offer|contract)\b"
    # Presuming the hire, in other words: "I'll report to the site at 0700 Monday", "I have
    # handed in my notice", "send over the offer and I'll sign the same day", "please send the
    # engagement letter and onboarding pack", "let reception know to expect me".
    r"|\b(?:i'll|ill|i will|i shall) report (?:to|for|at)\b(?! (?:you|back)\b)"
    r"|\b(?:handed|put) in my notice\b"
    r"|\bsend (?:me |over |me over )?(?:the |my |your )?(?:offer|engagement letter|onboarding"
    r" (?:pack|packet|documents|forms)|new starter (?:pack|forms))\b(?! (?:if|when|once|should))"
    r"|\b(?:i'll|ill|i will) sign (?:it |the (?:offer|contract) )?(?:the same day|today"
    r"|immediately|right away|on the spot)\b"
    r"|\blet (?:reception|security|the front desk) know to expect me\b"
    r"|\bblocked out\b[^.!?]{0,40}\bto (?:come|drop|stop|pop|swing) (?:by|in|over)\b"
    # An ultimatum, a demand forthwith, reproach for the silence: "Offer me by Friday or I'm off
    # the market", "inform me of the outcome forthwith", "not sure why it's so hard to get a
    # reply".
    r"|\bor (?:i'm|im|i am|i'll be|ill be) off the market\b|\bforthwith\b"
    r"|\bcan'?t wait to start (?:on )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow"
    r"|next week)\b"
    # Reproach, condescension and the terms of a hire presumed: "nobody has had the courtesy
    # to reply", "doesn't say much about how Nexus treats people", "isnt fair on me", "your
    # deadline has come and gone", "not accustomed to being left waiting", "I shall require",
    # "I shall expect the board's proposal", "my lawyers will review it", "our first sprint
    # together", "to pick up the uniform and scanner", "put 45 minutes in your calendar",
    # "if I do not have an answer by Friday I will withdraw".
    r"|\b(?:nobody|no one|no-one)\b[^.!?]{0,20}\bthe courtesy\b|\bdoesn'?t say much about\b"
    r"|\b(?:isn'?t|is not|not) fair (?:on|to) me\b|\b(?:come|been) and gone without\b"
    r"|\bnot accustomed to\b|\bi (?:shall|will) (?:require|expect (?:the|your|a|an))\b"
    r"|\bmy (?:lawyers|attorneys|solicitors) will\b"
    r"|\bour first (?:sprint|shift|day|week|project|meeting|standup|stand-up) together\b"
    r"|\bto (?:collect|pick up|grab) (?:my |the )?(?:uniform|badge|keys|scanner|laptop"
    r"|access card|van)\b"
    r"|\b(?:put|added|placed|booked|blocked) (?:\d+ minutes|an hour|half an hour|some time|time)"
    r" (?:in|into|on) your (?:calendar|diary)\b"
    r"|\bif i (?:do not|don't) (?:have|get|receive) (?:an? |your )?(?:answer|decision|reply"
    r"|response) by\b"
    # Reproach for a date they gave and missed (the date recalled alone is no reproach: "you
    # said I'd hear by Friday"): "u said u would call thursday and u never did", "a yes or no
    # takes thirty seconds", "No call, no email", "I've turned down two other trials waiting
    # on you, which honestly isn't great".
    r"|\b(?:and|but|n) (?:u|you|she|he|they) never did\b(?! get)"
    r"|\btakes (?:thirty|30|ten|10|two|2|five|5) (?:seconds|minutes)\b"
    r"|\bno (?:call|reply|answer),? no (?:e-?mail|text|message|call)\b"
    r"|\bwhich (?:honestly |frankly |really )?(?:isn'?t|is not) (?:great|good|fair|ok|okay|on)\b"
    r"|\bturned down\b[^.!?]{0,40}\bwaiting (?:on|for) (?:u|you)\b"
    # Notice given as if hired, in non-native English or Spanish: "I already tell my boss at
    # GreenScape that I'm leaving, so ¿qué día empiezo?"
    r"|\bi (?:have |had )?already (?:tell|told|inform|informed) my (?:boss|manager|employer"
    r"|supervisor|company)\b"
    # ... and the move booked, the first day asked after: "I buy the flight to Bergen for 4
    # May. Please tell me the address where I must go the first day".
    r"|\b(?:bought|buy|booked) (?:the|my) (?:flights?|tickets?) to\b"
    # The first shift planned, a place claimed, a call or meetings set up unasked: "I'll bring
    # my certificate on my first morning on Monday", "what time you want me in for my first
    # night shift", "let me know which chair is mine", "I've pencilled in a call with you for
    # Thursday at 11", "I've asked my PA to liaise with yours to set up introductions".
    r"|\b(?:i'll|i will)\b[^.!?]{0,60}\bmy first (?:morning|night|shift|day|week)\b"
    r"|\bwant me in for my first\b|\bwhich (?:chair|desk|locker|van|truck|station|bay) is mine\b"
    r"|\b(?:i've|i have) pencilled in\b"
    r"|\b(?:asked|told) my (?:pa|assistant|secretary|ea) to (?:liaise|set up|arrange|book)\b"
    # "I will be waiting for the offer letter"
    r"|\b(?:i will be|i'll be|i am|i'm|will be) (?:waiting|looking out) for (?:the|my|your)"
    r" offer\b"
    r"|\bwhere i (?:must|should|need to|have to) (?:go|come|report)\b"
    # ... sarcasm at their word: "I'd assumed ten days meant ten days, but clearly I was being
    # naive".
    r"|\b(?:clearly|obviously|evidently) i was (?:being )?(?:naive|mistaken|too optimistic)\b"
    r"|\bqu[eé] d[ií]a (?:empiezo|comienzo)\b"
    # Found with SF. A hire presumed in its logistics: "when I start", "the rota for my first
    # block", "days or nights to start", "staff parking", "my uniform size", "when you need me
    # in for induction", "what time I should be in on Monday", "my toolbox packed", "buy my own
    # tunics", "I've handed my notice in".
    r"|\bwhen i start\b|\bmy first (?:block|rota)\b|\b(?:days or nights|nights or"
    r" days) to start\b|\bstaff parking\b|\buniform size\b|\bneed me in for (?:induction"
    r"|training|my first)\b|\bwhat time (?:should i|i should|do you want me to|i need to)"
    r" (?:be in|come in|start|arrive)\b|\b(?:toolbox|tools|kit) (?:is |are )?(?:all )?packed\b"
    r"|\b(?:buy|bring|get|wear) my own (?:tunics|uniform|scrubs)\b|\bhanded my notice in\b"
    # ... threats of word getting round or of going over their head: "I'd hate for word to get
    # round", "people talk", "would be a shame if it got round", "I'll be emailing your
    # regional manager", "I've copied in Tanya Ward".
    r"|\b(?:word|it) (?:to )?(?:get|gets|got|getting) (?:a)?round\b"
    r"|\bpeople talk\b(?! (?:about|openly|to|with|freely))"
    r"|\b(?:emailing|e-mailing|calling|ringing|writing to|contacting) your (?:regional |area"
    r" |general |line )?(?:manager|boss|director|head office|hr director|ceo|owner)\b"
    r"|\b(?:i've|i have) (?:copied|cc'?d|looped) in\b"
    # ... reproach polite on the surface: "a little disappointing not to have heard", "I'd
    # gently point out", "the week of 21 April has now passed without any contact", "placed in
    # some difficulty by the silence", "im not chasing again", "just tell me yes or no today".
    r"|\ba (?:little|bit|touch) disappointing\b|\bi(?:'d| would) (?:gently |just )?point out\b"
    r"|\bpassed without (?:any )?(?:contact|word|reply|response|news)\b"
    r"|\bby (?:the|your) silence\b|\bnot chasing (?:again|any ?more)\b"
    r"|\btell me yes or no (?:today|now)\b"
    # ... an ultimatum: "If I have not heard by then I will assume my application has been
    # unsuccessful".
    r"|\bif i (?:have not|haven't) heard (?:back |anything )?(?:from you )?by\b"
    r"|\bso hard to get (?:a |an )?(?:reply|response|answer|call back)\b"
    # Reproach of wasted time: "it felt like a waste of both our times", "let's not waste
    # each other's time" (not "I don't want to waste your time", a courtesy; nor "it wasn't a
    # waste of my time", "so we don't waste each other's time").
    # (Each look-behind after the words: one first would be tried at every character.)
    r"|\bwaste of(?<!n't a waste of)(?<!not a waste of)(?<!never a waste of)"
    r" (?:both )?(?:our|my) times?\b"
    r"|\blet'?s not waste (?:each other'?s|our) time\b"
    # The hire presumed: "skip the reference checks and move straight to the offer" (not "I
    # understand you can't skip the background check").
    r"|\b(?:skip(?<!can't skip)(?<!cannot skip)(?<!not skip)(?<!never skip)|bypass|forgo)"
    r" the (?:reference"
    r"|background) checks?\b|\bstraight to the offer\b"
    # ... in the paperwork sent or asked for: "please post the contract to my home address",
    # "attached my P45 and bank details for payroll".
    r"|\b(?:post|send|mail|email) (?:me )?the contract to (?:me|my)\b"
    r"|\bmy p45\b[^.!?]{0,60}\b(?:payroll|first (?:day|shift|saturday|week))\b"
    r"|\bbank details for payroll\b"
)
_PUSHY = by_first_letters(quick_start(_PUSHY_WORDS))
# Turning up with one's tools as if hired: "ill be there monday 7am with my tools", "I'll bring
# my tools in Monday morning" (not to the trial or test they asked for).
_TURNING_UP = re.compile(
    r"\b(?:i'll|ill|i will) (?:be there\b[^.!?]{0,30}\bwith|bring) my (?:tools|kit|gear|boots"
    r"|knives|id|bank (?:details|stuff|info)|p45|passport)\b"
    # ... or asking when to come: "what time u want me there monday" (not to a round they
    # invited them to).
    r"|\bwhat time (?:do )?(?:you|u) want me (?:there|in|to (?:start|come in|show up))\b"
)
_A_TRIAL = re.compile(
    r"\b(?:trial|interview|assessment|test|demo|tryout|stage|audition|round|invite|invitation)\b"
)
_REASONED = re.compile(
    # ("offered a post with another authority and have been asked to respond by 20 June")
    r"\b(?:them|they|their|another (?:company|offer|firm|authority|employer|organi[sz]ation"
    r"|council|school|trust|agency|bank|hospital)|other (?:offer|company)|competing|been asked to"
    # Someone else's deadline: "My current firm has asked me to confirm by 30 October".
    r"|my (?:current |present )?(?:firm|employer|company|landlord|manager|boss|school|university)"
    r"|my (?:current|present) (?:lease|contract)"
    # The writer's own deadline, said as theirs: "my contract in Dubai ends ... and I must give
    # notice by 31st October", "we must respond by 21st March" (a relocation), "my agency has
    # offered me a new assignment ... I need to confirm with them by".
    # (Not "Please send my contract by Friday": the contract there is the one to be sent.)
    r"|my (?:contract|visa|lease)(?: [a-z]+){0,3} (?:ends|expires|runs out|finishes|is up)"
    r"|my notice period|my agency has (?:offered|asked|given)"
    r"|(?:i|we) (?:must|have to|need to) (?:respond|reply|answer|give (?:my )?notice|confirm"
    r"|decide|let (?:them|him|her) know)|relocation)\b"
)
_TELLING_YOU = re.compile(
    r"\b(?:tell|let|inform|assure|update) you\b|\b(?:in (?:all )?fairness|to be fair) to you\b"
)
# Their own date recalled: "Since the final list was expected by 20th February, I would be
# grateful if you could kindly let me know the status".
_THEIR_DATE_RECALLED = re.compile(
    r"\b(?:was|were|had been) (?:expected|due|supposed|meant|scheduled|planned|promised)\b"
    r"|\byou (?:said|mentioned|told me|indicated)\b"
)
_ULTIMATUM = re.compile(r"\bor (?:else|i)\b|\bwithdraw\b|\bexpect\b|\binsist\b|\bdemand\b")
# Agreed before: "I'll ring you on Monday at 10, as you asked" schedules nothing new.
_AS_AGREED = re.compile(
    # (Not "as you said, you need someone quickly, so I'll plan on starting Monday".)
    r"\b(?:as|like) (?:you (?:asked|requested|suggested)|agreed|arranged|requested)\b"
    r"|\bper your request\b"
)


def without_sympathy(sentence: str) -> str:
    """The sentence without its sympathy ("sorry to hear about the flood"): no apology."""
    return _SYMPATHY.sub(" ", sentence.lower())


def find_apologetic(email: Email) -> str | None:
    for sentence in email.sentences:
        norm = without_sympathy(sentence.norm)
        if _APOLOGETIC.search(norm):
            return sentence.text
    # A message of one line with no comma after the name: "hey marcus sorry to keep messaging
    # lol" is read as its greeting.
    if email.greeting and _APOLOGETIC.search(without_sympathy(normalise(email.greeting))):
        return email.greeting_line or email.greeting
    return None


# A question asked of a yes, not the yes presumed: "when do i start orientation if so", "what
# would the start date be if I'm selected?".
_IF_CHOSEN = re.compile(
    r"\bshould i be (?:offered|selected|successful|chosen|fortunate|lucky)\b"
    r"|\bif (?:so|yes|i get (?:it|the job|the role|the position)|selected|successful|chosen"
    r"|(?:i'm|im|i am) (?:selected|successful|chosen|hired|picked)|hired|offered)\b"
)
_A_START = re.compile(r"start|orientation|paperwork|first (?:day|shift)|uniform|badge|report|rota")
# The reader's wish, not the writer's demand: "if you want a second look", "whenever you'd
# like".
_THEIR_WISH = re.compile(r"\b(?:if|whenever|when|should) (?:you|u)(?: (?:still|ever))? $")


# A demand with "ok?" on the end is still a demand: "i need to know by tmrw at noon ok?".
_A_TAG_ON_A_DEMAND = re.compile(
    r"\b(?:noon|midday|am|pm|\d|[a-z]+day|tomorrow|tmrw|tonight|eod|cob|latest)[ ,]+(?:ok|okay|k"
    r"|alright|yeah|understood)\s*\?+\s*$"
)


def find_pushy(email: Email) -> str | None:
    a_trial: bool | None = None  # whether the body names a trial: read once, when first asked
    for sentence in email.sentences:
        norm = sentence.norm
        if _AS_AGREED.search(norm) and not _ULTIMATUM.search(norm):
            continue  # "I'll ring you on Monday at 10, as you asked"
        pushy = _PUSHY.search(norm)
        if (
            pushy
            and _IF_CHOSEN.search(norm)
            and _A_START.search(pushy.group())
            and not _ULTIMATUM.search(norm)
        ):
            continue  # "when do i start orientation if so": asked of a yes, not presumed
        if pushy:
            return sentence.text
        if _TURNING_UP.search(norm):
            if a_trial is None:
                a_trial = _A_TRIAL.search(email.body.lower()) is not None
            if not a_trial:
                return sentence.text
        deadline = re.search(_DEADLINE, norm)
        demand = re.search(_DEMAND, norm)
        if demand and _THEIR_WISH.search(norm, 0, demand.start()):
            demand = None  # "free any day this week if you want a second look": their wish
        if deadline and demand:
            # "They asked for an answer by the 14th" is a reason, not a demand on the reader.
            clause = norm[: deadline.start()]
            clause = clause[max(clause.rfind(":"), clause.rfind(";")) + 1 :]
            # (Telling them is no demand on them: "I should tell you that I have an offer from
            # another organisation, and they have asked me to respond by 18 April".)
            clause = _TELLING_YOU.sub(" ", clause)
            if (
                _REASONED.search(norm)
                and not re.search(r"\b(?:you|your)\b", clause)
                # (A reason beside an ultimatum: "or I'll tell my agency to withdraw me".)
                and not _ULTIMATUM.search(norm)
            ):
                continue
            if _THEIR_DATE_RECALLED.search(clause) and not _ULTIMATUM.search(norm):
                continue
            if norm.rstrip().endswith("?") and not _A_TAG_ON_A_DEMAND.search(norm):
                continue
            return sentence.text
    return None
