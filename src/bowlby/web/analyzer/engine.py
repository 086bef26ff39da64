"""The bridge to :mod:`bowlby.coding`: read a transcript, run the analyzer (one per process),
and turn a stored result back into an :class:`~bowlby.coding.results.Analysis`."""

from __future__ import annotations

import io
import threading
from typing import Any

from bowlby.coding.formats import read_transcript
from bowlby.coding.results import (
    Analysis,
    Episode,
    ExceptionMoment,
    MarkerHit,
    RuptureHit,
    SpeakerResult,
    StrategyHit,
    Suggestion,
    TurnResult,
)
from bowlby.coding.transcript import Transcript

_analyzer = None
_lock = threading.Lock()


def use_analyzer(analyzer) -> None:
    """Replace the process's analyzer (tests use a small keyword coder; None: load again)."""
    global _analyzer
    with _lock:
        _analyzer = analyzer


def get_analyzer():
    """One Analyzer per process: loading the coder takes about a second."""
    global _analyzer
    with _lock:
        if _analyzer is None:
            from bowlby.coding.analyzer import Analyzer

            _analyzer = Analyzer()
        return _analyzer


class _NamedText(io.StringIO):
    """Text with a file name, so format detection can use the extension and errors name it."""

    def __init__(self, text: str, name: str | None) -> None:
        super().__init__(text)
        self.name = name


def read(
    text: str,
    *,
    name: str | None = None,
    format: str | None = None,
    mode: str | None = None,
    roles: dict[str, str] | None = None,
) -> Transcript:
    """The transcript in ``text``; raises ``TranscriptFormatError`` with the line."""
    source = _NamedText(text, name) if name else text
    if isinstance(source, str) and "\n" not in source:
        source = _NamedText(text, "pasted text")  # one line must not be mistaken for a path
    return read_transcript(source, format=format or None, mode=mode or None, roles=roles or None)


def analyse(transcript: Transcript) -> dict[str, Any]:
    return get_analyzer().transform(transcript).to_dict()


def rebuild(data: dict[str, Any]) -> Analysis:
    """An Analysis object from its stored ``to_dict()`` form (for the CSV and HTML writers)."""
    turns = []
    for t in data["turns"]:
        turns.append(
            TurnResult(
                **{
                    **{
                        k: v for k, v in t.items() if k not in ("markers", "ruptures", "strategies")
                    },
                    "markers": [MarkerHit(**m) for m in t["markers"]],
                    "ruptures": [RuptureHit(**r) for r in t["ruptures"]],
                    "strategies": [StrategyHit(**s) for s in t["strategies"]],
                }
            )
        )
    return Analysis(
        source=data.get("source"),
        mode=data["mode"],
        model=data.get("model", {}),
        turns=turns,
        speakers={k: SpeakerResult(**v) for k, v in data["speakers"].items()},
        episodes=[Episode(**e) for e in data["episodes"]],
        exceptions=[ExceptionMoment(**e) for e in data["exceptions"]],
        suggestions=[Suggestion(**s) for s in data["suggestions"]],
        talk_ratio=data.get("talk_ratio", {}),
        safety=data.get("safety", {}),
    )
