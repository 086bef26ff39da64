"""The one error the assessment raises for bad answers, naming the item so callers can point at it."""

from __future__ import annotations


class AnswerError(ValueError):
    """An answer is missing, unknown or out of range.

    ``item`` is the item's id (our test) or its 1-based number (ECR-R, ECR-RS); ``None`` when the
    problem is the answer set as a whole (for example, the wrong number of responses).
    """

    def __init__(self, message: str, *, item: str | int | None = None) -> None:
        super().__init__(message)
        self.item = item
