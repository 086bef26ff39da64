"""The labelled corpus loader: the review pass over the first coder's labels."""

import json

import pytest

from bowlby.coding.errors import CodingError
from bowlby.coding.evaluation import coder_agreement, independent_agreement
from bowlby.coding.labelled import (
    DATA_DIR,
    load_independent_codes,
    load_review_scope,
    load_split,
)


def _example(example_id, text, markers=(), ruptures=()):
    return {
        "id": example_id,
        "register": "therapy",
        "context": [{"role": "therapist", "text": "How did that feel?"}],
        "role": "patient",
        "text": text,
        "markers": list(markers),
        "ruptures": [{"subtype": s, "salience": 3} for s in ruptures],
        "evidence": "",
    }


@pytest.fixture
def corpus(tmp_path):
    rows = [
        _example("a-1", "The bus was late.", ruptures=["denial"]),
        _example("a-2", "I feel scared right now.", markers=[5]),
        _example("a-3", "We had soup."),
    ]
    (tmp_path / "turns.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (tmp_path / "transcripts").mkdir()
    (tmp_path / "review").mkdir()
    return tmp_path


def _all_turns(split):
    return {t.id: t for t in split["train_turns"] + split["test_turns"]}


def test_it_applies_the_review_and_keeps_the_first_coders_labels(corpus):
    review = {
        "id": "a-1",
        "markers": [25],
        "ruptures": [{"subtype": "avoidant_storytelling", "salience": 2}],
        "reason": "facts in answer to a feeling question",
    }
    (corpus / "review" / "turns.jsonl").write_text(json.dumps(review) + "\n")
    turns = _all_turns(load_split(corpus))
    assert turns["a-1"].markers == [25]
    assert turns["a-1"].ruptures == ["avoidant_storytelling"]
    assert turns["a-1"].salience == [2]
    assert turns["a-1"].first_markers == [] and turns["a-1"].first_ruptures == ["denial"]
    assert turns["a-2"].markers == [5] and turns["a-2"].first_markers is None


def test_it_reports_agreement_between_the_coders(corpus):
    review = {"id": "a-3", "markers": [5], "ruptures": [], "reason": "names a feeling"}
    (corpus / "review" / "turns.jsonl").write_text(json.dumps(review) + "\n")
    agreement = coder_agreement(list(_all_turns(load_split(corpus)).values()))
    assert agreement["examples"] == 3
    assert agreement["changed_by_review"] == 1
    assert agreement["unchanged_share"] == pytest.approx(2 / 3)
    # families first (none, secure, none) vs second (none, secure, secure)
    assert agreement["family_kappa"] == pytest.approx(0.4)
    assert agreement["rupture_type_kappa"] == pytest.approx(1.0)


def test_it_reports_agreement_only_over_what_the_review_covered(corpus):
    review = {"id": "a-3", "markers": [5], "ruptures": [], "reason": "names a feeling"}
    (corpus / "review" / "turns.jsonl").write_text(json.dumps(review) + "\n")
    later = _example("b-1", "Written after the review.", markers=[5])
    (corpus / "later.jsonl").write_text(json.dumps(later) + "\n")
    (corpus / "review" / "scope.json").write_text(json.dumps({"sources": ["turns.jsonl"]}))
    turns = list(_all_turns(load_split(corpus)).values())
    agreement = coder_agreement(turns, scope=load_review_scope(corpus))
    assert agreement["examples"] == 3 and agreement["changed_by_review"] == 1
    (corpus / "review" / "scope.json").write_text("{}")
    with pytest.raises(CodingError, match=r"scope\.json, line 1: expected"):
        load_review_scope(corpus)


def test_it_names_the_line_of_a_review_of_an_unknown_example(corpus):
    lines = [
        {"id": "a-2", "markers": [5], "ruptures": [], "reason": "ok"},
        {"id": "a-9", "markers": [], "ruptures": [], "reason": "typo"},
    ]
    (corpus / "review" / "turns.jsonl").write_text("\n".join(json.dumps(x) for x in lines))
    with pytest.raises(CodingError, match=r"turns\.jsonl, line 2: .*'a-9'"):
        load_split(corpus)


def test_it_refuses_an_unknown_code_or_a_double_review(corpus):
    bad = {"id": "a-1", "markers": [99], "ruptures": []}
    (corpus / "review" / "turns.jsonl").write_text(json.dumps(bad) + "\n")
    with pytest.raises(CodingError, match="line 1: unknown marker 99"):
        load_split(corpus)
    twice = {"id": "a-1", "markers": [25], "ruptures": []}
    (corpus / "review" / "turns.jsonl").write_text(json.dumps(twice) + "\n" + json.dumps(twice))
    with pytest.raises(CodingError, match="line 2: example 'a-1' is reviewed twice"):
        load_split(corpus)


def test_it_names_the_line_of_malformed_json_in_a_review(corpus):
    (corpus / "review" / "turns.jsonl").write_text('{"id": "a-1", "markers": [25]\n')
    with pytest.raises(CodingError, match="line 1"):
        load_split(corpus)


def test_it_loads_our_corpus_with_its_review():
    split = load_split(DATA_DIR)
    assert len(split["train_turns"]) > 1000 and len(split["test_turns"]) > 300
    ids = [t.id for t in split["train_turns"] + split["test_turns"]]
    assert len(ids) == len(set(ids))


def test_it_scores_the_blind_coder_and_the_model_on_the_same_turns(corpus):
    (corpus / "agreement").mkdir()
    blind = [
        {"id": "a-1", "markers": [25], "ruptures": [{"subtype": "denial", "salience": 2}]},
        {"id": "a-2", "markers": [5], "ruptures": []},
    ]
    (corpus / "agreement" / "blind.jsonl").write_text("\n".join(json.dumps(x) for x in blind))
    turns = list(_all_turns(load_split(corpus)).values())
    order = [t.id for t in turns]
    # The model gets a-1 right on both systems and a-2 wrong on family; a-3 is not compared.
    family = {"a-1": "none", "a-2": "none", "a-3": "secure"}
    rupture = {"a-1": "withdrawal", "a-2": "none", "a-3": "none"}
    predicted = {
        "family": [family[i] for i in order],
        "rupture_type": [rupture[i] for i in order],
    }
    result = independent_agreement(turns, predicted, load_independent_codes(corpus))
    assert result["examples"] == 2
    # The blind coder gives a-1 the avoidant family (label: none) and a-2 secure (label: secure).
    assert result["independent_coder"]["family_accuracy"] == pytest.approx(0.5)
    assert result["model"]["family_accuracy"] == pytest.approx(0.5)
    assert result["independent_coder"]["rupture_type_f1"] == pytest.approx(0.5)
    assert result["model"]["rupture_type_f1"] == pytest.approx(0.5)


def test_it_refuses_a_turn_the_blind_coder_coded_twice(corpus):
    (corpus / "agreement").mkdir()
    line = json.dumps({"id": "a-1", "markers": [], "ruptures": []})
    (corpus / "agreement" / "blind.jsonl").write_text(line + "\n" + line + "\n")
    with pytest.raises(CodingError, match="line 2: example 'a-1' is coded twice"):
        load_independent_codes(corpus)
