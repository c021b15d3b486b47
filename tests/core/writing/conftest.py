"""Fixtures for the writing tests."""

from __future__ import annotations

import pytest

from followup.core.writing.review import engine


@pytest.fixture
def rules_alone(monkeypatch):
    """The reviewer's rules, without the model's second opinion: the rules are under test."""
    monkeypatch.setattr(engine, "rules_only", True)
