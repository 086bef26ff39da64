"""Line diff between two article states, as rows for an HTML table (escaped by the template)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

META_FIELDS = ("title", "series", "number", "tags", "related", "summary", "phrase")


@dataclass
class DiffRow:
    kind: str  # "equal", "insert", "delete", "skip"
    old_number: int | None
    new_number: int | None
    text: str

    @property
    def sign(self) -> str:
        return {"insert": "+", "delete": "−", "equal": " ", "skip": "…"}[self.kind]


def snapshot_lines(snapshot: dict) -> list[str]:
    lines = []
    for name in META_FIELDS:
        value = snapshot.get(name)
        if isinstance(value, list):
            value = ", ".join(value)
        lines.append(f"{name}: {'' if value is None else value}")
    lines.append("")
    lines.extend(snapshot.get("body", "").splitlines())
    return lines


def diff_rows(old: dict, new: dict, *, context: int = 3) -> list[DiffRow]:
    a, b = snapshot_lines(old), snapshot_lines(new)
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for group_index, group in enumerate(matcher.get_grouped_opcodes(context)):
        if group_index or group[0][1] > 0:
            rows.append(DiffRow("skip", None, None, ""))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                rows.extend(
                    DiffRow("equal", i + 1, j + 1, a[i])
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                )
                continue
            if tag in ("replace", "delete"):
                rows.extend(DiffRow("delete", i + 1, None, a[i]) for i in range(i1, i2))
            if tag in ("replace", "insert"):
                rows.extend(DiffRow("insert", None, j + 1, b[j]) for j in range(j1, j2))
    return rows
