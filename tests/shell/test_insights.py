"""The Insights page and `followup insights --json`: the same numbers, from the user's history."""

from __future__ import annotations

import datetime as dt
import json

from followup.cli.main import main
from followup.shell import actions
from followup.shell.insights import insights
from followup.shell.mailbox.accounts import AccountInput, save_account
from followup.shell.models import SeenMessage, Step

from .conftest import make_interview, pinned_moment

UTC = dt.UTC


def history(owner):
    """Two interviews: both thank-yous sent; one follow-up sent 8 days later and answered."""
    account = save_account(
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
    start = pinned_moment() - dt.timedelta(days=20)
    answered = make_interview(owner, company="Acme", start=start)
    quiet = make_interview(owner, company="Globex <b>&</b>", start=start)
    for interview in (answered, quiet):
        for step in interview.steps.filter(kind=Step.Kind.THANK_YOU):
            actions.mark_done(step, start + dt.timedelta(hours=3))
    follow_up = answered.steps.get(kind=Step.Kind.FOLLOW_UP)
    actions.save_note(
        follow_up,
        "Following up",
        "Hi Dana,\n\nThank you again for the conversation about the Kafka migration. I am "
        "still very interested in the role. Could you share when you expect a decision?\n\nSam",
    )
    actions.mark_done(follow_up, start + dt.timedelta(days=8))
    SeenMessage.objects.create(
        owner=owner,
        account=account,
        folder="INBOX",
        uidvalidity=1,
        uid=1,
        kind=SeenMessage.Kind.REPLY,
        category="next_round",
        opportunity=answered.opportunity,
        received_at=start + dt.timedelta(days=9),
        from_addr="dana@acme.example",
    )
    return answered, quiet


def test_the_numbers_count_what_was_sent_and_what_got_an_answer(owner):
    history(owner)
    data = insights(owner, pinned_moment())
    kinds = {r["kind"]: (r["sent"], r["replied"]) for r in data["replies_by_step_kind"]}
    assert kinds == {"thank_you": (4, 2), "follow_up": (1, 1), "nudge": (0, 0)}
    days = {
        r["days"]: (r["sent"], r["replied"])
        for r in data["replies_by_days_from_interview_to_follow_up"]
    }
    assert days["8-10 days"] == (1, 1) and days["0-3 days"] == (0, 0)
    findings = {r["finding"]: (r["sent"], r["replied"]) for r in data["replies_by_review_finding"]}
    assert findings["asks_timeframe"][0] >= 1 and findings["asks_timeframe"][1] >= 1
    months = data["opportunities_by_outcome_and_month"]
    assert sum(m["interviewing"] for m in months) == 2


def test_the_page_draws_the_same_numbers_as_the_command(owner_client, owner, capsys):
    history(owner)
    page = owner_client.get("/insights/").content.decode()
    assert page.count('<svg class="chart"') == 4
    assert 'role="img"' in page and "<desc" in page
    assert "Thank-you: 2 of 4 got a reply" in page  # the description screen readers hear
    assert '<th scope="row">Official follow-up</th><td data-label="Sent">1</td>' in page
    assert main(["insights", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["replies_by_step_kind"][0]["replied"] == 2


def test_an_empty_history_says_so(owner_client):
    page = owner_client.get("/insights/").content.decode()
    assert "No note marked as sent yet" in page


def test_chart_labels_are_escaped():
    from followup.shell import charts

    svg = str(charts.rate_bars("x", "T <i>", [("<script>alert(1)</script>", 2, 1)]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "T &lt;i&gt;" in svg


def test_nobody_sees_anyone_elses_numbers(owner, outsider):
    history(owner)
    from django.test import Client

    mine = insights(owner, pinned_moment())
    theirs = insights(outsider, pinned_moment())
    assert sum(r["sent"] for r in mine["replies_by_step_kind"]) == 5
    assert sum(r["sent"] for r in theirs["replies_by_step_kind"]) == 0
    assert theirs["opportunities_by_outcome_and_month"] == []
    client = Client()
    client.force_login(outsider)
    assert "No note marked as sent yet" in client.get("/insights/").content.decode()
