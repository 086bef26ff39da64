"""Honest evaluation on the held-out test split (``bowlby evaluate``).

Every figure comes from labelled data the coder never trained on, per class with a confusion
matrix, next to two baselines: a keyword baseline (the cue patterns alone) and a majority
baseline (always the most frequent training class).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bowlby.coding.analyzer import Analyzer, Coder
from bowlby.coding.cues import CUES, CUES_BY_NAME, find_cues
from bowlby.coding.labelled import (
    DATA_DIR,
    LabelledTurn,
    load_independent_codes,
    load_review_scope,
    load_split,
    to_transcript,
    transcript_turn_examples,
)
from bowlby.coding.metrics import (
    binary_report,
    classification_report,
    cohen_kappa,
    expected_calibration_error,
)
from bowlby.coding.model import family_of, rupture_type_of
from bowlby.coding.scheme import MARKERS_BY_NUMBER, RUPTURE_SUBTYPES

FAMILIES = ["none", "secure", "avoidant", "preoccupied"]
RUPTURE_TYPES = ["none", "withdrawal", "confrontation"]
SPEAKER_CLASSES = ["secure", "avoidant", "preoccupied", "insufficient_evidence"]


def _scale_of(markers: list[int]) -> str:
    return MARKERS_BY_NUMBER[markers[0]].scale.value if markers else "none"


def _truth(turns: list[LabelledTurn]) -> dict[str, list]:
    return {
        "marker": [f"m{t.markers[0]}" if t.markers else "none" for t in turns],
        "scale": [_scale_of(t.markers) for t in turns],
        "family": [family_of(t.markers, t.ruptures) for t in turns],
        "rupture_type": [rupture_type_of(t.ruptures) for t in turns],
        "rupture_subtype": [t.ruptures[0] if t.ruptures else "none" for t in turns],
        "marker_sets": [set(t.markers) for t in turns],
        "subtype_sets": [set(t.ruptures) for t in turns],
    }


def keyword_predict(turn: LabelledTurn) -> tuple[list[int], list[str]]:
    """The keyword baseline: a label for every cue pattern that matches (context cues need a
    matching turn cue for the same label)."""
    hits = {h.name for h in find_cues(turn.text)}
    ctx = {h.name for h in find_cues(turn.context, on="context")} if turn.context else set()
    # The labels the listener's turn makes possible (an inquiry about distress allows m25...).
    ctx_labels = {label for name in ctx for label in CUES_BY_NAME[name].labels}
    markers, subtypes = [], []
    for cue in CUES:
        if cue.on == "turn" and cue.name in hits:
            for label in cue.labels:
                if label.startswith("m") and label[1:].isdigit():
                    number = int(label[1:])
                    if MARKERS_BY_NUMBER[number].needs_context and label not in ctx_labels:
                        continue
                    markers.append(number)
                elif label in RUPTURE_SUBTYPES:
                    subtypes.append(label)
    return list(dict.fromkeys(markers)), list(dict.fromkeys(subtypes))


def _views(markers_list: list[list[int]], subtypes_list: list[list[str]]) -> dict[str, list]:
    return {
        "marker": [f"m{m[0]}" if m else "none" for m in markers_list],
        "scale": [_scale_of(m) for m in markers_list],
        "family": [family_of(m, s) for m, s in zip(markers_list, subtypes_list, strict=True)],
        "rupture_type": [rupture_type_of(s) for s in subtypes_list],
        "rupture_subtype": [s[0] if s else "none" for s in subtypes_list],
        "marker_sets": [set(m) for m in markers_list],
        "subtype_sets": [set(s) for s in subtypes_list],
    }


def _rupture_f1(f1: dict[str, float]) -> float:
    """The rupture-type target from per-class F1: mean of withdrawal and confrontation."""
    return (f1["withdrawal"] + f1["confrontation"]) / 2


def _reports(truth: dict, predicted: dict) -> dict:
    out = {}
    for view, labels in (
        ("marker", None),
        ("scale", None),
        ("family", FAMILIES),
        ("rupture_type", RUPTURE_TYPES),
        ("rupture_subtype", None),
    ):
        out[view] = classification_report(truth[view], predicted[view], labels=labels).to_dict()
    out["rupture_type"]["f1_ruptures"] = _rupture_f1(out["rupture_type"]["f1"])
    per_marker = {}
    for number in sorted(MARKERS_BY_NUMBER):
        t = [number in s for s in truth["marker_sets"]]
        if any(t):
            per_marker[f"m{number}"] = binary_report(
                t, [number in s for s in predicted["marker_sets"]]
            )
    out["marker_multilabel"] = per_marker
    per_subtype = {}
    for subtype in RUPTURE_SUBTYPES:
        t = [subtype in s for s in truth["subtype_sets"]]
        if any(t):
            per_subtype[subtype] = binary_report(
                t, [subtype in s for s in predicted["subtype_sets"]]
            )
    out["subtype_multilabel"] = per_subtype
    return out


def coder_agreement(turns: list[LabelledTurn], *, scope: set[str] | None = None) -> dict:
    """How far the second coder's review agreed with the first coder: the share of examples
    left unchanged, and Cohen's κ between the two for the turn's family and rupture type, over
    the examples the review covered (``scope``: their sources; ``None``: all)."""
    if scope is not None:
        turns = [turn for turn in turns if turn.source in scope]
    first_family, final_family, first_rupture, final_rupture = [], [], [], []
    for turn in turns:
        first_markers = turn.markers if turn.first_markers is None else turn.first_markers
        first_ruptures = turn.ruptures if turn.first_ruptures is None else turn.first_ruptures
        first_family.append(family_of(first_markers, first_ruptures))
        final_family.append(family_of(turn.markers, turn.ruptures))
        first_rupture.append(rupture_type_of(first_ruptures))
        final_rupture.append(rupture_type_of(turn.ruptures))
    changed = sum(turn.first_markers is not None for turn in turns)
    return {
        "examples": len(turns),
        "changed_by_review": changed,
        "unchanged_share": 1 - changed / len(turns) if turns else 1.0,
        "family_kappa": cohen_kappa(first_family, final_family),
        "rupture_type_kappa": cohen_kappa(first_rupture, final_rupture),
    }


def independent_agreement(
    turns: list[LabelledTurn], predicted: dict[str, list], codes: dict[str, tuple]
) -> dict:
    """The blind third coder and the model, scored against the same reviewed test labels on the
    turns the third coder saw: how close the model is to a human reading the manual."""
    index = [i for i, turn in enumerate(turns) if turn.id in codes]
    if not index:
        return {"examples": 0}
    truth = _truth([turns[i] for i in index])
    human = _views([codes[turns[i].id][0] for i in index], [codes[turns[i].id][1] for i in index])
    model = {view: [predicted[view][i] for i in index] for view in ("family", "rupture_type")}
    out: dict = {"examples": len(index)}
    for name, views in (("independent_coder", human), ("model", model)):
        family = classification_report(truth["family"], views["family"], labels=FAMILIES)
        rupture = classification_report(
            truth["rupture_type"], views["rupture_type"], labels=RUPTURE_TYPES
        )
        out[name] = {
            "family_accuracy": family.accuracy,
            "family_kappa": family.kappa,
            "rupture_type_f1": _rupture_f1(rupture.f1),
            "rupture_type_kappa": rupture.kappa,
        }
    return out


def evaluate(
    *,
    data_dir: Path = DATA_DIR,
    coder: Coder | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Every figure of the evaluation report, as a dict (the CLI prints it)."""
    say = progress or (lambda message: None)
    split = load_split(data_dir)
    test_turns: list[LabelledTurn] = list(split["test_turns"])
    for item in split["test_transcripts"]:
        test_turns.extend(transcript_turn_examples(item, split["reviews"]))
    train_turns = split["train_turns"]
    truth = _truth(test_turns)

    analyzer = Analyzer(coder=coder)
    say(f"coding {len(test_turns)} held-out turns")
    codings = analyzer.coder.code([t.input for t in test_turns])
    model_pred = _views(
        [[h.number for h in c.markers] for c in codings],
        [[r.subtype for r in c.ruptures] for c in codings],
    )
    keyword = [keyword_predict(t) for t in test_turns]
    keyword_pred = _views([k[0] for k in keyword], [k[1] for k in keyword])
    train_truth = _truth(train_turns)
    majority_pred = {
        view: [Counter(train_truth[view]).most_common(1)[0][0]] * len(test_turns)
        for view in ("marker", "scale", "family", "rupture_type", "rupture_subtype")
    }
    majority_pred["marker_sets"] = [set() for _ in test_turns]
    majority_pred["subtype_sets"] = [set() for _ in test_turns]

    confidences, correct = [], []
    for coding, true_set in zip(codings, truth["marker_sets"], strict=True):
        for hit in coding.markers:
            confidences.append(hit.confidence)
            correct.append(hit.number in true_set)

    say(f"classifying speakers in {len(split['test_transcripts'])} held-out transcripts")
    speaker_truth, speaker_pred, speaker_keyword = [], [], []
    for item in split["test_transcripts"]:
        transcript = to_transcript(item)
        analysis = analyzer.transform(transcript)
        keyword_analysis = _keyword_speakers(transcript)
        for speaker, label in item.labels.items():
            speaker_truth.append(label)
            result = analysis.speakers.get(speaker)
            speaker_pred.append(result.classification if result else "insufficient_evidence")
            speaker_keyword.append(keyword_analysis.get(speaker, "insufficient_evidence"))
    train_speaker_labels = [
        lb for item in split["train_transcripts"] for lb in item.labels.values()
    ]
    majority_speaker = (
        Counter(train_speaker_labels).most_common(1)[0][0] if train_speaker_labels else "secure"
    )

    return {
        "data": {
            "train_turns": len(train_turns),
            "test_turns": len(test_turns),
            "train_transcripts": len(split["train_transcripts"]),
            "test_transcripts": len(split["test_transcripts"]),
            "test_speakers": len(speaker_truth),
        },
        "coders": coder_agreement(train_turns + test_turns, scope=load_review_scope(data_dir)),
        "independent": independent_agreement(
            test_turns, model_pred, load_independent_codes(data_dir)
        ),
        "model": analyzer.coder.info,
        "turns": {
            "model": _reports(truth, model_pred),
            "keyword_baseline": _reports(truth, keyword_pred),
            "majority_baseline": _reports(truth, majority_pred),
            "marker_confidence_ece": expected_calibration_error(confidences, correct),
        },
        "speakers": {
            "model": classification_report(
                speaker_truth, speaker_pred, labels=SPEAKER_CLASSES
            ).to_dict(),
            "keyword_baseline": classification_report(
                speaker_truth, speaker_keyword, labels=SPEAKER_CLASSES
            ).to_dict(),
            "majority_baseline": classification_report(
                speaker_truth, [majority_speaker] * len(speaker_truth), labels=SPEAKER_CLASSES
            ).to_dict(),
        },
    }


def _keyword_speakers(transcript) -> dict[str, str]:
    """Speaker classification with keyword-coded turns, by the same scale rule."""
    from bowlby.coding.analyzer import turn_inputs
    from bowlby.coding.results import MarkerHit, TurnResult
    from bowlby.coding.speakers import classify_speaker

    items = turn_inputs(transcript)
    by_speaker: dict[str, list[TurnResult]] = {}
    for turn, item in zip(transcript.turns, items, strict=True):
        if transcript.mode != "dyad" and turn.role == "therapist":
            continue
        markers, _ = keyword_predict(LabelledTurn("", item.text, item.context, [], []))
        result = TurnResult(
            index=turn.index, speaker=turn.speaker, role=turn.role, text=turn.text, coded=True
        )
        for number in markers:
            marker = MARKERS_BY_NUMBER[number]
            result.markers.append(
                MarkerHit(
                    marker.code, number, marker.scale.value, marker.family.value, 1.0, "", 0, 0
                )
            )
        by_speaker.setdefault(turn.speaker, []).append(result)
    return {s: classify_speaker(turns, role=None).classification for s, turns in by_speaker.items()}
