"""The dashboard's "Waiting on the company" is bounded: the latest few, and a count of the rest."""

from __future__ import annotations

import datetime as dt

from followup.shell import actions
from followup.shell.agenda import WAITING_LIMIT, agenda_for, waiting_on_company
from followup.shell.models import Step

from .conftest import PINNED_NOW, make_interview


def everything_sent(owner, count: int) -> list:
    """`count` opportunities, each with its notes all sent: the last one n days ago."""
    opportunities = []
    for n in range(count):
        start = PINNED_NOW - dt.timedelta(days=30 + n)
        interview = make_interview(owner, start=start, company=f"Company {n}", role=f"Role {n}")
        for step in interview.steps.filter(state=Step.State.PLANNED).order_by("due_at"):
            actions.mark_done(step, PINNED_NOW - dt.timedelta(days=n, hours=1))
        opportunities.append(interview.opportunity)
    return opportunities


def test_the_dashboard_lists_the_latest_waiting_and_counts_the_rest(owner, owner_client):
    opportunities = everything_sent(owner, WAITING_LIMIT + 2)
    assert waiting_on_company(owner).count() == WAITING_LIMIT + 2  # `followup due` lists all

    agenda = agenda_for(owner, PINNED_NOW, waiting_limit=WAITING_LIMIT)
    # The ones sent most recently, listed longest-waiting first, with the date of the last note.
    latest = list(reversed(opportunities[:WAITING_LIMIT]))
    assert [o.pk for o in agenda.waiting] == [o.pk for o in latest]
    assert agenda.waiting[-1].last_sent == PINNED_NOW - dt.timedelta(hours=1)
    assert agenda.more_waiting == 2

    page = owner_client.get("/").content.decode()
    assert "Waiting on the company" in page
    assert "Role 0 at Company 0" in page and f"Role {WAITING_LIMIT - 1} at" in page
    assert f"Role {WAITING_LIMIT} at" not in page
    assert 'And 2 more waiting longer: <a href="/interviews/">' in page


def test_a_few_waiting_are_all_listed_with_nothing_more(owner, owner_client):
    everything_sent(owner, 2)
    agenda = agenda_for(owner, PINNED_NOW, waiting_limit=WAITING_LIMIT)
    assert [o.role for o in agenda.waiting] == ["Role 1", "Role 0"]
    assert agenda.more_waiting == 0
    assert "more waiting longer" not in owner_client.get("/").content.decode()


def test_the_stored_waiting_since_follows_every_change(owner):
    (opportunity,) = everything_sent(owner, 1)
    opportunity.refresh_from_db()
    assert opportunity.waiting_since == PINNED_NOW - dt.timedelta(hours=1)
    last = Step.objects.filter(interview__opportunity=opportunity).order_by("-done_at").first()
    actions.undo_done(last)  # planned again: not waiting any more
    opportunity.refresh_from_db()
    assert opportunity.waiting_since is None
    actions.mark_done(last, PINNED_NOW)
    opportunity.refresh_from_db()
    assert opportunity.waiting_since == PINNED_NOW
    # The stored value is what the unbounded query computes, for `followup due`.
    assert [o.pk for o in waiting_on_company(owner)] == [opportunity.pk]
    actions.record_outcome(opportunity, "rejected")
    assert agenda_for(owner, PINNED_NOW, waiting_limit=WAITING_LIMIT).waiting == []
