import pytest

from bowlby.assessment import (
    FIRST_WEEK_PLANS,
    PATTERN_PLAYBOOKS,
    STYLE_PLAYBOOKS,
    Pattern,
    first_week_plan,
    playbook_for,
    score_test,
    style_playbooks_for,
)
from bowlby.assessment.items import COMMUNICATION_DIMENSIONS, ITEMS, Dimension

KNOWN_SLUGS = {
    "secure-attachment",
    "anxious-attachment",
    "avoidant-attachment",
    "fearful-avoidant-attachment",
    "pursue-withdraw-cycle",
    "exception-discovery",
}
ALL_PLAYBOOKS = [*PATTERN_PLAYBOOKS.values(), *STYLE_PLAYBOOKS.values()]


def test_it_has_a_playbook_for_every_pattern_and_communication_style():
    assert set(PATTERN_PLAYBOOKS) == set(Pattern)
    assert set(STYLE_PLAYBOOKS) == {str(d) for d in COMMUNICATION_DIMENSIONS}


@pytest.mark.parametrize("playbook", ALL_PLAYBOOKS, ids=lambda p: p.key)
def test_it_gives_each_playbook_the_promised_parts(playbook):
    assert playbook.profile and playbook.partner_experience and playbook.triggers
    assert 3 <= len(playbook.practices) <= 5
    assert len(playbook.phrases) >= 3
    assert all(len(phrase) <= 90 for phrase in playbook.phrases), "phrases stay short"
    assert playbook.article_slugs and set(playbook.article_slugs) <= KNOWN_SLUGS


def test_it_plans_seven_days_one_step_each_for_every_pattern():
    assert set(FIRST_WEEK_PLANS) == set(Pattern)
    for plan in FIRST_WEEK_PLANS.values():
        assert [step.day for step in plan] == list(range(1, 8))
        assert all(step.title and step.task for step in plan)


def test_it_picks_the_playbooks_that_fit_a_result():
    values = {Dimension.ANXIETY: 6, Dimension.FLOODS: 7, Dimension.PURSUES: 6}

    def choose(item):
        value = values.get(item.dimension, 2)
        return 8 - value if item.reverse else value

    result = score_test({item.id: choose(item) for item in ITEMS})
    assert playbook_for(result).key == "anxious"
    assert [p.key for p in style_playbooks_for(result)] == ["floods", "pursues"]
    assert first_week_plan(result) == FIRST_WEEK_PLANS[Pattern.ANXIOUS]
    assert playbook_for("avoidant") is PATTERN_PLAYBOOKS[Pattern.AVOIDANT]
