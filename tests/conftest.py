"""Test-wide set-up. The data folder is made by the `followup.testing.pytest_home` plugin."""

import os

import pytest


def pytest_report_header(config):
    return f"FOLLOWUP_HOME: {os.environ['FOLLOWUP_HOME']}"


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashing():
    """Test accounts hash their passwords with few iterations (see followup.testing.hashers)."""
    from django.test import override_settings

    with override_settings(PASSWORD_HASHERS=["followup.testing.hashers.QuickPBKDF2"]):
        yield
