"""Statistics over a journal: the scale score series, held changes, exceptions per week, and
honest pattern recognition (which contexts, actions and tags go with exceptions and higher scores).

Method (see docs/program.md):

* The unit is a day. Exception outcome: on days with an exception log entry, was an exception
  marked. Score outcome: the mean scale score of the day. Factors are the context, action and tag
  phrases written in that day's log and scaling entries.
* A factor is tested only with at least ``min_days`` (3) days with it and as many without.
* Exception rate: difference with − without, Newcombe's hybrid score interval (from Wilson
  intervals) and Fisher's exact test. Scale score: difference in means, Welch t-interval and test
  (each group's variance floored at 1/12, the rounding variance of whole-number scores).
* Benjamini–Hochberg over every test made for the journal. "likely": BH q ≤ ``alpha`` and the
  interval excludes zero; "maybe": unadjusted p ≤ 0.10; otherwise "can't tell yet".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

import numpy as np
from scipy import stats as sps

from bowlby.program.journal import Day, journal_days

LIKELY = "likely"
MAYBE = "maybe"
CANT_TELL = "can't tell yet"

EXCEPTION_RATE = "exception_rate"
SCALE_SCORE = "scale_score"

_MAYBE_P = 0.10
_SCORE_VARIANCE_FLOOR = 1 / 12


# --- scale series and held change -----------------------------------------------------------


@dataclass(frozen=True)
class ScalePoint:
    date: dt.date
    score: float


def scale_series(entries: Iterable[Mapping[str, Any]]) -> list[ScalePoint]:
    """One point per day with a scaling entry (the day's mean if there are several), by date."""
    return [
        ScalePoint(day.date, day.score)
        for day in journal_days(entries).values()
        if day.score is not None
    ]


@dataclass(frozen=True)
class HeldChange:
    direction: int  # +1 up, −1 down
    baseline: float
    baseline_date: dt.date
    start: dt.date  # first entry of the held run
    end: dt.date  # last entry of the held run
    entries: int
    mean_level: float
    ongoing: bool  # the run reaches the latest entry

    @property
    def change(self) -> float:
        return self.mean_level - self.baseline

    @property
    def summary(self) -> str:
        word = "up" if self.direction > 0 else "down"
        return (
            f"Your score has stayed at least one whole point {word} from where you started "
            f"({self.baseline:g}) on {self.entries} entries from {self.start.isoformat()} "
            f"to {self.end.isoformat()}."
        )


def held_changes(
    series: list[ScalePoint],
    *,
    baseline: float | None = None,
    min_entries: int = 3,
    min_days: int = 14,
) -> list[HeldChange]:
    """Runs of consecutive later entries that all sit ≥ 1 whole point above (or below) the
    baseline (the first entry unless given), lasting ≥ ``min_entries`` entries or spanning
    ≥ ``min_days`` days. Returns every such run, oldest first."""
    if not series:
        return []
    base = series[0].score if baseline is None else float(baseline)
    later = series[1:] if baseline is None else series
    runs: list[HeldChange] = []
    run: list[ScalePoint] = []
    direction = 0

    def close(ongoing: bool) -> None:
        if not run:
            return
        span = (run[-1].date - run[0].date).days
        if len(run) >= min_entries or (len(run) >= 2 and span >= min_days):
            runs.append(
                HeldChange(
                    direction=direction,
                    baseline=base,
                    baseline_date=series[0].date,
                    start=run[0].date,
                    end=run[-1].date,
                    entries=len(run),
                    mean_level=float(np.mean([p.score for p in run])),
                    ongoing=ongoing,
                )
            )

    for point in later:
        delta = point.score - base
        step = 1 if delta >= 1 else -1 if delta <= -1 else 0
        if step != 0 and step == direction:
            run.append(point)
            continue
        close(False)
        run, direction = ([point], step) if step else ([], 0)
    close(True)
    return runs


# --- exceptions per week ------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCount:
    year: int  # ISO year
    week: int  # ISO week
    exceptions: int  # days with an exception marked
    logged_days: int  # days with an exception log entry

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def exceptions_per_week(entries: Iterable[Mapping[str, Any]]) -> list[WeekCount]:
    counts: dict[tuple[int, int], list[int]] = {}
    for day in journal_days(entries).values():
        if not day.logged:
            continue
        year, week, _ = day.date.isocalendar()
        bucket = counts.setdefault((year, week), [0, 0])
        bucket[0] += int(day.exception)
        bucket[1] += 1
    return [WeekCount(y, w, e, n) for (y, w), (e, n) in sorted(counts.items())]


# --- intervals and tests -------------------------------------------------------------------------


def wilson_interval(successes: int, n: int, *, confidence: float = 0.95) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_interval(
    x1: int, n1: int, x0: int, n0: int, *, confidence: float = 0.95
) -> tuple[float, float]:
    """Newcombe's hybrid score interval for p1 − p0 (his method 10)."""
    p1, p0 = x1 / n1, x0 / n0
    l1, u1 = wilson_interval(x1, n1, confidence=confidence)
    l0, u0 = wilson_interval(x0, n0, confidence=confidence)
    d = p1 - p0
    return (
        d - math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2),
        d + math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2),
    )


