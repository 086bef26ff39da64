import math

import pytest

from bowlby.assessment.reliability import band, cronbach_alpha, standard_error_of_measurement


def test_it_computes_cronbach_alpha_like_the_hand_calculation():
    # Item variances 1 and 21/9, total variance 57/9: alpha = 2·(1 − 30/57) = 54/57.
    assert cronbach_alpha([[1, 2], [2, 3], [3, 5]]) == pytest.approx(54 / 57)


def test_it_gives_alpha_one_for_identical_items():
    assert cronbach_alpha([[1, 1, 1], [4, 4, 4], [6, 6, 6]]) == pytest.approx(1.0)


def test_it_refuses_tables_alpha_is_undefined_for():
    with pytest.raises(ValueError, match="at least 2 respondents"):
        cronbach_alpha([[1, 2]])
    with pytest.raises(ValueError, match="row 1 has 1 items"):
        cronbach_alpha([[1, 2], [3]])
    with pytest.raises(ValueError, match="same total"):
        cronbach_alpha([[1, 3], [2, 2]])


def test_it_computes_the_standard_error_of_measurement():
    assert standard_error_of_measurement(sd=1.1, alpha=0.9) == pytest.approx(1.1 * math.sqrt(0.1))
    with pytest.raises(ValueError, match="alpha"):
        standard_error_of_measurement(sd=1.0, alpha=1.2)


def test_it_makes_a_90_percent_band_kept_inside_the_scale():
    low, high = band(4.0, sem=0.5)
    assert (low, high) == pytest.approx((4.0 - 1.6449 * 0.5, 4.0 + 1.6449 * 0.5), abs=1e-3)
    assert band(6.9, sem=0.5)[1] == 7.0
    assert band(1.2, sem=0.5)[0] == 1.0
