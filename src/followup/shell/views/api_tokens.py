"""The Settings page's "API tokens" part: make a token (shown once), list them, revoke one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from followup.shell.actions import ActionError, ensure_profile
from followup.shell.api import tokens
from followup.shell.forms import ProfileForm


def settings_context(user) -> dict:
    """What the Settings page needs to show the user's tokens."""
    return {"api_tokens": list(tokens.tokens_of(user))}


@login_required
@require_POST
def token_create(request):
    try:
        row, token = tokens.create(request.user, request.POST.get("name", ""), via="web")
    except ActionError as exc:
        messages.error(request, str(exc))
        return redirect("settings")
    # Shown in this answer and nowhere else: not kept in the session or any other store.
    form = ProfileForm(instance=ensure_profile(request.user))
    context = {"form": form, "new_token": token, "new_token_row": row}
    return render(request, "followup/settings.html", {**context, **settings_context(request.user)})


@login_required
@require_POST
def token_revoke(request, pk: int):
    # Someone else's token is a 404, like any record that is not yours.
    get_object_or_404(tokens.tokens_of(request.user), pk=pk)
    try:
        row = tokens.revoke(request.user, pk, via="web")
    except ActionError as exc:  # revoked in another tab a moment ago
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Revoked the token {row.name!r}; it no longer works.")
    return redirect("settings")
