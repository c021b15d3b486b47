"""The JSON API (/api/v1/): tokens, each endpoint, pages, errors, and who may see what."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from types import SimpleNamespace

import pytest
import time_machine
from django.db import connection

from followup.shell.accounts import AccountInput, create_account
from followup.shell.api import tokens
from followup.shell.models import (
    Assignment,
    AuditEvent,
    CoachingNote,
    Interview,
    Membership,
    Opportunity,
    Organisation,
    Step,
    SuggestedEdit,
)

from .conftest import PASSWORD, make_interview

Role = Membership.Role


class Api:
    """The Django test client, speaking JSON with a Bearer token."""

    def __init__(self, client, token: str | None):
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path: str, **params):
        return self.client.get(f"/api/v1{path}", params, headers=self.headers)

    def post(self, path: str, body=None, raw: str | bytes | None = None):
        data = raw if raw is not None else json.dumps(body) if body is not None else ""
        return self.client.post(
            f"/api/v1{path}", data=data, content_type="application/json", headers=self.headers
        )


def api_for(client, user) -> Api:
    return Api(client, tokens.create(user, "tests")[1])


def one_sentence(response, status: int) -> str:
    """The response is `status` with `{"detail": <one sentence>}` and nothing like a traceback."""
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    detail = response.json()["detail"]
    assert isinstance(detail, str)
    assert detail[0].isupper() and detail[-1] in ".?!", detail
    assert "\n" not in detail and "Traceback" not in detail
    assert not re.search(r"[.!?] [A-Z]", detail), f"more than one sentence: {detail}"
    return detail


def account(username: str, name: str):
    return create_account(
        AccountInput(
            username=username,
            password=PASSWORD,
            email=f"{username}@example.com",
            full_name=name,
            time_zone="America/New_York",
            country="US",
        )
    )


def member(organisation, user, role):
    Membership.objects.create(organisation=organisation, user=user, role=role)
    return user


@pytest.fixture
def agency(owner):
    """`owner` (Sam) is a candidate of Agency, coached by Rita; Cole is Rita's colleague, not
    assigned to Sam; Elsewhere is another agency with an admin, a recruiter and a candidate."""
    here = Organisation.objects.create(name="Agency")
    there = Organisation.objects.create(name="Elsewhere")
    member(here, owner, Role.CANDIDATE)
    rita = member(here, account("rita", "Rita Recruiter"), Role.RECRUITER)
    cole = member(here, account("cole", "Cole Colleague"), Role.RECRUITER)
    ada = member(here, account("ada", "Ada Admin"), Role.ADMIN)
    olga = member(there, account("olga", "Olga Admin"), Role.ADMIN)
    oscar = member(there, account("oscar", "Oscar Recruiter"), Role.RECRUITER)
    carl = member(there, account("carl", "Carl Candidate"), Role.CANDIDATE)
    Assignment.objects.create(organisation=here, recruiter=rita, candidate=owner)
    Assignment.objects.create(organisation=there, recruiter=oscar, candidate=carl)
    interview = make_interview(owner)
    return SimpleNamespace(
        here=here,
        candidate=owner,
        rita=rita,
        cole=cole,
        ada=ada,
        olga=olga,
        oscar=oscar,
        carl=carl,
        interview=interview,
        step=interview.steps.filter(state=Step.State.PLANNED).order_by("due_at", "pk").first(),
    )


# Tokens and authentication -------------------------------------------------------------------


def test_it_refuses_a_request_without_a_token(client, owner):
    response = Api(client, None).get("/me")
    assert "Authorization" in one_sentence(response, 401)
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", ["Bearer fu_nonsense", "Bearer ", "Basic c2FtOnB3", "fu_x"])
def test_it_refuses_a_bad_token(client, owner, header):
    tokens.create(owner, "real one")
    response = client.get("/api/v1/me", headers={"Authorization": header})
    one_sentence(response, 401)


def test_it_refuses_a_revoked_token(client, owner):
    row, token = tokens.create(owner, "laptop")
    api = Api(client, token)
    assert api.get("/me").status_code == 200
    tokens.revoke(owner, row.pk)
    assert "not valid" in one_sentence(api.get("/me"), 401)


def test_it_refuses_the_token_of_a_switched_off_account(client, owner):
    api = api_for(client, owner)
    owner.is_active = False
    owner.save(update_fields=["is_active"])
    one_sentence(api.get("/me"), 401)


def test_it_stores_only_the_tokens_digest(client, owner):
    row, token = tokens.create(owner, "laptop")
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token.startswith(row.prefix) and len(row.prefix) < 12
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM followup_apitoken")
        stored = " ".join(str(value) for value in cursor.fetchall()[0])
    assert token not in stored
    assert not AuditEvent.objects.filter(summary__contains=token).exists()


def test_it_ignores_a_signed_in_session(owner_client):
    """The API takes only Bearer tokens: a browser's session cookie is not enough."""
    one_sentence(owner_client.get("/api/v1/me"), 401)


