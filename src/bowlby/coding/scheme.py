"""The coding scheme: attachment scales and markers, rupture types and subtypes, resolution
strategies. This is the one place their codes, numbers and names are defined.

Public marker numbers (1–59) follow the published system and are never reused; markers we added
under a scale are numbered from 60 up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Family(StrEnum):
    SECURE = "secure"
    AVOIDANT = "avoidant"
    PREOCCUPIED = "preoccupied"


class Scale(StrEnum):
    PROXIMITY_SEEKING = "proximity_seeking"
    CONTACT_MAINTAINING = "contact_maintaining"
    EXPLORING = "exploring"
    AVOIDANCE = "avoidance"
    RESISTANCE = "resistance"


SCALE_FAMILY: dict[Scale, Family] = {
    Scale.PROXIMITY_SEEKING: Family.SECURE,
    Scale.CONTACT_MAINTAINING: Family.SECURE,
    Scale.EXPLORING: Family.SECURE,
    Scale.AVOIDANCE: Family.AVOIDANT,
    Scale.RESISTANCE: Family.PREOCCUPIED,
}

SCALE_DESCRIPTIONS: dict[Scale, str] = {
    Scale.PROXIMITY_SEEKING: "Reaches toward the listener: asks for help, shares present distress, names needs.",
    Scale.CONTACT_MAINTAINING: "Values the closeness that exists: appreciates the listener and the bond.",
    Scale.EXPLORING: "Uses the relationship as a base: own will, proposals, misgivings, reflection in the moment.",
    Scale.AVOIDANCE: "Minimises own experience: leaves feelings unanswered, dismisses support, moves away.",
    Scale.RESISTANCE: "Minimises the listener: one-sided, vague, topic-jumping, recruits others against them.",
}


@dataclass(frozen=True, slots=True)
class Marker:
    number: int
    code: str
    name: str
    scale: Scale
    public: bool  # True: number and name from the published system
    needs_context: str | None = None  # what the listener's previous turn must contain

    @property
    def family(self) -> Family:
        return SCALE_FAMILY[self.scale]


MARKERS: tuple[Marker, ...] = (
    Marker(1, "asks_for_help", "asks for help", Scale.PROXIMITY_SEEKING, True),
    Marker(
        5,
        "discloses_present_distress",
        "discloses distressful emotion experienced in the present",
        Scale.PROXIMITY_SEEKING,
        True,
    ),
    Marker(
        6,
        "vivid_distress_narrative",
        "gives a vivid narrative of a past distressful event",
        Scale.PROXIMITY_SEEKING,
        True,
    ),
    Marker(
        8,
        "discloses_unmet_needs",
        "discloses unmet relational needs",
        Scale.PROXIMITY_SEEKING,
        True,
    ),
    Marker(
        11,
        "praises_closeness",
        "praises the listener's ability to establish closeness",
        Scale.CONTACT_MAINTAINING,
        True,
    ),
    Marker(16, "independent_will", "expresses independent will", Scale.EXPLORING, True),
    Marker(17, "proposes_tasks", "proposes tasks or goals", Scale.EXPLORING, True),
    Marker(
        18, "misgivings_about_tasks", "expresses misgivings about the tasks", Scale.EXPLORING, True
    ),
    Marker(
        24,
        "reflects_in_present",
        "reflects in the present, taking an alternate perspective on self/other",
        Scale.EXPLORING,
        True,
    ),
    Marker(
        25,
        "no_response_to_distress_inquiry",
        "fails to respond to an inquiry about distress",
        Scale.AVOIDANCE,
        True,
        "inquiry about distress",
    ),
    Marker(
        28,
        "dismisses_support",
        "dismisses an offer of support",
        Scale.AVOIDANCE,
        True,
        "offer of support",
    ),
    Marker(
        35,
        "external_attribution",
        "attributes distress to an external cause",
        Scale.AVOIDANCE,
        True,
    ),
    Marker(
        36, "rejects_own_complaints", "rejects own complaints as pointless", Scale.AVOIDANCE, True
    ),
    Marker(
        41,
        "ignores_support_new_grievance",
        "does not respond to support and moves to another distressing topic",
        Scale.RESISTANCE,
        True,
        "supportive remark",
    ),
    Marker(
        44,
        "enlists_others",
        "enlists another's opinion to reinforce one's own",
        Scale.RESISTANCE,
        True,
    ),
    Marker(52, "abrupt_topic_change", "changes topic abruptly", Scale.RESISTANCE, True),
    Marker(54, "vague_confusing", "speaks in a vague and confusing way", Scale.RESISTANCE, True),
    # Our own markers (60+), where the scale descriptions call for them.
    Marker(
        60,
        "expresses_appreciation",
        "thanks or appreciates the listener for being there",
        Scale.CONTACT_MAINTAINING,
        False,
    ),
    Marker(
        61,
        "moves_to_past_or_general",
        "moves present experience into the past or generalities",
        Scale.AVOIDANCE,
        False,
    ),
    Marker(
        62,
        "exaggerates_globally",
        "exaggerates with global words (always, never, everyone)",
        Scale.RESISTANCE,
        False,
    ),
)

MARKERS_BY_NUMBER: dict[int, Marker] = {m.number: m for m in MARKERS}
MARKERS_BY_CODE: dict[str, Marker] = {m.code: m for m in MARKERS}


class RuptureType(StrEnum):
    WITHDRAWAL = "withdrawal"
    CONFRONTATION = "confrontation"


RUPTURE_SUBTYPES: dict[str, RuptureType] = {
    "denial": RuptureType.WITHDRAWAL,
    "minimal_response": RuptureType.WITHDRAWAL,
    "abstract_communication": RuptureType.WITHDRAWAL,
    "avoidant_storytelling": RuptureType.WITHDRAWAL,
    "topic_shift": RuptureType.WITHDRAWAL,
    "deferential": RuptureType.WITHDRAWAL,
    "content_affect_split": RuptureType.WITHDRAWAL,
    "self_criticism_hopelessness": RuptureType.WITHDRAWAL,
    "complaint_about_therapist": RuptureType.CONFRONTATION,
    "rejects_intervention": RuptureType.CONFRONTATION,
    "complaint_about_activities": RuptureType.CONFRONTATION,
    "complaint_about_parameters": RuptureType.CONFRONTATION,
    "complaint_about_progress": RuptureType.CONFRONTATION,
    "defends_self": RuptureType.CONFRONTATION,
    "controls_pressures": RuptureType.CONFRONTATION,
}

RUPTURE_SUBTYPE_NAMES: dict[str, str] = {
    "denial": "denies an evident feeling",
    "minimal_response": "minimal response",
    "abstract_communication": "abstract communication",
    "avoidant_storytelling": "avoidant storytelling or shifting the topic away",
    "topic_shift": "shifts the topic",
    "deferential": "deferential, appeasing or overly compliant",
    "content_affect_split": "content/affect split (words and visible affect disagree)",
    "self_criticism_hopelessness": "self-criticism or hopelessness",
    "complaint_about_therapist": "complains about the listener as a person",
    "rejects_intervention": "rejects an intervention",
    "complaint_about_activities": "complains about the activities of the work",
    "complaint_about_parameters": "complains about parameters (time, fees, schedule)",
    "complaint_about_progress": "complains about progress",
    "defends_self": "defends self against the listener",
    "controls_pressures": "tries to control or pressure the listener",
}

RESOLUTION_STRATEGIES: dict[str, str] = {
    "clarify_misunderstanding": "clarifies a misunderstanding",
    "change_tasks_or_goals": "changes tasks or goals",
    "give_rationale": "gives a rationale",
    "invite_relational_discussion": "invites discussion of thoughts and feelings about the relationship",
    "acknowledge_own_contribution": "acknowledges own contribution",
    "disclose_own_experience": "discloses own present experience",
    "link_to_patterns": "links the rupture to patterns in this or other relationships",
    "validate_defense": "validates the defensive stance",
    "redirect": "redirects",
}

ROLES = ("therapist", "patient", "partner")
MODES = ("session", "dyad")
