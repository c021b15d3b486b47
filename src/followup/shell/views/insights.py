"""The Insights page: how it is going, drawn on the server."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from followup.shell import charts
from followup.shell.insights import insights
from followup.shell.models import Opportunity
from followup.shell.notes import LABEL_NAMES


@login_required
def insights_page(request):
    data = insights(request.user, timezone.now())
    kinds = [(r["label"], r["sent"], r["replied"]) for r in data["replies_by_step_kind"]]
    days = [
        (r["days"], r["sent"], r["replied"])
        for r in data["replies_by_days_from_interview_to_follow_up"]
    ]
    findings = [
        (LABEL_NAMES[r["finding"]], r["sent"], r["replied"])
        for r in data["replies_by_review_finding"]
    ]
    statuses = list(Opportunity.Status.choices)
    months = data["opportunities_by_outcome_and_month"]
    context = {
        "sent": sum(row[1] for row in kinds),
        "sections": [
            (
                "by-kind",
                "Replies by kind of note",
                kinds,
                charts.rate_bars("by-kind", "Replies by kind of note", kinds),
            ),
            (
                "by-days",
                "Replies by days from the interview to the follow-up",
                days,
                charts.rate_bars("by-days", "Replies by days to the follow-up", days),
            ),
            (
                "by-finding",
                "Replies by what the review found in the sent note",
                findings,
                charts.rate_bars("by-finding", "Replies by review finding", findings),
            ),
        ],
        "months": months,
        "statuses": statuses,
        "months_chart": charts.stacked_months(
            "by-month",
            "Opportunities by outcome, by month of the first interview",
            months,
            statuses,
        ),
    }
    return render(request, "followup/insights.html", context)
