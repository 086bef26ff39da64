import pytest

from bowlby.coding.metrics import classification_report, cohen_kappa, expected_calibration_error


def test_it_computes_kappa_on_a_hand_worked_example():
    # 10 items: observed agreement .7; expected (.5*.6 + .5*.4) = .5; kappa = (.7-.5)/.5 = .4
    truth = ["a"] * 5 + ["b"] * 5
    predicted = ["a", "a", "a", "a", "b", "a", "a", "b", "b", "b"]
    assert cohen_kappa(truth, predicted) == pytest.approx(0.4)


def test_it_builds_the_confusion_matrix_and_per_class_scores():
    report = classification_report(
        ["a", "a", "b", "c"], ["a", "b", "b", "b"], labels=["a", "b", "c"]
    )
    assert report.matrix == [[1, 1, 0], [0, 1, 0], [0, 1, 0]]
    assert report.precision["b"] == pytest.approx(1 / 3)
    assert report.recall["a"] == pytest.approx(0.5)
    assert report.f1["c"] == 0.0
    assert report.accuracy == pytest.approx(0.5)


def test_it_measures_calibration_error():
    assert expected_calibration_error([0.9] * 10, [True] * 9 + [False]) == pytest.approx(0.0)
    assert expected_calibration_error([0.9] * 10, [False] * 10) == pytest.approx(0.9)
