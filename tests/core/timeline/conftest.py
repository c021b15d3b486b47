"""Fixtures for the timeline tests."""

from __future__ import annotations

import pytest

from followup.core.timeline import reader


@pytest.fixture
def rules_alone(monkeypatch):
    """The reader's rules, without the model's veto: the rules are under test."""
    monkeypatch.setattr(reader, "rules_only", True)
