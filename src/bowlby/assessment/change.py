"""Comparing two results of the same person over time (a retake).

A change counts as reliable when it is larger than measurement error alone would make likely:
the reliable change index RCI = (after − before) / √(SEM₁² + SEM₂²) (Jacobson & Truax, 1991),
reliable when |RCI| ≥ 1.96.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bowlby.assessment.scoring import AssessmentResult, DimensionScore, Pattern

RELIABLE_CHANGE_Z = 1.96


@dataclass(frozen=True, slots=True)
class DimensionChange:
    dimension: str
    before: float
    after: float
    change: float  # after − before; negative means lower (less anxious / less avoidant)
    rci: float
    reliable: bool

    @property
    def direction(self) -> str:
        if not self.reliable:
            return "no reliable change"
        return "lower" if self.change < 0 else "higher"

    def to_dict(self) -> dict:
        return {
            "dimension": self.dimension,
            "before": self.before,
            "after": self.after,
            "change": self.change,
            "rci": self.rci,
            "reliable": self.reliable,
            "direction": self.direction,
        }


@dataclass(frozen=True, slots=True)
class ResultChange:
    anxiety: DimensionChange
    avoidance: DimensionChange
    pattern_before: Pattern
    pattern_after: Pattern

    @property
    def any_reliable(self) -> bool:
        return self.anxiety.reliable or self.avoidance.reliable

    def to_dict(self) -> dict:
        return {
            "anxiety": self.anxiety.to_dict(),
            "avoidance": self.avoidance.to_dict(),
            "pattern_before": self.pattern_before.value,
            "pattern_after": self.pattern_after.value,
            "any_reliable": self.any_reliable,
        }


def dimension_change(before: DimensionScore, after: DimensionScore) -> DimensionChange:
    if before.dimension != after.dimension:
        raise ValueError(
            f"cannot compare {before.dimension!r} with {after.dimension!r}; compare like with like"
        )
    change = after.score - before.score
    error_of_difference = math.sqrt(before.sem**2 + after.sem**2)
    rci = change / error_of_difference if error_of_difference else 0.0
    return DimensionChange(
        before.dimension, before.score, after.score, change, rci, abs(rci) >= RELIABLE_CHANGE_Z
    )


def compare_results(before: AssessmentResult, after: AssessmentResult) -> ResultChange:
    """Change per dimension from ``before`` to ``after``, and whether it exceeds measurement error.

    Both results must come from the same instrument: scores of different tests are not on a
    common footing.
    """
    if before.instrument != after.instrument:
        raise ValueError(
            f"cannot compare a {before.instrument!r} result with a {after.instrument!r} result; "
            "compare two results of the same test"
        )
    return ResultChange(
        anxiety=dimension_change(before.anxiety, after.anxiety),
        avoidance=dimension_change(before.avoidance, after.avoidance),
        pattern_before=before.pattern,
        pattern_after=after.pattern,
    )
