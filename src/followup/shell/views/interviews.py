import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from followup.core import calendar
from followup.shell import actions, reply_meaning, trash
from followup.shell.actions import ActionError, InterviewerInput, InterviewInput
from followup.shell.forms import (
    DeadlineForm,
    DebriefForm,
    InterviewerFormSet,
    InterviewForm,
    OutcomeForm,
    after_conflict,
)
from followup.shell.models import CoachingNote, Interview, Opportunity, SeenMessage
from followup.shell.serializers import replies_of


def _interview(request, pk: int) -> Interview:
    # Scoped to the owner: someone else's interview is a 404, not a 403, so ids leak nothing.
    return get_object_or_404(
        Interview.objects.for_user(request.user).select_related("opportunity__company"), pk=pk
    )


@login_required
def interview_list(request):
    interviews = (
        Interview.objects.for_user(request.user)
        .select_related("opportunity__company")
        .order_by("-start_at")
    )
    # Imported from a tracker, no interview yet: listed so they are not lost from sight.
    applications = (
        Opportunity.objects.for_user(request.user)
        .filter(interviews__isnull=True)
        .select_related("company")
        .order_by("company__name", "role")
    )
    return render(
        request,
        "followup/interviews.html",
        {"interviews": interviews, "applications": applications, **trash_context(request)},
    )


def _for_recruiter(user) -> bool:
    """An agency's recruiter or admin, who also runs follow-ups with clients about candidates.

    A user with no membership (the single-user install) or an agency's candidate is not."""
    from followup.shell.team.members import membership_of

    membership = membership_of(user)
    return membership is not None and membership.coaches


def _input_from(form: InterviewForm, formset) -> InterviewInput:
    data = form.cleaned_data
    people = [
        InterviewerInput(
            id=row.get("id"),
            name=row["name"],
            email=row.get("email", ""),
            title=row.get("title", ""),
            time_zone=row.get("time_zone", ""),
            country=row.get("country", ""),
        )
        for row in formset.cleaned_data
        if row and row.get("name") and not row.get("DELETE")
    ]
    return InterviewInput(
        company=data["company"],
        role=data["role"],
        start=data["start_at"],
        end=data["end_at"],
        time_zone=data["time_zone"],
        format=data["format"],
        location=data["location"],
        interviewers=people,
        # None when the form has no such field: the saved name stays as it is.
        candidate_name=data.get("candidate_name"),
    )


@login_required
def interview_new(request):
    profile = actions.ensure_profile(request.user)
    # "Add the next interview" from a reply prefills the company and the role.
    prefill = {key: request.GET.get(key, "")[:200] for key in ("company", "role")}
    form = InterviewForm(
        request.POST or None,
        initial={"time_zone": profile.time_zone, **prefill},
        for_recruiter=_for_recruiter(request.user),
    )
    formset = InterviewerFormSet(
        request.POST or None,
        prefix="people",
        initial=[{}] if request.method != "POST" else None,
    )
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        data = _input_from(form, formset)
        try:
            interview = actions.create_interview(request.user, data)
        except ActionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Interview added. Here is what to send, and when.")
            return redirect(interview)
    return render(
        request,
        "followup/interview_form.html",
        {"form": form, "formset": formset, "title": "Add an interview"},
    )


