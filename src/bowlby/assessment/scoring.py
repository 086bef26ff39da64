"""Scoring: reverse keying, dimension means, uncertainty bands, the four-pattern label and the
communication style.

The two dimension scores (with their bands) are the result; the pattern is a convenience label
on top of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from statistics import fmean

from bowlby.assessment.errors import AnswerError
from bowlby.assessment.items import (
    ATTACHMENT_ITEMS,
    COMMUNICATION_ITEMS,
    CONFLICT_DIMENSIONS,
    EXPRESSION_DIMENSIONS,
    ITEMS_BY_ID,
    SCALE_MAX,
    SCALE_MIN,
    Dimension,
    Item,
)
from bowlby.assessment.reliability import ASSUMPTIONS, band

# Scores above the scale's neutral point count as "high" on a dimension.
MIDPOINT = 4.0


class Pattern(StrEnum):
    SECURE = "secure"
    ANXIOUS = "anxious"
    AVOIDANT = "avoidant"
    FEARFUL = "fearful_avoidant"

    @property
    def label(self) -> str:
        return PATTERN_LABELS[self]


PATTERN_LABELS: dict[Pattern, str] = {
    Pattern.SECURE: "secure",
    Pattern.ANXIOUS: "anxious/preoccupied",
    Pattern.AVOIDANT: "avoidant/dismissing",
    Pattern.FEARFUL: "fearful-avoidant",
}


@dataclass(frozen=True, slots=True)
class DimensionScore:
    """One dimension's mean (1–7) with its 90% band from the standard error of measurement."""

    dimension: str
    score: float
    low: float
    high: float
    sem: float
    n_items: int

    @property
    def near_boundary(self) -> bool:
        """True when the band reaches across the midpoint, so the high/low call is uncertain."""
        return self.low <= MIDPOINT <= self.high

    @property
    def is_high(self) -> bool:
        return self.score > MIDPOINT

    def to_dict(self) -> dict:
        return {
            "dimension": self.dimension,
            "score": self.score,
            "low": self.low,
            "high": self.high,
            "sem": self.sem,
            "n_items": self.n_items,
            "near_boundary": self.near_boundary,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> DimensionScore:
        return cls(
            dimension=data["dimension"],
            score=float(data["score"]),
            low=float(data["low"]),
            high=float(data["high"]),
            sem=float(data["sem"]),
            n_items=int(data["n_items"]),
        )


@dataclass(frozen=True, slots=True)
class CommunicationResult:
    """How the person talks under stress: a 1–7 score per style and the two leading styles."""

    scores: dict[str, float]
    expression: str  # discloses | minimises | floods
    conflict_move: str  # pursues | withdraws | both | neither

    def to_dict(self) -> dict:
        return {
            "scores": {key: value for key, value in self.scores.items()},
            "expression": self.expression,
            "conflict_move": self.conflict_move,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> CommunicationResult:
        return cls(
            scores={key: float(value) for key, value in data["scores"].items()},
            expression=data["expression"],
            conflict_move=data["conflict_move"],
        )


@dataclass(frozen=True, slots=True)
class AssessmentResult:
    instrument: str  # "bowlby", "ecr-r" or "ecr-rs"
    anxiety: DimensionScore
    avoidance: DimensionScore
    communication: CommunicationResult | None = None

    @property
    def pattern(self) -> Pattern:
        return classify_pattern(anxiety=self.anxiety.score, avoidance=self.avoidance.score)

    @property
    def near_boundary(self) -> bool:
        return self.anxiety.near_boundary or self.avoidance.near_boundary

    def to_dict(self) -> dict:
        return {
            "instrument": self.instrument,
            "anxiety": self.anxiety.to_dict(),
            "avoidance": self.avoidance.to_dict(),
            "pattern": self.pattern.value,
            "pattern_label": self.pattern.label,
            "near_boundary": self.near_boundary,
            "communication": self.communication.to_dict() if self.communication else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> AssessmentResult:
        communication = data.get("communication")
        return cls(
            instrument=data["instrument"],
            anxiety=DimensionScore.from_dict(data["anxiety"]),
            avoidance=DimensionScore.from_dict(data["avoidance"]),
            communication=CommunicationResult.from_dict(communication) if communication else None,
        )


def classify_pattern(*, anxiety: float, avoidance: float) -> Pattern:
    """The four-pattern label: each dimension is high when its score lies above 4.0."""
    high_anxiety, high_avoidance = anxiety > MIDPOINT, avoidance > MIDPOINT
    if high_anxiety and high_avoidance:
        return Pattern.FEARFUL
    if high_anxiety:
        return Pattern.ANXIOUS
    if high_avoidance:
        return Pattern.AVOIDANT
    return Pattern.SECURE


def check_answer(value: object, *, item: str | int, where: str) -> int:
    """One answer as an int 1–7, or an ``AnswerError`` that names the item."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise AnswerError(f"{where}: answer missing; give a whole number from 1 to 7", item=item)
    if isinstance(value, bool):
        raise AnswerError(f"{where}: got {value!r}; give a whole number from 1 to 7", item=item)
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise AnswerError(
                f"{where}: {value!r} is not a number; give a whole number from 1 to 7", item=item
            ) from None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int):
        raise AnswerError(f"{where}: got {value!r}; give a whole number from 1 to 7", item=item)
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise AnswerError(
            f"{where}: {value} is out of range; give a whole number from 1 to 7", item=item
        )
    return value


def keyed(value: int, *, reverse: bool) -> int:
    """The scored value: reverse-keyed items count 8 − x."""
    return SCALE_MIN + SCALE_MAX - value if reverse else value


def dimension_score(values: list[int], *, instrument: str, dimension: str) -> DimensionScore:
    """Mean of already-keyed values with the band from the instrument's assumed reliability."""
    mean = fmean(values)
    sem = ASSUMPTIONS[(instrument, dimension)].sem
    low, high = band(mean, sem=sem)
    return DimensionScore(dimension, mean, low, high, sem, len(values))


def score_test(
    answers: Mapping[str, object], *, include_communication: bool = True
) -> AssessmentResult:
    """Score the Bowlby test from ``{item id: answer 1–7}``.

    All 30 attachment items are required; the 8 communication items too unless
    ``include_communication`` is False (then any given are ignored).
    """
    unknown = sorted(set(answers) - set(ITEMS_BY_ID))
    if unknown:
        raise AnswerError(
            f"unknown item id {unknown[0]!r}; item ids are anx01–anx15, avo01–avo15, com01–com08",
            item=unknown[0],
        )
    needed = ATTACHMENT_ITEMS + (COMMUNICATION_ITEMS if include_communication else ())
    keyed_by_dimension: dict[Dimension, list[int]] = {}
    for item in needed:
        value = check_answer(answers.get(item.id), item=item.id, where=_where(item))
        keyed_by_dimension.setdefault(item.dimension, []).append(keyed(value, reverse=item.reverse))
    return AssessmentResult(
        instrument="bowlby",
        anxiety=dimension_score(
            keyed_by_dimension[Dimension.ANXIETY], instrument="bowlby", dimension="anxiety"
        ),
        avoidance=dimension_score(
            keyed_by_dimension[Dimension.AVOIDANCE], instrument="bowlby", dimension="avoidance"
        ),
        communication=(
            communication_style({d: fmean(v) for d, v in keyed_by_dimension.items()})
            if include_communication
            else None
        ),
    )


def communication_style(scores: Mapping[str, float]) -> CommunicationResult:
    """Leading expression style and conflict move from the communication scores.

    Ties in expression go to the style most worth practising (floods, then minimises), so the
    playbook shown is the useful one. A conflict move needs a score above the midpoint.
    """
    expression_scores = {str(d): scores[d] for d in EXPRESSION_DIMENSIONS}
    tie_order = ("floods", "minimises", "discloses")
    expression = max(tie_order, key=lambda name: expression_scores[name])
    pursues, withdraws = (scores[d] for d in CONFLICT_DIMENSIONS)
    if pursues > MIDPOINT and withdraws > MIDPOINT and pursues == withdraws:
        conflict_move = "both"
    elif max(pursues, withdraws) <= MIDPOINT:
        conflict_move = "neither"
    else:
        conflict_move = "pursues" if pursues > withdraws else "withdraws"
    all_scores = {str(d): scores[d] for d in (*EXPRESSION_DIMENSIONS, *CONFLICT_DIMENSIONS)}
    return CommunicationResult(all_scores, expression, conflict_move)


def _where(item: Item) -> str:
    return f"item {item.id} ({item.text!r})"
