"""Reading the labelled corpora the training scripts learn from."""

from __future__ import annotations

import json
from pathlib import Path


def load(corpora: list[tuple[Path, str | None]], field: str = "split") -> list[dict]:
    """Every row of each corpus, or only those whose `field` is the slice named beside it."""
    rows = []
    for path, wanted in corpora:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if wanted is None or row.get(field) == wanted:
                rows.append(row)
    return rows
