"""Sorting a company's reply: its meaning from the new text only, and the return date."""

import datetime as dt
import json

import pytest

from followup.cli.main import main
from followup.core.replies import read_reply
from followup.core.replies.text import html_to_text, split_reply

SENT = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))  # a Wednesday


def kind(body: str, subject: str = "Re: Thank you", **headers: str) -> str:
    return read_reply(subject, body, headers, received_at=SENT).kind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Unfortunately we have decided to move forward with other candidates.", "rejection"),
        ("spot's been filled sorry. thx for coming in", "rejection"),
        ("We went in a different direction, but thank you for your time.", "rejection"),
        ("We are delighted to extend you an offer for the Staff Engineer role!", "offer"),
        ("The job's yours if you want it. Can we talk numbers tomorrow?", "offer"),
        ("The team would like you to come onsite for a final interview.", "next_round"),
        ("Are you free Thursday or Friday for 30 minutes with our VP?", "next_round"),
        ("Could you send two references by Friday?", "request"),
        ("What is your notice period, and your salary expectations?", "request"),
        ("Thanks for your note, Sam. Talk soon.", "other"),
        ("No decision yet; we'll be in touch by the 20th.", "other"),
    ],
)
def test_it_sorts_plain_answers(body, expected):
    assert kind(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "We haven't made an offer to anyone yet. Two more people to see this week.",
        "This is not a rejection: the manager is off sick, so we're delayed.",
        "Thanks for the offer to send samples. We offer flexible hours, by the way.",
        "Unfortunately the panel has been delayed until next week.",
        "Other candidates are still interviewing; we expect to decide by Friday.",
    ],
)
def test_negated_or_unrelated_words_are_not_an_offer_or_a_rejection(body):
    assert kind(body) not in ("offer", "rejection")


@pytest.mark.parametrize(
    "history",
    [
        "On Tue, 3 Mar 2026 at 10:14, Sam Lee <sam@example.com> wrote:\n> any offer yet?",
        "On Tue, 3 Mar 2026 at 10:14, Sam Lee\n<sam@example.com> wrote:\n\n> next round?",
        "-----Original Message-----\nFrom: Sam Lee\nSent: Tuesday\nTo: Dana\nSubject: Hi\n\n"
        "Unfortunately I could not find the office. Any offer news?",
        "From: Sam Lee <sam@example.com>\nSent: Tuesday, March 3, 2026 10:14 AM\nTo: Dana\n"
        "Subject: Thank you\n\nI'd love to move to the next round.",
        "Sent from my iPhone\n\nOn 3 Mar 2026, at 10:14, Sam Lee wrote:\n\n> hoping for an offer",
    ],
)
def test_the_quoted_history_never_decides(history):
    assert kind(f"Thanks Sam, got your note.\n\n{history}") == "other"


def test_html_mail_is_read_through_its_text_and_its_quotes_are_history():
    body = (
        "<html><head><style>p{color:red}</style></head><body><p>Hi Sam,</p>"
        "<p>We&rsquo;d love to offer you the role!</p>"
        '<div class="gmail_quote"><blockquote>Sorry, not moving forward?</blockquote></div>'
        "</body></html>"
    )
    assert read_reply("Re: Thanks", body, {"Content-Type": "text/html"}).kind == "offer"
    assert "color:red" not in html_to_text(body)
    assert "> Sorry, not moving forward?" in html_to_text(body)


def test_a_forwarded_client_message_counts_when_the_forwarder_decides_nothing():
    body = (
        "Hi Sam, see below from the client.\n\nLiam\n\n"
        "---------- Forwarded message ---------\nFrom: Sarah <sarah@client.com>\n"
        "Date: Tue, 3 Mar 2026\nSubject: Candidate\n\n"
        "We'd like to invite Sam to a second interview with our CFO."
    )
    assert kind(body) == "next_round"
    parts = split_reply(body)
    assert parts.new.startswith("Hi Sam") and "CFO" in parts.forwarded


@pytest.mark.parametrize(
    ("subject", "body", "headers", "back"),
    [
        (
            "Automatic reply: Thank you",
            "I am out of the office, returning 16/03. For offer letters contact hr@x.com.",
            {"Auto-Submitted": "auto-replied"},
            dt.date(2026, 3, 16),
        ),
        ("Out of Office: Re: Thanks", "Back on Monday.", {}, dt.date(2026, 3, 9)),
        (
            "Re: Following up",
            "On leave till Monday, I'll get back to you properly then.",
            {},
            dt.date(2026, 3, 9),
        ),
        (
            "Automatic reply: Re: interview",
            "I'm returning to the office on Thursday 12 March and will reply then.",
            {"X-Autoreply": "yes"},
            dt.date(2026, 3, 12),
        ),
        ("Automatic reply", "I am away with limited access to email.", {}, None),
    ],
)
def test_out_of_office_gives_the_return_date(subject, body, headers, back):
    reading = read_reply(subject, body, headers, received_at=SENT)
    assert reading.kind == "out_of_office"
    assert reading.return_date == back


def test_a_person_who_is_away_but_answers_wrote_an_answer():
    body = "I'm on leave next week, but wanted to tell you: we'd like to offer you the role!"
    assert kind(body) == "offer"


def test_a_receipt_or_a_job_alert_is_other():
    receipt = "This is a quick note to confirm your message reached our hiring inbox."
    assert kind(receipt, "We received your message", **{"Auto-Submitted": "auto-generated"}) == (
        "other"
    )
    alert = "New roles at Acme: apply now for your next interview! Unsubscribe | Manage alerts"
    assert kind(alert, "3 new jobs at Acme") == "other"


def test_classify_batch_answers_each_line_in_order(tmp_path, capsys):
    lines = [
        {
            "id": "r1",
            "from": "Dana <dana@acme.com>",
            "subject": "Automatic reply: Thanks",
            "body": "I'm out of the office until Monday 9 March.",
            "headers": {"Date": "Wed, 04 Mar 2026 10:00:00 -0500", "X-Autoreply": "yes"},
        },
        {"id": "r2", "subject": "Re: Thanks", "body": "We'd like to offer you the job!"},
        {"id": "r3", "subject": "Re: Thanks", "body": 5},
        {"id": "r4", "body": "Hi", "headers": {"Date": "yesterday"}},
    ]
    path = tmp_path / "replies.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n")
    assert main(["classify", "--batch", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {
        "id": "r1",
        "kind": "out_of_office",
        "return_date": "2026-03-09",
        "evidence": "I'm out of the office",
    }
    assert rows[1]["kind"] == "offer" and rows[1]["return_date"] is None
    assert rows[2] == {
        "id": "r3",
        "error": 'line 3: "body" is missing; give the message\'s text as a string.',
    }
    assert rows[3]["error"] == "line 4: the Date header 'yesterday' is not an RFC 2822 date."
    assert rows[4]["error"].startswith("line 5 is not valid JSON")
