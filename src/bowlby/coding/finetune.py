"""Fine-tune the layers of the coder's sentence encoder on the labelled train split.

Only training needs PyTorch and transformers (``pip install 'bowlby[finetune]'``); the analyzer
runs the tuned layers in NumPy from a small overlay file (:func:`save_overlay`), so the runtime
never imports torch.

How: the token embeddings and the bottom ``frozen_layers`` of MiniLM (none by default: all six
layers learn) stay as they are; their output for every distinct text is computed once. The
layers above are trained, together with two throw-away heads on the mean-pooled [turn |
context] vectors: the 12 joint (family, rupture type) classes the coder predicts, and every
marker and rupture subtype as a yes/no label (which teaches the encoder the finer distinctions
too). The linear heads of :mod:`bowlby.coding.model` are then fitted on the
tuned encoder's features as before. Measured in docs/analyzer.md.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bowlby.coding.errors import CodingError
from bowlby.coding.model import MARKER_LABELS, SUBTYPE_LABELS, joint_labels


@dataclass(frozen=True, kw_only=True)
class TuningConfig:
    """How the encoder is tuned; the defaults were chosen on a development fifth of train."""

    # 0 (tune all six layers) beat 2 (the top four) on the fifth: family accuracy 0.851 vs 0.840.
    frozen_layers: int = 0
    epochs: int = 4
    learning_rate: float = 1e-4
    head_learning_rate: float = 2e-3
    batch_size: int = 32
    label_loss_weight: float = 1.0
    max_length: int = 128
    seed: int = 0
    # Tune this many times (seeds seed, seed+1, ...) and average the tuned weights: a "model
    # soup" that evens out the luck of one run at no cost at run time.
    runs: int = 1


def _require_torch():
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise CodingError("E107", missing=exc.name) from None
    return torch, transformers


def fine_tune_encoder(
    turns: Sequence,
    *,
    model_dir: Path,
    config: TuningConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, np.ndarray]:
    """Tune the encoder in ``model_dir`` on labelled ``turns`` (objects with ``input``,
    ``markers`` and ``ruptures``) and return the tuned layers' tensors as float16 arrays, named
    as in the base model's safetensors file."""
    torch, transformers = _require_torch()
    config = config or TuningConfig()
    say = progress or (lambda message: None)
    torch.manual_seed(config.seed)
    shuffler = random.Random(config.seed)

    tokenizer = transformers.AutoTokenizer.from_pretrained(str(model_dir))
    bert = transformers.AutoModel.from_pretrained(str(model_dir), attn_implementation="eager")
    num_layers = len(bert.encoder.layer)
    if not 0 <= config.frozen_layers < num_layers:
        raise ValueError(
            f"frozen_layers={config.frozen_layers} must be 0 to {num_layers - 1} for {model_dir}"
        )
    hidden = bert.config.hidden_size
    bert.eval()
    for parameter in bert.parameters():
        parameter.requires_grad = False

    words = [t.input.words for t in turns]
    contexts = [t.input.context for t in turns]
    texts = sorted(set(words) | {c for c in contexts if c})
    index = {text: i for i, text in enumerate(texts)}
    say(f"running the {config.frozen_layers} frozen layers over {len(texts)} distinct texts")
    states = _frozen_states(torch, bert, tokenizer, texts, config)

    tuned = torch.nn.ModuleList(bert.encoder.layer[config.frozen_layers :])
    for parameter in tuned.parameters():
        parameter.requires_grad = True
    labels = [*MARKER_LABELS, *SUBTYPE_LABELS]
    joint_head = torch.nn.Linear(2 * hidden, 12)
    label_head = torch.nn.Linear(2 * hidden, len(labels))
    dropout = torch.nn.Dropout(0.1)

    joint = torch.tensor(joint_labels([t.markers for t in turns], [t.ruptures for t in turns]))
    yes_no = torch.tensor(
        [
            [float(int(label[1:]) in t.markers) for label in MARKER_LABELS]
            + [float(label in t.ruptures) for label in SUBTYPE_LABELS]
            for t in turns
        ]
    )

    def pooled(ids: list[int]):
        width = max(states[i].shape[0] for i in ids)
        h = torch.zeros(len(ids), width, hidden)
        mask = torch.zeros(len(ids), width)
        for row, i in enumerate(ids):
            h[row, : states[i].shape[0]] = states[i]
            mask[row, : states[i].shape[0]] = 1.0
        h = _run_layers(tuned, h, mask)
        return (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)

    def forward(rows: list[int]):
        distinct = sorted(
            {index[words[r]] for r in rows} | {index[contexts[r]] for r in rows if contexts[r]}
        )
        where = {text: k for k, text in enumerate(distinct)}
        vectors = pooled(distinct)
        zero = torch.zeros(hidden)
        turn = vectors[[where[index[words[r]]] for r in rows]]
        context = torch.stack(
            [vectors[where[index[contexts[r]]]] if contexts[r] else zero for r in rows]
        )
        both = dropout(torch.cat([turn, context], dim=1))
        return joint_head(both), label_head(both)

    optimiser = torch.optim.AdamW(
        [
            {"params": list(tuned.parameters()), "lr": config.learning_rate},
            {
                "params": list(joint_head.parameters()) + list(label_head.parameters()),
                "lr": config.head_learning_rate,
            },
        ],
        weight_decay=0.01,
    )
    steps = config.epochs * math.ceil(len(turns) / config.batch_size)
    warmup = max(1.0, 0.1 * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / warmup) * max(0.0, (steps - step) / steps)
    )
    tuned.train()
    dropout.train()
    order = list(range(len(turns)))
    for epoch in range(config.epochs):
        shuffler.shuffle(order)
        total = 0.0
        for start in range(0, len(order), config.batch_size):
            rows = order[start : start + config.batch_size]
            joint_logits, label_logits = forward(rows)
            loss = torch.nn.functional.cross_entropy(joint_logits, joint[rows])
            # Summed over labels (scaled) so the yes/no labels weigh about as much as the joint
            # classes, not 1/35 of it.
            loss = loss + config.label_loss_weight * len(labels) / 4 * (
                torch.nn.functional.binary_cross_entropy_with_logits(label_logits, yes_no[rows])
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
        say(f"tuning the encoder: epoch {epoch + 1} of {config.epochs}, loss {total:.1f}")

    prefix = "encoder.layer."
    return {
        name: tensor.detach().numpy().astype(np.float16)
        for name, tensor in bert.state_dict().items()
        if name.startswith(prefix)
        and int(name[len(prefix) :].split(".")[0]) >= config.frozen_layers
    }


def _run_layers(layers, h, mask):
    """``h`` through BERT ``layers``, padding (``mask`` 0) masked out of attention."""
    additive = (1.0 - mask[:, None, None, :]) * -1e9
    for layer in layers:
        h = layer(h, attention_mask=additive)
        h = h[0] if isinstance(h, tuple) else h  # transformers 4 returns a tuple, 5 a tensor
    return h


def _frozen_states(torch, bert, tokenizer, texts: list[str], config: TuningConfig) -> list:
    """Each text's token states after the frozen layers (no padding kept)."""
    states: list = [None] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.no_grad():
        for start in range(0, len(order), 64):
            chunk = order[start : start + 64]
            encoded = tokenizer(
                [texts[i] for i in chunk],
                truncation=True,
                max_length=config.max_length,
                padding=True,
                return_tensors="pt",
            )
            ids = encoded["input_ids"]
            h = bert.embeddings(input_ids=ids, token_type_ids=torch.zeros_like(ids))
            h = _run_layers(
                bert.encoder.layer[: config.frozen_layers], h, encoded["attention_mask"].float()
            )
            for row, i in enumerate(chunk):
                states[i] = h[row, : int(encoded["attention_mask"][row].sum())].clone()
    return states


def average_tensors(runs: Sequence[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The element-wise mean of several runs' tuned tensors (same names and shapes), float16."""
    if not runs:
        raise ValueError("average_tensors needs at least one run")
    names = set(runs[0])
    for k, run in enumerate(runs[1:], 2):
        if set(run) != names or any(run[n].shape != runs[0][n].shape for n in names):
            raise ValueError(f"run {k} tuned other tensors than run 1; they cannot be averaged")
    return {
        name: np.mean([run[name].astype(np.float32) for run in runs], axis=0).astype(np.float16)
        for name in sorted(names)
    }


def save_overlay(tensors: dict[str, np.ndarray], path: Path) -> Path:
    """Write tuned tensors as a safetensors overlay for :func:`load_embedder(overlay=...)`."""
    from safetensors.numpy import save_file

    path.parent.mkdir(parents=True, exist_ok=True)
    save_file({name: np.ascontiguousarray(array) for name, array in tensors.items()}, str(path))
    path.chmod(0o644)  # safetensors writes owner-only; the model ships to every user
    return path
