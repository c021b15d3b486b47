"""Ownership: every query in views and commands goes through `for_user`, never `.all()`."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class OwnedQuerySet(models.QuerySet):
    def for_user(self, user) -> OwnedQuerySet:
        # The team install will widen this to "owned by, or assigned to, this recruiter";
        # keeping one entry point means that change touches one line.
        return self.filter(owner=user)


class Owned(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True


class CountsEdits:
    """For a model with a `version` column that counts the user's edits.

    A plain `save()` leaves that column alone: a process that loaded the row earlier (the
    worker, another request) must never put an old count back. Only `actions` moves it, with
    a conditional UPDATE.
    """

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "version"
            ]
        super().save(*args, **kwargs)
