"""Plain-text transcripts: one turn per ``Name: text`` line.

- A turn starts with a speaker prefix (``T:``, ``P:``, ``Therapist:``, ``Dr. Okafor:``), optionally
  after a timestamp: ``[00:01:02] T: ...``, ``(01:02) Anna: ...``.
- Lines without a prefix continue the previous turn (joined with a newline); blank lines are
  ignored.
- A line without a prefix before any turn is an error, and so is a turn with no text at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bowlby.coding.errors import excerpt

from ._common import RawTurn, ReadContext, numbered, split_speaker, split_timestamp


def read(lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
    current: RawTurn | None = None
    for number, line in numbered(lines, ctx):
        if not line.strip():
            continue
        time, rest = split_timestamp(line)
        speaker, text = split_speaker(rest.strip())
        if speaker is None:
            if current is None:
                raise ctx.error("E010", line=number, excerpt=excerpt(line))
            current.text = f"{current.text}\n{line.strip()}" if current.text else line.strip()
            continue
        if current is not None:
            yield _finished(current, ctx)
        current = RawTurn(speaker=speaker, text=text, line=number, time=time)
    if current is not None:
        yield _finished(current, ctx)


def _finished(turn: RawTurn, ctx: ReadContext) -> RawTurn:
    if not turn.text.strip():
        raise ctx.error("E011", line=turn.line, speaker=turn.speaker)
    return turn


def sniff(head: str) -> bool:
    """Some line of the head starts with a speaker prefix (tried last, after the other formats)."""
    lines = [line for line in head.splitlines() if line.strip()][:50]
    return any(split_speaker(split_timestamp(line)[1].strip())[0] for line in lines)
