"""A step's note: the suggested draft from the debrief, the user's edits, the live review."""

from __future__ import annotations

import json

from followup.cli.main import main
from followup.shell import actions


def follow_up_of(interview):
    return interview.steps.get(kind="follow_up")


def debriefed(interview):
    dana = interview.interviewers.get(name="Dana Reyes")
    actions.debrief(
        interview,
        notes="Walked through the Kafka migration plan",
        highlights="I cut p99 latency by 40% on the checkout service",
        discussed={dana.pk: "Her team's on-call load after the Kafka migration"},
    )
    return interview


def test_the_step_page_shows_the_suggested_draft_and_its_review(owner_client, interview):
    step = follow_up_of(debriefed(interview))
    html = owner_client.get(f"/steps/{step.pk}/").content.decode()
    assert "Dana," in html
    assert "Re: " in html  # threads under the thank-you to Dana
    assert "Ready to send." in html
    assert f'hx-post="/steps/{step.pk}/review/"' in html


def test_a_thin_debrief_gives_a_visible_placeholder_and_a_finding(owner_client, interview):
    step = interview.steps.get(kind="thank_you", interviewer__name="Lee Park")
    html = owner_client.get(f"/steps/{step.pk}/").content.decode()
    assert "[[" in html
    assert "Ready to send." not in html


def test_the_review_panel_follows_what_the_user_types(owner_client, interview):
    step = follow_up_of(debriefed(interview))
    response = owner_client.post(
        f"/steps/{step.pk}/review/",
        {
            "subject": "Following up",
            "body": "Hi Dana,\n\nSorry to bother you again, I really need this job. "
            "I expect an answer by Monday.\n\nSam",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Fix first" in html
    assert "Apologetic or desperate tone" in html
    assert "<html" not in html  # only the panel, for htmx to swap in


def test_saving_an_edit_keeps_it_and_reset_goes_back(owner_client, interview):
    step = follow_up_of(debriefed(interview))
    body = "Hi Dana,\n\nThank you for your time.\n\nSam"
    injected = {"subject": "Hello\r\nBcc: victim@example.com", "body": body, "action": "save"}
    response = owner_client.post(f"/steps/{step.pk}/", injected)
    assert response.status_code == 200  # refused at input: no header injection
    assert "The subject holds a line break" in response.content.decode()
    step.refresh_from_db()
    assert step.subject == "" and step.body == ""
    response = owner_client.post(
        f"/steps/{step.pk}/",
        {"subject": "Hello", "body": body, "action": "save", "version": str(step.version)},
    )
    assert response.status_code == 302
    step.refresh_from_db()
    assert step.body == body and step.subject == "Hello"
    assert "Your edited draft." in owner_client.get(f"/steps/{step.pk}/").content.decode()
    owner_client.post(
        f"/steps/{step.pk}/",
        {"subject": "", "body": "", "action": "reset", "version": str(step.version)},
    )
    step.refresh_from_db()
    assert step.body == ""


def test_check_again_reviews_without_saving(owner_client, interview):
    step = follow_up_of(debriefed(interview))
    response = owner_client.post(
        f"/steps/{step.pk}/",
        {
            "subject": "Hi",
            "body": "Thanks",
            "action": "check",
        },
    )
    assert response.status_code == 200
    assert "Fix first" in response.content.decode()
    step.refresh_from_db()
    assert step.body == ""


def test_an_outsider_cannot_review_or_edit_someone_elses_note(outsider_client, interview):
    step = follow_up_of(interview)
    assert outsider_client.post(f"/steps/{step.pk}/review/", {"body": "x"}).status_code == 404
    assert outsider_client.post(f"/steps/{step.pk}/", {"body": "x"}).status_code == 404
    step.refresh_from_db()
    assert step.body == ""


def test_the_draft_command_prints_the_note_and_its_review(capsys, interview):
    step = follow_up_of(debriefed(interview))
    assert main(["draft", str(step.pk), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["to"] == "Dana Reyes"
    assert data["subject"].startswith("Re: ")
    assert data["review"]["ready"] is True
    assert data["review"]["labels"]["asks_timeframe"] is True
    assert main(["draft", str(step.pk)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("To: Dana Reyes <dana@acme.example>\nSubject: Re: ")
    assert "Review: Ready to send." in out


def test_every_suggested_draft_in_the_demo_names_the_right_people(owner, capsys):
    import datetime as dt

    from followup.shell.demo import load_demo
    from followup.shell.models import Step
    from followup.shell.notes import note_for, review_note

    load_demo(owner, dt.datetime(2026, 11, 26, 15, 0, tzinfo=dt.UTC))
    for step in Step.objects.for_user(owner).select_related("interviewer"):
        note = note_for(step)
        result = review_note(step, note.subject, note.body)
        assert not result.labels["wrong_name"], (step, note.body)
        assert step.interviewer.name.split()[0] + ",\n" in note.body  # the greeting


def test_the_note_downloads_as_an_eml_file(owner_client, interview):
    import email

    step = follow_up_of(debriefed(interview))
    response = owner_client.get(f"/steps/{step.pk}/note.eml")
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    message = email.message_from_bytes(response.content)
    assert message["To"] == "Dana Reyes <dana@acme.example>"
    assert message["Subject"].startswith("Re: ")
    assert "Dana," in message.get_payload(decode=True).decode()
