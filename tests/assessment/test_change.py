import math

import pytest

from bowlby.assessment import compare_results, score_ecr_r, score_ecr_rs


def test_it_computes_the_change_and_reliable_change_index():
    before = score_ecr_rs([4, 4, 4, 4, 4, 4, 6, 6, 6])
    after = score_ecr_rs([4, 4, 4, 4, 4, 4, 3, 3, 3])
    change = compare_results(before, after)
    sem = before.anxiety.sem
    assert change.anxiety.change == pytest.approx(-3.0)
    assert change.anxiety.rci == pytest.approx(-3.0 / math.sqrt(2 * sem**2))
    assert change.anxiety.reliable
    assert change.anxiety.direction == "lower"
    assert change.avoidance.change == 0 and not change.avoidance.reliable
    assert (change.pattern_before.value, change.pattern_after.value) == ("anxious", "secure")


def test_it_does_not_call_a_change_within_measurement_error_reliable():
    before = score_ecr_rs([4, 4, 4, 4, 4, 4, 5, 5, 5])
    after = score_ecr_rs([4, 4, 4, 4, 4, 4, 4, 5, 5])  # one third of a point
    change = compare_results(before, after)
    assert not change.anxiety.reliable
    assert change.anxiety.direction == "no reliable change"
    assert not change.any_reliable


def test_it_refuses_to_compare_different_instruments():
    with pytest.raises(ValueError, match="same test"):
        compare_results(score_ecr_rs([4] * 9), score_ecr_r([4] * 36))
