"""The web UI: first run, sign-in, the dashboard, interview pages, and who may see what."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.test import Client

from followup.shell.models import Interview, Opportunity, Step

from .conftest import PASSWORD, make_interview


def test_a_fresh_install_sends_visitors_to_the_first_run_page(client, no_users):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/welcome/"


def test_the_first_run_page_creates_the_account_and_signs_in(client, no_users):
    response = client.post(
        "/welcome/",
        {
            "full_name": "Sam Lee",
            "email": "sam@example.com",
            "username": "sam",
            "password": PASSWORD,
            "time_zone": "Europe/Berlin",
            "country": "DE",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(username="sam")
    assert user.profile.time_zone == "Europe/Berlin"
    assert user.profile.country == "DE"
    assert client.get("/").status_code == 200


def test_the_country_is_picked_by_name_never_typed_as_a_code(client, no_users):
    page = client.get("/welcome/").content.decode()
    assert '<option value="DE">Germany</option>' in page
    assert '<option value="GE">Georgia</option>' in page
    answer = client.post("/welcome/", {"country": "Germany", "time_zone": "UTC"})
    assert "Select a valid choice" in answer.content.decode()
    assert not get_user_model().objects.exists()


def test_the_first_run_page_refuses_a_weak_password(client, no_users):
    response = client.post(
        "/welcome/",
        {
            "full_name": "Sam",
            "email": "sam@example.com",
            "username": "sam",
            "password": "12345678",
            "time_zone": "UTC",
            "country": "",
        },
    )
    assert response.status_code == 200
    assert b"too common" in response.content
    assert not get_user_model().objects.exists()


def test_the_first_run_page_closes_once_an_account_exists(client, owner):
    response = client.post(
        "/welcome/",
        {
            "full_name": "Eve",
            "email": "eve@example.com",
            "username": "eve",
            "password": PASSWORD,
            "time_zone": "UTC",
            "country": "",
        },
    )
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="eve").exists()
    page = client.get(response["Location"], follow=True).content.decode()
    assert "Followup is set up already: sign in." in page


def test_pages_need_a_signed_in_user(client, interview):
    for path in ["/", "/interviews/", f"/interviews/{interview.pk}/", "/settings/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/login/"), path


def test_sign_in_with_password(client, owner):
    response = client.post("/login/", {"username": "sam", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_a_wrong_password_says_what_did_not_happen(client, owner):
    # A sign-in saves nothing: the error heading says it did not sign in, not "Nothing was
    # saved" as a form that stores something does.
    response = client.post("/login/", {"username": "sam", "password": "not the password"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Not signed in: please fix this" in page
    assert "Nothing was saved" not in page


@time_machine.travel(dt.datetime(2026, 12, 1, 21, 30, tzinfo=dt.UTC), tick=False)
def test_the_dashboard_answers_what_to_do_today(owner_client, interview):
    html = owner_client.get("/").content.decode()
    assert "Send now" in html
    assert "Thank-you to Dana Reyes" in html
    assert "Tue 1 Dec, 15:00 Chicago time" in html
    assert "Coming up" in html
    assert "Official follow-up to Dana Reyes" in html
    # The due section comes before what comes next.
    assert html.index("Send now") < html.index("Coming up")


@time_machine.travel(dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC), tick=False)
def test_the_dashboard_shows_overdue_thank_yous_first(owner_client, interview):
    html = owner_client.get("/").content.decode()
    assert "Overdue" in html
    assert html.index("Overdue") < html.index("Coming up")


def test_an_empty_dashboard_offers_to_add_an_interview_or_load_a_sample(owner_client):
    html = owner_client.get("/").content.decode()
    assert "Add an interview" in html
    response = owner_client.post("/demo/")
    assert response.status_code == 302
    assert Interview.objects.count() == 3


def test_adding_an_interview_through_the_form(owner_client, owner):
    response = owner_client.post(
        "/interviews/new/",
        {
            "company": "Initech",
            "role": "QA Lead",
            "date": "2026-12-02",
            "start": "10:00",
            "end": "11:00",
            "time_zone": "Europe/London",
            "format": "video",
            "location": "",
            "people-TOTAL_FORMS": "2",
            "people-INITIAL_FORMS": "0",
            "people-MIN_NUM_FORMS": "1",
            "people-MAX_NUM_FORMS": "12",
            "people-0-name": "Bill Lumbergh",
            "people-0-email": "bill@initech.example",
            "people-0-title": "VP",
            "people-0-time_zone": "",
            "people-0-country": "",
            "people-1-name": "",
            "people-1-email": "",
            "people-1-title": "",
            "people-1-time_zone": "",
            "people-1-country": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    interview = Interview.objects.get(opportunity__company__name="Initech")
    assert interview.start_at == dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)  # GMT in winter
    assert interview.interviewers.count() == 1
    assert response["Location"] == f"/interviews/{interview.pk}/"
    page = owner_client.get(response["Location"]).content.decode()
    assert "Thank-you to Bill Lumbergh" in page
    assert "London time" in page


def test_the_form_says_what_is_wrong(owner_client):
    response = owner_client.post(
        "/interviews/new/",
        {
            "company": "Initech",
            "role": "QA Lead",
            "date": "2026-12-02",
            "start": "11:00",
            "end": "10:00",
            "time_zone": "Europe/London",
            "format": "video",
            "people-TOTAL_FORMS": "1",
            "people-INITIAL_FORMS": "0",
            "people-MIN_NUM_FORMS": "1",
            "people-MAX_NUM_FORMS": "12",
            "people-0-name": "",
            "people-0-email": "bill@initech.example",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "must end after it starts" in html
    assert "Give this interviewer" in html
    assert not Interview.objects.exists()


def test_mark_as_sent_from_the_interview_page(owner_client, interview):
    step = interview.steps.get(kind="thank_you", interviewer__name="Lee Park")
    response = owner_client.post(f"/steps/{step.pk}/done/", {"next": "/"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    step.refresh_from_db()
    assert step.state == Step.State.DONE


def test_marking_sent_twice_says_which_note_in_words(owner_client, interview):
    # Two tabs: the second click is told which note it was, not an internal number alone.
    step = interview.steps.get(kind="thank_you", interviewer__name="Lee Park")
    owner_client.post(f"/steps/{step.pk}/done/")
    response = owner_client.post(f"/steps/{step.pk}/done/", follow=True)
    html = response.content.decode()
    assert "The thank-you to Lee Park (step" in html
    assert "is already marked as sent." in html


def test_mark_as_sent_never_redirects_off_site(owner_client, interview):
    step = interview.steps.first()
    response = owner_client.post(f"/steps/{step.pk}/done/", {"next": "//evil.example/"})
    assert response["Location"] == f"/interviews/{interview.pk}/"


def test_recording_an_outcome_stops_the_plan(owner_client, interview):
    response = owner_client.post(
        f"/opportunities/{interview.opportunity.pk}/outcome/",
        {"status": "offer", "note": "Verbal offer"},
    )
    assert response.status_code == 302
    interview.opportunity.refresh_from_db()
    assert interview.opportunity.status == Opportunity.Status.OFFER
    assert not interview.steps.filter(state=Step.State.PLANNED).exists()


def test_correcting_the_deadline_replans_the_follow_up(owner_client, interview):
    response = owner_client.post(
        f"/interviews/{interview.pk}/deadline/", {"action": "set", "deadline": "2026-12-04"}
    )
    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.stated_deadline == dt.date(2026, 12, 4)
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    assert "Fri 4 Dec" in page


def test_the_debrief_form_saves_each_interviewers_part(owner_client, interview):
    dana = interview.interviewers.get(name="Dana Reyes")
    response = owner_client.post(
        f"/interviews/{interview.pk}/debrief/",
        {
            "notes": "Kafka migration",
            "highlights": "Cut p99 latency 40%",
            "timeline_text": "",
            f"discussed_{dana.pk}": "Her team's on-call rotation",
            "version": "0",
        },
    )
    assert response.status_code == 302
    dana.refresh_from_db()
    assert dana.discussed == "Her team's on-call rotation"


def test_settings_change_the_send_window(owner_client, owner):
    response = owner_client.post(
        "/settings/",
        {
            "full_name": "Sam Lee",
            "email": "sam@example.com",
            "signature": "Sam",
            "time_zone": "America/New_York",
            "country": "US",
            "window_start": "09:00",
            "window_end": "17:00",
            "follow_up_days": "10",
            "standout_points": "",
        },
    )
    assert response.status_code == 302
    owner.profile.refresh_from_db()
    assert owner.profile.follow_up_days == 10


def test_settings_refuse_a_follow_up_sooner_than_seven_days(owner_client, owner):
    response = owner_client.post(
        "/settings/",
        {
            "full_name": "Sam Lee",
            "email": "",
            "signature": "",
            "time_zone": "UTC",
            "country": "",
            "window_start": "08:00",
            "window_end": "18:00",
            "follow_up_days": "3",
            "standout_points": "",
        },
    )
    assert response.status_code == 200
    assert b"greater than or equal to 7" in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/interviews/{interview}/",
        "/interviews/{interview}/edit/",
        "/interviews/{interview}/debrief/",
        "/steps/{step}/",
    ],
)
def test_an_outsider_cannot_see_someone_elses_interview(outsider_client, interview, path):
    step = interview.steps.first()
    response = outsider_client.get(path.format(interview=interview.pk, step=step.pk))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/steps/{step}/done/",
        "/interviews/{interview}/cancel/",
        "/interviews/{interview}/deadline/",
        "/opportunities/{opportunity}/outcome/",
    ],
)
def test_an_outsider_cannot_change_someone_elses_interview(outsider_client, interview, path):
    step = interview.steps.first()
    url = path.format(interview=interview.pk, step=step.pk, opportunity=interview.opportunity.pk)
    response = outsider_client.post(url, {"status": "rejected", "action": "none"})
    assert response.status_code == 404
    assert not interview.steps.exclude(state=Step.State.PLANNED).exists()


def test_forms_need_a_csrf_token(owner, interview):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    step = interview.steps.first()
    response = client.post(f"/steps/{step.pk}/done/")
    assert response.status_code == 403
    step.refresh_from_db()
    assert step.state == Step.State.PLANNED
    # In the app's own page and words, saying what to do (not Django's "CSRF verification
    # failed"): most refusals are a form left open across a sign-in or blocked cookies.
    page = response.content.decode()
    assert "That form had expired, so nothing was saved" in page
    assert "reload the page and send it again" in page
    assert "followup/app.css" in page
    assert "CSRF verification failed" not in page


def test_an_unexpected_failure_shows_one_sentence_in_the_apps_page(owner, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals: /srv/followup/db.sqlite3")

    monkeypatch.setattr("followup.shell.views.dashboard.agenda_for", broken)
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    response = client.get("/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert "followup/app.css" in page
    assert "secret internals" not in page and "Traceback" not in page


def test_hostile_text_is_escaped(owner_client, owner):
    make_interview(
        owner, company="<script>alert(1)</script>", role='"><img src=x onerror=alert(1)>'
    )
    html = owner_client.get("/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_pages_send_security_headers(owner_client):
    response = owner_client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_removing_one_interviewer_keeps_the_others_history(owner_client, interview):
    from followup.shell.actions import mark_done

    dana = interview.interviewers.get(name="Dana Reyes")
    lee = interview.interviewers.get(name="Lee Park")
    lee_thanks = interview.steps.get(kind="thank_you", interviewer=lee)
    mark_done(lee_thanks)
    response = owner_client.post(
        f"/interviews/{interview.pk}/edit/",
        {
            "company": "Acme Corp",
            "role": "Staff Engineer",
            "date": "2026-12-01",
            "start": "14:00",
            "end": "15:00",
            "time_zone": "America/New_York",
            "format": "video",
            "location": "",
            "people-TOTAL_FORMS": "2",
            "people-INITIAL_FORMS": "2",
            "people-MIN_NUM_FORMS": "1",
            "people-MAX_NUM_FORMS": "12",
            # Dana's row cleared; Lee's row kept.
            "people-0-id": str(dana.pk),
            "people-0-name": "",
            "people-0-email": "",
            "people-0-title": "",
            "people-0-time_zone": "",
            "people-0-country": "",
            "people-1-id": str(lee.pk),
            "people-1-name": "Lee Park",
            "people-1-email": "lee@acme.example",
            "people-1-title": "",
            "people-1-time_zone": "",
            "people-1-country": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    lee_thanks.refresh_from_db()
    assert lee_thanks.interviewer_id == lee.pk
    assert lee_thanks.state == Step.State.DONE
    assert [p.name for p in interview.interviewers.all()] == ["Lee Park"]
    interview.opportunity.refresh_from_db()
    assert interview.opportunity.company.name == "Acme Corp"


@time_machine.travel(dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC), tick=False)
def test_a_large_backlog_is_summarised_not_listed(owner_client, interview, monkeypatch):
    monkeypatch.setattr("followup.shell.agenda.DUE_LIMIT", 1)
    html = owner_client.get("/").content.decode()
    assert "And 1 more past-due notes" in html


def test_ten_wrong_passwords_lock_out_that_user_from_that_client_only(client, owner, outsider):
    from django.test import Client

    from followup.cli.main import main

    from .conftest import PASSWORD

    def sign_in(who, password, address="10.0.0.1"):
        return who.post("/login/", {"username": "sam", "password": password}, REMOTE_ADDR=address)

    for _ in range(9):
        assert sign_in(client, "wrong").status_code == 200
    assert sign_in(client, "wrong").status_code == 429  # the tenth failure locks
    locked = sign_in(client, PASSWORD)  # even the right password, until it is lifted
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    assert "Try again in 15 minutes" in locked.content.decode()
    assert "followup unlock sam`" in locked.content.decode()  # the command to paste, as typed
    # Another user, and the same user from another computer, are not affected.
    other = Client()
    assert (
        other.post(
            "/login/", {"username": "mallory", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
        ).status_code
        == 302
    )
    assert sign_in(Client(), PASSWORD, address="10.0.0.2").status_code == 302
    assert main(["unlock", "sam"]) == 0
    assert sign_in(client, PASSWORD).status_code == 302


def test_a_password_is_changed_on_the_web_with_the_old_one(owner_client, owner):
    from .conftest import PASSWORD

    assert owner_client.get("/settings/password/").status_code == 200
    similar = owner_client.post(
        "/settings/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "sam-sam-sam1",
            "new_password2": "sam-sam-sam1",
        },
    )
    assert "contains your user name" in similar.content.decode()
    response = owner_client.post(
        "/settings/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "another long passphrase",
            "new_password2": "another long passphrase",
        },
        follow=True,
    )
    assert "Your password was changed." in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password("another long passphrase")


def test_due_times_show_the_recipients_time_and_your_own(owner_client, interview):
    # Dana is in Chicago, the user in New York: both clocks, the recipient's first.
    page = owner_client.get(f"/interviews/{interview.pk}/").content.decode()
    thank_you = interview.steps.get(kind="thank_you", interviewer__name="Dana Reyes")
    from followup.shell import formatting

    chicago = formatting.local(thank_you.due_at, "America/Chicago")
    new_york = formatting.local(thank_you.due_at, "America/New_York")
    assert f"{chicago:%H:%M} Chicago time, {new_york:%H:%M} your time" in page


def test_after_every_plan_ended_the_dashboard_says_so(owner_client, interview):
    from followup.shell import actions

    actions.record_outcome(interview.opportunity, "rejected")
    page = owner_client.get("/").content.decode()
    assert "Nothing left to send." in page
    assert "1 opportunity closed this month." in page
    assert "Load a sample" not in page


def test_settings_limits_are_in_the_page_and_errors_beside_their_field(owner_client):
    page = owner_client.get("/settings/").content.decode()
    assert 'min="7"' in page and 'max="14"' in page
    assert 'maxlength="2000"' in page  # the signature
    answer = owner_client.post(
        "/settings/",
        {
            "full_name": "Sam Lee",
            "email": "",
            "signature": "",
            "time_zone": "UTC",
            "country": "",
            "window_start": "18:00",
            "window_end": "08:00",
            "follow_up_days": "7",
            "standout_points": "",
        },
    )
    form = answer.context["form"]
    assert form.errors["window_end"] == ["The send window must end after it starts."]
    assert "__all__" not in form.errors
    assert answer.content.decode().count("The send window must end after it starts.") == 2


@pytest.mark.parametrize("path", ["/settings/", "/interviews/new/", "/data/", "/mail/"])
def test_every_aria_describedby_points_at_an_element_on_the_page(owner_client, path):
    import re

    page = owner_client.get(path).content.decode()
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    wanted = [i for refs in re.findall(r'aria-describedby="([^"]+)"', page) for i in refs.split()]
    assert wanted, "the page has help texts to tie to their fields"
    assert set(wanted) <= ids, sorted(set(wanted) - ids)


def test_the_lockout_page_quotes_a_hostile_name_for_the_shell_and_the_page(client, owner):
    hostile = "<b>x</b>'; rm -rf ~"
    for _ in range(10):
        locked = client.post("/login/", {"username": hostile, "password": "wrong"})
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "<b>x</b>" not in html  # escaped on the page
    # One argument for the shell: the quote closed and the rest of it inside quotes too.
    quoted = "&#x27;&lt;b&gt;x&lt;/b&gt;&#x27;&quot;&#x27;&quot;&#x27;; rm -rf ~&#x27;"
    assert f"followup unlock {quoted}`" in html


def test_a_form_only_address_opened_as_a_link_gets_a_page_not_a_blank(owner_client):
    response = owner_client.get("/demo/remove/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    html = response.content.decode()
    assert "This address only takes a form" in html
    assert "nothing was changed" in html


def test_unlock_clears_a_lock_on_the_name_as_typed_and_says_where_it_looked(client, owner, capsys):
    from followup.cli.main import main

    # Ten failures as "Sam", the account being "sam": the lock is on "Sam", as the page says.
    for _ in range(10):
        locked = client.post("/login/", {"username": "Sam", "password": "wrong"})
    assert "followup unlock Sam`" in locked.content.decode()
    assert main(["unlock", "Sam"]) == 0
    assert "Sam can sign in again (1 lockout record(s) cleared)" in capsys.readouterr().out
    # A name with neither an account nor a lock: the error names the data folder it read.
    assert main(["unlock", "nobody-here"]) != 0
    err = capsys.readouterr().err
    assert "no account named 'nobody-here' and no lockout" in err
    assert "FOLLOWUP_HOME" in err
