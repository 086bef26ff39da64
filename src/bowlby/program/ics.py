"""iCalendar (RFC 5545) feed of the program days, for reminders in any calendar app."""

from __future__ import annotations

import datetime as dt

from bowlby.program.plan import plan_for_day

_MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11 TEXT escaping."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str) -> str:
    """RFC 5545 §3.1 folding: at most 75 octets per line, never inside a UTF-8 character."""
    parts: list[str] = []
    current, size, limit = "", 0, _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, _MAX_OCTETS - 1  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def ics_for(
    start_date: dt.date,
    *,
    days: int = 40,
    reminder_time: dt.time | None = None,
    title_prefix: str = "Bowlby",
    stamp: dt.datetime | None = None,
    uid_domain: str = "bowlby.invalid",
) -> str:
    """One event per program day naming the phase and exercises. All-day events by default; with
    ``reminder_time``, a timed (floating local time) event of the day's length with an alarm at
    its start. ``stamp`` fixes DTSTAMP (default: now, UTC)."""
    if days < 1:
        raise ValueError(f"days must be 1 or more, got {days}")
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Bowlby//40-day program//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(f'{title_prefix} — 40-day program')}",
    ]
    for day in range(1, days + 1):
        plan = plan_for_day(day, start_date=start_date)
        titles = ", ".join(e.title for e in plan.all_exercises)
        summary = f"{title_prefix} day {day}: {plan.phase.name} — {titles}"
        description = "\n\n".join(
            [
                *([plan.note] if plan.note else []),
                *(f"{e.title}: {e.instructions}" for e in plan.all_exercises),
            ]
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{start_date.isoformat()}-day{day}@{uid_domain}",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        ]
        if reminder_time is None:
            lines += [
                f"DTSTART;VALUE=DATE:{plan.date:%Y%m%d}",
                f"DTEND;VALUE=DATE:{plan.date + dt.timedelta(days=1):%Y%m%d}",
                "TRANSP:TRANSPARENT",
            ]
        else:
            begin = dt.datetime.combine(plan.date, reminder_time.replace(tzinfo=None))
            lines += [
                f"DTSTART:{begin:%Y%m%dT%H%M%S}",
                f"DURATION:PT{max(plan.minutes, 5)}M",
            ]
        lines += [
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
            f"CATEGORIES:{escape_text(plan.phase.name)}",
        ]
        if reminder_time is not None:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:PT0M",
                f"DESCRIPTION:{escape_text(summary)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
