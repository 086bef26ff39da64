"""Repair: the listener's resolution strategies, and attachment-aware repair suggestions."""

from __future__ import annotations

import re

from bowlby.coding.results import StrategyHit
from bowlby.coding.scheme import RESOLUTION_STRATEGIES


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])", re.IGNORECASE)


STRATEGY_CUES: dict[str, re.Pattern] = {
    "clarify_misunderstanding": _rx(
        r"what i meant (?:was|is)",
        r"i didn'?t mean",
        r"let me (?:clarify|explain|put it)",
        r"i think (?:i|we) misunderstood",
        r"that came out wrong",
        r"to be clear",
    ),
    "change_tasks_or_goals": _rx(
        r"let'?s (?:try something else|put that aside|drop|leave) ",
        r"we (?:don'?t|do not) have to",
        r"we can (?:stop|change|skip|leave)",
        r"what would (?:you )?(?:rather|prefer)",
        r"let'?s (?:try|do) (?:something|it) differently",
        r"we could focus on",
    ),
    "give_rationale": _rx(
        r"the reason (?:i|we)",
        r"i asked (?:because|since)",
        r"the idea (?:behind|is)",
        r"(?:this|it) (?:can|might|tends to) help (?:because|by)",
        r"i suggest(?:ed)? (?:it|this) because",
    ),
    "invite_relational_discussion": _rx(
        r"how (?:is|was) (?:this|that|it) (?:for you|between us)",
        r"what'?s (?:happening|going on) between us",
        r"how (?:do you feel|are you feeling) about (?:me|us|what i|this conversation|our)",
        r"(?:did|does) (?:something|what) i (?:said|say)",
        r"can we talk about (?:what just|us|how we)",
        r"i (?:wonder|noticed) (?:if|that) (?:something|you) .{0,30}(?:me|us|just now)",
    ),
    "acknowledge_own_contribution": _rx(
        r"i (?:was|got) (?:wrong|defensive|short|harsh|impatient|distracted)",
        r"(?:i'?m|i am) sorry (?:i|for|that i)",
        r"that was (?:my|on me)",
        r"i (?:pushed|rushed|missed|interrupted)",
        r"my (?:part|fault|mistake)",
        r"i should(?:n'?t)? have",
    ),
    "disclose_own_experience": _rx(
        r"i (?:feel|felt|notice|am noticing) (?:a bit |myself |some )?(?:\w+ )?(?:right now|as you|when you)",
        r"(?:right now|as we talk) i(?:'m| am| feel)",
        r"speaking for myself",
        r"i'?m (?:feeling|noticing)",
    ),
    "link_to_patterns": _rx(
        r"(?:like|same as|just as) (?:with )?(?:your|you did with|it was with) (?:mother|mom|dad|father|ex|boss|family|brother|sister)",
        r"(?:is|seems) (?:this|that) (?:a )?(?:familiar|pattern)",
        r"does this happen (?:elsewhere|with others|a lot)",
        r"it sounds familiar",
        r"the same (?:thing|pattern) (?:as|that)",
        r"happens (?:between us|here) too",
    ),
    "validate_defense": _rx(
        r"(?:it )?makes (?:total |complete )?sense (?:that|you)",
        r"of course you(?:'d| would)",
        r"no wonder you",
        r"you have every right",
        r"i (?:can )?understand why you",
        r"that'?s a fair (?:point|question)",
    ),
    "redirect": _rx(
        r"let'?s come back to",
        r"(?:can|could) we (?:go|come) back to",
        r"let'?s (?:return|get back) to",
        r"(?:back to|returning to) what you (?:said|were saying)",
        r"right now,? (?:here|in this room|between us)",
    ),
}
assert set(STRATEGY_CUES) == set(RESOLUTION_STRATEGIES)


def find_strategies(text: str) -> list[StrategyHit]:
    hits = []
    for code, pattern in STRATEGY_CUES.items():
        match = pattern.search(text)
        if match:
            hits.append(StrategyHit(code, RESOLUTION_STRATEGIES[code], match.group(0)))
    return hits


# Suggestions, fitted to what the speaker's talk shows. Written for the listener.
PATTERN_SUGGESTIONS: dict[str, tuple[str, str]] = {
    "avoidant": (
        "This speaker tends to minimise their own experience. Invite specific, present experience "
        "gently and one step at a time: ask about one concrete moment, and what they noticed in "
        "their body or mind just then. Welcome small disclosures without pressing for more.",
        'Try: "Can we stay with that moment for a second? What was it like for you, right then?"',
    ),
    "preoccupied": (
        "This speaker tends to flood or drift between grievances. Slow down, summarise what you "
        "heard in a sentence or two, check you got it, and bring it back to one thing here and now.",
        'Try: "There is a lot here, and it all matters. Let me say back the part I heard most — '
        'and then can we stay with that one for now?"',
    ),
    "secure": (
        "This speaker reaches out and reflects. Follow their lead, name what is working, and make "
        "room for their own proposals.",
        'Try: "I like how you put that. What would you like us to do with it?"',
    ),
}

RUPTURE_SUGGESTIONS: dict[str, str] = {
    "withdrawal": (
        "A withdrawal rupture here was not repaired. Go back to it gently: name what you noticed "
        "without blame, and invite them to say what happened between you "
        '("I noticed you went quiet when I said that. Did something I said not sit right?").'
    ),
    "confrontation": (
        "A confrontation rupture here was not repaired. Take the complaint seriously: acknowledge "
        "your own part, validate the stance, and clarify or change the task together "
        '("You\'re right that I pushed. Tell me what would be more useful to you.").'
    ),
}
