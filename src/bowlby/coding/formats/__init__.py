"""Read transcripts from files or text into :class:`~bowlby.coding.transcript.Transcript` objects.

>>> t = read_transcript("T: How was the week?\\nP: Fine. (shrugs)")
>>> t.mode, [turn.role for turn in t], t.turns[1].cues[0].kind
('session', ['therapist', 'patient'], 'shrug')

Formats (:data:`FORMATS`): ``text`` (``Name: text`` lines), ``csv``, ``json`` (the public format,
``schemas/transcript.schema.json``), ``jsonl``, ``vtt``, ``srt`` and ``whatsapp``. Every malformed
input raises :class:`~bowlby.coding.errors.TranscriptFormatError` naming the file and line.
:func:`iter_turns` streams turns from huge files without reading them whole.
"""

from __future__ import annotations

import io
import itertools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.transcript import MODES, Transcript, Turn, normalise_role

from . import csvfile, jsonfile, plaintext, subtitles, whatsapp
from ._common import RawTurn, ReadContext, Reader
from .roles import RoleGuess, explain_roles, guess_roles

__all__ = [
    "FORMATS",
    "Reader",
    "RoleGuess",
    "TranscriptFormatError",
    "detect_format",
    "explain_roles",
    "guess_roles",
    "iter_turns",
    "read_transcript",
]

FORMATS: dict[str, Reader] = {
    reader.name: reader
    for reader in (
        Reader("vtt", subtitles.read_vtt, subtitles.sniff_vtt, (".vtt",), description="WebVTT"),
        Reader("srt", subtitles.read_srt, subtitles.sniff_srt, (".srt",), description="SubRip"),
        Reader("jsonl", jsonfile.read_lines, jsonfile.sniff_lines, (".jsonl", ".ndjson")),
        Reader("json", jsonfile.read, jsonfile.sniff, (".json",), streams=False),
        Reader("whatsapp", whatsapp.read, whatsapp.sniff, description="WhatsApp-style chat"),
        Reader("csv", csvfile.read, csvfile.sniff, (".csv", ".tsv")),
        # Last: it accepts anything with a "Name:" line, and then reports the lines it cannot use.
        Reader("text", plaintext.read, plaintext.sniff, (".txt", ".text", ".md")),
    )
}
_HEAD_CHARS = 16_384
_HEAD_LINES = 60
# A one-line string that names a missing file rather than holding a one-turn transcript.
_PATH_LIKE_RE = re.compile(r"[^:\n]*\.(?:txt|text|md|csv|tsv|json|jsonl|ndjson|vtt|srt)", re.I)


def detect_format(name: str | None, head_text: str) -> str:
    """The format name for a file called ``name`` (may be ``None``) starting with ``head_text``.

    Content decides (``.txt`` files are often chat exports); the extension breaks ties and is
    trusted for JSON, CSV and subtitles when the content is not recognised.
    """
    suffix = Path(name).suffix.lower() if name else ""
    for reader in FORMATS.values():
        if reader.name != "text" and reader.sniff(head_text):
            return reader.name
    for reader in FORMATS.values():
        if suffix in reader.extensions:
            return reader.name
    if plaintext.sniff(head_text):
        return "text"
    raise TranscriptFormatError("E002", path=name, formats=", ".join(FORMATS))


