"""The note editor in a real browser: the review follows what the user types (htmx).

Needs Debian's chromium (`./dev test` installs it when it may); skipped, saying so, without it.
"""

from __future__ import annotations

import os
import shutil

import pytest

from followup.shell import actions

from .conftest import PASSWORD

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    not CHROMIUM, reason="chromium is not installed (sudo apt-get install chromium)"
)


@pytest.fixture
def browser_page():
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the test touches the database
    # only before and after the browser part, never while a page is open.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page()
        page.set_default_timeout(15_000)
        yield page
        browser.close()


def test_the_review_updates_as_the_user_types(
    transactional_db, live_server, owner, interview, browser_page
):
    dana = interview.interviewers.get(name="Dana Reyes")
    actions.debrief(
        interview,
        notes="Walked through the Kafka migration plan",
        highlights="I cut p99 latency by 40% on the checkout service",
        discussed={dana.pk: "Her team's on-call load after the Kafka migration"},
    )
    step = interview.steps.get(kind="follow_up")
    page = browser_page

    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", "sam")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}/steps/{step.pk}/")
    review = page.locator("#review")
    assert "Ready to send." in review.inner_text()

    page.fill("#id_body", "Hi Dana,\n\nSorry to bother you again, I really need this job.\n\nSam")
    page.wait_for_function("document.querySelector('#review').innerText.includes('Fix first')")
    assert "Apologetic or desperate tone" in review.inner_text()

    # The copy button appears only where the clipboard API exists; the page works without it.
    page.click("button[name=action][value=save]")
    page.wait_for_url(f"{live_server.url}/steps/{step.pk}/")
    assert "Draft saved." in page.content()
    step.refresh_from_db()
    assert step.body.startswith("Hi Dana,\n\nSorry to bother you again")
