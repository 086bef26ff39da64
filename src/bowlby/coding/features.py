"""Turn features: interpretable cues, the turn's shape, and sentence embeddings of the turn and
of the listener's previous turn (the context that markers 25, 28 and 41 respond to)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bowlby.coding.cues import CONTEXT_CUES, TURN_CUES, CueHit, find_cues, shape_features
from bowlby.coding.ngrams import TfidfVocabulary
from bowlby.coding.transcript import parse_cues, strip_cues


@dataclass(slots=True)
class TurnInput:
    """What the coder sees of one turn: its text and the listener's turn before it."""

    text: str
    context: str = ""

    @property
    def words(self) -> str:
        return strip_cues(self.text, parse_cues(self.text))


CUE_FEATURES = [f"cue:{c.name}" for c in TURN_CUES] + [f"ctx:{c.name}" for c in CONTEXT_CUES]
SHAPE_FEATURES = list(shape_features("", []).keys())
# Interactions the linear model cannot form itself: a short or deflecting answer to a feeling
# question is marker 25; declining right after an offer is marker 28.
INTERACTIONS = [
    ("ctx:ctx_distress_inquiry", "len_short"),
    ("ctx:ctx_distress_inquiry", "cue:deflect_feeling_question"),
    ("ctx:ctx_distress_inquiry", "cue:external_cause"),
    ("ctx:ctx_support_offer", "cue:decline_support"),
    ("ctx:ctx_supportive_remark", "cue:another_grievance"),
    ("ctx:ctx_supportive_remark", "cue:topic_jump"),
    ("ctx:ctx_suggestion", "cue:rejects_suggestion"),
    ("ctx:ctx_question", "len_short"),
]
INTERACTION_FEATURES = [f"{a}*{b}" for a, b in INTERACTIONS]
SYMBOLIC_FEATURES = CUE_FEATURES + SHAPE_FEATURES + INTERACTION_FEATURES


def symbolic_features(item: TurnInput) -> tuple[np.ndarray, list[CueHit]]:
    """The cue, shape and interaction features of one turn, and the cue hits in its text."""
    nonverbal = parse_cues(item.text)
    words = strip_cues(item.text, nonverbal)
    hits = find_cues(item.text)
    ctx_hits = find_cues(item.context, on="context") if item.context else []
    values: dict[str, float] = {}
    for hit in hits:
        values[f"cue:{hit.name}"] = min(values.get(f"cue:{hit.name}", 0.0) + 1.0, 3.0)
    for hit in ctx_hits:
        values[f"ctx:{hit.name}"] = 1.0
    values.update(shape_features(words, nonverbal))
    for a, b in INTERACTIONS:
        values[f"{a}*{b}"] = min(values.get(a, 0.0), 1.0) * min(values.get(b, 0.0), 1.0)
    vector = np.array([values.get(name, 0.0) for name in SYMBOLIC_FEATURES], dtype=np.float32)
    return vector, hits


@dataclass(slots=True)
class FeatureSpace:
    """How turns become feature rows: [symbolic | turn n-grams | context n-grams | turn
    embedding | context embedding]. The n-gram vocabularies are fitted on the training split."""

    turn_vocab: TfidfVocabulary
    context_vocab: TfidfVocabulary
    embedder: object | None

    @classmethod
    def fit(cls, items: Sequence[TurnInput], embedder) -> FeatureSpace:
        return cls(
            TfidfVocabulary.fit([i.words for i in items], max_terms=6000),
            TfidfVocabulary.fit([i.context for i in items if i.context], max_terms=3000),
            embedder,
        )

    @property
    def blocks(self) -> list[tuple[str, int]]:
        dim = getattr(self.embedder, "dim", 0)
        return [
            ("symbolic", len(SYMBOLIC_FEATURES)),
            ("turn_ngrams", len(self.turn_vocab.terms)),
            ("context_ngrams", len(self.context_vocab.terms)),
            ("turn_embedding", dim),
            ("context_embedding", dim),
        ]

    @property
    def names(self) -> list[str]:
        dim = getattr(self.embedder, "dim", 0)
        return (
            SYMBOLIC_FEATURES
            + [f"word:{t}" for t in self.turn_vocab.terms]
            + [f"ctx_word:{t}" for t in self.context_vocab.terms]
            + [f"emb:{i}" for i in range(dim)]
            + [f"ctx_emb:{i}" for i in range(dim)]
        )

    def build(
        self, items: Sequence[TurnInput], *, batch_size: int = 64
    ) -> tuple[np.ndarray, list[list[CueHit]]]:
        symbolic, hits = [], []
        for item in items:
            vector, item_hits = symbolic_features(item)
            symbolic.append(vector)
            hits.append(item_hits)
        n_sym = len(SYMBOLIC_FEATURES)
        sym = np.vstack(symbolic) if symbolic else np.zeros((0, n_sym), np.float32)
        parts = [
            sym,
            self.turn_vocab.transform([i.words for i in items]),
            self.context_vocab.transform([i.context for i in items]),
        ]
        if self.embedder is not None:
            parts.extend(embed_turns(items, self.embedder, batch_size=batch_size))
        return np.hstack(parts).astype(np.float32), hits


def embed_turns(items: Sequence[TurnInput], embedder, *, batch_size: int = 64):
    """Embeddings of each turn and of its context; a text shared by several items (a turn that
    is also the next turn's context) is embedded once."""
    unique: dict[str, int] = {}
    for item in items:
        unique.setdefault(item.words, len(unique))
        if item.context:
            unique.setdefault(item.context, len(unique))
    vectors = embedder.embed(list(unique), batch_size=batch_size)
    dim = embedder.dim
    zero = np.zeros(dim, dtype=np.float32)
    if not items:
        return np.zeros((0, dim), np.float32), np.zeros((0, dim), np.float32)
    turn_emb = np.vstack([vectors[unique[item.words]] for item in items])
    ctx_emb = np.vstack([vectors[unique[item.context]] if item.context else zero for item in items])
    return turn_emb, ctx_emb
