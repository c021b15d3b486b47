"""Phrase banks: several ways to say each part of each note.

Rules every phrasing here keeps, so any combination passes review:
- no capitalised word but "I" and sentence starts: names, dates and places come only from the
  context (the "no invented facts" test checks this);
- thanks are explicit gratitude ("thank you for ..."), not a bare sign-off;
- interest is a plain wish to join ("excited to join"), never a claim of fit or of need;
- time-frame questions are questions, never deadlines; nothing apologetic ("sorry", "just",
  "checking in again", "bother").
Bank sizes differ (5, 6, 7) so the combinations of two siblings repeat only after 210 people.

Fields: {meet} how they met, {role_the} "the X role", {company}, {date} "Tuesday, November 18",
{deadline} "Friday, December 5", {point} the specific point.
"""

from __future__ import annotations

from . import points as P

GREETINGS = ("Hi {name},", "Hello {name},", "Dear {name},")
GENERIC_GREETINGS = ("Hello,", "Hi there,", "Good morning,")

MEET = {
    "phone": "speak with me by phone",
    "video": "meet with me over video",
    "onsite": "meet with me in person",
    "": "meet with me",
}

SIGNOFFS = ("Best regards", "Kind regards", "Best", "All the best", "Warm regards", "Many thanks")

# --- thank-you -------------------------------------------------------------------------------

THANK_YOU_THANKS = (
    "Thank you for taking the time to {meet} about {role_the}.",
    "Thank you so much for making time to {meet} about {role_the}.",
    "Thank you for your time and for the chance to talk about {role_the}.",
    "Thanks so much for taking the time to {meet} about {role_the} at {company}.",
    "Thank you for the conversation about {role_the}; I really value the time you gave me.",
    "I'm grateful for the time you took to {meet} about {role_the}; thank you.",
)

THANK_YOU_POINT = {
    P.TOPIC: (
        "I especially enjoyed our conversation about {point}.",
        "I really enjoyed talking with you about {point}.",
        "Our discussion of {point} was a highlight for me.",
        "It was a pleasure to talk with you about {point}.",
        "The part I enjoyed most was talking about {point}.",
        "I left thinking about our conversation on {point}.",
        "I particularly valued our discussion of {point}.",
    ),
    P.CLAUSE: (
        "One part of our conversation has stayed with me: {point}.",
        "A highlight for me was this part of our conversation: {point}.",
        "I keep thinking about one moment in our conversation: {point}.",
        "One part of our conversation stood out for me: {point}.",
        "Something from our conversation stayed with me: {point}.",
    ),
    P.HEARD: (
        "It was great to hear that {point}.",
        "I really appreciated hearing that {point}.",
        "I was glad to learn that {point}.",
        "It was exciting to hear that {point}.",
        "I enjoyed hearing that {point}.",
    ),
    P.DID: (
        "I'd love to bring results like this to the team: I {point}.",
        "I hope my experience came through; for instance, I {point}.",
        "I'd be glad to bring that experience here: I {point}.",
        "It's the kind of work I love; in my experience, I {point}.",
        "I'd bring a track record to the role: I {point}.",
    ),
    P.HAVE: (
        "I'd love to bring my {point} to the team.",
        "I hope my {point} will be useful to the team.",
        "I'd be glad to put my {point} to work for the team.",
        "I'm keen to bring my {point} to the team.",
        "I'd be excited to put my {point} to use on the team.",
    ),
}

THANK_YOU_INTEREST = (
    "Our conversation left me even more excited to join {company}.",
    "I came away even more eager to join the team at {company}.",
    "I would love to join {company}, and our conversation made that even clearer.",
    "I'm genuinely excited about the chance to join {company}.",
    "I'd be thrilled to join the team at {company}.",
    "Our conversation made me even more eager to work at {company}.",
    "I'm very excited about the possibility of joining {company}.",
)

THANK_YOU_CLOSE = (
    "I'm happy to share anything else that would help.",
    "I hope the rest of your week goes well.",
    "Please let me know if I can share anything else.",
    "I look forward to staying in touch.",
    "I hope you have a great week.",
)

THANK_YOU_PLACEHOLDER = "Add one specific thing you discussed with {name}"

# --- official follow-up ----------------------------------------------------------------------

FOLLOW_UP_THANKS = (
    "Thank you again for meeting with me on {date} to discuss {role_the}.",
    "Thank you again for our conversation on {date} about {role_the}.",
    "Thank you again for your time on {date} and for the conversation about {role_the}.",
    "Thanks again for speaking with me on {date} about {role_the}.",
    "I wanted to thank you again for your time on {date} discussing {role_the}.",
    "Thank you once more for the interview on {date} for {role_the}.",
)

FOLLOW_UP_POINT = {
    P.TOPIC: (
        "Our conversation about {point} has stayed with me since.",
        "I keep coming back to our discussion of {point}.",
        "I especially valued our conversation about {point}.",
        "I've kept thinking about our discussion of {point}.",
        "Our discussion of {point} has stayed on my mind.",
        "I particularly enjoyed talking with you about {point}.",
        "I still think often about our conversation on {point}.",
    ),
    P.CLAUSE: (
        "One part of our conversation has stayed with me: {point}.",
        "I keep thinking about one moment in our conversation: {point}.",
        "One part of our conversation stood out for me: {point}.",
        "Something from our conversation has stayed with me since: {point}.",
        "I've kept thinking about one part of our conversation: {point}.",
    ),
    P.HEARD: (
        "I've kept thinking about hearing that {point}.",
        "It stayed with me that {point}.",
        "I was especially glad to hear that {point}.",
        "It was exciting to hear that {point}.",
        "I've thought more since about hearing that {point}.",
    ),
    P.DID: (
        "I'd love to bring my experience to the role; for example, I {point}.",
        "One result I'd bring with me: I {point}.",
        "I'd bring a track record to the team: I {point}.",
        "I hope my experience stands out; for instance, I {point}.",
        "I'd be glad to do similar work for the team; I {point}.",
    ),
    P.HAVE: (
        "I'd love to bring my {point} to the role.",
        "I hope my {point} will be useful to the team.",
        "I'd be glad to put my {point} to work for the team.",
        "I'm keen to bring my {point} to the team.",
        "I'd be excited to put my {point} to use in the role.",
    ),
}