def read_transcript(
    path_or_text: str | os.PathLike[str] | IO[str],
    *,
    format: str | None = None,
    mode: str | None = None,
    roles: Mapping[str, str] | None = None,
    source: str | None = None,
) -> Transcript:
    """Read a whole transcript from a path, an open text file, or the text itself.

    A ``str`` is a path if a file of that name exists and it has no line break; otherwise it is
    the transcript text. ``mode`` ("session"/"dyad") and ``roles`` ({speaker: role}) override what
    the source says and what :func:`guess_roles` guesses; ``transcript.meta["role_guess"]`` records
    the outcome and why.
    """
    _check_mode(mode)
    name, lines = _open(path_or_text)
    try:
        head, lines = _head(lines)
        if not head.strip():
            raise TranscriptFormatError("E001", path=name)
        format = _format(format, name, head)
        ctx = ReadContext(path=name)
        raws = list(FORMATS[format](lines, ctx))
    finally:
        _close(lines)
    if not raws:
        raise TranscriptFormatError("E006", path=name)
    role_of, record = _assign_roles(raws, ctx, mode=mode, roles=roles)
    turns = [_build(i, raw, role_of.get(raw.speaker)) for i, raw in enumerate(raws)]
    meta: dict[str, Any] = {"format": format, "role_guess": record}
    meta.update({k: v for k, v in ctx.meta.items() if k not in ("mode", "source")})
    return Transcript(
        turns=turns,
        mode=record["mode"],
        source=source or ctx.meta.get("source") or name,
        meta=meta,
    )


def iter_turns(
    file: str | os.PathLike[str] | IO[str],
    *,
    format: str | None = None,
    batch_size: int | None = None,
    roles: Mapping[str, str] | None = None,
) -> Iterator[Turn] | Iterator[list[Turn]]:
    """Stream the turns of a (possibly huge) transcript file, one line at a time.

    Yields :class:`Turn` objects, or lists of at most ``batch_size`` turns when it is given.
    Roles come from the source or ``roles``; there is no guess (that needs every turn first).
    Plain ``json`` is parsed whole; use ``jsonl`` for streaming JSON.
    """
    if batch_size is not None and batch_size < 1:
        raise ValueError(f"batch_size must be a positive number of turns, not {batch_size!r}")
    turns = _stream(file, format=format, roles=roles)
    if batch_size is None:
        return turns
    return _batched(turns, batch_size)


def _stream(
    file: str | os.PathLike[str] | IO[str], *, format: str | None, roles: Mapping[str, str] | None
) -> Iterator[Turn]:
    user_roles = _user_roles(roles, name=None)
    name, lines = _open(file, prefer_path=True)
    try:
        head, lines = _head(lines)
        if not head.strip():
            raise TranscriptFormatError("E001", path=name)
        format = _format(format, name, head)
        ctx = ReadContext(path=name)
        for index, raw in enumerate(FORMATS[format](lines, ctx)):
            yield _build(index, raw, user_roles.get(raw.speaker, raw.role))
    finally:
        _close(lines)


def _batched(turns: Iterator[Turn], size: int) -> Iterator[list[Turn]]:
    while batch := list(itertools.islice(turns, size)):
        yield batch


def _build(index: int, raw: RawTurn, role: str | None) -> Turn:
    return Turn.build(
        index=index,
        speaker=raw.speaker,
        text=raw.text,
        role=role,
        time=raw.time,
        line=raw.line,
        meta=raw.meta,
    )


# --- input handling ---------------------------------------------------------------------------


def _open(
    source: str | os.PathLike[str] | IO[str], *, prefer_path: bool = False
) -> tuple[str | None, Iterable[str]]:
    """(display name or None, an iterable of lines)."""
    if hasattr(source, "read"):
        name = getattr(source, "name", None)
        return (str(name) if isinstance(name, str) else None), source  # type: ignore[return-value]
    if isinstance(source, str) and "\n" not in source and not os.path.isfile(source):
        is_text = not (prefer_path or _PATH_LIKE_RE.fullmatch(source.strip()))
    else:
        is_text = isinstance(source, str) and "\n" in source
    if is_text:
        return None, io.StringIO(source)  # type: ignore[arg-type]
    path = os.fspath(source)
    try:
        return path, open(path, encoding="utf-8-sig")  # closed by _close
    except OSError as exc:
        raise TranscriptFormatError("E004", path=path, reason=exc.strerror or str(exc)) from None


