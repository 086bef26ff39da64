"""Conversation objects: a :class:`Transcript` of :class:`Turn` s by :class:`Speaker` s.

Every object carries a ``meta`` dict for whatever a reader or an analysis wants to attach.
Non-verbal cues written in the text — ``(cries)``, ``[silence]``, ``(long pause)`` — are parsed
into :class:`Cue` objects and kept as evidence; the spoken words stay available without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# A cue is a short bracketed stage direction: at most six words, no sentence punctuation inside.
_CUE_RE = re.compile(r"[(\[]\s*([A-Za-z][A-Za-z' -]{0,60}?)\s*[)\]]")

# Normalised kinds, so analyses do not depend on a transcriber's wording.
_CUE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("laughter", ("laugh", "chuckl", "giggl", "smil", "grin")),
    ("crying", ("cries", "cry", "crying", "tear", "sob", "weep")),
    ("sigh", ("sigh",)),
    ("silence", ("silence", "silent", "pause", "quiet", "no response", "no answer")),
    ("shrug", ("shrug",)),
    ("anger", ("angr", "raises voice", "shout", "snap", "yell")),
    ("gaze_away", ("looks away", "looks down", "avoids eye", "stares")),
)


MODES = ("session", "dyad")
ROLES = ("therapist", "patient", "partner")

# Words people use for the roles in sources and options; all map onto :data:`ROLES`.
ROLE_ALIASES: dict[str, str] = {
    "therapist": "therapist",
    "helper": "therapist",
    "counsellor": "therapist",
    "counselor": "therapist",
    "coach": "therapist",
    "listener": "therapist",
    "patient": "patient",
    "client": "patient",
    "coachee": "patient",
    "partner": "partner",
}


def normalise_role(value: str | None) -> str | None:
    """The canonical role for ``value`` (case-insensitive, aliases allowed); ``None`` for empty.

    Raises :class:`KeyError` for a word that is not a role, so callers can report where it was.
    """
    if value is None or not value.strip():
        return None
    return ROLE_ALIASES[value.strip().lower()]


@dataclass(frozen=True, slots=True)
class Cue:
    """A non-verbal cue: its text as written, a normalised kind, and where it sits in the turn."""

    text: str
    kind: str
    start: int
    end: int


def classify_cue(text: str) -> str | None:
    lowered = text.lower()
    for kind, stems in _CUE_KINDS:
        if any(stem in lowered for stem in stems):
            return kind
    return None


def parse_cues(text: str) -> list[Cue]:
    """The non-verbal cues in ``text`` (bracketed words of a known kind), in order."""
    cues = []
    for match in _CUE_RE.finditer(text):
        inner = match.group(1).strip()
        if len(inner.split()) > 6:
            continue
        kind = classify_cue(inner)
        if kind is not None:
            cues.append(Cue(text=inner, kind=kind, start=match.start(), end=match.end()))
    return cues


def strip_cues(text: str, cues: list[Cue]) -> str:
    """``text`` without its cues, whitespace tidied."""
    pieces, last = [], 0
    for cue in cues:
        pieces.append(text[last : cue.start])
        last = cue.end
    pieces.append(text[last:])
    return re.sub(r"\s+", " ", "".join(pieces)).strip()


@dataclass(slots=True)
class Speaker:
    id: str
    role: str | None = None  # "therapist", "patient" or "partner"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Turn:
    """One speaker's turn. ``text`` is as written (cues included); ``words`` is without cues."""

    index: int
    speaker: str
    text: str
    role: str | None = None
    time: str | None = None  # as written in the source ("00:01:02.500", "12/03/2024, 21:14")
    line: int | None = None  # 1-based line in the source where the turn starts
    cues: list[Cue] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(cls, *, index: int, speaker: str, text: str, **kwargs: Any) -> Turn:
        cues = parse_cues(text)
        return cls(index=index, speaker=speaker, text=text, cues=cues, **kwargs)

    @property
    def words(self) -> str:
        return strip_cues(self.text, self.cues)


@dataclass(slots=True)
class Transcript:
    turns: list[Turn]
    mode: str = "session"  # "session" (helper and client) or "dyad" (two partners)
    source: str | None = None
    speakers: dict[str, Speaker] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for turn in self.turns:
            speaker = self.speakers.setdefault(turn.speaker, Speaker(turn.speaker, turn.role))
            if speaker.role is None and turn.role is not None:
                speaker.role = turn.role
        for turn in self.turns:
            if turn.role is None:
                turn.role = self.speakers[turn.speaker].role

    def __iter__(self):
        return iter(self.turns)

    def __len__(self) -> int:
        return len(self.turns)

    def previous_turn_of_other(self, index: int) -> Turn | None:
        """The closest earlier turn by someone other than the speaker of turn ``index``."""
        speaker = self.turns[index].speaker
        for earlier in reversed(self.turns[:index]):
            if earlier.speaker != speaker:
                return earlier
        return None