def test_it_notes_when_a_token_was_last_used_at_most_once_a_minute(client, owner, clock):
    row, token = tokens.create(owner, "laptop")
    api = Api(client, token)
    api.get("/me")
    row.refresh_from_db()
    first = row.last_used_at
    assert first is not None
    with time_machine.travel(clock + dt.timedelta(seconds=30), tick=False):
        api.get("/me")
    row.refresh_from_db()
    assert row.last_used_at == first
    with time_machine.travel(clock + dt.timedelta(minutes=2), tick=False):
        api.get("/me")
    row.refresh_from_db()
    assert row.last_used_at > first


def test_answers_are_never_cached(client, owner):
    response = api_for(client, owner).get("/me")
    assert "no-store" in response["Cache-Control"]


# Who am I ------------------------------------------------------------------------------------


def test_me_on_a_personal_install_has_no_role(client, owner):
    data = api_for(client, owner).get("/me").json()
    assert data["username"] == "sam"
    assert data["name"] == "Sam Lee"
    assert data["time_zone"] == "America/New_York"
    assert data["role"] is None and data["organisation"] is None


def test_me_in_an_agency_gives_the_role_and_organisation(client, agency):
    data = api_for(client, agency.rita).get("/me").json()
    assert data["role"] == "recruiter"
    assert data["organisation"] == {"id": agency.here.pk, "name": "Agency"}


# Interviews ----------------------------------------------------------------------------------


def test_it_lists_your_interviews_only_latest_first(client, owner, outsider):
    older = make_interview(owner, company="Older", start=_ny(2026, 11, 20, 10))
    newer = make_interview(owner, company="Newer")
    make_interview(outsider, company="Not yours")
    data = api_for(client, owner).get("/interviews").json()
    assert data["count"] == 2
    assert [item["id"] for item in data["items"]] == [newer.pk, older.pk]
    item = data["items"][0]
    assert item["company"] == "Newer"
    assert item["start"].endswith("Z")
    assert [p["name"] for p in item["interviewers"]] == ["Dana Reyes", "Lee Park"]


def test_it_pages_in_a_stable_order_and_bounds_the_limit(client, owner):
    made = [
        make_interview(owner, company=f"Co {n}", start=_ny(2026, 11, 2 + n, 10)) for n in range(5)
    ]
    api = api_for(client, owner)
    data = api.get("/interviews", limit=2, offset=1).json()
    assert (data["count"], data["limit"], data["offset"]) == (5, 2, 1)
    assert [item["id"] for item in data["items"]] == [made[3].pk, made[2].pk]
    assert api.get("/interviews", offset=5).json()["items"] == []
    for bad in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}):
        response = api.get("/interviews", **bad)
        detail = one_sentence(response, 422)
        assert list(bad)[0] in detail
        assert response.json()["errors"][0]["field"] == f"query.{list(bad)[0]}"


