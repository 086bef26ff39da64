"""Who is the helper? Guess the mode (session or dyad) and each speaker's role.

Session mode when one speaker looks like a helper: their name says so (``T``, ``Therapist``,
``Counsellor``, ``Coach``, ``Dr …``), the other speaker's name says client (``P``, ``Client``), or
they clearly ask most of the questions. Dyad otherwise: everyone is a ``partner``. The guess is a
default; callers override it with ``mode=`` and ``roles=``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol

_HELPER_RE = re.compile(
    r"^(?:t|th|i|dr\.?|doc)$|\b(?:therapist|psychotherapist|counsell?or|coach|doctor|dr|helper|"
    r"interviewer|psychologist|psychiatrist|clinician|analyst|mentor|facilitator|practitioner)\b",
    re.IGNORECASE,
)
_CLIENT_RE = re.compile(
    r"^(?:p|c|cl|pt)\d*$|\b(?:patient|client|coachee|interviewee)\b", re.IGNORECASE
)


class _HasSpeakerAndText(Protocol):
    speaker: str
    text: str


class RoleGuess(NamedTuple):
    mode: str
    roles: dict[str, str]
    reason: str


def guess_roles(
    speakers: Sequence[str], turns: Iterable[_HasSpeakerAndText], *, mode: str | None = None
) -> tuple[str, dict[str, str]]:
    """(mode, role per speaker). ``mode`` forces the mode; roles then follow it."""
    guess = explain_roles(speakers, turns, mode=mode)
    return guess.mode, guess.roles


def explain_roles(
    speakers: Sequence[str], turns: Iterable[_HasSpeakerAndText], *, mode: str | None = None
) -> RoleGuess:
    """Like :func:`guess_roles`, with a short reason for the record."""
    speakers = list(dict.fromkeys(speakers))
    helper, reason = _find_helper(speakers, list(turns))
    if mode == "dyad" or (mode is None and helper is None):
        why = "dyad mode requested" if mode == "dyad" else reason
        return RoleGuess("dyad", dict.fromkeys(speakers, "partner"), why)
    if helper is None:
        # Session forced but nobody looks like a helper: the first speaker usually opens.
        helper = speakers[0] if speakers else None
        reason = f"session mode requested; {helper!r} speaks first, taken as the helper"
    roles = {speaker: ("therapist" if speaker == helper else "patient") for speaker in speakers}
    return RoleGuess("session", roles, reason)


def _find_helper(speakers: list[str], turns: list[_HasSpeakerAndText]) -> tuple[str | None, str]:
    for speaker in speakers:
        if _HELPER_RE.search(speaker):
            return speaker, f"{speaker!r} is named like a helper"
    if len(speakers) == 2:
        for speaker in speakers:
            if _CLIENT_RE.search(speaker):
                other = speakers[1] if speaker == speakers[0] else speakers[0]
                return other, f"{speaker!r} is named like a client, so {other!r} is the helper"
    asking = Counter(turn.speaker for turn in turns if "?" in turn.text)
    spoken = Counter(turn.speaker for turn in turns)
    if asking:
        (top, count), *rest = asking.most_common()
        runner_up = rest[0][1] if rest else 0
        total = sum(asking.values())
        # Clearly most: at least three question turns, twice anyone else's, a third of their turns.
        if count >= 3 and count >= 2 * runner_up and count >= spoken[top] / 3:
            return top, f"{top!r} asks most questions ({count} of {total} question turns)"
    if len(speakers) < 2:
        return None, "only one speaker, no helper to tell apart"
    return None, "no speaker is named like a helper or asks most of the questions"
