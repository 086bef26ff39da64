"""Check the labelled whole-transcript corpus in data/coding/transcripts/.

Run: .venv/bin/python data/coding/_src/transcripts_check.py [DIR]
Exits 1 and lists every problem (file, turn, field, how to fix) if anything is wrong; otherwise
prints the number of files and the count of each speaker label.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from bowlby.coding.scheme import (
    MARKERS_BY_NUMBER,
    MODES,
    RESOLUTION_STRATEGIES,
    RUPTURE_SUBTYPES,
    SCALE_FAMILY,
    Family,
)

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "transcripts"
REGISTERS = {"session": {"therapy"}, "dyad": {"couple", "text"}}
NAME_PATTERN = re.compile(r"^t\d\d-(session|dyad)-[a-z-]+\.json$")
NONVERBAL = re.compile(r"[(\[][a-z ]+[)\]]")
MIN_TURNS, MAX_TURNS = 16, 40
# Markers that are responses: the previous turn must be by another speaker.
RESPONSE_MARKERS = {25, 28, 41}


def dominant_families(turns: list[dict], speaker: str) -> set[Family]:
    """Families of the highest-scoring scale(s) for one speaker (SPEC §1.2 classification)."""
    scores: Counter = Counter()
    for turn in turns:
        if turn["speaker"] == speaker:
            for number in turn.get("markers", []):
                if number in MARKERS_BY_NUMBER:
                    scores[MARKERS_BY_NUMBER[number].scale] += 1
    if not scores:
        return set()
    top = max(scores.values())
    return {SCALE_FAMILY[scale] for scale, score in scores.items() if score == top}


def check_turn(where: str, turn: dict, mode: str, index: int, turns: list[dict]) -> list[str]:
    problems = []
    role = turn.get("role")
    expected_roles = {"therapist", "patient"} if mode == "session" else {"partner"}
    if role not in expected_roles:
        problems.append(
            f"{where}: role {role!r} not allowed in {mode}; use one of {expected_roles}"
        )
    if not isinstance(turn.get("text"), str) or not turn["text"].strip():
        problems.append(f"{where}: text missing or empty")
    if role == "therapist":
        if "markers" in turn or "ruptures" in turn:
            problems.append(f"{where}: therapist turns are not coded; remove markers/ruptures")
        if not isinstance(turn.get("strategies"), list):
            problems.append(f"{where}: therapist turn needs a 'strategies' list (may be empty)")
    else:
        for field in ("markers", "ruptures"):
            if not isinstance(turn.get(field), list):
                problems.append(f"{where}: coded turn needs a '{field}' list (may be empty)")
        for number in turn.get("markers", []):
            if number not in MARKERS_BY_NUMBER:
                problems.append(f"{where}: unknown marker {number}; see scheme.MARKERS")
            elif number in RESPONSE_MARKERS and (
                index == 0 or turns[index - 1]["speaker"] == turn["speaker"]
            ):
                problems.append(
                    f"{where}: marker {number} is a response; it needs a listener turn before it"
                )
        for rupture in turn.get("ruptures", []):
            if rupture.get("subtype") not in RUPTURE_SUBTYPES:
                problems.append(f"{where}: unknown rupture subtype {rupture.get('subtype')!r}")
            if rupture.get("salience") not in {1, 2, 3, 4, 5}:
                problems.append(f"{where}: rupture salience must be an integer 1-5")
    for strategy in turn.get("strategies", []):
        if strategy not in RESOLUTION_STRATEGIES:
            problems.append(
                f"{where}: unknown strategy {strategy!r}; see scheme.RESOLUTION_STRATEGIES"
            )
    return problems


def check_file(path: Path) -> tuple[list[str], dict[str, str]]:
    problems: list[str] = []
    if not NAME_PATTERN.match(path.name):
        problems.append(f"{path.name}: name should look like t01-session-avoidant.json")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return [f"{path.name}: line {error.lineno}: invalid JSON: {error.msg}"], {}
    mode, register = doc.get("mode"), doc.get("register")
    if mode not in MODES:
        return [f"{path.name}: mode {mode!r} must be one of {MODES}"], {}
    if register not in REGISTERS[mode]:
        problems.append(f"{path.name}: register {register!r} not valid for {mode}")
    turns = doc.get("turns", [])
    if not MIN_TURNS <= len(turns) <= MAX_TURNS:
        problems.append(f"{path.name}: {len(turns)} turns; need {MIN_TURNS}-{MAX_TURNS}")
    for index, turn in enumerate(turns):
        problems += check_turn(f"{path.name}: turn {index + 1}", turn, mode, index, turns)
    coded = {t["speaker"] for t in turns if t.get("role") in {"patient", "partner"}}
    labels = doc.get("labels", {})
    if set(labels) != coded:
        problems.append(
            f"{path.name}: labels {sorted(labels)} must name exactly the coded speakers {sorted(coded)}"
        )
    if mode == "dyad" and len(coded) != 2:
        problems.append(f"{path.name}: a dyad needs exactly two partners, found {sorted(coded)}")
    for speaker, label in labels.items():
        if label not in {f.value for f in Family}:
            problems.append(
                f"{path.name}: label {label!r} for {speaker} must be secure/avoidant/preoccupied"
            )
        elif dominant_families(turns, speaker) != {Family(label)}:
            problems.append(
                f"{path.name}: {speaker} is labelled {label} but the top-scoring scale(s) belong to "
                f"{sorted(dominant_families(turns, speaker))}; fix the markers or the label"
            )
    if not any(NONVERBAL.search(t.get("text", "")) for t in turns):
        problems.append(f"{path.name}: no non-verbal cue like (laughs) or [sighs]; add one")
    return problems, labels


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    problems: list[str] = []
    counts: Counter = Counter()
    files = sorted(p for p in folder.glob("*.json") if p.name != "split.json")
    for path in files:
        file_problems, labels = check_file(path)
        problems += file_problems
        counts.update(labels.values())
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        return 1
    sys.stdout.write(f"{len(files)} files OK; labels: {dict(sorted(counts.items()))}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
