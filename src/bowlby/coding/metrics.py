"""Agreement metrics: confusion matrix, per-class precision/recall/F1, accuracy, Cohen's κ."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(slots=True)
class ClassReport:
    labels: list[str]
    matrix: list[list[int]]  # rows: true, columns: predicted
    precision: dict[str, float]
    recall: dict[str, float]
    f1: dict[str, float]
    support: dict[str, int]
    accuracy: float
    kappa: float
    n: int

    def macro_f1(self, labels: Sequence[str] | None = None) -> float:
        chosen = [lb for lb in (labels or self.labels) if self.support.get(lb, 0) > 0]
        return sum(self.f1[lb] for lb in chosen) / len(chosen) if chosen else 0.0

    def to_dict(self) -> dict:
        return {
            "labels": self.labels,
            "confusion_matrix": self.matrix,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "support": self.support,
            "accuracy": self.accuracy,
            "kappa": self.kappa,
            "n": self.n,
        }


def cohen_kappa(truth: Sequence[str], predicted: Sequence[str]) -> float:
    n = len(truth)
    if n == 0:
        return 0.0
    observed = sum(t == p for t, p in zip(truth, predicted, strict=True)) / n
    true_counts, pred_counts = Counter(truth), Counter(predicted)
    expected = sum(true_counts[k] * pred_counts.get(k, 0) for k in true_counts) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def classification_report(
    truth: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str] | None = None
) -> ClassReport:
    labels = list(labels or sorted(set(truth) | set(predicted)))
    for extra in sorted((set(truth) | set(predicted)) - set(labels)):
        labels.append(extra)
    index = {lb: i for i, lb in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(truth, predicted, strict=True):
        matrix[index[t]][index[p]] += 1
    precision, recall, f1, support = {}, {}, {}, {}
    for lb, i in index.items():
        tp = matrix[i][i]
        predicted_n = sum(row[i] for row in matrix)
        true_n = sum(matrix[i])
        precision[lb] = tp / predicted_n if predicted_n else 0.0
        recall[lb] = tp / true_n if true_n else 0.0
        denominator = precision[lb] + recall[lb]
        f1[lb] = 2 * precision[lb] * recall[lb] / denominator if denominator else 0.0
        support[lb] = true_n
    n = len(truth)
    accuracy = sum(matrix[i][i] for i in range(len(labels))) / n if n else 0.0
    return ClassReport(
        labels, matrix, precision, recall, f1, support, accuracy, cohen_kappa(truth, predicted), n
    )


def binary_report(truth: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float]:
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    fp = sum((not t) and p for t, p in zip(truth, predicted, strict=True))
    fn = sum(t and (not p) for t, p in zip(truth, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], *, bins: int = 10
) -> float:
    """How far stated confidence is from observed accuracy, averaged over confidence bins."""
    n = len(confidences)
    if n == 0:
        return 0.0
    total = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [
            i for i, c in enumerate(confidences) if low <= c < high or (b == bins - 1 and c == 1.0)
        ]
        if members:
            mean_conf = sum(confidences[i] for i in members) / len(members)
            accuracy = sum(correct[i] for i in members) / len(members)
            total += len(members) / n * abs(mean_conf - accuracy)
    return total
