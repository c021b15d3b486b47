"""The Django shell's data: every record belongs to one user (its `owner`)."""

from followup.shell.models.mail import (
    FoundInvitation,
    MailAccount,
    MailboxState,
    OutboxMessage,
    SeenMessage,
)
from followup.shell.models.people import Company, Profile
from followup.shell.models.pipeline import Interview, Interviewer, Opportunity
from followup.shell.models.steps import Step

__all__ = [
    "Company",
    "FoundInvitation",
    "Interview",
    "Interviewer",
    "MailAccount",
    "MailboxState",
    "Opportunity",
    "OutboxMessage",
    "Profile",
    "SeenMessage",
    "Step",
]
