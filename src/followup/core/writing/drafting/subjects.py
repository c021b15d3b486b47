"""Subject lines that thread the way a person would reply.

The follow-up and the nudge to someone who already got a thank-you reply to it ("Re: <subject>"),
so their mail client groups the conversation and they see the earlier note.
"""

from __future__ import annotations

import re

from .choose import Chooser
from .context import FOLLOW_UP, NUDGE, THANK_YOU

# Any stack of reply prefixes, including localised ones ("AW:", "SV:") and counters ("Re[2]:").
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|antw|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)

_OWN = {
    THANK_YOU: (
        "Thank you: {role} interview",
        "Thank you for your time",
        "Thank you for meeting about the {role_named}",
        "Thanks from {candidate}: {role} interview",
    ),
    FOLLOW_UP: (
        "Following up: {role} interview",
        "Following up on the {role_named}",
        "{role} interview: following up",
        "Following up from {candidate}: {role}",
    ),
    NUDGE: (
        "The {role_named} at {company}",
        "{role_named}: where things stand",
        "A note on the {role_named}",
        "Following up on the {role_named}",
    ),
}

# A recruiter's notes to a client say first whom they are about: the client has met several
# candidates. ("–" is an en dash: the subject is encoded for the mail header when sent.)
_CLIENT = {
    THANK_YOU: (
        "{about} – {role} interview",
        "Thank you for interviewing {about}",
        "{about}: thank you for your time",
        "Thank you for meeting {about} about the {role_named}",
    ),
    FOLLOW_UP: (
        "Feedback on {about} for the {role_named}",
        "{about} – {role} interview: your feedback",
        "Following up on {about} for the {role_named}",
        "{about}: feedback on the {role} interview",
    ),
    NUDGE: (
        "{about} – any feedback on the {role} interview?",
        "Feedback on {about} for the {role_named}",
        "{about}: where things stand",
        "Following up on {about}",
    ),
}

# When the role or company is unknown, say less rather than print an empty slot.
_PLAIN = {
    THANK_YOU: "Thank you for your time",
    FOLLOW_UP: "Following up on our interview",
    NUDGE: "Following up on our conversation",
}


def one_line(text: str) -> str:
    return " ".join(text.split())


def reply_subject(previous: str) -> str:
    """ "Re: " once, however many prefixes the earlier subject carried."""
    bare = _REPLY_PREFIX.sub("", one_line(previous)).strip()
    return f"Re: {bare}" if bare else ""


def subject_for(
    kind: str,
    chooser: Chooser,
    role: str,
    role_named: str,
    company: str,
    candidate: str,
    thank_you_subject: str,
    about: str = "",
) -> str:
    """The subject for one note; `role_named` is the role as a noun phrase ("Picker role").

    `about` is the candidate a recruiter's note to a client is about; the subject names them.
    """
    if kind in (FOLLOW_UP, NUDGE) and thank_you_subject:
        threaded = reply_subject(thank_you_subject)
        if threaded:
            return threaded
    values = {
        "role": one_line(role),
        "role_named": one_line(role_named),
        "company": one_line(company),
        "candidate": one_line(candidate),
        "about": one_line(about),
    }
    bank = _CLIENT[kind] if values["about"] else _OWN[kind]
    options = [o for o in bank if all(values[f] for f in re.findall(r"\{(\w+)\}", o))]
    if not options:
        return _PLAIN[kind]
    subject = chooser.pick(f"subject:{kind}", options).format(**values)
    return subject[0].upper() + subject[1:]
