"""Scoring keys for two published questionnaires given on paper: ECR-R and ECR-RS.

Only the keys (which item belongs to which dimension, which are reversed) are here, never the
item texts. Responses are given in item order, on the 1–7 scale.

- ECR-R (Fraley, Waller & Brennan, 2000): 36 items; 1–18 anxiety, 19–36 avoidance;
  reverse-keyed 9, 11, 20, 22, 26–31, 33–36.
- ECR-RS (Fraley, Heffernan, Vicary & Brumbaugh, 2011): 9 items per relationship target;
  avoidance = mean of items 1–6 with 1–4 reversed; anxiety = mean of items 7–9.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bowlby.assessment.errors import AnswerError
from bowlby.assessment.scoring import AssessmentResult, check_answer, dimension_score, keyed

ECR_R_ITEM_COUNT = 36
ECR_R_ANXIETY = tuple(range(1, 19))
ECR_R_AVOIDANCE = tuple(range(19, 37))
ECR_R_REVERSED = frozenset({9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36})

ECR_RS_ITEM_COUNT = 9
ECR_RS_AVOIDANCE = (1, 2, 3, 4, 5, 6)
ECR_RS_ANXIETY = (7, 8, 9)
ECR_RS_REVERSED = frozenset({1, 2, 3, 4})


def _checked(responses: Sequence[object], *, count: int, name: str) -> dict[int, int]:
    if isinstance(responses, str | bytes) or len(responses) != count:
        given = len(responses) if not isinstance(responses, str | bytes) else "a string"
        raise AnswerError(f"{name} needs exactly {count} responses in item order, got {given}")
    return {
        number: check_answer(value, item=number, where=f"{name} item {number}")
        for number, value in enumerate(responses, start=1)
    }


def _score(
    answers: dict[int, int],
    *,
    instrument: str,
    anxiety: Sequence[int],
    avoidance: Sequence[int],
    reversed_items: frozenset[int],
) -> AssessmentResult:
    def values(numbers: Sequence[int]) -> list[int]:
        return [keyed(answers[n], reverse=n in reversed_items) for n in numbers]

    return AssessmentResult(
        instrument=instrument,
        anxiety=dimension_score(values(anxiety), instrument=instrument, dimension="anxiety"),
        avoidance=dimension_score(values(avoidance), instrument=instrument, dimension="avoidance"),
    )


def score_ecr_r(responses: Sequence[object]) -> AssessmentResult:
    """Score 36 ECR-R responses (1–7, item order)."""
    answers = _checked(responses, count=ECR_R_ITEM_COUNT, name="ECR-R")
    return _score(
        answers,
        instrument="ecr-r",
        anxiety=ECR_R_ANXIETY,
        avoidance=ECR_R_AVOIDANCE,
        reversed_items=ECR_R_REVERSED,
    )


def score_ecr_rs(responses: Sequence[object]) -> AssessmentResult:
    """Score the 9 ECR-RS responses (1–7, item order) for one relationship target."""
    answers = _checked(responses, count=ECR_RS_ITEM_COUNT, name="ECR-RS")
    return _score(
        answers,
        instrument="ecr-rs",
        anxiety=ECR_RS_ANXIETY,
        avoidance=ECR_RS_AVOIDANCE,
        reversed_items=ECR_RS_REVERSED,
    )


def score_ecr_rs_targets(
    responses_by_target: Mapping[str, Sequence[object]],
) -> dict[str, AssessmentResult]:
    """Score ECR-RS for several targets, e.g. ``{"partner": [...], "mother": [...]}``."""
    results = {}
    for target, responses in responses_by_target.items():
        try:
            results[target] = score_ecr_rs(responses)
        except AnswerError as error:
            raise AnswerError(f"target {target!r}: {error}", item=error.item) from None
    return results
