"""Fixtures for the Django shell: an owner with a profile, an outsider, and their interviews."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model

from followup.shell.accounts import AccountInput, create_account
from followup.shell.actions import InterviewerInput, InterviewInput, create_interview

NEW_YORK = ZoneInfo("America/New_York")
PASSWORD = "a long test passphrase"


@pytest.fixture
def owner(db):
    return create_account(
        AccountInput(
            username="sam",
            password=PASSWORD,
            email="sam@example.com",
            full_name="Sam Lee",
            time_zone="America/New_York",
            country="US",
        )
    )


@pytest.fixture
def outsider(db):
    return create_account(
        AccountInput(
            username="mallory",
            password=PASSWORD,
            email="m@example.com",
            full_name="Mallory",
        )
    )


def make_interview(
    user,
    *,
    start=None,
    minutes=60,
    company="Acme",
    role="Staff Engineer",
    people=None,
    zone="America/New_York",
):
    start = start or dt.datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo(zone))
    return create_interview(
        user,
        InterviewInput(
            company=company,
            role=role,
            start=start,
            end=start + dt.timedelta(minutes=minutes),
            time_zone=zone,
            interviewers=people
            or [
                InterviewerInput("Dana Reyes", "dana@acme.example", "CTO", "America/Chicago", "US"),
                InterviewerInput("Lee Park", "lee@acme.example"),
            ],
        ),
    )


@pytest.fixture
def interview(owner):
    return make_interview(owner)


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def outsider_client(client, outsider):
    client.force_login(outsider)
    return client


@pytest.fixture
def no_users(db):
    assert not get_user_model().objects.exists()
