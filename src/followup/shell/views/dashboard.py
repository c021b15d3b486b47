from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone

from followup.core import calendar
from followup.shell.agenda import WAITING_LIMIT, agenda_for
from followup.shell.formatting import user_zone
from followup.shell.models import Interview, Opportunity
from followup.shell.views.interviews import trash_context


def dashboard(request):
    if not request.user.is_authenticated:
        # A fresh install has no account yet: send the user to create one, not to a login form.
        if not get_user_model().objects.exists():
            return redirect("welcome")
        return redirect("login")
    return _dashboard(request)


@login_required
def _dashboard(request):
    now = timezone.now()
    agenda = agenda_for(request.user, now, waiting_limit=WAITING_LIMIT)
    context = {"agenda": agenda, "now": now, **trash_context(request)}
    if agenda.is_empty:
        # An empty day after plans ended is not a first day: say so, and what closed.
        interviews = Interview.objects.for_user(request.user)
        context["has_interviews"] = interviews.exists()
        month_start = now.astimezone(calendar.zone(user_zone(request.user))).replace(
            day=1, hour=0, minute=0, second=0, microsecond=0
        )
        context["closed_this_month"] = (
            Opportunity.objects.for_user(request.user)
            .filter(status__in=Opportunity.CLOSED, updated_at__gte=month_start)
            .count()
        )
    return render(request, "followup/dashboard.html", context)
