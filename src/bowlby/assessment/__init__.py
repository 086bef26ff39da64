"""The relationship test: items as data, scoring (own test, ECR-R, ECR-RS), profiles and playbooks.

Pure Python, no Django.
"""

from bowlby.assessment.change import DimensionChange, ResultChange, compare_results
from bowlby.assessment.couples import CoupleDynamic, CoupleReport, couple_dynamic, describe_couple
from bowlby.assessment.errors import AnswerError
from bowlby.assessment.external import score_ecr_r, score_ecr_rs, score_ecr_rs_targets
from bowlby.assessment.items import COMMUNICATION_ITEMS, ITEMS, ITEMS_BY_ID, Dimension, Item
from bowlby.assessment.playbooks import (
    FIRST_WEEK_PLANS,
    PATTERN_PLAYBOOKS,
    STYLE_PLAYBOOKS,
    DayStep,
    Playbook,
    first_week_plan,
    playbook_for,
    style_playbooks_for,
)
from bowlby.assessment.reliability import cronbach_alpha, standard_error_of_measurement
from bowlby.assessment.scoring import (
    AssessmentResult,
    CommunicationResult,
    DimensionScore,
    Pattern,
    classify_pattern,
    score_test,
)

__all__ = [
    "COMMUNICATION_ITEMS",
    "FIRST_WEEK_PLANS",
    "ITEMS",
    "ITEMS_BY_ID",
    "PATTERN_PLAYBOOKS",
    "STYLE_PLAYBOOKS",
    "AnswerError",
    "AssessmentResult",
    "CommunicationResult",
    "CoupleDynamic",
    "CoupleReport",
    "DayStep",
    "Dimension",
    "DimensionChange",
    "DimensionScore",
    "Item",
    "Pattern",
    "Playbook",
    "ResultChange",
    "classify_pattern",
    "compare_results",
    "couple_dynamic",
    "cronbach_alpha",
    "describe_couple",
    "first_week_plan",
    "playbook_for",
    "score_ecr_r",
    "score_ecr_rs",
    "score_ecr_rs_targets",
    "score_test",
    "standard_error_of_measurement",
    "style_playbooks_for",
]
