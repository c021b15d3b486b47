from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from followup.shell.models.owned import CountsEdits, Owned
from followup.shell.models.people import Company, validate_country, validate_zone


class Opportunity(Owned):
    """A role at a company the user is pursuing."""

    class Status(models.TextChoices):
        APPLIED = "applied", "Applied"
        INTERVIEWING = "interviewing", "Interviewing"
        OFFER = "offer", "Offer"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"
        GONE_QUIET = "gone_quiet", "Gone quiet"

    # An opportunity in one of these states needs nothing more from us: planned steps stop.
    CLOSED = (Status.OFFER, Status.REJECTED, Status.WITHDRAWN, Status.GONE_QUIET)

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="opportunities")
    role = models.CharField(max_length=200)
    # Set on a recruiter's own follow-up with a client: the candidate the client interviewed.
    # The notes then thank the client and ask for feedback on that candidate.
    candidate_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Recruiters: the candidate this client interviewed (blank: it was you).",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.INTERVIEWING)
    status_note = models.CharField(max_length=300, blank=True)
    replied_at = models.DateTimeField(
        null=True, blank=True, help_text="When the company last replied (stops planned steps)."
    )
    # The reply whose meaning set the status; None when the user set it (or nobody did). A
    # status the user recorded is theirs: a reply never changes it.
    status_from_reply = models.ForeignKey(
        "followup.SeenMessage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # When the last note went out, while everything planned has been sent: the ball is in the
    # company's court. None otherwise. Kept by `planning.replan` (every change of a step goes
    # through it), so the dashboard's "waiting on the company" is one indexed read.
    waiting_since = models.DateTimeField(null=True, blank=True, editable=False)
    # Loaded by "Load a sample": shown as such, removed in one click (`followup demo --remove`).
    sample = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "opportunities"
        ordering = ["-updated_at"]
        indexes = [
            # Serves the dashboard's "waiting on the company" (open ones, by status, newest).
            models.Index(
                fields=["owner", "status", "waiting_since"], name="opportunity_owner_waiting"
            ),
            # Serves "is a sample loaded?", asked on every dashboard and interviews page.
            models.Index(
                fields=["owner"], name="opportunity_owner_sample", condition=models.Q(sample=True)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.role} at {self.company.name}"

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED


class Interview(CountsEdits, Owned):
    class Format(models.TextChoices):
        VIDEO = "video", "Video call"
        PHONE = "phone", "Phone"
        ONSITE = "onsite", "On site"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="interviews"
    )
    round = models.PositiveSmallIntegerField(default=1)
    start_at = models.DateTimeField(help_text="Stored in UTC.")
    end_at = models.DateTimeField(help_text="Stored in UTC.")
    time_zone = models.CharField(max_length=64, validators=[validate_zone])
    format = models.CharField(max_length=10, choices=Format.choices, default=Format.VIDEO)
    location = models.CharField(max_length=300, blank=True)
    # The debrief, in the candidate's words.
    notes = models.TextField(blank=True, help_text="What was discussed.")
    highlights = models.TextField(blank=True, help_text="What you said that stood out.")
    timeline_text = models.TextField(
        blank=True, help_text="The timeline they gave, in their words."
    )
    stated_deadline = models.DateField(
        null=True, blank=True, help_text="The date they said they would decide by."
    )
    stated_deadline_phrase = models.CharField(
        max_length=300, blank=True, help_text="The words the deadline was read from, if read."
    )
    deadline_email_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="The deadline was read from the company's email received at this moment.",
    )
    deadline_set_by_user = models.BooleanField(
        default=False, help_text="The user typed or corrected the date: do not re-read it."
    )
    debriefed_at = models.DateTimeField(null=True, blank=True)
    # Counts the user's edits (details, debrief), so a save from a page loaded before another
    # tab's save is caught instead of silently overwriting it.
    version = models.PositiveIntegerField(default=0, editable=False)
    cancelled = models.BooleanField(default=False)
    # Stable across installs: a JSON export carries it, so restoring one twice adds nothing.
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    # Where an imported interview came from ("ics:<UID>", "csv:<digest>"), so importing the
    # same invitation or row again updates it instead of adding a second one.
    import_key = models.CharField(max_length=300, blank=True, default="", editable=False)
    # The invitation's SEQUENCE: a higher one moves the interview, a lower one is old news.
    import_sequence = models.IntegerField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start_at"]
        indexes = [models.Index(fields=["owner", "start_at"], name="interview_owner_start")]
        constraints = [
            models.UniqueConstraint(fields=["owner", "uid"], name="interview_unique_uid"),
            models.UniqueConstraint(
                fields=["owner", "import_key"],
                name="interview_unique_import_key",
                condition=~models.Q(import_key=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.opportunity} (round {self.round})"

    def get_absolute_url(self) -> str:
        return reverse("interview", args=[self.pk])

    def clean(self) -> None:
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            raise ValidationError("The interview must end after it starts.")


class Interviewer(Owned):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="interviewers")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="0 is the first-listed interviewer, who gets the follow-up."
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    title = models.CharField(max_length=200, blank=True)
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        validators=[validate_zone],
        help_text="Blank: the interview's zone.",
    )
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[validate_country],
        help_text="Blank: the country of their zone.",
    )
    discussed = models.TextField(blank=True, help_text="What you discussed with this person.")
    away_until = models.DateField(
        null=True, blank=True, help_text="Their out-of-office return date, from an auto-reply."
    )

    class Meta:
        ordering = ["interview", "position", "pk"]

    def __str__(self) -> str:
        return self.name
