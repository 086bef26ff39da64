"""Inline SVG charts computed on the server: numbers in, shapes out (no script, no inline style)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bowlby.program import HeldChange, ScalePoint, WeekCount

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 40, 16, 16, 40


@dataclass
class ScoreChart:
    width: int = WIDTH
    height: int = HEIGHT
    points: list[dict] = field(default_factory=list)
    polyline: str = ""
    gridlines: list[dict] = field(default_factory=list)
    bands: list[dict] = field(default_factory=list)
    baseline_y: float | None = None
    x_labels: list[dict] = field(default_factory=list)
    description: str = ""


def _y(score: float) -> float:
    return TOP + (10 - score) / 9 * (HEIGHT - TOP - BOTTOM)


def score_chart(series: list[ScalePoint], held: list[HeldChange]) -> ScoreChart | None:
    if not series:
        return None
    chart = ScoreChart()
    first, last = series[0].date, series[-1].date
    span = max((last - first).days, 1)
    plot_w = WIDTH - LEFT - RIGHT

    def x(date) -> float:
        if len(series) == 1:
            return LEFT + plot_w / 2
        return LEFT + (date - first).days / span * plot_w

    for point in series:
        chart.points.append(
            {
                "x": round(x(point.date), 1),
                "y": round(_y(point.score), 1),
                "label": f"{point.date.isoformat()}: {point.score:g}",
            }
        )
    chart.polyline = " ".join(f"{p['x']},{p['y']}" for p in chart.points)
    chart.gridlines = [{"y": round(_y(s), 1), "label": s} for s in (1, 4, 7, 10)]
    chart.baseline_y = round(_y(series[0].score), 1)
    for change in held:
        x0, x1 = x(change.start), x(change.end)
        chart.bands.append(
            {
                "x": round(x0 - 8, 1),
                "width": round(max(x1 - x0, 0) + 16, 1),
                "y": TOP,
                "height": HEIGHT - TOP - BOTTOM,
                "up": change.direction > 0,
                "summary": change.summary,
            }
        )
    chart.x_labels = [
        {"x": round(x(first), 1), "text": first.strftime("%d %b"), "anchor": "start"},
    ]
    if last != first:
        chart.x_labels.append(
            {"x": round(x(last), 1), "text": last.strftime("%d %b"), "anchor": "end"}
        )
    scores = ", ".join(f"{p.score:g}" for p in series)
    chart.description = f"Scale scores from {first.isoformat()} to {last.isoformat()}: {scores}."
    return chart


def week_chart(weeks: list[WeekCount]) -> dict | None:
    if not weeks:
        return None
    plot_h = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / len(weeks)
    bar_w = min(slot * 0.6, 60)
    bars = []
    for i, week in enumerate(weeks):
        cx = LEFT + slot * (i + 0.5)
        logged_h = week.logged_days / 7 * plot_h
        exc_h = week.exceptions / 7 * plot_h
        bars.append(
            {
                "x": round(cx - bar_w / 2, 1),
                "width": round(bar_w, 1),
                "logged_y": round(TOP + plot_h - logged_h, 1),
                "logged_h": round(logged_h, 1),
                "exc_y": round(TOP + plot_h - exc_h, 1),
                "exc_h": round(exc_h, 1),
                "cx": round(cx, 1),
                "label": week.label,
                "text": f"{week.label}: exceptions on {week.exceptions} of {week.logged_days} logged days",
                "exceptions": week.exceptions,
                "logged": week.logged_days,
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "base_y": TOP + plot_h,
        "gridlines": [
            {"y": round(TOP + plot_h - n / 7 * plot_h, 1), "label": n} for n in (0, 3, 7)
        ],
    }
