"""The Bowlby relationship test as data: 30 attachment items and 8 communication items.

Every text is our own wording. Answers are on a 7-point agreement scale; reverse-keyed items are
scored 8 − x. The order of ``ITEMS`` is the order in which the test is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCALE_MIN = 1
SCALE_MAX = 7
SCALE_LABELS: dict[int, str] = {
    1: "Strongly disagree",
    2: "Disagree",
    3: "Slightly disagree",
    4: "Neither agree nor disagree",
    5: "Slightly agree",
    6: "Agree",
    7: "Strongly agree",
}

INSTRUCTIONS = (
    "Think about how you usually feel and act in close relationships, above all with a partner "
    "(or, if you have none now, with past partners). There are no right answers. Choose how much "
    "each sentence sounds like you, from 1 (strongly disagree) to 7 (strongly agree)."
)
COMMUNICATION_INSTRUCTIONS = (
    "Now think about the moments when something between you and your partner upsets you. "
    "How do you talk, or not talk, in those moments?"
)


class Dimension(StrEnum):
    ANXIETY = "anxiety"
    AVOIDANCE = "avoidance"
    # Communication under stress: how feelings come out, and which way one moves in conflict.
    DISCLOSES = "discloses"
    MINIMISES = "minimises"
    FLOODS = "floods"
    PURSUES = "pursues"
    WITHDRAWS = "withdraws"


ATTACHMENT_DIMENSIONS = (Dimension.ANXIETY, Dimension.AVOIDANCE)
EXPRESSION_DIMENSIONS = (Dimension.DISCLOSES, Dimension.MINIMISES, Dimension.FLOODS)
CONFLICT_DIMENSIONS = (Dimension.PURSUES, Dimension.WITHDRAWS)
COMMUNICATION_DIMENSIONS = EXPRESSION_DIMENSIONS + CONFLICT_DIMENSIONS


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    dimension: Dimension
    reverse: bool = False

    @property
    def section(self) -> str:
        return "attachment" if self.dimension in ATTACHMENT_DIMENSIONS else "communication"


_A, _V = Dimension.ANXIETY, Dimension.AVOIDANCE

_ANXIETY_ITEMS = (
    Item("anx01", "I worry that the people I love will lose interest in me.", _A),
    Item("anx02", "When my partner goes quiet for a while, I wonder what I did wrong.", _A),
    Item("anx03", "I need to hear that I am loved quite often before I can relax.", _A),
    Item("anx04", "If a message goes unanswered, my mind fills up with reasons why.", _A),
    Item("anx05", "I fear that once someone really knows me, they will want to leave.", _A),
    Item("anx06", "I often want more closeness than my partner seems to want.", _A),
    Item("anx07", "When we argue, part of me is afraid it could be the end of us.", _A),
    Item("anx08", "I keep looking for signs that my partner still cares.", _A),
    Item("anx09", "My mood depends a lot on how my partner treats me that day.", _A),
    Item("anx10", "I feel uneasy when my partner has a great time without me.", _A),
    Item("anx11", "I rarely worry that my partner will leave me.", _A, reverse=True),
    Item(
        "anx12",
        "When my partner needs time alone, I can give it without feeling hurt.",
        _A,
        reverse=True,
    ),
    Item("anx13", "I feel sure of my place in my partner's life.", _A, reverse=True),
    Item("anx14", "After a disagreement, I trust that we are still all right.", _A, reverse=True),
    Item("anx15", "I can wait for a reply without my worry growing.", _A, reverse=True),
)

_AVOIDANCE_ITEMS = (
    Item("avo01", "I prefer not to show others how I feel deep down.", _V),
    Item("avo02", "When someone gets very close to me, I want to step back a little.", _V),
    Item("avo03", "I would rather sort out my problems alone than lean on a partner.", _V),
    Item("avo04", "Talking about feelings in a relationship makes me uncomfortable.", _V),
    Item("avo05", "I get uneasy when a partner wants to depend on me.", _V),
    Item("avo06", "I keep part of myself to myself, even with someone I love.", _V),
    Item("avo07", "When I am upset, I go quiet rather than ask for comfort.", _V),
    Item("avo08", "Too much togetherness makes me feel hemmed in.", _V),
    Item("avo09", "It is hard for me to say the words “I need you”.", _V),
    Item("avo10", "I feel most at ease when I do not have to rely on anyone.", _V),
    Item("avo11", "It feels natural to turn to my partner when things go wrong.", _V, reverse=True),
    Item(
        "avo12",
        "I am comfortable sharing my private thoughts and feelings with my partner.",
        _V,
        reverse=True,
    ),
    Item("avo13", "I like it when my partner leans on me.", _V, reverse=True),
    Item("avo14", "Being close to someone feels safe to me.", _V, reverse=True),
    Item("avo15", "I tell my partner plainly what I need from them.", _V, reverse=True),
)

COMMUNICATION_ITEMS = (
    Item(
        "com01",
        "When something between us hurts, I can say what I feel while I am feeling it.",
        Dimension.DISCLOSES,
    ),
    Item("com02", "In a hard conversation I can tell my partner what I need.", Dimension.DISCLOSES),
    Item(
        "com03",
        "When I am upset, I say it is nothing, even when it is something.",
        Dimension.MINIMISES,
    ),
    Item(
        "com04",
        "I talk about what happened rather than about how it felt.",
        Dimension.MINIMISES,
    ),
    Item(
        "com05",
        "Once I start on something that hurts, older hurts come pouring out too.",
        Dimension.FLOODS,
    ),
    Item(
        "com06",
        "In an argument my words come faster than my partner can follow.",
        Dimension.FLOODS,
    ),
    Item(
        "com07",
        "When we are at odds, I keep pushing to talk it through right now.",
        Dimension.PURSUES,
    ),
    Item(
        "com08",
        "When we are at odds, I leave the room, change the subject or go silent.",
        Dimension.WITHDRAWS,
    ),
)

# Alternate the two dimensions so neither comes in a block.
ATTACHMENT_ITEMS: tuple[Item, ...] = tuple(
    item for pair in zip(_ANXIETY_ITEMS, _AVOIDANCE_ITEMS, strict=True) for item in pair
)
ITEMS: tuple[Item, ...] = ATTACHMENT_ITEMS + COMMUNICATION_ITEMS
ITEMS_BY_ID: dict[str, Item] = {item.id: item for item in ITEMS}


def items_for(dimension: Dimension | str) -> tuple[Item, ...]:
    """The items that make up one dimension, in test order."""
    dimension = Dimension(dimension)
    return tuple(item for item in ITEMS if item.dimension == dimension)
