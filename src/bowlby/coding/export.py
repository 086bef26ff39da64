"""Write analyses out: JSON (the stable schema) and CSV in the shape human coders use."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TextIO

from bowlby.coding.results import Analysis

CSV_COLUMNS = [
    "source",
    "turn",
    "speaker",
    "role",
    "kind",
    "code",
    "number",
    "scale",
    "family",
    "type",
    "subtype",
    "salience",
    "confidence",
    "evidence",
    "text",
]


def to_json(analysis: Analysis, *, indent: int | None = 2) -> str:
    return json.dumps(analysis.to_dict(), indent=indent, ensure_ascii=False)


def csv_rows(analysis: Analysis) -> Iterable[dict]:
    """One row per turn × code (marker or rupture); a turn without codes gets one empty row, so
    every turn appears and rows line up with a human coder's sheet."""
    for turn in analysis.turns:
        base = {
            "source": analysis.source or "",
            "turn": turn.index,
            "speaker": turn.speaker,
            "role": turn.role or "",
            "text": turn.text,
        }
        rows = []
        for hit in turn.markers:
            rows.append(
                {
                    **base,
                    "kind": "marker",
                    "code": hit.code,
                    "number": hit.number,
                    "scale": hit.scale,
                    "family": hit.family,
                    "confidence": f"{hit.confidence:.3f}",
                    "evidence": hit.evidence,
                }
            )
        for hit in turn.ruptures:
            rows.append(
                {
                    **base,
                    "kind": "rupture",
                    "code": hit.subtype,
                    "type": hit.type,
                    "subtype": hit.subtype,
                    "salience": hit.salience,
                    "confidence": f"{hit.confidence:.3f}",
                    "evidence": hit.evidence,
                }
            )
        for hit in turn.strategies:
            rows.append({**base, "kind": "strategy", "code": hit.code, "evidence": hit.evidence})
        if not rows:
            rows.append({**base, "kind": "none" if turn.coded else "not_coded"})
        yield from rows


def write_csv(handle: TextIO, analyses: Iterable[Analysis]) -> None:
    """Write the coders' CSV of ``analyses`` to ``handle``, one analysis at a time (streams)."""
    writer = csv.DictWriter(
        handle, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    for analysis in analyses:
        writer.writerows(csv_rows(analysis))
        handle.flush()


def to_csv(analyses: Iterable[Analysis]) -> str:
    buffer = io.StringIO()
    write_csv(buffer, analyses)
    return buffer.getvalue()
