"""Synthetic journals for the statistics tests: a known truth, random everything else."""

from __future__ import annotations

import datetime as dt

import numpy as np

START = dt.date(2026, 3, 2)
ACTIONS = ("cooked together", "went for a walk", "phones away", "texted at lunch")
CONTEXTS = ("weekend", "at home", "evening", "kids at grandma's")
TAGS = ("tired", "busy day")


def journal(
    rng: np.random.Generator,
    *,
    days: int = 40,
    true_action: str | None = None,
    rate_with: float = 0.8,
    rate_without: float = 0.3,
    score_lift: float = 1.5,
    log_probability: float = 0.85,
    factor_probability: float = 0.4,
) -> list[dict]:
    """Daily exception logs (most days) and scaling entries (every third day or so). Every
    factor appears at random; only ``true_action`` changes the chance of an exception and the
    score. With ``true_action=None`` the journal is pure noise (with a slow upward drift in the
    score, which is independent of the factors, as in real journals)."""
    entries = []
    for i in range(days):
        date = START + dt.timedelta(days=i)
        actions = [a for a in ACTIONS if rng.random() < factor_probability]
        context = [c for c in CONTEXTS if rng.random() < factor_probability]
        tags = [t for t in TAGS if rng.random() < factor_probability]
        active = true_action is not None and true_action in actions
        p = rate_with if active else rate_without if true_action else 0.5
        if rng.random() < log_probability:
            entries.append(
                {
                    "kind": "exception_log",
                    "date": date.isoformat(),
                    "fields": {
                        "is_exception": bool(rng.random() < p),
                        "context": context,
                        "actions": actions,
                        "tags": tags,
                    },
                }
            )
        if rng.random() < 0.45:
            level = 4 + i * 0.03 + (score_lift if active else 0.0) + rng.normal(0, 1.2)
            entries.append(
                {
                    "kind": "scaling",
                    "date": date.isoformat(),
                    "fields": {
                        "score": int(np.clip(round(level), 1, 10)),
                        "why_not_lower": "we still talk",
                        "one_point_up": "a calm dinner",
                    },
                }
            )
    return entries
