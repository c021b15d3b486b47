"""Interview invitations arriving in the inbox (real Dovecot over LMTP): offered, never added
silently; updates and cancellations of an added one applied and shown."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from django.utils import timezone

from followup.shell.mailbox.sync import sync_account
from followup.shell.models import FoundInvitation, Interview, SeenMessage, Step

from .conftest import connect_mailbox

INVITES = Path(__file__).parent / "invites"
pytestmark = pytest.mark.usefixtures("business_hours")


def invitation_mail(ics_name: str, *, subject: str, attach: bool = False, text: str = ""):
    """An invitation as calendars send it: text, and the calendar as a text/calendar part
    (Google, Outlook) or as an attached .ics file (others)."""
    message = EmailMessage()
    message["From"] = "Calendar <calendar-notification@example.test>"
    message["To"] = "me@example.test"
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="example.test")
    message["Date"] = format_datetime(timezone.now().astimezone(dt.UTC))
    message.set_content(text or "You have been invited.")
    data = (INVITES / ics_name).read_bytes() if ics_name.endswith(".ics") else ics_name.encode()
    if attach:
        message.add_attachment(data, maintype="application", subtype="ics", filename="invite.ics")
    else:
        message.add_alternative(data.decode(), subtype="calendar", params={"method": "REQUEST"})
    return message.as_bytes()


def deliver_and_sync(stack, account, raw: bytes) -> None:
    stack.deliver(raw, "me", sender="calendar-notification@example.test")
    sync_account(account)


def test_a_new_invitation_is_offered_and_added_only_when_the_user_says(owner, stack, client):
    account = connect_mailbox(owner, stack)
    deliver_and_sync(
        stack,
        account,
        invitation_mail("google_meet.ics", subject="Invitation: Technical Interview"),
    )
    found = FoundInvitation.objects.for_user(owner).get()
    assert found.state == FoundInvitation.State.OFFERED
    assert "Senior Backend Engineer at Northwind" in found.summary
    assert not Interview.objects.exists()  # nothing added silently

    client.force_login(owner)
    page = client.get("/").content.decode()
    assert "New interview found in your inbox" in page
    answer = client.post(f"/invitations/{found.pk}/", {"answer": "add"})
    interview = Interview.objects.for_user(owner).get()
    assert answer.url == interview.get_absolute_url()
    assert interview.steps.filter(kind=Step.Kind.THANK_YOU).exists()
    found.refresh_from_db()
    assert found.state == FoundInvitation.State.ADDED
    # Answered: neither offered again on the dashboard nor added twice.
    assert client.post(f"/invitations/{found.pk}/", {"answer": "add"}).status_code == 302
    assert Interview.objects.count() == 1
    assert "New interview found" not in client.get("/").content.decode()


def test_an_update_and_a_cancellation_of_an_added_interview_are_applied_and_shown(
    owner, stack, client
):
    account = connect_mailbox(owner, stack)
    deliver_and_sync(
        stack, account, invitation_mail("outlook_windows_tz.ics", subject="Interview", attach=True)
    )
    from followup.shell.mailbox import invitations

    interview = invitations.add(FoundInvitation.objects.get())
    deliver_and_sync(
        stack, account, invitation_mail("outlook_update.ics", subject="Interview (updated)")
    )
    interview.refresh_from_db()
    assert interview.start_at == dt.datetime(2026, 12, 16, 17, 30, tzinfo=dt.UTC)
    notice = FoundInvitation.objects.filter(state=FoundInvitation.State.APPLIED).get()
    assert notice.note.startswith("Updated: moved from Mon 14 Dec 2026, 13:00")
    client.force_login(owner)
    assert "Updated: moved from" in client.get("/").content.decode()

    deliver_and_sync(
        stack, account, invitation_mail("outlook_cancel.ics", subject="Canceled: Interview")
    )
    interview.refresh_from_db()
    assert interview.cancelled
    assert not interview.steps.filter(state=Step.State.PLANNED).exists()
    assert FoundInvitation.objects.filter(
        state=FoundInvitation.State.APPLIED, note__startswith="Cancelled by the organiser"
    ).exists()


def test_a_meeting_that_is_not_about_a_job_is_not_offered(owner, stack):
    account = connect_mailbox(owner, stack)
    weekly = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:sync-1\r\nDTSTART:20261210T150000Z\r\nDTEND:20261210T160000Z\r\n"
        "SUMMARY:Book club\r\nORGANIZER;CN=Jo Bloggs:mailto:jo@bookclub.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    deliver_and_sync(stack, account, invitation_mail(weekly, subject="Invitation: Book club"))
    assert not FoundInvitation.objects.exists()
    assert SeenMessage.objects.get().why == ""  # looked at, not failed on
    job = weekly.replace("Book club", "Interview with the data team")
    deliver_and_sync(stack, account, invitation_mail(job, subject="Invitation"))
    assert FoundInvitation.objects.count() == 1


def test_an_invitation_without_a_company_asks_for_it_on_the_dashboard(owner, stack, client):
    account = connect_mailbox(owner, stack)
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:free-1\r\nDTSTART:20261210T150000Z\r\nDTEND:20261210T160000Z\r\n"
        "SUMMARY:Interview\r\nORGANIZER;CN=Dana Reyes:mailto:dana.reyes@gmail.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    deliver_and_sync(stack, account, invitation_mail(ics, subject="Interview"))
    found = FoundInvitation.objects.get()
    client.force_login(owner)
    assert 'name="company"' in client.get("/").content.decode()
    client.post(f"/invitations/{found.pk}/", {"answer": "add", "company": "Acme"})
    assert Interview.objects.get().opportunity.company.name == "Acme"


def test_another_users_invitation_is_a_404(owner, outsider, stack, client):
    account = connect_mailbox(owner, stack)
    deliver_and_sync(stack, account, invitation_mail("zoom.ics", subject="Zoom interview"))
    found = FoundInvitation.objects.get()
    client.force_login(outsider)
    assert client.post(f"/invitations/{found.pk}/", {"answer": "add"}).status_code == 404
    assert not Interview.objects.exists()


def test_an_update_from_outside_the_company_changes_nothing(owner, stack):
    account = connect_mailbox(owner, stack)
    deliver_and_sync(stack, account, invitation_mail("outlook_windows_tz.ics", subject="Interview"))
    from followup.shell.mailbox import invitations

    interview = invitations.add(FoundInvitation.objects.get())
    forged = (
        (INVITES / "outlook_cancel.ics")
        .read_bytes()
        .replace(b"daniel.okafor@acme-robotics.com", b"someone@elsewhere.example")
    )
    deliver_and_sync(stack, account, invitation_mail(forged.decode(), subject="Canceled"))
    interview.refresh_from_db()
    assert not interview.cancelled
    assert not FoundInvitation.objects.filter(state=FoundInvitation.State.APPLIED).exists()


def test_an_attendees_answer_is_not_an_invitation(owner, stack):
    account = connect_mailbox(owner, stack)
    answer = (INVITES / "zoom.ics").read_text().replace("METHOD:PUBLISH", "METHOD:REPLY")
    deliver_and_sync(stack, account, invitation_mail(answer, subject="Accepted: interview"))
    assert not FoundInvitation.objects.exists()
    # The same file as an invitation is offered: the test above fails for the right reason.
    deliver_and_sync(stack, account, invitation_mail("zoom.ics", subject="Zoom interview"))
    assert FoundInvitation.objects.count() == 1
