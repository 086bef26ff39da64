"""The analyzer: code every turn of a transcript, then classify speakers, find rupture episodes,
exceptions and repair suggestions.

ConvoKit-style transformer::

    analyzer = Analyzer()                        # loads the registered default coder
    analysis = analyzer.transform(transcript)    # -> Analysis (see results.py)
    turn = analyzer.transform_utterance("I'm fine.", context="How are you feeling?")
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bowlby.coding.cues import CueHit
from bowlby.coding.episodes import find_episodes, find_exceptions
from bowlby.coding.errors import CodingError
from bowlby.coding.features import SYMBOLIC_FEATURES, FeatureSpace, TurnInput
from bowlby.coding.model import FAMILY_CLASSES, MARKER_LABELS, RUPTURE_CLASSES, LinearHeads
from bowlby.coding.ngrams import TfidfVocabulary
from bowlby.coding.registry import coders
from bowlby.coding.repair import PATTERN_SUGGESTIONS, RUPTURE_SUGGESTIONS, find_strategies
from bowlby.coding.results import (
    Analysis,
    MarkerHit,
    RuptureHit,
    SpeakerResult,
    Suggestion,
    TurnResult,
)
from bowlby.coding.scheme import MARKERS_BY_NUMBER, RUPTURE_SUBTYPES
from bowlby.coding.speakers import classify_speaker
from bowlby.coding.transcript import Transcript, parse_cues
from bowlby.safety import has_crisis_language

DEFAULT_CODER = "bowlby.coder.v1"
MODEL_DIR = Path(__file__).parent / "models"
DEFAULT_MODEL_PATH = MODEL_DIR / "bowlby-coder-v1"
HELPER_ROLES = {"therapist"}
_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")


@dataclass(slots=True)
class TurnCoding:
    """What the coder says about one turn, before transcript-level analysis."""

    family: str
    family_probabilities: dict[str, float]
    markers: list[MarkerHit]
    ruptures: list[RuptureHit]


class Coder:
    """Codes turns with the trained linear heads over cue and embedding features."""

    name = DEFAULT_CODER

    def __init__(self, *, heads: LinearHeads, embedder) -> None:
        self.heads = heads
        self.embedder = embedder
        trained_with = heads.meta.get("embedder")
        loaded = getattr(embedder, "name", None)
        if trained_with and loaded != trained_with:
            raise CodingError("E103", path="the coder", trained=trained_with, loaded=loaded)
        self._symbolic_index = {name: i for i, name in enumerate(SYMBOLIC_FEATURES)}
        vocabularies = heads.meta["vocabularies"]
        self.space = FeatureSpace(
            TfidfVocabulary.from_dict(vocabularies["turn"]),
            TfidfVocabulary.from_dict(vocabularies["context"]),
            embedder,
        )

    @property
    def info(self) -> dict:
        return {
            "coder": self.name,
            "embedder": getattr(self.embedder, "name", None),
            "trained_on": self.heads.meta.get("data_fingerprint"),
            "trained_at": self.heads.meta.get("trained_at"),
        }

    def code(self, items: list[TurnInput], *, batch_size: int = 64) -> list[TurnCoding]:
        if not items:
            return []
        x, hits = self.space.build(items, batch_size=batch_size)
        scores = self.heads.predict(x)
        return [
            self._decode(items[i], x[i], hits[i], {k: v[i] for k, v in scores.items()})
            for i in range(len(items))
        ]

    def _decode(self, item, x_row, hits, scores) -> TurnCoding:
        heads = self.heads
        family_p = {c: float(p) for c, p in zip(FAMILY_CLASSES, scores["family"], strict=True)}
        rupture_p = {c: float(p) for c, p in zip(RUPTURE_CLASSES, scores["rupture"], strict=True)}
        family = max(family_p, key=family_p.get)
        decision = dict(zip(RUPTURE_CLASSES, scores["rupture_decision"].tolist(), strict=True))
        rupture_type = max(decision, key=decision.get)
        binary = dict(zip(heads.binary_labels, scores["binary"].tolist(), strict=True))

        markers: list[MarkerHit] = []
        if family != "none":
            candidates = [
                (p, label)
                for label, p in binary.items()
                if label in MARKER_LABELS
                and MARKERS_BY_NUMBER[int(label[1:])].family.value == family
            ]
            chosen = [(p, lb) for p, lb in candidates if p >= heads.thresholds.get(lb, 0.5)]
            if not chosen and candidates:
                chosen = [max(candidates)]  # the family head is sure; name its likeliest marker
            for p, label in sorted(chosen, reverse=True):
                marker = MARKERS_BY_NUMBER[int(label[1:])]
                start, end, evidence = self._evidence(item, x_row, hits, label)
                markers.append(
                    MarkerHit(
                        code=marker.code,
                        number=marker.number,
                        scale=marker.scale.value,
                        family=marker.family.value,
                        confidence=float(p),
                        evidence=evidence,
                        start=start,
                        end=end,
                    )
                )
        ruptures: list[RuptureHit] = []
        if rupture_type != "none":
            candidates = [
                (p, label)
                for label, p in binary.items()
                if label in RUPTURE_SUBTYPES and RUPTURE_SUBTYPES[label].value == rupture_type
            ]
            chosen = [(p, lb) for p, lb in candidates if p >= heads.thresholds.get(lb, 0.5)]
            if not chosen and candidates:
                chosen = [max(candidates)]
            for p, label in sorted(chosen, reverse=True)[:2]:
                start, end, evidence = self._evidence(item, x_row, hits, label)
                ruptures.append(
                    RuptureHit(
                        type=rupture_type,
                        subtype=label,
                        salience=_salience(rupture_p[rupture_type], p),
                        confidence=float(p),
                        evidence=evidence,
                        start=start,
                        end=end,
                    )
                )
        return TurnCoding(family, family_p, markers, ruptures)

    def _evidence(self, item: TurnInput, x_row, hits: list[CueHit], label: str):
        """The exact span that best shows ``label``: the sentence around the cue that pushed
        the label's score up most; a non-verbal cue; else the turn's first sentence."""
        contributions = self.heads.contributions(x_row, label)
        best_hit, best_value = None, 0.0
        for hit in hits:
            value = contributions[self._symbolic_index[f"cue:{hit.name}"]]
            if value > best_value:
                best_hit, best_value = hit, value
        text = item.text
        if best_hit is not None:
            return _sentence_around(text, best_hit.start, best_hit.end)
        for cue in parse_cues(text):
            index = self._symbolic_index.get(f"nv_{cue.kind}")
            if index is not None and contributions[index] > 0:
                return cue.start, cue.end, text[cue.start : cue.end]
        match = _SENTENCE.search(text)
        if not match:
            return 0, len(text), text
        return match.start(), match.end(), text[match.start() : match.end()].strip()


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int, str]:
    for match in _SENTENCE.finditer(text):
        if match.start() <= start < match.end() or match.start() < end <= match.end():
            s, e = match.start(), max(match.end(), end)
            while s < e and text[s].isspace():
                s += 1
            return s, e, text[s:e].rstrip()
    return start, end, text[start:end]


def _salience(type_probability: float, subtype_probability: float) -> int:
    """1 (barely noticeable) to 5 (dominates the turn), from how sure the heads are."""
    strength = 0.5 * type_probability + 0.5 * subtype_probability
    return int(np.clip(1 + round((strength - 0.3) / 0.7 * 4), 1, 5))


@coders.register(DEFAULT_CODER, default_config={"model_path": None, "embedder": None})
def make_coder_v1(*, model_path=None, embedder=None) -> Coder:
    path = Path(model_path or os.environ.get("BOWLBY_CODER_MODEL") or DEFAULT_MODEL_PATH)
    if not path.with_suffix(".json").exists():
        raise CodingError("E102", path=path)
    heads = LinearHeads.load(path)
    if embedder is None:
        from bowlby.coding.embeddings import load_embedder

        # Two workers with one BLAS thread each beat one worker with two threads on small
        # batches (benchmarks/embeddings.py).
        overlay = heads.meta.get("encoder_overlay")
        if overlay:  # the encoder's layers were tuned with the heads (bowlby train)
            embedder = load_embedder(
                heads.meta["embedder_base"], overlay=path.parent / overlay, workers=2
            )
        else:
            embedder = load_embedder(heads.meta.get("embedder"), workers=2)
    return Coder(heads=heads, embedder=embedder)


_CACHE: dict[tuple, Coder] = {}


def load_coder(name: str | None = None, **config) -> Coder:
    """The coder registered as ``name`` (default: $BOWLBY_CODER or bowlby.coder.v1), cached."""
    name = name or os.environ.get("BOWLBY_CODER") or DEFAULT_CODER
    key = (name, tuple(sorted((k, str(v)) for k, v in config.items())))
    if key not in _CACHE:
        _CACHE[key] = coders.make(name, **config)
    return _CACHE[key]


def _coded(turn, mode: str) -> bool:
    return mode == "dyad" or (turn.role or "") not in HELPER_ROLES


def turn_inputs(transcript: Transcript) -> list[TurnInput]:
    items = []
    for i, turn in enumerate(transcript.turns):
        previous = transcript.previous_turn_of_other(i)
        items.append(TurnInput(turn.text, previous.text if previous else ""))
    return items


class Analyzer:
    """Analyses whole transcripts with a coder (ConvoKit-style transformer)."""

    # Texts per encoder batch: small batches keep their activations in the CPU cache. On a
    # 600-turn session (benchmarks/analyzer.py, 2 cores) 16 gave 344-346 turns/s, 32 290-315.
    def __init__(self, *, coder: Coder | None = None, batch_size: int = 16) -> None:
        self.coder = coder or load_coder()
        self.batch_size = batch_size

    def fit(self, corpus: Iterable) -> Analyzer:
        """The coder is trained offline with ``bowlby train``; fitting is a no-op here."""
        return self

    def transform_utterance(self, text: str, *, context: str = "") -> TurnCoding:
        return self.coder.code([TurnInput(text, context)])[0]

    def transform(self, transcript: Transcript) -> Analysis:
        mode = transcript.mode
        coded_positions = [i for i, t in enumerate(transcript.turns) if _coded(t, mode)]
        items = turn_inputs(transcript)
        codings = dict(
            zip(
                coded_positions,
                self.coder.code([items[i] for i in coded_positions], batch_size=self.batch_size),
                strict=True,
            )
        )
        turns: list[TurnResult] = []
        for i, turn in enumerate(transcript.turns):
            result = TurnResult(
                index=turn.index,
                speaker=turn.speaker,
                role=turn.role,
                text=turn.text,
                coded=i in codings,
                time=turn.time,
                nonverbal=[c.text for c in turn.cues],
                crisis=has_crisis_language(turn.text),
            )
            if i in codings:
                coding = codings[i]
                result.family = coding.family
                result.family_probabilities = coding.family_probabilities
                result.markers = coding.markers
                result.ruptures = coding.ruptures
            if not result.coded or mode == "dyad":
                result.strategies = find_strategies(turn.words)
            turns.append(result)
        return self._summarise(transcript, turns)

    def transform_many(self, transcripts: Iterable[Transcript]) -> Iterator[Analysis]:
        for transcript in transcripts:
            yield self.transform(transcript)

    def _summarise(self, transcript: Transcript, turns: list[TurnResult]) -> Analysis:
        speakers: dict[str, SpeakerResult] = {}
        for speaker_id, speaker in transcript.speakers.items():
            own = [t for t in turns if t.speaker == speaker_id and t.coded]
            if own:
                speakers[speaker_id] = classify_speaker(own, role=speaker.role)
        episodes = find_episodes(turns)
        exceptions = find_exceptions(turns, episodes)
        words = {s: 0 for s in transcript.speakers}
        for turn in transcript.turns:
            words[turn.speaker] += len(turn.words.split())
        total = sum(words.values()) or 1
        crisis_turns = [t.index for t in turns if t.crisis]
        return Analysis(
            source=transcript.source,
            mode=transcript.mode,
            model=self.coder.info,
            turns=turns,
            speakers=speakers,
            episodes=episodes,
            exceptions=exceptions,
            suggestions=suggestions_for(speakers, episodes, transcript),
            talk_ratio={s: n / total for s, n in words.items()},
            safety={"crisis_language_turns": crisis_turns},
        )


def suggestions_for(speakers, episodes, transcript: Transcript) -> list[Suggestion]:
    result = []
    others = list(transcript.speakers)
    for speaker_id, speaker in speakers.items():
        listener = next((s for s in others if s != speaker_id), "listener")
        if speaker.classification in PATTERN_SUGGESTIONS:
            advice, phrase = PATTERN_SUGGESTIONS[speaker.classification]
            result.append(
                Suggestion(
                    speaker=speaker_id,
                    audience=listener,
                    text=f"{advice} {phrase}",
                    reason=f"{speaker_id} was classified {speaker.classification} ({speaker.reason}).",
                )
            )
    for episode in episodes:
        if episode.resolution != "resolved":
            listener = next((s for s in others if s != episode.speaker), "listener")
            result.append(
                Suggestion(
                    speaker=episode.speaker,
                    audience=listener,
                    text=RUPTURE_SUGGESTIONS[episode.type],
                    reason=f"{episode.type} rupture at turn {episode.start_turn}: {', '.join(episode.subtypes)}.",
                    turn=episode.start_turn,
                )
            )
    return result
