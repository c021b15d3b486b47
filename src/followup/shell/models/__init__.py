"""The Django shell's data: every record belongs to one user (its `owner`)."""

from followup.shell.models import any_of  # noqa: F401  (registers the __any_of lookup)
from followup.shell.models.mail import (
    FoundInvitation,
    MailAccount,
    MailboxState,
    OutboxMessage,
    SeenMessage,
    WorkerBeat,
)
from followup.shell.models.people import Company, Profile
from followup.shell.models.pipeline import Interview, Interviewer, Opportunity
from followup.shell.models.steps import Step
from followup.shell.models.team import (
    ApiToken,
    Assignment,
    AuditEvent,
    CoachingNote,
    Membership,
    Organisation,
    SuggestedEdit,
    TeamInvite,
)

__all__ = [
    "ApiToken",
    "Assignment",
    "AuditEvent",
    "CoachingNote",
    "Membership",
    "Organisation",
    "SuggestedEdit",
    "TeamInvite",
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
    "WorkerBeat",
]
