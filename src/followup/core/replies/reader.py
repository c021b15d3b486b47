"""What a company's reply means: next round, rejection, offer, request, out-of-office or other.

    read_reply(subject, body, headers, received_at=None, tz="UTC", country=None) -> ReplyReading

Rules, read sentence by sentence from the new text only (see `text.split_reply`):

- An automatic reply (RFC 3834 `Auto-Submitted: auto-replied`, `X-Autoreply`, an "Automatic
  reply" subject) or a short typed "I'm off until Monday" that answers nothing is
  `out_of_office`, with the return date when it gives one. A receipt ("we have received your
  message") is `other`: nobody is away.
- A person who is away but answers ("I'm on leave next week, but we'd like to offer you the
  role") wrote an answer: its kind wins.
- `offer` and `rejection` change the opportunity, so they need a decisive sentence; a negated
  or hypothetical one ("we haven't made an offer yet", "this is not a rejection", "thanks for
  the offer to send samples", "we offer flexible hours") does not count.
- When several kinds are present, the order is: rejection, offer, next round, request. An offer
  that asks for documents is an offer; a rejection that mentions "the next round of hiring" is a
  rejection; a request to schedule the next interview is a next round.
- A forwarded message counts when the forwarder's own words decide nothing ("see below").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from followup.core import wrapping
from followup.core.replies.text import html_to_text, looks_like_html, split_reply

MAX_BODY = 200_000
MAX_NEW = 20_000

KINDS = ("next_round", "rejection", "offer", "request", "out_of_office", "other")


@dataclass(frozen=True)
class ReplyReading:
    kind: str
    evidence: str  # the words it was read from ("" for other)
    return_date: dt.date | None = None

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "return_date": self.return_date.isoformat() if self.return_date else None,
            "evidence": self.evidence,
        }


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# --- cues, one list per kind -------------------------------------------------------------------

REJECTION = _rx(
    r"\b(not|won't|will not|unable to|can't|cannot)\b( be)? (be )?(moving|move|taking|take|"
    r"progressing|progress|proceeding|proceed|going|go|advancing|advance|continuing|"
    r"continue|pursuing|pursue)( \w+){0,3} (forward|further|ahead|with your|your application"
    r"|with you|to the next)",
    r"\b(decided|chosen|opted|elected|going|gone|decision) (to )?(move|go|proceed|progress|"
    r"continue|pursue)( \w+){0,2} (forward )?with (an?other|other|a different|the other|"
    r"someone|one of the other|an internal)",
    r"\b(went|go|going|gone|move|moved) (in )?(a )?(different|another) direction",
    r"\b(offered|offer|offering) (the (role|position|job|post) )?(has been )?(made )?to "
    r"(another|an?other|someone else|a different|an internal)",
    r"\b(another|other|a different|an internal|a more experienced|the successful) "
    r"(candidate|applicant|person)s? (was|were|has been|have been|who|whose|that) "
    r"(selected|chosen|appointed|offered|hired|more closely|a closer|better)",
    r"\b(picked|chose|hired|selected|appointed|offered it to|went with) (someone|somebody|"
    r"another|an internal|a candidate whose|a different)",
    r"\bposition (has been|was|is now) (filled|closed|cancelled|canceled)",
    r"\b(role|position|job|requisition|req|vacancy|opening|search) (has been |was |is )?"
    r"(filled|cancell?ed|withdrawn|closed)",
    r"\bclose (the|this|our) (current )?(search|requisition|process)",
    r"\b(not|weren't|wasn't|were not|was not|haven't been|have not been|has not been) "
    r"(been )?(selected|successful|shortlisted|chosen|short-listed)",
    r"\bunsuccessful\b",
    r"\bno longer (under consideration|being considered|considered|in consideration|"
    r"in the running|moving forward|progressing)",
    r"\bregret to (inform|advise|let you know|tell you|say)",
    r"\b(won't|will not|not) be (offering|extending|making)( you)? (an offer|the (role|"
    r"position))",
    r"\bnot (to )?(offer|extend an offer|progress|proceed|advance|move forward)\b",
    r"\b(won't|will not) be (taking|moving|progressing) (your|you)",
    r"\bdecided not to\b",
    r"\b(not|isn't|wasn't) (the right|a) (fit|match)",
    r"\b(will not|won't|cannot|can't|unable to) (be )?(offer|progress|proceed|advance|"
    r"take (it|this|things|your application) (any )?further)",
    r"\b(not|won't|will not) (be )?taking (it|this|things|your application|you) (any )?further",
    r"\bnot (be )?able to (offer|progress|proceed|move forward|take)",
    r"\b(not|n't) (been )?(successful|selected) (on|in|this time)",
    r"\bkeep your (cv|resume|details|profile|application) on (file|record)",
    r"\bwish you (the very best|all the best|every success|success|luck|the best)( of luck)? "
    r"(in|with) your (job )?(search|future|career|next)",
    r"\bthe (hiring )?(manager|team|panel|client)( has)? (decided|chosen|felt|went)( to)? "
    r"(go|move|proceed|hire)",
    r"\bdecline[ds]? to (progress|proceed|move)",
    r"\b(are|is|be) not (moving|going) (forward|ahead)",
    r"\bnot (moving|going) ahead",
    r"\bunfortunately[^.]{0,80}\b(not|no longer|other|another|someone else|decided|unable|"
    r"filled|isn't|wasn't|won't)\b",
    r"\bclosing the loop\b[^.]{0,80}(different|another|other|someone|not)",
    r"\b(other|another) (candidates?|applicants?) (more|whose|who|better)",
    r"\b(give|given|gave|giving|offer(ed)?) (the )?(job|role|position|post|place) to "
    r"(someone|somebody|another|a different|an internal|the other)",
    r"\bhas decided to (hire|appoint|offer|go with|proceed with)(?! you\b)",
    r"\b(no|not a) (match|fit) (for|with) (this|the) (role|position)",
    r"\b(they|we|client)( have| has)? (hired|appointed|filled)",
    r"\bnot (the outcome|good news)",
    r"\bapplication (was|has been|is) (unsuccessful|declined|rejected)",
    r"\b(leider|lamentablemente|malheureusement|infelizmente)\b",
    r"\bended up (moving|hiring|going with|choosing|picking|offering|giving|promoting)",
    r"\b(chose|picked|selected|hired) (a|an|one|another) (candidate|person|applicant|internal)",
    r"\b(pulling|pulled|freez(e|ing)|froze|frozen|cancell?(ing|ed)|scrapp?(ing|ed)|"
    r"withdr(awn|ew|awing)|shelv(ed|ing))( \w+){0,3} (role|position|req|requisition|vacancy|"
    r"opening|hiring|hires|post|job)",
    r"\b(going to|gonna|will|we'll|decided to|have to|'ll) pass\b"
    r"(?!( \w+){0,2} (along|through|to)\b| on (your|the|my|his|her|it)\b|( \w+){1,2} on\b)",
    r"\b(it|that) (isn't|is not|wasn't) (going to be )?you\b",
    r"\bnot (moving|going) (fwd|forward)",
    r"\b(spot|role|position|job|post|vacancy|seat)('s| has| is| was)? (been )?(filled|taken|gone)",
    r"\bnot (be )?able to (give|offer) (a )?(favou?rable|positive)",
    r"\b(another|other|a different) (candidate|candidature|applicant|profile)s? "
    r"(corresponded|matched|fit|was|were|had|with)\b",
    r"\bnot (the news|what you) (we|you)?( were| was)? ?(after|hoping|hoped|wanted)",
    r"\b(won't|will not|not) be able to (take|move|progress|proceed)",
    r"\bthe (role|position|job|vacancy) falls away",
    r"\b(unable|not able) to (offer|progress|proceed|continue)",
    r"\b(she|he|they) (has |have )?accepted\b",
    r"\b(chosen|chose|selected|picked|hired) (an?other|other|a different) (candidate|applicant|"
    r"person)",
    r"\bgo(ne)? with (a|an|another|someone|the other|one of) ",
    r"\b(went|go|going|gone|pursue|pursuing|take|taking|took) (a |another |a different )"
    r"(direction|way|route|path)",
    r"\b(role|position|job|post|place|offer) (went|has gone|was given|has been given) to",
    r"\bnot selected\b",
    r"\b(will not|won't|not|no longer) (continue|proceed|go on|move on)( further)? (in|with) "
    r"(the|our|this) (process|selection|recruitment|hiring)",
    r"\b(profile|application|candidacy|experience)( was| is)? (found )?not (suitable|"
    r"a (good |strong )?(fit|match)|the right (fit|match))",
    r"\bnot (suitable|the right fit|a good fit|a strong fit) for",
    r"\b(stop|end|close|closing|conclude|concluding|withdraw) (\w+ )?your (application|"
    r"candidacy|process)",
    r"\bchoice (fell|has fallen|went) (on|to)",
    r"\b(could not|cannot|can't|unable to|not able to) (deliver|give|bring|share|send) (you )?"
    r"(good|positive|better|the news you)",
    r"\b(won't|will not|not) (be )?(extending|continuing|progressing|advancing) (the|your|this)"
    r" (process|application|candidacy)",
    r"\b(not|won't|will not) be taken (any )?further",
    r"\bno longer (recruiting|hiring|filling|looking)",
    r"\b(profile|experience|background) (does|did) not (match|meet|fit|suit)",
    r"\bapproved the appointment of (another|a different|an?other)",
    r"\b(appointed|hired|selected|chose|chosen|extended (it|the \w+( \w+)? role|the offer) to) "
    r"(another|someone|somebody|a different|an internal)",
    r"\bextended the (\w+ ){0,3}(role|position|offer|job) to (someone|another|a candidate|an)",
    r"\b(i'm|i am|we're|we are) going to pass\b",
    r"\b(client|customer|hiring manager|they|the team) (has|have)? ?(declined|passed)\b",
    r"\b(awarded to another|no longer have a (funded )?(seat|role|position|opening))",
    r"\bclos(e|ing|ed) (the )?requisition",
    r"\bno longer (be )?pursu(e|ing) your (application|candidacy)",
    r"\bnot among the (successful|selected|shortlisted)",
    r"\b(wasn't|was not|weren't|were not|is not|isn't) (the )?successful",
    r"\b(won't|will not|not) be taking your (application|candidacy) (any )?further",
    r"\b(search|process|position|role|line|post) (has been|was|is|will be) (closed|cancell?ed|"
    r"not (be )?funded)",
    r"\bclosed without (a|an) (hire|appointment)",
    r"\bfill (the|this) (\w+ ){0,3}(role|position|post|vacancy) internally",
    r"\b(gone|went|go) with (her|him|them|someone|somebody)\b",
    r"\b(has|have) (now )?been filled\b|\b(position|role|post|vacancy|job) (now )?filled\b",
    r"\bpursue (other )?candidates (whose|who|with)",
    r"\b(decided|going) to keep looking",
    r"\bnot the right (moment|time)( for us)? to\b",
    r"\b(don't|do not) think (it's|it is|this is) the right (moment|time)",
    r"\b(money|budget|funding) for (this|the) (\w+ ){0,3}(post|role|position|job) has been "
    r"(pulled|cut|withdrawn|frozen)",
    r"\bfill(ing|ed)? the (\w+ ){0,4}(post|role|position|job) from (inside|within)",
    r"\boff the table\b",
    r"\b(we've|we have|they've|they have) found (someone|somebody|another)",
    r"\bunable to consider your (candidature|application|candidacy)",
    r"\b(it's|it is) a no\b|\ba no from (us|me|them)\b",
    r"\bwill no longer (go ahead|be filled|proceed|be going ahead)",
    r"\b(went|go|gone) with the (internal|other|external)\b",
    r"\boffered to and accepted by\b",
    r"\bnot to continue (the process |your application )?with you",
    r"\bkeep(ing)? the (\w+ ){0,3}(job|role|position|post) in-house",
    r"^\s*not this time\b|\bnot this time,? (i'm|im) afraid",
    r"\bvacancy (has|is) (now )?(been )?(taken up|closed|filled)",
    r"\bshan't be taking\b",
    r"\bwe (found|have found|'ve found) (someone|somebody)",
    r"\bleaned (toward|towards) (someone|another|a candidate|an applicant|a different)",
    r"\bkeep(ing)? looking\b",
    r"\b(not|n't) (be )?offering you (the|a|this)\b",
    r"\b(position|role|post|vacancy|requisition)\b[^.]{0,60}\b(has been|was) (cancell?ed|"
    r"withdrawn|closed)",
    r"\b(withdraw|withdrawn|withdrawing|rescind|rescinded|rescinding|revoke|revoked)( \w+)? "
    r"(the|your|our) (\w+ )?offer",
    r"\boffer(ed|ing)? (the |this )?(\w+ ){0,4}(role|position|job|post) to (another|someone|"
    r"somebody|a different|an internal|the other)",
    r"\bnot been placed on the (eligibility|merit|reserve) list",
    r"\b(will not|won't) be considered further\b",
    r"\b(candidacy|candidature|application|profile) (was|has been|is) not (retained|kept|"
    r"selected|successful|accepted)",
    r"\b(don't|do not) think (this|it|you) (is|are|'s|'re) the right (match|fit|person)",
    r"\bfilled the (\w+ ){0,3}(role|position|post|seat|job) with (an|another|a|someone)",
    r"\b(continue|proceed|move forward|go forward) with other (candidates|applicants|people)",
    r"\b(req|role|position|requisition|headcount)( has been| was|'s been)? pulled\b",
    r"\bclosing out (every|all) (candidates?|applicants?)",
    r"\b(it's|it has|has) gone to [A-Z]\w+",
    r"\bfold(ed|ing)? the (\w+ ){0,4}(post|role|position) into\b|\bwon't be appointing\b",
    r"\b(client|they|manager|boss) picked (the )?(other|another|someone)",
    r"\bnot in a position to (progress|take|move|offer)",
    r"\blet you down gently\b|\bthat's us sorted\b",
    r"\bchosen a candidate (whose|who|with)\b",
    r"\bconfirmed the appointment of another\b",
    r"\bcontinue the process with (other )?(profiles|candidates|applicants)",
    r"\b(postulation|application|candidacy) does not continue\b",
    r"\bleading us in another direction\b|\bwill not be carried forward\b",
)

REJECTION_BLOCK = _rx(
    # A rule about applications in general ("applications with missing items cannot be
    # progressed") asks for something; it turns nobody down.
    r"\b(applications?|profiles?|candidates?) (with|that|which|missing|without)\b[^.]{0,60}"
    r"(cannot|can't|will not|won't) be",
    r"\bcannot be (progressed|processed|considered) (until|unless|without)",
    r"\bnot (a|the|meant as a|meant to be a) (rejection|no)\b",
    r"\bthis (isn't|is not) a (rejection|no)",
    r"\b(no|not) (a )?decision (yet|has been)",
    r"\bwon't be (long|much longer)",
    r"\b(decision|decided|offer)[^.]{0,20}not (yet|until)\b",
    r"\bregret the delay",
    r"\bunfortunately[^.]{0,60}\b(delay|delayed|sick|ill|travel|away|out|holiday|busy|"
    r"postponed|pushed back|slower|running late|behind)",
    r"\b(other|more) candidates? (are|is) still",
    r"\bstill (interviewing|speaking|meeting|reviewing|considering)",
    r"\bnot (moving|going) forward (until|before)",
    r"\bif (you('re| are)? )?not (selected|successful)",
    r"\b(if|whether|in case) [^.]{0,40}(not|unsuccessful)",
    r"\b(unless|otherwise|failure to)\b|\bnot (completed|received|submitted) (by|within)\b",
    r"\bnot moving forward with any new\b|\bdecision will slip\b|\bnot yet been able\b",
    r"\bdo not read this as a rejection\b",
)

OFFER = _rx(
    r"\b(pleased|happy|delighted|thrilled|excited|glad|love|like|want|wish|would like|'d like|"
    r"'d love|would love)( to| be able to)? (formally )?(extend|offer|make|confirm|propose)"
    r"( \w+){0,3} (an? |the |our |a formal |a conditional |a verbal )?(offer|position|role|"
    r"job|post)",
    r"\b(offer|offers) (you|of employment)\b",
    r"\b(extend|extending|make|making|made|send|sending|attached|attaching|prepare|preparing|"
    r"here is|here's|enclosed|find) (you )?(an?|the|your|our)( \w+){0,2} (verbal |written |"
    r"formal |conditional |official |job )?offer\b",
    r"\boffer (letter|of employment|pack|package|details|paperwork|documents?|is ready)",
    r"\byour (written |formal |conditional |official )?offer\b",
    r"\b(welcome|welcoming) (you )?(aboard|to the team|on board|to (the|our) \w+ (team|family))",
    r"\bwant(s)? you (on|to join) (the|our) (team|company|crew)",
    r"\b(love|like|want)(d)? (for )?you to (come (and )?)?(join\b|work (with|for) us)",
    r"\b(increase|improve|revise|raise|sweeten)[ds]? (the|our|my|your) offer\b",
    r"\brevised offer\b",
    r"\byou('ve| have) got the (job|role|position)",
    r"\b(successful|selected) (candidate|for the (role|position))\b",
    r"\b(conditional|verbal|formal|written|unconditional|official) offer\b",
    r"\bappoint(ed)? you\b",
    r"\bpropose you the (position|role)",
    r"\bcongratulations\b[^.]{0,60}\b(offer|role|position|join|selected|successful)",
    r"\bsign(ed)? (the|your) (contract|offer|employment agreement|agreement)",
    r"\bemployment (agreement|contract) (for you|to sign|attached|is attached)",
    r"\bstart date\b[^.]{0,40}\b(confirm|would you|works|propose)",
    r"\bwe want you\b(?! (to|at|in|on|for|back|onsite|there|over)\b)",
    r"\b(the )?(job|role|position|post)('s| is) yours",
    r"\b(love|like|glad|happy) to have you (join|on board|onboard|with us|start)",
    r"\boffer('s| is) (going out|on (its|the) way|coming|in the (mail|post))",
    r"\bcan you start\b",
    r"\bapproved your (hiring|hire|offer|appointment)",
    r"\b(formal|official) proposal\b",
    r"\b(love|like|want) you to (take on|accept|join|fill|take up)",
    r"\bsuccessful in your application",
    r"\bletter of offer\b",
    r"\bto have you (join|start|on board|onboard|with us|as (our|a|the|an))",
    r"\bthey said yes\b",
    r"\bwelcome you (as|to|into|on|aboard)\b",
    r"\b(founders|team|client|they|we|everyone|manager|board|company)( all)? want(s)? you"
    r"(?! (to|onsite|on-site|in|back|for|at|there|on|over)\b)\b",
    r"\bfinal acceptance\b",
    r"\b(congratulations|congrats) on (your )?(final )?(acceptance|selection|appointment|"
    r"offer|new role|being selected)",
    r"\b(the|our|salary|contract) proposal (is|of)\b",
    r"\b(decided|chosen|decision) to (hire|appoint|employ|welcome) you",
    r"\byou'?r(e)? hired\b",
    r"\b(consider|think of) the (position|role|job) yours",
    r"\brecommend(ing)? you (to the board )?(for appointment|to the board)",
    r"\b(approved|cleared|selected) you (this \w+ )?for the (\w+ ){0,5}(position|role|job)",
    r"\b(like|love|want) you to be part of (the|our)",
    r"\b(jo|job offer|offer letter|contract) (is )?attached",
    r"\bpleased to appoint\b",
    r"\bhere'?s the (package|offer|comp)",
    r"\bpackage (they'?re|they are|they|we're|we are) propos",
    r"\bshe'?s said yes|he'?s said yes",
    r"\bset (you )?up on payroll|get you set up on payroll",
    r"\bconfirm your (place|appointment|position) (on|as|in|at|with)",
    r"\bsent you the contract\b|\bhit accept\b",
    r"\bbring you on (as|board)\b",
    r"\b(like|want) you to take the (\w+ ){0,4}(job|role|position|post)",
    r"\boffer(ing)? letter\b",
    r"\byou start (on )?(mon|tue|wed|thu|fri|sat|sun|tomorrow|next)\w*",
    r"\b(you're|you are) hired\b",
    r"\blet's do this\b",
    r"\bget hr to send (the )?(numbers|offer|paperwork|contract)",
    r"\bverbal yes\b",
    r"\b(like|love|want) you on (the|our) (team|crew|staff|books)",
    r"(?<!not )(?<!n't )\boffering you (the|a|this)\b",
    r"\b(love|like|want) (for )?you to be part of\b",
    r"\byour employment (agreement|contract)\b",
    r"\b(proposition|promesse|promise) (d'|of )?(embauche|hiring)\b",
    r"\b(pleasure|happy|glad|pleased) to propose you the (post|position|job|role)\b|\bnaitei\b",
    r"\bwants you to start\b|\byou'?re in!|\byou got it\b",
    r"\b(post|position|job|role) of [^.]{0,60} is yours\b",
    r"\bselected for (enrolment|enrollment|appointment)\b|\bswear you in\b",
    r"\bextend to you a call\b|\bcall to serve\b",
    r"\b(love|like) you to lead\b|\bputting you on the crew\b",
    r"\bapproved your (engagement|appointment|employment)\b|\bletter of appointment\b",
)

OFFER_BLOCK = _rx(
    r"(n't|\b(no|not|yet to|before))\b[^.]{0,40}\boffers?\b",
    r"\boffers?\b[^.]{0,30}\b(will|won't|would|go out|are made|expected|until|after)\b",
    r"\b(thanks|thank you) for (the|your) (kind )?offer",
    # "thanks for the offer to send samples", not "increase the offer to £48,000".
    r"\b(your|the) offer to\b(?! ?(£|\$|€|\d|you\b))",
    r"\bwe (also )?offer (flexible|hybrid|remote|a range|competitive|great|excellent|"
    r"generous|benefits)",
    r"\boffer (flexible|hybrid|remote|benefits)",
    r"\bif (we|an|the) (make|extend|offer)",
    r"\b(if|once|when) [^.]{0,40}offer",
    r"\boffered (it |the (role|position) )?to (another|someone|a different|an internal)",
    r"\b(other|another) (candidate|applicant)",
    r"\bsuccessful (at|in|through) (the )?(\w+ ){0,3}(stage|round)",
    r"\b(the|your|another) other offer|\banother offer\b",
    r"\b(another|someone|somebody|a candidate) (whose|who|with)\b",
    r"\bbefore [^.]{0,40}offer",
    r"\boffer you (\w+ )?(tickets?|coffee|a tour|discount|lunch|a drink|parking)",
    r"\b(financial|fee|commercial|technical|price) proposal\b",
    r"\b(not|no) (be )?(construed|taken|read|seen|meant) as\b|\bcommitment\b|"
    r"\bdoes not constitute\b",
    r"\bno decision on (the )?offers?\b|\bdecision on (the )?offers? (until|before|after)",
    r"\b(no|any) decision (will be|is|has been) (made|taken)\b",
    r"\bwhat we need from you\b|\byour (base )?(salary )?expectations\b",
    r"\bnot at the offer stage\b",
)

NEXT_ROUND = _rx(
    r"\b(next|second|third|final|2nd|3rd|last|panel|"
    r"onsite|on-site|in-person|technical|in person) (round|interview|conversation|"
    r"meeting|chat|call)s?\b(?! of (hiring|recruitment|recruiting|openings))",
    r"\b(invite|invitation|inviting|invited) (you )?(to|for) (an?|the|our)? ?(\w+ )?"
    r"(interview|meeting|assessment|call|chat|conversation|presentation|visit|onsite|panel|"
    r"stage|step|round|session|exercise|day)",
    r"\b(you|you'll|you to|you can|you could|would you)( \w+){0,3} (meet|speak|talk|chat) "
    r"(with|to) (our|the|my|a few|some|two|three|\w+ (from|on) (our|the))",
    r"\b(like|want|love|have) you in (for|to)\b",
    r"\b(second|third|2nd|3rd) stage\b",
    r"(?<!part of )(?<!reach )(?<!reaches )(?<!in )(?<!during )\bthe (final|last) stage\b",
    r"\bcome (back|in|by)( in)? (to|and) (meet|speak|talk|chat|see)",
    r"\b(schedule|book|arrange|set up|line up|find|organi[sz]e) (a|an|the|your|some)? ?"
    r"(time|call|interview|meeting|slot|chat|session|conversation)",
    r"\b(share your|send (me|us) your|what is your|what's your) (availability|"
    r"disponibilit\w*)\b(?! to (start|incorporate|join|begin)| in writing)"
    r"(?![^.]{0,60}(can ?not|cannot) work)",
    r"\b(available|free) (for|on|this|next|to) [^.]{0,40}(call|chat|interview|meet|talk)",
    r"\b(can|could) you (do|make|join)\b[^.]{0,60}(\d|mon|tue|wed|thu|fri|call|chat|interview|"
    r"min)",
    r"\b(take-?home|technical (exercise|assessment|test|task)|case (study|presentation)|"
    r"coding (exercise|challenge|test)|online assessment|work trial|trial (shift|day)|"
    r"assessment centre|assessment center|skills test)",
    r"\b(move|moving|proceed|proceeding|progress|progressing|advance|advancing|continue|"
    r"continuing|take|taking)( you| your application)? (forward|to the next|to the final|"
    r"further|ahead|in (our|the) process)",
    r"\bselected to (proceed|progress|advance|continue|move)",
    r"\bwould (love|like) (you )?to (have you back|see you again|invite you back)",
    r"\bhave you back\b",
    r"\bcalendar (invite|link)|calendly|pick a (slot|time)|select a time|book a slot",
    r"\bcome (down|in|by|over|back|into)( \w+){0,4} (to|and) (meet|see|chat|talk|spend|ride|"
    r"shadow|visit|do|have)",
    r"\bcome (down|in|by|over|into) (the|our) \w+ (on )?(mon|tue|wed|thu|fri|sat|sun|tomorrow|"
    r"next|this|at)",
    r"\bride along\b",
    r"\b(meet|meeting) (a few|some|the|a couple) (of )?(folks|people|team|members|others)",
    r"\b(are you|would you be|you) (free|available) (any|on|this|next|for|to|at|tomorrow|"
    r"(\w+ )?(mon|tue|wed|thu|fri))",
    r"\b(send|share|give)( me| us)? (a few|some|your|two|three)? ?(slots|times|availability|"
    r"dates|windows)",
    r"\b(retained|selected|chosen|shortlisted|invited) for (the |our )?(next|final|second)",
    r"\bbring you (back )?(in|on ?site|over)\b",
    r"\b(invited|invite you|inviting you) to attend",
    r"\b(progress|move|proceed|advance|go through) to (the|our) (\w+ ){0,3}(stage|round|"
    r"interview|assessment)",
    r"\b(would like|'d like|wants?|'d love|would love) to meet (you|with you)",
    r"\b(glad|happy|love|like|pleased) to host you",
    r"\bpassed the (first|second|initial|\w+) (selection|stage|round|interview|screen)",
    r"\b(as|for) the (second|next|final|third) selection",
    r"\b(hold|invite|invitation) (in|to|on) your calendar",
    r"\bpick your brain",
    r"\b(see|meet) you again\b",
    r"\bwant(s)? you to meet\b",
    r"\bspend (a bit |some )?more time with you",
    r"\b(when|which days?|what days?|what times?|which times?)( in [^?]{0,30})? "
    r"(works|work|are good|suits?|is good|would work)\b",
    r"\bpresent (your|a|the) (solution|findings|case|work)",
    r"\b(share|tell (me|us)|let (me|us) know) when you('re| are) (free|available)",
    r"\b(grab|spend|have) (\d+|a few|some|twenty|thirty|fifteen) (min|minutes|mins)",
    r"\b(could you|can you|can u|would you|want you to|like you to|you to) (swing|stop|pop|"
    r"come) (by|in|over|out)\b",
    r"\b(shadow|stage with us|teach a (\d+-minute )?(demo |sample )?lesson|trial shift|"
    r"working interview|one-on-one|1:1|follow-on (discussion|conversation|interview)|"
    r"full loop|onsite loop|loop interview)",
    r"\b(like|want|love)( \w+){0,4} to sit down with\b",
    r"\b(endors(e|ing) you|cleared you for)\b",
    r"\b(wants|want|like|would like|'d like) to (meet|see|talk to|speak to|speak with) (u|you)\b",
    r"\b(in front of|for) (students|the class|the team|the panel) (on|next|this)",
    r"\bcan (u|you) do \d+",
    r"\b(small|short|take-home|coding|design|written|practical) (exercise|task|assignment|"
    r"challenge)\b",
    r"\bwant(s)? you (onsite|on-site|in(?! (our|the|my) (team|company|crew|family))|back|over) ",
    r"\b(like|love|'d like|would like) you to meet\b",
    r"\bshortlisted (for (the|an?) (\w+ ){0,3}(interview|discussion|round|panel|assessment)|"
    r"to (appear|attend))",
    r"\b(step|stage)( of (the|our) process)?,? which is (a|an) (meeting|interview|call|chat)",
    r"\bnext stage (of (our|the) process )?(for [^.]{0,60})?is (a|an)\b",
    r"\b(do|for) a trial\b|\btrial (mon|tue|wed|thu|fri|sat|sun)\w*",
    r"\bget you in front of\b",
    r"\bcleared the (\w+ ){0,2}(discussion|round|interview|screen|stage)",
    r"\b(round|interview|discussion) is scheduled\b",
    r"\b(\d+|a few|thirty|fifteen|twenty) (min|minutes|mins) with you\b",
    r"\bspend a (morning|afternoon|day|shift|few hours) with us",
    r"\bsit in on\b",
    r"\bgot through the (\w+ )?(screen|round|stage|interview)",
    r"\bnext up is\b",
    r"\bwalk the (line|floor|site|plant) with you",
    r"\b(superday|assessment day|assessment centre|assessment center)\b",
    r"\bpencill?ed you in\b",
    r"\bcome (back )?in for (a|an|the)\b",
    r"\b(want|like|'d like|would like) to (do|have|schedule|set up) (one )?more (conversation|"
    r"chat|call|interview|meeting)",
    r"\bone more (conversation|chat|call|interview|round) (with|now)",
    r"\bcome (out|along) (on|with) (the van|me|us)\b",
    r"\b(come|could you come|can you come) (and )?(to )?meet\b",
    r"\bcall again at\b|\bso that you might meet\b|\bsee how you get on\b",
    r"\bfancy a (coffee|chat|call|walk-through|session)\b|\bup for a (walk-through|chat|"
    r"coffee|call|session|pairing)",
    r"\bsteal (half an hour|an hour|\d+ (min|minutes)|some time) with you",
    r"\bpairing session\b|\bnext bit would be\b",
    r"\bone more conversation (we'd|we would) like you to have",
    r"\bget you back in\b",
    r"\b(which|what) (time|day|date)s? (is|are|would be) (ok|okay|good|best|convenient) for you",
    r"\bround (2|two|3|three)\b",
    r"\bcalendar hold\b",
    r"\b(passed|cleared) (that|this|the) (stage|round|interview|step)",
    r"\blike you to complete the (\w+ ){0,3}(evaluation|assessment|test|exercise|simulation)",
    r"\b(can|may|will) continue to the (\w+ ){0,3}(stage|round|step|interview)",
    r"\b(get to know you better|second appointment|follow-up meeting with)\b",
    r"\b(like you to|would you like to|could you|can you) (come by|come over|come in) "
    r"(in \w+ )?(one more time|again)\b",
    r"\bwant(s)? you (at|for) (the|an|our) (onsite|on-site|interview|panel|final)",
    r"\b(get|getting) your (\w+ )?(onsite|interview|panel|loop|final) (scheduled|booked|set up)",
    r"\b(like|want) you to do the (\w+ )?(panel|round|interview|onsite|loop|presentation)",
    r"\bhop on (a call )?(with|w/)",
    r"\bget you (in|back down|back in|down|over) (for|to)\b",
    r"\b(like|want) to (sit|sit down) with you\b",
    r"\btake you round\b|\bon-road (bit|test|assessment)\b",
    r"\bshortlisted for (phase|stage|round) \d",
    r"\b(like|want) to (meet|see) you\b",
    r"\b(file|application|profile|candidacy) has been (moved|taken|put) forward",
    r"\bthe next step is (the|a|an)\b",
    r"\btake you through to\b",
    r"\b(would you be|are you) (around|available|free) for a\b",
    r"\b(love|like) a (proper )?(chat|call|word|coffee) with you\b",
    r"\b(join|meet) (him|her|them|us) for (coffee|a coffee|lunch|a chat|a drink)",
    r"\b(like|want|asked if you'?d?) to (walk|tour|show you|spend|join)\b",
    r"\bwants? to (know|meet) you (personally|in person)",
    r"\bspend (two|three|a few|\d+) days with\b|\bspend a (sunday|saturday|day|week) with us\b",
    r"\bprogressed to the (\w+ ){0,2}(step|stage|round)\b|\bhas moved forward\b",
    r"\b(moved|advanced|progressed|been moved|been advanced|been shortlisted) (on |forward )?to "
    r"the next (step|stage|round)\b",
    r"\bnext step:? (a |an |the |your )?(video|phone|online|virtual|panel|final|technical|"
    r"recorded)? ?interview\b",
    r"\basks you to prepare a (\w+[- ]){0,3}(presentation|case|proposal)",
    r"\bpencill?ed you into\b|\blast hurdle\b",
    r"\b(like|want) to have a (conversation|chat|call|meeting) with you\b",
    r"\bstage (2|two|3|three)\b|\betapa (2|3)\b",
)
# Things a company asks for: a request only when the sentence asks ("the portfolio
# walkthrough was great" asks for nothing).
REQUEST_NOUNS = _rx(
    r"\b(portfolio|work samples?|writing samples?|samples of your work|examples of your work|"
    r"code sample|transcripts?|notice period|salary expectations?|expected salary|"
    r"right to work|work authori[sz]ation|visa status|background check|consent form|"
    r"id documents?|proof of|certificates?|degree certificate|dbs)",
)
ASKING = _rx(
    r"\b(could|can|would|will|please|kindly|send|share|provide|need|needs|needed|require|"
    r"requires|required|requested|request|"
    r"forward|upload|bring|email|attach|submit|confirm|let (me|us) know|tell (me|us))\b|\?",
)
WEAK_NEXT_ROUND = _rx(
    r"\bnext (step|stage)s?\b",
    r"\byour (availability|disponibilit\w*)\b(?! to (start|incorporate|join|begin))",
    r"\b(advanced|shortlisted|short-listed|through to)\b",
    r"\b(continue|proceed|go on|move on|move forward) with you\b",
    r"\b(further|another|additional|follow-?up) (round|interview|conversation|meeting|chat|"
    r"call)s?\b(?! of (hiring|recruitment|recruiting|openings))",
)

REQUEST = _rx(
    r"\b(could|can|would|will) you (please |kindly |also )?(send|share|provide|forward|email|"
    r"indicate|"
    r"submit|complete|fill|let (me|us) know|confirm|tell|upload|give|get)",
    r"\b(please|kindly|pls|plz) (also )?(send|share|provide|forward|email|submit|complete|"
    r"fill|upload|sign(?! (in|up|on)\b)|return|confirm|let (me|us) know|advise|attach|"
    r"reply with)",
    r"\b(need|require|request|ask|asked|asking|needs|requires|requested)(ed)? (you |from you |"
    r"for )?(to )?(a few|some|two|three|your|the following|additional|more|copies|"
    r"a copy|references?|details|information|documents?)",
    r"\breferences?\b[^.]{0,40}\b(contact|details|names|send|provide|list|needed|required)",
    r"\bwhat (is|are|would be) your (notice|salary|current|expected|earliest|start)",
    r"\bhow (much|long) (notice|is your notice)",
    r"\bsend (me|us|over|through) (your|a|the|some|two|three)",
    r"\b(a few|some|couple of) (more |additional |quick )?(questions|details|things)",
    r"\bwould you mind (filling|sending|sharing|completing|providing|forwarding)",
    r"\b(yes,? please( do)?|please do)\b(?! not)",
    r"\b(like|love|want|keen) to see (two|three|some|a few|your|one|examples)",
    r"\b(got|have you got|do you have) (a|the) (link|copy|sample)",
    r"\bneed (\d|two|three|a few|some|a couple of) (things|bits|items|documents|details)",
    r"\b(helpful|useful|great|good) to (see|have|receive|get)\b",
    r"\bexamples? of your (written )?work",
    r"\bhow much (are you looking for|do you expect|would you (want|expect|need))",
    r"\bwhen (could|can|would) you (realistically )?start",
    r"\b(would you be (comfortable|willing|able to)|are you able to|would you mind) "
    r"(sharing|sending|share|send|provide|providing)",
    r"\bneed (from you|the following)",
    r"\bwhat (are you|you're|you are) (making|earning|paid|on)\b",
    r"\bwhat (number|figure|salary|rate|pay)\b",
    r"\b(get|send|need) (a )?(pic|photo|picture|copy|scan)s? of (your|the)",
    r"\bneeds your (availability|details|information|documents|references)",
    r"\bearliest (realistic |possible )?start date",
    r"\b(if|whether) you (could|can|would) (send|share|provide|forward|email)",
    r"\b(are|is|you are|you're) (being )?asked to (complete|provide|authori[sz]e|submit|send|"
    r"sign|fill|return)",
    r"\bauthori[sz]e (a|the) (consumer )?(background|credit|reference)",
    r"\bwhat'?s your current (package|salary|base|pay|rate|compensation)",
    r"\bplease could you (confirm|send|provide|tell|let|share|forward|complete)",
    r"\b(documents?|details|information|forms?|references?|referees?|paperwork) "
    r"(needed|required|requested)\b",
    r"\breferee details\b|\baction required\b",
    r"\b(and )?complete the following\b",
    r"\bkindly request\b|\bwe request that you\b",
    r"\b(got|have you got|do you have) (a |any )?(references?|referees?)",
    r"\b(let me have|send me) the names\b|\breference (i|we) (can|could) (call|ring|phone)",
    r"\b(have|got) you (got )?your own (van|tools|car|transport|kit)",
    r"\bwhat('?s| are| is) your (tickets|certs|certificates|qualifications|cscs)",
    r"\bsend me your (cv|resume)\b",
    r"\bneeds? (a little |a bit |some )?more (from you|information|info|details)",
    r"\bgive your consent\b",
    r"\b(what are you looking for|money[- ]?wise)\b",
    r"\bdo you have (your|a|an) ",
    r"\bfill in (which|the|your)\b",
    r"\bneed your (ni|national insurance|ssn|social security|tax|bank|passport)",
    r"\bneed (an )?updated (cv|resume)|\bcan you get (that|it|them) over\b",
    r"\bplease action\b|\brevert with\b",
    r"\bnominate (\w+ )?(referees|references)\b|\brequested that you\b",
    r"\b(you are|you're) requested to (send|provide|submit|share|complete|upload)",
    r"\b(asked me|need|want|have) to confirm (your|a couple|some|the following|a few)",
    r"\bcomplete your (\w+ )?(questionnaire|form|profile)\b|\btask has been assigned\b",
    r"\bwhat'?s your (tc|comp|compensation|salary|base|rate|pay) (target|expectations?|range|"
    r"number)",
    r"\bwhat (sort of|kind of) (number|salary|figure|money)\b",
    r"\b(flick|drop|send|shoot) me (a copy of |over )?your (\w+ )?(referees|references|record|"
    r"transcript|cv|resume|details)",
    r"\b(current|expected) ctc\b",
    r"\b(would|will) help us (a lot )?to see\b",
    r"\bwill want (two|three|\d+) references\b|\bwant (two|three|\d+) (references|referees)\b",
    r"\bmay we ask you to (provide|send|share|complete)\b",
)

REQUEST_BLOCK = _rx(
    r"\b(don't|do not|no) need (any )?(references|anything|the)",
    r"\b(send|share|give)( me| us)? (a few|some|your|two|three)? ?(slots|times|availability|"
    r"dates|windows)",
    r"\bthanks for sending\b",
    r"\b(ask|asking) for your (patience|understanding)",
    r"\b(you )?(may|can) request\b",
    r"\bnot a rejection\b|\bdo not misunderstand\b|\bask your (kind )?(patience|understanding)",
    r"\bask for your (kind )?(patience|understanding)",
)

OUT_OF_OFFICE_SUBJECT = _rx(
    r"^\s*(auto|away)\s*:",
    r"\b(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|"
    r"ooo|away from (the )?office|abwesenheit|réponse automatique|respuesta automática|"
    r"resposta automática|afwezig|on leave|annual leave|vacation)\b",
)
# A person typing "I'm off until Monday" says so in the first person; routing lines and return
# dates ("back on the 9th") are also read in an auto-reply.
AWAY_TYPED = _rx(
    r"\b(i am|i'm|im|i will be|i'll be)( currently)? (out of (the )?office|away|on (annual |"
    r"parental |maternity |paternity |sick |study )?leave|on vacation|on holiday|off|ooo|on pto|"
    r"on sabbatical)\b(?! (from|next) )",
    r"^\s*(on|off on) (annual )?(leave|holiday|vacation|pto)\b",
    r"^\s*(off|out|away) (till|until|til)\b",
    r"^\s*(in|at) [A-Z]?\w+ (till|until|til) \w+,? (will|i'll) (reply|respond|get back)",
    r"\bout of (the )?office (until|till|til|through|from)",
    r"\bwon't be checking (e-?mails?|messages)",
    r"\bwill (check|be checking) (messages|e-?mails?|my e-?mail) (from|after|again)",
    r"\baway (for|at) (a|the|my) \w+",
    r"\b(on a plane|back online|no signal|patchy signal|on hols|presently abroad|"
    r"upon (his|her|my) return)\b",
    # "off sick" said of oneself ("off sick till Thurs"), not of a colleague who "has been".
    r"(?<!been )(?<!is )(?<!was )(?<!are )(?<!were )\boff sick\b",
    r"\boffline (until|till|til)\b|\bback on it\b",
    r"\b(de vacaciones|en vacances|im urlaub|in ferie|de férias|on vacation) (hasta|jusqu|bis|fino|"
    r"até|until|till)",
    r"\bout sick\b|\bon the road (this|all) week\b|^\s*auto msg\b",
    r"\bis closed for the (\w+ )?(break|holidays?|christmas|summer|festive)",
)
OUT_OF_OFFICE_BODY = _rx(
    r"\b(i am|i'm|i will be|i'll be|im|currently|will be)( currently)? (out of (the )?office|"
    r"away|on (annual |parental |maternity |paternity |sick |study )?leave|on vacation|on "
    r"holiday|off|travell?ing|out|ooo|on pto|on sabbatical|on a break|attending)",
    r"\bout of (the )?office\b",
    r"\blimited (access to|access|connectivity)",
    r"\b(back|return|returning|returns|be back|back in the office) (on|from|to the office|"
    r"in the office|by|after|monday|tuesday|wednesday|thursday|friday|\d)",
    r"\b(until|till|til) (i return|my return)",
    r"\bin my absence\b",
    r"\bwill (respond|reply|get back to you|answer) (to your (e-?mail|message) )?(when|on my|"
    r"upon|after|as soon as)",
    r"\bon (annual|parental|maternity|paternity|sick) leave\b",
    r"\b(je suis|ich bin|estoy|estou|sono)\b",
    r"\b(office|practice|we|surgery|team) (is|are) closed (for|until|till|over)",
    r"\bwhen we reopen\b",
    r"\b(college|office|school|university|practice|company) is closed for\b|\breopens on\b",
)
RECEIPT = _rx(
    r"\b(we|i) (have )?(received|got) your (message|email|e-mail|enquiry|inquiry|note|"
    r"application)\b",
    r"\bthis is an automated (message|response|reply) (to confirm|confirming)",
    r"\bthank you for (contacting|your (message|email|e-mail)).{0,60}(respond|reply|get back)"
    r".{0,40}(business days|hours)",
    r"\b(confirm|confirming) (that )?your (message|email|application) (reached|has (been )?"
    r"received|arrived|has arrived)",
    r"\bsent automatically\b",
    r"\b(request|message|email|enquiry) has been (logged|received|forwarded)",
    r"\bautomatic confirmation\b",
    r"\b(we|i)('ve| have) received your (e-?mail|message|note|enquiry|inquiry)",
    r"\bquote your (ticket|reference|case)",
    r"\bmessage reached (us|our)\b",
    r"\b(aim|try|endeavour|endeavor) to (reply|respond)( to all \w+)? within\b",
    r"\bmailbox is monitored\b",
)
_AUTO_HEADER = re.compile(r"auto-replied|auto_reply", re.I)


# --- reading -----------------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-*•\d])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def _find(pattern: re.Pattern[str], block: re.Pattern[str] | None, parts: list[str]) -> str:
    """The first sentence's words that match `pattern`, in a sentence `block` does not match."""
    for sentence in parts:
        match = pattern.search(sentence)
        if match and not (block and block.search(sentence)):
            return match.group(0)
    return ""


