import math

import pytest

from bowlby.assessment import AnswerError, AssessmentResult, Pattern, classify_pattern, score_test
from bowlby.assessment.items import COMMUNICATION_ITEMS, ITEMS, Dimension


def answers_where(choose):
    return {item.id: choose(item) for item in ITEMS}


def test_it_scores_dimensions_as_means_of_reverse_keyed_answers():
    # Anxiety: 10 forward items at 5 and 5 reversed at 1 (scored 7) → 85/15.
    # Avoidance: 10 forward items at 2 and 5 reversed at 3 (scored 5) → 45/15.
    def choose(item):
        if item.dimension == Dimension.ANXIETY:
            return 1 if item.reverse else 5
        if item.dimension == Dimension.AVOIDANCE:
            return 3 if item.reverse else 2
        return 4

    result = score_test(answers_where(choose))
    assert result.anxiety.score == pytest.approx(85 / 15)
    assert result.avoidance.score == pytest.approx(3.0)
    assert result.pattern == Pattern.ANXIOUS
    assert result.anxiety.n_items == 15


def test_it_gives_a_band_from_the_assumed_reliability():
    result = score_test(answers_where(lambda item: 6 if not item.reverse else 2))
    sem = 1.1 * math.sqrt(1 - 0.90)
    assert result.anxiety.sem == pytest.approx(sem)
    assert result.anxiety.score - result.anxiety.low == pytest.approx(1.6449 * sem, abs=1e-3)
    assert not result.anxiety.near_boundary


def test_it_flags_near_the_boundary_when_the_band_crosses_four():
    # Forward 4 and reversed 4 → every dimension exactly at the midpoint.
    result = score_test(answers_where(lambda item: 4))
    assert result.near_boundary
    assert result.pattern == Pattern.SECURE  # 4.0 is not above the midpoint


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "pattern"),
    [
        (2.0, 2.0, Pattern.SECURE),
        (5.0, 2.0, Pattern.ANXIOUS),
        (2.0, 5.0, Pattern.AVOIDANT),
        (5.0, 5.0, Pattern.FEARFUL),
        (4.0, 4.01, Pattern.AVOIDANT),
    ],
)
def test_it_labels_the_four_patterns_by_the_midpoint(anxiety, avoidance, pattern):
    assert classify_pattern(anxiety=anxiety, avoidance=avoidance) == pattern


def test_it_names_the_item_when_an_answer_is_missing():
    answers = answers_where(lambda item: 4)
    del answers["avo07"]
    with pytest.raises(AnswerError, match=r"avo07.*missing") as caught:
        score_test(answers)
    assert caught.value.item == "avo07"


@pytest.mark.parametrize("bad", [0, 8, "x", True, 3.5, None, ""])
def test_it_names_the_item_when_an_answer_is_out_of_range_or_not_a_number(bad):
    answers = answers_where(lambda item: 4)
    answers["anx03"] = bad
    with pytest.raises(AnswerError, match="anx03") as caught:
        score_test(answers)
    assert caught.value.item == "anx03"


def test_it_rejects_unknown_item_ids():
    answers = answers_where(lambda item: 4)
    answers["anx99"] = 4
    with pytest.raises(AnswerError, match="anx99"):
        score_test(answers)


def test_it_accepts_numeric_strings_from_forms():
    answers = {key: str(value) for key, value in answers_where(lambda item: 5).items()}
    assert score_test(answers).anxiety.score == score_test(answers_where(lambda i: 5)).anxiety.score


def test_it_can_leave_out_the_communication_section():
    answers = {k: v for k, v in answers_where(lambda item: 4).items() if not k.startswith("com")}
    assert score_test(answers, include_communication=False).communication is None
    with pytest.raises(AnswerError, match="com01"):
        score_test(answers)


def test_it_scores_communication_styles():
    values = {"discloses": 2, "minimises": 6, "floods": 3, "pursues": 2, "withdraws": 7}

    def choose(item):
        return values.get(item.dimension, 4)

    communication = score_test(answers_where(choose)).communication
    assert communication.scores["minimises"] == 6
    assert communication.expression == "minimises"
    assert communication.conflict_move == "withdraws"
    assert len(communication.scores) == len({i.dimension for i in COMMUNICATION_ITEMS})


def test_it_says_neither_when_no_conflict_move_stands_out():
    communication = score_test(answers_where(lambda item: 3)).communication
    assert communication.conflict_move == "neither"


def test_it_round_trips_a_result_through_a_dict():
    result = score_test(answers_where(lambda item: 6 if item.reverse else 3))
    again = AssessmentResult.from_dict(result.to_dict())
    assert again.pattern == result.pattern
    assert again.anxiety.score == pytest.approx(result.anxiety.score)
    assert again.communication.expression == result.communication.expression
