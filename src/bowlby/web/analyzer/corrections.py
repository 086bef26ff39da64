"""A user's own coding: the analyzer's markers with the user's corrections applied, the agreement
between the two (Cohen's κ over turn family labels), and the coders' CSV with both."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any

from bowlby.coding.export import CSV_COLUMNS, csv_rows
from bowlby.coding.metrics import cohen_kappa
from bowlby.coding.scheme import MARKERS, MARKERS_BY_CODE

MARKER_CHOICES = [(m.code, f"{m.number} {m.name}") for m in MARKERS]


def analyzer_codes(result: dict[str, Any]) -> dict[int, list[str]]:
    return {
        turn["index"]: [m["code"] for m in turn["markers"]]
        for turn in result["turns"]
        if turn["coded"]
    }


def user_codes(result: dict[str, Any], corrections) -> dict[int, list[str]]:
    """{turn: marker codes} after applying ``corrections`` in order."""
    codes = {turn: list(found) for turn, found in analyzer_codes(result).items()}
    for c in corrections:
        current = codes.setdefault(c.turn, [])
        if c.action == "remove" and c.code in current:
            current.remove(c.code)
        elif c.action == "add" and c.code not in current:
            current.append(c.code)
        elif c.action == "change" and c.code in current:
            current[current.index(c.code)] = c.new_code
            codes[c.turn] = list(dict.fromkeys(current))
    return codes


def family_label(codes: list[str]) -> str:
    """The turn's family from its markers: the most frequent family, ties to the first coded."""
    if not codes:
        return "none"
    families = [MARKERS_BY_CODE[c].family.value for c in codes if c in MARKERS_BY_CODE]
    if not families:
        return "none"
    counts = Counter(families)
    return max(families, key=lambda f: (counts[f], -families.index(f)))


def agreement(result: dict[str, Any], corrections) -> dict[str, Any]:
    """κ between the analyzer's turn family labels and the user's, over the coded turns."""
    theirs = {t["index"]: (t["family"] or "none") for t in result["turns"] if t["coded"]}
    mine = {turn: family_label(codes) for turn, codes in user_codes(result, corrections).items()}
    turns = sorted(theirs)
    analyzer_labels = [theirs[t] for t in turns]
    user_labels = [mine.get(t, theirs[t]) for t in turns]
    corrected = sorted({c.turn for c in corrections})
    return {
        "kappa": round(cohen_kappa(user_labels, analyzer_labels), 3) if turns else None,
        "turns": len(turns),
        "agreed": sum(a == b for a, b in zip(analyzer_labels, user_labels, strict=True)),
        "corrected_turns": corrected,
    }


def csv_with_coders(analysis, result: dict[str, Any], corrections, *, user_label: str) -> str:
    """The coders' CSV: the analyzer's rows (``coded_by`` = the coder's name), then, for each
    turn the user corrected, the user's markers on it (``coded_by`` = ``user_label``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=[*CSV_COLUMNS, "coded_by"], extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    coder = result.get("model", {}).get("coder", "analyzer")
    for row in csv_rows(analysis):
        writer.writerow({**row, "coded_by": coder})
    mine = user_codes(result, corrections)
    turns = {t["index"]: t for t in result["turns"]}
    for turn_index in sorted({c.turn for c in corrections}):
        turn = turns[turn_index]
        base = {
            "source": result.get("source") or "",
            "turn": turn_index,
            "speaker": turn["speaker"],
            "role": turn["role"] or "",
            "text": turn["text"],
            "coded_by": user_label,
        }
        codes = mine.get(turn_index, [])
        for code in codes:
            marker = MARKERS_BY_CODE[code]
            writer.writerow(
                {
                    **base,
                    "kind": "marker",
                    "code": code,
                    "number": marker.number,
                    "scale": marker.scale.value,
                    "family": marker.family.value,
                }
            )
        if not codes:
            writer.writerow({**base, "kind": "none"})
    return buffer.getvalue()
