from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models

from followup.core import calendar
from followup.shell import limits
from followup.shell.models.owned import Owned


def validate_zone(value: str) -> None:
    try:
        calendar.zone(value)
    except calendar.UnknownZone as exc:
        raise ValidationError(str(exc)) from None


def validate_country(value: str) -> None:
    if value and not calendar.supported_country(value):
        raise ValidationError(
            f"{value!r} is not a country code we have holidays for; "
            "use two letters such as US or GB"
        )


class Profile(models.Model):
    """The user's own details and the send-window settings that apply to their steps."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    full_name = models.CharField(
        max_length=limits.NAME_CHARS, blank=True, validators=[limits.validate_one_line]
    )
    email = models.EmailField(blank=True)
    signature = models.TextField(
        blank=True,
        max_length=limits.SIGNATURE_CHARS,
        validators=[limits.validate_text, MaxLengthValidator(limits.SIGNATURE_CHARS)],
        help_text="How your notes end, e.g. your name and phone.",
    )
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_zone])
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[validate_country],
        help_text="Two-letter code, for public holidays when an interviewer's country is unknown.",
    )
    window_start = models.TimeField(default=dt.time(8, 0))
    window_end = models.TimeField(default=dt.time(18, 0))
    follow_up_days = models.PositiveSmallIntegerField(
        default=7,
        validators=[MinValueValidator(7), MaxValueValidator(14)],
        help_text="Days after the interview for the official follow-up when no timeline was given.",
    )
    standout_points = models.TextField(
        blank=True,
        max_length=limits.PROFILE_TEXT_CHARS,
        validators=[limits.validate_text, MaxLengthValidator(limits.PROFILE_TEXT_CHARS)],
        help_text="One per line: achievements with specifics that make you stand out.",
    )
    # The secret calendar-feed address: its SHA-256 finds the user, the vault keeps the key
    # itself so Settings can show the address again. Blank: no feed.
    feed_key_hash = models.CharField(max_length=64, blank=True, default="", db_index=True)
    feed_key_sealed = models.TextField(blank=True, default="", editable=False)

    def __str__(self) -> str:
        return self.full_name or self.user.get_username()

    def clean(self) -> None:
        if self.window_start >= self.window_end:
            raise ValidationError("The send window must start before it ends.")

    @property
    def standout_list(self) -> list[str]:
        return [line.strip() for line in self.standout_points.splitlines() if line.strip()]


class Company(Owned):
    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=200, blank=True, help_text="e.g. acme.com")

    class Meta:
        verbose_name_plural = "companies"
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="company_unique_name_per_owner")
        ]
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
