"""The worker's stop: a signal, or the process that started it gone."""

from __future__ import annotations

import os
import signal

import pytest

from followup.shell.mailbox.stop import PARENT_ENV, Stop


@pytest.fixture(autouse=True)
def _signal_handlers_restored():
    """Stop() installs its handlers in this process; the test runner's come back after."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)


def test_a_worker_started_by_serve_stops_when_its_parent_is_gone(monkeypatch):
    monkeypatch.setenv(PARENT_ENV, str(os.getppid()))
    assert not Stop().requested  # its parent is still there
    monkeypatch.setenv(PARENT_ENV, str(os.getppid() + 1))
    assert Stop().requested  # re-parented: the one that started it is gone


def test_a_worker_run_on_its_own_watches_no_parent(monkeypatch):
    monkeypatch.delenv(PARENT_ENV, raising=False)
    assert not Stop().requested
    monkeypatch.setenv(PARENT_ENV, "not a pid")
    assert not Stop().requested
