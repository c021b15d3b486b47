from __future__ import annotations

from django.db import models
from django.urls import reverse

from followup.shell.models.owned import CountsEdits, Owned
from followup.shell.models.pipeline import Interview, Interviewer


class Step(CountsEdits, Owned):
    """One planned note: a thank-you, the official follow-up or the nudge.

    `due_at` is stored (UTC) and recomputed by `followup.shell.planning.replan` whenever one of
    its inputs changes, so "what is due?" is one indexed query.
    """

    class Kind(models.TextChoices):
        THANK_YOU = "thank_you", "Thank-you"
        FOLLOW_UP = "follow_up", "Official follow-up"
        NUDGE = "nudge", "Nudge"

    class State(models.TextChoices):
        PLANNED = "planned", "Planned"
        DONE = "done", "Sent"
        STOPPED = "stopped", "Stopped"

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="steps")
    interviewer = models.ForeignKey(
        Interviewer, on_delete=models.CASCADE, related_name="steps", null=True
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PLANNED)
    due_at = models.DateTimeField(help_text="When to send, in UTC.")
    overdue_at = models.DateTimeField(null=True, blank=True)
    time_zone = models.CharField(max_length=64, help_text="The recipient's zone.")
    reason = models.CharField(max_length=500)
    done_at = models.DateTimeField(null=True, blank=True)
    stop_reason = models.CharField(max_length=300, blank=True)
    subject = models.CharField(max_length=300, blank=True, help_text="The user's edited draft.")
    body = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Counts the user's edits of the draft (see Interview.version).
    version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["due_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "interviewer", "kind"], name="step_unique_kind_per_recipient"
            )
        ]
        indexes = [
            # Serves "what is planned and due before T?" for the dashboard, `due` and the worker.
            models.Index(
                fields=["due_at"],
                name="step_planned_due",
                condition=models.Q(state="planned"),
            ),
            models.Index(fields=["owner", "state", "due_at"], name="step_owner_state_due"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.interviewer}"

    def get_absolute_url(self) -> str:
        return reverse("step", args=[self.pk])

    def is_overdue(self, now) -> bool:
        return (
            self.state == self.State.PLANNED
            and self.overdue_at is not None
            and self.overdue_at <= now
        )
