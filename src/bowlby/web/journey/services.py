"""Small helpers the views share: a person's program and journal as the library wants them."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from bowlby.program import EXERCISES, plan_for, plan_for_day

from .models import Entry, Program


def program_of(user) -> Program | None:
    return Program.objects.filter(owner=user).first()


def journal_dicts(user) -> list[dict]:
    """Every entry of ``user`` as ``{"kind", "date", "fields"}``, oldest first."""
    return [e.as_dict() for e in Entry.objects.filter(owner=user).order_by("date", "created")]


def plan_today(program: Program, today: dt.date | None = None):
    """Today's plan; before the start date, the plan of day 1 (and ``started`` False)."""
    today = today or timezone.localdate()
    if today < program.start_date:
        return plan_for_day(1, start_date=program.start_date), False
    return plan_for(program.start_date, today), True


def exercise_titles() -> list[tuple[str, str]]:
    return [(kind, e.title) for kind, e in EXERCISES.items()]