# Text-speak read as the words it stands for, so "can u send ur cv pls" is a request.
TEXT_SPEAK = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "tmrw": "tomorrow",
    "wk": "week",
    "til": "until",
    "hols": "holiday",
    "ya": "you",
    "cv's": "cvs",
    "lmk": "let me know",
    "asap": "soon",
    "wanna": "want to",
    "gonna": "going to",
    # Misspellings that hide a decisive word.
    "unfortunatley": "unfortunately",
    "unfortunatly": "unfortunately",
    "unfortunetly": "unfortunately",
    "unfortunatelly": "unfortunately",
    "somone": "someone",
    "someome": "someone",
    "candiate": "candidate",
    "canditate": "candidate",
    "oppertunity": "opportunity",
    "oportunity": "opportunity",
}
_TEXT_SPEAK = re.compile(
    r"(?<![\w'])(" + "|".join(map(re.escape, TEXT_SPEAK)) + r")(?![\w'])", re.I
)
# "Please disregard our previous email": whatever it says about the earlier one is void.
RETRACTION = _rx(
    r"\b(disregard|ignore) (our|the|that|this) (previous|earlier|last) (e-?mail|message)",
    r"\bsent (to you )?in error\b",
)
NOT_A_REJECTION = _rx(r"\b(not|isn't|is not|wasn't) (a|the|meant as a) rejection\b")
NOT_AN_OFFER = _rx(r"\b(not|isn't|is not) an offer\b")
NEXT_ROUND_BLOCK = _rx(
    r"\bor not\?",
    # A round already held ("thank you for attending our assessment centre") is no new round.
    r"\b(thank(s| you) for (attending|your time at|coming to|taking part)|for attending|"
    r"following (your|the) (\w+ ){0,3}(interview|assessment|centre|center|round|visit)|"
    r"(expenses?|travel) claim|still running|are still interviewing|(glad|hope) you enjoyed|"
    r"(was|were) (lovely|nice|great|good) to (see|meet)|runs? until|running until|"
    r"get back to you)",
    r"\b(small |quick )?change (for|to)\b|\binstead of\b",
    # Logistics of an interview already booked: not a new round.
    r"\b(has|have been|was|is) (moved|changed|rescheduled|relocated)\b",
    r"\broom (change|\d)|\bsame time\b",
    r"\b(send|share|forward)( over| me| us)? (the|your) (pdf|deck|slides|copy|file|case study|"
    r"presentation|work)",
    r"\b(debrief|feedback|outcome|results?) (for|from|of|on) (your|the) ",
    r"\bnext steps?\W{0,6}(none|nothing|n/a)\b",
)
# Mail sent to many (job alerts, newsletters) answers nobody, whatever it mentions; a system's
# notice about the candidate's own application carries the same footer and still counts.
JOB_ALERT = _rx(
    r"\b(new )?(jobs|roles|openings|vacancies|positions) (matching|for you|you might like|"
    r"near you)",
    r"\bjob alerts?\b|\bsaved search\b|\brecommended (jobs|roles|for you)\b|\bnewsletter\b|"
    r"\bdigest\b|\bis hiring\b|\bsee all \d+",
)
PERSONAL_GREETING = re.compile(r"\s*(hi|hey|dear|hello|good (morning|afternoon)),? [A-Z]", re.I)
ABOUT_YOU = _rx(
    r"\byour (application|candidacy|candidature|interview)\b|\byou (applied|interviewed)\b",
    r"\b(interviewing|interview) for the\b|\bthe (\w+ ){0,4}(position|role|job) you\b",
)
BULK = _rx(
    r"\bunsubscribe\b",
    r"\byou('re| are) receiving this (e-?mail|message) because",
    r"\bmanage (your )?(alerts|subscriptions|preferences|email preferences)",
)


