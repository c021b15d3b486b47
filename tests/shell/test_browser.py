"""The note editor in a real browser: the review follows what the user types (htmx).

Needs Debian's chromium (`./dev test` installs it when it may); skipped, saying so, without it.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from followup.shell import actions

from .conftest import PASSWORD

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    not CHROMIUM, reason="chromium is not installed (sudo apt-get install chromium)"
)


def in_browser(script, **context):
    """Run `script(page)` in Chromium on another thread.

    Playwright's sync API runs an event loop in its thread; Django refuses database calls from
    such a thread, and the test's own database work stays on the main thread this way.
    """
    sync_api = pytest.importorskip("playwright.sync_api")

    def run():
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
            try:
                page = browser.new_page(**context)
                page.set_default_timeout(15_000)
                return script(page)
            finally:
                browser.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result(timeout=120)


def test_the_review_updates_as_the_user_types(transactional_db, live_server, owner, interview):
    dana = interview.interviewers.get(name="Dana Reyes")
    actions.debrief(
        interview,
        notes="Walked through the Kafka migration plan",
        highlights="I cut p99 latency by 40% on the checkout service",
        discussed={dana.pk: "Her team's on-call load after the Kafka migration"},
    )
    step = interview.steps.get(kind="follow_up")
    url = live_server.url

    def script(page):
        seen = {"console": []}
        page.on("console", lambda message: seen["console"].append(message.text))
        page.goto(f"{url}/login/")
        page.fill("#id_username", "sam")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.goto(f"{url}/steps/{step.pk}/")
        seen["first"] = page.locator("#review").inner_text()
        page.fill(
            "#id_body", "Hi Dana,\n\nSorry to bother you again, I really need this job.\n\nSam"
        )
        # No reload: only htmx can change the panel. (A locator, not wait_for_function: our
        # Content-Security-Policy rightly forbids evaluating strings in the page.)
        page.locator("#review").get_by_text("Fix first").first.wait_for()
        seen["typed"] = page.locator("#review").inner_text()
        page.click("button[name=action][value=save]")
        page.wait_for_url(f"{url}/steps/{step.pk}/")
        seen["saved"] = page.content()
        return seen

    seen = in_browser(script)
    assert "Ready to send." in seen["first"]
    assert "Apologetic or desperate tone" in seen["typed"]
    assert "Draft saved." in seen["saved"]
    # htmx and our scripts run under the Content-Security-Policy without tripping it.
    assert not [m for m in seen["console"] if "Content Security Policy" in m]
    step.refresh_from_db()
    assert step.body.startswith("Hi Dana,\n\nSorry to bother you again")


def test_sign_up_starts_in_the_browsers_time_zone(transactional_db, live_server, no_users):
    def script(page):
        page.goto(f"{live_server.url}/welcome/")
        return page.input_value("#id_time_zone")

    assert in_browser(script, timezone_id="Australia/Perth") == "Australia/Perth"


def test_without_javascript_sign_up_starts_in_utc(transactional_db, live_server, no_users):
    def script(page):
        page.goto(f"{live_server.url}/welcome/")
        return page.input_value("#id_time_zone")

    assert in_browser(script, timezone_id="Asia/Kolkata", java_script_enabled=False) == "UTC"


def lived_in_pages(owner) -> list[str]:
    """A sample, a long-named interview with a note in the outbox: every signed-in page."""
    from followup.shell.demo import load_demo
    from followup.shell.models import OutboxMessage

    from .conftest import make_interview, pinned_moment

    interviews = load_demo(owner, pinned_moment())
    long = make_interview(
        owner,
        company="Vandelay Industries International Holdings Incorporated",
        role="Principal Latex Procurement and Distribution Strategy Engineer",
    )
    from followup.shell.mailbox.accounts import AccountInput, save_account

    account = save_account(
        owner,
        AccountInput(
            email="sam@example.com",
            password="x-password",
            smtp_host="127.0.0.1",
            smtp_port=2525,
            smtp_security="starttls",
            imap_host="127.0.0.1",
            imap_port=1143,
            imap_security="starttls",
        ),
    )
    step = long.steps.first()
    OutboxMessage.objects.create(
        owner=owner,
        account=account,
        step=step,
        message_id="<a@b>",
        to_addr="dana.reyes.with.a.very.long.address@vandelay-industries.example",
        subject="Thank you for the conversation about latex procurement strategy",
        body="x",
        mode="draft",
        next_attempt_at=pinned_moment(),
    )
    return [
        "/",
        "/interviews/",
        "/interviews/new/",
        f"/interviews/{long.pk}/",
        f"/interviews/{long.pk}/edit/",
        f"/interviews/{long.pk}/debrief/",
        f"/interviews/{long.pk}/delete/",
        f"/interviews/{interviews[0].pk}/",
        f"/steps/{step.pk}/",
        "/mail/",
        "/settings/",
        "/settings/password/",
        "/data/",
        "/insights/",
    ]


def sign_in(page, url: str) -> None:
    page.goto(f"{url}/login/")
    page.fill("#id_username", "sam")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/")


def test_no_page_scrolls_sideways_on_a_phone(transactional_db, live_server, owner):
    """At 390 px wide, every page fits: tables turn into cards, long names wrap."""
    pages = lived_in_pages(owner)
    url = live_server.url

    def script(page):
        widths = {}
        for path in ["/login/"]:
            page.goto(f"{url}{path}")
            widths[path] = page.evaluate("document.documentElement.scrollWidth")
        page.fill("#id_username", "sam")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{url}/")
        for path in pages:
            page.goto(f"{url}{path}")
            widths[path] = page.evaluate("document.documentElement.scrollWidth")
        return widths

    widths = in_browser(script, viewport={"width": 390, "height": 844}, bypass_csp=True)
    too_wide = {path: width for path, width in widths.items() if width > 390}
    assert not too_wide, too_wide


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_accessibility_violation_on_any_page(
    transactional_db, live_server, owner, width
):
    """axe-core (the engine browsers' audit tools use) on every page, signed out and in."""
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    pages = lived_in_pages(owner)
    url = live_server.url

    def script(page):
        axe = axe_module.Axe()
        found = {}

        def audit(path):
            page.goto(f"{url}{path}")
            result = axe.run(page)
            found[path] = [
                f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:90]})"
                for v in result.response["violations"]
            ]

        audit("/login/")
        page.fill("#id_username", "sam")
        page.fill("#id_password", "a wrong password")
        page.click("button[type=submit]")
        found["/login/ (failed)"] = [f"{v['id']}" for v in axe.run(page).response["violations"]]
        sign_in(page, url)
        for path in pages:
            audit(path)
        page.goto(f"{url}/settings/")
        page.fill("#id_follow_up_days", "3")
        page.click("form.stack button[type=submit]")
        found["/settings/ (failed)"] = [f"{v['id']}" for v in axe.run(page).response["violations"]]
        return found

    found = in_browser(script, viewport={"width": width, "height": 900}, bypass_csp=True)
    problems = {path: issues for path, issues in found.items() if issues}
    assert not problems, problems


