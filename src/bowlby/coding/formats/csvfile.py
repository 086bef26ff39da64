"""CSV transcripts: a header row naming the columns, then one turn per row.

Columns (case-insensitive, in any order): ``speaker`` and ``text`` are required; ``role`` and
``time`` are optional (``name``/``who``, ``utterance``/``message``, ``timestamp``/``start`` are
accepted too). Other columns are kept in ``turn.meta``. The delimiter (comma, semicolon, tab or
bar) is sniffed from the header. Quoted fields may span lines; blank rows are skipped.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from ._common import RawTurn, ReadContext, numbered, role_or_error

_ALIASES = {
    "speaker": ("speaker", "name", "who", "speaker_id"),
    "text": ("text", "utterance", "message", "content", "transcript"),
    "role": ("role", "speaker_role"),
    "time": ("time", "timestamp", "start", "start_time"),
}
_DELIMITERS = ",;\t|"


def _delimiter(header: str) -> str:
    try:
        return csv.Sniffer().sniff(header, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        # One-column headers defeat the sniffer; take the most frequent candidate.
        return max(_DELIMITERS, key=header.count)


def read(lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
    numbered_lines = numbered(lines, ctx)
    # Skip leading blank lines to find the header.
    header_number, header_line = next(
        ((n, line) for n, line in numbered_lines if line.strip()), (0, "")
    )
    if not header_line:
        raise ctx.error("E001", line=None)
    delimiter = _delimiter(header_line)
    ctx.meta["csv_delimiter"] = delimiter

    position = {"line": header_number}

    def tracked() -> Iterator[str]:
        yield header_line + "\n"
        for number, line in numbered_lines:
            position["line"] = number
            yield line + "\n"

    rows = csv.reader(tracked(), delimiter=delimiter)
    header = [name.strip().lower() for name in next(rows)]
    columns = _columns(header, ctx, header_number)
    extra = [i for i, name in enumerate(header) if i not in columns.values()]

    last_line = header_number
    for row in rows:
        start, last_line = last_line + 1, position["line"]
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise ctx.error(
                "E023", line=start, found=len(row), expected=len(header), delimiter=delimiter
            )
        speaker = _cell(row, columns["speaker"]) or ""
        text = _cell(row, columns["text"]) or ""
        if not text:
            raise ctx.error("E021", line=start, speaker=speaker or "?")
        if not speaker:
            raise ctx.error("E022", line=start)
        role = role_or_error(_cell(row, columns.get("role")), ctx, line=start)
        time = _cell(row, columns.get("time")) or None
        meta = {header[i]: row[i] for i in extra if i < len(row) and row[i].strip()}
        yield RawTurn(speaker=speaker, text=text, line=start, role=role, time=time, meta=meta)


def _cell(row: list[str], index: int | None) -> str | None:
    if index is None or index >= len(row):
        return None
    return row[index].strip()


def _columns(header: list[str], ctx: ReadContext, line: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for key, aliases in _ALIASES.items():
        for i, name in enumerate(header):
            if name in aliases:
                columns[key] = i
                break
    for required in ("speaker", "text"):
        if required not in columns:
            raise ctx.error("E020", line=line, column=required, found=", ".join(header) or "none")
    return columns


def sniff(head: str) -> bool:
    """The first non-blank line is a header naming a speaker and a text column."""
    first = next((line for line in head.splitlines() if line.strip()), "")
    if not first:
        return False
    cells = next(csv.reader([first], delimiter=_delimiter(first)), [])
    names = {cell.strip().lower() for cell in cells}
    return bool(names & set(_ALIASES["speaker"])) and bool(names & set(_ALIASES["text"]))
