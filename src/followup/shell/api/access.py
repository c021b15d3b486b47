"""Who may read or change what, through the API: the web's rules, the web's 404s.

Reads go through `visible_to` (your records and those of the candidates you coach), changes
through `for_user` (yours only). Whatever the caller may not see is a 404, never a 403, so the
API does not confirm that another person's record exists.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model

from followup.shell.api.errors import NotFound
from followup.shell.models import Membership
from followup.shell.models.owned import coached_by
from followup.shell.team import audit, members


def readable(model, user, pk: int, what: str, related=()):
    found = model.objects.visible_to(user).select_related(*related).filter(pk=pk).first()
    if found is None:
        raise NotFound(f"No {what} #{pk} of yours or of a candidate you coach.")
    return found


def changeable(model, user, pk: int, what: str, related=()):
    found = model.objects.for_user(user).select_related(*related).filter(pk=pk).first()
    if found is None:
        raise NotFound(f"No {what} #{pk} of yours.")
    return found


def coachable(model, user, pk: int, what: str, related=()):
    """A candidate's record that `user` coaches them on (never the user's own)."""
    coach(user)
    found = (
        model.objects.visible_to(user)
        .exclude(owner=user)
        .select_related(*related)
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise NotFound(f"No {what} #{pk} of a candidate you coach.")
    return found


def coach(user) -> Membership:
    """The caller's membership, if they coach (a recruiter or an admin); 404 otherwise."""
    membership = members.membership_of(user)
    if membership is None or not membership.coaches:
        raise NotFound("Only a recruiter or an admin of an agency has candidates.")
    return membership


def candidate(user, candidate_id: int):
    """A candidate `user` is assigned to coach; 404 for anyone else, in any agency."""
    coach(user)
    found = (
        get_user_model()
        .objects.filter(pk=candidate_id, pk__in=coached_by(user), is_active=True)
        .first()
    )
    if found is None:
        raise NotFound(f"No candidate #{candidate_id} assigned to you.")
    return found


def viewed(user, owner, what: str, target: str) -> None:
    """Log a recruiter's look at a candidate's data (nothing for one's own)."""
    if owner.pk != user.pk:
        audit.record(
            user,
            "viewed candidate",
            f"Viewed {audit.display_name(owner)}'s {what}",
            subject=owner,
            target=target,
            via="api",
        )
