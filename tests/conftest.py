"""Test-wide set-up. The data folder is made by the `followup.testing.pytest_home` plugin."""

import os


def pytest_report_header(config):
    return f"FOLLOWUP_HOME: {os.environ['FOLLOWUP_HOME']}"
