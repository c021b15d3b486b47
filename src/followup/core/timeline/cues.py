"""Cue words: is a date a promise to respond, or some other date (an interview, a start date)?

A date is judged by the nearest cue before it in its sentence (or, with none before, the first
one after it): "we interviewed on Monday and will decide by Friday" keeps Friday (nearest cue
"decide") and drops Monday (nearest cue "interviewed").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from followup.core import wrapping
from followup.core.timeline import prefilter, tables
from followup.core.timeline.fragments import AT_A_TIME, MONTH, UNIT
from followup.core.timeline.spans import keep_longest
from followup.core.timeline.vocabulary import MONTH_INDEX, WEEKDAY_INDEX

# A quarter, half or month a team hires for ("hiring for Q4", "headcount for January").
_A_SEASON_HIRED_FOR = rf"(?:q ?[1-4]|h[12]|{MONTH})(?![a-z0-9])"
_COMMITMENT = (
    # "We will send the return in up to 5 business days" (Brazilian English: "o retorno").
    # (Not "a return label", "the return form": the return itself, then when or what about.)
    r"(?:send|give) (?:you )?(?:the|a|our|your) return(?=[.,;!?]| (?:in|within|by|about|until"
    r"|till|on|after|before|soon|next|this)(?![a-z]))|"
    # "so the final decision is moved to the end of March": the answer's own day moved, which
    # outlasts the distractor "moved" inside it (a meeting moved is no answer).
    r"(?:decision|outcome|results?|answer|feedback)(?: date)? (?:(?:has|have) been |is |are "
    r"|was |were |got |gets |been |will be )?(?:moved|pushed(?: back)?|postponed|delayed"
    r"|put back) (?:to|until|till)|"
    # Before "finalise" alone, which would leave "appointment" to read as a distractor.
    r"finali[sz](?:e|ing) (?:the|an|our) appointments?(?! (?:with|at) )|"
    r"(?:will|would|should|to|promised to|going to) (?:let (?:me|us) know|get back to "
    r"(?:me|us)|come back to (?:me|us)|revert to (?:me|us)|reply to (?:me|us))|"
    r"wrap(?:ping)? up (?:the )?interviews|interviews (?:wrap|finish|end|conclude|close)|"
    r"finish(?:ing)? (?:the )?interviews|complete (?:the )?interviews|"
    # Only the "please" itself: "allow us 10 days" is the duration's own lead.
    r"(?:please|pls|kindly)(?= (?:allow|expect|note|bear with|be patient|give us|wait \d))|"
    r"(?:please |pls |kindly )?wait for (?:our|my|the|a) (?:text|call|e-?mail|message|reply|"
    r"response|update|answer|feedback)|"
    # "all candidates will receive a letter within a week of the Board meeting"
    r"(?:candidates|applicants|you|everyone|all) (?:will|shall|should) (?:receive|get|be sent"
    r"|hear)|"
    # ("shortlisted people will hear within a week of that meeting")
    r"(?:people|ones|those|participants) (?:will|shall|should) hear|"
    # "we will be contacting the successful applicant within seven (7) working days"
    # (The subject with "'ll": the whole alternation starts at a word's start.)
    r"(?:(?:we|i|they|she|he|hr|you|who)'ll|will|shall) be (?:contacting|reaching out|getting"
    r" (?:back|in touch)"
    r"|in (?:touch|contact)|notifying|informing|calling|phoning|emailing|e-mailing|letting"
    r"|making (?:a|the|our) (?:final )?(?:decision|call|offer)|sending (?:out )?(?:the |our "
    r"|an? )?(?:offers?|results?|decisions?|outcomes?|feedback))|"
    r"(?:will|would|should|shall) be (?:sent|e-?mailed|shared|communicated|released|announced|"
    r"published|posted|informed|notified|confirmed|contacted|called|advised|intimated|"
    # ... and as non-native writers put it: "the result will be release within 5 days"
    r"release|announce|communicate|inform|notify|share)|"
    # "you'll have my answer by Tuesday": the employer's answer, not the candidate's.
    r"you(?:'ll| will| should) (?:have|get|receive) (?:my|our|an?|the) (?:answer|decision"
    r"|feedback|response|reply|results?|outcome)|"
    # What the candidate noted of it: "HC meets Thursday and I'll hear by Friday".
    r"(?:i|we)(?:'ll| will| should|'d| would) hear|"
    r"give you a (?:shout|call|ring|buzz|bell|tinkle)|"
    # "he'll give us a yes or no Monday week", "will let me have her view by Friday"
    r"give (?:you|us|me|u) (?:a |an |the |their |her |his )?(?:yes or no|yes/no|decision|answer"
    r"|verdict)|let (?:me|us|you) have (?:her|his|their|our|my|the|a) (?:view|views|decision"
    r"|answer|thoughts|feedback|verdict)|"
    # "HR will give final confirmation after Diwali"
    r"(?:(?:will|'ll|shall) give (?:you )?|give you )(?:the |a |your )?(?:final )?confirmation|"
    # "We need another fortnight, I'm sorry": the promised date, moved on by so long.
    r"(?<!if )(?:we|they)(?:'ll| will)?(?= need (?:just )?another (?:day|week|fortnight|month))|"
    # "it may slip to the Tuesday after Easter": the promised date, moved.
    r"(?:slip|slips|slide|slides|drift|be pushed|get pushed|push (?:it|that|this))(?: back| out)?"
    r" (?:to|into|until|till)(?![a-z])|"
    # "the decision has been pushed. We're now looking at end of June": the moved date.
    # (Not "we're now looking at 1 June for the start date".)
    # (The cue stops before "for": "aiming for Tuesday" is read with its "for", as its lead.)
    r"(?:we're|we are|they're|they are|it's|it is|i'm) now (?:looking at|aiming(?= for )|targeting"
    r"|expecting)(?![a-z])(?![^.\n]{0,30}\bstart)|"
    # "With the bank holiday on Monday I'd now say by Wednesday": a revised estimate.
    r"(?:i'd|we'd|i would|we would) now say|"
    # "the confirmation call will come within 1 week": the answer arriving, as the subject.
    r"(?:call|confirmation|answer|results?|decision|feedback|news|letter|mail|update)"
    r" (?:will|would|should|shall) (?:come|arrive)|"
    r"close this(?: out)?|close it out|"
    # "If you haven't heard from us by the 20th, please give me a chase": a promise, implied.
    r"if you (?:haven't|have not|don't|do not|havent|dont) (?:heard|hear) (?:from us|back"
    r"|anything)|"
    r"(?:(?:we|i|they|she|he|hr)(?:'ll|'d)|will|would) (?:phone|telephone|call|ring|text|email"
    r"|e-mail)"
    # (Not the logistics: "will text you on Monday with the Zoom link".)
    r" (?:to )?(?:me|us|you|u|everyone|everybody|all candidates|each candidate|all of you"
    r"|the (?:finalists|shortlisted candidates))"
    r"(?!(?: [a-z]+){0,3} with (?:the|a|your) (?:[a-z]+ )?(?:link|details"
    r"|invite|address|directions))|"
    # "ill hit you up monday or tuesday next week", as a kitchen texts it (an "ill" without its
    # apostrophe, only before these words).
    r"(?:(?:we|i|they|she|he)(?:'ll|'d)|ill|will|would|gonna) hit (?:you|u) up|"
    # "we'll call Wed or Thu", "we'll phone by Monday": the call is the answer.
    rf"(?:(?:we|i|they|she|he)'ll|will|shall) (?:phone|call|ring|text|email|e-mail){AT_A_TIME}|"
    r"get a (?:call|phone call|ring|text|email|decision|yes or no)|"
    r"contact (?:all|every|each|the|successful|shortlisted) (?:[a-z]+ )?(?:candidates?|applicants?"
    r"|interviewees?)|"
    # A hire, not a meeting, before the distractor "appointment" can claim it: "confirm the CEO
    # appointment by the end of H1", "have the appointment finalised by the end of Q3".
    r"confirm (?:the |your |an? )?(?:[a-z]+ )?(?:appointment|contract|offer)(?! details)|"
    # The letter that is the answer: "appointment letters will be issued by the end of next
    # month", "HR sends the appointment letter within 10 days of the meeting".
    r"appointment letters?(?! (?:on|for|to) (?:your|the) first)|"
    r"appointment (?:will be |to be |being |is |be )?(?:finali[sz]ed|confirmed|made|decided"
    r"|announced)|"
    r"feed ?back to you|(?:(?:he|she|they|we|i)'ll|will|would|shall|to) feed ?back|"
    # The answer's own verbs, nearer the date than the event it is about: "the outcome of the
    # group discussion round will be declared by the 9th", "everyone who applied will receive a
    # call within 48 hours".
    r"(?:will|shall|should) be (?:declared|published|announced)|"
    # "the result will send after Tết" (as a non-native writer notes it), before the distractor
    # "send" can claim it.
    r"(?:results?|outcome|decision|feedback|answer|offer(?: letter)?) (?:will|shall|should)"
    r" (?:be )?(?:sent|send|shared|released|given|communicated)|"
    r"(?<!(?<![a-z])i )(?:will|shall) (?:receive|get) (?:a|an|our|the|your) (?:call|phone call"
    r"|e-?mail|letter"
    r"|decision|answer|response|reply|update|outcome|result|results|feedback)|"
    # Before the distractor "release" (of software) can claim it.
    r"release (?:the |our |a )?(?:final |shortlist )?(?:list|results?|decision|outcome|offers?"
    r"|offer letters?|shortlist)|"
    # The list of those chosen, sent: "They will send the final selected list end of this
    # week" (before the distractor "send" can claim it; not the candidate's "please send the
    # final list of referees", nor "I'll send").
    r"(?<!please )(?<!kindly )(?<!pls )(?<!you )(?<!\bi )(?<!\bi'll )(?<!\bi will )"
    r"(?:send|share|publish|post|announce) (?:out )?(?:the |our )?(?:(?:final|selected|selection"
    r"|shortlisted|merit) ){1,2}list(?! of (?!selected|successful|shortlisted))|"
    # ... and the answer's own sending, said as a noun: "offer release is targeted by month
    # end", "the list drawn up, and results sent, by the end of Q3" (not "please have your
    # assessment results sent by Friday": the candidate's).
    r"(?:offers?|offer letters?) (?:release|rollout|roll-out)|"
    r"(?:(?<=and )|(?<=, ))(?:the )?results? (?:sent|released|issued)|"
    r"close (?:the|this) (?:process|recruitment|selection|hiring)|"
    # An ATS's status mail: "Hiring teams typically complete their review within 2-3 weeks",
    # "hiring managers usually review applications within 5 working days".
    r"(?:complete|finish|conclude) (?:their|the|its|our) review|"
    # "We expect to complete our evaluations and contact all finalists within five business
    # days" (their own work, not "please complete the assessment": the candidate's).
    r"(?:complete|finish|conclude|finali[sz]e) (?:their|its|our) (?:evaluations?|assessments?"
    r"|deliberations?|selection)|"
    r"review (?:all )?(?:applications|your application|shortlisted applications)(?= (?:within"
    r"|in|by))|"
    # (Not "I'll have a think": no answer in it.)
    r"(?:we|i|they|she|he)'ll have(?! a (?:think|look|chat|read|go|word|coffee)|"
    r" (?:your|the) (?:contract|offer|paperwork))|"
    # The recruiter's follow-up with news: "I'll follow up within 3 days with next steps".
    r"(?:i|we)(?:'ll| will) follow up(?=(?: [a-z0-9]+){0,5} with (?:the |our |an? |your )?"
    r"(?:next steps|update|outcome|feedback|decision|news|result|answer))|"
    # (Before the distractor "panel" can claim it: "you can expect to hear from the panel
    # within 3 working days".)
    r"hear (?:back )?from (?:the |our )?(?:panel|committee|board|interviewers?|hiring (?:team"
    r"|manager|panel))|"
    r"decide|decides|decided|deciding|decision|decisions|hear back|hear from|hearing from|"
    r"you(?:'ll| will| should| would|'d) hear|(?:one|1) way or (?:the other|another)|either way|"
    r"(?:we|they|i) (?:expect|hope|aim|plan|intend) to (?:complete|finish|conclude|finali[sz]e|"
    r"close|wrap up) (?:it|this|the (?:process|search|selection|recruitment|hiring))|"
    # The answer coming to the candidate, as they retell it: "I'll get the mail by Friday".
    r"(?:i|you)(?:'ll| will|'d| would|'re going to| are going to| am going to| should)"
    r" (?:get|receive) (?:the|an?|my|your|our) (?:mail|e-?mail|offer(?: letter)?|letter"
    r"|results?|answer|decision|update|feedback|news)|"
    # The company sending the answer itself ("we will send you the contract within 5 days").
    r"(?:send|email|e-mail|post|issue|get) (?:you|it to you|over to you)(?: (?:the|your|an?|our))?"
    r" (?:contract|offer(?: letter)?|decision|outcome|results?|answer|feedback|paperwork)|"
    # "We'll have your contract out to you in a couple of days."
    r"(?:(?:we|i|they|she|he)'ll )?(?:have|get|send) (?:your|the) (?:contract|offer(?: letter)?"
    r"|paperwork)(?: out)? (?:to|over to|across to) you|"
    r"hear something|hear anything|hear more|heard back|get back|getting back|come back|"
    # ("I won't have anything formal for you until after the long weekend")
    r"have (?:something|anything)(?: formal| definite| concrete| firm| official)? for you|"
    r"back to you|back to (?:everyone|all candidates|all applicants|candidates|u)|"
    r"be back in touch|in touch|touch base|circle back|let you know|let u know|"
    r"let all candidates know|let everyone know|let candidates know|keep you posted|update you|"
    r"update|updates|feedback|next steps?|answer|outcomes?|results?|respond|responds|response"
    r"|reply|replies|"
    r"revert|confirm|finali[sz]e|finali[sz]ing|wrap up|wrapping up|wrap things up|wrap|"
    r"close (?:the|this|out) (?:search|role|position)|close this out|close the loop|"
    # ("we'll be making the appointment by the end of term": the hire, not a meeting)
    r"(?:make|making) (?:an |a |the |our )?(?:final )?(?:offer|calls?|hire|decision|choice"
    r"|selection)|(?:make|making) the (?:final )?appointment|"
    r"extend (?:an )?offer|"
    # The decision, as "call": "Final call from their side a week from Monday" (not "final call
    # with the CEO on Monday", a meeting).
    r"final call(?= (?:from (?:their|our|the|his|her) (?:side|end)|expected|due|by|within"
    r"|should|will|is expected)(?![a-z]))|"
    # (Not "our seasonal hiring event on Tuesday": an event, not the answer.)
    # (Nor "the hiring team" someone will flag it with today: the people, not the answer.)
    r"offer|offers|appoint|hire|hiring(?! (?:event|fair|day|open house|team|manager|managers"
    r"|panel|committee|lead|partner)(?![a-z])|"
    # (Nor the season a team hires for: "still hiring for Q4", a distractor.)
    rf" for {_A_SEASON_HIRED_FOR})|fill|filled|know|news"
    r"|call you|ring you|email you|"
    # "within two weeks they'll tell me if I'm through", "he'll message me Thursday"
    r"(?:(?:we|i|they|she|he|hr)'ll|will|shall|(?:is|are) going to|gonna) (?:tell|update|message"
    r"|msg|whatsapp|dm|get back to|revert to) (?:you|me|u|us)(?![a-z])|"
    # A call promised in the present, as non-native writers note it: "she say they call me
    # monday or tuesday next week".
    r"(?:they|she|he|hr) (?:call|calls|text|texts|ring|rings|phone|phones|inform|informs"
    r"|whatsapp|whatsapps|email|emails)"
    r" (?:me|u)(?= (?:on |by |before |in |within |next |this |after )?(?:mon|tue|wed|thu|fri"
    r"|sat|sun|next|this|tomorrow|in |within|end|the|after|before|by|[0-9]))|"
    # ... and the writer's own in the present: "I talk to the owner Thursday and text you
    # Friday, ok?"
    r"(?<![a-z])(?:i|we|and) (?:text|call|ring|phone|message|msg|whatsapp|email|dm) (?:you|u)"
    r"(?= (?:on |by |before |in |within |next |this |after )?(?:mon|tue|wed|thu|fri"
    r"|sat|sun|next|this|tomorrow|in |within|end|the|after|before|by|[0-9]))|"
    # ("dem go contact me in a couple of weeks": told as theirs, not "please contact me by
    # Friday", asked of the reader)
    r"write to|reach out|contact you|"
    # (Not the writer's doubt: "Not sure if they will contact me by Friday")
    r"(?<!if they )(?<!if she )(?<!if he )(?<!if hr )(?<!whether they )(?<!if they)"
    r"(?:(?<=[a-z] )will|'ll|(?<=[a-z] )would|'d) contact (?:me|us)(?![a-z])|"
    r"notify|notified|inform|expect|expects|expected|expecting|"
    # ("The panel will advise all applicants of the outcome", not "please advise your
    # availability")
    r"advise (?:you|u|all (?:applicants|candidates)|applicants|candidates|everyone)|"
    r"timeline|"
    r"recommendation|recommend|verdict|"
    # ("the board would ratify the appointment within a month": the decision, not a booking)
    r"ratif(?:y|ies|ied|ication)(?: of)? (?:the|my|your|his|her|their) (?:appointment|hire"
    r"|offer|decision)|"
    r"timeframe|time frame|turnaround|eta|target|targets|targeting|aim|aims|aiming|plan|planning|"
    r"hope|"
    r"hoping|hopefully|should have|will have|sort|sorted|give you a bell|bell|ring|regroup|"
    # ("told her I'm away Dec 19 - Jan 2, she said no problem": a reply, not a promise)
    r"reconnect|revisit|pick this up|shortlist|promised|"
    r"said(?! (?:no problem|no worries|that's fine|that is fine|it's fine|fine|ok|okay|that works"
    r"|sure))|says|told|mentioned|allow|"
    r"bear with|patience|share|sharing|communicate|communicated|rollout|selection|shortlisting|"
    r"(?:get|give) you an? (?:answer|decision)|deliberat\w*|debrief|at the latest|"
    r"at the very latest|latest|worst case|sign[- ]?off|approv\w*"
)
_WITH_NEWS = (
    r"(?!(?: [a-z0-9]+){0,5} with (?:the |our |an? |your )?(?:next steps|update|outcome|"
    r"feedback|decision|news|result|answer))"
)
_DISTRACTOR = (
    # First, as alternatives are tried in order: "notice period (3 months, ends 30.06.)" is one
    # distractor, not the word "notice" and a free date.
    r"(?:notice(?: period)?|contract|probation|lease)(?: \([^)]{0,30})?,? (?:ends|ending|runs)"
    r"(?: on| until)?|"
    # ("My other offer needs a decision by the 29th", "The other employer is pushing me for an
    # answer by the 29th")
    r"(?:other|another|competing) (?:job )?offer (?:needs|wants|requires) (?:a |an |my )?"
    r"(?:decision|answer|reply|response)|(?:other|another) (?:company|employer|firm) (?:is |are )?"
    r"(?:pushing|chasing|pressing) (?:me|us) for (?:a |an |my )?(?:decision|answer|reply"
    r"|response)|"
    # Another employer's offer ("other offer from a Querétaro company, deadline Nov 21"), before
    # "other" alone.
    # ("that other offer to answer by Friday": the candidate's answer to it.)
    r"(?:other|another|competing|rival|existing) (?:job )?offers?(?: (?:to|i need to|i have to"
    r"|you need to|you have to) (?:answer|accept|respond to|reply to|decide on))?|expiring"
    r"|expired|"
    # Another employer waiting for the candidate's answer: "Other company want my reply until
    # 5/11", "another mob gave me a verbal and want an answer by the 10th", "Reply to other
    # company offer by 5/15".
    r"(?:other|another|competing) (?:company|firm|employer|place|mob|bank|school|org\w*|job)"
    r"(?: (?!and |but |so |who |where |that )[a-z']+){0,4}? (?:wants?|needs?|asked for|asks for)"
    r"(?: (?:my|an?|the|me to|us to))? (?:reply|answer|response|decision|respond|decide|confirm"
    r"\w*)|(?:(?:reply|respond) to|answer) (?:the |that |this )?(?:other|another) (?:company'?s? )?"
    r"offer|"
    # ... which the candidate must answer: "I need to respond to Zentro offer by 12 May".
    r"(?:i|we) (?:need|have|must|got|'ve got|ve got) to (?:respond|reply|answer|decide|get back)"
    r"(?: to| on)?(?: (?:the|their|that|this|my))?(?: [a-z0-9'-]+){0,2}? offers?|"
    # A closure's span: "our company will have Spring Festival holiday from 5 February to 11
    # February" (before "will have" can claim its dates).
    r"(?:holidays?|break|closure|shutdown|vacation)(?= (?:from|between) )|"
    # Someone to start by a date, a check or a visa that takes weeks, the candidate's chasing.
    r"relocat\w*|to be filled|filled from|refurb\w*|renovat\w*|(?:my )?plan:|to-?do:|"
    # The writer's own wish: "just want it sorted before my contract ends on 12 Feb".
    r"(?:i |just )(?:want|need) (?:it|this|things|everything) (?:sorted|settled|done)|"
    # ("My own deadline: tell current boss by 30 Sep whether I'm renewing")
    r"my (?:own )?deadline|"
    # ... or the candidate's, relayed: "He's flying to Aussie for a wedding 12-16 Dec, wants it
    # sorted before then."
    r"(?:he|she|they)(?:'s| is| are|'re) (?:flying|travell?ing|away|off)(?= (?:to|for|on) )|"
    # "Just so you know the DBS takes 2-3 weeks": no promise in "know".
    r"(?:just )?so (?:you|u) know|"
    # Someone's return said as done: "Client's back in the office today after the long weekend".
    r"(?:[a-z]+'s|[a-z]+'re|is|are|was|were) back in (?:the )?office|"
    # ... or to come: "Head chef's back on the 8th and he does all the hiring".
    r"(?:[a-z]+'s|[a-z]+'re|is|are|will be|'ll be) back(?= on )|"
    # What may slow the answer is no date of it: "4th of July week might slow it".
    r"(?:might|may|could|will|would) slow|slow (?:it|things|us|the process) down|"
    # Busy until a date: "we're slammed with the Hendricks job till the 30th".
    r"(?:slammed|swamped|snowed under|flat out|buried|juggling|busy)(?= )|"
    # A request of the candidate ("please share your passport by Thursday"), before the
    # commitment word "share" can claim the date.
    r"(?:please|pls|kindly) (?:send|share|submit|complete|fill|sign|return|provide|upload|"
    r"forward|email|e-mail|bring|confirm(?: (?:your )?acceptance(?: of (?:the|our|this|your)"
    r" (?:offer|position|role))?)?|ask)|"
    # ... what is needed of them ("The client needs your certified qualifications by Friday"),
    # and a note's action item for them ("Candidate: confirm by Friday whether ..."). (Their
    # acceptance asked for, "kindly confirm acceptance of the offer by 10 March", is the
    # request's, above; "we will confirm acceptance of successful applicants" is a promise.)
    # (What is needed of them by name: not "just needs your patience as we decide by Friday".)
    r"(?:needs?|requires?|wants?) (?:your|all your)(?: [a-z'-]+){0,5}? (?:documents?|docs"
    r"|payslips?|pay slips?|references?|certificates?|qualifications?|passport|id|cv|resume"
    r"|forms?|paperwork|details|availability|signature|signed contract|contract|portfolio"
    r"|transcripts?|bank details|answer|decision|response|acceptance)(?= (?:by|before) )"
    r"|(?<![a-z])(?:candidate|cand)[ \t]*[:-][ \t]*(?:to )?(?:confirm|send|submit|complete"
    r"|sign|return|provide|upload|bring|book|let (?:us|me|them) know)|"
    # The candidate's own errand: "I will pass by the HR office on Monday to ask".
    r"(?<![a-z])i(?:'ll| will| shall) (?:pass by|go to|visit|drop by|drop in|pop in|chase)|"
    # What the candidate told them: "(told them Nov 3 w/ 2 wks notice)" is a start date.
    r"(?:i |we )?told (?:them|him|her|the recruiter|the hiring manager|hr)(?! (?:that )?(?:they|he"
    r"|she)(?:'d|'ll| would| will))|"
    # ... and what the recruiter repeats of it: "your notice period (you mentioned 60 days, the
    # client is ok with 45 days max)".
    r"(?:as )?(?:you|u) (?:mentioned|indicated)|"
    # Something arranged for the candidate, not the answer: "we'll sort you a van by the end of
    # the month".
    # (Not "we'll sort you out with an answer by Friday".)
    r"sort (?:you|u) (?:out )?(?:with )?(?:a|an|the|your|some) (?!answer|decision|offer|outcome"
    r"|update|feedback|result)[a-z]+|"
    # A meeting proposed, not the answer: "would you be open to a quick call next week?"
    # (Not "expect a call Monday": the call is the answer.)
    r"(?<!expect )(?<!get )(?<!receive )(?<!give you )(?:a|an) (?:quick |short |brief |phone "
    r"|video |intro(?:ductory)? |informal )?(?:call|chat"
    r"|catch-up|catch up|coffee)(?= (?:next|this|on|tomorrow|today|monday|tuesday|wednesday"
    r"|thursday|friday))|"
    # The candidate's own task: "Need to give them 3 refs by Wed".
    r"(?:need|have|got|going) to (?:give|send|get|submit|provide|email|e-mail) (?:them|him|her"
    r"|the recruiter|hr|the hiring manager)|"
    # The candidate told to call: "Ring me Friday afternoon about the labouring job".
    r"(?:(?<![^.!?\n])|(?<=[.!?\n] )|(?<=please )|(?<=pls )|(?<=just ))(?:ring|call|phone|text"
    r"|bell|buzz) me(?= (?:on |by |this |next |after |before )?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|tomorrow|today|next|this|after|before))|"
    # ... or told to call them: "Roto guy said call back May 1", "she said to ring her Monday",
    # "told me to check in on the 3rd" (not "said they'd call back", their promise).
    r"(?:said|says|told me|asked me|wants me)(?: to)? (?:call|ring|phone|text|e-?mail|check in"
    r"|follow up)(?: (?:back|him|her|them|in))?(?![a-z'])|"
    # ... or their own deadline for them, or their own chasing: "i'm giving them till the 11th
    # then I'm emailing", "planning to follow up on 8 Nov if nothing".
    # (The writer's, not "They're planning to follow up with all candidates by the 20th".)
    r"(?:i'm|i am|i'll|ill|gonna) giv(?:e|ing) them(?= (?:till|until|to) )|(?:(?<![^\n])[ \t]*[-*]?"
    r"[ \t]*|(?<![a-z])(?:i'm|im|i am|i'll|i will|i) )(?:planning|plan|going|gonna|want) to"
    r" (?:follow up|chase|nudge|email them|ring them|call them)(?![a-z])|"
    # ... or weighed aloud: "follow up today or Monday?", "should I give it until the end of
    # the week?"
    # (Not theirs: "she'd follow up today or tomorrow with the panel's decision".)
    r"(?<![a-z])(?<!'d )(?<!'ll )(?<!will )(?<!would )(?<!to )(?<!they )(?<!she )(?<!he )"
    r"follow up (?:today|tomorrow|now|this week)(?= or (?:on |by |next |this )?"
    r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|next|after)[^.!?\n]{0,30}\?)|(?:should i|do i|shall i"
    r"|i'll|i will|i'm going to|gonna) give (?:it|them|her|him)(?= (?:until|till|til|'til) )|"
    # ... or asked of the readers: "Do I just wait and follow up the week after Thanksgiving?"
    r"(?<![a-z])(?:do|should|can|could|shall) i (?:just )?(?:wait and |wait then )?(?:follow up"
    r"|chase|nudge|check in)(?= (?:on|by|before|after|next|this|in|around|the (?:week|day|end)"
    r"|at the end)(?![a-z]))|"
    # ... and the writer's own guess at a vague promise: '"I'll reach out when I have news"
    # could mean anything from next week to never'.
    r"(?:could|might|can|may) (?:mean|be) anything (?:from|between)(?![a-z])|"
    # ... and another employer's deadline for them: "has given me time till 15 October to
    # accept their offer".
    # (The "until" is the date's lead: "has given me until Friday 30 October".)
    r"(?:given|gave|giving) me(?: time)?(?= (?:until|till) )|"
    r"(?:given|gave|giving) me (?:time |a week |two weeks )|"
    # ... the candidate's answer to another offer: "written offer in, I have to answer them by
    # Friday 30 April"; and no hurry for what is asked of them: "no rush before Tuesday".
    r"(?:i|we) (?:need|have|must|got|'ve got|ve got) to (?:answer|respond to|reply to|get back to)"
    r" (?:them|him|her)(?= (?:by|before|on|until|till) )|"
    r"no (?:rush|hurry)(?= (?:before|until|till|by) )|"
    # Someone's departure: "the person I'd be replacing leaves mid July".
    r"(?<![a-z])(?:leaves|is leaving|'s leaving|retires|is retiring|'s retiring)(?![a-z])|"
    # ("Company X gave me a written offer and until Friday the 17th to accept")
    r"(?:and|with|have|has|had)(?= (?:until|till) [^.!?\n]{0,30}? to (?:accept|decide|respond"
    r"|reply|answer|sign)(?![a-z]))|"
    # A booking window the candidate is given: "book a time within the next 5 days".
    r"(?:book|schedule|pick|choose|select) (?:a|your|an) (?:time|slot|interview|call)"
    r"(?= (?:within|by|before) )|"
    # Someone away or a freeze until a day: "half the team is off until after Thanksgiving",
    # "a hiring freeze until Q2".
    # ("Chef's off till Tuesday": the possessive-looking "'s" after a name's letters)
    r"(?:is|are|'s|'re|[a-z]+'s|[a-z]+'re|will be) (?:off|away|out|on leave|on holiday)"
    r"(?= (?:until|till|through) )|"
    r"(?:hiring )?freeze(?= (?:until|till|through) )|"
    # A date no longer expected: "we no longer expect to confirm outcomes by 30 April".
    r"no longer (?:expect|expecting|able|going|planning|aiming|working|in a position)"
    r"(?:(?! and | but )[a-z' ]){0,40}?(?= (?:by|on|before|until|for) )|"
    # An out-of-office's "I will respond to your message when I return on Tuesday, July 8" (the
    # mail answered, no decision promised), "see you in the new year", "I've chased twice this
    # week".
    r"respond to (?:your|all|any) (?:message|messages|e-?mails?|enquir\w+|quer\w+)(?! with)|"
    r"see you(?= (?:in the new year|after|next|soon|then|on)(?![a-z]))|chased|"
    # The day something was said: "the end-of-this-week decision I mentioned on Monday".
    # (The writer's own: "she said on Friday" may be what she said.)
    r"(?<![a-z])(?:i|we) (?:mentioned|said|told you|promised)(?= on (?:mon"
    r"|tue|wed|thu|fri|sat|sun))|"
    # What the recruiter did, a day gone: "Told Jonas Friday afternoon".
    # (Not "they've told me Thursday at the latest": what they said.)
    # (Nor "HR told candidates Friday 20 March for final decisions": a date to come.)
    r"told (?!me |us |u |candidates |everyone |all |applicants )[a-z]+(?= (?:on )?(?:mon|tue|wed"
    r"|thu|fri|sat|sun)[a-z]*(?: (?:morning|afternoon|evening|night))?(?:[.,;]|$))|"
    # A day to keep free, a hold's end, someone's travel, a lull: "Keep the 3rd Nov free if you
    # can", "is on hold until budgets are approved in April", "Manager's flying back from the
    # mainland Sunday", "nothing moving till monday anyway".
    r"keep(?= (?:the |your )?(?:[a-z0-9]+ ){1,3}(?:free|open|clear)(?![a-z]))|on hold(?= (?:until"
    r"|pending) )|(?:flying|flies|fly|flew) (?:back|home|in|out)|nothing (?:moving|happening"
    r"|much happening|will (?:move|happen))|"
    # What already came: "Offer came next morning!", "the rejection arrived on the 19th".
    r"(?:offer|news|call|e-?mail|answer|rejection|decision|result|outcome)s? (?:came|arrived"
    r"|landed)|"
    # The candidate's talks with their own employer: "Counter-offer discussion ... on Friday".
    r"counter[- ]?offers?|"
    # The candidate asked in for a trial, not the answer coming back: "can you come back Wed 8th
    # for a dinner service?"
    r"(?:can|could|would|will) (?:you|u) (?:come|pop|swing|drop) (?:back|in|by|over|round)|"
    # A past event named by its day: "thanks again for Tuesday", "following up on Friday['s]".
    # (The "for" or "on" stays out: it is the date's lead, and a cue must end before it.)
    # (What was done, first: "Thanks for wrapping up the Superday with us on Friday".)
    r"(?:thanks?|thank you)(?: again| so much| a lot)? for [a-z]+ing(?: up| in| out| through)?|"
    r"thanks?(?: again| so much| a lot)?(?= for )|thank you(?: again| so much)?(?= for )|"
    r"(?<!will )(?<!'ll )following up(?= (?:on|from|after) )|"
    # Dates of a document, of benefits, of company events that are no hiring step.
    r"dated|eligib\w*|enrol\w*|roadmap|slides|all-hands|town hall|offsite|"
    # A start: "the successful candidate is expected to report on 1st July 2026".
    r"(?:expected|required|due|asked) to report|report (?:for duty|to work|for work)|"
    # News for others, not the candidate: "we plan to inform the team on Monday".
    r"(?:inform|tell|brief|update|notify) (?:the|our|all|all of the) (?:wider |whole |entire )?"
    r"(?:team|staff|board|company|employees|workforce|department|managers|business)|"
    # The candidate's own hope: "really hoping it's before Christmas so I can relax" (not the
    # employer's: "we're hoping it's by Friday").
    # ("Tom's hoping it's all signed off by Friday", "we're really hoping it's wrapped up" are
    # theirs: only the writer's own, or a line's or a sentence's opening words.)
    r"(?:(?<![a-z'])(?:i'm|im|i am)(?: really| just| so)? |(?<![^\n])|(?<=[.!?] ))"
    r"(?:really |just )?hoping"
    r" (?:it'?s|it is|it will be|to hear)|(?<![a-z'])i hope it'?s|"
    # Another employer's deadline for the candidate's answer: "they want an answer on their
    # offer by Thursday"; and the writer's own inference: "so at least i'll know before the
    # long wknd".
    r"(?:want|wants|need|needs|expect|expects) (?:an |my |your |our )?(?:answer|decision|response)"
    r" (?:on|to|about) (?:their|the|his|her|its) offer|at least (?:i'll|i will) know|"
    # A social event, not a hiring step: "The team dinner I mentioned is on 3 October".
    r"(?:team|welcome|office|staff|christmas|holiday|company|summer) (?:dinner|lunch|drinks|party"
    r"|social|outing|picnic|barbecue|bbq)(?: (?:i|we) (?:mentioned|told you about))?|"
    # What the candidate is asked for: "the client needs your certified qualifications by
    # Friday 28 Feb", "asked if you can do a technical take-home by Mon 31 May"; and the next
    # round offered: "they'd like you back for a final with the CFO on Tuesday May 26".
    r"needs? (?:your|you to)|(?:if|whether) (?:you|u) (?:can|could) (?:do|complete|finish"
    r"|submit|send|return)|take-?home|(?:like|love|want) (?:you|to see you|to have you) back"
    r" for|invite you (?:back )?(?:to|for)|"
    # Feedback on the interview itself: "the client loved you on Friday".
    r"loved|enjoyed|liked|(?:was|were) impressed|"
    r"(?:i'm|i am|i'll be|i will be|i'm going to be) off|off from|"
    r"(?:we're|we are|they're|they are|everyone's|everyone is|she's|she is|he's|he is)(?: all)?"
    r" off|(?:start|begin|started|begins) planning(?= for)|"
    # A hire taking up the post ("the new CEO would take the seat July 1"), year-end books.
    r"take (?:up )?(?:the |her |his |their )?(?:seat|post|helm|reins|role)|"
    r"(?:first|1st) (?:[a-z]+ )?(?:work|working|teacher|staff|school) day|"
    # A reason, not a date: "due to the holiday and vacations this month".
    r"due to (?:the|our|my|their|a|an|some|staff|holidays?|vacations?)|"
    r"year[- ]end clos\w*|"
    r"(?:need|needs|want|wants) (?:someone|somebody|a person|the person|a new hire)(?: to start"
    r"| in post| on board| in place| in seat| in)?|"
    # An office move, a fiscal year's turn: "moving offices to Kilimani on 1st September".
    r"moving (?:offices?|premises|buildings?|sites?)|(?:office|premises) move|"
    r"fiscal(?: year)? (?:resets|starts|begins|ends|turns)|"
    r"(?:check|checks|clearance|processing|vetting|visa)(?: usually| normally| typically|"
    r" generally)?(?=(?: can| could| may| might| will)? takes?\b)|chase|chasing|"
    # ... and said in a clause after it: "the employment visa process, which typically takes
    # 3-4 weeks".
    r"(?:checks?|clearance|vetting|visa|verification)(?: process)?,? which(?: usually"
    r"| normally| typically| generally)?(?=(?: can| could| may| might| will)? takes?\b)|"
    # Referees contacted, not the candidate answered: "Your referees will be contacted this
    # week".
    r"(?:referees|references|referee|reference checks?) (?:will be|are being|'ll be|to be)"
    r" (?:contacted|called|checked|emailed|e-mailed)|"
    # A break's or a leave's own span: "the mid-year break runs until 24 July".
    r"(?:break|recess|vacation|holidays?|closure|shutdown|leave) (?:runs|lasts|continues)|"
    r"assume duty|assumption of duty|report for duty|resume duty|"
    r"resumption date(?= (?:is|for|will|of|would))|"
    # West African English "resume" for starting work: "Successful candidates are expected to
    # resume on 16 March for induction"; a job that may open ("I'll let you know if anything
    # opens up on my team later this year").
    r"(?:expected|required|due|to) to resume(?= on )|if anything (?:opens|comes) up|"
    # Debrief notes: someone's trip ("Remco chair in London 23-27 March"), a day off named
    # before its date ("holiday tomorrow and on the 20th", "bank holiday Monday"), someone
    # away ("half the firm on holiday until 25 Aug"), another's deadline ("landlord wants an
    # answer by Nov 20"), a past ("my licence came in December"), terms ("remote after 6
    # months"), an achievement ("1.8m users in 9 months"), a break's span ("half term next
    # week").
    r"in (?!(?:the|a|an|next|this|that|time|writing|person|total|advance|case|which|order"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\b)[a-z]+(?= \d{1,2}(?:st|nd|rd|th)?(?: ?[-–] ?\d{1,2}(?:st|nd|rd|th)?)? (?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december)\b)|"
    r"holidays?(?= (?:tomorrow and )?on )|(?:bank|public) holiday(?= (?:this |next |on )?"
    r"(?:monday|tuesday|wednesday|thursday|friday)\b)|on holidays?|wants? (?:an |my |the )?answer|"
    r"(?:came|arrived|received|passed|finished|graduated|qualified)(?= in )|"
    r"skiing|on honeymoon|honeymoon|(?:maternity|paternity|parental|sick) leave|off sick|"
    # The candidate's own exam: "also waiting for my NMC CBT result (exam 2 May)".
    r"waiting (?:for|on) my(?: [a-z]+){0,4}|"
    r"(?:remote|wfh|hybrid)(?= after )|"
    # The season a team hires for: "the team is still hiring for Q4, you will hear in 3 weeks".
    rf"(?:hiring|recruiting|headcount|budget|budgeted|planning|plans?)(?= for"
    rf" {_A_SEASON_HIRED_FOR})|(?:users|customers|clients|downloads|members"
    r"|subscribers|sales|revenue)(?= in \d)|half[- ]?term(?= (?:next|this) week)|"
    # A school's or a contract's calendar: "our term ends on Wednesday 22 July", "the last day
    # of school is June 11"; a pool's life: "a qualified pool may be used ... for up to 12
    # months".
    r"(?:term|semester|school year|school|season) (?:ends|finishes|closes)|last day of (?:school"
    r"|term|the term|the school year|the semester)|(?:may|can|will|could) be used|"
    r"remains? (?:valid|active|open|in force)|"
    # No answer on these dates: "the successful candidate will report on 1st April" (a start;
    # "the committee will report on 10 December" is the decision), "the change takes effect on
    # 1 July", "the process will resume following the shutdown". (A look-ahead where the
    # date's own lead follows: a cue ends before the date.)
    r"(?:candidates?|appointees?|applicants?|hires?|you|employees?|trainees?|recruits?)"
    r"(?: will| shall| must| should| is to| are to)?(?: be)?(?: expected to| required to)?"
    r" report(?= on )|report (?:for work|to work|at work)|takes? effect|taking effect|"
    r"comes? into effect|effective(?= (?:from|on|as of) )|(?:with )?effect(?= from )|"
    # (Of the process: a person resuming work is a return, which out-of-office replies count
    # from; "your resume" is a CV.)
    r"(?:process|recruitment|hiring|selection|interviews?|"
    r"shortlisting)(?: will| would| should| is to| to)? (?:resume|resumes|restart|restarts)|"
    # "a couple more people to see this week": their interviews, not the answer.
    r"(?:people|candidates|applicants|others|folks) to (?:see|interview|meet|talk to)|"
    # "our director is out until after Memorial Day": someone's absence.
    # (Only "until after": "out until 4 December, so we'll have an answer then" dates it.)
    r"(?:is|am|are|be|'s|'m|'re) out(?= (?:until|till) after )|"
    # "half the staff are off for the Easter holidays from 2 April": an absence's start.
    r"(?:is|are|be|'s|'re) (?:off|away)(?= (?:for|over) (?:the )?[a-z]+(?: [a-z]+)? (?:from|on)"
    r" )|"
    r"start|starts|started|starting|start date|begin|begins|beginning on|commence\w*|join|joins|"
    # ("The expected joining date is April 1, 2028": a start, not what is expected of them)
    r"expected (?:joining|start|starting|commencement) date|expected date of joining|"
    r"joined|joining|date of joining|doj|onboard\w*|orientations?|inductions?|first day|interview|"
    # A start as said in Kenya and Nigeria: "the reporting date for the successful candidate is
    # 1st April", "resumption for new hires is Monday 2nd November".
    r"reporting date|date of reporting|resumption(?: date)? (?:for|of) (?:the )?(?:new|successful)|"
    r"interviews|"
    # (Not "everyone who interviewed in December": whose decisions they are.)
    r"(?<!who )(?<!that )(?<!everyone we )(?<!everybody we )(?<!those we )(?<!people we )"
    r"(?<!candidates we )(?<!all we )interviewed(?! (?:candidates|applicants))|interviewing"
    # (Not the source of the news: "you will hear from the panel by Friday".)
    r"|(?<!from the )(?<!from our )(?<!from )(?<!from the hiring )(?<!from the interview )panel"
    r"|onsite|on-site|on site|"
    r"site visit|visit|tour|came in|"
    # "They said I should come for the second stage on Thursday": a step, not the answer.
    r"come for|report for|"
    r"come in|coming in|attending|attended|attend|met|meet|meeting|meetings|meets|votes|vote on|"
    r"voting|spoke|speak|"
    r"speaking|talked|talking|chat|chatting|chatted|call (?:is|was|at)|(?:phone|video|zoom|teams) "
    r"call|phone screen|screen|screening|assessment|case study|test|"
    # ("feedback to all second-round candidates within 5 days": the candidates, not a round)
    r"round(?![- ](?:candidates|applicants|interviewees|shortlist))|closed|closure|closes|"
    r"close (?:on|from|for|over|between)|close for|close(?= \d)|reopen\w*|shut\w*"
    # "Our HR office will resume regular operations on November 3 after the holidays."
    r"|resum\w* (?:regular |normal |full )?(?:operations|business|work|office hours)"
    r"|out of (?:the )?office|ooo|"
    # ("the clocks going back tonight": the change of time, not an answer)
    r"clocks?(?= (?:go|goes|going|went|change|changes|changing|spring|springs|fall|falls)"
    r"(?![a-z]))|"
    r"on leave|annual leave|leave|on vacation|vacation|pto|away|traveling|travelling|sent|posted|"
    r"applied|application|apply|submitted|sprints?|deploy\w*|ships|ship|release|"
    # (Not "get back to every candidate": whom, not when.)
    # ("in touch with every one of you", normalised to "every 1 of you")
    r"(?:every|each)(?! (?:candidate|applicant|interviewee|one|1 of|person|finalist)s?(?![a-z]))|"
    # (Not "decide between me and one other person": the other candidate, not another thing.)
    r"other(?! (?:person|candidates?|applicants?|finalists?)(?![a-z]))|alternate|weekly"
    r"|daily|monthly|please|kindly (?:send|share|submit"
    r"|complete|fill|"
    r"sign|return|provide)|send (?:us|me|your)|send|share your|submit|complete|fill in|fill out|"
    # What was asked of the candidate: "they asked for two references by Wednesday" (not
    # "she asked me to wait until Friday for their decision").
    r"asked (?:me |us )?for|"
    r"wants? (?:copies|a copy|my|your|me to send)|"
    # A trial shift is an event ("a couple more people trialling this week").
    r"trial|trials|trialling|trialing|"
    r"sign|return (?:the|your)|returned|must be|need to be|needs to be|required|let us know|"
    r"let me know|get back to us|get back to me|reply by|your availability|availability|"
    # ("Merci de me confirmer votre présence d'ici vendredi": asked of the candidate)
    r"confirmer votre (?:pr[eé]sence|participation|disponibilit[eé])|"
    r"available|schedule\w*|booked|slot|invite|invited|reschedul\w*|moved|expires?|expiry|valid|"
    # ("you will receive notice of your placement on the list within ten business days": the
    # answer itself, not a notice period)
    r"notice(?! of (?:your|the|their) (?:\w+ ){0,2}(?:placement|results?|outcome|status|decision"
    r"|application|ranking))|probation|contract|benefits?|conference|webinar|party|come out"
    r"|comes out|earnings|"
    r"experience|parking|dial-in|reminder|confirmed for|appointment|training|demo|deadline to|"
    r"last day to|born|birthday|anniversary|renewal|renew|payroll|paid on|pay day|payday|"
    r"can you do|are you free|works for you|work for you|do you have time|q[1-4] results|"
    r"paid|bonus|salary|pay|compensation|equity|vest\w*|raise|performance reviews?|"
    # (A visit: "the result will come by email" is the answer's way.)
    r"come by(?! (?:e-?mail|mail|post|letter|phone|text|sms|whatsapp))|stop by|drop by|swing by|"
    r"pop in|bring|report to|show up|turn up|since|"
    r"your (?:answer|response|reply|decision|acceptance)|you accept|paus\w*|on hold|"
    r"re-?apply|reapplying|"
    # Someone else's deadline or the candidate's own plan (PRODUCT.md: not a timeline).
    r"(?:need|needs) my answer|my answer|need to (?:answer|decide|respond|reply|accept)|"
    # ... but not the recruiter's "I'll follow up within 3 business days with next steps".
    r"(?:a|the|with a) deadline of|i'll (?:follow up|nudge|chase|check in|ping)(?! with you)"
    rf"{_WITH_NEWS}|i will (?:follow up|nudge|chase|check in)(?! with you){_WITH_NEWS}|"
    rf"follow up in{_WITH_NEWS}|nudge(?: (?:them|him|her|again|hr|the recruiter))?|"
    r"expected to lift|"
    # An application's closing date, a hire's start (a count from an undated event: reader.py).
    r"closing date|closes? for applications|in seat|in post|new hire (?:in|on|by)|"
    # "the position is open until the 30th anyway for other applicants"
    r"(?:position|role|post|vacancy|vacancies|advert|advertisement|posting|job|applications?)"
    r" (?:is |are |will be |will remain |will stay |remains |stays )?(?:still )?open|"
    # A vacancy still to be advertised: "the Timaru role we expect to advertise in November".
    r"(?:re-?)?advertis\w*|"
    r"if (?:i|we) (?:don't|dont|do not|haven't|havent|have not) (?:hear|get|receive)\w*"
)
# "they'll let me know", "she said theyd let me know", "he will get back to me": the speaker's
# promise, reported; on its own "let me know" is a request of the candidate. (Joined by "and" to
# what they will do, `_their_second_promise` reads it as theirs too.)
_REPORTED_PROMISE = (
    r"(?:'ll|'d|(?<![a-z])(?:they|she|he|we|hr|recruiter|manager)(?:d|ll| will| would| are "
    # ("she go get back to me after Christmas": Nigerian Pidgin's future)
    r"going to| is going to| gonna| go| to| promised to| said they'?d| said they'?ll)?) "
    # (their words quoted from there on: 'said they'd "get back to me after the long weekend"')
    r"\"?(?:let (?:me|us) know|get back to (?:me|us)|come back to (?:me|us)|"
    r"revert to (?:me|us)|reply to (?:me|us))"
)
_COMMITMENT_RE = re.compile(rf"(?:{_REPORTED_PROMISE}|(?<![a-z])(?:{_COMMITMENT}))(?![a-z])")
_DISTRACTOR_RE = re.compile(rf"(?<![a-z])(?:{_DISTRACTOR})(?![a-z])")
# The writer's own guess at what a promise means: "Memorial Day is Monday so I'm guessing end
# of next week", "I figured that meant this week" (the writer's: not in quotes, nor on another
# speaker's line, `_writers_own`).
_WRITERS_GUESS = re.compile(
    r"(?<![a-z'])(?:(?:i'm|im|i am) guessing|i figured(?: (?:that|it|this) (?:meant|means))?)"
    r"(?= (?:it'?s|it is|it will be|it'd be|that's|probably|maybe|like|by|around|about|before"
    r"|sometime|some time|mid|early|late|end|this|next) )"
)
_SPEAKERS_LABEL = re.compile(
    r"[ \t>*-]*(?P<who>[a-z][a-z .'-]{0,30}?)(?:'s (?:e-?mail|text|message))?:"
)
_TELLING_BEFORE = re.compile(r"(?<![a-z])(?:said|says|told (?:me|us)|wrote|writes)(?![a-z])")
_IN_SINGLE_QUOTES = re.compile(r"(?:^|[\s:(])'[^']*$")
_OWN_REACH = 300


def _writers_own(text: str, at: int) -> bool:
    """Whether the words at `at` are the writer's own: not inside a quotation opened on their
    line, not on a line another speaker's label opens ("Recruiter: ..."), not after a telling
    in their sentence ("Manager said ...")."""
    # (Within a few hundred characters: a megabyte on one line is read in linear time.)
    line = max(text.rfind("\n", max(0, at - _OWN_REACH), at) + 1, at - _OWN_REACH)
    label = _SPEAKERS_LABEL.match(text, line, at)
    if label is not None and label["who"].strip() not in ("me", "i"):
        return False
    before = text[line:at]
    if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
        return False
    if _IN_SINGLE_QUOTES.search(before):
        return False  # inside 'single quotes'
    sentence = max(before.rfind(mark) for mark in ".!?") + 1
    return _TELLING_BEFORE.search(before, sentence) is None


_RETURN_BACK = (
    # "returning to the office on ..." is a return, not a range "to ...": longest first.
    r"(?:back|return|returns|returning|be back) to (?:the office|work|my desk|office)|"
    r"back|return|returns|returning|resume|resuming|reachable|available again|in the office|"
    r"in office|be in|respond|responding|reply|replying|check(?:ing)? (?:e-?mail|mail|messages)|"
    r"online|reopen\w*"
)
_RETURN_UNTIL = r"until|up to and including|up to|no access to email until"
_RETURN_THROUGH = r"through|to|and|inclusive|-"
_RETURN_START = r"from|starting|beginning|as of|since|leaving|leave on|on leave on|between"
_RETURN_RE = re.compile(
    rf"(?<![a-z])(?:(?P<back>{_RETURN_BACK})|(?P<until>{_RETURN_UNTIL})|"
    rf"(?P<start>{_RETURN_START})|(?P<through>{_RETURN_THROUGH}))(?![a-z])"
)
OUT_OF_OFFICE_RE = re.compile(
    r"out of (?:the )?office|(?<![a-z])ooo(?![a-z])|away|on leave|annual leave|vacation|"
    r"holiday|pto|travel|limited access|auto(?:matic)?[- ]?reply|off work|parental leave|"
    r"not in the office|out until|out through|out from"
)

_NOT_SENTENCE_END = frozenset(
    "mr mrs ms dr st jr sr vs etc approx no e.g i.e a.m p.m inc ltd co".split()
)
# (An emoji ends a texter's sentence as a full stop does: "interview accha gaya 😊 HR ne bola
# ...".)
# (A run of marks or emoji is tried from its first character only, and possessively: with no
# space after it, it is given up at once, not tried again from each of its characters.)
_EMOJI = r"\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F"
# A run of full stops, "!" or "?" before a space, a line's end, a run of emoji before a space.
# (Written to open with the characters it can start with: the regex engine then skips to them,
# five times faster through a megabyte than trying each alternative at every character.)
_SENTENCE_BREAK = re.compile(
    rf"[.!?\n{_EMOJI}](?:(?<=\n)|(?<=[.!?])(?<![.!?]{{2}})[.!?]*+(?= )"
    rf"|(?<=[{_EMOJI}])(?<![{_EMOJI}]{{2}})[{_EMOJI}]*+(?= ))"
)
_WORD_BEFORE = re.compile(r"([a-z.]+)$")
_MONTH_GOES_ON = re.compile(r" ?\d")
_RANGE_GOES_ON = re.compile(r" ?(?:to|-|until|till|bis|and|through|thru|or)\b")
_DOTTED_DATE_BEFORE = re.compile(r"(?<![\d.])(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])$")
_WEEKDAY_GOES_ON = re.compile(r" ?(?:the )?\d")
# "On Thu, 2 Apr 2026 at 17:21, Zara Ahmed <zara.ahmed@example.com> wrote:", which a mail
# program may wrap onto a second line ending in "wrote:".
# ... in the mail program's language too: "Le 31/10/2024, X a écrit :", "Am 3. März 2025 um
# 10:12 schrieb X:", "El lun, 3 mar 2025, X escribió:", "Em ... escreveu:", "Op ... schreef X:",
# "Il giorno ... ha scritto:".
_WROTE = (
    r"(?:(?:wrote|a [e\u00e9]crit|escribi[o\u00f3]|escreveu|ha scritto)[ \t]*"
    r"|(?:schrieb|schreef)(?: [^\n:]{1,80})?):"  # (German and Dutch: the writer after the verb)
)
ON_WROTE = (
    rf"(?:on|le|am|el|em|op|il) [^\n]{{0,160}}?(?:{_WROTE}|\n[ \t>]*[^\n]{{0,100}}?{_WROTE}"
    r"(?=[ \t]*$))"
)
_HEADER_LINE = re.compile(
    rf"^[ \t>]*(?:{wrapping.HEADER_FIELD}.*|{ON_WROTE})"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# A note's line the writer labels as about other employers ("other: Spedition Kühn interview 8
# July", "Other apps: Greaves Ltd rang"): its dates are not this employer's promise.
_OTHERS_LINE = re.compile(
    # ("(other tabs: Quill said by Friday)"; not "Other notes: decision by end of next week".)
    r"^[ \t>]*(?:[-*\u2022][ \t]*)?\(?others?(?: (?!notes|info|details|things|comments|thoughts"
    r"|points|questions|stuff)[a-z]{2,12})?[ \t]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
# ... and a section headed so, its list below it: "other stuff (NOT Brightline):\n- Corvid offer
# expires Fri 3/13\n- Halvorsen HR said "about two weeks"", "other:\n- Meranti Bank: by end Aug".
_OTHERS_SECTION = re.compile(
    # (Not "Other notes:", "Other points:", "Other info:": this employer's; "other stuff" only
    # with its "(not ...)".)
    r"^[ \t>]*\(?others?(?:(?: (?!notes|info|details|points|things|comments|thoughts|questions"
    r"|stuff)[a-z]{2,12})?(?: \([^)\n]{0,40}\))?| stuff \((?:not|non)[^)\n]{0,40}\))[ \t]*:[ \t]*\n"
    r"(?:[ \t>]*[-*\u2022][^\n]*(?:\n|$))+",
    re.IGNORECASE | re.MULTILINE,
)
# ... and the writer's own plans and asides ("plan: nudge Kessler on the 14th", "to do:
# thank-you to Becca", "also: Bimbo online test due 14/11", "me: moving into the new flat 1
# Sept" in a note, not a chat), unless the line reports what they said ("Plan: they see 2
# more people next week, then decide by the 20th", "me: asked when they'd decide - Tom said
# by end of next week").
_MY_OWN_LINE = re.compile(
    r"^[ \t>]*(?:[-*\u2022][ \t]*)?(?P<label>plan|my plan|to ?do|also|me)[ \t]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
# A note's to-do item for the candidate: "- ask Helen if they can give me any idea of timing b4
# the 16th??", "* chase the recruiter Fri" (someone to ask, not someone's answer).
_MY_OWN_TASK = re.compile(
    r"^[ \t>]*[-*\u2022][ \t]*(?i:ask|chase|remind|nudge|ping)[ \t]+"
    r"(?:[A-Z][a-z]+|(?i:them|him|her|hr|the recruiter|recruiter))(?![A-Za-z])[^\n]*",
    re.MULTILINE,
)
_REPORTS_THEIRS = re.compile(
    r"(?<![a-z])(?:they|she|he|hr|the (?:client|company|team|panel|manager|recruiter"
    r"|hiring manager|board))(?:'ll|'d|'re| will| would| said| says| told| are| is| see"
    r"| decide| want)(?![a-z])|(?<![a-z])[a-z]+ said(?![a-z])",
    re.IGNORECASE,
)
# A chat's speaker, opening a line: "Maya: how'd it go??", "Joanne (agency): Hi!", "Me: ok".
# (Not a note's field: "Update:", "Timeline:", "Monday:".)
_SPEAKER = re.compile(
    # (Any case: "maya: lol", "MAYA: LOL"; quoted too.)
    r"^[ \t>]*(?P<who>me|(?!(?:Re|Other|Others|Also|Plan|Note|Notes|Subject|From|To|Date|Sent"
    r"|Cc|Update|Updates|Timeline|Timing|Time|Next steps|Summary|Action items|Role|Job|Position"
    r"|Company|Client|Candidate|Interviewers?|Panel|People"
    r"|Questions|Feedback|Outcome|Decision|Status|Next|Salary|Pay|Location|Notice|Start|Todo"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday)\b)"
    r"[A-Z][a-z]+)(?: \([^)\n]{1,20}\))?:[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)
# A friend's own news in a group chat: "Maya: I had mine at Fairway on the 8th", "Devon: my
# thursday one got moved to the 25th" (not "David: We'll confirm either way by Friday").
_ABOUT_THEMSELVES = re.compile(r"(?<![a-z'])(?:i|i'm|i've|my|mine|me)(?![a-z'])", re.IGNORECASE)
_FOR_THE_CANDIDATE = re.compile(
    r"(?<![a-z'])(?:we|i)(?:'ll| will) (?:confirm|let you know|get back|be in touch|call you"
    r"|contact you|decide|send you|come back)|(?<![a-z'])you(?:'ll| will) hear(?![a-z'])",
    re.IGNORECASE,
)
# A note's subject ("Re: Lanyard Studio (junior motion designer)"), and a line about another
# company under it, named as companies are: "Fenwick Digital: Aaron said decision by the 26th",
# "Infosys BPM: result by 10 Jan", "Kyoto Soft said 1/15", "Also Delfland Water wanted ...".
_SUBJECT = re.compile(r"^[ \t>]*re[ \t]*:[ \t]*(?P<name>[^\n(<|]+)", re.IGNORECASE | re.MULTILINE)
_COMPANY_WORD = (
    r"(?:Ltd|Limited|Inc|LLC|PLC|plc|GmbH|AG|SA|BV|NV|Co|Corp|Group|Bank|Capital|Partners|Digital"
    r"|Soft|Software|Tech|Technologies|Labs|Studios?|Media|Health|Healthcare|Logistics|Freight"
    r"|Supply|Retail|Apparel|Foods|Hospitality|Consulting|Analytics|Systems|Solutions|Energy"
    r"|Insurance|Financial|Holdings|Industries|Motors|Robotics|Games)"
)
# (Roles and titles are people's: "The MD said", "Group HR said", "Lic. Paredes:", "Dr Amani".)
_A_ROLE = (
    r"(?:The|HR|HM|MD|CEO|CFO|COO|CTO|CIO|VP|GM|TA|PM|HRBP|RH|DRH|HOD|BDM|Mr|Mrs|Ms|Miss|Dr|Prof"
    r"|Lic|Ing|Sr|Sra|Srta|Herr|Frau|Mme|Mlle)\b"
)
_NAME = r"[A-Z][\w&'.-]*"
_ANOTHER_COMPANY_LINE = re.compile(
    # ("Also Fri: Greaves Ltd rang, they'll call me back on the 27th")
    rf"^[ \t>]*(?:[-*\u2022][ \t]*)?(?:(?P<also>[Aa]lso(?: [A-Za-z]{{2,9}})?[,:]? ))?(?!{_A_ROLE})"
    rf"(?P<name>"
    rf"(?:{_NAME} ){{0,3}}{_COMPANY_WORD}"
    # ("Infosys BPM", "KPMG GDC"; after "also", any two names: "Also Delfland Water wanted".
    # Two names alone may be a person's: "Dana Reyes: we'll decide by Friday".)
    rf"|{_NAME}(?: (?!{_A_ROLE}){_NAME}){{0,2}} (?!{_A_ROLE})[A-Z]{{2,5}}\b"
    rf"|(?(also){_NAME}(?: (?!{_A_ROLE}){_NAME}){{1,3}}|(?!)))"
    r"(?::|(?: (?:recruiter|hr|people|team|manager))? (?:said|says|wants?|wanted|rang|called"
    r"|emailed|offered|asked))[^\n]*",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    commitment: bool


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of sentences in normalised text (always begins with 0)."""
    starts = [0]
    for m in _SENTENCE_BREAK.finditer(text):
        if m.group() != "\n":
            word = _WORD_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
            before = word.group(1) if word else ""
            if before in _NOT_SENTENCE_END or len(before) == 1:
                continue
            if (
                # (A date's figure just before: looked at first, it spares a search at most
                # of the full stops of a 1 MB paste.)
                m.start()
                and "0" <= text[m.start() - 1] <= "9"
                and _DOTTED_DATE_BEFORE.search(text, max(0, m.start() - 6), m.start())
                and _RANGE_GOES_ON.match(text, m.end())
            ):
                continue  # "on holiday from 7.4. to 11.4.": a date's own dot, as in German
            goes_on = _MONTH_GOES_ON if before in MONTH_INDEX else _WEEKDAY_GOES_ON
            if (before in MONTH_INDEX or before in WEEKDAY_INDEX) and goes_on.match(text, m.end()):
                continue  # "Dec. 4", "Fri. the 4th"; but "... interview of Monday. Our office"
        starts.append(m.end())
    return _cut_long_sentences(text, starts)


