"""Real Dovecot + aiosmtpd for the mail tests: one stack per session, faults reset per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from followup.testing.mailstack import MailStack, MailStackUnavailable, stack_with_oauth


@pytest.fixture(scope="session")
def mail_stack() -> Iterator[MailStack]:
    try:
        with stack_with_oauth() as stack:
            yield stack
    except MailStackUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def stack(mail_stack: MailStack) -> Iterator[MailStack]:
    mail_stack.reset()
    yield mail_stack
    mail_stack.reset()
