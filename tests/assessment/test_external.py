import pytest

from bowlby.assessment import AnswerError, Pattern, score_ecr_r, score_ecr_rs, score_ecr_rs_targets


def test_it_scores_ecr_r_with_its_reverse_keys():
    # All 1s: anxiety has 2 reversed items (9, 11) → (16·1 + 2·7)/18;
    # avoidance has 12 reversed (20, 22, 26–31, 33–36) → (6·1 + 12·7)/18.
    result = score_ecr_r([1] * 36)
    assert result.anxiety.score == pytest.approx(30 / 18)
    assert result.avoidance.score == pytest.approx(90 / 18)
    assert result.pattern == Pattern.AVOIDANT
    assert result.instrument == "ecr-r"


def test_it_keeps_ecr_r_dimensions_apart():
    # 7 on the anxiety half, 4 on the avoidance half: (16·7 + 2·1)/18 and 4.
    result = score_ecr_r([7] * 18 + [4] * 18)
    assert result.anxiety.score == pytest.approx(114 / 18)
    assert result.avoidance.score == pytest.approx(4.0)
    assert result.pattern == Pattern.ANXIOUS


def test_it_scores_ecr_rs_with_items_one_to_four_reversed():
    # Avoidance: 1–4 answered 7 (scored 1), 5–6 answered 2 → 8/6. Anxiety: 6, 5, 4 → 5.
    result = score_ecr_rs([7, 7, 7, 7, 2, 2, 6, 5, 4])
    assert result.avoidance.score == pytest.approx(8 / 6)
    assert result.anxiety.score == pytest.approx(5.0)
    assert result.pattern == Pattern.ANXIOUS


def test_it_scores_several_ecr_rs_targets():
    results = score_ecr_rs_targets({"partner": [1] * 9, "mother": [7] * 9})
    assert results["partner"].avoidance.score == pytest.approx((4 * 7 + 2 * 1) / 6)
    assert results["mother"].anxiety.score == 7


def test_it_names_the_item_number_for_bad_answers():
    responses = [4] * 36
    responses[20] = 9
    with pytest.raises(AnswerError, match="item 21") as caught:
        score_ecr_r(responses)
    assert caught.value.item == 21
    with pytest.raises(AnswerError, match="target 'partner'"):
        score_ecr_rs_targets({"partner": [4, 4, 4, None, 4, 4, 4, 4, 4]})


def test_it_requires_the_exact_number_of_responses():
    with pytest.raises(AnswerError, match="exactly 9 responses"):
        score_ecr_rs([4] * 8)
    with pytest.raises(AnswerError, match="exactly 36 responses"):
        score_ecr_r([4] * 37)