def test_it_shows_one_interview_with_its_steps(client, owner, interview):
    data = api_for(client, owner).get(f"/interviews/{interview.pk}").json()
    assert data["id"] == interview.pk
    assert data["status"] == "interviewing"
    assert {step["kind"] for step in data["steps"]} == {"thank_you", "follow_up", "nudge"}
    assert data["coaching_notes"] == [] and data["replies"] == []


def test_another_users_interview_is_not_found(client, owner, outsider):
    theirs = make_interview(outsider)
    response = api_for(client, owner).get(f"/interviews/{theirs.pk}")
    assert f"#{theirs.pk}" in one_sentence(response, 404)


def test_it_adds_an_interview_with_the_webs_rules(client, owner):
    api = api_for(client, owner)
    body = {
        "company": "Globex",
        "role": "Data Engineer",
        "start": "2026-12-01T14:00:00-05:00",
        "end": "2026-12-01T15:00:00-05:00",
        "time_zone": "America/New_York",
        "interviewers": [{"name": "Hank Scorpio", "email": "hank@globex.example"}],
    }
    response = api.post("/interviews", body)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["company"] == "Globex"
    assert data["start"] == "2026-12-01T19:00:00Z"
    assert {step["to"] for step in data["steps"]} == {"Hank Scorpio"}
    assert [step["kind"] for step in data["steps"]] == ["thank_you", "follow_up", "nudge"]
    assert Interview.objects.for_user(owner).count() == 1

    refusals = {
        "time_zone": "Mars/Olympus",
        "end": "2026-12-01T13:00:00-05:00",
        "start": "1999-12-01T14:00:00-05:00",
    }
    for field, value in refusals.items():
        one_sentence(api.post("/interviews", {**body, field: value}), 400)
    bad_email = {**body, "interviewers": [{"name": "Hank", "email": "not an address"}]}
    one_sentence(api.post("/interviews", bad_email), 400)
    assert Interview.objects.for_user(owner).count() == 1


def test_it_refuses_a_malformed_interview_in_one_sentence(client, owner):
    api = api_for(client, owner)
    response = api.post("/interviews", {"company": "Globex"})
    one_sentence(response, 422)
    fields = {error["field"] for error in response.json()["errors"]}
    assert {"body.role", "body.start", "body.interviewers"} <= fields
    assert "body" in one_sentence(api.post("/interviews"), 422)
    one_sentence(api.post("/interviews", raw="{not json"), 400)
    one_sentence(api.post("/interviews", raw=b'{"company": "\xff"}'), 400)
    one_sentence(api.post("/interviews", {"company": "A\nB"}), 422)


def test_a_huge_body_is_refused_with_413(client, owner, settings):
    api = api_for(client, owner)
    huge = json.dumps({"company": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)})
    assert "MB" in one_sentence(api.post("/interviews", raw=huge), 413)


def test_unknown_routes_and_methods_answer_in_json(client, owner):
    api = api_for(client, owner)
    assert "docs" in one_sentence(api.get("/no-such-thing"), 404)
    assert "docs" in one_sentence(client.get("/api/v1/", headers=api.headers), 404)
    one_sentence(api.post("/no-such-thing", {}), 404)
    response = client.delete("/api/v1/me", headers=api.headers)
    assert "GET" in one_sentence(response, 405)
    assert response["Allow"] == "GET"


def test_a_misspelt_query_parameter_is_refused_not_ignored(client, owner):
    api = api_for(client, owner)
    response = api.get("/steps", stat="planned")
    assert "'stat'" in one_sentence(response, 422)
    assert "state" in response.json()["errors"][0]["message"]
    one_sentence(api.get("/me", verbose="1"), 422)


def test_a_bug_is_a_json_500_without_a_traceback(client, owner, interview, monkeypatch):
    from followup.shell.api import shapes

    def broken(*args):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(shapes, "interview_dict", broken)
    response = api_for(client, owner).get("/interviews")
    assert "secret" not in one_sentence(response, 500)


# Steps ---------------------------------------------------------------------------------------


