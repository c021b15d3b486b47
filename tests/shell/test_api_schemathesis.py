"""Schemathesis against the API's own OpenAPI description, in-process through WSGI.

Every operation is called with generated requests (the examples, coverage and fuzzing phases:
valid and invalid input alike), as a user who has data of their own and coaches a candidate,
and every response must pass every check: no server error, the documented status codes,
content types, headers and bodies, invalid input refused, valid input accepted, 405 with
`Allow` for an undocumented method, and 401 without the token.

Reproducible: Hypothesis runs derandomized with a fixed seed and no example database.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from followup.shell.api import tokens
from followup.shell.models import ApiToken, Assignment, Membership, Organisation
from followup.shell.models.team import token_digest
from followup.shell.wsgi import application

from .conftest import make_interview
from .test_api import account

# A token made for this test alone (its digest is stored in the fixture), so that schemathesis
# knows the header as the description's Bearer authentication and can also leave it out.
TOKEN = "fu_schemathesis-0123456789-abcdefghijklmnopqrstuvwxyz"
EXAMPLES = 25  # per operation, in the fuzzing phase; the whole run takes well under a minute

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 20261201,
        "headers": {"Authorization": f"Bearer {TOKEN}"},
        "generation": {"deterministic": True, "max-examples": EXAMPLES, "database": "none"},
        # Every built-in check, with its default expectations, except where said below.
        "checks": {
            "enabled": True,
            # A body over the size limit is refused before it is read, with its own status:
            # 413 (documented) is a rejection too. Schemathesis's defaults, plus 413.
            "negative_data_rejection": {
                "expected-statuses": [
                    *("400", "401", "403", "404", "405", "406", "409", "413", "415", "422"),
                    *("428", "429", "5xx"),
                ]
            },
        },
        "operations": [
            {
                # The description cannot say that the end comes after the start, that a date
                # lies between 2000 and 2100, or which time zones and email addresses exist:
                # such an interview is refused with a one-sentence 400, which schema-valid
                # input may therefore get here (and only here).
                "include-path": "/api/v1/interviews",
                "include-method": "POST",
                "checks": {
                    "positive_data_acceptance": {
                        "expected-statuses": ["2xx", "400", "401", "403", "404", "409"]
                    }
                },
            }
        ],
    }
)


@pytest.fixture
def wsgi_requests():
    """Call the WSGI app as the test client does: keep the test's database connection (and
    transaction) open across requests instead of closing it after each one."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_token(db, owner):
    """Sam: an agency admin with interviews of their own, coaching Cara, who has one too."""
    agency = Organisation.objects.create(name="Agency")
    Membership.objects.create(organisation=agency, user=owner, role=Membership.Role.ADMIN)
    candidate = account("cara", "Cara Candidate")
    Membership.objects.create(organisation=agency, user=candidate, role=Membership.Role.CANDIDATE)
    Assignment.objects.create(organisation=agency, recruiter=owner, candidate=candidate)
    own = make_interview(owner)
    make_interview(owner, company="Globex", role="Data Engineer")
    coached = make_interview(candidate, company="Initech")
    ApiToken.objects.create(
        user=owner, name="schemathesis", token_hash=token_digest(TOKEN), prefix=TOKEN[:10]
    )
    return SimpleNamespace(
        own=own,
        own_step=own.steps.order_by("due_at", "pk").first(),
        candidate=candidate,
        candidate_token=tokens.create(candidate, "cara's script")[1],
        coached=coached,
        coached_step=coached.steps.order_by("due_at", "pk").first(),
    )


# Loaded once, when the module is collected: the description the running app serves. (Loading
# it from a fixture, with `schemathesis.pytest.from_fixture`, fails on pytest 9.2, whose nodes
# no longer have the `_nodeid` that schemathesis 4.32 sets.)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application, config=CONFIG)


@settings(
    deadline=None,  # the clock is pinned (time-machine): Hypothesis's timing means nothing
    # The fixtures' records are meant to be shared by all of an operation's examples (one
    # database transaction per operation); some requests are large on purpose.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@schema.parametrize()
def test_the_api_keeps_its_description(case, wsgi_requests, api_token):
    case.call_and_validate()


def test_real_records_answer_as_described(wsgi_requests, api_token):
    """Generated ids rarely exist: call each operation on real records too, in an order that
    reaches every documented answer of theirs, and check each response against the description."""
    data = api_token
    sam = {"Authorization": f"Bearer {TOKEN}"}
    cara = {"Authorization": f"Bearer {data.candidate_token}"}

    def call(method, path, expected, headers=sam, **parts):
        case = schema[f"/api/v1{path}"][method].Case(**parts)
        response = case.call_and_validate(headers=headers)
        assert response.status_code == expected, (method, path, response.text)
        return response.json()

    call("GET", "/me", 200)
    call("GET", "/interviews", 200, query={"limit": 1, "offset": 1})
    call("GET", "/interviews/{interview_id}", 200, path_parameters={"interview_id": data.own.pk})
    call("GET", "/steps", 200, query={"state": "planned", "due_before": "2026-12-31T00:00:00Z"})
    call("GET", "/steps/{step_id}", 200, path_parameters={"step_id": data.own_step.pk})
    call("GET", "/opportunities", 200)
    call("GET", "/candidates", 200)
    who = {"candidate_id": data.candidate.pk}
    call("GET", "/candidates/{candidate_id}/interviews", 200, path_parameters=who)
    call("GET", "/candidates/{candidate_id}/steps", 200, path_parameters=who)
    call("GET", "/overview", 200)
    call("GET", "/overview", 200, query={"candidate": data.candidate.pk, "show": "owes"})
    call(
        "GET", "/interviews/{interview_id}", 200, path_parameters={"interview_id": data.coached.pk}
    )
    call("GET", "/steps/{step_id}", 200, path_parameters={"step_id": data.coached_step.pk})
    call(
        "POST",
        "/interviews/{interview_id}/coaching-notes",
        201,
        path_parameters={"interview_id": data.coached.pk},
        body={"text": "Mention the migration you led."},
    )
    suggestion = call(
        "POST",
        "/steps/{step_id}/suggestions",
        201,
        path_parameters={"step_id": data.coached_step.pk},
        body={"subject": "Thank you", "body": "Thank you for your time today."},
    )
    decided = {"suggestion_id": suggestion["id"]}
    call("POST", "/suggestions/{suggestion_id}/accept", 404, path_parameters=decided)
    call("POST", "/suggestions/{suggestion_id}/accept", 200, cara, path_parameters=decided)
    call("POST", "/suggestions/{suggestion_id}/decline", 409, cara, path_parameters=decided)
    call("POST", "/steps/{step_id}/done", 200, path_parameters={"step_id": data.own_step.pk})
    call("POST", "/steps/{step_id}/done", 409, path_parameters={"step_id": data.own_step.pk})
    call(
        "POST",
        "/opportunities/{opportunity_id}/outcome",
        200,
        path_parameters={"opportunity_id": data.own.opportunity_id},
        body={"status": "rejected", "note": "They hired internally"},
    )
    call("GET", "/interviews/{interview_id}", 200, path_parameters={"interview_id": data.own.pk})
