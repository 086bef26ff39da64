"""Everything a page, the PDF or the card shows about one result, gathered in one place."""

from __future__ import annotations

from bowlby.assessment import (
    AssessmentResult,
    first_week_plan,
    playbook_for,
    style_playbooks_for,
)
from bowlby.web.assessment.chart import chart_for

STYLE_NAMES = {
    "discloses": "says it while feeling it",
    "minimises": "plays it down",
    "floods": "lets it all pour out",
    "pursues": "pushes to talk now",
    "withdraws": "steps back and goes quiet",
    "both": "both pushes and steps back",
    "neither": "neither pushes nor steps back much",
}


def result_context(result: AssessmentResult) -> dict:
    playbook = playbook_for(result)
    styles = style_playbooks_for(result)
    slugs = dict.fromkeys(
        [*playbook.article_slugs, *(slug for style in styles for slug in style.article_slugs)]
    )
    communication = result.communication
    return {
        "r": result,
        "pattern_label": result.pattern.label,
        "playbook": playbook,
        "style_playbooks": styles,
        "plan": first_week_plan(result),
        "chart": chart_for(result),
        "articles": [(slug, slug.replace("-", " ").capitalize()) for slug in slugs],
        "expression_name": STYLE_NAMES.get(communication.expression) if communication else None,
        "conflict_name": STYLE_NAMES.get(communication.conflict_move) if communication else None,
    }
