"""The agency's pages: the admin's people page, the recruiter's view, a candidate's page,
joining through an invite, and the audit log.

Every object is fetched through `for_user` (to change) or `visible_to` (to read), so a
candidate outside the viewer's reach is a 404, whether it belongs to another agency or to a
colleague's candidate.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from followup.shell import notes
from followup.shell.accounts import AccountInput
from followup.shell.actions import ActionError
from followup.shell.forms import WelcomeForm
from followup.shell.models import (
    AuditEvent,
    Interview,
    Membership,
    Step,
    SuggestedEdit,
)
from followup.shell.models.owned import coached_by
from followup.shell.team import audit, coaching, members
from followup.shell.team.overview import SHOW, candidate_summary, recruiter_overview
from followup.shell.views.common import redirect_back

Role = Membership.Role
CANDIDATES_PER_PAGE = 50
PEOPLE_PER_PAGE = 50
DRAFTS_SHOWN = 10  # on a candidate's page, the soonest planned notes get their draft


def _membership(request) -> Membership | None:
    return members.membership_of(request.user)


def _coach(request) -> Membership:
    """The signed-in recruiter's (or admin's) membership; 404 for anyone else."""
    membership = _membership(request)
    if membership is None or not membership.coaches:
        raise Http404
    return membership


def _candidate(request, user_id: int):
    """A candidate the signed-in user coaches; 404 otherwise (not assigned, another agency)."""
    _coach(request)
    return get_object_or_404(
        get_user_model().objects.select_related("profile"),
        pk=user_id,
        pk__in=coached_by(request.user),
        is_active=True,
    )


def _int_or_none(value: str | None) -> int | None:
    """An id from a form or a query string; None for anything that cannot be one (a database
    refuses an integer past 64 bits with an error, not an empty result)."""
    try:
        number = int(value) if value else None
    except ValueError:
        return None
    return number if number is not None and 0 < number < 2**63 else None


# The admin's page ---------------------------------------------------------------------------


@login_required
def team_page(request):
    membership = _membership(request)
    if membership is None:
        return render(request, "followup/team_start.html", {})
    context = {"membership": membership}
    organisation = membership.organisation
    people = (
        Membership.objects.filter(organisation=organisation)
        .select_related("user__profile")
        .order_by("role", "user__first_name", "user__username")
    )
    if membership.role == Role.ADMIN:
        # A page of people at a time: an agency of 500 would be a page of megabytes.
        page = Paginator(people, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
        shown = {person.user_id for person in page}
        coaches_of: dict[int, list] = {}
        assignments = organisation.assignments.filter(candidate_id__in=shown)
        for row in assignments.select_related("recruiter"):
            coaches_of.setdefault(row.candidate_id, []).append(row.recruiter)
        for person in page:
            person.coached_by = coaches_of.get(person.user_id, [])
        context.update(
            people=page,
            page=page,
            recruiters=list(
                people.filter(role__in=(Role.ADMIN, Role.RECRUITER)).select_related("user")
            ),
            roles=Role.choices,
            invite_link=request.session.pop("invite_link", ""),
            invites=organisation.invites.filter(
                used_at__isnull=True, expires_at__gt=timezone.now()
            ),
        )
    else:
        # Everyone else sees whom their data is shared with, and nothing of the others'.
        context["shared_with"] = [
            row.recruiter for row in request.user.coached_by.select_related("recruiter")
        ]
    return render(request, "followup/team.html", context)


@login_required
@require_POST
def team_found(request):
    try:
        members.found(request.user, request.POST.get("name", ""))
    except ActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Your organisation is ready: invite your recruiters.")
    return redirect("team")


@login_required
@require_POST
def team_action(request):
    """One endpoint for the admin's forms; `members` checks the admin's rights every time."""
    action = request.POST.get("action", "")
    user_id = _int_or_none(request.POST.get("user"))
    try:
        if action == "invite":
            _, token = members.invite(
                request.user,
                request.POST.get("role", ""),
                request.POST.get("email", ""),
                _int_or_none(request.POST.get("recruiter")),
            )
            # Shown once, on the next page: only its digest is stored.
            request.session["invite_link"] = request.build_absolute_uri(f"/team/join/{token}/")
            messages.success(request, "Invite link made. Copy it now: it is shown only once.")
        elif action == "assign" and user_id:
            recruiter = _int_or_none(request.POST.get("recruiter"))
            if recruiter is None:
                raise ActionError("Choose the recruiter to assign this candidate to.")
            members.assign(request.user, recruiter, user_id)
            messages.success(request, "Assigned.")
        elif action == "unassign" and user_id:
            recruiter = _int_or_none(request.POST.get("recruiter"))
            members.unassign(request.user, recruiter or 0, user_id)
            messages.success(request, "The recruiter no longer sees this candidate.")
        elif action == "role" and user_id:
            members.change_role(request.user, user_id, request.POST.get("role", ""))
            messages.success(request, "Role changed.")
        elif action == "revoke":
            members.revoke_invite(request.user, _int_or_none(request.POST.get("invite")) or 0)
            messages.success(request, "The invite link no longer works.")
        elif action == "remove" and user_id:
            successor = _int_or_none(request.POST.get("successor"))
            members.remove(request.user, user_id, successor)
            messages.success(request, "Removed. Nothing of theirs was lost.")
        else:
            raise ActionError("Nothing was changed: that form was incomplete.")
    except ActionError as exc:
        messages.error(request, str(exc))
    return redirect("team")


@login_required
def audit_log(request):
    membership = _membership(request)
    if membership is None or membership.role != Role.ADMIN:
        raise Http404
    events = AuditEvent.objects.filter(organisation=membership.organisation)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "followup/audit.html", {"page": page})


# Joining -------------------------------------------------------------------------------------


def team_join(request, token: str):
    try:
        pending = members.open_invite(token)
    except ActionError as exc:
        return render(request, "followup/team_join.html", {"problem": str(exc)}, status=404)
    form = None if request.user.is_authenticated else WelcomeForm(initial={"email": pending.email})
    if request.method == "POST":
        try:
            if request.user.is_authenticated:
                user = members.accept_invite(token, user=request.user)
            else:
                form = WelcomeForm(request.POST)
                if not form.is_valid():
                    raise ActionError("Check the fields below.")
                user = members.accept_invite(token, account=AccountInput(**form.cleaned_data))
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        except ActionError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Welcome to {pending.organisation.name}.")
            return redirect("dashboard")
    return render(request, "followup/team_join.html", {"invite": pending, "form": form})


# The recruiter's view ------------------------------------------------------------------------


@login_required
def candidates_page(request):
    _coach(request)
    now = timezone.now()
    show = request.GET.get("show", "")
    show = show if show in SHOW else ""
    candidate_id = _int_or_none(request.GET.get("candidate"))
    name = request.GET.get("name", "").strip()[:100]
    overview = recruiter_overview(
        request.user, now, candidate_id=candidate_id, show=show, name=name
    )
    # The table of everyone goes page by page: 500 rows would cost more than the rest.
    page = Paginator(overview.candidates, CANDIDATES_PER_PAGE).get_page(request.GET.get("page"))
    summary = candidate_summary(request.user, now, [person.pk for person in page])
    for person in page:
        person.summary = summary.get(person.pk, {})
    return render(
        request,
        "followup/candidates.html",
        {
            "overview": overview,
            "show": show,
            "candidate_id": candidate_id,
            "page": page,
            "name": name,
            "chosen": next((p for p in overview.candidates if p.pk == candidate_id), None),
        },
    )


@login_required
def candidate_page(request, user_id: int):
    candidate = _candidate(request, user_id)
    interviews = (
        Interview.objects.of_candidate(request.user, candidate)
        .select_related("opportunity__company")
        .prefetch_related(
            Prefetch(
                "steps",
                queryset=Step.objects.select_related(
                    "interviewer", "owner", "interview__opportunity__company"
                ),
            ),
            "interviewers",
            "coaching_notes",
        )
        .order_by("-start_at")[:50]
    )
    suggestions = {
        s.step_id: s
        for s in SuggestedEdit.objects.of_candidate(request.user, candidate).filter(
            state=SuggestedEdit.State.OPEN
        )
    }
    # Drafts and their reviews for the soonest planned notes only: each costs a few queries
    # and a review, and the ones weeks away will change with the plan anyway.
    planned = sorted(
        (
            step
            for interview in interviews
            for step in interview.steps.all()
            if step.state == Step.State.PLANNED
        ),
        key=lambda step: step.due_at,
    )
    with_draft = {step.pk for step in planned[:DRAFTS_SHOWN]}
    for interview in interviews:
        interview.planned = []
        for step in interview.steps.all():
            if step.pk in with_draft:
                note = notes.note_for(step)
                step.note = note
                step.rows = notes.review_rows(
                    notes.review_note(step, note.subject, note.body), step.kind
                )
                step.open_suggestion = suggestions.get(step.pk)
                interview.planned.append(step)
    audit.record(
        request.user,
        "viewed candidate",
        f"Viewed {audit.display_name(candidate)}'s interviews and drafts",
        subject=candidate,
        target=f"user:{candidate.pk}",
    )
    return render(
        request,
        "followup/candidate.html",
        {"candidate": candidate, "interviews": interviews, "now": timezone.now()},
    )


@login_required
@require_POST
def coaching_note_add(request, pk: int):
    _coach(request)
    interview = get_object_or_404(
        Interview.objects.visible_to(request.user).exclude(owner=request.user), pk=pk
    )
    try:
        coaching.add_note(request.user, interview, request.POST.get("text", ""))
    except ActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Note left for the candidate.")
    return redirect("candidate", interview.owner_id)


@login_required
@require_POST
def suggestion_add(request, pk: int):
    _coach(request)
    step = get_object_or_404(
        Step.objects.visible_to(request.user)
        .exclude(owner=request.user)
        .select_related("interviewer"),
        pk=pk,
    )
    try:
        coaching.suggest_edit(
            request.user,
            step,
            request.POST.get("subject", ""),
            request.POST.get("body", ""),
            request.POST.get("comment", ""),
        )
    except ActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Suggestion sent; the candidate decides whether to use it.")
    return redirect("candidate", step.owner_id)


@login_required
@require_POST
def suggestion_decide(request, pk: int):
    """The candidate accepts or declines a recruiter's wording (their own step only)."""
    suggestion = get_object_or_404(SuggestedEdit.objects.for_user(request.user), pk=pk)
    accept = request.POST.get("answer") == "accept"
    try:
        coaching.decide(request.user, suggestion, accept)
    except ActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, "Your note now uses the suggested wording." if accept else "Declined."
        )
    return redirect_back(request, suggestion.step)
