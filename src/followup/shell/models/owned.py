"""Ownership: every query in views and commands goes through here, never `.all()`.

`for_user(user)` is what the user may change: their own rows. `visible_to(user)` widens it,
by role, to what the user may read: their own rows plus those of the candidates assigned to
them as a recruiter. Those two are the only places that decide who sees what.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


def coached_by(user):
    """The ids of the candidates `user` coaches (a subquery; empty outside an agency).

    Assignments are made between members of one organisation and deleted when a member
    leaves or changes role; the query checks it again all the same.
    """
    from followup.shell.models.team import Assignment, Membership

    # Belt and braces: the assignment counts only while the recruiter still coaches in the
    # assignment's organisation and the candidate's account is on, whatever left it behind.
    return Assignment.objects.filter(
        recruiter=user,
        recruiter__membership__organisation=models.F("organisation"),
        recruiter__membership__role__in=(Membership.Role.ADMIN, Membership.Role.RECRUITER),
        candidate__membership__organisation=models.F("organisation"),
        candidate__is_active=True,
    ).values("candidate_id")


class OwnedQuerySet(models.QuerySet):
    # Rows a recruiter must never see of a candidate's, whatever the assignment (credentials).
    private_to_owner = False

    def for_user(self, user) -> OwnedQuerySet:
        """What `user` may change: their own rows."""
        return self.filter(owner=user)

    def visible_to(self, user) -> OwnedQuerySet:
        """What `user` may read: their own rows and their assigned candidates'."""
        if self.private_to_owner:
            return self.for_user(user)
        return self.filter(models.Q(owner=user) | models.Q(owner__in=coached_by(user)))

    def of_candidate(self, user, candidate) -> OwnedQuerySet:
        """`candidate`'s rows, if `user` may read them; none otherwise."""
        return self.visible_to(user).filter(owner=candidate)


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