def _find_asked(parts: list[str]) -> str:
    for sentence in parts:
        match = REQUEST_NOUNS.search(sentence)
        if match and ASKING.search(sentence) and not REQUEST_BLOCK.search(sentence):
            return match.group(0)
    return ""


def _not_personal(text: str) -> bool:
    """A retraction ("please ignore my last email") or bulk mail not about this application."""
    return bool(
        RETRACTION.search(text)
        or (
            BULK.search(text)
            and not ABOUT_YOU.search(text)
            and (JOB_ALERT.search(text) or not PERSONAL_GREETING.match(text))
        )
    )


def classify_text(text: str) -> tuple[str, str]:
    """(kind, evidence) of a person's words; ('other', '') when they decide nothing."""
    if _not_personal(text):
        return "other", ""
    text = _TEXT_SPEAK.sub(
        lambda m: TEXT_SPEAK[m.group(0).lower()], text.replace("\u2019", "'").replace("\u2018", "'")
    )
    parts = sentences(text)
    found = {
        "rejection": _find(REJECTION, REJECTION_BLOCK, parts),
        "offer": _find(OFFER, OFFER_BLOCK, parts),
        "next_round": _find(NEXT_ROUND, NEXT_ROUND_BLOCK, parts),
        "request": _find(REQUEST, REQUEST_BLOCK, parts) or _find_asked(parts),
        "weak_next_round": _find(WEAK_NEXT_ROUND, NEXT_ROUND_BLOCK, parts),
    }
    # "This is not a rejection" and "it isn't an offer yet" govern the whole note.
    if NOT_A_REJECTION.search(text):
        found["rejection"] = ""
    if NOT_AN_OFFER.search(text):
        found["offer"] = ""
    for kind in ("rejection", "offer", "next_round", "request", "weak_next_round"):
        if found[kind]:
            return kind.removeprefix("weak_"), found[kind]
    return "other", ""


