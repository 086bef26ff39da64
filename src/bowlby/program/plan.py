"""The day plan and gentle progress: which day it is, what to do today, how things are going.

After day 40 the program cycles. A new round starts at phase 2 (Resource identification, program
day 8): the foundation of phase 1 — your story, the listening habit, the hope question — stays in
place, while noticing resources and exceptions is what keeps paying off, so round two begins there.
Rounds after the first are therefore 33 days long (program days 8–40).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bowlby.program.exercises import EXERCISES, Exercise
from bowlby.program.phases import DAY_NOTES, PROGRAM_DAYS, SCHEDULE, Phase, phase_of_program_day

#: Program day where every round after the first begins.
CYCLE_RESTART_DAY = 8
_CYCLE_LENGTH = PROGRAM_DAYS - CYCLE_RESTART_DAY + 1
_LOG_FROM_DAY = 8
_SCALING_FROM_DAY = 15


@dataclass(frozen=True)
class DayPlan:
    day: int  # days since the start, 1-based, never resets
    program_day: int  # 1–40, the position in the schedule
    round: int  # 1 for the first 40 days, then 2, 3, …
    phase: Phase
    exercises: tuple[Exercise, ...]  # today's main exercises
    recurring: tuple[Exercise, ...]  # the log / scaling, when not already among the main ones
    note: str
    date: dt.date

    @property
    def all_exercises(self) -> tuple[Exercise, ...]:
        return self.exercises + self.recurring

    @property
    def minutes(self) -> int:
        return sum(e.minutes for e in self.all_exercises)


def day_number(start_date: dt.date, today: dt.date) -> int:
    """Day 1 is the start date itself."""
    if today < start_date:
        raise ValueError(
            f"today ({today.isoformat()}) is before the program start ({start_date.isoformat()}); "
            "pass a date on or after the start"
        )
    return (today - start_date).days + 1


def program_day_for(day: int) -> tuple[int, int]:
    """(program day 1–40, round) for an absolute day number ≥ 1."""
    if day < 1:
        raise ValueError(f"day must be 1 or more, got {day}")
    if day <= PROGRAM_DAYS:
        return day, 1
    offset = day - PROGRAM_DAYS - 1
    return CYCLE_RESTART_DAY + offset % _CYCLE_LENGTH, 2 + offset // _CYCLE_LENGTH


def _recurring_kinds(day: int, program_day: int) -> list[str]:
    kinds = []
    if day >= _LOG_FROM_DAY:
        kinds.append("exception_log")
    # Twice a week (program days 16, 19, 23, 26, … and 9, 12 in later rounds) from day 15 on.
    if day >= _SCALING_FROM_DAY and (program_day - 1) % 7 in (1, 4):
        kinds.append("scaling")
    return kinds


def plan_for_day(day: int, *, start_date: dt.date) -> DayPlan:
    program_day, round_ = program_day_for(day)
    main = SCHEDULE[program_day]
    recurring = [k for k in _recurring_kinds(day, program_day) if k not in main]
    note = DAY_NOTES.get(program_day, "")
    if round_ > 1 and program_day == CYCLE_RESTART_DAY:
        note = (
            f"Round {round_} begins. Your foundation is in place; we start again from your "
            "resources and exceptions, with fresh eyes."
        )
    return DayPlan(
        day=day,
        program_day=program_day,
        round=round_,
        phase=phase_of_program_day(program_day),
        exercises=tuple(EXERCISES[k] for k in main),
        recurring=tuple(EXERCISES[k] for k in recurring),
        note=note,
        date=start_date + dt.timedelta(days=day - 1),
    )


def plan_for(start_date: dt.date, today: dt.date) -> DayPlan:
    """Today's plan for a program that started on ``start_date``."""
    return plan_for_day(day_number(start_date, today), start_date=start_date)


@dataclass(frozen=True)
class Progress:
    day: int
    round: int
    phase: Phase
    days_engaged: int  # distinct days with at least one journal entry, start..today
    message: str


def _gentle_message(day: int, engaged: int, last_gap: int | None, wrote_today: bool) -> str:
    if engaged == 0:
        if day == 1:
            return "Welcome. Today's exercise is a good place to begin, whenever you're ready."
        return "Whenever you're ready, today's exercise is a good place to begin. Any day is a fine first day."
    if wrote_today:
        return (
            f"You've spent time on this on {engaged} day{'s' if engaged != 1 else ''}. "
            "Thank you for showing up for yourself today."
        )
    if last_gap is not None and last_gap >= 3:
        return (
            "Welcome back. Nothing needs catching up on — pick up with today's exercise, "
            "and the program meets you where you are."
        )
    return (
        f"You've spent time on this on {engaged} day{'s' if engaged != 1 else ''} so far. "
        "Today's exercise is waiting whenever it suits you."
    )


def progress(start_date: dt.date, entry_dates: Iterable[dt.date], today: dt.date) -> Progress:
    """Streak-free progress: days engaged, where you are, and a kind word. Gaps are never counted."""
    day = day_number(start_date, today)
    program_day, round_ = program_day_for(day)
    engaged_dates = {d for d in entry_dates if start_date <= d <= today}
    last = max(engaged_dates) if engaged_dates else None
    gap = (today - last).days if last else None
    return Progress(
        day=day,
        round=round_,
        phase=phase_of_program_day(program_day),
        days_engaged=len(engaged_dates),
        message=_gentle_message(day, len(engaged_dates), gap, gap == 0),
    )