def test_it_lists_steps_with_their_reason_and_due_time_in_utc(client, owner, interview, clock):
    api = api_for(client, owner)
    planned = interview.steps.filter(state=Step.State.PLANNED).count()
    data = api.get("/steps", state="planned").json()
    assert data["count"] == planned == 4
    dues = [item["due_at"] for item in data["items"]]
    assert dues == sorted(dues) and all(due.endswith("Z") for due in dues)
    first = data["items"][0]
    assert first["kind"] == "thank_you" and first["reason"] and first["to_email"]
    soon = (clock + dt.timedelta(days=2)).isoformat()
    assert {item["kind"] for item in api.get("/steps", due_before=soon).json()["items"]} == {
        "thank_you"
    }
    assert api.get("/steps", state="done").json()["count"] == 0
    one_sentence(api.get("/steps", state="sent"), 422)
    one_sentence(api.get("/steps", due_before="tomorrow"), 422)
    assert api.get("/steps", due_before="0001-01-01T00:00:00+05:00").json()["count"] == 0
    assert api.get("/steps", due_before="9999-12-31T23:59:59-05:00").json()["count"] == planned


def test_it_shows_a_steps_draft_and_its_review(client, owner, interview):
    step = interview.steps.get(kind=Step.Kind.FOLLOW_UP)
    data = api_for(client, owner).get(f"/steps/{step.pk}").json()
    assert data["draft"]["subject"] and "Dana" in data["draft"]["body"]
    assert data["draft"]["edited"] is False
    assert set(data["review"]["labels"]) >= {"thanks", "restates_interest", "asks_timeframe"}
    assert data["suggestions"] == []


def test_it_marks_a_step_sent_once(client, owner, interview):
    step = interview.steps.filter(kind=Step.Kind.THANK_YOU).first()
    api = api_for(client, owner)
    response = api.post(f"/steps/{step.pk}/done")
    assert response.status_code == 200
    assert response.json()["state"] == "done" and response.json()["done_at"]
    assert "already" in one_sentence(api.post(f"/steps/{step.pk}/done"), 409)


def test_another_users_step_is_not_found(client, owner, outsider):
    theirs = make_interview(outsider).steps.first()
    api = api_for(client, owner)
    one_sentence(api.get(f"/steps/{theirs.pk}"), 404)
    one_sentence(api.post(f"/steps/{theirs.pk}/done"), 404)
    assert Step.objects.get(pk=theirs.pk).state == Step.State.PLANNED


# Opportunities -------------------------------------------------------------------------------


def test_it_lists_opportunities_and_records_an_outcome(client, owner, interview):
    api = api_for(client, owner)
    data = api.get("/opportunities").json()
    assert [item["id"] for item in data["items"]] == [interview.opportunity_id]
    response = api.post(
        f"/opportunities/{interview.opportunity_id}/outcome",
        {"status": "offer", "note": "Verbal offer on the phone"},
    )
    assert response.status_code == 200
    assert response.json()["status"] == "offer"
    assert not interview.steps.filter(state=Step.State.PLANNED).exists()
    one_sentence(
        api.post(f"/opportunities/{interview.opportunity_id}/outcome", {"status": "won"}), 422
    )


# The recruiter's side ------------------------------------------------------------------------


def test_a_recruiter_reads_an_assigned_candidates_interviews_and_steps(client, agency):
    api = api_for(client, agency.rita)
    candidates = api.get("/candidates").json()
    assert [(c["id"], c["planned"]) for c in candidates["items"]] == [(agency.candidate.pk, 4)]
    interviews = api.get(f"/candidates/{agency.candidate.pk}/interviews").json()
    assert [item["id"] for item in interviews["items"]] == [agency.interview.pk]
    assert interviews["items"][0]["candidate"] == agency.candidate.pk
    steps = api.get(f"/candidates/{agency.candidate.pk}/steps", state="planned").json()
    assert steps["count"] == 4
    detail = api.get(f"/steps/{agency.step.pk}").json()
    assert detail["draft"]["body"]
    assert api.get(f"/interviews/{agency.interview.pk}").status_code == 200
    views = AuditEvent.objects.filter(action="viewed candidate", actor=agency.rita)
    assert views.count() == 4
    assert set(views.values_list("via", flat=True)) == {"api"}
    assert set(views.values_list("subject", flat=True)) == {agency.candidate.pk}
    # Their own list stays their own.
    assert api.get("/interviews").json()["count"] == 0


