"""Nobody outside a candidate's reach gets anything of theirs, at any URL.

The URL list is read from the project's URLconf, so a URL added later is covered without
anyone remembering to: a URL whose argument this file does not know fails the test until
someone says what it points at (`ARGUMENTS`).
"""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from tests.shell.conftest import make_interview, pinned_moment
from tests.shell.team_world import SECRET_COMPANY, SECRET_MAIL_HOST, build

from followup.shell.api import tokens

# What each URL's argument points at, by the URL's name (a pattern with one argument).
ARGUMENTS = {
    "interview": "interview",
    "interview_edit": "interview",
    "interview_debrief": "interview",
    "interview_deadline": "interview",
    "interview_cancel": "interview",
    "interview_delete": "interview",
    "opportunity_outcome": "opportunity",
    "invitation": "invitation",
    "mail_account": "mail_account",
    "outbox_resolve": "outbox",
    "reply_correct": "reply",
    "ask_done": "reply",
    "step_queue": "step",
    "step_eml": "step",
    "step": "step",
    "step_review": "step",
    "step_done": "step",
    "step_undo": "step",
    "candidate": "candidate",
    "coaching_note": "interview",
    "suggestion_add": "step",
    "suggestion_decide": "suggestion",
    "api_token_revoke": "api_token",
    # The JSON API (its names carry "api:" here, so they never clash with the web's).
    "api:candidate_interviews": "candidate",
    "api:candidate_steps": "candidate",
    "api:add_coaching_note": "interview",
    "api:suggest": "step",
    "api:accept_suggestion": "suggestion",
    "api:decline_suggestion": "suggestion",
    "api:get_interview": "interview",
    "api:record_outcome": "opportunity",
    "api:get_step": "step",
    "api:mark_done": "step",
}
# URLs whose string argument is a secret (a token, a feed key): a made-up one finds nothing.
SECRET_ARGUMENT = {"mail_check", "feed", "team_join"}
# The URLs a recruiter assigned to the candidate may use on the candidate's data.
COACH_URLS = {
    "candidate",
    "coaching_note",
    "suggestion_add",
    "api:candidate_interviews",
    "api:candidate_steps",
    "api:add_coaching_note",
    "api:suggest",
    "api:get_interview",
    "api:get_step",
}
# A body each API operation accepts, so a refusal can only be about whose object it is.
API_BODY = {"text": "x", "subject": "s", "body": "b", "status": "rejected", "comment": ""}


