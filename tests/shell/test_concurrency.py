"""Two people (or two tabs, or the CLI and the web) acting on the same step at once."""

from __future__ import annotations

import os
import threading

import pytest
from django.db import connection, connections

from followup.shell import actions
from followup.shell.models import Step

from .conftest import make_interview


def test_marking_a_step_sent_twice_at_once_records_it_once(transactional_db, owner):
    interview = make_interview(owner)
    step = interview.steps.get(kind="thank_you", interviewer__name="Lee Park")
    results: list[str] = []
    barrier = threading.Barrier(4)

    def click() -> None:
        barrier.wait()
        try:
            actions.mark_done(Step.objects.get(pk=step.pk))
            results.append("sent")
        except actions.ActionError:
            results.append("already")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["already", "already", "already", "sent"]
    assert Step.objects.get(pk=step.pk).state == Step.State.DONE


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("DATABASE_URL"), reason="needs DATABASE_URL (PostgreSQL)")
def test_the_due_index_is_a_partial_index_on_postgresql(db):
    if connection.vendor != "postgresql":
        pytest.skip("DATABASE_URL is not PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'step_planned_due'")
        (definition,) = cursor.fetchone()
    assert "WHERE" in definition and "planned" in definition
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM followup_step WHERE state = 'planned' AND due_at <= now()"
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "step_planned_due" in plan


def test_eight_sign_ups_at_once_create_exactly_one_account(transactional_db):
    """The first-run page, raced: one account, the others told to sign in, no error page."""
    import threading

    from django.contrib.auth import get_user_model
    from django.db import connections
    from django.test import Client

    start = threading.Barrier(8)
    codes: list[int] = []

    def sign_up(n: int) -> None:
        client = Client()
        start.wait()
        try:
            response = client.post(
                "/welcome/",
                {
                    "username": f"user{n}",
                    "password": "a long first-run passphrase",
                    "email": f"u{n}@example.com",
                    "full_name": f"User {n}",
                    "time_zone": "UTC",
                    "country": "US",
                },
            )
            codes.append(response.status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert get_user_model().objects.count() == 1
    assert sorted(codes) == [302] * 8  # the winner to the dashboard, the others to sign in
