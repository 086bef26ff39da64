"""The six phases and the day-by-day schedule of the first 40 days."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phase:
    number: int
    name: str
    first_day: int
    last_day: int
    purpose: str
    kinds: tuple[str, ...]


PHASES: tuple[Phase, ...] = (
    Phase(
        1,
        "Collaborative foundation",
        1,
        7,
        "Tell your story, listen to each other without interrupting, and picture a slightly better evening.",
        ("relationship_story", "listening", "hope_question"),
    ),
    Phase(
        2,
        "Resource identification",
        8,
        14,
        "Collect what already helps and start noticing the moments when the problem is smaller.",
        ("coping_list", "exception_log"),
    ),
    Phase(
        3,
        "Vision clarification",
        15,
        21,
        "Get a clear, everyday picture of where you want to go, and where you stand today.",
        ("miracle_question", "scaling", "value_ranking"),
    ),
    Phase(
        4,
        "Exception amplification",
        22,
        28,
        "Look closely at the good moments, find their pattern, and try repeating them on purpose.",
        ("deep_description", "pattern_recognition", "micro_experiment"),
    ),
    Phase(
        5,
        "Action construction",
        29,
        35,
        "Turn what works into a menu of small actions, commit to one or two, and learn from trying.",
        ("action_menu", "commitment", "feedback_loop"),
    ),
    Phase(
        6,
        "Consolidation",
        36,
        40,
        "Tell the story of the change, plan for harder days, and celebrate.",
        ("progress_narrative", "prevention_plan", "celebration"),
    ),
)

PROGRAM_DAYS = 40

#: Program day → the day's main exercises (recurring ones are added by the day plan).
SCHEDULE: dict[int, tuple[str, ...]] = {
    1: ("relationship_story",),
    2: ("listening",),
    3: ("hope_question",),
    4: ("listening",),
    5: ("hope_question",),
    6: ("listening",),
    7: ("relationship_story",),
    8: ("coping_list", "exception_log"),
    9: ("exception_log",),
    10: ("exception_log",),
    11: ("coping_list",),
    12: ("exception_log",),
    13: ("exception_log",),
    14: ("coping_list",),
    15: ("miracle_question",),
    16: ("scaling",),
    17: ("value_ranking",),
    18: ("exception_log",),
    19: ("miracle_question",),
    20: ("scaling",),
    21: ("value_ranking",),
    22: ("deep_description",),
    23: ("deep_description",),
    24: ("pattern_recognition",),
    25: ("micro_experiment",),
    26: ("exception_log",),
    27: ("exception_log",),
    28: ("micro_experiment",),
    29: ("action_menu",),
    30: ("commitment",),
    31: ("exception_log",),
    32: ("feedback_loop",),
    33: ("action_menu",),
    34: ("feedback_loop",),
    35: ("commitment",),
    36: ("progress_narrative",),
    37: ("prevention_plan",),
    38: ("prevention_plan",),
    39: ("progress_narrative",),
    40: ("celebration",),
}

#: A short, day-specific nudge where an exercise comes back within its phase.
DAY_NOTES: dict[int, str] = {
    1: "Welcome. Today is only about telling your story — take your time.",
    4: "Second round of listening: this time, try swapping who goes first.",
    5: "Same question as day 3. Did any of that small sign show up since?",
    6: "Last listening round this week. What is getting easier?",
    7: "Read what you wrote on day 1 and add anything this week showed you.",
    8: "From today, a short exception log each day. Yes or no both count.",
    11: "Add to your coping list — a week of noticing usually turns up more.",
    14: "Read your coping list once more and mark the ones you used this week.",
    19: "Ask the miracle question again. Has any sign already shown up?",
    21: "How did this week's value show up? Choose the focus for next week.",
    23: "Zoom in on one or two more exceptions.",
    28: "Your three-day experiment is done: write what happened and what you learned.",
    33: "Add to your action menu from what the last days taught you.",
    34: "Feedback on the first commitment: what you tried, what happened.",
    35: "Choose next week's one or two actions.",
    38: "Finish your plan for harder days; share it with your partner if you like.",
    39: "Finish the story of these weeks.",
    40: "Day 40. Celebrate — and choose whether to begin a new round tomorrow.",
}


def phase_of_program_day(program_day: int) -> Phase:
    """The phase for a program day 1–40."""
    for phase in PHASES:
        if phase.first_day <= program_day <= phase.last_day:
            return phase
    raise ValueError(f"program day must be 1–{PROGRAM_DAYS}, got {program_day}")
