"""The program part of "download my data": settings, every entry and every draft."""

from __future__ import annotations

from .models import Draft, Entry, Program


def export_program(user) -> dict:
    program = Program.objects.filter(owner=user).first()
    settings = None
    if program:
        settings = {
            "start_date": program.start_date.isoformat(),
            "reminder_time": program.reminder_time.strftime("%H:%M")
            if program.reminder_time
            else None,
            "time_zone": program.time_zone or None,
            "mode": program.mode,
            "partner": program.partner.username if program.partner else None,
            "last_reminder_date": program.last_reminder_date.isoformat()
            if program.last_reminder_date
            else None,
        }
    return {
        "settings": settings,
        "entries": [
            {**e.as_dict(), "shared": e.shared, "created": e.created.isoformat()}
            for e in Entry.objects.filter(owner=user).order_by("date", "created")
        ],
        "drafts": [
            {
                "kind": d.kind,
                "entry_date": d.entry.date.isoformat() if d.entry else None,
                "typed": d.data,
                "updated": d.updated.isoformat(),
            }
            for d in Draft.objects.filter(owner=user).select_related("entry").order_by("updated")
        ],
    }
