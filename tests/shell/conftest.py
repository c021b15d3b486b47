"""Fixtures for the Django shell: an owner with a profile, an outsider, and their interviews."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model

from followup.shell.accounts import AccountInput, create_account
from followup.shell.actions import InterviewerInput, InterviewInput, create_interview

NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC
PASSWORD = "a long test passphrase"

# The moment the shell's tests run at: Tue 1 Dec 2026, 15:30 in New York, half an hour after the
# standard interview below ended. Tests whose peers keep the real clock ask for `business_hours`
# (the mail servers) or `real_clock` (worker processes) instead, and their dates follow that.
PINNED_NOW = dt.datetime(2026, 12, 1, 20, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clock(request):
    """Pin the clock (ticking) for every test; yield the pinned moment.

    At PINNED_NOW; for tests that use `business_hours`, at the mail servers' clock if it is
    early in a US business day's send window, else at 10:00 UTC on the next one (inside a
    window with hours to spare, and never before the clock Dovecot dates its own mail by); for
    tests that use `real_clock` (worker processes that keep
    the real time), at the real time.
    """
    import time_machine

    from followup.core.timing import Policy, next_send_moment
    from followup.testing.mailstack import servers_now

    if "business_hours" in request.fixturenames:
        servers = dt.datetime.fromtimestamp(servers_now(), tz=UTC)
        target = next_send_moment(servers, "UTC", "US", Policy())
        if target == servers and target.hour >= 13:
            # Inside the window, but near its end: a test that then travels an hour would
            # leave it (the OAuth journey failed when CI ran after 17:00 UTC). Tomorrow's.
            target = next_send_moment(servers + dt.timedelta(hours=12), "UTC", "US", Policy())
        if target > servers:
            target += dt.timedelta(hours=2)  # 10:00, comfortably inside the window
    elif "real_clock" in request.fixturenames:
        target = dt.datetime.now(UTC)  # not travelling yet: this process's own clock
    else:
        target = PINNED_NOW
    _pinned[0] = target
    # The mail servers keep the real clock: on a Friday afternoon the pinned moment is Monday's
    # window, days after the auto-replies they date "now" (`servers_moment`).
    _servers[0] = servers if "business_hours" in request.fixturenames else target
    with time_machine.travel(target, tick=True):
        yield target


_pinned = [PINNED_NOW]  # this test's pinned moment: fixtures' dates count from it
_servers = [PINNED_NOW]  # the mail servers' clock when it was pinned


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
    """An interview that ended half an hour before the pinned moment, unless `start` says when."""
    start = start or _pinned[0].astimezone(ZoneInfo(zone)) - dt.timedelta(minutes=minutes + 30)
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


@pytest.fixture(scope="session")
def mail_stack():
    """Real Dovecot (IMAP, LMTP, sieve) and aiosmtpd on loopback, for the whole session."""
    from followup.testing.mailstack import MailStackUnavailable, stack_with_oauth

    try:
        with stack_with_oauth() as stack:
            yield stack
    except MailStackUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def stack(mail_stack):
    """The session's stack with empty mailboxes: each test starts from a clean inbox."""
    mail_stack.reset()
    for user in ("me", "alice"):
        _empty_mailboxes(mail_stack, user)
    yield mail_stack
    mail_stack.reset()


def _empty_mailboxes(stack, user):
    with stack.imap(user) as client:
        for folder in ("INBOX", "Drafts", "Sent"):
            status, data = client.select(folder)
            if status == "OK" and int(data[0]) > 0:
                client.store("1:*", "+FLAGS.SILENT", "(\\Deleted)")
                client.expunge()


def connect_mailbox(user, stack, *, delivery="send", password=None):
    from followup.shell.mailbox.accounts import AccountInput, save_account

    return save_account(
        user,
        AccountInput(
            email="me@example.test",
            password=password or stack.password("me"),
            display_name="Sam Lee",
            smtp_host="127.0.0.1",
            smtp_port=stack.smtp_port,
            smtp_security="starttls",
            imap_host="127.0.0.1",
            imap_port=stack.imap_port,
            imap_security="starttls",
            cafile=stack.cafile,
            delivery=delivery,
        ),
    )


@pytest.fixture
def business_hours(clock):
    """Marks a test that talks to the mail servers; `clock` pins it in a business-hours moment."""
    return clock


@pytest.fixture
def real_clock(clock):
    """Marks a test whose worker processes keep the real time; `clock` pins it there."""
    return clock


def pinned_moment() -> dt.datetime:
    """The moment `clock` pinned for the running test."""
    return _pinned[0]


def servers_moment() -> dt.datetime:
    """The mail servers' clock when `clock` pinned this test's (the pinned moment itself, for a
    test without them): what they date their own mail by, which may be days before it."""
    return _servers[0]
