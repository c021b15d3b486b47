"""What a recruiter does for a candidate they coach: notes and suggested wording.

A recruiter reads a candidate's interviews, plans and drafts (`visible_to`), but changes
nothing of theirs: a coaching note is added beside the interview, and a suggested edit waits
until the candidate accepts it, which saves it as the candidate's own edit of the note.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from followup.shell import actions, limits
from followup.shell.actions import ActionError
from followup.shell.models import CoachingNote, Interview, Step, SuggestedEdit
from followup.shell.team import audit

NOTE_CHARS = 5_000
COMMENT_CHARS = 500


def _coaches(user, candidate) -> bool:
    """True if `user` is assigned to coach `candidate` (not merely in the same agency)."""
    return user.pk != candidate.pk and user.coaching.filter(candidate=candidate).exists()


def add_note(author, interview: Interview, text: str, *, via: str = "web") -> CoachingNote:
    """Leave a coaching note on a candidate's interview."""
    if not _coaches(author, interview.owner):
        raise ActionError("Only a recruiter assigned to this candidate can leave a note.")
    problem = limits.text_problem("The note", text, NOTE_CHARS)
    if problem:
        raise ActionError(problem)
    if not text.strip():
        raise ActionError("Write the note first; it is empty.")
    note = CoachingNote.objects.create(
        owner=interview.owner,
        author=author,
        author_name=audit.display_name(author),
        interview=interview,
        text=limits.clean_text(text),
    )
    audit.record(
        author,
        "coaching note",
        "Left a coaching note on an interview",
        subject=interview.owner,
        target=f"interview:{interview.pk}",
        via=via,
    )
    return note


def suggest_edit(
    author, step: Step, subject: str, body: str, comment: str = "", *, via: str = "web"
) -> SuggestedEdit:
    """Propose new wording for a candidate's planned note."""
    if not _coaches(author, step.owner):
        raise ActionError("Only a recruiter assigned to this candidate can suggest an edit.")
    if step.state != Step.State.PLANNED:
        raise ActionError("This note is no longer planned, so there is nothing to edit.")
    problem = (
        limits.line_problem("The subject", subject, limits.SUBJECT_CHARS)
        or limits.text_problem("The message", body, limits.NOTE_CHARS)
        or limits.line_problem("The comment", comment, COMMENT_CHARS)
    )
    if problem:
        raise ActionError(problem)
    if not body.strip():
        raise ActionError("The suggested message is empty; write the wording you suggest.")
    suggestion = SuggestedEdit.objects.create(
        owner=step.owner,
        step=step,
        author=author,
        author_name=audit.display_name(author),
        subject=subject.strip(),
        body=limits.clean_text(body),
        comment=comment.strip(),
    )
    audit.record(
        author,
        "suggested edit",
        f"Suggested wording for a {step.get_kind_display().lower()}",
        subject=step.owner,
        target=f"step:{step.pk}",
        via=via,
    )
    return suggestion


def decide(user, suggestion: SuggestedEdit, accept: bool, *, via: str = "web") -> SuggestedEdit:
    """The candidate accepts (their note takes the wording) or declines a suggestion."""
    if suggestion.owner_id != user.pk:
        raise ActionError("Only the candidate whose note it is can accept or decline it.")
    with transaction.atomic():
        # Compare-and-set, so two tabs (or two clicks) decide once.
        state = SuggestedEdit.State.ACCEPTED if accept else SuggestedEdit.State.DECLINED
        won = SuggestedEdit.objects.filter(pk=suggestion.pk, state=SuggestedEdit.State.OPEN).update(
            state=state, decided_at=timezone.now()
        )
        if not won:
            raise ActionError("This suggestion was already accepted or declined.")
        if accept:
            step = Step.objects.for_user(user).get(pk=suggestion.step_id)
            if step.state != Step.State.PLANNED:
                raise ActionError("This note was already sent or stopped; nothing was changed.")
            actions.save_note(step, suggestion.subject, suggestion.body)
    suggestion.refresh_from_db()
    audit.record(
        user,
        "accepted suggestion" if accept else "declined suggestion",
        f"{'Accepted' if accept else 'Declined'} {suggestion.author_name}'s suggested wording",
        target=f"step:{suggestion.step_id}",
        via=via,
    )
    return suggestion