def _head(lines: Iterable[str]) -> tuple[str, Iterable[str]]:
    """The first lines as text, for detection, and the lines again with that head put back."""
    iterator = iter(lines)
    taken: list[str] = []
    size = 0
    try:
        for line in iterator:
            taken.append(line)
            size += len(line)
            if len(taken) >= _HEAD_LINES or size >= _HEAD_CHARS:
                break
    except UnicodeDecodeError as exc:
        raise TranscriptFormatError("E005", line=len(taken) + 1, reason=str(exc)) from None
    # Keep the file object reachable so _close can close it.
    chained = _Chained(taken, iterator, lines)
    return "".join(line if line.endswith("\n") else line + "\n" for line in taken), chained


class _Chained:
    def __init__(self, head: list[str], rest: Iterator[str], original: Iterable[str]) -> None:
        self._iter = itertools.chain(head, rest)
        self.original = original

    def __iter__(self) -> Iterator[str]:
        return self._iter


def _close(lines: Iterable[str]) -> None:
    original = getattr(lines, "original", lines)
    if isinstance(original, io.TextIOWrapper):
        original.close()


def _format(format: str | None, name: str | None, head: str) -> str:
    if format is None:
        return detect_format(name, head)
    if format not in FORMATS:
        raise TranscriptFormatError("E003", path=name, format=format, formats=", ".join(FORMATS))
    return format


# --- modes and roles --------------------------------------------------------------------------


def _check_mode(mode: str | None) -> None:
    if mode is not None and mode not in MODES:
        raise TranscriptFormatError("E060", mode=mode)


def _user_roles(roles: Mapping[str, str] | None, *, name: str | None) -> dict[str, str]:
    result: dict[str, str] = {}
    for speaker, role in (roles or {}).items():
        try:
            canonical = normalise_role(role)
        except KeyError:
            raise TranscriptFormatError(
                "E024", path=name, field=f"roles[{speaker!r}]", role=role
            ) from None
        if canonical is not None:
            result[speaker] = canonical
    return result


def _assign_roles(
    raws: list[RawTurn],
    ctx: ReadContext,
    *,
    mode: str | None,
    roles: Mapping[str, str] | None,
) -> tuple[dict[str, str], dict[str, Any]]:
    speakers = list(dict.fromkeys(raw.speaker for raw in raws))
    user = _user_roles(roles, name=ctx.path)
    for speaker in user:
        if speaker not in speakers:
            raise TranscriptFormatError(
                "E061", path=ctx.path, speaker=speaker, speakers=", ".join(speakers)
            )
    given: dict[str, str] = {}
    for raw in raws:
        if raw.role is not None:
            given.setdefault(raw.speaker, raw.role)
    known = {**given, **user}

    wanted_mode = mode or ctx.meta.get("mode")
    if wanted_mode is None and known:
        wanted_mode = "dyad" if set(known.values()) == {"partner"} else "session"
    pure = explain_roles(speakers, raws)
    fitted = explain_roles(speakers, raws, mode=wanted_mode) if wanted_mode else pure
    final = {**fitted.roles, **known}
    unknown = [s for s in speakers if s not in known]
    if fitted.mode == "session" and unknown:
        if "therapist" in known.values():
            final.update(dict.fromkeys(unknown, "patient"))
        elif "therapist" not in final.values():
            # The guessed helper was given another role: the first speaker left is the helper.
            final[unknown[0]] = "therapist"

    if mode is not None or user:
        by, reason = "caller", "mode or roles set by the caller"
    elif known or ctx.meta.get("mode"):
        by, reason = "source", "mode or roles given in the source"
    else:
        by, reason = "guess", fitted.reason
    if by != "guess" and not all(s in known for s in speakers):
        reason += f"; other roles guessed: {fitted.reason}"
    record = {
        "mode": fitted.mode,
        "roles": final,
        "by": by,
        "reason": reason,
        "guess": {"mode": pure.mode, "roles": pure.roles, "reason": pure.reason},
    }
    return final, record
