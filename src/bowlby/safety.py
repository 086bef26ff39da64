"""Crisis language: words that mean someone may be in danger now.

Used by the journal and the analyzer alike. When it matches, the product answers with a calm,
clear pointer to help — never with an exercise. It errs on the side of showing the pointer.
"""

from __future__ import annotations

import re

_CRISIS = re.compile(
    r"(?<![\w'])(?:"
    r"kill (?:myself|me)|end (?:my life|it all|things)|suicid\w*|take my (?:own )?life|"
    r"(?:want|wanted|going) to die|better off dead|no reason to live|don'?t want to (?:live|be here|wake up)|"
    r"hurt(?:ing)? myself|self[- ]harm\w*|cut(?:ting)? myself|overdose|"
    r"(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend)) (?:hit|hits|choked|chokes|strangled|threatens?|threatened) (?:me|to kill)|"
    r"afraid (?:he|she|they)(?:'ll| will) (?:hurt|kill) me|not safe at home|"
    r"(?:hit|hits|beat|beats|choke|chokes) me"
    r")(?![\w'])",
    re.IGNORECASE,
)

HELP_MESSAGE = (
    "What you wrote sounds like you may be in danger or thinking about ending your life. "
    "You deserve help right now, from a person. If you are in immediate danger, call your local "
    "emergency number (112 in Europe, 911 in North America, 999 in the UK). You can also reach a "
    "crisis line any time, day or night: in the US call or text 988; in the UK and Ireland call "
    "Samaritans on 116 123; elsewhere, findahelpline.com lists free, confidential lines. If someone "
    "at home is hurting or threatening you, a domestic-abuse helpline can help you plan for safety."
)


def has_crisis_language(text: str) -> bool:
    return bool(text) and _CRISIS.search(text) is not None


def crisis_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CRISIS.finditer(text or "")]
