"""Word n-gram TF-IDF features, implemented here so the saved model is plain JSON + NumPy
(no pickled scikit-learn objects to load at run time)."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

_TOKEN = re.compile(r"[a-z0-9']+|[?!…]|\.\.\.")


def tokens(text: str) -> list[str]:
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


class TfidfVocabulary:
    """Sublinear TF-IDF over word unigrams and bigrams, L2-normalised rows."""

    def __init__(self, terms: list[str], idf: list[float]) -> None:
        self.terms = terms
        self.index = {term: i for i, term in enumerate(terms)}
        self.idf = np.asarray(idf, dtype=np.float32)

    @classmethod
    def fit(
        cls, texts: Sequence[str], *, min_df: int = 2, max_terms: int = 6000
    ) -> TfidfVocabulary:
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(tokens(text)))
        kept = [(count, term) for term, count in df.items() if count >= min_df]
        kept.sort(key=lambda item: (-item[0], item[1]))
        kept = kept[:max_terms]
        n = len(texts)
        terms = sorted(term for _, term in kept)
        idf = [math.log((1 + n) / (1 + df[term])) + 1 for term in terms]
        return cls(terms, idf)

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.terms)), dtype=np.float32)
        for row, text in enumerate(texts):
            counts = Counter(t for t in tokens(text) if t in self.index)
            for term, count in counts.items():
                out[row, self.index[term]] = (1 + math.log(count)) * self.idf[self.index[term]]
            norm = np.linalg.norm(out[row])
            if norm > 0:
                out[row] /= norm
        return out

    def to_dict(self) -> dict:
        return {"terms": self.terms, "idf": [round(float(v), 5) for v in self.idf]}

    @classmethod
    def from_dict(cls, data: dict) -> TfidfVocabulary:
        return cls(data["terms"], data["idf"])
