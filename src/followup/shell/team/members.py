"""An organisation's people: founding it, inviting, assigning, removing.

Every function here checks that the acting user is an admin of the organisation concerned,
so the web, the API and the CLI cannot differ on who may do what.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from followup.shell import limits
from followup.shell.accounts import AccountInput, create_account
from followup.shell.actions import ActionError
from followup.shell.models import (
    Assignment,
    Membership,
    Organisation,
    TeamInvite,
)
from followup.shell.models.team import new_token, token_digest
from followup.shell.team import audit

INVITE_LASTS = dt.timedelta(days=7)
Role = Membership.Role


def membership_of(user) -> Membership | None:
    try:
        return user.membership
    except Membership.DoesNotExist:
        return None


def _admin_membership(user) -> Membership:
    membership = membership_of(user)
    if membership is None or membership.role != Role.ADMIN:
        raise ActionError("Only an admin of the organisation can do this.")
    return membership


def _member(organisation: Organisation, user_id: int) -> Membership:
    try:
        return Membership.objects.select_related("user").get(
            organisation=organisation, user_id=user_id
        )
    except Membership.DoesNotExist:
        raise ActionError("That person is not a member of your organisation.") from None


@transaction.atomic
def found(user, name: str) -> Organisation:
    """Make `user` the first admin of a new organisation."""
    problem = limits.line_problem("The organisation's name", name, limits.NAME_CHARS)
    if problem:
        raise ActionError(problem)
    if not name.strip():
        raise ActionError("Give the organisation a name.")
    if membership_of(user) is not None:
        raise ActionError("You are already a member of an organisation.")
    organisation = Organisation.objects.create(name=name.strip())
    Membership.objects.create(organisation=organisation, user=user, role=Role.ADMIN)
    audit.record(user, "founded", f"Founded the organisation {organisation.name}")
    return organisation


def invite(admin, role: str, email: str = "", recruiter_id: int | None = None):
    """A one-time link for someone to join as `role`; returns (invite, token).

    Only the token's digest is stored: the link is shown once, to the admin who made it.
    """
    membership = _admin_membership(admin)
    if role not in Role.values:
        raise ActionError("Choose a role: admin, recruiter or candidate.")
    problem = limits.line_problem("The email address", email, limits.EMAIL_CHARS)
    if problem:
        raise ActionError(problem)
    recruiter = None
    if recruiter_id is not None:
        if role != Role.CANDIDATE:
            raise ActionError("Only a candidate is assigned to a recruiter.")
        coach = _member(membership.organisation, recruiter_id)
        if not coach.coaches:
            raise ActionError("Candidates can be assigned only to a recruiter or an admin.")
        recruiter = coach.user
    token = new_token("fi_")
    created = TeamInvite.objects.create(
        organisation=membership.organisation,
        role=role,
        email=email.strip(),
        recruiter=recruiter,
        token_hash=token_digest(token),
        created_by=admin,
        expires_at=timezone.now() + INVITE_LASTS,
    )
    audit.record(admin, "invited", f"Made an invite link for a new {role}")
    return created, token


def open_invite(token: str) -> TeamInvite:
    """The invite behind a link, if it can still be used; ActionError otherwise."""
    found_invite = (
        TeamInvite.objects.select_related("organisation").filter(token_hash=token_digest(token))
    ).first()
    if found_invite is None:
        raise ActionError("This invite link is not valid. Ask your admin for a new one.")
    if found_invite.used_at is not None:
        raise ActionError("This invite link was used already. Ask your admin for a new one.")
    if found_invite.expires_at <= timezone.now():
        raise ActionError("This invite link has expired. Ask your admin for a new one.")
    return found_invite


def accept_invite(token: str, user=None, account: AccountInput | None = None):
    """Join through an invite: as `user` (signed in) or as a new account. Returns the user."""
    with transaction.atomic():
        pending = open_invite(token)
        # Compare-and-set: two tabs opening one link make one member.
        won = TeamInvite.objects.filter(pk=pending.pk, used_at__isnull=True).update(
            used_at=timezone.now()
        )
        if not won:
            raise ActionError("This invite link was used already. Ask your admin for a new one.")
        if user is None:
            if account is None:
                raise ActionError("Choose a username and password to join.")
            try:
                user = create_account(account)
            except Exception as exc:  # ValidationError: say what to fix
                messages = getattr(exc, "messages", None) or [str(exc)]
                raise ActionError(" ".join(messages)) from None
        elif membership_of(user) is not None:
            raise ActionError("You are already a member of an organisation.")
        Membership.objects.create(organisation=pending.organisation, user=user, role=pending.role)
        TeamInvite.objects.filter(pk=pending.pk).update(used_by=user)
        if (
            pending.recruiter_id
            and Membership.objects.filter(
                organisation=pending.organisation,
                user_id=pending.recruiter_id,
                role__in=(Role.ADMIN, Role.RECRUITER),
            ).exists()
        ):
            Assignment.objects.get_or_create(
                organisation=pending.organisation,
                recruiter=pending.recruiter,
                candidate=user,
            )
    audit.record(user, "joined", f"Joined as {pending.get_role_display().lower()}")
    return user


def assign(admin, recruiter_id: int, candidate_id: int) -> Assignment:
    organisation = _admin_membership(admin).organisation
    coach, candidate = _member(organisation, recruiter_id), _member(organisation, candidate_id)
    if not coach.coaches:
        raise ActionError("Candidates can be assigned only to a recruiter or an admin.")
    if candidate.role != Role.CANDIDATE:
        raise ActionError("Only a candidate can be assigned to a recruiter.")
    assignment, _ = Assignment.objects.get_or_create(
        organisation=organisation, recruiter=coach.user, candidate=candidate.user
    )
    audit.record(
        admin,
        "assigned",
        f"Assigned {audit.display_name(candidate.user)} to {audit.display_name(coach.user)}",
        subject=candidate.user,
    )
    return assignment


def unassign(admin, recruiter_id: int, candidate_id: int) -> None:
    organisation = _admin_membership(admin).organisation
    deleted, _ = Assignment.objects.filter(
        organisation=organisation, recruiter_id=recruiter_id, candidate_id=candidate_id
    ).delete()
    if deleted:
        candidate = get_user_model().objects.get(pk=candidate_id)
        audit.record(
            admin,
            "unassigned",
            f"Ended a recruiter's access to {audit.display_name(candidate)}",
            subject=candidate,
        )


def change_role(admin, user_id: int, role: str) -> Membership:
    organisation = _admin_membership(admin).organisation
    member = _member(organisation, user_id)
    if role not in Role.values:
        raise ActionError("Choose a role: admin, recruiter or candidate.")
    with transaction.atomic():
        _keep_an_admin(organisation, member, leaving=role != Role.ADMIN)
        if role != member.role:
            _close_invites_of(member.user)
        if role == Role.CANDIDATE:
            Assignment.objects.filter(recruiter=member.user).delete()
        if role != Role.CANDIDATE:
            Assignment.objects.filter(candidate=member.user).delete()
        member.role = role
        member.save(update_fields=["role"])
    audit.record(
        admin,
        "changed role",
        f"Made {audit.display_name(member.user)} {role}",
        subject=member.user,
    )
    return member


def _keep_an_admin(organisation, member: Membership, leaving: bool) -> None:
    if not leaving or member.role != Role.ADMIN:
        return
    # Locked, so two admins demoting each other at once cannot leave none (PostgreSQL; SQLite
    # runs one writer at a time anyway).
    admins = list(
        Membership.objects.select_for_update()
        .filter(organisation=organisation, role=Role.ADMIN)
        .values_list("pk", flat=True)
    )
    if not [pk for pk in admins if pk != member.pk]:
        raise ActionError("An organisation needs an admin: make someone else admin first.")


def _close_invites_of(user) -> None:
    """Links a person made, or that would assign candidates to them, end with their role."""
    TeamInvite.objects.filter(used_at__isnull=True).filter(
        Q(created_by=user) | Q(recruiter=user)
    ).update(expires_at=timezone.now())


def revoke_invite(admin, invite_id: int) -> None:
    organisation = _admin_membership(admin).organisation
    closed = TeamInvite.objects.filter(
        pk=invite_id, organisation=organisation, used_at__isnull=True
    ).update(expires_at=timezone.now())
    if not closed:
        raise ActionError("That invite link was used or revoked already.")
    audit.record(admin, "revoked invite", "Revoked an invite link")


def remove(admin, user_id: int, successor_id: int | None = None) -> None:
    """Take someone out of the organisation; nothing they or their candidates own is lost.

    A candidate leaves with their data: it was always theirs, and it stops being shared.
    A recruiter or admin hands their candidates, and their own follow-ups with clients, to
    `successor`; their account is then switched off, so their mailbox sends nothing more.
    """
    organisation = _admin_membership(admin).organisation
    member = _member(organisation, user_id)
    if member.user_id == admin.pk:
        raise ActionError("You cannot remove yourself; ask another admin.")
    with transaction.atomic():
        _keep_an_admin(organisation, member, leaving=True)
        _close_invites_of(member.user)
        if member.role == Role.CANDIDATE:
            Assignment.objects.filter(candidate=member.user).delete()
            member.delete()
            summary = f"Removed {audit.display_name(member.user)}; their data stays theirs"
        else:
            if successor_id is None:
                raise ActionError(
                    "Choose who takes over this person's candidates and client follow-ups."
                )
            successor = _member(organisation, successor_id)
            if not successor.coaches or successor.user_id == member.user_id:
                raise ActionError("The successor must be another recruiter or admin.")
            hand_over(member.user, successor.user, organisation)
            member.delete()
            member.user.is_active = False
            member.user.save(update_fields=["is_active"])
            summary = (
                f"Removed {audit.display_name(member.user)}; handed their work to "
                f"{audit.display_name(successor.user)}"
            )
    audit.record(admin, "removed member", summary, subject=member.user)


def hand_over(leaver, successor, organisation: Organisation) -> None:
    """Give `successor` the leaver's candidates and the leaver's own records.

    Mail accounts are not handed over (credentials belong to one person): they are removed,
    and notes queued in them go back to planned, to be sent from the successor's mailbox.
    """
    from followup.shell.mailbox import accounts
    from followup.shell.models import (
        Company,
        FoundInvitation,
        Interview,
        Interviewer,
        MailAccount,
        Opportunity,
        OutboxMessage,
        SeenMessage,
        Step,
    )

    for assignment in Assignment.objects.filter(recruiter=leaver):
        Assignment.objects.get_or_create(
            organisation=organisation, recruiter=successor, candidate_id=assignment.candidate_id
        )
    Assignment.objects.filter(recruiter=leaver).delete()
    # Notes that never went out (queued, or failed for good) are forgotten before the accounts
    # go, so their steps are planned again and go out from the successor's mailbox. One that may
    # have gone out (unconfirmed) is the successor's to settle: "it was sent" or "send it".
    OutboxMessage.objects.filter(
        owner=leaver, state__in=(OutboxMessage.State.QUEUED, OutboxMessage.State.FAILED)
    ).delete()
    OutboxMessage.objects.filter(owner=leaver, state=OutboxMessage.State.UNCERTAIN).update(
        owner=successor
    )
    # What came back is the successor's to read and act on.
    SeenMessage.objects.filter(owner=leaver).update(owner=successor)
    FoundInvitation.objects.filter(owner=leaver).update(owner=successor)
    for account in MailAccount.objects.for_user(leaver):
        accounts.remove(account)
    # Companies are unique per owner by name: merge a leaver's company into the successor's.
    for company in Company.objects.for_user(leaver):
        existing = Company.objects.for_user(successor).filter(name=company.name).first()
        if existing is not None:
            Opportunity.objects.filter(company=company).update(company=existing)
            company.delete()
        else:
            company.owner = successor
            company.save(update_fields=["owner"])
    for model in (Opportunity, Interview, Interviewer, Step):
        model.objects.filter(owner=leaver).update(owner=successor)