# A "sentence" longer than this is no sentence (a pasted list of dates with no full stop, a
# table): it is cut at a space into pieces no longer, so that what is searched between a date
# and its cue stays short and a long text is read in time linear in its length. The longest
# sentence in the corpora is 1,022 characters (a voicemail transcribed with no full stop).
_LONGEST_SENTENCE = 1_500


def _cut_long_sentences(text: str, starts: list[int]) -> list[int]:
    cut: list[int] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        cut.append(start)
        while end - start > _LONGEST_SENTENCE:
            limit = start + _LONGEST_SENTENCE
            space = text.rfind(" ", start + _LONGEST_SENTENCE // 2, limit)
            start = space + 1 if space >= 0 else limit
            cut.append(start)
    return cut


def sentence_of(bounds: list[int], text_length: int, position: int) -> tuple[int, int]:
    index = bisect_right(bounds, position) - 1
    end = bounds[index + 1] if index + 1 < len(bounds) else text_length
    return bounds[index], end


@dataclass(frozen=True)
class Cues:
    """A text's cues in order (they never overlap), with their ends and starts for bisecting."""

    cues: list[Cue]
    ends: list[int]
    starts: list[int]


_COMMITMENT = prefilter.Gated(_COMMITMENT_RE, by_first_letter=True)
_DISTRACTOR = prefilter.Gated(_DISTRACTOR_RE, by_first_letter=True)


# A cue is looked for only in a sentence that holds a date: in a long text the rest (a 1 MB
# debrief is full of "met", "said" and "interview") would cost more than all the dates.
_WHOLE_TEXT_UP_TO = 12_288
_LOOK_ON = 300  # beyond a sentence's end, for a cue's look-ahead, as in the whole text


def find_cues(text: str, sentences: list[tuple[int, int]] | None = None) -> Cues:
    """Commitment and distractor cues, the longer winning where they overlap: in the whole
    text, or in a long one only in `sentences` (spans, in text order)."""
    if sentences is None or len(text) <= _WHOLE_TEXT_UP_TO:
        found = [Cue(m.start(), m.end(), True) for m in _COMMITMENT.finditer(text)]
        found += [Cue(m.start(), m.end(), False) for m in _DISTRACTOR.finditer(text)]
        if "guess" in text or "figured" in text:
            found += [
                Cue(m.start(), m.end(), False)
                for m in itertools.islice(_WRITERS_GUESS.finditer(text), 8)
                if _writers_own(text, m.start())
            ]
    else:
        found = []
        for lo, hi in _merged(sentences):
            for pattern, commitment in ((_COMMITMENT.search, True), (_DISTRACTOR.search, False)):
                for m in pattern.finditer(text, lo, min(len(text), hi + _LOOK_ON)):
                    if m.start() >= hi:
                        break
                    found.append(Cue(m.start(), m.end(), commitment))
            found += [
                Cue(m.start(), m.end(), False)
                for m in itertools.islice(_WRITERS_GUESS.finditer(text, lo, hi), 2)
                if _writers_own(text, m.start())
            ]
    kept = [_their_second_promise(text, cue) for cue in keep_longest(found)]
    return Cues(kept, [c.end for c in kept], [c.start for c in kept])


# "HR will review it by Monday and get back to me by Friday", "she'd push the hiring manager and
# get back to me by Wednesday", "they'd decide by the end of next week and let me know by the
# 11th": the words a candidate is asked to act with ("let me know"),
# joined by "and" to what they said they would do, are a second promise of theirs.
_ASKED_OF_THE_CANDIDATE = re.compile(r"let (?:me|us) know|get back to (?:me|us)")
_THEIR_CLAUSE_BEFORE = re.compile(
    r"(?<![a-z])(?:they|she|he|hr|the (?:recruiter|manager|hiring manager|panel|team|client))"
    r"(?:'d|'ll| will| would| are going to| is going to| are gonna| is gonna| promised to)"
    r" (?:(?!(?:you|i|and|but|or|if|so|please) )[a-z0-9'-]+ ){1,12}and (?:then |will |would )?$"
)


def _their_second_promise(text: str, cue: Cue) -> Cue:
    if (
        not cue.commitment
        and _ASKED_OF_THE_CANDIDATE.fullmatch(text, cue.start, cue.end)
        and _THEIR_CLAUSE_BEFORE.search(text, max(0, cue.start - 120), cue.start)
    ):
        return Cue(cue.start, cue.end, True)
    return cue


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        # Near ones are searched as one: each search looks on past its end anyway.
        if merged and lo <= merged[-1][1] + _LOOK_ON:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


_CLAUSE_BREAK = re.compile(r",? (?:so|but|and then|then|however|though|although)\b|;| - |, and\b")


_OBJECT_OF = re.compile(
    # ("will decide on the Financial Manager appointment by ...", "confirm the Regional CFO
    # appointment by the end of the year": the appointment is what is decided.)
    # (Not "We'll confirm your contract details on Monday at the induction": the details are
    # the candidate's, and Monday the induction's.)
    # ("We will notify the result of 2nd interview by email within 7 business days": an
    # ordinal with no article, as non-native writers put it)
    r"(?:(?:of|for|on) (?:the|this|that|your|our|their|each|every|all|[a-z]+'s|1st|2nd|3rd"
    r"|first|second|third|final)"
    r"|(?:confirm|announce|finali[sz]e|approve) the) (?:[a-z0-9.+#-]+ ){0,3}$"
)


# What the promise tells, as a clause after its verb: "confirm whether you're moving on".
_WHETHER_CLAUSE = re.compile(
    r"(?<![a-z])(?:confirm|let you know|tell you|inform you|advise(?: you)?|update you|notify you"
    r"|decide) (?:whether|if) (?:or not )?(?:you|you're|you are|you've|you have|you'll|you will"
    r"|you'd"
    # ("they'll confirm whether they're moving you to the final round after Thanksgiving"; not
    # "if we're inviting you to the onsite on Thursday", the onsite's day)
    r"|(?<=whether )(?:they|we)(?:'re| are|'ll| will) (?:moving|progressing) you)(?![a-z])"
)


def nearest_cue(
    text: str, found: Cues, sentence: tuple[int, int], start: int, end: int
) -> Cue | None:
    # Sorted, non-overlapping cues: the last one ending before the date, by bisection.
    i = bisect_right(found.ends, start)
    if i and found.cues[i - 1].start >= sentence[0]:
        last = found.cues[i - 1]
        if last.commitment and _ASKED_TO_SEND.search(
            text, max(sentence[0], last.start - 40), last.start
        ):
            # "candidates will be asked to submit health check results by March 3": what the
            # candidate sends, not what they will hear.
            last = Cue(last.start, last.end, False)
        of = (
            None
            if last.commitment
            else _OBJECT_OF.search(text, max(0, last.start - 48), last.start)
            # "we will write to everyone who attended by Friday 30 July": whom, not when.
            or _WHO_DID.search(text, max(0, last.start - 40), last.start)
        )
        if of is not None:
            # "the results of this round will be shared within 5 working days": the event is
            # what the promise is about, not a date of its own (nor are the event's other
            # words: "feedback on your panel interview by the end of August").
            promise = _promise_before(found, i - 2, of.start(), sentence[0])
            if promise is not None:
                return promise
        whether = (
            None
            if last.commitment
            else _WHETHER_CLAUSE.search(text, max(sentence[0], last.start - 48), last.start)
        )
        if whether is not None:
            # "We'll confirm whether you're moving to the final round by Friday": the round is
            # what the promise just before the clause is about; the date is the promise's (not
            # "... within 3 days. If you receive an offer, the joining date would be ...": a
            # condition of its own).
            promise = _promise_before(found, i - 2, whether.start(), sentence[0])
            if promise is not None:
                return promise
        if not last.commitment and _NAMES_THE_DATE.fullmatch(
            text, max(sentence[0], last.start - 40), start
        ):
            # "You'll hear with an outcome by the last day of term, Friday 27 June": the
            # distractor's words name the date itself; the promise before them is its cue.
            promise = _promise_before(found, i - 2, last.start, sentence[0])
            if promise is not None:
                return promise
        once = (
            _ONCE.search(text, max(sentence[0], last.start - 40), last.start)
            if not last.commitment
            and _A_MEETING.fullmatch(text, last.start, last.end)
            # (Not a meeting with the candidate: "I'll tell you more when we meet on the 20th".)
            and not _WITH_US.search(text, max(0, last.start - 6), last.start)
            else None
        )
        if once is not None:
            # "We'll have an answer for you once the panel meets Thursday": the meeting's date
            # is when the promise before it is kept.
            promise = _promise_before(found, i - 2, once.start(), sentence[0])
            if promise is not None:
                return promise
        waited = (
            None
            if last.commitment
            else _WAITED_FOR.search(text, max(sentence[0], last.start - 24), last.start)
        )
        if waited is not None and _THEN_ITS_TIME.fullmatch(text, last.end, start):
            # "I'll circle back post-offsite, realistically late next week": the event is what
            # the promise waits for, and the time said after it is the promise's.
            promise = _promise_before(found, i - 2, waited.start(), sentence[0])
            if promise is not None:
                return promise
        # "on PTO next week, so probably the end of the following week": a distractor does not
        # reach across a "so" or "but" into the next clause.
        # ... nor across a telling: "Interviewed on the 3rd, she said two weeks" (the telling
        # may open the phrase: "said two weeks").
        if last.commitment or not (
            _CLAUSE_BREAK.search(text, last.end, start) or _A_TELLING.search(text, last.end, end)
        ):
            return last
        # Blocked by the clause break: as if no cue stood before ("on holiday next week, so
        # they've asked for Monday week to come back with a decision").
    j = bisect_left(found.starts, end)
    if (
        j + 1 < len(found.cues)
        and not found.cues[j].commitment
        and _EVENT_COUNTED_FROM.fullmatch(text, end, found.cues[j].start)
    ):
        # "takes about three weeks after the last interview, as the decision ...": the event
        # the time counts from is no cue of its own.
        j += 1
    if j < len(found.cues) and found.cues[j].end <= sentence[1]:
        cue = found.cues[j]
        if not cue.commitment and _A_REASON.search(text, end, cue.start):
            # "pushing it to early next month because the director is at a conference": the
            # reason's words are not the date's.
            return None
        if cue.commitment and (
            _CLAUSE_BREAK.search(text, end, cue.start)
            and _NO_TIME_OF_ITS_OWN.match(text, cue.end)
            # "two more to see Monday or Tuesday, after that I'll have a think and give you a
            # bell": what comes after the date, at no time said.
            # (A wait is the time before it: "takes 15 to 20 business days, after which we
            # will communicate the result".)
            or _AFTER_THAT.search(text, end, cue.start)
            and not _A_WAIT.search(text, start, end)
        ):
            # "Still seeing a few people this week so we'll aim to get back to everyone ASAP":
            # the promise across the "so" keeps its own vague time; the date is the other
            # clause's (the promise's words stand as no promise for it).
            return Cue(cue.start, cue.end, False)
        return cue
    return None


_A_REASON = re.compile(r"(?<![a-z])(?:because|cause|cos|coz|since)(?![a-z])")
_A_TELLING = re.compile(r"(?<![a-z])(?:said|says|told (?:me|us)|mentioned|promised)(?![a-z])")
_A_WAIT = re.compile(rf"(?<![a-z]){UNIT}(?![a-z])")  # the phrase is a length of time
_AFTER_THAT = re.compile(r"[,;] (?:and )?(?:after that|afterwards|after which)(?![a-z])")
_NO_TIME_OF_ITS_OWN = re.compile(
    r"[^.;!?\n]{0,40}?(?<![a-z])(?:asap|as soon as (?:possible|we can|i can)|shortly|soon"
    r"|in due course)(?![a-z])"
)


_A_MEETING = re.compile(r"meets?|meeting|sits?|convenes?|votes?|decides?")
_ONCE = re.compile(
    r"(?<![a-z])(?:once|when|as soon as|right after|after) (?:the |our |its )?(?:[a-z]+ ){0,3}$"
)


# The event a promise waits for, and the time after it: "circle back after the offsite,
# realistically late next week", "post-offsite - probably early next week".
_WAITED_FOR = re.compile(r"(?<![a-z])(?:(?:after|post|following) (?:the |our |this )?|post-)$")
_THEN_ITS_TIME = re.compile(
    r"(?:,| -|:)? (?:(?:so |and )?(?:realistically|probably|likely|hopefully|ideally|say|i'd say"
    r"|i guess|i think|roughly|approximately|about|around|at the latest|latest),? )?"
)


def _promise_before(found: Cues, k: int, since: int, sentence_start: int) -> Cue | None:
    """The commitment cue at or before index `k`, past the other cues that start at or after
    `since`, if it stands in the sentence."""
    while k >= 0 and not found.cues[k].commitment and found.cues[k].start >= since:
        k -= 1
    if k >= 0 and found.cues[k].commitment and found.cues[k].start >= sentence_start:
        return found.cues[k]
    return None


_WHO_DID = re.compile(
    r"(?<![a-z])(?:everyone|everybody|all|those|candidates|applicants|people|anyone|all those"
    r"|each person|each candidate)(?: who| that)(?: has| have| had)? $"
)
_ASKED_TO_SEND = re.compile(
    r"(?<![a-z])(?:(?:asked|required|requested|expected|need|needs) to|please|pls|plz|kindly)"
    r" (?:submit|send(?: in| us)?|upload|provide|bring|return)(?: (?:your|the|their|his|her|all"
    r"|any|us|copies of))?(?: [a-z-]+){0,2} $"
    # "Pls reply C to confirm by 5pm tmrw": the candidate's confirmation, not theirs.
    r"|(?<![a-z])(?:please|pls|plz|kindly) (?:reply|respond|text|email|write back|call)"
    r"(?: [a-z0-9\"']+){0,3}? to $"
)
_WITH_US = re.compile(r"(?<![a-z])(?:we|you|i|us) $")
# (A date's own name after "by": not "before the interview, on 17 March" nor "by the day before
# your interview (Monday 16 March)", whose dates are the interview's.)
_NAMES_THE_DATE = re.compile(
    r".*(?<![a-z])(?:by|until|till) (?:the )?(?:(?!before|after|interview)[^,()]){1,30}"
    # ("by the end of term (term ends Friday 19 December)": the brackets name it in full.)
    r"(?:, | \()(?:on |(?:term|the term|it|which|school) (?:ends|finishes|closes) (?:on )?)?"
)
_EVENT_COUNTED_FROM = re.compile(
    r",? (?:after|of|from|following) (?:the |your |their |his |her |my |our )?(?:[a-z]+ ){0,2}"
)


def other_words_between(found: Cues, start: int, end: int) -> bool:
    """Whether a cue that is no promise (an event's, a distractor's) stands in [start, end)."""
    i = bisect_left(found.starts, start)
    while i < len(found.cues) and found.cues[i].end <= end:
        if not found.cues[i].commitment:
            return True
        i += 1
    return False


def last_commitment(found: Cues, start: int, end: int) -> Cue | None:
    """The last commitment cue within [start, end), found by bisection and a short walk back."""
    i = bisect_right(found.ends, end)
    for cue in reversed(found.cues[max(0, i - 20) : i]):
        if cue.start < start:
            return None
        if cue.commitment:
            return cue
    return None


def return_cue(text: str, sentence_start: int, start: int) -> str | None:
    """The kind of the last return cue before a date: back, until, through or start."""
    last = None
    for m in _RETURN_RE.finditer(text, sentence_start, start):
        last = m.lastgroup
    return last


# Where a quoted or forwarded message starts: a separator line, "On ... wrote:", or a "From:"
# line with another header line just under it (an invitation's own "Date: Tuesday 3 March" in
# the body is no quoted message).
_QUOTE_START = re.compile(
    # ("--- On Mon, 11 Jan 2027, Rhea wrote: ---": the same line between dashes)
    rf"^[ \t>]*(?:-{{2,}} ?(?:original message|forwarded message) ?-{{2,}}|(?:-{{2,}} ?)?{ON_WROTE}"
    rf"|{wrapping.FROM_FIELD}[^\n]*\n(?:[^\n]*\n){{0,3}}?[ \t>]*{wrapping.HEADER_FIELD})",
    re.IGNORECASE | re.MULTILINE,
)


def newest_message_end(original: str) -> int:
    """Where the newest message of a pasted thread ends: where the first quoted message starts,
    after some text of its own (a paste's leading "Subject:" is its own header)."""
    start = _own_text_start(original)
    separator = _QUOTE_START.search(original, start)
    if (
        separator
        and not _ON_WROTE_RE.match(separator.group().lstrip(" \t>"))
        and _A_FORWARDERS_LINE.fullmatch(original, start, separator.start())
    ):
        # "fwd from mum's laptop sorry" above a forwarded message: the newest message is the
        # forwarded one, down to the message quoted under it.
        following = _QUOTE_START.search(original, separator.end())
        return following.start() if following else len(original)
    return separator.start() if separator else len(original)


def first_quote_start(original: str) -> int:
    """Where the first quoted or forwarded message starts (its header), or the text's end."""
    return quoted_from(original, _own_text_start(original))


def quoted_from(part: str, start: int = 0) -> int:
    """Where quoted or forwarded mail first starts in `part` from `start` (headers at the very
    start of a part of a message are a forwarded message's, not its own), or the part's end."""
    separator = _QUOTE_START.search(part, start)
    return separator.start() if separator else len(part)


def _own_text_start(original: str) -> int:
    own_headers = LEADING_HEADERS.match(original)
    return own_headers.end() if own_headers else 0


# A few words of one's own above a forwarded message (its "From:" lines, not the "On ...
# wrote:" of a reply, whose words above are the newest message), with no date in them.
_A_FORWARDERS_LINE = re.compile(
    r"\s*(?:(?!today|tomorrow|week|monday|tuesday|wednesday|thursday|friday|month)[^\d\n]){1,60}\s*",
    re.IGNORECASE,
)
_ON_WROTE_RE = re.compile(ON_WROTE, re.IGNORECASE)


# Header lines ("Subject: ...") and blank lines at the top of a paste, up to its first text.
LEADING_HEADERS = re.compile(r"(?:[ \t>]*(?:[a-z]+[ \t]*:[^\n]*)?\n)*", re.IGNORECASE)


@lru_cache(maxsize=2)
def header_spans(original: str) -> tuple[tuple[int, int], ...]:
    """Spans of e-mail header lines ("Sent: ...", "On ... wrote:"): their dates are not promises.

    Kept for the text just read: the reader asks up to three times per text (a str caches its
    hash, so a 1 MB paste is hashed once)."""
    return tuple(m.span() for m in _HEADER_LINE.finditer(original))


@lru_cache(maxsize=2)
def header_and_aside_spans(original: str) -> tuple[tuple[int, int], ...]:
    """`header_spans` and the lines of a note or chat that are never this employer's promise,
    together in text order (all are whole lines): lines about other employers (`_OTHERS_LINE`),
    the writer's own plans (outside a chat, "me:" too), a friend's own news in a group chat
    (the candidate is "Me"), lines about another company than the note's subject, a note's
    to-do items, and a tracker's own-date cells (`tables`: spans inside a line). Kept
    for the text just read, as `header_spans` is: the reader asks twice."""
    headers = header_spans(original)
    # (A to-do item needs no colon: "- ask Helen ... b4 the 16th??"; nor a tracker's cells.)
    # (Not one that reports their word: "- Ask Priya about parking (she said offer letters go
    # out by the 20th)".)
    tasks = (
        {m.span() for m in _MY_OWN_TASK.finditer(original) if not _REPORTS_THEIRS.search(m.group())}
        if "\n" in original
        else set()
    )
    if _A_TRACKER.search(original):
        tasks.update(tables.own_date_cells(original))
    if ":" not in original and not tasks:
        return headers
    asides = {m.span() for m in _OTHERS_LINE.finditer(original)} | tasks
    # (A section's lines, each its own span: spans are whole lines, never overlapping.)
    for section in _OTHERS_SECTION.finditer(original):
        line_start = section.start()
        for line in section.group().splitlines(keepends=True):
            asides.add((line_start, line_start + len(line.rstrip("\n"))))
            line_start += len(line)

    said = list(_SPEAKER.finditer(original))
    others = {m["who"].lower() for m in said if m["who"].lower() != "me"}
    chat = bool(others) and len(others) < len(said)  # other speakers, and "Me" among them
    asides.update(
        m.span()
        for m in _MY_OWN_LINE.finditer(original)
        if not (chat and m["label"].lower() == "me") and not _REPORTS_THEIRS.search(m.group())
    )
    # A group chat: the friends' own news (the candidate is "Me"; in a chat of named people
    # only, "Aoife: grand I think! the manager said I'd hear by ..." may be the candidate's).
    if chat and len(others) >= 2 and len(others) < len({m["who"].lower() for m in said}):
        asides.update(
            m.span()
            for m in said
            if m["who"].lower() != "me"
            and _ABOUT_THEMSELVES.search(original, m.end("who"), m.end())
            and not _FOR_THE_CANDIDATE.search(original, m.end("who"), m.end())
        )
    subject = _SUBJECT.search(original)
    # A subject that names someone ("Re: Lanyard Studio", not "Re: second interview"), in a
    # text not typed in capitals.
    ours = _names(subject["name"]) if subject else set()
    if ours and not _IN_CAPITALS.fullmatch(original, 0, 2_000):
        asides.update(
            m.span()
            for m in _ANOTHER_COMPANY_LINE.finditer(original)
            if not _names(m["name"]) & ours
        )
    # (A tracker's cells lie inside lines: one that falls in a line taken whole is dropped, so
    # the spans never overlap.)
    spans = sorted({*headers, *asides})
    kept: list[tuple[int, int]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            if span[1] > kept[-1][1]:
                kept[-1] = (kept[-1][0], span[1])
            continue
        kept.append(span)
    return tuple(kept)


# A tracker's header row opens with the company's column ("Company\tRole\tApplied", "Firm,Role").
_A_TRACKER = re.compile(
    r"^[ \t]*(?:company|employer|firm|co\.?|organi[sz]ation)[ \t]*[\t|,]",
    re.IGNORECASE | re.MULTILINE,
)


# Typed with caps lock on: every word looks like a name, so none can be told for one.
_IN_CAPITALS = re.compile(r"[^a-z]*(?:[a-z][^a-z]*){0,20}")


def _names(words: str) -> set[str]:
    """The capitalised words of a name, lowercased ("Harbour & Finch Consulting": harbour,
    finch, consulting), to tell whether two names share one."""
    return {w.lower() for w in re.findall(r"[A-Z][\w'-]{2,}", words)}
