"""Shared parsing and validation for the hand-written turn examples in this folder."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
from bowlby.coding.scheme import MARKERS_BY_NUMBER, RUPTURE_SUBTYPES

REGISTERS = {"T": "therapy", "C": "couple", "X": "text"}


def parse_block(block: str, *, subtype: str | None, where: str) -> list[dict]:
    """One example per non-empty line: REG | context | text | evidence | salience [| markers]."""
    rows = []
    for n, line in enumerate(block.strip().splitlines(), 1):
        parts = [p.strip() for p in line.split(" | ")]
        reg = REGISTERS[parts[0]]
        speaker = "patient" if reg == "therapy" else "partner"
        listener = "therapist" if reg == "therapy" else "partner"
        context = [
            {"role": listener, "text": t.strip()} for t in parts[1].split(" // ") if t.strip()
        ]
        row = {"register": reg, "context": context, "role": speaker, "text": parts[2]}
        if subtype is None:
            if len(parts) != 3:
                raise ValueError(f"{where} line {n}: expected 3 fields, got {len(parts)}: {line!r}")
            row.update(markers=[], ruptures=[], evidence="")
        else:
            if len(parts) not in (5, 6):
                raise ValueError(f"{where} line {n}: expected 5 or 6 fields: {line!r}")
            markers = [int(x) for x in parts[5].split(",")] if len(parts) == 6 else []
            row.update(
                markers=markers,
                ruptures=[{"subtype": subtype, "salience": int(parts[4])}],
                evidence=parts[3],
            )
        rows.append(row)
    return rows


def validate(rows: list[dict]) -> None:
    ids = set()
    for r in rows:
        where = r["id"]
        if where in ids:
            raise ValueError(f"duplicate id {where}")
        ids.add(where)
        assert r["register"] in REGISTERS.values(), where
        assert r["role"] in ("patient", "partner"), where
        assert 0 <= len(r["context"]) <= 3, where
        for c in r["context"]:
            ok = "therapist" if r["register"] == "therapy" else "partner"
            assert c["role"] == ok and c["text"], where
        assert r["evidence"] in r["text"], f"{where}: evidence not in text"
        for m in r["markers"]:
            assert m in MARKERS_BY_NUMBER, where
        for rup in r["ruptures"]:
            assert rup["subtype"] in RUPTURE_SUBTYPES and 1 <= rup["salience"] <= 5, where
        if not r["markers"] and not r["ruptures"]:
            assert r["evidence"] == "", where
        else:
            assert r["evidence"], where
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        raise ValueError("duplicate text")


def write(rows: list[dict], path: Path) -> None:
    validate(rows)
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # Re-read: every line must parse.
    for line in path.read_text(encoding="utf-8").splitlines():
        json.loads(line)