@login_required
def interview_edit(request, pk: int):
    interview = _interview(request, pk)
    zone = interview.time_zone
    start = timezone.localtime(interview.start_at, calendar.zone(zone))
    end = timezone.localtime(interview.end_at, calendar.zone(zone))
    initial = {
        "company": interview.opportunity.company.name,
        "role": interview.opportunity.role,
        "date": start.date(),
        "start": start.time(),
        "end": end.time(),
        "time_zone": zone,
        "format": interview.format,
        "location": interview.location,
        "version": interview.version,
        "candidate_name": interview.opportunity.candidate_name,
    }
    people = [
        {
            "id": p.pk,
            "name": p.name,
            "email": p.email,
            "title": p.title,
            "time_zone": p.time_zone,
            "country": p.country,
        }
        for p in interview.interviewers.all()
    ]
    # The field is on a recruiter's own interviews (never on a candidate's they coach), and on
    # any client follow-up, so its candidate can be corrected.
    for_recruiter = bool(interview.opportunity.candidate_name) or (
        interview.owner_id == request.user.pk and _for_recruiter(request.user)
    )
    form = InterviewForm(request.POST or None, initial=initial, for_recruiter=for_recruiter)
    formset = InterviewerFormSet(request.POST or None, prefix="people", initial=people)
    saved = None
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        data = _input_from(form, formset)
        try:
            actions.update_interview(interview, data, expected_version=form.cleaned_data["version"])
        except actions.StaleEdit as exc:
            interview.refresh_from_db()
            saved = _saved_interview(interview)
            form = after_conflict(
                InterviewForm,
                request.POST,
                interview.version,
                str(exc),
                initial=initial,
                for_recruiter=for_recruiter,
            )
        except ActionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Saved; the plan below is up to date.")
            return redirect(interview)
    return render(
        request,
        "followup/interview_form.html",
        {
            "form": form,
            "formset": formset,
            "title": "Edit interview",
            "interview": interview,
            "saved": saved,
        },
    )


def _saved_interview(interview: Interview) -> list[tuple[str, str]]:
    """What the other tab saved, as label and text, to show beside the user's form."""
    from followup.shell.formatting import when

    opportunity = interview.opportunity
    people = "; ".join(
        ", ".join(x for x in (p.name, p.email, p.title) if x) for p in interview.interviewers.all()
    )
    about = [("Candidate", opportunity.candidate_name)] if opportunity.candidate_name else []
    return [
        ("Company", opportunity.company.name),
        ("Role", opportunity.role),
        *about,
        ("When", when(interview.start_at, interview.time_zone, year=True)),
        ("Format", interview.get_format_display()),
        ("Location", interview.location or "(none)"),
        ("Interviewers", people),
    ]


@login_required
def interview_detail(request, pk: int):
    interview = _interview(request, pk)
    steps = (
        interview.steps.select_related("interviewer")
        .prefetch_related("outbox__account")
        .order_by("due_at", "pk")
    )
    return render(
        request,
        "followup/interview_detail.html",
        {
            "interview": interview,
            "interviewers": interview.interviewers.all(),
            "steps": steps,
            "now": timezone.now(),
            "deadline_form": DeadlineForm(
                initial={"action": "set", "deadline": interview.stated_deadline}
            ),
            "outcome_form": OutcomeForm(initial={"status": interview.opportunity.status}),
            "replies": replies_of(interview.opportunity),
            "meanings": reply_meaning.MEANINGS,
            "coaching": CoachingNote.objects.for_user(request.user).filter(interview=interview),
        },
    )


@login_required
def interview_debrief(request, pk: int):
    interview = _interview(request, pk)
    form = DebriefForm(
        request.POST or None,
        interviewers=interview.interviewers.all(),
        initial={
            "notes": interview.notes,
            "highlights": interview.highlights,
            "timeline_text": interview.timeline_text,
            "version": interview.version,
        },
    )
    saved = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.debrief(
                interview,
                notes=data["notes"],
                highlights=data["highlights"],
                timeline_text=data["timeline_text"],
                discussed=form.discussed(),
                expected_version=data["version"],
            )
        except actions.StaleEdit as exc:
            interview.refresh_from_db()
            saved = [
                (DebriefForm.base_fields[name].label, getattr(interview, name) or "(empty)")
                for name in ("notes", "highlights", "timeline_text")
            ]
            form = after_conflict(
                DebriefForm,
                request.POST,
                interview.version,
                str(exc),
                interviewers=interview.interviewers.all(),
            )
        except ActionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Debrief saved.")
            return redirect(interview)
    return render(
        request, "followup/debrief.html", {"interview": interview, "form": form, "saved": saved}
    )


