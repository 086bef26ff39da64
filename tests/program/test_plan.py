import datetime as dt

import pytest

from bowlby.program import (
    CYCLE_RESTART_DAY,
    EXERCISES,
    FIELD_TYPES,
    PHASES,
    SCHEDULE,
    plan_for,
    plan_for_day,
    progress,
)

START = dt.date(2026, 1, 1)


def test_it_covers_every_kind_the_spec_names_with_complete_fields():
    named = {
        "exception_log", "scaling", "miracle_question", "value_ranking", "coping_list",
        "action_menu", "micro_experiment", "commitment", "feedback_loop", "progress_narrative",
        "prevention_plan", "celebration", "relationship_story", "listening", "hope_question",
        "deep_description",
    }  # fmt: skip
    assert named <= set(EXERCISES)
    for exercise in EXERCISES.values():
        assert exercise.title and len(exercise.instructions) > 80 and exercise.minutes > 0
        assert any(f.required for f in exercise.fields)
        assert all(f.type in FIELD_TYPES and f.label for f in exercise.fields)
        assert len({f.name for f in exercise.fields}) == len(exercise.fields)
        if exercise.partner_needed:
            assert exercise.solo_instructions


def test_it_asks_the_three_scaling_questions_and_ranks_five_to_ten_values():
    scaling = {f.name: f for f in EXERCISES["scaling"].fields}
    assert scaling["score"].type == "scale_1_10"
    assert scaling["why_not_lower"].required and scaling["one_point_up"].required
    values = EXERCISES["value_ranking"].field("values")
    assert (values.type, values.min_items, values.max_items) == ("ranked_list", 5, 10)
    assert EXERCISES["action_menu"].field("actions").min_items == 10


def test_it_places_every_phase_and_its_exercises_on_the_days_of_the_spec():
    assert [(p.first_day, p.last_day) for p in PHASES] == [
        (1, 7), (8, 14), (15, 21), (22, 28), (29, 35), (36, 40),
    ]  # fmt: skip
    for phase in PHASES:
        days = range(phase.first_day, phase.last_day + 1)
        scheduled = {k for d in days for k in SCHEDULE[d]}
        assert set(phase.kinds) <= scheduled
        for day in days:
            assert plan_for_day(day, start_date=START).phase == phase


def test_it_keeps_the_log_daily_from_day_8_and_scaling_twice_a_week_from_day_15():
    plans = [plan_for_day(d, start_date=START) for d in range(1, 120)]
    kinds = [{e.kind for e in p.all_exercises} for p in plans]
    assert all("exception_log" not in k for k in kinds[:7])
    assert all("exception_log" in k for k in kinds[7:])
    for first in range(14, len(kinds) - 7):
        assert sum("scaling" in k for k in kinds[first : first + 7]) >= 2, first + 1
    for plan in plans:
        assert not {e.kind for e in plan.exercises} & {e.kind for e in plan.recurring}


def test_it_cycles_after_day_40_starting_a_new_round_at_resources():
    assert plan_for(START, START).day == 1
    day40 = plan_for(START, START + dt.timedelta(days=39))
    assert (day40.program_day, day40.phase.number, day40.exercises[0].kind) == (
        40,
        6,
        "celebration",
    )
    day41 = plan_for(START, START + dt.timedelta(days=40))
    assert (day41.day, day41.program_day, day41.round, day41.phase.number) == (
        41,
        CYCLE_RESTART_DAY,
        2,
        2,
    )
    assert "Round 2" in day41.note
    last_of_round2 = plan_for_day(41 + 32, start_date=START)
    assert (last_of_round2.program_day, last_of_round2.round) == (40, 2)
    assert plan_for_day(41 + 33, start_date=START).round == 3
    assert day41.date == START + dt.timedelta(days=40)


def test_it_refuses_a_day_before_the_start():
    with pytest.raises(ValueError, match="before the program start"):
        plan_for(START, START - dt.timedelta(days=1))


_GUILT = ("streak", "missed", "fail", "behind", "should have", "broke", "only ", "lost")


@pytest.mark.parametrize(
    "offsets,today",
    [((), 0), ((), 12), ((0, 1, 2), 2), ((0,), 20), ((0, 5, 6), 7), (tuple(range(30)), 29)],
)
def test_it_reports_progress_without_streaks_or_guilt(offsets, today):
    dates = [START + dt.timedelta(days=o) for o in offsets]
    result = progress(
        START, [*dates, START - dt.timedelta(days=3)], START + dt.timedelta(days=today)
    )
    assert result.days_engaged == len(set(offsets))
    assert result.day == today + 1
    assert result.message
    assert not any(word in result.message.lower() for word in _GUILT)


def test_it_welcomes_someone_back_after_a_gap():
    result = progress(START, [START], START + dt.timedelta(days=10))
    assert "welcome back" in result.message.lower()
    assert result.phase.number == 2
