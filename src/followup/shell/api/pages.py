"""Lists come in pages: `limit` (1 to 100, default 50) and `offset`, in a stable order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ninja import Field, Schema

MAX_LIMIT = 100
DEFAULT_LIMIT = 50
# Past any real list, and far below what would overflow a database's integer.
MAX_OFFSET = 1_000_000


class PageIn(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="How many to return.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many to skip.")


def page(rows, params: PageIn, shape: Callable[[Any], dict]) -> dict[str, Any]:
    """One page of `rows` (an ordered queryset), each item made by `shape`."""
    items = rows[params.offset : params.offset + params.limit]
    return {
        "count": rows.count(),
        "limit": params.limit,
        "offset": params.offset,
        "items": [shape(row) for row in items],
    }
