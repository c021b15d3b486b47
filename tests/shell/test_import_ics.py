"""Calendar invitations in: real producers' shapes (tests/shell/invites, written for these tests
in the forms Google, Outlook/Exchange, Apple, Zoom, Teams and Thunderbird emit), updates,
cancellations, refusals and hostile files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup.shell.models import Interview, Step
from followup.shell.transfer import files, importer
from followup.shell.transfer.incoming import FileProblem

INVITES = Path(__file__).parent / "invites"
UTC = dt.UTC


def read(user, name: str, **options):
    data = (INVITES / name).read_bytes()
    return files.records(user, name, data, files.Options(**options))


def run(user, name: str, *, dry_run: bool = False, **options):
    return importer.run(user, read(user, name, **options), dry_run=dry_run)


@pytest.mark.parametrize(
    "name, start_utc, zone, company, role, people, format",
    [
        (
            "google_meet.ics",
            "2026-12-08 19:00",
            "America/New_York",
            "Northwind",
            "Senior Backend Engineer",
            ["Priya Raman", "Marcus Oyelaran", "Helena Brandt"],
            "video",
        ),
        (
            "outlook_windows_tz.ics",
            "2026-12-14 21:00",
            "America/Los_Angeles",
            "Acme Robotics",
            "Firmware Engineer",
            ["Daniel Okafor"],
            "video",
        ),
        (
            "apple.ics",
            "2027-01-12 10:30",
            "Europe/London",
            "Larkspur Analytics",
            "Senior Data Analyst",
            ["Olivia Pembroke", "Tom Achebe"],
            "onsite",
        ),
        # Written in UTC, naming no place: shown in the user's own zone, the instant exact.
        (
            "zoom.ics",
            "2026-12-17 17:00",
            "America/New_York",
            "Quillstone",
            "Machine Learning Engineer",
            ["Rafael Mendes"],
            "video",
        ),
        # "W. Europe Standard Time", unquoted, from Exchange; "Weiß, Jürgen" turned round.
        (
            "teams.ics",
            "2027-01-14 13:00",
            "Europe/Berlin",
            "Brightwater Energy",
            "Cloud Platform Engineer",
            ["Jürgen Weiß", "Amara Nwosu", "Tobias Reinholt"],
            "video",
        ),
        (
            "thunderbird_mozilla_tzid.ics",
            "2026-12-09 16:00",
            "Europe/Berlin",
            "Hafenblick Software",
            "Embedded Linux Developer",
            ["Katrin Lindqvist", "Jonas Brückner"],
            "phone",
        ),
    ],
)
def test_an_invitation_becomes_the_interview_a_person_would_expect(
    owner, name, start_utc, zone, company, role, people, format
):
    outcomes = run(owner, name)
    assert [o.action for o in outcomes] == ["add"], outcomes
    interview = Interview.objects.get(pk=outcomes[0].interview_id)
    assert interview.start_at == dt.datetime.fromisoformat(start_utc).replace(tzinfo=UTC)
    assert interview.time_zone == zone
    assert interview.opportunity.company.name == company
    assert interview.opportunity.role == role
    assert [p.name for p in interview.interviewers.order_by("position")] == people
    assert "sam.lee@example.com" not in {p.email for p in interview.interviewers.all()}
    assert interview.format == format
    # Planned like any interview: a thank-you per person, the follow-up, the nudge.
    assert interview.steps.filter(kind=Step.Kind.THANK_YOU).count() == len(people)


def test_the_candidate_and_rooms_are_never_interviewers(owner):
    outcomes = run(owner, "outlook_windows_tz.ics")
    interview = Interview.objects.get(pk=outcomes[0].interview_id)
    emails = {p.email for p in interview.interviewers.all()}
    assert emails == {"daniel.okafor@acme-robotics.com"}  # no room, no Sam


def test_two_events_in_two_zones(owner):
    outcomes = run(owner, "two_events.ics")
    assert [o.action for o in outcomes] == ["add", "add"]
    zones = sorted(Interview.objects.for_user(owner).values_list("time_zone", flat=True))
    assert zones == ["America/Chicago", "Asia/Tokyo"]  # the calendar's X-WR-TIMEZONE ignored
    assert (
        Interview.objects.for_user(owner)
        .filter(
            opportunity__company__name="Kumo Data"  # the title's spelling of kumodata.jp
        )
        .exists()
    )


def test_importing_twice_changes_nothing(owner):
    first = run(owner, "google_meet.ics")
    steps = list(Step.objects.for_user(owner).values_list("pk", "due_at"))
    again = run(owner, "google_meet.ics")
    assert [o.action for o in again] == ["skip"]
    assert again[0].interview_id == first[0].interview_id
    assert Interview.objects.for_user(owner).count() == 1
    assert list(Step.objects.for_user(owner).values_list("pk", "due_at")) == steps


def test_a_higher_sequence_moves_it_and_an_older_one_does_not_move_it_back(owner):
    added = run(owner, "outlook_windows_tz.ics")[0]
    interview = Interview.objects.get(pk=added.interview_id)
    thank_you_before = interview.steps.get(kind=Step.Kind.THANK_YOU).due_at

    moved = run(owner, "outlook_update.ics")
    assert [o.action for o in moved] == ["update"]
    assert "moved from Mon 14 Dec 2026, 13:00" in moved[0].why
    interview.refresh_from_db()
    assert interview.start_at == dt.datetime(2026, 12, 16, 17, 30, tzinfo=UTC)
    assert interview.steps.get(kind=Step.Kind.THANK_YOU).due_at > thank_you_before  # re-planned

    stale = run(owner, "outlook_windows_tz.ics")
    assert [o.action for o in stale] == ["skip"]
    interview.refresh_from_db()
    assert interview.start_at == dt.datetime(2026, 12, 16, 17, 30, tzinfo=UTC)
    assert Interview.objects.for_user(owner).count() == 1


def test_a_cancellation_cancels_and_stops_the_notes(owner):
    run(owner, "outlook_windows_tz.ics")
    outcomes = run(owner, "outlook_cancel.ics")
    assert [o.action for o in outcomes] == ["cancel"]
    interview = Interview.objects.for_user(owner).get()
    assert interview.cancelled
    assert not interview.steps.filter(state=Step.State.PLANNED).exists()
    assert [o.action for o in run(owner, "outlook_cancel.ics")] == ["skip"]


def test_a_cancellation_for_an_unknown_interview_adds_nothing(owner):
    outcomes = run(owner, "outlook_cancel.ics")
    assert [o.action for o in outcomes] == ["skip"]
    assert "not in Followup" in outcomes[0].why
    assert not Interview.objects.exists()


@pytest.mark.parametrize(
    "name, reason", [("allday.ics", "all-day"), ("recurring.ics", "repeating")]
)
def test_all_day_and_repeating_events_are_refused_with_the_reason(owner, name, reason):
    outcomes = run(owner, name)
    assert [o.action for o in outcomes] == ["refuse"]
    assert reason in outcomes[0].why
    assert not Interview.objects.exists()


def test_a_preview_saves_nothing_and_says_what_the_import_will_do(owner):
    preview = run(owner, "two_events.ics", dry_run=True)
    assert not Interview.objects.exists()
    done = run(owner, "two_events.ics")
    assert [(o.action, o.what) for o in preview] == [(o.action, o.what) for o in done]


def invitation(*lines: str, method: str = "REQUEST") -> bytes:
    body = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//EN",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            *lines,
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    return body.encode()


def test_an_invitation_from_a_mail_service_domain_asks_for_the_company(owner):
    data = invitation(
        "UID:x1",
        "DTSTART:20261210T150000Z",
        "DTEND:20261210T160000Z",
        "SUMMARY:Chat",
        "ORGANIZER;CN=Dana Reyes:mailto:dana.reyes@gmail.com",
    )
    outcomes = importer.run(owner, files.records(owner, "chat.ics", data, files.Options()))
    assert outcomes[0].action == "refuse" and "--company" in outcomes[0].why
    fixed = importer.run(
        owner, files.records(owner, "chat.ics", data, files.Options(company="Acme"))
    )
    assert fixed[0].action == "add"
    assert Interview.objects.get().opportunity.company.name == "Acme"


def test_an_unknown_zone_keeps_the_instant_and_says_so(owner):
    data = invitation(
        "UID:x2",
        "DTSTART;TZID=Middle Earth Time:20261210T150000",
        "DTEND;TZID=Middle Earth Time:20261210T160000",
        "SUMMARY:Interview: Staff Engineer",
        "ORGANIZER;CN=Dana Reyes:mailto:dana@acme.example",
    )
    outcomes = importer.run(owner, files.records(owner, "odd.ics", data, files.Options()))
    assert outcomes[0].action == "add"
    assert "not one we know; the time is read in New York" in outcomes[0].why
    interview = Interview.objects.get()
    assert interview.time_zone == "America/New_York"  # the user's zone
    # No VTIMEZONE says what the zone is: its wall-clock time is read in the user's zone.
    assert interview.start_at == dt.datetime(2026, 12, 10, 20, 0, tzinfo=UTC)


def test_an_unknown_zone_with_its_definition_keeps_the_instant_exact(owner):
    data = invitation(
        "UID:x5",
        "DTSTART;TZID=Custom Zone:20261210T150000",
        "DTEND;TZID=Custom Zone:20261210T160000",
        "SUMMARY:Interview: Staff Engineer",
        "ORGANIZER;CN=Dana Reyes:mailto:dana@acme.example",
    ).replace(
        b"BEGIN:VEVENT",
        b"BEGIN:VTIMEZONE\r\nTZID:Custom Zone\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000"
        b"\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        b"BEGIN:VEVENT",
    )
    outcomes = importer.run(owner, files.records(owner, "odd.ics", data, files.Options()))
    assert "kept exact" in outcomes[0].why
    assert Interview.objects.get().start_at == dt.datetime(2026, 12, 10, 9, 30, tzinfo=UTC)


def test_an_older_cancellation_does_not_cancel_a_newer_invitation(owner):
    run(owner, "outlook_update.ics")  # SEQUENCE 1
    stale = (INVITES / "outlook_cancel.ics").read_bytes().replace(b"SEQUENCE:2", b"SEQUENCE:0")
    outcomes = importer.run(owner, files.records(owner, "old.ics", stale, files.Options()))
    assert [o.action for o in outcomes] == ["skip"]
    assert "older cancellation" in outcomes[0].why
    assert not Interview.objects.get().cancelled


def test_an_update_keeps_the_people_already_thanked_and_what_the_user_corrected(owner):
    from followup.shell import actions

    interview = Interview.objects.get(pk=run(owner, "outlook_windows_tz.ics")[0].interview_id)
    actions.mark_done(interview.steps.get(kind=Step.Kind.THANK_YOU))
    opportunity = interview.opportunity
    opportunity.role = "Senior Firmware Engineer"  # the user's correction of the title's role
    opportunity.save()
    moved = (
        (INVITES / "outlook_update.ics")
        .read_bytes()
        .replace(b"daniel.okafor@acme-robotics.com", b"new.person@acme-robotics.com")
    )
    outcomes = importer.run(owner, files.records(owner, "u.ics", moved, files.Options()))
    assert [o.action for o in outcomes] == ["update"]
    interview.refresh_from_db()
    assert interview.steps.filter(kind=Step.Kind.THANK_YOU, state=Step.State.DONE).exists()
    assert "daniel.okafor@acme-robotics.com" in {p.email for p in interview.interviewers.all()}
    assert interview.opportunity.role == "Senior Firmware Engineer"


def test_an_update_never_reopens_a_cancelled_interview(owner):
    from followup.shell import actions

    interview = Interview.objects.get(pk=run(owner, "outlook_windows_tz.ics")[0].interview_id)
    actions.set_cancelled(interview)
    outcomes = run(owner, "outlook_update.ics")
    assert "stays cancelled" in outcomes[0].why
    interview.refresh_from_db()
    assert interview.cancelled
    assert not interview.steps.filter(state=Step.State.PLANNED).exists()


def test_a_name_cannot_smuggle_a_line_break_into_a_mail_header(owner):
    data = invitation(
        "UID:x3",
        "DTSTART:20261210T150000Z",
        "DTEND:20261210T160000Z",
        "SUMMARY:Interview^nBcc: all@evil.example",
        'ORGANIZER;CN="Dana^nBcc: all@evil.example":mailto:dana@acme.example',
    )
    importer.run(owner, files.records(owner, "evil.ics", data, files.Options()))
    person = Interview.objects.get().interviewers.get()
    assert "\n" not in person.name and "\r" not in person.name


@pytest.mark.parametrize(
    "data, says",
    [
        (b"", "empty"),
        (b"Subject: hello\r\n\r\nnot a calendar", "not a calendar file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026121", "cut short"),
        (b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "could not be read"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no events"),
    ],
)
def test_a_broken_file_is_refused_in_one_sentence(owner, data, says):
    with pytest.raises(FileProblem, match=says):
        list(files.records(owner, "broken.ics", data, files.Options()))


def test_a_whole_calendar_of_events_is_refused_fast_and_nothing_is_imported(owner):
    event = "BEGIN:VEVENT\r\nUID:{n}\r\nEND:VEVENT\r\n"  # 100,000 of them: under 10 MB
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        + "".join(event.format(n=n) for n in range(100_000))
        + "END:VCALENDAR\r\n"
    ).encode()
    with pytest.raises(FileProblem, match="100,000 events"):
        list(files.records(owner, "calendar.ics", data, files.Options()))
    assert not Interview.objects.exists()


def test_a_file_over_the_size_limit_is_refused_unread(owner, tmp_path):
    big = tmp_path / "huge.ics"
    with big.open("wb") as handle:
        handle.write(b"BEGIN:VCALENDAR\r\n")
        handle.truncate(100_000_000)  # sparse: 100 MB that costs no disk
    with pytest.raises(FileProblem, match="100.0 MB"):
        files.read_path(str(big))


def test_a_one_megabyte_line_is_read_without_harm(owner):
    data = invitation(
        "UID:x4",
        "DTSTART:20261210T150000Z",
        "DTEND:20261210T160000Z",
        "SUMMARY:Interview: Staff Engineer",
        "ORGANIZER;CN=Dana Reyes:mailto:dana@acme.example",
        "DESCRIPTION:" + "x" * 1_000_000,
    )
    outcomes = importer.run(owner, files.records(owner, "long.ics", data, files.Options()))
    assert [o.action for o in outcomes] == ["add"]


def test_one_bad_event_is_refused_and_the_others_are_imported(owner):
    good = (INVITES / "zoom.ics").read_bytes().decode()
    bad = good.replace("DTSTART:20261217T170000Z", "DTSTART:2026-99-99").replace(
        "UID:", "UID:broken-"
    )
    both = good.replace(
        "END:VCALENDAR",
        bad.split("BEGIN:VEVENT", 1)[1].rsplit("END:VCALENDAR", 1)[0].join(["BEGIN:VEVENT", ""])
        + "END:VCALENDAR",
    )
    outcomes = importer.run(
        owner, files.records(owner, "mixed.ics", both.encode(), files.Options())
    )
    assert sorted(o.action for o in outcomes) == ["add", "refuse"]
    assert Interview.objects.count() == 1
