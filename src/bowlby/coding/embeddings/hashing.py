"""A model-free fallback embedder: signed feature hashing of word and character n-grams.

It only sees shared spelling (words, word pairs, word pieces), not meaning: "I feel let down"
and "you disappointed me" come out unrelated. Use it where the MiniLM package cannot be
installed, and expect clearly worse analyzer results.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence

import numpy as np

_WORD = re.compile(r"\w+(?:'\w+)*")


def _features(text: str) -> list[tuple[str, float]]:
    words = _WORD.findall(text.lower())
    features: list[tuple[str, float]] = [(f"w:{w}", 1.0) for w in words]
    features += [(f"b:{a} {b}", 1.0) for a, b in itertools.pairwise(words)]
    for word in words:
        padded = f"<{word}>"
        # Character 3- and 4-grams let "apologise"/"apologised" share most of their weight.
        features += [
            (f"c:{padded[i : i + n]}", 0.5) for n in (3, 4) for i in range(len(padded) - n + 1)
        ]
    return features


class HashingEmbedder:
    """Deterministic hashed n-gram vectors (CRC32, so the same across runs and machines)."""

    name = "hashing.v1"

    def __init__(self, *, dim: int = 1024) -> None:
        if dim < 16:
            raise ValueError(f"dim={dim} is too small for hashing; use at least 16")
        self.dim = dim

    def __repr__(self) -> str:
        return f"HashingEmbedder(name={self.name!r}, dim={self.dim})"

    def _vector(self, text: str) -> np.ndarray:
        features = _features(text)
        if not features:
            return np.zeros(self.dim, dtype=np.float32)
        hashes = np.fromiter(
            (zlib.crc32(name.encode("utf-8")) for name, _ in features),
            dtype=np.uint32,
            count=len(features),
        )
        # One hash bit picks the sign, so collisions cancel out on average instead of piling up.
        signs = np.where(hashes & 0x80000000, -1.0, 1.0)
        weights = signs * np.fromiter((w for _, w in features), dtype=np.float64)
        vector = np.bincount(hashes % self.dim, weights=weights, minlength=self.dim)
        norm = np.linalg.norm(vector)
        return (vector / norm if norm > 0 else vector).astype(np.float32)

    def embed(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts; wrap a single text in a list")
        del batch_size  # texts are independent here; accepted for the shared interface
        result = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            result[row] = self._vector(text)
        return result