_THIRD_PERSON = re.compile(r"\b(him|her|them|he|she|his|hers|he's|she's)\b", re.IGNORECASE)
_TO_YOU = {
    "him": "you",
    "her": "you",
    "them": "you",
    "he": "you",
    "she": "you",
    "his": "your",
    "hers": "yours",
    "he's": "you're",
    "she's": "you're",
}


def _as_if_to_you(text: str) -> str:
    """A colleague's note passed on ("we'd like to offer him the role") read as if it were
    written to the candidate, as the forward means it."""
    return _THIRD_PERSON.sub(lambda m: _TO_YOU[m.group(0).lower()], text)


def _header(headers: dict, name: str) -> str:
    for key, value in headers.items():
        if str(key).lower() == name:
            return str(value or "")
    return ""


def _is_reply_subject(subject: str) -> bool:
    return bool(re.match(r"^\s*(re|aw|sv|fw|fwd|tr|wg|rv)\s*:", subject, re.I))


def read_reply(
    subject: str,
    body: str,
    headers: dict[str, str] | None = None,
    *,
    received_at: dt.datetime | None = None,
    tz: str | None = None,
    country: str | None = None,
) -> ReplyReading:
    """Sort one reply: the rules (module docstring), then the model's second opinion.

    A return date ("back Monday") is counted from `received_at` in the zone `tz`; without a
    zone, from the sender's own wall clock (the offset `received_at` carries, as in a Date
    header). `country` decides public holidays and day-month order.
    """
    # A reply cut into lines by its mail program, or pasted with no-break spaces, reads whole.
    body = wrapping.unwrap(body.translate(wrapping.ONE_SPACE))
    reading, new, settled = _read_by_rules(subject, body, headers, received_at, tz, country)
    if settled:
        return reading
    from followup.core.replies import model as reply_model

    model = reply_model.load()
    if model is None or not new.strip():
        return reading
    kind, _ = overrule(reading.kind, model.probabilities(new), model.thresholds, vetoes(new))
    if kind == reading.kind:
        return reading
    from followup.core.textmodel import weightiest

    # The sentence it weighed most: the words the reading was taken from.
    evidence = weightiest(model, sentences(new), kind, limit=40)[:300]
    if not evidence:
        return reading
    if kind == "out_of_office":
        return ReplyReading(kind, evidence, _return_date(subject, new, received_at, tz, country))
    return ReplyReading(kind, evidence)


