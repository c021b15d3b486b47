"""Your interviews and opportunities: list, read, add, record the outcome."""

from __future__ import annotations

from ninja import Query, Router
from ninja.responses import Status

from followup.shell import actions, limits
from followup.shell.actions import ActionError, InterviewerInput, InterviewInput
from followup.shell.api import access, pages, shapes
from followup.shell.api.errors import declared
from followup.shell.api.schemas import (
    InterviewDetailOut,
    InterviewIn,
    InterviewPage,
    OpportunityOut,
    OpportunityPage,
    OutcomeIn,
)
from followup.shell.models import Interview, Opportunity

router = Router(tags=["interviews"], by_alias=True)


@router.get(
    "/interviews",
    response={200: InterviewPage, **declared(400, 401, 422)},
    summary="Your interviews, the latest first",
)
def list_interviews(request, page: Query[pages.PageIn]):
    rows = shapes.interviews(Interview.objects.for_user(request.auth)).order_by("-start_at", "-pk")
    return pages.page(rows, page, shapes.interview_dict)


@router.get(
    "/interviews/{interview_id}",
    response={200: InterviewDetailOut, **declared(400, 401, 404, 422)},
    summary="One interview: debrief, planned notes, replies and coaching notes",
    description="Yours, or (for a recruiter) one of an assigned candidate's.",
)
def get_interview(request, interview_id: int):
    interview = access.readable(
        Interview, request.auth, interview_id, "interview", ("opportunity__company", "owner")
    )
    access.viewed(request.auth, interview.owner, "interview", f"interview:{interview.pk}")
    return shapes.interview_detail_dict(interview, request.auth)


@router.post(
    "/interviews",
    response={201: InterviewDetailOut, **declared(400, 401, 413, 422)},
    summary="Add an interview; its notes are planned at once",
)
def create_interview(request, data: InterviewIn):
    people = []
    for person in data.interviewers:
        problem = limits.text_problem("What you discussed", person.discussed, limits.DEBRIEF_CHARS)
        if problem:
            raise ActionError(problem)
        people.append(
            InterviewerInput(
                name=person.name,
                email=person.email,
                title=person.title,
                time_zone=person.time_zone,
                country=person.country,
                discussed=limits.clean_text(person.discussed),
            )
        )
    interview = actions.create_interview(
        request.auth,
        InterviewInput(
            company=data.company,
            role=data.role,
            start=data.start,
            end=data.end,
            time_zone=data.time_zone,
            format=data.format,
            location=data.location,
            round=data.round,
            interviewers=people,
        ),
    )
    interview = shapes.interviews(Interview.objects.filter(pk=interview.pk)).get()
    return Status(201, shapes.interview_detail_dict(interview, request.auth))


@router.get(
    "/opportunities",
    response={200: OpportunityPage, **declared(400, 401, 422)},
    summary="Your opportunities, the most recently changed first",
)
def list_opportunities(request, page: Query[pages.PageIn]):
    rows = shapes.opportunities(Opportunity.objects.for_user(request.auth)).order_by(
        "-updated_at", "-pk"
    )
    return pages.page(rows, page, shapes.opportunity_dict)


@router.post(
    "/opportunities/{opportunity_id}/outcome",
    response={200: OpportunityOut, **declared(400, 401, 404, 413, 422)},
    summary="Record the outcome; a closed opportunity stops its planned notes",
)
def record_outcome(request, opportunity_id: int, data: OutcomeIn):
    opportunity = access.changeable(
        Opportunity, request.auth, opportunity_id, "opportunity", ("company",)
    )
    actions.record_outcome(opportunity, data.status, data.note)
    return shapes.opportunity_dict(opportunity)
