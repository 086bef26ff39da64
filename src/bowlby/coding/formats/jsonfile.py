"""JSON transcripts in Bowlby's public format, and JSON Lines for streaming.

JSON: ``{"mode": "session" | "dyad", "turns": [{"speaker", "role", "text", "time"?, "meta"?}]}``,
validated against ``schemas/transcript.schema.json``; an error names the turn index and field
(``turns[3].role``) and the line where that turn starts.

JSON Lines: one turn object per line (same fields; ``role`` optional), optionally preceded by a
header line ``{"mode": "dyad"}``. Unlike plain JSON it can be read without loading the whole file.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from bowlby.coding.errors import TranscriptFormatError

from ._common import RawTurn, ReadContext, numbered, role_or_error

_ALLOWED_TURN_FIELDS = "speaker, role, text, time, meta"


@cache
def schema() -> dict[str, Any]:
    """The public transcript JSON Schema."""
    text = resources.files("bowlby.coding").joinpath("schemas/transcript.schema.json").read_text()
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


@cache
def _turn_validator() -> Draft202012Validator:
    turn = dict(schema()["$defs"]["turn"])
    turn["required"] = ["speaker", "text"]  # JSON Lines may leave roles to the guess
    return Draft202012Validator(turn)


class _PositionDecoder(json.JSONDecoder):
    """A decoder that remembers where each JSON object starts, to report turns by line."""

    def __init__(self) -> None:
        super().__init__()
        self.starts: dict[int, int] = {}

        def parse_object(s_and_end, *args, **kwargs):
            result, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)
            self.starts[id(result)] = s_and_end[1] - 1  # index of the opening brace
            return result, end

        self.parse_object = parse_object
        self.scan_once = json.scanner.py_make_scanner(self)


def read(lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
    text = "\n".join(line for _, line in numbered(lines, ctx))
    if not text.strip():
        raise ctx.error("E001")
    decoder = _PositionDecoder()
    try:
        document = decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise ctx.error("E030", line=exc.lineno, reason=exc.msg, column=exc.colno) from None

    newlines = [match.start() for match in re.finditer("\n", text)]

    def line_of(obj: Any) -> int | None:
        start = decoder.starts.get(id(obj))
        return None if start is None else bisect.bisect_left(newlines, start) + 1

    errors = sorted(_validator().iter_errors(document), key=_error_order)
    if errors:
        error = errors[0]
        turn_line = None
        path = list(error.absolute_path)
        if len(path) >= 2 and path[0] == "turns" and isinstance(path[1], int):
            turn_line = line_of(document["turns"][path[1]])
        raise _schema_error(error, ctx, turn_line)

    ctx.meta["mode"] = document["mode"]
    if "source" in document:
        ctx.meta["source"] = document["source"]
    if "meta" in document:
        ctx.meta["document_meta"] = document["meta"]
    for turn in document["turns"]:
        yield _raw_turn(turn, ctx, line_of(turn) or 1)


def read_lines(lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
    for number, line in numbered(lines, ctx):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ctx.error("E030", line=number, reason=exc.msg, column=exc.colno) from None
        if not isinstance(obj, dict):
            raise ctx.error("E032", line=number, found=f"a JSON {type(obj).__name__}")
        if "mode" in obj and "text" not in obj:
            if obj["mode"] not in ("session", "dyad"):
                raise ctx.error("E060", line=number, mode=obj["mode"])
            ctx.meta["mode"] = obj["mode"]
            continue
        errors = sorted(_turn_validator().iter_errors(obj), key=_error_order)
        if errors:
            raise _schema_error(errors[0], ctx, number)
        yield _raw_turn(obj, ctx, number)


def _raw_turn(turn: dict[str, Any], ctx: ReadContext, line: int) -> RawTurn:
    return RawTurn(
        speaker=turn["speaker"].strip(),
        text=turn["text"],
        line=line,
        role=role_or_error(turn.get("role"), ctx, line=line),
        time=turn.get("time"),
        meta=dict(turn.get("meta") or {}),
    )


def _error_order(error: ValidationError) -> tuple:
    path = tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in error.absolute_path)
    # A misspelt field also shows up as a missing one; the spelling is the more useful message.
    return (path, error.validator != "additionalProperties")


def _schema_error(
    error: ValidationError, ctx: ReadContext, line: int | None
) -> TranscriptFormatError:
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    field = field.lstrip(".") or "(top level)"
    kind = error.validator
    if kind == "required":
        hint = "Add the missing field."
    elif kind == "additionalProperties":
        hint = (
            f"Remove it or check its spelling (a turn may have: {_ALLOWED_TURN_FIELDS}; the top "
            "level: mode, turns, source, meta)."
        )
    elif kind == "enum":
        hint = "Use one of: " + ", ".join(map(str, error.validator_value)) + "."
    elif kind == "type":
        hint = f"Give a value of type {error.validator_value}."
    elif kind in ("minLength", "pattern"):
        hint = "Write the text; empty strings are not allowed."
    elif kind == "minItems":
        hint = "Add at least one turn."
    else:
        hint = "See schemas/transcript.schema.json for the format."
    return TranscriptFormatError(
        "E031", path=ctx.path, line=line, field=field, reason=error.message, hint=hint
    )


def sniff(head: str) -> bool:
    stripped = head.lstrip("\ufeff \t\r\n")
    return stripped.startswith("{") and not sniff_lines(head)


def sniff_lines(head: str) -> bool:
    """Two or more lines that each hold one complete JSON object."""
    lines = [line.strip() for line in head.splitlines() if line.strip()][:2]
    if len(lines) < 2 or not all(line.startswith("{") and line.endswith("}") for line in lines):
        return False
    try:
        return all(isinstance(json.loads(line), dict) for line in lines)
    except json.JSONDecodeError:
        return False
