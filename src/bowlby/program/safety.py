"""Safety for the program: the start-screen statement and the crisis check on journal text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bowlby.safety import HELP_MESSAGE, crisis_spans, has_crisis_language

NOT_FOR_VIOLENCE = (
    "This program is for couples who want to communicate better. It is not meant for "
    "relationships where there is violence, threats, or control — being hit, pushed, "
    "frightened, watched, cut off from friends or money, or pressured into sex. Exercises like "
    "these can make such situations more dangerous. If any of this is happening to you, please "
    "talk to someone who can help you stay safe: a domestic-abuse helpline in your country "
    "(findahelpline.com lists free, confidential ones), your doctor, or — if you are in danger "
    "right now — your local emergency number (112 in Europe, 911 in North America, 999 in the UK)."
)


@dataclass(frozen=True)
class SafetyNotice:
    message: str
    spans: tuple[tuple[int, int], ...]  # where in the checked text the words were found
    show_exercise: bool = False  # the answer to crisis language is help, never an exercise


def _text_of(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, Mapping):
        source = entry.get("fields", entry) if "fields" in entry else entry
        return "\n".join(_text_of(v) for v in source.values())
    if isinstance(entry, list | tuple):
        return "\n".join(_text_of(v) for v in entry)
    return ""


def check_entry(text: str | Mapping[str, Any]) -> SafetyNotice | None:
    """A :class:`SafetyNotice` when the text (or every text in an entry's fields) holds crisis
    language; ``None`` otherwise."""
    content = _text_of(text)
    if not has_crisis_language(content):
        return None
    return SafetyNotice(message=HELP_MESSAGE, spans=tuple(crisis_spans(content)))
