"""The 40-day exception-discovery program: phases and exercises as data, the day plan, and the
honest pattern statistics over a journal.

Pure Python, no Django.
"""

from bowlby.program.exercises import EXERCISES, RECURRING_KINDS, Exercise
from bowlby.program.experiments import ExperimentProposal, propose_experiments
from bowlby.program.export import CSV_COLUMNS, entries_to_csv, entries_to_markdown
from bowlby.program.fields import FIELD_TYPES, EntryError, Field
from bowlby.program.ics import ics_for
from bowlby.program.journal import Day, journal_days, validate_entry
from bowlby.program.phases import PHASES, PROGRAM_DAYS, SCHEDULE, Phase, phase_of_program_day
from bowlby.program.plan import (
    CYCLE_RESTART_DAY,
    DayPlan,
    Progress,
    day_number,
    plan_for,
    plan_for_day,
    program_day_for,
    progress,
)
from bowlby.program.safety import NOT_FOR_VIOLENCE, SafetyNotice, check_entry
from bowlby.program.stats import (
    CANT_TELL,
    EXCEPTION_RATE,
    LIKELY,
    MAYBE,
    SCALE_SCORE,
    Finding,
    HeldChange,
    PatternReport,
    ScalePoint,
    WeekCount,
    exceptions_per_week,
    find_patterns,
    held_changes,
    scale_series,
)

__all__ = [
    "CANT_TELL",
    "CSV_COLUMNS",
    "CYCLE_RESTART_DAY",
    "EXCEPTION_RATE",
    "EXERCISES",
    "FIELD_TYPES",
    "LIKELY",
    "MAYBE",
    "NOT_FOR_VIOLENCE",
    "PHASES",
    "PROGRAM_DAYS",
    "RECURRING_KINDS",
    "SCALE_SCORE",
    "SCHEDULE",
    "Day",
    "DayPlan",
    "EntryError",
    "Exercise",
    "ExperimentProposal",
    "Field",
    "Finding",
    "HeldChange",
    "PatternReport",
    "Phase",
    "Progress",
    "SafetyNotice",
    "ScalePoint",
    "WeekCount",
    "check_entry",
    "day_number",
    "entries_to_csv",
    "entries_to_markdown",
    "exceptions_per_week",
    "find_patterns",
    "held_changes",
    "ics_for",
    "journal_days",
    "phase_of_program_day",
    "plan_for",
    "plan_for_day",
    "program_day_for",
    "progress",
    "propose_experiments",
    "scale_series",
    "validate_entry",
]
