"""The signed-in user's place in an agency, for every page's menu."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject


def membership(request) -> dict:
    # Lazy: a page that never asks (a JSON view, a redirect) costs no query.
    def find():
        from followup.shell.team.members import membership_of

        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return membership_of(user)

    return {"membership": SimpleLazyObject(find)}
