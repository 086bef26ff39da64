"""Chat exports from WhatsApp and apps that copy its layout.

Both layouts are read, with day-first or month-first dates, 24-hour or AM/PM times:

- Android: ``12/03/2024, 21:14 - Anna: text``
- iOS:     ``[12/03/2024, 21:14:05] Anna: text``

A line without a date continues the message above it (multi-line messages). Consecutive messages
by one sender form one turn (``turn.meta["messages"]`` counts them), because a chat turn is often
typed as several messages. A line before the first dated message is an error.

Skipped, and counted in ``transcript.meta["skipped_system_lines"]`` — these are the only lines any
Bowlby reader leaves out:

- dated lines without a sender (group created, member added or left, security code changed,
  the end-to-end encryption notice on Android);
- messages that start with an invisible left-to-right mark, which iOS uses for its notices and
  attachments;
- messages whose whole text is a notice: the encryption notice, ``<Media omitted>``,
  ``image/video/audio/sticker/GIF/document omitted``, ``<attached: ...>``, ``This message was
  deleted``, ``You deleted this message``, ``Missed voice/video call``.

The suffix ``<This message was edited>`` is removed from the message text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bowlby.coding.errors import excerpt

from ._common import RawTurn, ReadContext, numbered

_LRM = "\u200e"
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f\u00a0]?[AaPp]\.?[\s\u202f\u00a0]?[Mm]\.?)?"
_ANDROID_RE = re.compile(rf"^(?P<date>{_DATE}),?\s(?P<time>{_TIME})\s[-–]\s(?P<rest>.*)$")
_IOS_RE = re.compile(rf"^{_LRM}?\[(?P<date>{_DATE}),?\s(?P<time>{_TIME})\]\s(?P<rest>.*)$")
_SENDER_RE = re.compile(r"^(?P<sender>[^:\n]{1,80}?):\s(?P<text>.*)$|^(?P<bare>[^:\n]{1,80}?):$")

_NOTICE_RE = re.compile(
    r"^(?:messages and calls are end-to-end encrypted.*"
    r"|messages to this (?:group|chat) are now secured.*"
    r"|<media omitted>"
    r"|(?:image|video|audio|sticker|gif|document|contact card) omitted"
    r"|<attached: [^>]*>"
    r"|this message was deleted\.?"
    r"|you deleted this message\.?"
    r"|missed (?:voice|video|group voice|group video) call.*)$",
    re.IGNORECASE,
)
_EDITED_RE = re.compile(r"\s*<This message was edited>\s*$", re.IGNORECASE)


def _message_start(line: str) -> re.Match[str] | None:
    return _IOS_RE.match(line) or _ANDROID_RE.match(line)


def read(lines: Iterable[str], ctx: ReadContext) -> Iterator[RawTurn]:
    skipped = 0
    ctx.meta["skipped_system_lines"] = 0
    current: RawTurn | None = None  # the turn being built (one sender's run of messages)
    in_notice = False  # continuation lines of a skipped notice are skipped with it
    seen_message = False
    for number, line in numbered(lines, ctx):
        start = _message_start(line)
        if start is None:
            if not line.strip():
                if current is not None and not in_notice:
                    current.text += "\n"
                continue
            if not seen_message:
                raise ctx.error("E050", line=number, excerpt=excerpt(line))
            if not in_notice and current is not None:
                current.text += "\n" + line.replace(_LRM, "").rstrip()
            continue
        seen_message = True
        sender, text = _split_sender(start.group("rest"))
        if sender is None or text.startswith(_LRM) or _NOTICE_RE.match(text.strip(_LRM + " ")):
            skipped += 1
            ctx.meta["skipped_system_lines"] = skipped
            in_notice = True
            continue
        in_notice = False
        text = _EDITED_RE.sub("", text)
        if current is not None and current.speaker == sender:
            current.text = current.text.rstrip("\n") + "\n" + text
            current.meta["messages"] += 1
            continue
        if current is not None:
            yield _tidy(current, ctx)
        time = f"{start.group('date')}, {start.group('time')}".replace("\u202f", " ")
        current = RawTurn(speaker=sender, text=text, line=number, time=time, meta={"messages": 1})
    if current is not None:
        yield _tidy(current, ctx)
    elif skipped:
        raise ctx.error("E051", skipped=skipped)


def _split_sender(rest: str) -> tuple[str | None, str]:
    match = _SENDER_RE.match(rest)
    if not match:
        return None, rest
    if match.group("bare") is not None:
        return match.group("bare").strip(_LRM + " "), ""
    return match.group("sender").strip(_LRM + " "), match.group("text")


def _tidy(turn: RawTurn, ctx: ReadContext) -> RawTurn:
    turn.text = _EDITED_RE.sub("", turn.text.strip())
    if not turn.text:
        raise ctx.error("E011", line=turn.line, speaker=turn.speaker)
    return turn


def sniff(head: str) -> bool:
    lines = [line for line in head.splitlines() if line.strip()][:10]
    return bool(lines) and sum(1 for line in lines if _message_start(line)) >= max(
        1, len(lines) // 2
    )