@login_required
@require_POST
def interview_deadline(request, pk: int):
    """The one-click correction of the timeline we read."""
    interview = _interview(request, pk)
    form = DeadlineForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect(interview)
    action = form.cleaned_data["action"]
    if action == "set":
        try:
            actions.debrief(interview, deadline=form.cleaned_data["deadline"])
        except ActionError as exc:
            messages.error(request, str(exc))
            return redirect(interview)
    elif action == "none":
        actions.debrief(interview, clear_deadline=True)
    else:
        actions.use_read_deadline(interview)
    messages.success(request, "Timeline updated; the follow-up was re-planned.")
    return redirect(interview)


@login_required
@require_POST
def interview_cancel(request, pk: int):
    interview = _interview(request, pk)
    cancel = request.POST.get("cancelled", "1") == "1"
    actions.set_cancelled(interview, cancel)
    messages.success(
        request,
        "Interview cancelled; its steps are stopped."
        if cancel
        else "Interview is back on; its steps are planned again.",
    )
    return redirect(interview)


@login_required
@require_POST
def opportunity_outcome(request, pk: int):
    opportunity = get_object_or_404(Opportunity.objects.for_user(request.user), pk=pk)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        actions.record_outcome(opportunity, form.cleaned_data["status"], form.cleaned_data["note"])
        messages.success(request, f"Outcome recorded: {opportunity.get_status_display()}.")
    else:
        messages.error(request, "Choose an outcome from the list.")
    interview = opportunity.interviews.order_by("-start_at").first()
    return redirect(interview or "dashboard")


@login_required
@require_POST
def reply_correct(request, pk: int):
    """The one-click correction of what a reply meant; remembered, and the plan follows."""
    seen = get_object_or_404(
        SeenMessage.objects.for_user(request.user).select_related("opportunity"), pk=pk
    )
    meaning = request.POST.get("meaning", "")
    labels = dict(reply_meaning.MEANINGS)
    if meaning not in labels:
        messages.error(request, "Choose what the reply meant from the list.")
    else:
        reply_meaning.correct(seen, meaning)
        label = labels[meaning].lower()
        messages.success(request, f"Noted: that reply was {label}. The plan was updated.")
    interview = (
        seen.opportunity.interviews.order_by("-start_at").first() if seen.opportunity else None
    )
    return redirect(interview or "dashboard")


@login_required
@require_POST
def ask_done(request, pk: int):
    """They asked for something and it is dealt with: off the dashboard (or back, to undo)."""
    seen = get_object_or_404(SeenMessage.objects.for_user(request.user), pk=pk)
    undo = request.POST.get("undo") == "1"
    SeenMessage.objects.filter(pk=seen.pk).update(ask_done_at=None if undo else timezone.now())
    if not undo:
        messages.success(request, f"Done: \u201c{seen.evidence or seen.subject}\u201d.")
    return redirect("dashboard")


def trash_context(request) -> dict:
    """The undo after a delete (while it lasts) and the sample's remove button."""
    from followup.shell.demo import has_sample

    kept = request.session.get("undo_delete")
    label = ""
    if kept and timezone.now() - dt.datetime.fromisoformat(kept["at"]) <= trash.UNDO_FOR:
        opportunity = kept["opportunity"]
        label = f"{opportunity['role']} at {opportunity['company']}"
    return {"undo_delete": label, "has_sample": has_sample(request.user)}


@login_required
def interview_delete(request, pk: int):
    interview = _interview(request, pk)
    if request.method != "POST":
        return render(request, "followup/interview_delete.html", {"interview": interview})
    request.session["undo_delete"] = trash.delete(interview)
    messages.success(request, "Interview deleted; nothing will be sent for it.")
    return redirect("interviews")


@login_required
@require_POST
def interview_undo_delete(request):
    try:
        interview = trash.undo(request.user, request.session.pop("undo_delete", None))
    except trash.TrashError as exc:
        messages.error(request, str(exc))
        return redirect("interviews")
    messages.success(request, "Restored, with its notes and its plan.")
    return redirect(interview)
