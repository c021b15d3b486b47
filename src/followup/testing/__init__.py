"""Helpers for tests and benchmarks only; nothing in the product imports this package."""