def urls():
    """(name, route with its arguments filled, kind of argument) for every URL."""
    found = []

    def walk(patterns, prefix=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                route = prefix + str(entry.pattern)
                name = f"api:{entry.name}" if route.startswith("api/") else entry.name
                found.append((name, route))

    walk(get_resolver().url_patterns)
    return found


def fill(name: str, route: str, objects: dict) -> str | None:
    """The route with this URL's argument pointing at the candidate's object."""
    arguments = re.findall(r"<(?:(\w+):)?(\w+)>", route)
    if not arguments:
        return None
    if name in SECRET_ARGUMENT:
        value = "not-a-real-secret-0123456789"
    else:
        assert name in ARGUMENTS, (
            f"URL {name!r} ({route}) takes an argument this test does not know: add what it "
            "points at to ARGUMENTS, so its isolation is checked."
        )
        value = str(objects[ARGUMENTS[name]])
    assert len(arguments) == 1, f"URL {name!r} takes several arguments; extend fill()"
    return "/" + re.sub(r"<[^>]+>", value, route)


@pytest.fixture
def world(db):
    return build(make_interview, pinned_moment())


def _answer(client, url: str, user):
    """GET, and POST too where the URL changes something, as an attacker would try both.

    The web is signed in with a session; the API with the user's own token.
    """
    if url.startswith("/api/"):
        _, token = tokens.create(user, "isolation")
        auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
        return client.get(url, **auth), client.post(
            url, API_BODY, content_type="application/json", **auth
        )
    client.force_login(user)
    got = client.get(url)
    posted = client.post(url, {"action": "delete", "answer": "accept", "text": "x"})
    return got, posted


def _outsiders(world):
    return {
        "unassigned recruiter": world.ravi,
        "admin of the same agency": world.ada,
        "admin of another agency": world.bo,
        "recruiter of another agency": world.rob,
        "candidate of another agency": world.cal,
        "single user": world.lou,
    }


def test_every_url_with_an_id_is_a_404_for_everyone_outside_the_candidates_reach(world, client):
    checked = 0
    for name, route in urls():
        url = fill(name, route, world.objects)
        if url is None or name in SECRET_ARGUMENT:
            continue
        viewers = dict(_outsiders(world))
        if name not in COACH_URLS:
            # The candidate's own pages: even her recruiter only reads through COACH_URLS.
            viewers["her assigned recruiter"] = world.rita
        for who, user in viewers.items():
            for response in _answer(client, url, user):
                assert response.status_code in (404, 405), (
                    f"{who} got {response.status_code} at {url} "
                    f"({response.request['REQUEST_METHOD']})"
                )
            checked += 1
    assert checked > 200  # the URL list, the API's included, was really walked


def test_pages_without_an_id_show_nothing_of_hers_to_anyone_else(world, client):
    for name, route in urls():
        if re.search(r"<", route) or route.startswith("api/"):
            continue
        for who, user in {**_outsiders(world), "her recruiter": world.rita}.items():
            client.force_login(user)
            response = client.get("/" + route)
            raw = b"".join(response.streaming_content) if response.streaming else response.content
            body = raw.decode(errors="replace")
            assert SECRET_MAIL_HOST not in body, f"{who} saw her mail settings at /{route}"
            if who != "her recruiter" or name not in ("candidates",):
                assert SECRET_COMPANY not in body, f"{who} saw her data at /{route}"


def test_secret_links_with_a_made_up_secret_find_nothing(world, client):
    client.force_login(world.bo)
    for name, route in urls():
        if name in SECRET_ARGUMENT:
            url = fill(name, route, world.objects)
            response = client.get(url)
            if name == "mail_check":  # an unknown check goes back to the Mail page
                assert response.status_code == 302 and response.url == "/mail/", url
            else:
                assert response.status_code == 404, url


def test_her_recruiter_reads_her_plan_but_never_her_mailbox(world, client):
    client.force_login(world.rita)
    page = client.get(f"/candidates/{world.cleo.pk}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert SECRET_COMPANY in body and "Mention the widget migration." in body
    assert SECRET_MAIL_HOST not in body and "cleo@example.com" not in body
    assert client.post(f"/mail/{world.objects['mail_account']}/").status_code == 404
    assert client.post(f"/steps/{world.objects['step']}/queue/").status_code == 404


def test_she_reaches_everything_of_her_own(world, client):
    """The other side: the same URLs answer her, so the 404s above are about reach."""
    client.force_login(world.cleo)
    routes = dict(urls())
    for name in ("interview", "step", "interview_edit"):
        assert client.get(fill(name, routes[name], world.objects)).status_code == 200, name
    _, token = tokens.create(world.cleo, "hers")
    for name in ("api:get_interview", "api:get_step"):
        url = fill(name, routes[name], world.objects)
        assert client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200, name


def test_her_recruiter_reads_her_interview_through_the_api_but_changes_nothing(world, client):
    _, token = tokens.create(world.rita, "rita")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    routes = dict(urls())
    for name in ("api:get_interview", "api:get_step", "api:candidate_steps"):
        url = fill(name, routes[name], world.objects)
        assert client.get(url, **auth).status_code == 200, name
    for name in ("api:mark_done", "api:record_outcome", "api:accept_suggestion"):
        url = fill(name, routes[name], world.objects)
        response = client.post(url, API_BODY, content_type="application/json", **auth)
        assert response.status_code == 404, name
