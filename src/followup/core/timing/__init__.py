"""The timing engine: when each thank-you, follow-up and nudge goes out, and why.

Pure Python: no Django, no I/O. It takes values and returns values; the Django shell stores
the results and the `followup plan` command prints them.
"""

from followup.core.timing.local_time import next_send_moment
from followup.core.timing.out_of_office import move_after_out_of_office
from followup.core.timing.plan import plan_steps
from followup.core.timing.policy import Policy, PolicyError
from followup.core.timing.recipients import resolve_recipient
from followup.core.timing.steps import InterviewTimes, Recipient, Step, StepKind

__all__ = [
    "InterviewTimes",
    "Policy",
    "PolicyError",
    "Recipient",
    "Step",
    "StepKind",
    "move_after_out_of_office",
    "next_send_moment",
    "plan_steps",
    "resolve_recipient",
]
