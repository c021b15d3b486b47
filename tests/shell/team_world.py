"""Two agencies and a loner, with one candidate's data of every kind, for the team tests.

Agency A: admin Ada, recruiters Rita (coaches Cleo) and Ravi (coaches nobody), candidate Cleo.
Agency B: admin Bo, recruiter Rob, candidate Cal. Outside both: Lou, a single user.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup.shell.accounts import AccountInput, create_account
from followup.shell.api import tokens
from followup.shell.mailbox.accounts import AccountInput as MailInput
from followup.shell.mailbox.accounts import save_account
from followup.shell.models import (
    Assignment,
    FoundInvitation,
    Membership,
    Organisation,
    OutboxMessage,
    SeenMessage,
)
from followup.shell.team import coaching

PASSWORD = "a long test passphrase"
# Cleo's words, which nobody outside her reach may ever be shown.
SECRET_COMPANY = "Zanzibar Quantum Widgets"
SECRET_MAIL_HOST = "imap.cleo-private.example"


def mailbox(user, host: str = "127.0.0.1"):
    """A saved mail account of `user`'s (never connected to: the servers are made up)."""
    return save_account(
        user,
        MailInput(
            email=f"{user.username}@example.com",
            password=f"{user.username}-mail-password",
            smtp_host=host.replace("imap.", "smtp.", 1),
            smtp_port=587,
            smtp_security="starttls",
            imap_host=host,
            imap_port=993,
            imap_security="tls",
        ),
    )


def _user(username: str, full_name: str):
    return create_account(
        AccountInput(
            username=username,
            password=PASSWORD,
            email=f"{username}@example.com",
            full_name=full_name,
            time_zone="America/New_York",
            country="US",
        )
    )


@dataclass
class World:
    ada: object
    rita: object
    ravi: object
    cleo: object
    bo: object
    rob: object
    cal: object
    lou: object
    objects: dict  # what of Cleo's each URL argument points at, by kind


def build(make_interview, now: dt.datetime) -> World:
    people = {
        name: _user(name, full)
        for name, full in [
            ("ada", "Ada Admin"),
            ("rita", "Rita Recruiter"),
            ("ravi", "Ravi Recruiter"),
            ("cleo", "Cleo Candidate"),
            ("bo", "Bo Admin"),
            ("rob", "Rob Recruiter"),
            ("cal", "Cal Candidate"),
            ("lou", "Lou Loner"),
        ]
    }
    a, b = Organisation.objects.create(name="Agency A"), Organisation.objects.create(name="B")
    roles = {
        "ada": (a, "admin"),
        "rita": (a, "recruiter"),
        "ravi": (a, "recruiter"),
        "cleo": (a, "candidate"),
        "bo": (b, "admin"),
        "rob": (b, "recruiter"),
        "cal": (b, "candidate"),
    }
    for name, (org, role) in roles.items():
        Membership.objects.create(organisation=org, user=people[name], role=role)
    Assignment.objects.create(organisation=a, recruiter=people["rita"], candidate=people["cleo"])
    Assignment.objects.create(organisation=b, recruiter=people["rob"], candidate=people["cal"])

    cleo = people["cleo"]
    interview = make_interview(cleo, company=SECRET_COMPANY, role="Chief Widget Officer")
    step = interview.steps.order_by("pk").first()
    account = mailbox(cleo, SECRET_MAIL_HOST)
    outbox = OutboxMessage.objects.create(
        owner=cleo,
        account=account,
        step=step,
        message_id="<cleo-1@example.com>",
        to_addr="dana@acme.example",
        subject=f"Thank you, {SECRET_COMPANY}",
        body="x",
        mode="draft",
        state=OutboxMessage.State.FAILED,
        next_attempt_at=now,
    )
    seen = SeenMessage.objects.create(
        owner=cleo,
        account=account,
        folder="INBOX",
        uidvalidity=1,
        uid=1,
        kind=SeenMessage.Kind.REPLY,
        category=SeenMessage.Category.REQUEST,
        opportunity=interview.opportunity,
        received_at=now,
        from_addr="dana@acme.example",
        subject=f"References for {SECRET_COMPANY}",
    )
    found = FoundInvitation.objects.create(
        owner=cleo,
        seen=seen,
        key="ics:cleo-1",
        summary=f"Interview at {SECRET_COMPANY}",
        calendar="",
    )
    note = coaching.add_note(people["rita"], interview, "Mention the widget migration.")
    api_token, _ = tokens.create(cleo, "Cleo's laptop")
    suggestion = coaching.suggest_edit(people["rita"], step, "Thanks", "Dear Dana, thanks.")
    objects = {
        "interview": interview.pk,
        "opportunity": interview.opportunity_id,
        "step": step.pk,
        "mail_account": account.pk,
        "outbox": outbox.pk,
        "reply": seen.pk,
        "invitation": found.pk,
        "coaching_note": note.pk,
        "suggestion": suggestion.pk,
        "candidate": cleo.pk,
        "api_token": api_token.pk,
    }
    return World(objects=objects, **people)
