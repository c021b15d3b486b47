"""Your planned notes: what is due, each one's draft and review, and marking one as sent."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Query, Router, Schema

from followup.shell import actions, limits
from followup.shell.api import access, pages, shapes
from followup.shell.api.errors import Conflict, declared
from followup.shell.api.schemas import Moment, StepDetailOut, StepOut, StepPage, StepState
from followup.shell.models import Step

# Every step falls inside these (the planner refuses other years), so clamping a filter to them
# changes no answer, and keeps year-1 or year-9999 moments away from the database's date maths.
EARLIEST = dt.datetime(limits.FIRST_YEAR, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(limits.LAST_YEAR + 1, 1, 1, tzinfo=dt.UTC)

router = Router(tags=["steps"], by_alias=True)


class StepFilters(Schema):
    state: StepState | None = Field(None, description="Only steps in this state.")
    due_before: Moment | None = Field(None, description="Only steps due before this.")


def filtered(rows, filters: StepFilters):
    if filters.state:
        rows = rows.filter(state=filters.state)
    if filters.due_before is not None:
        rows = rows.filter(due_at__lt=min(max(filters.due_before, EARLIEST), LATEST))
    return shapes.steps(rows).order_by("due_at", "pk")


@router.get(
    "/steps",
    response={200: StepPage, **declared(400, 401, 422)},
    summary="Your notes, the soonest due first",
)
def list_steps(request, filters: Query[StepFilters], page: Query[pages.PageIn]):
    rows = filtered(Step.objects.for_user(request.auth), filters)
    return pages.page(rows, page, shapes.step_dict)


RELATED = ("interview__opportunity__company", "interviewer", "owner")


@router.get(
    "/steps/{step_id}",
    response={200: StepDetailOut, **declared(400, 401, 404, 422)},
    summary="One note: its current draft, the review of it, and suggested wording",
    description="Yours, or (for a recruiter) one of an assigned candidate's.",
)
def get_step(request, step_id: int):
    step = access.readable(Step, request.auth, step_id, "step", RELATED)
    access.viewed(request.auth, step.owner, "draft", f"step:{step.pk}")
    return shapes.step_detail_dict(step, request.auth)


@router.post(
    "/steps/{step_id}/done",
    response={200: StepOut, **declared(400, 401, 404, 409, 422)},
    summary="Record that you sent this note; the next one is planned from it",
)
def mark_done(request, step_id: int):
    step = access.changeable(Step, request.auth, step_id, "step", RELATED)
    if step.state == Step.State.DONE:
        raise Conflict(f"Step {step.pk} is already marked as sent.")
    try:
        actions.mark_done(step)
    except actions.ActionError as exc:  # a second request got there first
        raise Conflict(str(exc)) from None
    return shapes.step_dict(step)
