import itertools

from bowlby.assessment import Pattern, couple_dynamic, describe_couple, score_ecr_rs
from bowlby.assessment.couples import COUPLE_DYNAMICS


def test_it_covers_all_ten_unordered_pairs():
    pairs = {frozenset(p) for p in itertools.combinations_with_replacement(Pattern, 2)}
    assert len(pairs) == 10
    assert set(COUPLE_DYNAMICS) == pairs


def test_it_gives_a_plan_for_both_and_for_each_pattern_in_the_pair():
    for patterns, dynamic in COUPLE_DYNAMICS.items():
        assert len(dynamic.plan_for_both) >= 3
        assert set(dynamic.plan_for) == set(patterns)
        assert all(dynamic.plan_for.values())


def test_it_ignores_the_order_of_the_partners():
    assert couple_dynamic("anxious", "avoidant") is couple_dynamic(
        Pattern.AVOIDANT, Pattern.ANXIOUS
    )
    assert "pursue" in couple_dynamic("anxious", "avoidant").title.lower()


def test_it_describes_a_couple_from_two_results_with_each_partners_own_plan():
    # Items 1–4 answered 7 → scored 1, items 5–6 answered 1: avoidance 1; anxiety 7.
    anxious = score_ecr_rs([7, 7, 7, 7, 1, 1, 7, 7, 7])
    avoidant = score_ecr_rs([1, 1, 1, 1, 7, 7, 1, 1, 1])
    report = describe_couple(anxious, avoidant)
    dynamic = couple_dynamic("anxious", "avoidant")
    assert (report.first, report.second) == (Pattern.ANXIOUS, Pattern.AVOIDANT)
    assert report.for_first == dynamic.plan_for[Pattern.ANXIOUS]
    assert report.for_second == dynamic.plan_for[Pattern.AVOIDANT]
    assert not report.near_boundary
    assert report.to_dict()["title"] == dynamic.title
