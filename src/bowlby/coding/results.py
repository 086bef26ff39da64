"""The analyzer's output objects. ``Analysis.to_dict()`` is the stable JSON schema documented in
``schemas/analysis.schema.json``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class MarkerHit:
    code: str
    number: int
    scale: str
    family: str
    confidence: float
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class RuptureHit:
    type: str
    subtype: str
    salience: int
    confidence: float
    evidence: str
    start: int
    end: int


@dataclass(slots=True)
class StrategyHit:
    code: str
    name: str
    evidence: str


@dataclass(slots=True)
class TurnResult:
    index: int
    speaker: str
    role: str | None
    text: str
    coded: bool  # False for a helper's turns in session mode (those carry strategies instead)
    time: str | None = None
    family: str | None = None
    family_probabilities: dict[str, float] = field(default_factory=dict)
    markers: list[MarkerHit] = field(default_factory=list)
    ruptures: list[RuptureHit] = field(default_factory=list)
    strategies: list[StrategyHit] = field(default_factory=list)
    nonverbal: list[str] = field(default_factory=list)
    crisis: bool = False


@dataclass(slots=True)
class SpeakerResult:
    classification: str  # secure / avoidant / preoccupied / insufficient_evidence
    probabilities: dict[str, float]
    scale_scores: dict[str, float]
    evidence_turns: list[int]
    coded_turns: int
    role: str | None
    reason: str = ""


@dataclass(slots=True)
class Episode:
    speaker: str
    start_turn: int
    end_turn: int
    type: str
    subtypes: list[str]
    resolution: str  # resolved / unresolved / ongoing_at_end
    resolved_at: int | None
    strategies: list[dict[str, Any]]
    repair_held: bool | None


@dataclass(slots=True)
class ExceptionMoment:
    turn: int
    speaker: str
    kind: str  # repair / secure_in_difficulty
    description: str


@dataclass(slots=True)
class Suggestion:
    speaker: str
    audience: str  # who it is for: the listener of ``speaker``
    text: str
    reason: str
    turn: int | None = None


@dataclass(slots=True)
class Analysis:
    source: str | None
    mode: str
    model: dict[str, Any]
    turns: list[TurnResult]
    speakers: dict[str, SpeakerResult]
    episodes: list[Episode]
    exceptions: list[ExceptionMoment]
    suggestions: list[Suggestion]
    talk_ratio: dict[str, float]
    safety: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for turn in data["turns"]:
            for hit in turn["markers"] + turn["ruptures"]:
                hit["confidence"] = round(hit["confidence"], 3)
            turn["family_probabilities"] = {
                k: round(v, 3) for k, v in turn["family_probabilities"].items()
            }
        for speaker in data["speakers"].values():
            speaker["probabilities"] = {k: round(v, 3) for k, v in speaker["probabilities"].items()}
            speaker["scale_scores"] = {k: round(v, 3) for k, v in speaker["scale_scores"].items()}
        data["talk_ratio"] = {k: round(v, 3) for k, v in data["talk_ratio"].items()}
        data["timeline"] = timeline(self)
        return data


def timeline(analysis: Analysis) -> list[dict[str, Any]]:
    """One point per coded turn: scale weights and rupture salience, for charts."""
    points = []
    for turn in analysis.turns:
        if not turn.coded:
            continue
        scales: dict[str, float] = {}
        for hit in turn.markers:
            scales[hit.scale] = round(scales.get(hit.scale, 0.0) + hit.confidence, 3)
        points.append(
            {
                "turn": turn.index,
                "speaker": turn.speaker,
                "family": turn.family,
                "scales": scales,
                "rupture_salience": max((r.salience for r in turn.ruptures), default=0),
            }
        )
    return points
