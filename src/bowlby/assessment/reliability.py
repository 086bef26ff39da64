"""Reliability: Cronbach's alpha, the standard error of measurement and the uncertainty band.

The bands use *assumed* reliabilities and standard deviations (see ``ASSUMPTIONS`` and
docs/assessment.md) until we have our own data; ``cronbach_alpha`` is here so the assumption can
be replaced by a measured value.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist, variance

# Two-sided 90% band: ±1.645 standard errors.
BAND_LEVEL = 0.90
_Z_BAND = NormalDist().inv_cdf(0.5 + BAND_LEVEL / 2)


@dataclass(frozen=True, slots=True)
class Reliability:
    """What we assume about a scale: its internal consistency and its spread in the population."""

    alpha: float
    sd: float
    source: str

    @property
    def sem(self) -> float:
        return standard_error_of_measurement(sd=self.sd, alpha=self.alpha)


# Keyed by (instrument, dimension). Values are stated assumptions, not our measurements.
ASSUMPTIONS: dict[tuple[str, str], Reliability] = {
    ("bowlby", "anxiety"): Reliability(
        0.90, 1.1, "assumed until we have data; alpha .90 and SD 1.1 on the 1–7 scale"
    ),
    ("bowlby", "avoidance"): Reliability(
        0.90, 1.1, "assumed until we have data; alpha .90 and SD 1.1 on the 1–7 scale"
    ),
    ("ecr-r", "anxiety"): Reliability(
        0.92, 1.1, "approximate: published ECR-R alphas are usually .90–.95; SD assumed"
    ),
    ("ecr-r", "avoidance"): Reliability(
        0.92, 1.1, "approximate: published ECR-R alphas are usually .90–.95; SD assumed"
    ),
    ("ecr-rs", "anxiety"): Reliability(
        0.85, 1.3, "approximate: ECR-RS alphas are usually .80–.90 per target; SD assumed"
    ),
    ("ecr-rs", "avoidance"): Reliability(
        0.85, 1.3, "approximate: ECR-RS alphas are usually .80–.90 per target; SD assumed"
    ),
}


def cronbach_alpha(rows: Sequence[Sequence[float]]) -> float:
    """Cronbach's alpha for a respondents × items table (already reverse-keyed).

    alpha = k / (k − 1) · (1 − Σ item variances / variance of the totals).
    """
    if len(rows) < 2:
        raise ValueError(f"cronbach_alpha needs at least 2 respondents, got {len(rows)}")
    n_items = len(rows[0])
    if n_items < 2:
        raise ValueError(f"cronbach_alpha needs at least 2 items, got {n_items}")
    for index, row in enumerate(rows):
        if len(row) != n_items:
            raise ValueError(
                f"cronbach_alpha: row {index} has {len(row)} items, the first row has {n_items}; "
                "every respondent needs an answer to every item"
            )
    item_variance_sum = sum(variance(column) for column in zip(*rows, strict=True))
    total_variance = variance([sum(row) for row in rows])
    if total_variance == 0:
        raise ValueError(
            "cronbach_alpha: every respondent has the same total, so alpha is undefined"
        )
    return n_items / (n_items - 1) * (1 - item_variance_sum / total_variance)


def standard_error_of_measurement(*, sd: float, alpha: float) -> float:
    """SEM = SD · √(1 − alpha)."""
    if not 0 <= alpha <= 1:
        raise ValueError(f"alpha must lie between 0 and 1, got {alpha}")
    if sd < 0:
        raise ValueError(f"sd must not be negative, got {sd}")
    return sd * math.sqrt(1 - alpha)


def band(score: float, *, sem: float, low: float = 1.0, high: float = 7.0) -> tuple[float, float]:
    """The 90% band score ± 1.645·SEM, kept inside the scale's range."""
    half_width = _Z_BAND * sem
    return max(low, score - half_width), min(high, score + half_width)
