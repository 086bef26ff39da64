"""The trained part of the coder: linear heads over the turn features.

Heads:
- ``family``: none / secure / avoidant / preoccupied (multinomial) — which family a turn shows;
- ``rupture``: none / withdrawal / confrontation (multinomial);
- one binary head per attachment marker and per rupture subtype.

Training uses scikit-learn; inference is plain NumPy over the saved weights, so loading the coder
is a file read. Weights and their provenance are saved in one ``.npz`` plus a ``.json``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bowlby.coding.scheme import MARKERS, RUPTURE_SUBTYPES

FAMILY_CLASSES = ("none", "secure", "avoidant", "preoccupied")
RUPTURE_CLASSES = ("none", "withdrawal", "confrontation")
MARKER_LABELS = tuple(f"m{m.number}" for m in MARKERS)
SUBTYPE_LABELS = tuple(RUPTURE_SUBTYPES)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@dataclass
class LinearHeads:
    """Standardisation plus the weights of every head."""

    feature_names: list[str]
    mean: np.ndarray
    scale: np.ndarray
    family_coef: np.ndarray  # (4, d)
    family_bias: np.ndarray
    rupture_coef: np.ndarray  # (3, d)
    rupture_bias: np.ndarray
    binary_labels: list[str]
    binary_coef: np.ndarray  # (k, d)
    binary_bias: np.ndarray
    thresholds: dict[str, float]
    meta: dict = field(default_factory=dict)

    def standardise(self, x: np.ndarray) -> np.ndarray:
        return (x - self.mean) / self.scale

    def predict(self, x: np.ndarray) -> dict[str, np.ndarray]:
        z = self.standardise(x)
        return {
            "family": _softmax(z @ self.family_coef.T + self.family_bias),
            "rupture": _softmax(z @ self.rupture_coef.T + self.rupture_bias),
            "binary": _sigmoid(z @ self.binary_coef.T + self.binary_bias),
        }

    def contributions(self, x_row: np.ndarray, label: str) -> np.ndarray:
        """Per-feature contribution of one turn to a binary head's score (for evidence)."""
        k = self.binary_labels.index(label)
        return self.standardise(x_row) * self.binary_coef[k]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path.with_suffix(".npz"),
            mean=self.mean,
            scale=self.scale,
            family_coef=self.family_coef,
            family_bias=self.family_bias,
            rupture_coef=self.rupture_coef,
            rupture_bias=self.rupture_bias,
            binary_coef=self.binary_coef,
            binary_bias=self.binary_bias,
        )
        header = {
            "feature_names": self.feature_names,
            "binary_labels": self.binary_labels,
            "thresholds": self.thresholds,
            "meta": self.meta,
        }
        path.with_suffix(".json").write_text(json.dumps(header, indent=1))

    @classmethod
    def load(cls, path: Path) -> LinearHeads:
        header = json.loads(path.with_suffix(".json").read_text())
        arrays = np.load(path.with_suffix(".npz"))
        return cls(
            feature_names=header["feature_names"],
            binary_labels=header["binary_labels"],
            thresholds=header["thresholds"],
            meta=header["meta"],
            **{name: arrays[name] for name in arrays.files},
        )


def family_of(markers: list[int], ruptures: list[str]) -> str:
    """The family label of a turn: the family of its markers; ``none`` when it has none.

    A turn with markers of several families takes the first marker's (the annotated target).
    """
    from bowlby.coding.scheme import MARKERS_BY_NUMBER

    for number in markers:
        marker = MARKERS_BY_NUMBER.get(number)
        if marker is not None:
            return marker.family.value
    return "none"


def rupture_type_of(ruptures: list[str]) -> str:
    return RUPTURE_SUBTYPES[ruptures[0]].value if ruptures else "none"


