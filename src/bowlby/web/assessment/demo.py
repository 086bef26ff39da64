"""Demo content: the demo user has taken the test twice, so result, history and change show."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from bowlby.assessment import COMMUNICATION_ITEMS, ITEMS, score_test
from bowlby.web.accounts.demo import demo_user
from bowlby.web.assessment.models import Result


def demo_answers(*, anxiety: int, avoidance: int) -> dict[str, int]:
    """A plausible answer set: ``anxiety``/``avoidance`` on keyed items, mirrored on reversed."""
    answers = {}
    for item in ITEMS:
        if item.section != "attachment":
            continue
        level = anxiety if item.dimension == "anxiety" else avoidance
        answers[item.id] = 8 - level if item.reverse else level
    for number, item in enumerate(COMMUNICATION_ITEMS):
        answers[item.id] = (3, 5, 2, 3, 5, 4, 6, 2)[number % 8]
    return answers


def load_demo_result() -> None:
    user = demo_user()
    if Result.objects.filter(owner=user).exists():
        return
    now = timezone.now()
    for days_ago, anxiety in ((42, 6), (0, 5)):
        answers = demo_answers(anxiety=anxiety, avoidance=3)
        result = Result.objects.create(
            owner=user, answers=answers, data=score_test(answers).to_dict()
        )
        Result.objects.filter(pk=result.pk).update(created_at=now - timedelta(days=days_ago))
