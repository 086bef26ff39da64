"""A small keyword coder for web tests: the pages are tested, not the model (which has its own
tests), and the web tests stay fast and independent of a retrained model."""

from __future__ import annotations

from bowlby.coding.analyzer import Analyzer, TurnCoding
from bowlby.coding.results import MarkerHit, RuptureHit

RULES = [  # (word, marker code, number, scale, family)
    ("help", "asks_for_help", 1, "proximity_seeking", "secure"),
    ("feel", "discloses_present_distress", 5, "proximity_seeking", "secure"),
    ("don't", "dismisses_support", 28, "avoidance", "avoidant"),
    ("never", "exaggerates_globally", 62, "resistance", "preoccupied"),
]


class KeywordCoder:
    name = "test.keywords"
    info = {"coder": "test.keywords", "embedder": None, "trained_on": None, "trained_at": None}

    def code(self, items, *, batch_size: int = 64):
        out = []
        for item in items:
            lowered = item.text.lower()
            markers = []
            for word, code, number, scale, family in RULES:
                at = lowered.find(word)
                if at >= 0:
                    markers.append(
                        MarkerHit(
                            code,
                            number,
                            scale,
                            family,
                            0.9,
                            item.text[at : at + len(word)],
                            at,
                            at + len(word),
                        )
                    )
            family = markers[0].family if markers else "none"
            ruptures = []
            at = lowered.find("fine")
            if at >= 0:
                ruptures.append(
                    RuptureHit("withdrawal", "minimal_response", 3, 0.8, "Fine", at, at + 4)
                )
            probabilities = {
                f: (1.0 if f == family else 0.0)
                for f in ("none", "secure", "avoidant", "preoccupied")
            }
            out.append(TurnCoding(family, probabilities, markers, ruptures))
        return out


def keyword_analyzer() -> Analyzer:
    return Analyzer(coder=KeywordCoder())


class BrokenCoder(KeywordCoder):
    def code(self, items, *, batch_size: int = 64):
        raise RuntimeError("the model file is damaged")
