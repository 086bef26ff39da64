"""Interpretable cues: named, readable patterns a clinician can check against the text.

Each cue is a regular expression over the turn (or over the listener's previous turn, for the
markers that are responses to it). The trained model learns how much each cue counts for each
label; the cues also point at the evidence span and make the keyword baseline.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bowlby.coding.transcript import Cue as NonVerbalCue


@dataclass(frozen=True, slots=True)
class CueDef:
    name: str
    description: str
    pattern: re.Pattern
    on: str = "turn"  # "turn" or "context" (the listener's previous turn)
    labels: tuple[str, ...] = ()  # labels this cue suggests, for the keyword baseline


def _rx(*alternatives: str) -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])", re.IGNORECASE)


I = r"(?:i|i'm|im|i've|ive|i'd|i'll)"  # noqa: E741 - first-person forms
FEEL = r"(?:scared|afraid|anxious|sad|hurt|angry|furious|lonely|alone|ashamed|overwhelmed|panicky|terrified|heartbroken|devastated|upset|shaky|numb|sick|tense|tight|raw|lost|desperate|miserable|awful|hopeless|frustrated|jealous|crushed|nervous|worried)"

CUES: tuple[CueDef, ...] = (
    # --- proximity seeking
    CueDef(
        "help_request",
        "asks the listener for help or guidance",
        _rx(
            r"(?:can|could|would|will) you help",
            r"help me",
            r"i need (?:your )?help",
            r"what (?:do|should) i do",
            r"i don'?t know what to do",
            r"please (?:help|tell me)",
            r"can you (?:show|tell) me how",
            r"i need you to help",
        ),
        labels=("m1",),
    ),
    CueDef(
        "present_feeling",
        "names a painful feeling felt now",
        re.compile(
            r"\b(?:i(?:'m| am)|im|i feel|i'm feeling|feeling|i get)\s+(?:so\s+|really\s+|very\s+|kind of\s+|a bit\s+|just\s+)?"
            + FEEL
            + r"|\b"
            + FEEL
            + r"\s+(?:right now|now|today|as we talk|saying this|at the moment)|\bright now\b|\bas i say (?:this|it)\b|\bmy (?:chest|throat|stomach|hands?) (?:is|are|feels?)",
            re.I,
        ),
        labels=("m5",),
    ),
    CueDef(
        "past_event",
        "tells a past event in detail (time, place, sequence)",
        _rx(
            r"that (?:night|day|morning|evening|time)",
            r"last (?:week|month|year|night|summer|winter|christmas)",
            r"when i was",
            r"years? ago",
            r"i remember",
            r"he (?:said|yelled|left|hit|walked)",
            r"she (?:said|yelled|left|walked)",
            r"and then",
            r"suddenly",
            r"i was standing",
            r"i could hear",
            r"the (?:phone|door)",
        ),
        labels=("m6",),
    ),
    CueDef(
        "need_statement",
        "states a relational need that is not met",
        _rx(
            r"i (?:just )?need(?:ed)? (?:you|someone|to feel|to know|to be)",
            r"i wish you (?:would|could)",
            r"i (?:want|wanted) you to",
            r"i miss (?:you|us|being)",
            r"i long for",
            r"nobody (?:ever )?(?:asks|listens|notices)",
            r"i never (?:feel|felt) (?:heard|seen|wanted|chosen)",
            r"(?:heard|seen|held|chosen|wanted) by you",
        ),
        labels=("m8",),
    ),
    # --- contact maintaining
    CueDef(
        "praise_closeness",
        "praises the listener's way of making closeness",
        _rx(
            r"you make it (?:easy|safe|ok|okay)",
            r"when you (?:listen|hold|look at me|ask)",
            r"you (?:really )?get me",
            r"i feel (?:close|closer|safe|understood|heard) (?:to|with|when)",
            r"with you i (?:can|feel)",
            r"you always know how",
            r"you('re| are) (?:so )?good at",
            r"i love how you",
        ),
        labels=("m11",),
    ),
    CueDef(
        "thanks",
        "thanks or appreciates the listener",
        _rx(
            r"thank(?:s| you)",
            r"i appreciate",
            r"grateful",
            r"glad you(?:'re| are)? (?:here|there)",
            r"means a lot",
            r"ty",
        ),
        labels=("m60",),
    ),
    # --- exploring
    CueDef(
        "own_will",
        "states own will or decision",
        _rx(
            r"i(?:'ve| have)? decided",
            r"i want to",
            r"i'm going to",
            r"i will",
            r"i choose",
            r"i don'?t want to",
            r"my decision",
            r"for myself",
            r"i'd rather",
            r"i'm not going to",
        ),
        labels=("m16",),
    ),
    CueDef(
        "proposal",
        "proposes a task, goal or next step",
        _rx(
            r"let'?s",
            r"(?:could|can|should|shall) we",
            r"what if we",
            r"maybe we (?:could|should|can)",
            r"how about",
            r"i'd like (?:us )?to (?:try|work|practise|practice|talk)",
            r"my goal",
            r"next (?:week|time) (?:we|i)",
            r"we could try",
        ),
        labels=("m17",),
    ),
    CueDef(
        "misgiving",
        "voices misgivings about the task",
        _rx(
            r"i'?m not sure (?:this|that|about|if)",
            r"i have (?:some )?doubts",
            r"worried (?:that )?this",
            r"i don'?t know if (?:this|that) (?:will|is)",
            r"feels? (?:a bit )?(?:forced|awkward|strange|weird) to",
            r"hesitant",
            r"uneasy about",
            r"part of me doesn'?t",
        ),
        labels=("m18",),
    ),
    CueDef(
        "reflection",
        "reflects on self or other in the moment",
        _rx(
            r"i(?:'m| am) noticing",
            r"i notice",
            r"i realis(?:e|ed)",
            r"i realiz(?:e|ed)",
            r"maybe (?:you|when you|that's why)",
            r"from your (?:side|point of view)",
            r"i wonder if",
            r"it occurs to me",
            r"part of me",
            r"i can see (?:now )?that",
            r"i think what happens",
            r"when you .{1,40} i (?:assume|think|feel)",
        ),
        labels=("m24",),
    ),
    # --- avoidance
    CueDef(
        "external_cause",
        "puts the cause of distress outside (work, others, circumstances)",
        _rx(
            r"(?:it'?s|that'?s) (?:just )?(?:the|my) (?:job|work|boss|weather|traffic|commute|hormones|deadline|schedule|economy)",
            r"because of (?:work|the|my boss|them|the kids)",
            r"work has been",
            r"the stress at work",
            r"blame (?:it on )?the",
            r"(?:the|my) boss",
            r"just (?:tired|busy|stress)",
            r"lack of sleep",
            r"the kids (?:have|were)",
        ),
        labels=("m35",),
    ),
    CueDef(
        "pointless",
        "calls own complaints pointless",
        _rx(
            r"(?:no|what'?s the) point (?:in )?(?:complaining|talking|going on)",
            r"stupid to (?:complain|feel|whine)",
            r"i'?m just whining",
            r"(?:others|people|everyone) (?:have it|has it) worse",
            r"doesn'?t (?:really )?matter",
            r"never ?mind",
            r"forget (?:i said|it)",
            r"not a big deal",
            r"first world problem",
            r"i shouldn'?t complain",
            r"it is what it is",
        ),
        labels=("m36",),
    ),
    CueDef(
        "generality",
        "moves into generalities or the past",
        _rx(
            r"people (?:just )?(?:get|are|do)",
            r"everyone (?:goes through|has|gets)",
            r"that'?s (?:just )?(?:life|how it is|normal)",
            r"couples (?:always|all|just)",
            r"you know how it is",
            r"that was (?:years|ages|a long time) ago",
            r"in general",
            r"one (?:gets|does|has)",
            r"it happens to everybody",
            r"back then",
        ),
        labels=("m61",),
    ),
    CueDef(
        "deflect_feeling_question",
        "answers a feeling question with facts, or not at all",
        _rx(
            r"i don'?t know",
            r"not much to say",
            r"nothing (?:really|much)",
            r"anyway",
            r"moving on",
            r"what else",
            r"can we (?:talk about|move on)",
            r"it'?s fine",
            r"i'?m fine",
            r"whatever",
        ),
        labels=("m25",),
    ),
    CueDef(
        "decline_support",
        "declines an offered support",
        _rx(
            r"i(?:'ll| will) (?:handle|manage|deal with) it",
            r"i don'?t need (?:any )?(?:help|that|you to)",
            r"no(?:,)? (?:thanks|thank you)",
            r"i'?m (?:good|ok|okay|fine)(?:,)? (?:thanks|really)",
            r"don'?t (?:bother|worry about me)",
            r"i can do it (?:myself|alone)",
            r"not necessary",
            r"i'?ve got it",
        ),
        labels=("m28",),
    ),
    # --- resistance
    CueDef(
        "enlist_others",
        "brings in other people's opinions as reinforcement",
        _rx(
            r"(?:my|even my) (?:mother|mom|mum|dad|father|sister|brother|friend|friends|therapist|doctor|boss|colleagues?) (?:says|said|thinks|agrees|told me)",
            r"everyone (?:says|agrees|thinks)",
            r"ask anyone",
            r"(?:they|people) all (?:say|agree|think)",
            r"even \w+ (?:says|said|thinks|agrees)",
            r"(?:she|he) agrees with me",
        ),
        labels=("m44",),
    ),
    CueDef(
        "global_words",
        "exaggerates with global words",
        _rx(
            r"always",
            r"never",
            r"every (?:single )?time",
            r"nothing ever",
            r"nobody ever",
            r"everyone",
            r"everything",
            r"constantly",
            r"all the time",
            r"not once",
        ),
        labels=("m62",),
    ),
    CueDef(
        "vague",
        "vague, filler-heavy or tangled speech",
        _rx(
            r"stuff",
            r"things? like that",
            r"and (?:all )?that",
            r"or whatever",
            r"kind of like",
            r"you know\??",
            r"sort of",
            r"the thing (?:is|with)",
            r"somehow",
            r"i mean",
            r"like,? \w+,? like",
        ),
        labels=("m54",),
    ),
    CueDef(
        "topic_jump",
        "jumps to another subject",
        _rx(
            r"oh,? (?:and|by the way)",
            r"by the way",
            r"speaking of",
            r"anyway,? (?:did|have|so|what)",
            r"which reminds me",
            r"that reminds me",
            r"on another note",
            r"totally different (?:thing|topic)",
            r"did you (?:see|hear|know)",
        ),
        labels=("m52", "topic_shift"),
    ),
    CueDef(
        "another_grievance",
        "moves to another grievance",
        _rx(
            r"and another thing",
            r"and (?:don'?t|let'?s not) (?:get me started|forget)",
            r"not to mention",
            r"and (?:then )?there'?s (?:also )?(?:the|my)",
            r"on top of (?:that|everything)",
            r"plus (?:the|my)",
            r"and what about",
        ),
        labels=("m41",),
    ),
    # --- withdrawal ruptures
    CueDef(
        "denies_feeling",
        "denies a feeling",
        _rx(
            r"i'?m not (?:upset|angry|mad|sad|hurt|bothered|jealous|crying)",
            r"i'?m (?:totally |completely )?fine",
            r"it doesn'?t bother me",
            r"i don'?t (?:care|mind)",
            r"no big deal",
            r"i'?m over it",
            r"nothing'?s wrong",
            r"who said i was",
        ),
        labels=("denial",),
    ),
    CueDef(
        "deference",
        "appeases or complies without own view",
        _rx(
            r"whatever you (?:think|say|want)",
            r"you'?re the (?:expert|doctor|boss)",
            r"you know best",
            r"(?:ok|okay|sure|yes),? sorry",
            r"i'?ll do whatever",
            r"if you say so",
            r"you'?re right,? (?:of course|sorry|as always)",
            r"sorry,? sorry",
            r"i didn'?t mean to",
        ),
        labels=("deferential",),
    ),
    CueDef(
        "abstract",
        "abstract, intellectualised talk",
        _rx(
            r"(?:from a|in a) (?:theoretical|philosophical|psychological|rational) (?:point|perspective|sense)",
            r"in principle",
            r"one could argue",
            r"the concept of",
            r"(?:society|humans|human beings) (?:in general|tend)",
            r"statistically",
            r"on an intellectual level",
            r"the dynamics? of",
            r"the nature of",
            r"in terms of",
        ),
        labels=("abstract_communication",),
    ),
    CueDef(
        "self_criticism",
        "criticises self or voices hopelessness",
        _rx(
            r"i'?m (?:so |just )?(?:hopeless|useless|stupid|pathetic|a failure|broken|the problem|too much)",
            r"it'?s (?:all )?my fault",
            r"i (?:always )?ruin",
            r"i can'?t do anything right",
            r"nothing (?:will )?(?:ever )?(?:change|help|works)",
            r"what'?s the use",
            r"i give up",
            r"no hope",
            r"i'?m not good enough",
            r"i mess (?:everything|it) up",
        ),
        labels=("self_criticism_hopelessness",),
    ),
    # --- confrontation ruptures
    CueDef(
        "complains_about_listener",
        "complains about the listener as a person",
        _rx(
            r"you (?:don'?t|never) (?:listen|understand|get it|care)",
            r"you'?re (?:so )?(?:cold|useless|judging|judgmental|condescending|not listening|always)",
            r"you (?:always|just) (?:sit there|judge|interrupt|nod)",
            r"what kind of (?:therapist|partner|person)",
            r"you sound like",
            r"you clearly",
            r"you have no idea",
        ),
        labels=("complaint_about_therapist",),
    ),
    CueDef(
        "rejects_suggestion",
        "rejects the listener's suggestion or interpretation",
        _rx(
            r"that (?:won'?t|will never|doesn'?t) (?:work|help)",
            r"(?:no|nope),? that'?s not (?:it|true|right)",
            r"i (?:already )?tried that",
            r"that'?s (?:ridiculous|nonsense|not it)",
            r"i'?m not (?:doing|going to do) that",
            r"you'?re wrong",
            r"that'?s not what'?s going on",
            r"don'?t (?:analyse|analyze|psychoanalyse) me",
        ),
        labels=("rejects_intervention",),
    ),
    CueDef(
        "complains_about_activities",
        "complains about the work's activities",
        _rx(
            r"(?:this|these|the) (?:exercise|exercises|homework|worksheet|journal|breathing|role ?play|talking thing|check-?ins?)",
            r"feels? pointless",
            r"a waste of time",
            r"silly (?:exercise|game)",
            r"why do we (?:have to|keep)",
            r"talking about feelings",
        ),
        labels=("complaint_about_activities",),
    ),
    CueDef(
        "complains_about_parameters",
        "complains about time, fees or schedule",
        _rx(
            r"(?:the )?(?:fee|fees|price|cost|bill|money) (?:for|of) (?:this|these|the session)",
            r"(?:fifty|50) minutes",
            r"too (?:short|long|expensive|early|late)",
            r"(?:you|we) (?:started|ended|are) late",
            r"cancel(?:led|ed)?",
            r"reschedul",
            r"(?:every|once a) week",
            r"on your phone",
            r"(?:the )?(?:schedule|appointment|session) time",
            r"only have (?:ten|five|\d+) minutes",
        ),
        labels=("complaint_about_parameters",),
    ),
    CueDef(
        "complains_about_progress",
        "complains about lack of progress",
        _rx(
            r"(?:nothing|not much) (?:has )?changed",
            r"(?:months|weeks|years) (?:of this|now and)",
            r"getting nowhere",
            r"going (?:around )?in circles",
            r"not (?:getting|any) better",
            r"no progress",
            r"still (?:the same|stuck)",
            r"isn'?t working",
            r"we'?re stuck",
        ),
        labels=("complaint_about_progress",),
    ),
    CueDef(
        "defends_self",
        "defends self against a perceived accusation",
        _rx(
            r"i (?:did not|didn'?t) (?:say|do|mean)",
            r"that'?s not fair",
            r"i was (?:only|just) (?:trying|saying|asking)",
            r"it wasn'?t (?:my fault|me)",
            r"what was i supposed to",
            r"i had (?:no|every) (?:choice|right)",
            r"don'?t (?:blame|accuse) me",
            r"i never said",
            r"excuse me for",
        ),
        labels=("defends_self",),
    ),
    CueDef(
        "pressure",
        "tries to control or pressure the listener",
        _rx(
            r"(?:just )?tell me what to do",
            r"answer (?:me|the question)",
            r"you (?:have|need) to",
            r"you will",
            r"right now\!",
            r"i want an answer",
            r"promise me",
            r"don'?t you dare",
            r"you better",
            r"i'?m not leaving until",
        ),
        labels=("controls_pressures",),
    ),
    # --- the listener's previous turn (context)
    CueDef(
        "ctx_distress_inquiry",
        "the listener asked about feelings or distress",
        _rx(
            r"how (?:are|do) you feel(?:ing)?",
            r"what(?:'s| is| was) (?:that|it) like",
            r"how (?:was|is) that for you",
            r"are you (?:ok|okay|alright|upset|hurt)",
            r"what(?:'s| are) you feeling",
            r"what'?s going on (?:for|with) you",
            r"how are you (?:doing|holding up)",
            r"what happens inside",
            r"you seem (?:upset|sad|tense|quiet|down)",
            r"what did you feel",
        ),
        on="context",
        labels=("m25",),
    ),
    CueDef(
        "ctx_support_offer",
        "the listener offered support",
        _rx(
            r"(?:can|could|shall|should) i (?:help|do|come|call|take)",
            r"i(?:'m| am) here (?:for you|if)",
            r"want me to",
            r"let me (?:help|take|do)",
            r"i could (?:help|come|take|call)",
            r"lean on me",
            r"would it help if",
            r"i'?d be happy to",
        ),
        on="context",
        labels=("m28",),
    ),
    CueDef(
        "ctx_supportive_remark",
        "the listener made a supportive remark",
        _rx(
            r"that sounds (?:really )?(?:hard|painful|difficult|tough|exhausting)",
            r"i hear (?:you|how)",
            r"that makes (?:total )?sense",
            r"of course you",
            r"i understand",
            r"you did (?:well|your best|the right)",
            r"no wonder",
            r"i'?m (?:so )?sorry",
            r"it'?s (?:ok|okay) to feel",
            r"i can see how",
            r"you'?re not alone",
        ),
        on="context",
        labels=("m41",),
    ),
    CueDef(
        "ctx_suggestion",
        "the listener suggested something or interpreted",
        _rx(
            r"what if you",
            r"maybe you could",
            r"(?:could|would) you try",
            r"i wonder if",
            r"it sounds like",
            r"have you (?:tried|thought)",
            r"i'?d (?:suggest|like you to)",
            r"let'?s try",
            r"(?:this|the) week (?:try|you could)",
        ),
        on="context",
    ),
    CueDef("ctx_question", "the listener asked a question", re.compile(r"\?"), on="context"),
)

CUES_BY_NAME = {cue.name: cue for cue in CUES}
TURN_CUES = tuple(c for c in CUES if c.on == "turn")
CONTEXT_CUES = tuple(c for c in CUES if c.on == "context")

# Non-verbal cue kinds (parsed by bowlby.coding.transcript) used as features too.
NONVERBAL_KINDS = ("laughter", "crying", "sigh", "silence", "shrug", "anger", "gaze_away")


@dataclass(frozen=True, slots=True)
class CueHit:
    name: str
    start: int
    end: int
    text: str


def find_cues(text: str, *, on: str = "turn") -> list[CueHit]:
    """Every cue of kind ``on`` that matches ``text``, with its span."""
    hits = []
    for cue in TURN_CUES if on == "turn" else CONTEXT_CUES:
        for match in cue.pattern.finditer(text):
            hits.append(CueHit(cue.name, match.start(), match.end(), match.group(0)))
    return hits


def shape_features(words: str, nonverbal: list[NonVerbalCue]) -> dict[str, float]:
    """Length and form of the turn: minimal responses are short, floods are long."""
    tokens = re.findall(r"[\w']+", words)
    n = len(tokens)
    lowered = [t.lower() for t in tokens]
    first_person = sum(
        t in {"i", "i'm", "im", "me", "my", "myself", "i've", "i'd", "i'll"} for t in lowered
    )
    you = sum(t in {"you", "you're", "your", "yours", "youre", "u"} for t in lowered)
    kinds = {cue.kind for cue in nonverbal}
    features = {
        "len_log": min(1.0, math.log1p(n) / 5.0),
        "len_short": float(n <= 4),
        "len_long": float(n >= 60),
        "no_words": float(n == 0),
        "first_person_rate": first_person / n if n else 0.0,
        "you_rate": you / n if n else 0.0,
        "question": float("?" in words),
        "exclamation": float("!" in words),
        "ellipsis": float("..." in words or "…" in words),
    }
    for kind in NONVERBAL_KINDS:
        features[f"nv_{kind}"] = float(kind in kinds)
    return features
