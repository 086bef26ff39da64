"""Geometry for the two-dimension chart (avoidance across, anxiety up, both 1–7)."""

from __future__ import annotations

from dataclasses import dataclass

from bowlby.assessment import AssessmentResult

SIZE = 300  # plot square in SVG units
PAD = 44  # room for axis labels
SCALE_MIN, SCALE_MAX = 1.0, 7.0


def _x(value: float) -> float:
    return round(PAD + (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * SIZE, 1)


def _y(value: float) -> float:
    return round(PAD + (SCALE_MAX - value) / (SCALE_MAX - SCALE_MIN) * SIZE, 1)


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: float
    top: float
    right: float
    bottom: float
    mid_x: float
    mid_y: float
    point_x: float
    point_y: float
    band_x: float
    band_y: float
    band_w: float
    band_h: float
    ticks: tuple[tuple[int, float, float], ...]  # value, x, y
    description: str


def chart_for(result: AssessmentResult) -> Chart:
    anx, avo = result.anxiety, result.avoidance
    return Chart(
        width=SIZE + 2 * PAD,
        height=SIZE + 2 * PAD,
        left=_x(1),
        top=_y(7),
        right=_x(7),
        bottom=_y(1),
        mid_x=_x(4),
        mid_y=_y(4),
        point_x=_x(avo.score),
        point_y=_y(anx.score),
        band_x=_x(avo.low),
        band_y=_y(anx.high),
        band_w=round(_x(avo.high) - _x(avo.low), 1),
        band_h=round(_y(anx.low) - _y(anx.high), 1),
        ticks=tuple((v, _x(v), _y(v)) for v in range(1, 8)),
        description=(
            f"Avoidance {avo.score:.1f} (likely between {avo.low:.1f} and {avo.high:.1f}), "
            f"anxiety {anx.score:.1f} (likely between {anx.low:.1f} and {anx.high:.1f}), "
            "on scales from 1 to 7."
        ),
    )
