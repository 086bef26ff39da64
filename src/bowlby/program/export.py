"""Journal export: Markdown to read, CSV (one row per field) for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from typing import Any

from bowlby.program.exercises import EXERCISES
from bowlby.program.journal import entry_date

CSV_COLUMNS = ("date", "kind", "exercise", "field", "label", "value")


def _label(kind: str, name: str) -> str:
    exercise = EXERCISES.get(kind)
    if exercise:
        for f in exercise.fields:
            if f.name == name:
                return f.label
    return name.replace("_", " ").capitalize()


def _title(kind: str) -> str:
    return EXERCISES[kind].title if kind in EXERCISES else str(kind).replace("_", " ").capitalize()


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _sorted(entries: Iterable[Mapping[str, Any]]) -> list[tuple[dt.date, int, Mapping[str, Any]]]:
    rows = [
        (entry_date(e.get("date"), where=f"entry[{i}].date"), i, e) for i, e in enumerate(entries)
    ]
    return sorted(rows, key=lambda r: (r[0], r[1]))


def entries_to_markdown(entries: Iterable[Mapping[str, Any]], *, title: str = "My journal") -> str:
    out = [f"# {title}", ""]
    current: dt.date | None = None
    for date, _, entry in _sorted(entries):
        if date != current:
            out += [f"## {date.isoformat()}", ""]
            current = date
        kind = str(entry.get("kind", ""))
        out += [f"### {_title(kind)}", ""]
        for name, value in (entry.get("fields") or {}).items():
            if value in (None, "", [], ()):
                continue
            label = _label(kind, name)
            if isinstance(value, list | tuple):
                ordered = EXERCISES.get(kind) and any(
                    f.name == name and f.type == "ranked_list" for f in EXERCISES[kind].fields
                )
                out.append(f"**{label}:**")
                out.append("")
                out += [
                    f"{n}. {_text(v)}" if ordered else f"- {_text(v)}"
                    for n, v in enumerate(value, 1)
                ]
                out.append("")
            elif "\n" in _text(value):
                out += [f"**{label}:**", "", _text(value), ""]
            else:
                out += [f"**{label}:** {_text(value)}", ""]
    return "\n".join(out).rstrip() + "\n"


def _cell(value: str) -> str:
    # Spreadsheets run cells that start like a formula; a leading apostrophe keeps them as text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def entries_to_csv(entries: Iterable[Mapping[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for date, _, entry in _sorted(entries):
        kind = str(entry.get("kind", ""))
        for name, value in (entry.get("fields") or {}).items():
            writer.writerow(
                [date.isoformat(), kind, _cell(_title(kind)), name, _cell(_label(kind, name)),
                 _cell(_text(value))]
            )  # fmt: skip
    return buffer.getvalue()
