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
