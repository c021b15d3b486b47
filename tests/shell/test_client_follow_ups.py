"""A recruiter's own follow-ups with a client after the client interviewed a candidate (issue 13):
the same engine, from the recruiter's own mailbox, in the recruiter's voice."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from followup.cli.main import main
from followup.shell import actions, notes
from followup.shell.accounts import AccountInput, create_account
from followup.shell.actions import InterviewerInput, InterviewInput, create_interview
from followup.shell.models import Membership, Opportunity, Organisation
from followup.shell.transfer import files, importer, json_backup

from .conftest import PASSWORD, pinned_moment

NEW_YORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")


def _member(username: str, full_name: str, role: str | None):
    user = create_account(
        AccountInput(
            username=username,
            password=PASSWORD,
            email=f"{username}@agency.example",
            full_name=full_name,
            time_zone="America/New_York",
            country="US",
        )
    )
    if role:
        agency = Organisation.objects.get_or_create(name="Olympic Staffing")[0]
        Membership.objects.create(organisation=agency, user=user, role=role)
    return user


@pytest.fixture
def recruiter(db):
    return _member("rita", "Rita Moreno", "recruiter")


@pytest.fixture
def recruiter_client(client, recruiter):
    client.force_login(recruiter)
    return client


def client_interview(user, candidate: str = "Maria Lopez", **changes):
    """The client (Mercy General) interviewed the recruiter's candidate; it ended half an hour
    before the pinned moment (Tue 1 Dec 2026, 15:00 New York)."""
    start = pinned_moment().astimezone(NEW_YORK) - dt.timedelta(minutes=90)
    data = InterviewInput(
        company="Mercy General",
        role="Charge Nurse",
        start=start,
        end=start + dt.timedelta(hours=1),
        time_zone="America/New_York",
        format="onsite",
        interviewers=[
            InterviewerInput(
                "Dana Whitfield", "dana@mercy.example", "Nurse Manager", "America/Chicago", "US"
            ),
        ],
        candidate_name=candidate,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return create_interview(user, data)


def debriefed(interview):
    dana = interview.interviewers.get()
    return actions.debrief(
        interview,
        notes="Dana and Maria discussed the 4 West night-shift staffing gap.",
        highlights="cut central-line infections to zero over 14 months",
        timeline_text="We'll let you know by the end of next week.",
        discussed={dana.pk: "Dana walked Maria through the Epic rollout on 4 West"},
    )


def _step(interview, kind: str):
    return interview.steps.get(kind=kind)


# --- planning and drafting ---------------------------------------------------------------------


def test_a_client_follow_up_is_planned_on_the_usual_timing(recruiter):
    interview = debriefed(client_interview(recruiter))
    assert interview.stated_deadline == dt.date(2026, 12, 11)  # Friday of next week
    thank_you, follow_up, nudge = (_step(interview, k) for k in ("thank_you", "follow_up", "nudge"))
    # The thank-you at once: an hour after the end, in Dana's (Chicago) send window.
    assert thank_you.due_at.astimezone(CHICAGO) == dt.datetime(2026, 12, 1, 15, 0, tzinfo=CHICAGO)
    # The follow-up on the client's timeline: the second business day after Fri 11 Dec.
    assert follow_up.due_at.astimezone(CHICAGO) == dt.datetime(2026, 12, 15, 9, 30, tzinfo=CHICAGO)
    assert "Fri 11 Dec" in follow_up.reason
    # One nudge, the seventh business day after the follow-up.
    assert nudge.due_at.astimezone(CHICAGO) == dt.datetime(2026, 12, 24, 9, 30, tzinfo=CHICAGO)
    assert {s.state for s in interview.steps.all()} == {"planned"}


def test_the_notes_are_the_recruiters_to_the_client_about_the_candidate(recruiter):
    interview = debriefed(client_interview(recruiter))
    thank_you = notes.note_for(_step(interview, "thank_you"))
    follow_up = notes.note_for(_step(interview, "follow_up"))
    nudge = notes.note_for(_step(interview, "nudge"))
    for note in (thank_you, follow_up, nudge):
        assert note.body.split("\n", 1)[0] in ("Hi Dana,", "Hello Dana,", "Dear Dana,")
        assert "Maria Lopez" in note.body
        assert note.body.rstrip().endswith("Rita")  # signed by the recruiter
        assert "with me" not in note.body and "my interest" not in note.body
        assert "I enjoyed" not in note.body
    assert "Maria Lopez" in thank_you.subject
    assert "Epic rollout on 4 West" in thank_you.body  # what Dana discussed with Maria
    assert "Friday, December 11" in follow_up.body  # the client's own timeline
    assert "feedback" in follow_up.body and "feedback" in nudge.body
    assert follow_up.subject == nudge.subject == f"Re: {thank_you.subject}"


def test_the_recruiters_drafts_pass_their_own_review(recruiter):
    interview = debriefed(client_interview(recruiter))
    for kind in ("thank_you", "follow_up", "nudge"):
        step = _step(interview, kind)
        note = notes.note_for(step)
        result = notes.review_note(step, note.subject, note.body)
        assert result.ready, (kind, result.verdict, note.body)
        rows = {row.label: row.ok for row in notes.review_rows(result, kind)}
        assert rows["restates_interest"] and rows["distinguishes"], rows


def test_the_candidates_name_travels_from_the_model_to_the_draft_and_the_review(recruiter):
    interview = debriefed(client_interview(recruiter, candidate="Maria Lopez"))
    step = _step(interview, "follow_up")
    assert notes.draft_context(step).about_candidate == "Maria Lopez"
    assert notes.review_context(step).about_candidate == "Maria Lopez"
    assert "feedback on Maria" in notes.suggested_draft(step).body or (
        "thoughts on Maria" in notes.suggested_draft(step).body
        or "impressions of Maria" in notes.suggested_draft(step).body
    )
    # The recruiter's own interview (no candidate): her own thank-you, in her own voice.
    own = debriefed(client_interview(recruiter, candidate="", role="Recruiting Lead"))
    assert notes.draft_context(_step(own, "thank_you")).about_candidate == ""
    assert "Maria Lopez" not in notes.suggested_draft(_step(own, "thank_you")).body


def test_each_candidate_the_client_met_has_their_own_opportunity(recruiter):
    maria = client_interview(recruiter, candidate="Maria Lopez")
    tom = client_interview(recruiter, candidate="Tom Okafor")
    again = client_interview(recruiter, candidate="maria lopez")
    assert maria.opportunity_id != tom.opportunity_id
    assert again.opportunity_id == maria.opportunity_id and again.round == 2
    assert Opportunity.objects.filter(owner=recruiter).count() == 2


# --- the web -------------------------------------------------------------------------------------

FORM = {
    "company": "Mercy General",
    "role": "Charge Nurse",
    "date": "2026-12-01",
    "start": "14:00",
    "end": "15:00",
    "time_zone": "America/New_York",
    "format": "onsite",
    "location": "",
    "people-TOTAL_FORMS": "1",
    "people-INITIAL_FORMS": "0",
    "people-MIN_NUM_FORMS": "1",
    "people-MAX_NUM_FORMS": "12",
    "people-0-name": "Dana Whitfield",
    "people-0-email": "dana@mercy.example",
    "people-0-title": "",
    "people-0-time_zone": "",
    "people-0-country": "",
}
LABEL = "Candidate (recruiters: the client interviewed this candidate)"


def test_a_single_users_form_has_no_candidate_field(owner_client, owner):
    html = owner_client.get("/interviews/new/").content.decode()
    assert 'name="candidate_name"' not in html and LABEL not in html
    # Posted anyway (a crafted request): ignored, the interview is the user's own.
    response = owner_client.post("/interviews/new/", {**FORM, "candidate_name": "Maria Lopez"})
    assert response.status_code == 302
    opportunity = Opportunity.objects.get(owner=owner)
    assert opportunity.candidate_name == ""
    interview = opportunity.interviews.get()
    html = owner_client.get(f"/interviews/{interview.pk}/edit/").content.decode()
    assert 'name="candidate_name"' not in html
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    assert "Client follow-up" not in page


def test_an_agencys_candidate_sees_no_candidate_field(client, db):
    client.force_login(_member("cleo", "Cleo Candidate", "candidate"))
    assert 'name="candidate_name"' not in client.get("/interviews/new/").content.decode()


@pytest.mark.parametrize("role", ["recruiter", "admin"])
def test_a_recruiter_or_admin_adds_a_client_follow_up_through_the_form(client, db, role):
    user = _member("rita", "Rita Moreno", role)
    client.force_login(user)
    html = client.get("/interviews/new/").content.decode()
    assert LABEL in html and 'name="candidate_name"' in html
    response = client.post("/interviews/new/", {**FORM, "candidate_name": " Maria Lopez "})
    assert response.status_code == 302, response.content.decode()[:2000]
    opportunity = Opportunity.objects.get(owner=user)
    assert opportunity.candidate_name == "Maria Lopez"
    page = client.get(response["Location"]).content.decode()
    assert "Client follow-up about Maria Lopez" in page
    dashboard = client.get("/").content.decode()
    assert "Client follow-up about Maria Lopez" in dashboard


def test_the_edit_form_keeps_and_corrects_the_candidate(recruiter_client, recruiter):
    interview = client_interview(recruiter, candidate="Maria Lopz")
    url = f"/interviews/{interview.pk}/edit/"
    html = recruiter_client.get(url).content.decode()
    assert 'value="Maria Lopz"' in html
    data = {
        **FORM,
        "version": str(interview.version),
        "people-INITIAL_FORMS": "1",
        "people-0-id": str(interview.interviewers.get().pk),
        "candidate_name": "Maria Lopez",
    }
    assert recruiter_client.post(url, data).status_code == 302
    interview.opportunity.refresh_from_db()
    assert interview.opportunity.candidate_name == "Maria Lopez"
    assert "Maria Lopez" in notes.suggested_draft(_step(interview, "thank_you")).body


def test_an_edit_without_the_field_leaves_the_candidate_alone(recruiter):
    interview = client_interview(recruiter)
    data = InterviewInput(
        company="Mercy General",
        role="Charge Nurse",
        start=interview.start_at,
        end=interview.end_at,
        time_zone=interview.time_zone,
        location="4 West",
    )
    actions.update_interview(interview, data)
    interview.opportunity.refresh_from_db()
    assert interview.opportunity.candidate_name == "Maria Lopez"


# --- the command line and the JSON backup ---------------------------------------------------


def test_followup_add_takes_the_candidate(capsys, recruiter):
    code = main(
        [
            "add",
            "--company",
            "Mercy General",
            "--role",
            "Charge Nurse",
            "--when",
            "2026-12-01 14:00",
            "--tz",
            "America/New_York",
            "--with",
            "Dana Whitfield <dana@mercy.example>",
            "--candidate",
            "Maria Lopez",
            "--user",
            "rita",
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["candidate_name"] == "Maria Lopez"
    assert Opportunity.objects.get(owner=recruiter).candidate_name == "Maria Lopez"
    assert main(["show", str(data["id"]), "--user", "rita"]) == 0
    assert "client follow-up about Maria Lopez" in capsys.readouterr().out


def test_followup_add_explains_the_candidate_option(capsys):
    with pytest.raises(SystemExit):
        main(["add", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--candidate NAME" in help_text and "the candidate the client interviewed" in help_text


def test_a_json_backup_round_trips_the_candidate(recruiter, outsider):
    debriefed(client_interview(recruiter, candidate="Maria Lopez"))
    client_interview(recruiter, candidate="")  # the recruiter's own, in the same backup
    document = json_backup.export(recruiter)
    assert sorted(o["candidate_name"] for o in document["opportunities"]) == ["", "Maria Lopez"]
    data = json.dumps(document).encode()
    outcomes = importer.run(outsider, files.records(outsider, "e.json", data, files.Options()))
    assert not [o for o in outcomes if o.action == "refuse"], outcomes
    restored = sorted(
        Opportunity.objects.filter(owner=outsider).values_list("candidate_name", flat=True)
    )
    assert restored == ["", "Maria Lopez"]
    step = Opportunity.objects.get(owner=outsider, candidate_name="Maria Lopez").interviews.get()
    assert "Maria Lopez" in notes.suggested_draft(step.steps.get(kind="follow_up")).body
    # An export made before this field existed restores as the user's own.
    for opportunity in document["opportunities"]:
        opportunity.pop("candidate_name")
    fresh = _member("lou", "Lou Loner", None)
    data = json.dumps(document).encode()
    importer.run(fresh, files.records(fresh, "old.json", data, files.Options()))
    assert set(
        Opportunity.objects.filter(owner=fresh).values_list("candidate_name", flat=True)
    ) == {""}
