"""Demo content: each app registers a loader; ``bowlby serve`` runs them on first start."""

from __future__ import annotations

from collections.abc import Callable

_loaders: list[tuple[int, str, Callable[[], None]]] = []


def register_demo_loader(name: str, loader: Callable[[], None], *, order: int = 50) -> None:
    """Run ``loader()`` when demo content is loaded; lower ``order`` runs first."""
    if any(existing == name for _, existing, _ in _loaders):
        return
    _loaders.append((order, name, loader))


def load_demo_content() -> list[str]:
    """Run every registered loader (each must be idempotent); returns their names."""
    done = []
    for _, name, loader in sorted(_loaders, key=lambda item: (item[0], item[1])):
        loader()
        done.append(name)
    return done
