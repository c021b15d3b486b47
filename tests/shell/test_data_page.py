"""The "Your data" page: import with a preview, exports, and the calendar feed."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from followup.shell.models import Interview, Opportunity, Step
from followup.shell.transfer import feed

INVITES = Path(__file__).parent / "invites"


def upload(client, name: str, data: bytes | None = None, **fields):
    data = (INVITES / name).read_bytes() if data is None else data
    return client.post(
        "/data/import/", {"file": SimpleUploadedFile(name, data), **fields}, follow=True
    )


def test_the_preview_shows_what_would_happen_and_saves_nothing(owner_client, owner):
    page = upload(owner_client, "two_events.ics")
    html = page.content.decode()
    assert "What importing two_events.ics would do" in html
    assert "Operations Analyst at Tallgrass Logistics" in html
    assert "Data Platform Engineer at Kumo Data" in html
    assert not Interview.objects.exists()
    token = page.context["token"]
    done = owner_client.post("/data/import/confirm/", {"token": token})
    assert "Imported two_events.ics" in done.content.decode()
    assert Interview.objects.for_user(owner).count() == 2
    # The stash is gone: confirming twice imports nothing twice, and says so.
    again = owner_client.post("/data/import/confirm/", {"token": token}, follow=True)
    assert "already confirmed or cancelled" in again.content.decode()
    assert Interview.objects.count() == 2


def test_cancel_imports_nothing(owner_client):
    token = upload(owner_client, "zoom.ics").context["token"]
    owner_client.post("/data/import/confirm/", {"token": token, "cancel": "1"})
    assert not Interview.objects.exists()


def test_someone_elses_preview_cannot_be_confirmed(owner_client, outsider):
    token = upload(owner_client, "zoom.ics").context["token"]
    client = Client()
    client.force_login(outsider)
    for forged in (token, "../../secret_key", f"{token}.claimed"):
        client.post("/data/import/confirm/", {"token": forged})
    assert not Interview.objects.exists()
    # The owner's preview is still there, untouched by the attempts.
    owner_client.post("/data/import/confirm/", {"token": token})
    assert Interview.objects.count() == 1


def test_a_refused_file_is_said_on_the_page(owner_client):
    page = upload(owner_client, "notes.ics", b"just some text")
    assert "not a calendar file" in page.content.decode()
    assert not Interview.objects.exists()


def test_the_preview_escapes_what_the_file_says(owner_client):
    data = (
        b"Company,Role,Start,Interviewer\n"
        b"<script>alert(1)</script>,Engineer,2026-12-10 10:00,<img src=x onerror=alert(1)>\n"
    )
    html = upload(owner_client, "x.csv", data).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_the_import_form_needs_a_csrf_token(owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    data = (INVITES / "zoom.ics").read_bytes()
    answer = client.post("/data/import/", {"file": SimpleUploadedFile("z.ics", data)})
    assert answer.status_code == 403
    assert not Interview.objects.exists()


def test_exports_hold_only_your_own_data(owner_client, interview, outsider):
    from .conftest import make_interview

    make_interview(outsider, company="Mallory's Secret Startup")
    exported = owner_client.get("/data/export.json")
    assert exported["Content-Disposition"].startswith("attachment;")
    document = json.loads(exported.content)
    assert [o["company"] for o in document["opportunities"]] == ["Acme"]
    csv_text = b"".join(owner_client.get("/data/export.csv").streaming_content).decode()
    assert "Acme" in csv_text and "Mallory" not in csv_text
    steps = b"".join(owner_client.get("/data/export.csv?table=steps").streaming_content)
    assert steps.decode().count("\n") == 1 + interview.steps.count()


def test_exports_need_a_signed_in_user(client, interview):
    for path in ("/data/", "/data/export.json", "/data/export.csv"):
        assert client.get(path).status_code == 302


def feed_events(client, url: str):
    answer = client.get(url)
    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(answer.content).walk("VEVENT")


def test_the_feed_lists_each_planned_note_at_its_due_time(owner_client, owner, interview, client):
    owner_client.post("/data/feed/", {"action": "create"})
    url = owner_client.get("/data/").context["feed_url"]
    assert url.startswith("http://testserver/feed/")
    client.logout()  # calendars cannot sign in: the key is the access
    events = feed_events(client, url)
    planned = interview.steps.filter(state=Step.State.PLANNED)
    assert len(events) == planned.count() > 0
    due = {e.decoded("DTSTART") for e in events}
    assert due == set(planned.values_list("due_at", flat=True))
    first = planned.order_by("due_at").first()
    event = next(e for e in events if e.decoded("DTSTART") == first.due_at)
    assert first.reason in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(f"/steps/{first.pk}/")


def test_the_feed_shows_nobody_elses_notes(owner, outsider, client):
    from .conftest import make_interview

    make_interview(owner, company="Acme")
    make_interview(outsider, company="Globex")
    key = feed.rotate(owner)
    summaries = [str(e["SUMMARY"]) for e in feed_events(client, feed.path(key))]
    assert summaries and all("Acme" in s for s in summaries)


def test_a_replaced_or_revoked_feed_address_stops_working(owner_client, owner, client):
    owner_client.post("/data/feed/", {"action": "create"})
    old = feed.current_key(owner)
    owner_client.post("/data/feed/", {"action": "rotate"})
    new = feed.current_key(owner)
    assert new != old
    assert client.get(feed.path(old)).status_code == 404
    assert client.get(feed.path(new)).status_code == 200
    owner_client.post("/data/feed/", {"action": "revoke"})
    assert client.get(feed.path(new)).status_code == 404
    assert feed.current_key(owner) is None


@pytest.mark.parametrize("key", ["", "x", "a" * 500, "../../etc/passwd"])
def test_a_wrong_feed_key_is_a_404(client, owner, key):
    feed.rotate(owner)
    assert client.get(f"/feed/{key}.ics").status_code == 404


def test_the_feed_key_is_stored_hashed_and_sealed(owner):
    key = feed.rotate(owner)
    owner.profile.refresh_from_db()
    assert key not in owner.profile.feed_key_hash
    assert key not in owner.profile.feed_key_sealed


def test_a_sheet_with_unknown_columns_asks_which_is_which(owner_client, owner):
    data = b"Firm,Job,When,Who\nAcme,Engineer,2026-12-10 10:00,Dana Reyes\n"
    page = upload(owner_client, "sheet.csv", data)
    html = page.content.decode()
    assert "Which column is which in sheet.csv?" in html
    assert 'for="column-0"' in html and "Column &ldquo;Firm&rdquo;" in html
    token = page.context["token"]
    answers = {
        "column-0": "company",
        "column-1": "role",
        "column-2": "start",
        "column-3": "interviewers",
    }
    preview = owner_client.post("/data/import/", {"token": token, **answers})
    assert "Engineer at Acme" in preview.content.decode()
    assert not Interview.objects.exists()
    owner_client.post("/data/import/confirm/", {"token": preview.context["token"]})
    assert Interview.objects.for_user(owner).get().interviewers.get().name == "Dana Reyes"


def test_imported_applications_are_listed_with_a_way_to_add_their_interview(owner_client):
    upload(owner_client, "apps.csv", b"Company,Role,Status\nInitech,Platform Engineer,Applied\n")
    token = upload(
        owner_client, "apps.csv", b"Company,Role,Status\nInitech,Platform Engineer,Applied\n"
    ).context["token"]
    owner_client.post("/data/import/confirm/", {"token": token})
    html = owner_client.get("/interviews/").content.decode()
    assert "Applications without an interview yet" in html
    assert "Add the interview: Initech, Platform Engineer" in html
    assert "company=Initech&amp;role=Platform%20Engineer" in html


def test_a_file_too_large_for_the_page_is_refused_before_it_is_read(owner_client):
    big = b"BEGIN:VCALENDAR\r\n" + b"X" * 9_500_000
    page = upload(owner_client, "big.ics", big)
    assert "the page takes up to 9 MB" in page.content.decode()
    assert "followup import FILE" in page.content.decode()


def test_a_file_with_many_records_is_sent_to_the_command_line(owner_client):
    rows = "".join(f"Company {n},Engineer,Applied\n" for n in range(501))
    page = upload(owner_client, "many.csv", ("Company,Role,Status\n" + rows).encode())
    assert "the page imports up to 500 at a time" in page.content.decode()
    assert not Opportunity.objects.exists()