def train_heads(
    x: np.ndarray,
    markers: list[list[int]],
    ruptures: list[list[str]],
    *,
    feature_names: list[str],
    mean: np.ndarray,
    scale: np.ndarray,
    c: float = 5.0,
    class_weights: dict[str, str | None] | None = None,
    seed: int = 0,
    meta: dict | None = None,
) -> LinearHeads:
    """Fit every head on the training rows, after ``(x - mean) / scale``; per-label thresholds
    are chosen by cross-validation on the training rows (never on test)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    z = (x - mean) / scale

    weights = class_weights or {}

    def multinomial(labels: list[str], classes: tuple[str, ...], class_weight=None):
        y = np.array([classes.index(label) for label in labels])
        model = LogisticRegression(C=c, max_iter=2000, random_state=seed, class_weight=class_weight)
        model.fit(z, y)
        coef = np.zeros((len(classes), z.shape[1]), dtype=np.float32)
        bias = np.full(len(classes), -30.0, dtype=np.float32)  # a class never seen stays unseen
        coef[model.classes_] = model.coef_
        bias[model.classes_] = model.intercept_
        return coef, bias

    family_coef, family_bias = multinomial(
        [family_of(m, r) for m, r in zip(markers, ruptures, strict=True)],
        FAMILY_CLASSES,
        weights.get("family"),
    )
    rupture_coef, rupture_bias = multinomial(
        [rupture_type_of(r) for r in ruptures], RUPTURE_CLASSES, weights.get("rupture")
    )

    labels = list(MARKER_LABELS + SUBTYPE_LABELS)
    binary_coef = np.zeros((len(labels), z.shape[1]), dtype=np.float32)
    binary_bias = np.full(len(labels), -30.0, dtype=np.float32)
    thresholds: dict[str, float] = {}
    folds = StratifiedKFold(n_splits=4, shuffle=True, random_state=seed)
    for k, label in enumerate(labels):
        if label in MARKER_LABELS:
            y = np.array([int(label[1:]) in m for m in markers], dtype=int)
        else:
            y = np.array([label in r for r in ruptures], dtype=int)
        if y.sum() < 4:
            thresholds[label] = 1.0
            continue
        model = LogisticRegression(C=c, max_iter=2000, random_state=seed, solver="liblinear")
        cv_prob = cross_val_predict(model, z, y, cv=folds, method="predict_proba")[:, 1]
        thresholds[label] = _best_f1_threshold(cv_prob, y)
        model.fit(z, y)
        binary_coef[k] = model.coef_[0]
        binary_bias[k] = model.intercept_[0]

    return LinearHeads(
        feature_names=feature_names,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        family_coef=family_coef,
        family_bias=family_bias,
        rupture_coef=rupture_coef,
        rupture_bias=rupture_bias,
        binary_labels=labels,
        binary_coef=binary_coef,
        binary_bias=binary_bias,
        thresholds=thresholds,
        meta=meta or {},
    )


def choose_c(z: np.ndarray, labels: list[str], *, grid=(1.0, 5.0, 20.0), seed: int = 0) -> float:
    """The regularisation strength with the best cross-validated accuracy of the family head,
    on the training rows only."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    folds = StratifiedKFold(n_splits=4, shuffle=True, random_state=seed)
    scores = {
        c: cross_val_score(LogisticRegression(C=c, max_iter=2000), z, labels, cv=folds).mean()
        for c in grid
    }
    return max(scores, key=scores.get)


def choose_class_weight(
    z: np.ndarray, labels: list[str], *, score: str, c: float, seed: int = 0
) -> str | None:
    """``None`` or ``"balanced"``, whichever cross-validates better on the training rows:
    ``score="accuracy"`` for the family head (its target is accuracy), ``"rupture_f1"`` (mean
    F1 of withdrawal and confrontation) for the rupture head."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = StratifiedKFold(n_splits=4, shuffle=True, random_state=seed)
    y = np.array(labels)
    results = {}
    for weight in (None, "balanced"):
        model = LogisticRegression(C=c, max_iter=2000, class_weight=weight)
        predicted = cross_val_predict(model, z, y, cv=folds)
        if score == "accuracy":
            results[weight] = float((predicted == y).mean())
        else:
            results[weight] = float(
                f1_score(y, predicted, labels=["withdrawal", "confrontation"], average="macro")
            )
    return max(results, key=lambda weight: (results[weight], weight is None))


def _best_f1_threshold(prob: np.ndarray, y: np.ndarray) -> float:
    best, best_f1 = 0.5, -1.0
    for threshold in np.arange(0.15, 0.86, 0.05):
        predicted = prob >= threshold
        tp = float((predicted & (y == 1)).sum())
        precision = tp / max(predicted.sum(), 1)
        recall = tp / max((y == 1).sum(), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(threshold), f1
    return round(best, 2)


def data_fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
