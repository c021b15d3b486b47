"""The agency install: organisations, roles, who coaches whom, and what they leave behind.

A single-user install never creates any of these rows: a user with no `Membership` is a
candidate on their own, and every query behaves exactly as before.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models

from followup.shell.models.owned import Owned
from followup.shell.models.pipeline import Interview
from followup.shell.models.steps import Step


def token_digest(token: str) -> str:
    """What we store of a secret token (invite link, API token): its SHA-256, never the token.

    The tokens are 32 random bytes, so a fast hash is enough: there is nothing to guess.
    """
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


class Organisation(models.Model):
    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user's place in an organisation; one organisation per user."""

    class Role(models.TextChoices):
        ADMIN = "admin", "Admin"
        RECRUITER = "recruiter", "Recruiter"
        CANDIDATE = "candidate", "Candidate"

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["organisation", "role"], name="membership_org_role")]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}, {self.organisation})"

    @property
    def coaches(self) -> bool:
        """Admins coach too: a small agency's owner is often its first recruiter."""
        return self.role in (self.Role.ADMIN, self.Role.RECRUITER)


class Assignment(models.Model):
    """This recruiter coaches this candidate: they see the candidate's interviews and notes."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="assignments"
    )
    recruiter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coaching"
    )
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coached_by"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["recruiter", "candidate"], name="assignment_unique")
        ]
        indexes = [models.Index(fields=["candidate"], name="assignment_candidate")]

    def __str__(self) -> str:
        return f"{self.recruiter} coaches {self.candidate}"


class TeamInvite(models.Model):
    """A one-time link that makes its opener a member with `role`."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invites")
    role = models.CharField(max_length=10, choices=Membership.Role.choices)
    email = models.EmailField(blank=True, help_text="Who it is for (shown to the admin only).")
    # Recruiter to assign a candidate to when they join; blank: assign later.
    recruiter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invite as {self.get_role_display()} to {self.organisation}"


class AuditEvent(models.Model):
    """Who changed, sent or viewed what. Rows are only ever added."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, related_name="audit_events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Kept as text too, so the log still names someone whose account was removed.
    actor_name = models.CharField(max_length=150)
    # Whose data the action touched (the candidate, for a recruiter's view or note).
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    subject_name = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=40)
    target = models.CharField(max_length=80, blank=True, help_text="e.g. interview:12")
    summary = models.CharField(max_length=300)
    via = models.CharField(max_length=10, default="web", help_text="web, api, cli or worker")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["organisation", "-at"], name="audit_org_at")]

    def __str__(self) -> str:
        return f"{self.actor_name}: {self.summary}"


class CoachingNote(Owned):
    """A recruiter's note on a candidate's interview (the owner is the candidate)."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    author_name = models.CharField(max_length=150)
    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, related_name="coaching_notes"
    )
    text = models.TextField(max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class SuggestedEdit(Owned):
    """A recruiter's proposed wording for a candidate's note; the candidate accepts or not."""

    class State(models.TextChoices):
        OPEN = "open", "Waiting for the candidate"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="suggestions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    author_name = models.CharField(max_length=150)
    subject = models.CharField(max_length=300)
    body = models.TextField(max_length=20000)
    comment = models.CharField(max_length=500, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class ApiToken(models.Model):
    """A personal token for the JSON API: it acts as its user, with that user's permissions."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100)
    token_hash = models.CharField(max_length=64, unique=True)
    # The first characters, so the user can tell their tokens apart; useless to an attacker.
    prefix = models.CharField(max_length=12)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}...)"
