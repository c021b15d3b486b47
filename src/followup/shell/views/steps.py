from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from followup.shell import actions
from followup.shell.actions import ActionError
from followup.shell.models import Step


def _step(request, pk: int) -> Step:
    return get_object_or_404(
        Step.objects.for_user(request.user).select_related(
            "interview__opportunity__company", "interviewer"
        ),
        pk=pk,
    )


@login_required
def step_detail(request, pk: int):
    step = _step(request, pk)
    return render(request, "followup/step_detail.html", {"step": step, "now": timezone.now()})


def _back(request, step: Step):
    target = request.POST.get("next", "")
    # Only our own paths: an open redirect would let a link bounce users to another site.
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect(step.interview)


@login_required
@require_POST
def step_done(request, pk: int):
    step = _step(request, pk)
    try:
        actions.mark_done(step)
    except ActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Marked as sent: {step}.")
    return _back(request, step)


@login_required
@require_POST
def step_undo(request, pk: int):
    step = _step(request, pk)
    try:
        actions.undo_done(step)
    except ActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Marked as not sent: {step}.")
    return _back(request, step)
