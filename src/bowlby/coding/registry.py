"""Versioned, registered components (spaCy style): a coder is made by name from a config.

    from bowlby.coding.registry import coders
    coder = coders.make("bowlby.coder.v1", model_path=..., embedder=...)

A better model registers under a new name and is chosen with ``--coder NAME`` or ``BOWLBY_CODER``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bowlby.coding.errors import CodingError


class Registry:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[..., Any]] = {}
        self._defaults: dict[str, dict[str, Any]] = {}

    def register(self, name: str, *, default_config: dict[str, Any] | None = None):
        def decorator(factory: Callable[..., Any]) -> Callable[..., Any]:
            self._factories[name] = factory
            self._defaults[name] = dict(default_config or {})
            return factory

        return decorator

    def names(self) -> list[str]:
        return sorted(self._factories)

    def default_config(self, name: str) -> dict[str, Any]:
        return dict(self._defaults[name])

    def make(self, name: str, **config: Any) -> Any:
        if name not in self._factories:
            raise CodingError("E101", kind=self.kind, name=name, known=", ".join(self.names()))
        return self._factories[name](**{**self._defaults[name], **config})


coders = Registry("coder")
