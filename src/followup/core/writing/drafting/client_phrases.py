"""Phrase banks for a recruiter's own notes to a client's hiring manager about a candidate.

The recruiter writes from their own mailbox after the client interviewed a candidate: thanks
for interviewing them, one point from the debrief that helps the client place this candidate,
the candidate's interest said on their behalf, and (in the follow-up and the nudge) a request
for feedback and a time frame. The same rules as `phrases` hold:
- no capitalised word but sentence starts and the fields: names and dates come from the context;
- the candidate is named, never "he" or "she" (the notes do not say which), and nothing about
  them is said beyond their name, their interest and what the debrief records;
- no candidate-voice phrases ("I enjoyed meeting you", "my interest"): the writer is the
  recruiter, who speaks for the candidate in the third person;
- time-frame questions are questions, never deadlines; nothing apologetic or pushy.

Fields: {candidate} the candidate's name as given, {first} their first name, {meet} how the
client met them, {role_the} "the X role", {company}, {date} "Tuesday, November 18", {deadline}
"Friday, December 5", {point} the specific point.
"""

from __future__ import annotations

from . import points as P

MEET = {
    "phone": "speak with {candidate} by phone",
    "video": "meet {candidate} over video",
    "onsite": "meet {candidate} in person",
    "": "meet {candidate}",
}

# --- thank-you -------------------------------------------------------------------------------

THANK_YOU_THANKS = (
    "Thank you for interviewing {candidate} for {role_the}.",
    "Thank you for taking the time to {meet} about {role_the}.",
    "Many thanks for making time to interview {candidate} for {role_the} at {company}.",
    "Thank you for interviewing {candidate} for {role_the}; I appreciate the time you gave.",
    "I'm grateful for the time you took to {meet} about {role_the}; thank you.",
    "Thank you for meeting {candidate} to discuss {role_the}.",
)

THANK_YOU_POINT = {
    P.TOPIC: (
        "I understand you and {first} discussed {point}.",
        "I understand your conversation with {first} covered {point}.",
        "I understand {point} came up in your conversation with {first}.",
        "I understand you talked through {point} with {first}.",
        "It's good to know you had the chance to discuss {point} with {first}.",
    ),
    P.CLAUSE: (
        "One part of your conversation with {first} stood out: {point}.",
        "I noted one part of your conversation with {first}: {point}.",
        "From the debrief, one part of your conversation with {first} stood out: {point}.",
        "One point from your conversation with {first} stood out: {point}.",
    ),
    P.HEARD: (
        "It was good to hear that {point}.",
        "It was helpful to hear that {point}.",
        "I was glad to learn that {point}.",
        "It was useful to hear that {point}.",
    ),
    P.DID: (
        "I hope it came through that {first} {point}.",
        "As you heard, {first} {point}.",
        "I hope it stood out that {first} {point}.",
        "One thing worth keeping in mind: {first} {point}.",
    ),
}

THANK_YOU_INTEREST = (
    "{first} is very keen on {role_the}.",
    "{first} remains very interested in {role_the} at {company}.",
    "{first} is genuinely excited about the chance to join {company}.",
    "{first} would very much like to join the team at {company}.",
    "{first} is very interested in joining {company} in this role.",
)

# Always said: the recruiter's part is to answer for the candidate and arrange what comes next.
THANK_YOU_OFFER = (
    "If you have any questions about {first}, or would like to arrange a next step, I'd be "
    "glad to help.",
    "Please let me know if I can answer any questions or arrange a next conversation.",
    "I'm happy to answer any questions about {first} or to arrange the next step.",
    "If it would help, I can answer any questions or arrange a further conversation with {first}.",
    "I'd be glad to answer any questions, or to arrange a next step whenever it suits you.",
)

THANK_YOU_PLACEHOLDER = "Add one thing {first} and {name} discussed, from your debrief"

# --- official follow-up ----------------------------------------------------------------------

FOLLOW_UP_THANKS = (
    "Thank you again for interviewing {candidate} on {date} for {role_the}.",
    "Thank you again for meeting {candidate} on {date} about {role_the}.",
    "Thanks again for your time with {candidate} on {date} for {role_the}.",
    "I wanted to thank you again for interviewing {candidate} on {date} for {role_the}.",
    "Thank you once more for considering {candidate} for {role_the}.",
)

