"""Charts drawn on the server as SVG: readable without JavaScript, sized by the page, with a
title and a description for screen readers (the page puts the numbers in a table as well).

Every text that reaches the SVG is escaped: labels come from the user's data.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

ROW = 30
LABEL_WIDTH = 170
BAR_WIDTH = 300
WIDTH = LABEL_WIDTH + BAR_WIDTH + 110
STATUS_COLOURS = {
    "applied": "#9aa5b1",
    "interviewing": "#2456c8",
    "offer": "#1d7a46",
    "rejected": "#b42318",
    "withdrawn": "#6b7280",
    "gone_quiet": "#a35a00",
}


def rate_bars(chart_id: str, title: str, rows: list[tuple[str, int, int]]) -> SafeString:
    """Horizontal bars: each row's reply rate, with 'replied of sent' beside it."""
    height = ROW * max(len(rows), 1) + 10
    parts = [_open(chart_id, title, height, _rate_summary(rows))]
    for index, (label, sent, replied) in enumerate(rows):
        y = 5 + index * ROW
        width = round(BAR_WIDTH * replied / sent) if sent else 0
        share = f"{round(100 * replied / sent)}%" if sent else "none sent"
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 19}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{BAR_WIDTH}" height="20" fill="#eceef1"/>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{width}" height="20" fill="#2456c8"/>'
            f'<text x="{LABEL_WIDTH + BAR_WIDTH + 8}" y="{y + 19}">{share} '
            f"({replied} of {sent})</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def stacked_months(chart_id: str, title: str, months: list[dict], statuses) -> SafeString:
    """One bar per month, split by where each opportunity stands."""
    height = ROW * max(len(months), 1) + 40
    most = max((sum(m[s] for s, _ in statuses) for m in months), default=0) or 1
    summary = "; ".join(
        f"{m['month']}: " + ", ".join(f"{m[s]} {label.lower()}" for s, label in statuses if m[s])
        for m in months
    )
    parts = [_open(chart_id, title, height, summary or "No interviews yet.")]
    for index, month in enumerate(months):
        y, x = 5 + index * ROW, LABEL_WIDTH
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 19}" text-anchor="end">{month["month"]}</text>'
        )
        for status, _label in statuses:
            width = round(BAR_WIDTH * month[status] / most)
            if width:
                parts.append(
                    f'<rect x="{x}" y="{y + 4}" width="{width}" height="20" '
                    f'fill="{STATUS_COLOURS[status]}"/>'
                )
                x += width
    legend_y = height - 12
    x = LABEL_WIDTH
    for status, label in statuses:
        parts.append(
            f'<rect x="{x}" y="{legend_y - 10}" width="10" height="10" '
            f'fill="{STATUS_COLOURS[status]}"/><text x="{x + 14}" y="{legend_y}" '
            f'class="legend">{escape(label)}</text>'
        )
        x += 14 + 8 * len(label) + 12
    parts.append("</svg>")
    return mark_safe("".join(parts))


def _open(chart_id: str, title: str, height: int, description: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH + 200} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
    )


def _rate_summary(rows: list[tuple[str, int, int]]) -> str:
    return "; ".join(f"{label}: {replied} of {sent} got a reply" for label, sent, replied in rows)
