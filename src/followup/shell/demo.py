"""A realistic sample, so a new user sees a lived-in dashboard before adding their own."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from followup.core import calendar
from followup.shell.actions import (
    InterviewerInput,
    InterviewInput,
    create_interview,
    debrief,
    ensure_profile,
    mark_done,
)
from followup.shell.models import Company, Interview, Opportunity, Step
from followup.shell.planning import cancel_queued


def _at(now: dt.datetime, days: int, hour: int, zone_name: str) -> dt.datetime:
    day = (now.astimezone(calendar.zone(zone_name)) + dt.timedelta(days=days)).date()
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=calendar.zone(zone_name))


@transaction.atomic
def load_demo(user, now: dt.datetime) -> list[Interview]:
    """Three interviews at different stages, dated around `now`."""
    profile = ensure_profile(user)
    if not profile.standout_points:
        profile.standout_points = (
            "Cut order-picking errors by 30% across a 200,000 sq ft distribution centre\n"
            "Led the move of 40 services from cron jobs to a Kafka event pipeline"
        )
        profile.save()
    made = []

    # Yesterday's interview: thank-yous due, a timeline given.
    start = _at(now, -1, 14, "America/New_York")
    interview = create_interview(
        user,
        InterviewInput(
            company="Northwind Logistics",
            role="Operations Analyst",
            start=start,
            end=start + dt.timedelta(minutes=75),
            time_zone="America/New_York",
            format="onsite",
            interviewers=[
                InterviewerInput(
                    "Dana Reyes",
                    "dana.reyes@northwind.example",
                    "Director of Operations",
                    "America/Chicago",
                    "US",
                    "The night-shift staffing gap and how I rebalanced pick waves",
                ),
                InterviewerInput(
                    "Priya Nair",
                    "priya.nair@northwind.example",
                    "Analytics Lead",
                    "",
                    "",
                    "Their move from spreadsheets to a Postgres warehouse",
                ),
            ],
        ),
    )
    debrief(
        interview,
        notes="Toured the Joliet DC; talked through the peak-season forecast.",
        highlights="My 30% error reduction from slotting changes",
        timeline_text="Dana said they'd make a decision by the end of next week.",
    )
    made.append(interview)

    # Two weeks ago: thank-you sent, the official follow-up due soon.
    start = _at(now, -8, 10, "Europe/London")
    interview = create_interview(
        user,
        InterviewInput(
            company="Fabrikam",
            role="Platform Engineer",
            start=start,
            end=start + dt.timedelta(minutes=60),
            time_zone="Europe/London",
            interviewers=[
                InterviewerInput(
                    "Oliver Hughes",
                    "oliver@fabrikam.example",
                    "Head of Platform",
                    "",
                    "",
                    "Migrating their batch jobs to event streams",
                )
            ],
        ),
    )
    debrief(interview, notes="Whiteboarded a retry design for their payment events.")
    for step in interview.steps.filter(kind="thank_you"):
        mark_done(step, start + dt.timedelta(hours=3))
    made.append(interview)

    # Next week: nothing to do yet.
    start = _at(now, 6, 11, "America/Los_Angeles")
    made.append(
        create_interview(
            user,
            InterviewInput(
                company="Contoso Health",
                role="Data Engineer",
                start=start,
                end=start + dt.timedelta(minutes=45),
                time_zone="America/Los_Angeles",
                format="video",
                interviewers=[
                    InterviewerInput(
                        "Sam Okafor", "sam.okafor@contoso.example", "Engineering Manager"
                    )
                ],
            ),
        )
    )
    Opportunity.objects.filter(pk__in=[i.opportunity_id for i in made]).update(sample=True)
    return made


@transaction.atomic
def remove_demo(user) -> int:
    """Remove what "Load a sample" added (and nothing else); return how many interviews."""
    samples = Opportunity.objects.for_user(user).filter(sample=True)
    interviews = Interview.objects.for_user(user).filter(opportunity__in=samples)
    count = interviews.count()
    cancel_queued(
        {
            pk: "The sample was removed."
            for pk in Step.objects.filter(interview__in=interviews).values_list("pk", flat=True)
        }
    )
    companies = set(samples.values_list("company_id", flat=True))
    samples.delete()
    Company.objects.filter(pk__in=companies, opportunities__isnull=True).delete()
    return count


def has_sample(user) -> bool:
    return Opportunity.objects.for_user(user).filter(sample=True).exists()
