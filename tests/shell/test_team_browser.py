"""The agency pages in a real browser: accessible, phone-sized, and the coaching round trip.

Needs Debian's chromium, like test_browser.py; skipped, saying so, without it.
"""

from __future__ import annotations

import pytest

from followup.shell.models import Step, SuggestedEdit

from .conftest import PASSWORD, make_interview, pinned_moment
from .team_world import build
from .test_browser import CHROMIUM, in_browser

pytestmark = pytest.mark.skipif(
    not CHROMIUM, reason="chromium is not installed (sudo apt-get install chromium)"
)


def _sign_in(page, url: str, username: str) -> None:
    page.goto(f"{url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_team_pages_pass_axe_and_fit_a_phone(transactional_db, live_server, width):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    world = build(make_interview, pinned_moment())
    url = live_server.url
    pages = {
        "rita": ["/candidates/", f"/candidates/{world.cleo.pk}/", "/team/"],
        "ada": ["/team/", "/team/audit/"],
        "cleo": ["/team/", f"/steps/{world.objects['step']}/"],
    }

    def script(page):
        axe = axe_module.Axe()
        found, widths = {}, {}
        for username, paths in pages.items():
            _sign_in(page, url, username)
            for path in paths:
                page.goto(f"{url}{path}")
                found[f"{username} {path}"] = [
                    f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['html'][:90]})"
                    for v in axe.run(page).response["violations"]
                ]
                widths[f"{username} {path}"] = page.evaluate("document.documentElement.scrollWidth")
            page.click("nav button[type=submit]")  # sign out
        return found, widths

    found, widths = in_browser(script, viewport={"width": width, "height": 900}, bypass_csp=True)
    assert not {path: issues for path, issues in found.items() if issues}
    assert not {path: w for path, w in widths.items() if w > width}


def test_a_suggestion_goes_from_the_recruiter_to_the_candidates_note(transactional_db, live_server):
    world = build(make_interview, pinned_moment())
    url = live_server.url
    step = Step.objects.get(pk=world.objects["step"])

    def script(page):
        _sign_in(page, url, "rita")
        page.goto(f"{url}/candidates/{world.cleo.pk}/")
        page.click(f"#interview-{step.interview_id} details summary >> nth=0")
        page.fill(f"#s-subj-{step.pk}", "Thank you for Tuesday")
        page.fill(f"#s-body-{step.pk}", "Dear Dana,\n\nThank you for the widget talk.\n\nCleo")
        page.click(f"form[action$='/candidates/steps/{step.pk}/suggest/'] button")
        page.wait_for_selector("text=the candidate decides")
        page.click("nav button[type=submit]")
        _sign_in(page, url, "cleo")
        page.goto(f"{url}/steps/{step.pk}/")
        page.click("text=Use this wording")
        page.wait_for_selector("text=Your note now uses the suggested wording")
        return page.input_value("#id_subject")

    assert in_browser(script) == "Thank you for Tuesday"
    step.refresh_from_db()
    assert step.subject == "Thank you for Tuesday"
    assert SuggestedEdit.objects.filter(step=step, state="accepted").count() == 1