def test_send_now_stands_down_while_the_note_has_unsaved_edits(
    transactional_db, live_server, owner, interview
):
    from followup.shell.mailbox.accounts import AccountInput, save_account

    save_account(
        owner,
        AccountInput(
            email="sam@example.com",
            password="x",
            smtp_host="127.0.0.1",
            smtp_port=2525,
            smtp_security="starttls",
            imap_host="127.0.0.1",
            imap_port=1143,
            imap_security="starttls",
        ),
    )
    step = interview.steps.get(kind="thank_you", interviewer__name="Dana Reyes")
    url = live_server.url

    def script(page):
        sign_in(page, url)
        page.goto(f"{url}/steps/{step.pk}/")
        send = page.locator("button[name=mode][value=send]")
        before = (send.is_enabled(), send.get_attribute("class") or "")
        page.locator("#id_body").press("End")
        page.keyboard.type(" One more line.")
        after = (send.is_enabled(), send.get_attribute("class") or "")
        hint = page.locator("#deliver-hint").inner_text()
        return before, after, hint

    before, after, hint = in_browser(script)
    assert before == (True, "")  # primary while the draft on screen is the saved one
    assert after == (False, "secondary")
    assert "unsaved edits" in hint


SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_main_journey_with_the_keyboard_alone(transactional_db, live_server, owner, width):
    """Sign in, add an interview, debrief it, edit the thank-you with the live review, mark it
    sent, record the outcome: Tab, typing and Enter only. A screenshot of each stage goes to
    build/screenshots/ for a person to look at."""
    url = live_server.url
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def script(page):
        shots = []

        def shot(stage):
            path = SCREENSHOTS / f"journey-{width}-{len(shots) + 1:02d}-{stage}.png"
            page.screenshot(path=str(path), full_page=True)
            shots.append(path)

        def tab_to(selector, limit=120):
            target = page.locator(selector).first
            for _ in range(limit):
                page.keyboard.press("Tab")
                if target.evaluate("el => el === document.activeElement"):
                    return
            raise AssertionError(f"Tab never reached {selector}")

        def type_into(selector, text):
            tab_to(selector)
            page.keyboard.type(text)

        page.goto(f"{url}/login/")
        type_into("#id_username", "sam")
        type_into("#id_password", PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}/")
        shot("dashboard")

        tab_to("nav a[href='/interviews/new/']")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}/interviews/new/")
        type_into("#id_company", "Hooli")
        type_into("#id_role", "Platform Engineer")
        type_into("#id_date", "11302026")  # Chromium's own format here: month, day, year
        type_into("#id_start", "1400")
        type_into("#id_end", "1500")
        type_into("#id_people-0-name", "Gavin Belson")
        type_into("#id_people-0-email", "gavin@hooli.example")
        shot("add-interview")
        tab_to("form.stack button[type=submit]")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}/interviews/*/")
        shot("interview")

        tab_to("a[href$='/debrief/']")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}/interviews/*/debrief/")
        type_into("#id_notes", "We talked about the search index rebuild and on-call load.")
        type_into("#id_timeline_text", "We will decide by the end of next week.")
        tab_to("button:has-text('Save debrief')")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}/interviews/*/")
        shot("debriefed")

        tab_to("a[href^='/steps/']")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}/steps/*/")
        tab_to("#id_body")
        page.keyboard.press("Control+End")
        page.keyboard.type("\nSorry to bother you, I really need this job.")
        page.locator("#review").get_by_text("Fix first").first.wait_for()
        shot("live-review")
        tab_to("button[name=action][value=save]")
        with page.expect_navigation(url=f"{url}/steps/*/"):  # the same address: wait for the load
            page.keyboard.press("Enter")
        tab_to("button[aria-label^='Mark as sent']")
        # A key press, unlike a click, does not wait for the navigation it starts: wait for it
        # here, or the next read races the page being replaced.
        with page.expect_navigation():
            page.keyboard.press("Enter")
        shot("sent")

        page.goto(page.url)  # back on the step page; its interview is one link away
        tab_to("a[href^='/interviews/']:not([href$='/new/']):not([href='/interviews/'])")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{url}/interviews/*/")
        tab_to("#id_status")
        page.keyboard.type("Offer")
        tab_to("form[action$='/outcome/'] button[type=submit]")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        shot("outcome")
        return [path.name for path in shots], page.content()

    names, final = in_browser(
        script,
        viewport={"width": width, "height": 900},
        bypass_csp=True,
        timezone_id="America/New_York",
    )
    assert len(names) == 7 and all((SCREENSHOTS / name).stat().st_size > 0 for name in names)
    assert "Outcome recorded: Offer." in final
    from followup.shell.models import Interview, Step

    interview = Interview.objects.get(opportunity__company__name="Hooli")
    assert interview.opportunity.status == "offer"
    assert interview.notes.startswith("We talked about the search index")
    thank_you = interview.steps.get(kind=Step.Kind.THANK_YOU)
    assert thank_you.state == Step.State.DONE
    assert thank_you.body.endswith("I really need this job.")


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_nothing_on_the_first_run_page(transactional_db, live_server, no_users, width):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")

    def script(page):
        page.goto(f"{live_server.url}/welcome/")
        found = [v["id"] for v in axe_module.Axe().run(page).response["violations"]]
        page.click("button[type=submit]")  # empty: the browser's own checks stop it
        page.fill("#id_username", "sam")
        page.fill("#id_full_name", "Sam Lee")
        page.fill("#id_email", "sam@example.com")
        page.fill("#id_password", "short")
        page.click("button[type=submit]")
        page.wait_for_load_state()
        found += [v["id"] for v in axe_module.Axe().run(page).response["violations"]]
        return found

    assert in_browser(script, viewport={"width": width, "height": 900}, bypass_csp=True) == []


def test_focus_moves_to_the_list_of_what_to_fix(transactional_db, live_server, owner):
    url = live_server.url

    def script(page):
        sign_in(page, url)
        page.goto(f"{url}/settings/")
        page.fill("#id_window_start", "18:00")
        page.fill("#id_window_end", "08:00")
        page.click("form.stack button[type=submit]")
        page.wait_for_load_state()
        return page.locator("#error-summary").evaluate("el => el === document.activeElement")

    assert in_browser(script, bypass_csp=True) is True
