"""Real Dovecot + aiosmtpd for the mail tests: one stack per session, faults reset per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from followup.testing.mailstack import MailStack, MailStackUnavailable
from followup.testing.oauth_server import oauth_server_for_tests


@pytest.fixture(scope="session")
def mail_stack() -> Iterator[MailStack]:
    with oauth_server_for_tests() as oauth:
        try:
            stack = MailStack(oauth=oauth).start()
        except MailStackUnavailable as exc:
            pytest.skip(str(exc))
        yield stack
        stack.stop()


@pytest.fixture
def stack(mail_stack: MailStack) -> Iterator[MailStack]:
    mail_stack.reset()
    yield mail_stack
    mail_stack.reset()
