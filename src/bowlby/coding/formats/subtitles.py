"""Subtitle transcripts: WebVTT (``.vtt``) and SubRip (``.srt``).

Cues are blocks separated by blank lines: an optional identifier (SRT: the cue number), a timing
line ``start --> end`` and the text. The speaker comes from a WebVTT voice tag (``<v Anna>``,
``<v.loud Anna>``) or a ``Name:`` prefix (also after a dialogue dash ``- Anna: ...``). A cue that
names no speaker continues the previous speaker's turn, because subtitles cut long turns into
several cues; consecutive cues by one speaker are merged into one turn timed at its first cue.
Formatting tags (``<i>``, ``<b>``, ``<c.x>``, inline timestamps) are removed, entities decoded.
WebVTT ``NOTE``, ``STYLE`` and ``REGION`` blocks are not speech and are skipped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from bowlby.coding.errors import excerpt

from ._common import RawTurn, ReadContext, numbered, split_speaker

_VTT_TIME = r"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}"
_VTT_TIMING_RE = re.compile(
    rf"^(?P<start>{_VTT_TIME})[ \t]+-->[ \t]+(?P<end>{_VTT_TIME})(?:[ \t]+.*)?$"
)
_SRT_TIME = r"\d{1,2}:[0-5]\d:[0-5]\d[,.]\d{1,3}"
_SRT_TIMING_RE = re.compile(
    rf"^(?P<start>{_SRT_TIME})[ \t]*-->[ \t]*(?P<end>{_SRT_TIME})(?:[ \t]+.*)?$"
)
# Something a person meant as a timing line, even if broken (so we can say "broken" not "missing").
_LOOKS_LIKE_TIMING_RE = re.compile(r"-->|^\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*-+>?")
_VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
_TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")

_VTT_EXAMPLE = "00:01:02.500 --> 00:01:05.000"
_SRT_EXAMPLE = "00:01:02,500 --> 00:01:05,000"


def _blocks(lines: Iterable[str], ctx: ReadContext) -> Iterator[list[tuple[int, str]]]:
    block: list[tuple[int, str]] = []
    for number, line in numbered(lines, ctx):
        if line.strip():
            block.append((number, line.strip()))
        elif block:
            yield block
            block = []
    if block:
        yield block


def read_vtt(lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
    blocks = _blocks(lines, ctx)
    header = next(blocks, None)
    if header is None:
        raise ctx.error("E001")
    first_line, first = header[0]
    if not re.match(r"^WEBVTT(?:[ \t].*)?$", first):
        raise ctx.error("E040", line=first_line, excerpt=excerpt(first))
    yield from _merge(_cues(blocks, ctx, vtt=True), ctx)


def read_srt(lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
    yield from _merge(_cues(_blocks(lines, ctx), ctx, vtt=False), ctx)


def _cues(
    blocks: Iterable[list[tuple[int, str]]], ctx: ReadContext, *, vtt: bool
) -> Iterator[tuple[str | None, str, int, str]]:
    """(speaker or None, text, line, start time) for each voice piece of each cue."""
    timing_re, example = (_VTT_TIMING_RE, _VTT_EXAMPLE) if vtt else (_SRT_TIMING_RE, _SRT_EXAMPLE)
    for block in blocks:
        if vtt and re.match(r"^(NOTE|STYLE|REGION)(?:\s|$)", block[0][1]):
            continue
        if _LOOKS_LIKE_TIMING_RE.search(block[0][1]):
            timing_at = 0
        elif len(block) > 1 and _LOOKS_LIKE_TIMING_RE.search(block[1][1]):
            timing_at = 1
        else:
            number, line = block[0]
            raise ctx.error("E042", line=number, excerpt=excerpt(line), example=example)
        number, timing = block[timing_at]
        match = timing_re.match(timing)
        if not match:
            raise ctx.error("E041", line=number, excerpt=excerpt(timing), example=example)
        payload = block[timing_at + 1 :]
        for speaker, text, line in _voices(payload):
            yield speaker, text, line, match.group("start")


def _voices(payload: list[tuple[int, str]]) -> Iterator[tuple[str | None, str, int]]:
    """Split a cue's text lines into (speaker or None, text, line) pieces."""
    speaker: str | None = None
    parts: list[str] = []
    start_line = payload[0][0] if payload else 0
    for number, raw in payload:
        # A voice tag starts a new piece; text before it belongs to the current one.
        pieces = _VOICE_RE.split(raw)
        segments = [(None, pieces[0])] + [
            (pieces[i].strip(), pieces[i + 1]) for i in range(1, len(pieces), 2)
        ]
        for voice, segment in segments:
            clean = html.unescape(_TAG_RE.sub("", segment)).strip()
            if voice is None:
                named, rest = split_speaker(clean.removeprefix("- ").removeprefix("-").strip())
            else:
                named, rest = voice, clean
            if named is not None:
                if parts:
                    yield speaker, " ".join(parts), start_line
                speaker, parts, start_line = named, [], number
                clean = rest
            if clean:
                parts.append(clean)
    if parts:
        yield speaker, " ".join(parts), start_line


def _merge(
    pieces: Iterable[tuple[str | None, str, int, str]], ctx: ReadContext
) -> Iterator[RawTurn]:
    current: RawTurn | None = None
    for speaker, text, line, time in pieces:
        if speaker is None:
            if current is None:
                raise ctx.error("E043", line=line, excerpt=excerpt(text))
            speaker = current.speaker
        if current is not None and speaker == current.speaker:
            current.text = f"{current.text} {text}"
            current.meta["cues"] = current.meta.get("cues", 1) + 1
            continue
        if current is not None:
            yield current
        current = RawTurn(speaker=speaker, text=text, line=line, time=time)
    if current is not None:
        yield current


def sniff_vtt(head: str) -> bool:
    return head.lstrip("\ufeff \t\r\n").startswith("WEBVTT")


def sniff_srt(head: str) -> bool:
    lines = [line.strip() for line in head.splitlines() if line.strip()][:3]
    return (
        len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_TIMING_RE.match(lines[1]))
    ) or bool(lines and _SRT_TIMING_RE.match(lines[0]))
