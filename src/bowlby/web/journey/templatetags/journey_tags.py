from django import template

from bowlby.program import EXERCISES

register = template.Library()


@register.filter
def exercise_title(kind: str) -> str:
    exercise = EXERCISES.get(kind)
    return exercise.title if exercise else kind
