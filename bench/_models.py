"""Writing a trained one-class model (the timeline veto, the timeline ranker) as a
`followup.core.textmodel` file."""

from __future__ import annotations

from pathlib import Path

from followup.core import textmodel


def save_one_class(
    path: Path, label: str, vectorizer, head, thresholds: dict[str, float], about: str
) -> None:
    """Write a fitted TfidfVectorizer and one-class LogisticRegression to `path` (the same
    fit gives the same bytes), and say so."""
    names = vectorizer.get_feature_names_out()
    data = {
        "about": about,
        "classes": [label],
        "independent": True,
        "intercept": [round(float(head.intercept_[0]), 6)],
        "thresholds": thresholds,
        "features": [
            [name, round(float(vectorizer.idf_[i]), 6), [round(float(head.coef_[0][i]), 6)]]
            for i, name in enumerate(names)
        ],
    }
    textmodel.save(path, data)
    print(f"wrote {path} ({path.stat().st_size:,} bytes, {len(names):,} features)")
