"""Two tabs (or a phone and a laptop) editing the same thing: the later save is told, both texts
stay visible, and nothing is silently overwritten."""

import re

import pytest

from followup.shell import actions
from followup.shell.models import Interview, Step


def version_in(page: str) -> str:
    return re.search(r'name="version" value="(\d+)"', page).group(1)


def test_a_draft_saved_in_another_tab_is_not_overwritten(owner_client, interview):
    step = interview.steps.get(kind="thank_you", interviewer__name="Dana Reyes")
    url = f"/steps/{step.pk}/"
    tab_one = version_in(owner_client.get(url).content.decode())
    tab_two = version_in(owner_client.get(url).content.decode())

    first = {"subject": "Thanks", "body": "Written in tab one.", "action": "save"}
    assert owner_client.post(url, first | {"version": tab_one}).status_code == 302

    second = {"subject": "Thank you", "body": "Written in tab two.", "action": "save"}
    response = owner_client.post(url, second | {"version": tab_two})
    page = response.content.decode()
    assert response.status_code == 200
    assert "changed in another tab or window" in page
    assert "Written in tab one." in page  # what is saved, shown
    assert "Written in tab two." in page  # what this tab typed, kept in the form
    assert Step.objects.get(pk=step.pk).body == "Written in tab one."

    # Saving again from the page that showed the conflict keeps tab two's text, knowingly.
    response = owner_client.post(url, second | {"version": version_in(page)})
    assert response.status_code == 302
    assert Step.objects.get(pk=step.pk).body == "Written in tab two."


def test_a_debrief_saved_in_another_tab_is_not_overwritten(owner_client, interview):
    url = f"/interviews/{interview.pk}/debrief/"
    stale = version_in(owner_client.get(url).content.decode())
    actions.debrief(Interview.objects.get(pk=interview.pk), notes="From the phone.")

    response = owner_client.post(url, {"notes": "From the laptop.", "version": stale})
    page = response.content.decode()
    assert response.status_code == 200
    assert "changed in another tab or window" in page
    assert "From the phone." in page and "From the laptop." in page
    assert Interview.objects.get(pk=interview.pk).notes == "From the phone."


def test_a_debrief_posted_without_its_version_overwrites_nothing(owner_client, interview):
    # (A hand-built request, or a page from before the field: it cannot say which edit it saw.)
    actions.debrief(Interview.objects.get(pk=interview.pk), notes="From the phone.")
    url = f"/interviews/{interview.pk}/debrief/"
    response = owner_client.post(url, {"notes": "From a script."})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This page is out of date, so nothing was saved" in page
    assert "From a script." in page  # the text typed, kept in the form
    assert Interview.objects.get(pk=interview.pk).notes == "From the phone."


def test_a_note_saved_without_its_version_overwrites_nothing(owner_client, interview):
    step = interview.steps.get(kind="thank_you", interviewer__name="Dana Reyes")
    actions.save_note(Step.objects.get(pk=step.pk), "", "Written in tab one.")
    url = f"/steps/{step.pk}/"
    response = owner_client.post(url, {"subject": "", "body": "From a script.", "action": "save"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This page is out of date, so nothing was saved" in page
    assert "From a script." in page
    assert Step.objects.get(pk=step.pk).body == "Written in tab one."


def test_interview_details_changed_in_another_tab_are_not_overwritten(owner_client, interview):
    url = f"/interviews/{interview.pk}/edit/"
    page = owner_client.get(url).content.decode()
    stale = version_in(page)
    form = {
        "company": "Acme",
        "role": "Staff Engineer",
        "date": "2026-12-01",
        "start": "14:00",
        "end": "15:00",
        "time_zone": "America/New_York",
        "format": "video",
        "location": "",
        "people-TOTAL_FORMS": "1",
        "people-INITIAL_FORMS": "0",
        "people-0-name": "Dana Reyes",
        "people-0-email": "dana@acme.example",
    }
    assert owner_client.post(url, form | {"version": stale, "role": "Tab one"}).status_code == 302
    response = owner_client.post(url, form | {"version": stale, "role": "Tab two"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "changed in another tab or window" in page
    assert "Tab one" in page and "Tab two" in page
    assert Interview.objects.get(pk=interview.pk).opportunity.role == "Tab one"


def test_a_save_from_an_old_copy_of_the_row_never_puts_the_count_back(interview):
    old_copy = Interview.objects.get(pk=interview.pk)  # e.g. the worker loaded it a while ago
    actions.debrief(Interview.objects.get(pk=interview.pk), notes="An edit.")
    assert Interview.objects.get(pk=interview.pk).version == 1
    old_copy.cancelled = True
    old_copy.save()
    assert Interview.objects.get(pk=interview.pk).version == 1
    # So a tab loaded before the edit is still caught.
    with pytest.raises(actions.StaleEdit):
        actions.debrief(
            Interview.objects.get(pk=interview.pk), notes="Old tab.", expected_version=0
        )
    assert Interview.objects.get(pk=interview.pk).notes != "Old tab."


def test_a_debrief_keeps_a_deadline_their_email_gave_meanwhile(interview):
    import datetime as dt

    from django.utils import timezone

    page_copy = Interview.objects.get(pk=interview.pk)  # the debrief page, loaded earlier
    Interview.objects.filter(pk=interview.pk).update(  # the worker read their email meanwhile
        stated_deadline=dt.date(2026, 12, 18),
        stated_deadline_phrase="by the 18th",
        deadline_email_at=timezone.now(),
    )
    actions.debrief(page_copy, notes="We talked about the roadmap.")
    saved = Interview.objects.get(pk=interview.pk)
    assert saved.notes == "We talked about the roadmap."
    assert saved.stated_deadline == dt.date(2026, 12, 18)
    assert saved.deadline_email_at is not None


def test_saving_a_draft_whose_step_was_deleted_says_so(owner_client, interview):
    step = interview.steps.get(kind="thank_you", interviewer__name="Dana Reyes")
    Step.objects.filter(pk=step.pk).delete()
    with pytest.raises(actions.ActionError, match="was deleted in another tab"):
        actions.save_note(step, "Hi", "Text", expected_version=0)
