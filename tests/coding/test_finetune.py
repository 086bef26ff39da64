"""Tuning the encoder's top layers (needs PyTorch and transformers, which only `bowlby train`
uses; skipped where they are not installed). A tiny random BERT stands in for MiniLM."""

import shutil

import numpy as np
import pytest

from bowlby.coding.embeddings import bundled_model_dir, load_embedder
from bowlby.coding.features import TurnInput
from bowlby.coding.labelled import LabelledTurn

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytestmark = pytest.mark.skipif(bundled_model_dir() is None, reason="needs MiniLM's tokenizer")

from bowlby.coding.finetune import TuningConfig, fine_tune_encoder, save_overlay  # noqa: E402

TURNS = [
    ("I feel scared and I want you near", [5], []),
    ("I miss you, can we talk tonight", [5], []),
    ("it's just work, nothing else", [35], []),
    ("fine.", [], ["minimal_response"]),
    ("whatever you think is best", [], ["deferential"]),
    ("we bought bread on Tuesday", [], []),
]


@pytest.fixture
def tiny_bert(tmp_path):
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=30522,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    transformers.BertModel(config, add_pooling_layer=False).save_pretrained(tmp_path)
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(bundled_model_dir() / name, tmp_path / name)
    return tmp_path


def test_it_tunes_only_the_layers_above_the_frozen_ones_and_the_loss_falls(tiny_bert, tmp_path):
    turns = [
        LabelledTurn(
            id=f"t{i}-{k}",
            text=text,
            context="How are you?" if k else "",
            markers=markers,
            ruptures=ruptures,
        )
        for k in range(4)
        for i, (text, markers, ruptures) in enumerate(TURNS)
    ]
    losses = []
    tensors = fine_tune_encoder(
        turns,
        model_dir=tiny_bert,
        config=TuningConfig(frozen_layers=1, epochs=6, learning_rate=3e-3, batch_size=8),
        progress=lambda message: (
            losses.append(float(message.rsplit(" ", 1)[1])) if "epoch" in message else None
        ),
    )
    assert tensors and all(name.startswith("encoder.layer.1.") for name in tensors)
    assert all(array.dtype == np.float16 for array in tensors.values())
    assert losses[-1] < losses[0] * 0.7
    overlay = save_overlay(tensors, tmp_path / "out" / "tuned.safetensors")
    assert overlay.stat().st_mode & 0o777 == 0o644
    stock = load_embedder("minilm-l6-v2-layers-numpy.v1", model_dir=tiny_bert)
    tuned = load_embedder("minilm-l6-v2-layers-numpy.v1", model_dir=tiny_bert, overlay=overlay)
    texts = [TurnInput(t[0]).words for t in TURNS]
    a, b = stock.embed(texts), tuned.embed(texts)
    np.testing.assert_allclose(a[:, :32], b[:, :32], atol=1e-6)  # the frozen layer
    assert np.abs(a[:, 32:] - b[:, 32:]).max() > 1e-3


def test_it_refuses_to_freeze_every_layer(tiny_bert):
    with pytest.raises(ValueError, match="frozen_layers=2 must be 0 to 1"):
        fine_tune_encoder([], model_dir=tiny_bert, config=TuningConfig(frozen_layers=2))


def test_it_tunes_every_layer_by_default(tiny_bert):
    turns = [
        LabelledTurn(f"t{i}", text, "", markers, ruptures)
        for i, (text, markers, ruptures) in enumerate(TURNS)
    ]
    tensors = fine_tune_encoder(
        turns, model_dir=tiny_bert, config=TuningConfig(epochs=1, batch_size=8)
    )
    assert TuningConfig().frozen_layers == 0
    assert {name.split(".")[2] for name in tensors} == {"0", "1"}
    assert not any(name.startswith("embeddings.") for name in tensors)