def test_the_overview_shows_what_the_candidates_owe(client, agency):
    api = api_for(client, agency.rita)
    data = api.get("/overview").json()
    assert [c["id"] for c in data["candidates"]] == [agency.candidate.pk]
    assert {step["kind"] for step in data["owes"]} == {"thank_you"}
    assert data["counts"]["owes"] == len(data["owes"]) == 2
    only = api.get("/overview", show="replied", candidate=agency.candidate.pk).json()
    assert only["owes"] == [] and only["counts"] == {"owes": 0, "due": 0, "replied": 0}
    one_sentence(api.get("/overview", show="everything"), 422)
    one_sentence(api.get("/overview", candidate=agency.carl.pk), 404)


def candidate_endpoints(agency):
    """Every endpoint that reaches a candidate's record, with a body it would accept."""
    interview, step = agency.interview, agency.step
    suggestion = SuggestedEdit.objects.create(
        owner=agency.candidate,
        step=step,
        author=agency.rita,
        author_name="Rita Recruiter",
        subject="Thanks",
        body="Thank you for your time.",
    )
    who = agency.candidate.pk
    return [
        ("get", f"/candidates/{who}/interviews", None),
        ("get", f"/candidates/{who}/steps", None),
        ("get", "/overview?candidate=" + str(who), None),
        ("get", f"/interviews/{interview.pk}", None),
        ("get", f"/steps/{step.pk}", None),
        ("post", f"/steps/{step.pk}/done", None),
        ("post", f"/opportunities/{interview.opportunity_id}/outcome", {"status": "rejected"}),
        ("post", f"/interviews/{interview.pk}/coaching-notes", {"text": "Mention the demo."}),
        ("post", f"/steps/{step.pk}/suggestions", {"subject": "Hi", "body": "Thanks again."}),
        ("post", f"/suggestions/{suggestion.pk}/accept", None),
        ("post", f"/suggestions/{suggestion.pk}/decline", None),
    ]


@pytest.mark.parametrize("intruder", ["cole", "ada", "olga", "oscar", "carl", "outsider"])
def test_anyone_not_assigned_gets_404_on_every_candidate_endpoint(
    client, agency, outsider, intruder
):
    user = outsider if intruder == "outsider" else getattr(agency, intruder)
    api = api_for(client, user)
    for method, path, body in candidate_endpoints(agency):
        if "?" in path:
            path, query = path.split("?")
            response = api.get(path, **dict([query.split("=")]))
        else:
            response = api.get(path) if method == "get" else api.post(path, body)
        one_sentence(response, 404)
    assert not AuditEvent.objects.filter(action="viewed candidate").exists()
    assert not CoachingNote.objects.exists()
    assert SuggestedEdit.objects.get().state == SuggestedEdit.State.OPEN
    assert Step.objects.get(pk=agency.step.pk).state == Step.State.PLANNED


def test_a_recruiter_cannot_mark_a_candidates_step_sent_or_record_their_outcome(client, agency):
    api = api_for(client, agency.rita)
    one_sentence(api.post(f"/steps/{agency.step.pk}/done"), 404)
    response = api.post(
        f"/opportunities/{agency.interview.opportunity_id}/outcome", {"status": "withdrawn"}
    )
    one_sentence(response, 404)
    assert Step.objects.get(pk=agency.step.pk).state == Step.State.PLANNED
    assert Opportunity.objects.get(pk=agency.interview.opportunity_id).status == "interviewing"


