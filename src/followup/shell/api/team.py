"""Who you are, and the recruiter's side: assigned candidates, the overview, coaching notes,
suggested wording, and the candidate's answer to a suggestion."""

from __future__ import annotations

from typing import Literal

from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from followup.shell.actions import ActionError
from followup.shell.api import access, pages, shapes
from followup.shell.api.errors import Conflict, declared
from followup.shell.api.schemas import (
    CandidatePage,
    CoachingNoteIn,
    CoachingNoteOut,
    InterviewPage,
    MeOut,
    OverviewOut,
    StepPage,
    SuggestionIn,
    SuggestionOut,
)
from followup.shell.api.steps import StepFilters, filtered
from followup.shell.models import Interview, Profile, Step, SuggestedEdit
from followup.shell.team import coaching, members
from followup.shell.team.overview import assigned_candidates, candidate_summary, recruiter_overview

router = Router(tags=["team"], by_alias=True)


@router.get(
    "/me", response={200: MeOut, **declared(400, 401, 422)}, summary="Who the token acts as"
)
def me(request):
    user = request.auth
    membership = members.membership_of(user)
    profile = Profile.objects.filter(user=user).first()
    return {
        "id": user.pk,
        "username": user.get_username(),
        "name": (profile.full_name if profile else "") or user.get_full_name(),
        "email": (profile.email if profile else "") or user.email,
        "time_zone": profile.time_zone if profile else "UTC",
        "role": membership.role if membership else None,
        "organisation": (
            {"id": membership.organisation.pk, "name": membership.organisation.name}
            if membership
            else None
        ),
    }


@router.get(
    "/candidates",
    response={200: CandidatePage, **declared(400, 401, 404, 422)},
    summary="The candidates assigned to you, with their notes planned and due",
    description="For recruiters and admins; anyone else gets 404.",
)
def list_candidates(request, page: Query[pages.PageIn]):
    access.coach(request.auth)
    candidates = assigned_candidates(request.auth)
    summary = candidate_summary(request.auth, timezone.now(), [user.pk for user in candidates])

    def shape(user):
        counts = summary.get(user.pk, {})
        return {
            **shapes.person_dict(user),
            "planned": counts.get("planned", 0),
            "due": counts.get("due", 0),
        }

    # Ordered by name, then the unique username: a stable order for paging.
    return pages.page(candidates, page, shape)


@router.get(
    "/candidates/{candidate_id}/interviews",
    response={200: InterviewPage, **declared(400, 401, 404, 422)},
    summary="An assigned candidate's interviews, the latest first",
)
def candidate_interviews(request, candidate_id: int, page: Query[pages.PageIn]):
    candidate = access.candidate(request.auth, candidate_id)
    rows = shapes.interviews(Interview.objects.of_candidate(request.auth, candidate))
    access.viewed(request.auth, candidate, "interviews", f"user:{candidate.pk}")
    return pages.page(rows.order_by("-start_at", "-pk"), page, shapes.interview_dict)


@router.get(
    "/candidates/{candidate_id}/steps",
    response={200: StepPage, **declared(400, 401, 404, 422)},
    summary="An assigned candidate's notes, the soonest due first",
)
def candidate_steps(
    request, candidate_id: int, filters: Query[StepFilters], page: Query[pages.PageIn]
):
    candidate = access.candidate(request.auth, candidate_id)
    rows = filtered(Step.objects.of_candidate(request.auth, candidate), filters)
    access.viewed(request.auth, candidate, "planned notes", f"user:{candidate.pk}")
    return pages.page(rows, page, shapes.step_dict)


class OverviewFilters(Schema):
    candidate: int | None = Field(None, description="Only this assigned candidate.")
    show: Literal["owes", "due", "replied"] | None = Field(None, description="Only this section.")


@router.get(
    "/overview",
    response={200: OverviewOut, **declared(400, 401, 404, 422)},
    summary="Across your candidates: who owes a thank-you, whose follow-up is due, who got a reply",
)
def overview(request, filters: Query[OverviewFilters]):
    if filters.candidate is not None:
        access.candidate(request.auth, filters.candidate)
    else:
        access.coach(request.auth)
    now = timezone.now()
    found = recruiter_overview(
        request.auth, now, candidate_id=filters.candidate, show=filters.show or ""
    )
    return {
        "now": now,
        "candidates": [shapes.person_dict(user) for user in found.candidates],
        "owes": [shapes.step_dict(step) for step in found.owes],
        "due": [shapes.step_dict(step) for step in found.due],
        "replied": [shapes.reply_dict(message) for message in found.replied],
        "counts": found.counts,
    }


@router.post(
    "/interviews/{interview_id}/coaching-notes",
    response={201: CoachingNoteOut, **declared(400, 401, 404, 413, 422)},
    summary="Leave a coaching note on an assigned candidate's interview",
)
def add_coaching_note(request, interview_id: int, data: CoachingNoteIn):
    interview = access.coachable(
        Interview, request.auth, interview_id, "interview", ("opportunity__company", "owner")
    )
    note = coaching.add_note(request.auth, interview, data.text, via="api")
    return Status(201, shapes.coaching_note_dict(note))


@router.post(
    "/steps/{step_id}/suggestions",
    response={201: SuggestionOut, **declared(400, 401, 404, 409, 413, 422)},
    summary="Suggest wording for an assigned candidate's planned note",
    description="The candidate accepts it (their note takes the wording) or declines it.",
)
def suggest(request, step_id: int, data: SuggestionIn):
    step = access.coachable(Step, request.auth, step_id, "step", ("interviewer", "owner"))
    if step.state != Step.State.PLANNED:
        raise Conflict("This note is no longer planned, so there is nothing to edit.")
    suggestion = coaching.suggest_edit(
        request.auth, step, data.subject, data.body, data.comment, via="api"
    )
    return Status(201, shapes.suggestion_dict(suggestion))


def _decide(request, suggestion_id: int, accept: bool):
    suggestion = access.changeable(
        SuggestedEdit, request.auth, suggestion_id, "suggestion", ("step",)
    )
    if suggestion.state != SuggestedEdit.State.OPEN:
        raise Conflict("This suggestion was already accepted or declined.")
    if accept and suggestion.step.state != Step.State.PLANNED:
        raise Conflict("This note was already sent or stopped, so the wording cannot change.")
    try:
        decided = coaching.decide(request.auth, suggestion, accept, via="api")
    except ActionError as exc:  # another request decided it a moment ago
        raise Conflict(str(exc)) from None
    return shapes.suggestion_dict(decided)


@router.post(
    "/suggestions/{suggestion_id}/accept",
    response={200: SuggestionOut, **declared(400, 401, 404, 409, 422)},
    summary="Accept a recruiter's wording: your note takes it",
)
def accept_suggestion(request, suggestion_id: int):
    return _decide(request, suggestion_id, accept=True)


@router.post(
    "/suggestions/{suggestion_id}/decline",
    response={200: SuggestionOut, **declared(400, 401, 404, 409, 422)},
    summary="Decline a recruiter's wording: your note stays as it is",
)
def decline_suggestion(request, suggestion_id: int):
    return _decide(request, suggestion_id, accept=False)