def welch_interval(
    a: list[float], b: list[float], *, confidence: float = 0.95
) -> tuple[float, float, float, float]:
    """(mean(a) − mean(b), low, high, two-sided p) by Welch's t, variances floored at 1/12."""
    va = max(float(np.var(a, ddof=1)), _SCORE_VARIANCE_FLOOR)
    vb = max(float(np.var(b, ddof=1)), _SCORE_VARIANCE_FLOOR)
    se2a, se2b = va / len(a), vb / len(b)
    se = math.sqrt(se2a + se2b)
    df = (se2a + se2b) ** 2 / (se2a**2 / (len(a) - 1) + se2b**2 / (len(b) - 1))
    diff = float(np.mean(a) - np.mean(b))
    t_crit = float(sps.t.ppf(0.5 + confidence / 2, df))
    p = float(2 * sps.t.sf(abs(diff) / se, df))
    return diff, diff - t_crit * se, diff + t_crit * se, p


def benjamini_hochberg(p_values: list[float]) -> list[float]:
    """BH-adjusted q-values, in the input order."""
    m = len(p_values)
    if m == 0:
        return []
    order = np.argsort(p_values)
    ranked = np.asarray(p_values, dtype=float)[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(adjusted, 1.0)
    return [float(v) for v in q]


# --- pattern recognition ---------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    factor: str  # "action:cooked together"
    kind: str  # "context", "action" or "tag"
    label: str  # as the user wrote it
    outcome: str  # EXCEPTION_RATE or SCALE_SCORE
    days_with: int
    days_without: int
    value_with: float  # exception rate, or mean score, on days with the factor
    value_without: float
    difference: float  # with − without (rate as a proportion, score in points)
    low: float
    high: float
    p_value: float
    q_value: float  # Benjamini–Hochberg over every test of this journal
    verdict: str  # LIKELY, MAYBE or CANT_TELL

    @property
    def direction(self) -> int:
        return 1 if self.difference > 0 else -1 if self.difference < 0 else 0

    @property
    def summary(self) -> str:
        return describe_finding(self)


@dataclass(frozen=True)
class PatternReport:
    findings: tuple[Finding, ...]  # every factor tested, most convincing first
    not_enough_days: tuple[str, ...]  # factor labels seen but not testable yet
    logged_days: int
    scored_days: int
    alpha: float

    def by_verdict(self, verdict: str) -> list[Finding]:
        return [f for f in self.findings if f.verdict == verdict]

    @property
    def message(self) -> str:
        if not self.findings:
            return (
                "Not enough days yet to see patterns. Keep logging — most journals need two "
                "or three weeks before anything can be said."
            )
        likely = self.by_verdict(LIKELY)
        if likely:
            return f"{len(likely)} pattern{'s' if len(likely) != 1 else ''} look likely to be real."
        return "No pattern is clear yet. The 'maybe' ones are hunches worth testing."


def _phrase(kind: str, label: str) -> str:
    if kind == "action":
        return f"days you noted “{label}”"
    if kind == "context":
        return f"days with “{label}” in the context"
    return f"days tagged “{label}”"


def describe_finding(f: Finding) -> str:
    where = _phrase(f.kind, f.label)
    if f.outcome == EXCEPTION_RATE:
        size = (
            f"exceptions on {f.value_with:.0%} of {where} and on {f.value_without:.0%} of the "
            f"other days (difference {f.difference * 100:+.0f} percentage points, plausible range "
            f"{f.low * 100:+.0f} to {f.high * 100:+.0f})"
        )
    else:
        size = (
            f"your scale score averaged {f.value_with:.1f} on {where} and {f.value_without:.1f} "
            f"otherwise (difference {f.difference:+.1f}, plausible range {f.low:+.1f} to "
            f"{f.high:+.1f})"
        )
    lead = {
        LIKELY: "Likely a real pattern",
        MAYBE: "Maybe a pattern",
        CANT_TELL: "Can't tell yet",
    }[f.verdict]
    return f"{lead}: {size}; {f.days_with} days with it, {f.days_without} without."


def _verdict(p: float, q: float, low: float, high: float, alpha: float) -> str:
    if q <= alpha and (low > 0 or high < 0):
        return LIKELY
    if p <= _MAYBE_P:
        return MAYBE
    return CANT_TELL


def find_patterns(
    entries: Iterable[Mapping[str, Any]] | Iterable[Day],
    *,
    min_days: int = 3,
    alpha: float = 0.05,
    confidence: float = 0.95,
) -> PatternReport:
    """Test every context, action and tag against exceptions and scale scores.

    ``entries`` are journal dicts (or :class:`~bowlby.program.journal.Day` objects)."""
    items = list(entries)
    days = items if items and isinstance(items[0], Day) else list(journal_days(items).values())
    logged = [d for d in days if d.logged]
    scored = [d for d in days if d.score is not None]
    labels: dict[str, str] = {}
    for d in days:
        for key, label in d.factors.items():
            labels.setdefault(key, label)

    raw: list[dict[str, Any]] = []
    testable: set[str] = set()
    for key in sorted(labels):
        kind = key.split(":", 1)[0]
        with_log = [d for d in logged if key in d.factors]
        without_log = [d for d in logged if key not in d.factors]
        if len(with_log) >= min_days and len(without_log) >= min_days:
            testable.add(key)
            x1 = sum(d.exception for d in with_log)
            x0 = sum(d.exception for d in without_log)
            n1, n0 = len(with_log), len(without_log)
            low, high = newcombe_interval(x1, n1, x0, n0, confidence=confidence)
            p = float(sps.fisher_exact([[x1, n1 - x1], [x0, n0 - x0]]).pvalue)
            raw.append(
                dict(factor=key, kind=kind, label=labels[key], outcome=EXCEPTION_RATE,
                     days_with=n1, days_without=n0, value_with=x1 / n1, value_without=x0 / n0,
                     difference=x1 / n1 - x0 / n0, low=low, high=high, p_value=min(p, 1.0))
            )  # fmt: skip
        with_score = [d.score for d in scored if key in d.factors]
        without_score = [d.score for d in scored if key not in d.factors]
        if len(with_score) >= min_days and len(without_score) >= min_days:
            testable.add(key)
            diff, low, high, p = welch_interval(with_score, without_score, confidence=confidence)
            raw.append(
                dict(factor=key, kind=kind, label=labels[key], outcome=SCALE_SCORE,
                     days_with=len(with_score), days_without=len(without_score),
                     value_with=float(np.mean(with_score)),
                     value_without=float(np.mean(without_score)),
                     difference=diff, low=low, high=high, p_value=p)
            )  # fmt: skip

    q_values = benjamini_hochberg([r["p_value"] for r in raw])
    findings = [
        Finding(
            **r,
            q_value=q,
            verdict=_verdict(r["p_value"], q, r["low"], r["high"], alpha),
        )
        for r, q in zip(raw, q_values, strict=True)
    ]
    rank = {LIKELY: 0, MAYBE: 1, CANT_TELL: 2}
    findings.sort(key=lambda f: (rank[f.verdict], f.p_value, f.factor, f.outcome))
    return PatternReport(
        findings=tuple(findings),
        not_enough_days=tuple(labels[k] for k in sorted(labels) if k not in testable),
        logged_days=len(logged),
        scored_days=len(scored),
        alpha=alpha,
    )
