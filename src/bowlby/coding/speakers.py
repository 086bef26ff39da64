"""Speaker classification from the coded turns.

The rule (SPEC §1.2): secure if the highest scale score is proximity seeking, contact
maintaining or exploring; avoidant if avoidance is highest; preoccupied if resistance is highest.
A scale score is the sum of that scale's marker confidences over the speaker's coded turns,
divided by the number of those turns. Probabilities are a softmax over each family's best scale
score, with a temperature fitted on the training transcripts.
"""

from __future__ import annotations

import math

from bowlby.coding.results import SpeakerResult, TurnResult
from bowlby.coding.scheme import SCALE_FAMILY, Scale

FAMILIES = ("secure", "avoidant", "preoccupied")
MIN_CODED_TURNS = 4
MIN_MARKED_TURNS = 3
DEFAULT_TEMPERATURE = 12.0


def scale_scores(turns: list[TurnResult]) -> dict[str, float]:
    totals = {scale.value: 0.0 for scale in Scale}
    for turn in turns:
        for hit in turn.markers:
            totals[hit.scale] += hit.confidence
    n = max(len(turns), 1)
    return {scale: total / n for scale, total in totals.items()}


def family_scores(scores: dict[str, float]) -> dict[str, float]:
    best = dict.fromkeys(FAMILIES, 0.0)
    for scale, value in scores.items():
        family = SCALE_FAMILY[Scale(scale)].value
        best[family] = max(best[family], value)
    return best


def probabilities(scores: dict[str, float], *, temperature: float) -> dict[str, float]:
    fam = family_scores(scores)
    top = max(fam.values())
    weights = {f: math.exp(temperature * (v - top)) for f, v in fam.items()}
    total = sum(weights.values())
    return {f: w / total for f, w in weights.items()}


def classify_speaker(
    turns: list[TurnResult], *, role: str | None, temperature: float = DEFAULT_TEMPERATURE
) -> SpeakerResult:
    scores = scale_scores(turns)
    probs = probabilities(scores, temperature=temperature)
    marked = [t for t in turns if t.markers]
    if len(turns) < MIN_CODED_TURNS or len(marked) < MIN_MARKED_TURNS:
        return SpeakerResult(
            classification="insufficient_evidence",
            probabilities=probs,
            scale_scores=scores,
            evidence_turns=[t.index for t in marked],
            coded_turns=len(turns),
            role=role,
            reason=(
                f"{len(turns)} coded turns, {len(marked)} with attachment markers: at least "
                f"{MIN_CODED_TURNS} and {MIN_MARKED_TURNS} are needed for a classification."
            ),
        )
    top_scale = max(scores, key=lambda s: scores[s])
    classification = SCALE_FAMILY[Scale(top_scale)].value
    # The turns that drove it: those carrying markers of the winning family, strongest first.
    driving = sorted(
        (
            (sum(h.confidence for h in t.markers if h.family == classification), t.index)
            for t in turns
        ),
        reverse=True,
    )
    evidence = [index for weight, index in driving if weight > 0][:5]
    return SpeakerResult(
        classification=classification,
        probabilities=probs,
        scale_scores=scores,
        evidence_turns=sorted(evidence),
        coded_turns=len(turns),
        role=role,
        reason=f"highest scale: {top_scale.replace('_', ' ')} ({scores[top_scale]:.2f} per turn)",
    )