DECISIVE = ("offer", "rejection")  # they change the opportunity: the model must be surer
OVERRULE_DECISIVE = 0.9  # a product decision, not tuned: see `overrule`


def overrule(
    rule_kind: str,
    probabilities: dict[str, float],
    thresholds: dict[str, float],
    vetoed: frozenset[str] = frozenset(),
) -> tuple[str, float]:
    """The kind to give when the rules said `rule_kind` and the model gives `probabilities`.

    The model wins only when it is sure: `thresholds["general"]`, `["decisive"]` to say offer
    or rejection, and OVERRULE_DECISIVE to overrule an offer or a rejection the rules read.
    Kinds in `vetoed` (the note says "this is not an offer", or it is bulk mail) it may not
    give.
    """
    best = max(probabilities, key=probabilities.__getitem__)
    p = probabilities[best]
    if best == rule_kind or best in vetoed:
        return rule_kind, p
    if rule_kind in DECISIVE:
        # A rejection or an offer the rules read from a decisive sentence stands unless the
        # model is all but certain: those rules are precise, and short notes carrying such news
        # are where the model is least sure.
        needed = OVERRULE_DECISIVE
    else:
        needed = thresholds["decisive"] if best in DECISIVE else thresholds["general"]
    return (best, p) if p >= needed else (rule_kind, p)


