"""Test-wide set-up. The data folder is made by the `followup.testing.pytest_home` plugin."""

import os

import pytest


def pytest_report_header(config):
    return f"FOLLOWUP_HOME: {os.environ['FOLLOWUP_HOME']}"


def under_libfaketime() -> bool:
    """True when the suite runs under `faketime` (README: checking that it passes on any date)."""
    return "FAKETIME" in os.environ or "faketime" in os.environ.get("LD_PRELOAD", "")


def pytest_collection_modifyitems(config, items):
    # libfaketime breaks timed waits at any offset (a socket's timeout fails with EINVAL, and
    # `threading.Event.wait(1)` never returns), so these tests would hang or fail for a reason
    # that is not the date. They read no calendar date; on the real clock they run as usual.
    if not under_libfaketime():
        return
    skip = pytest.mark.skip(reason="a timed wait, which libfaketime breaks (README: Testing)")
    for item in items:
        if "timed_waits" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashing():
    """Test accounts hash their passwords with few iterations (see followup.testing.hashers)."""
    from django.test import override_settings

    with override_settings(PASSWORD_HASHERS=["followup.testing.hashers.QuickPBKDF2"]):
        yield