# Helping the client place the candidate among everyone they met is the point of the point.
FOLLOW_UP_POINT = {
    P.TOPIC: (
        "As a reminder, you and {first} discussed {point}.",
        "You may remember {first} from your conversation about {point}.",
        "To help place {first}: the two of you discussed {point}.",
        "In case it helps to place {first}, your conversation covered {point}.",
        "You may recall discussing {point} with {first}.",
    ),
    P.CLAUSE: (
        "You may remember this part of your conversation with {first}: {point}.",
        "In case it helps to place {first}, one part of your conversation: {point}.",
        "To help place {first}, one point from your conversation: {point}.",
        "As a reminder of your conversation with {first}: {point}.",
    ),
    P.HEARD: (
        "It was good to hear that {point}.",
        "It was helpful to hear that {point}.",
        "I was glad to learn that {point}.",
        "It was useful to hear that {point}.",
    ),
    P.DID: (
        "As a reminder, {first} is the candidate who {point}.",
        "You may remember {first} as the candidate who {point}.",
        "To help place {first}: the candidate who {point}.",
        "{first} is the candidate who {point}, in case that helps.",
    ),
}

FOLLOW_UP_INTEREST = (
    "{first} remains very keen on {role_the} and on joining {company}.",
    "{first} remains very interested in {role_the}.",
    "{first} is still very keen to join {company} in this role.",
    "{first} would very much like to join the team at {company}.",
    "{first} is still very excited about joining {company}.",
    "{first} remains very keen on {role_the}.",
)

FOLLOW_UP_ASK = (
    "Could you share your feedback on {first}, and when you expect to decide on next steps?",
    "Do you have any feedback on {first} yet, and a sense of the timeline for a decision?",
    "I'd welcome your feedback on {first}; could you also let me know when you expect to make "
    "a decision?",
    "When you have a moment, could you share your thoughts on {first} and the likely timing of "
    "next steps?",
    "Could you let me know your impressions of {first}, and when you expect to reach a decision?",
)

# The client gave a date: refer to it as theirs and ask, never hold them to it. Worded to read
# right after that date, because the follow-up is planned two business days after it.
FOLLOW_UP_ASK_DEADLINE = (
    "You mentioned you'd decide by {deadline}; could you share your feedback on {first} and "
    "where things stand?",
    "When we spoke, you mentioned a decision around {deadline}. Do you have any feedback on "
    "{first}, and is that timing still the plan?",
    "I know you were aiming to decide by {deadline}; could you share your feedback on {first} "
    "and an update on the timeline?",
    "You had mentioned {deadline} as the likely decision date. Could you let me know your "
    "feedback on {first} and where things stand?",
    "You mentioned a decision around {deadline}; is there an update on the timing, and any "
    "feedback on {first}?",
)

FOLLOW_UP_CLOSE = (
    "I'm happy to answer any questions or arrange a further conversation.",
    "Please let me know if I can provide anything else.",
    "I'd be glad to send anything else that would be useful.",
    "I look forward to hearing from you.",
    "Have a great week.",
)

FOLLOW_UP_PLACEHOLDER = "Add one point from {first}'s interview that {name} will remember"

# --- nudge -------------------------------------------------------------------------------------

NUDGE_THANKS = (
    "Thank you again for considering {candidate} for {role_the}.",
    "Thanks again for your time and consideration of {candidate} for {role_the}.",
    "Thank you again for interviewing {candidate} for {role_the} at {company}.",
    "I'm grateful for your time and consideration of {candidate}; thank you again.",
    "Thank you for your continued consideration of {candidate} for {role_the}.",
)

NUDGE_POINT = {
    P.TOPIC: (
        "As a reminder, you and {first} discussed {point}.",
        "You may remember {first} from your conversation about {point}.",
        "To help place {first}: the two of you discussed {point}.",
        "You may recall discussing {point} with {first}.",
    ),
    P.CLAUSE: (
        "You may remember this part of your conversation with {first}: {point}.",
        "To help place {first}, one point from your conversation: {point}.",
        "As a reminder of your conversation with {first}: {point}.",
        "In case it helps to place {first}, one part of your conversation: {point}.",
    ),
    P.HEARD: (
        "It was good to hear that {point}.",
        "It was helpful to hear that {point}.",
        "It was useful to hear that {point}.",
        "I was glad to learn that {point}.",
    ),
    P.DID: (
        "As a reminder, {first} is the candidate who {point}.",
        "You may remember {first} as the candidate who {point}.",
        "To help place {first}: the candidate who {point}.",
        "{first} is the candidate who {point}, in case that helps.",
    ),
}

NUDGE_INTEREST = (
    "{first} is still very keen on {role_the}.",
    "{first} would still love to join the team at {company}.",
    "{first} remains very interested in {role_the}.",
    "{first} is as keen as ever to join {company}.",
    "{first} is still very excited about joining {company}.",
)

NUDGE_ASK = (
    "Is there any feedback yet on {first}, or a sense of when you'll decide?",
    "Do you have any feedback on {first} yet, or an update on next steps?",
    "Could you let me know if there is any feedback on {first}, and where the decision stands?",
    "Is there any feedback on {first} yet, or news on the timing?",
    "Have you had a chance to form a view on {first}, and is there an update on timing?",
)

NUDGE_PLACEHOLDER = "Add one point that will help {name} place {first} among the candidates"