def test_a_candidate_has_no_candidates_and_no_overview(client, agency):
    api = api_for(client, agency.candidate)
    one_sentence(api.get("/candidates"), 404)
    one_sentence(api.get("/overview"), 404)


def test_coaching_note_and_suggestion_through_the_api_and_the_candidate_accepts(client, agency):
    rita = api_for(client, agency.rita)
    response = rita.post(
        f"/interviews/{agency.interview.pk}/coaching-notes", {"text": "Mention the Kafka demo."}
    )
    assert response.status_code == 201
    assert response.json()["author"] == "Rita Recruiter"
    response = rita.post(
        f"/steps/{agency.step.pk}/suggestions",
        {"subject": "Thank you, Dana", "body": "Thank you for the tour.", "comment": "Shorter"},
    )
    assert response.status_code == 201
    suggestion_id = response.json()["id"]
    one_sentence(rita.post(f"/suggestions/{suggestion_id}/accept"), 404)

    sam = api_for(client, agency.candidate)
    detail = sam.get(f"/steps/{agency.step.pk}").json()
    assert [s["id"] for s in detail["suggestions"]] == [suggestion_id]
    notes = sam.get(f"/interviews/{agency.interview.pk}").json()["coaching_notes"]
    assert [n["text"] for n in notes] == ["Mention the Kafka demo."]
    response = sam.post(f"/suggestions/{suggestion_id}/accept")
    assert response.status_code == 200 and response.json()["state"] == "accepted"
    step = Step.objects.get(pk=agency.step.pk)
    assert (step.subject, step.body) == ("Thank you, Dana", "Thank you for the tour.")
    assert "already" in one_sentence(sam.post(f"/suggestions/{suggestion_id}/decline"), 409)

    actions = dict(AuditEvent.objects.filter(via="api").values_list("action", "actor__username"))
    assert actions["coaching note"] == "rita"
    assert actions["suggested edit"] == "rita"
    assert actions["accepted suggestion"] == "sam"


def test_a_suggestion_for_a_sent_note_is_a_conflict(client, agency):
    agency.step.state = Step.State.DONE
    agency.step.save()
    response = api_for(client, agency.rita).post(
        f"/steps/{agency.step.pk}/suggestions", {"body": "Thanks again."}
    )
    one_sentence(response, 409)


def test_a_coaching_note_must_say_something(client, agency):
    rita = api_for(client, agency.rita)
    one_sentence(
        rita.post(f"/interviews/{agency.interview.pk}/coaching-notes", {"text": "  "}), 422
    )
    assert not CoachingNote.objects.exists()


def test_changes_through_the_api_are_audited(client, agency):
    sam = api_for(client, agency.candidate)
    sam.post(f"/steps/{agency.step.pk}/done")
    sam.post(f"/opportunities/{agency.interview.opportunity_id}/outcome", {"status": "offer"})
    logged = AuditEvent.objects.filter(actor=agency.candidate, via="api")
    assert {"marked sent", "recorded outcome"} <= set(logged.values_list("action", flat=True))


# The description and its docs page -----------------------------------------------------------


def test_the_openapi_description_is_served_and_declares_every_error(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Followup API" and schema["info"]["version"] == "1"
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert {"200", "201"} & set(operation["responses"]), (method, path)
            assert {"400", "401"} <= set(operation["responses"]), (method, path)
            assert operation["security"] == [{"BearerToken": []}]


def test_the_docs_page_needs_no_inline_script_and_its_files_are_served(client, db):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    page = response.content.decode()
    assert "cdn" not in page.lower()
    for script in re.findall(r"<script[^>]*>", page):
        assert "src=" in script or 'type="application/json"' in script, script
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page):
        assert client.get(asset).status_code == 200, asset
    assert "script-src 'self'" in response["Content-Security-Policy"]


def _ny(year, month, day, hour):
    from zoneinfo import ZoneInfo

    return dt.datetime(year, month, day, hour, tzinfo=ZoneInfo("America/New_York"))
