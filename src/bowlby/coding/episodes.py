"""Rupture episodes, their resolution, and the exceptions (moments that went well).

An episode starts at a coded turn with a rupture marker. It is *resolved* when the same speaker
next returns to open, secure-family communication without a rupture; *unresolved* when that
speaker has ``CLOSE_AFTER`` more turns without such a return (the topic has closed); and
*ongoing_at_end* when the transcript ends first. The listener's resolution strategies between
start and end are collected; a repair *held* if no new rupture follows within ``HOLD_WINDOW`` of
the speaker's turns.
"""

from __future__ import annotations

from bowlby.coding.results import Episode, ExceptionMoment, TurnResult

CLOSE_AFTER = 4
HOLD_WINDOW = 3
DIFFICULT_WINDOW = 4


def _is_open(turn: TurnResult) -> bool:
    return not turn.ruptures and any(h.family == "secure" for h in turn.markers)


def find_episodes(turns: list[TurnResult]) -> list[Episode]:
    episodes: list[Episode] = []
    by_speaker: dict[str, list[TurnResult]] = {}
    for turn in turns:
        if turn.coded:
            by_speaker.setdefault(turn.speaker, []).append(turn)

    for speaker, own in by_speaker.items():
        i = 0
        while i < len(own):
            start = own[i]
            if not start.ruptures:
                i += 1
                continue
            subtypes = [r.subtype for r in start.ruptures]
            rtype = start.ruptures[0].type
            j, resolution, resolved_at = i + 1, "ongoing_at_end", None
            while j < len(own):
                if _is_open(own[j]):
                    resolution, resolved_at = "resolved", own[j].index
                    break
                subtypes += [r.subtype for r in own[j].ruptures if r.subtype not in subtypes]
                if j - i >= CLOSE_AFTER:
                    resolution = "unresolved"
                    break
                j += 1
            end_index = own[min(j, len(own) - 1)].index
            strategies = [
                {"turn": t.index, "speaker": t.speaker, "code": s.code, "evidence": s.evidence}
                for t in turns
                if start.index < t.index <= end_index and t.speaker != speaker
                for s in t.strategies
            ]
            held = None
            if resolution == "resolved":
                after = own[j + 1 : j + 1 + HOLD_WINDOW]
                held = not any(t.ruptures for t in after) if after else None
            episodes.append(
                Episode(
                    speaker=speaker,
                    start_turn=start.index,
                    end_turn=end_index,
                    type=rtype,
                    subtypes=subtypes,
                    resolution=resolution,
                    resolved_at=resolved_at,
                    strategies=strategies,
                    repair_held=held,
                )
            )
            i = j + 1 if resolution == "resolved" else j
    return sorted(episodes, key=lambda e: e.start_turn)


def find_exceptions(turns: list[TurnResult], episodes: list[Episode]) -> list[ExceptionMoment]:
    """Repairs, and secure communication that appeared in a difficult stretch."""
    moments: dict[int, ExceptionMoment] = {}
    for episode in episodes:
        if episode.resolution == "resolved" and episode.resolved_at is not None:
            used = sorted({s["code"].replace("_", " ") for s in episode.strategies})
            helped = f" after the listener used: {', '.join(used)}" if used else ""
            moments[episode.resolved_at] = ExceptionMoment(
                turn=episode.resolved_at,
                speaker=episode.speaker,
                kind="repair",
                description=(
                    f"The {episode.type} rupture from turn {episode.start_turn} was repaired here"
                    f"{helped}{'' if episode.repair_held is not False else ', though it did not hold'}."
                ),
            )
    by_speaker: dict[str, list[TurnResult]] = {}
    for turn in turns:
        if turn.coded:
            by_speaker.setdefault(turn.speaker, []).append(turn)
    for speaker, own in by_speaker.items():
        for k, turn in enumerate(own):
            if turn.index in moments or not _is_open(turn):
                continue
            before = own[max(0, k - DIFFICULT_WINDOW) : k]
            hard = [t for t in before if t.ruptures or (t.family in ("avoidant", "preoccupied"))]
            if len(hard) >= 2:
                moments[turn.index] = ExceptionMoment(
                    turn=turn.index,
                    speaker=speaker,
                    kind="secure_in_difficulty",
                    description=(
                        f"Open, secure communication in a difficult stretch "
                        f"({len(hard)} of the previous {len(before)} turns were strained)."
                    ),
                )
    return [moments[k] for k in sorted(moments)]
