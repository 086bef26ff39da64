"""Small answer sets for the relationship-test views."""

from bowlby.assessment import ITEMS, score_test
from bowlby.web.assessment.models import Result


def answers(*, anxiety: int = 4, avoidance: int = 4, talk: int = 4) -> dict[str, int]:
    """Every item answered: keyed items at the level given, reverse-keyed ones mirrored."""
    out = {}
    for item in ITEMS:
        if item.dimension == "anxiety":
            level = anxiety
        elif item.dimension == "avoidance":
            level = avoidance
        else:
            level = talk
        out[item.id] = 8 - level if item.reverse else level
    return out


def make_result(user, **levels) -> Result:
    given = answers(**levels)
    return Result.objects.create(owner=user, answers=given, data=score_test(given).to_dict())
