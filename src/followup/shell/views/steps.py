from urllib.parse import quote

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from followup.shell import actions, limits, notes
from followup.shell.actions import ActionError
from followup.shell.forms import NO_VERSION, after_conflict, long_text, version_field
from followup.shell.mailbox.outbox import account_for
from followup.shell.models import Step, SuggestedEdit
from followup.shell.views.common import redirect_back


class NoteForm(forms.Form):
    version = version_field()
    subject = forms.CharField(max_length=limits.SUBJECT_CHARS, required=False)
    body = long_text("Message", limits.NOTE_CHARS, rows=16)

    def clean_body(self) -> str:
        # Browsers send textarea lines as CRLF; store what the user sees, one newline each.
        return self.cleaned_data["body"].replace("\r\n", "\n").replace("\r", "\n")

    def clean_subject(self) -> str:
        # A subject is one header line: a line break or control character in it is refused
        # here, at input, so nothing typed can become another header.
        problem = limits.line_problem("The subject", self.cleaned_data["subject"], 10**9)
        if problem:
            raise forms.ValidationError(problem)
        return self.cleaned_data["subject"].strip()


def _step(request, pk: int) -> Step:
    return get_object_or_404(
        Step.objects.for_user(request.user).select_related(
            "interview__opportunity__company", "interviewer", "owner"
        ),
        pk=pk,
    )


def _mailto(step: Step, subject: str, body: str) -> str:
    address = quote(step.interviewer.email or "", safe="@")
    return f"mailto:{address}?subject={quote(subject)}&body={quote(body)}"


@login_required
def step_detail(request, pk: int):
    """The note's editor, with the review beside it (live with htmx, on submit without)."""
    step = _step(request, pk)
    note = notes.note_for(step)
    subject, body = note.subject, note.body
    saved = None
    if request.method == "POST":
        form = NoteForm(request.POST)
        if form.is_valid():
            subject, body = form.cleaned_data["subject"], form.cleaned_data["body"]
            action = request.POST.get("action", "save")
            if action in ("save", "reset") and form.cleaned_data["version"] is None:
                # (Not said which version the page showed: it could overwrite another tab's
                # edit unseen.)
                form.add_error(None, NO_VERSION)
            elif action in ("save", "reset"):
                new = (subject, body) if action == "save" else ("", "")
                try:
                    actions.save_note(step, *new, expected_version=form.cleaned_data["version"])
                except actions.StaleEdit as exc:
                    step.refresh_from_db()
                    saved_note = notes.note_for(step)
                    saved = [("Subject", saved_note.subject), ("Message", saved_note.body)]
                    form = after_conflict(NoteForm, request.POST, step.version, str(exc))
                except ActionError as exc:
                    form.add_error(None, str(exc))
                else:
                    done = "Draft saved." if action == "save" else "Back to the suggested draft."
                    messages.success(request, done)
                    return redirect(step)
    else:
        form = NoteForm(initial={"subject": subject, "body": body, "version": step.version})
    return render(
        request,
        "followup/step_detail.html",
        {
            "step": step,
            "now": timezone.now(),
            "form": form,
            "note": note,
            **_review_parts(step, subject, body),
            "mail_account": account_for(request.user),
            "saved": saved,
            "suggestions": SuggestedEdit.objects.for_user(request.user).filter(
                step=step, state=SuggestedEdit.State.OPEN
            ),
        },
    )


def _review_parts(step: Step, subject: str, body: str) -> dict:
    result = notes.review_note(step, subject, body)
    return {
        "review": result,
        "rows": notes.review_rows(result, step.kind),
        "mailto": _mailto(step, subject, body),
    }


@login_required
@require_POST
def step_review(request, pk: int):
    """The review panel alone, for htmx to swap in as the user types."""
    step = _step(request, pk)
    form = NoteForm(request.POST)
    form.is_valid()
    subject = form.cleaned_data.get("subject", "")
    body = form.cleaned_data.get("body", "")
    return render(
        request, "followup/_review.html", {"step": step, **_review_parts(step, subject, body)}
    )


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
    return redirect_back(request, step.interview)


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
    return redirect_back(request, step.interview)