FOLLOW_UP_INTEREST = (
    "I'm even more excited to join {company} than when we spoke.",
    "Since our interview, I've become even more eager to join the team at {company}.",
    "I remain very excited about joining {company}, and I'd love to be part of the team.",
    "I'd love to join {company} in this role, and I'm even more excited about it now.",
    "I'm even more excited to join the team at {company} after our conversation.",
    "Joining {company} is something I'd be thrilled to do.",
    "I want to say plainly that I'd love to join {company}.",
)

FOLLOW_UP_ASK = (
    "Could you share when you expect to make a decision, or what the next steps will be?",
    "Would you be able to let me know the timeline for next steps?",
    "When do you expect to reach a decision on the role?",
    "Do you have a sense of when you'll be making a decision?",
    "Is there a timeline you could share for the next steps?",
    "Could you let me know when I might expect to hear about next steps?",
)

# The interviewer gave a date: refer to it as theirs and ask, never hold them to it. Worded to read
# right both before and after that date, because the follow-up is usually sent after it.
FOLLOW_UP_ASK_DEADLINE = (
    "When we spoke, you mentioned a decision around {deadline}. Is there an update on the timing?",
    "You mentioned hoping to decide around {deadline}; could you let me know where things stand?",
    "I remember you mentioned a decision around {deadline}. Is that timing still the plan?",
    "You had mentioned {deadline} as a likely decision date; could you share how the timing "
    "looks now?",
    "When we met, you mentioned a decision around {deadline}. Could you let me know where "
    "things stand?",
    "I know you were aiming to decide around {deadline}; is there an update on the timeline?",
)

FOLLOW_UP_CLOSE = (
    "I'm happy to share anything else that would help.",
    "Please let me know if I can provide anything else.",
    "I'd be glad to send anything else that would be useful.",
    "I look forward to hearing from you.",
    "Have a great week.",
)

FOLLOW_UP_PLACEHOLDER = "Add one specific point from your interview that {name} will remember"

# --- nudge -------------------------------------------------------------------------------------

NUDGE_THANKS = (
    "Thank you again for considering me for {role_the}.",
    "Thanks again for your time and consideration for {role_the}.",
    "Thank you for your continued consideration for {role_the}.",
    "Thank you again for considering me for {role_the} at {company}.",
    "I'm grateful for your time and consideration for {role_the}; thank you again.",
    "Thank you again for the time you've given me for {role_the}.",
)

NUDGE_POINT = {
    P.TOPIC: (
        "Since we spoke, I've been thinking more about {point}.",
        "I've kept thinking about {point} since we spoke.",
        "Since our conversation, {point} has stayed on my mind.",
        "I've given more thought since to {point}.",
        "Since we talked, I've been reflecting more on {point}.",
    ),
    P.CLAUSE: (
        "Since we spoke, I've kept thinking about one part of our conversation: {point}.",
        "One thing has stayed with me since we spoke: {point}.",
        "Something from our conversation is still on my mind: {point}.",
        "I've been reflecting on one part of our conversation: {point}.",
        "One part of our conversation is still with me: {point}.",
    ),
    P.HEARD: (
        "Since we spoke, I've kept thinking about hearing that {point}.",
        "I've reflected more since on hearing that {point}.",
        "It has stayed with me that {point}.",
        "I'm still thinking about hearing that {point}.",
        "I've kept coming back to hearing that {point}.",
    ),
    P.DID: (
        "One more thing I'd bring to the team: I {point}.",
        "I also wanted to share a result that feels relevant to the role: I {point}.",
        "One more result I'd bring with me: I {point}.",
        "A further example of what I'd bring: I {point}.",
        "One more relevant example: I {point}.",
    ),
    P.HAVE: (
        "One more thing I'd bring to the team is my {point}.",
        "I'd also bring my {point} to the role.",
        "I also wanted to mention my {point}, which I'd bring to the team.",
        "One more thing I'd put to work for the team: my {point}.",
        "I'd also be glad to put my {point} to use in the role.",
    ),
}

NUDGE_INTEREST = (
    "I'm still very keen to join {company}.",
    "I'd still love to join the team at {company}.",
    "I'm as keen as ever to join {company}.",
    "I remain excited about the chance to join {company}.",
    "I'm still very excited to join {company}.",
    "I would still love to work at {company}.",
    "I very much want to join {company}.",
)

NUDGE_ASK = (
    "Is there any update on where things stand?",
    "Could you let me know where things stand with the role?",
    "Would you be able to share where things stand with the decision?",
    "Is there an update on next steps you could share?",
    "When do you expect to have news on next steps?",
    "Could you share where the decision stands?",
)

NUDGE_PLACEHOLDER = "Add one new point: a result or idea you haven't mentioned to {name} yet"
