"""What every reader shares: the raw turn it yields, the context it reports into, line helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.transcript import normalise_role


@dataclass(slots=True)
class RawTurn:
    """A turn as a reader found it, before numbering, role assignment and cue parsing."""

    speaker: str
    text: str
    line: int
    role: str | None = None
    time: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ReadContext:
    """Where a reader is reading (for error messages) and what it learned about the whole file."""

    path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def error(self, code: str, *, line: int | None = None, **values: Any) -> TranscriptFormatError:
        return TranscriptFormatError(code, path=self.path, line=line, **values)


ReadFunction = Callable[[Iterable[str], ReadContext], Iterator[RawTurn]]


@dataclass(frozen=True, slots=True)
class Reader:
    """A registered transcript format: its reader, its file extensions and a content sniffer."""

    name: str
    read: ReadFunction
    sniff: Callable[[str], bool]
    extensions: tuple[str, ...] = ()
    streams: bool = True  # False: the reader needs the whole document (plain JSON)
    description: str = ""

    def __call__(self, lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
        return self.read(lines, ctx)


def numbered(lines: Iterable[str], ctx: ReadContext) -> Iterator[tuple[int, str]]:
    """(1-based line number, line without its line ending); a byte-order mark is dropped."""
    number = 0
    iterator = iter(lines)
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise ctx.error("E005", line=number + 1, reason=str(exc)) from None
        number += 1
        if number == 1:
            line = line.removeprefix("\ufeff")
        yield number, line.rstrip("\r\n")


# A speaker prefix: one to four name-like words ("T", "Dr. Okafor", "Client (Anna)", "P2"), a
# colon and a space or the end of the line. Later words must be capitalised or bracketed so that
# "She said: no" inside a turn is not taken for a new speaker.
_NAME = r"[A-Z0-9\u00c0-\u024f][\w.'\u00c0-\u024f-]*(?:\s+(?:[A-Z0-9\u00c0-\u024f][\w.'\u00c0-\u024f-]*|\([^()]{1,30}\))){0,3}"
SPEAKER_PREFIX_RE = re.compile(rf"^(?P<speaker>{_NAME})\s*:(?:\s+|$)(?P<text>.*)$")

# A leading timestamp as transcribers write it: [00:01:02], (01:02), [00:01:02.5], 00:01:02 -
TIMESTAMP_RE = re.compile(
    r"^\s*(?:[\[(](?P<b>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]|(?P<bare>\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)\s+-?)\s*"
)


def split_timestamp(line: str) -> tuple[str | None, str]:
    """(timestamp or ``None``, the rest of the line)."""
    match = TIMESTAMP_RE.match(line)
    if not match:
        return None, line
    return match.group("b") or match.group("bare"), line[match.end() :]


def split_speaker(text: str) -> tuple[str | None, str]:
    """(speaker or ``None``, the text after the prefix)."""
    match = SPEAKER_PREFIX_RE.match(text)
    if not match:
        return None, text
    return match.group("speaker").strip(), match.group("text").strip()


def role_or_error(value: str | None, ctx: ReadContext, *, line: int | None = None) -> str | None:
    try:
        return normalise_role(value)
    except KeyError:
        raise ctx.error("E024", line=line, role=value) from None