def vetoes(text: str) -> frozenset[str]:
    """Kinds the whole note rules out, whatever any sentence says."""
    if _not_personal(text):
        return frozenset(KINDS) - {"other"}
    out = set()
    if NOT_A_REJECTION.search(text):
        out.add("rejection")
    if NOT_AN_OFFER.search(text):
        out.add("offer")
    return frozenset(out)


def rules_reading(
    subject: str,
    body: str,
    headers: dict[str, str] | None = None,
    received_at: dt.datetime | None = None,
    tz: str | None = None,
    country: str | None = None,
) -> ReplyReading:
    """The rules' reading alone (the model is trained against it)."""
    return _read_by_rules(subject, body, headers, received_at, tz, country)[0]


def _read_by_rules(
    subject: str,
    body: str,
    headers: dict[str, str] | None,
    received_at: dt.datetime | None,
    tz: str | None,
    country: str | None,
) -> tuple[ReplyReading, str, bool]:
    """(reading, the new text, settled): settled when no second opinion may change it (an
    automatic reply, an out-of-office, a receipt)."""
    headers = headers if isinstance(headers, dict) else {}
    subject = (subject if isinstance(subject, str) else "")[:1000]
    body = body if isinstance(body, str) else ""
    # A person's answer is at the top: the reader looks at the first 200 KB of the message and
    # the first 20,000 characters of its new text, so a huge paste costs no more than that.
    body = (body or "")[:MAX_BODY]
    if looks_like_html(body, _header(headers, "content-type")):
        body = html_to_text(body)
    parts = split_reply(body)
    parts = type(parts)(new=parts.new[:MAX_NEW], forwarded=parts.forwarded[:MAX_NEW])
    new = parts.new
    auto = bool(
        _AUTO_HEADER.search(_header(headers, "auto-submitted"))
        or _header(headers, "x-autoreply")
        or _header(headers, "x-autorespond")
        or _header(headers, "precedence").lower() == "auto_reply"
    )
    auto_subject = bool(OUT_OF_OFFICE_SUBJECT.search(subject))
    automatic = auto or auto_subject
    away = OUT_OF_OFFICE_BODY.search(new) if automatic else AWAY_TYPED.search(new)

    kind, evidence = classify_text(new)
    # Read from elsewhere than the new text (a forward, the subject): the model, which reads
    # the new text, has no say.
    elsewhere = False
    if kind == "other" and parts.forwarded:
        kind, evidence = classify_text(_as_if_to_you(parts.forwarded))
        elsewhere = kind != "other"
    own_subject = "" if _is_reply_subject(subject) else subject
    if kind == "other" and own_subject and not (auto or auto_subject):
        kind, evidence = classify_text(own_subject)
        elsewhere = kind != "other"
    elif kind == "other" and _is_reply_subject(subject) and not (auto or auto_subject):
        # A reply's subject is usually the candidate's own words ("Re: Second round - thanks"):
        # only a rejection written into it ("Re: Designer - position now filled") counts.
        in_subject = _find(REJECTION, REJECTION_BLOCK, [subject])
        if in_subject:
            kind, evidence, elsewhere = "rejection", in_subject, True

    if automatic or (away and len(new) < 250):
        if RECEIPT.search(new) and not AWAY_TYPED.search(new):
            return ReplyReading("other", RECEIPT.search(new).group(0)), new, True
        # An auto-reply routes mail ("for offer letters, contact ..."): its words answer
        # nothing. Only a person's typed note can be both away and an answer.
        decided = not (auto or auto_subject) and kind != "other"
        if not decided and (auto or auto_subject or away):
            words = away.group(0) if away else subject
            reading = ReplyReading(
                "out_of_office", words, _return_date(subject, new, received_at, tz, country)
            )
            return reading, new, True
    return ReplyReading(kind, evidence), new, automatic or elsewhere


def _return_date(
    subject: str, text: str, received_at: dt.datetime | None, tz: str | None, country: str | None
) -> dt.date | None:
    from zoneinfo import ZoneInfo

    from followup.core.timeline import read_return_date

    if received_at is None:
        return None
    try:
        if tz is None:
            # The sender's wall clock, read as if it were UTC: only its date and time matter.
            said = received_at.replace(tzinfo=dt.UTC)
            zone_name = "UTC"
        else:
            zone = ZoneInfo(tz)
            aware = received_at.tzinfo is not None
            said = received_at.astimezone(zone) if aware else received_at.replace(tzinfo=zone)
            zone_name = tz
        reading = read_return_date(f"{subject}\n{text}", said, zone_name, country)
    except (OverflowError, ValueError):
        return None  # a Date near year 1 or 9999: no return date can be counted from it
    return reading.deadline if reading else None
