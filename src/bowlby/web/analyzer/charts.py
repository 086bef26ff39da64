"""Inline SVG charts (the CSP allows SVG presentation attributes, not inline styles)."""

from __future__ import annotations

from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe

from bowlby.coding.report import SCALE_COLOURS

SCALE_NAMES = {
    "proximity_seeking": "proximity seeking",
    "contact_maintaining": "contact maintaining",
    "exploring": "exploring",
    "avoidance": "avoidance",
    "resistance": "resistance",
}
RUPTURE_COLOUR = "#a2302b"


def timeline_svg(timeline: list[dict[str, Any]]) -> SafeString:
    """Stacked scale weights above the line, rupture salience below, one column per coded turn."""
    if not timeline:
        return mark_safe("")
    width, top, bottom = 640, 100, 60
    step = width / len(timeline)
    bar = max(2.0, step * 0.7)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {top + bottom + 20}" role="img" '
        'aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="timeline-title">Timeline: attachment-scale weight per coded turn above the '
        "line, rupture salience below it</title>",
        f'<line x1="0" y1="{top}" x2="{width}" y2="{top}" stroke="#8a8f96" stroke-width="1"/>',
    ]
    for i, point in enumerate(timeline):
        x = i * step + (step - bar) / 2
        y = float(top)
        for scale, weight in point["scales"].items():
            h = min(weight, 2.0) / 2.0 * (top - 5)
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{SCALE_COLOURS.get(scale, "#777")}"><title>turn {point["turn"]} '
                f"({escape(point['speaker'])}): {SCALE_NAMES.get(scale, scale)} {weight}</title></rect>"
            )
        if point["rupture_salience"]:
            h = point["rupture_salience"] / 5 * (bottom - 5)
            parts.append(
                f'<rect x="{x:.1f}" y="{top + 1}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{RUPTURE_COLOUR}"><title>turn {point["turn"]}: rupture, salience '
                f"{point['rupture_salience']} of 5</title></rect>"
            )
    parts.append(
        f'<text x="0" y="{top + bottom + 15}" font-size="11" fill="#5b6470">turn '
        f"{timeline[0]['turn']}</text>"
        f'<text x="{width}" y="{top + bottom + 15}" font-size="11" fill="#5b6470" '
        f'text-anchor="end">turn {timeline[-1]["turn"]}</text></svg>'
    )
    return mark_safe("".join(parts))


def trend_svg(rows: list[dict[str, Any]]) -> SafeString:
    """One line per scale across sessions (for one speaker's rows, in session order)."""
    if len(rows) < 2:
        return mark_safe("")
    width, height, pad = 640, 180, 24
    peak = max((v for r in rows for v in r["scale_scores"].values()), default=1.0) or 1.0
    step = (width - 2 * pad) / (len(rows) - 1)
    parts = [
        f'<svg class="trend" viewBox="0 0 {width} {height}" role="img" aria-labelledby="trend-title" '
        'xmlns="http://www.w3.org/2000/svg"><title id="trend-title">Scale scores across sessions'
        "</title>",
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" '
        'stroke="#8a8f96"/>',
    ]
    for scale, colour in SCALE_COLOURS.items():
        points = []
        for i, row in enumerate(rows):
            value = row["scale_scores"].get(scale, 0.0)
            y = height - pad - value / peak * (height - 2 * pad)
            points.append(f"{pad + i * step:.1f},{y:.1f}")
        parts.append(
            f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" '
            f'stroke-width="2"><title>{SCALE_NAMES[scale]}</title></polyline>'
        )
    for i, row in enumerate(rows):
        parts.append(
            f'<text x="{pad + i * step:.1f}" y="{height - 6}" font-size="11" fill="#5b6470" '
            f'text-anchor="middle">{escape(row["label"])}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
