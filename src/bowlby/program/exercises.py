"""Every exercise of the program as data: what to do, the fields the journal stores, time, partner.

Texts are our own. ``kind`` slugs are stable: the web app stores them with each journal entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from bowlby.program.fields import Field


@dataclass(frozen=True)
class Exercise:
    kind: str
    title: str
    instructions: str
    fields: tuple[Field, ...]
    minutes: int
    partner_ok: bool
    #: True when the exercise is built for two; ``solo_instructions`` then says how to do it alone.
    partner_needed: bool = False
    solo_instructions: str = ""

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"exercise {self.kind!r} has no field {name!r}")


_TAGS = Field(
    "tags",
    "Tags",
    "tags",
    help="Any short words you want to find this by later, e.g. 'weekend', 'tired', 'after work'.",
)

_EXERCISES = (
    Exercise(
        kind="relationship_story",
        title="Our story so far",
        instructions=(
            "Write the story of this relationship the way you would tell it to a kind friend: how "
            "you met, a few moments you are glad about, what has been hard lately. Then write, in a "
            "sentence or two, what matters most to you in it and what you long for. There is no "
            "right length and nobody grades it."
        ),
        fields=(
            Field("story", "Our story, in my words", "long_text", required=True),
            Field(
                "what_matters",
                "What matters most to me in this relationship",
                "long_text",
                required=True,
            ),
            Field(
                "longing",
                "What I long for",
                "long_text",
                help="Say it as something you want more of, not as what the other should stop.",
            ),
            Field("good_moments", "Moments I am glad about", "list"),
        ),
        minutes=20,
        partner_ok=True,
    ),
    Exercise(
        kind="listening",
        title="Five minutes, uninterrupted",
        instructions=(
            "Set a timer for five minutes. One of you talks about anything on their mind; the other "
            "only listens — no advice, no correcting, no defending, just a nod or 'mm'. When the "
            "timer rings, the listener says back in one or two sentences what they heard. Then "
            "swap. Afterwards, each writes down one thing they noticed."
        ),
        fields=(
            Field("role", "I was the speaker, the listener, or both", "text"),
            Field("heard", "What I heard (or what I felt heard in)", "long_text", required=True),
            Field(
                "noticed",
                "One thing I noticed",
                "text",
                help="Something small is perfect: a tone, a pause, a relief.",
            ),
            Field("how_it_felt", "How it felt, 1 (hard) to 10 (good)", "scale_1_10"),
            _TAGS,
        ),
        minutes=15,
        partner_ok=True,
        partner_needed=True,
        solo_instructions=(
            "On your own: recall the last conversation where you felt really listened to by anyone. "
            "Write what the other person did. Then choose one of those things to offer your partner "
            "the next time they talk to you."
        ),
    ),
    Exercise(
        kind="hope_question",
        title="A little better by tonight",
        instructions=(
            "Imagine this evening goes a little better between you than usual — not perfect, just "
            "a notch better. What would you see? What would you hear? Describe the very first small "
            "thing that would tell you it is going well."
        ),
        fields=(
            Field(
                "a_little_better",
                "A little better by tonight would look like…",
                "long_text",
                required=True,
            ),
            Field("first_sign", "The first small sign I would notice", "text"),
            Field("my_part", "One thing I could do to make that sign a bit more likely", "text"),
        ),
        minutes=10,
        partner_ok=True,
    ),
    Exercise(
        kind="coping_list",
        title="What I already do to cope",
        instructions=(
            "List everything you already do that helps, even a little, when things between you get "
            "hard: taking a walk, texting a friend, waiting until morning, making tea, saying 'can "
            "we pause?'. Nothing is too small or too ordinary. Aim for at least five; add to the "
            "list whenever something new comes to mind."
        ),
        fields=(
            Field(
                "ways_i_cope",
                "Things I already do that help",
                "list",
                required=True,
                min_items=1,
                help="Write each one as something you do, e.g. 'I go for a walk before answering'.",
            ),
            Field("what_helps_most", "The one that helps most", "text"),
            Field("who_helps", "People who help me", "list"),
        ),
        minutes=15,
        partner_ok=True,
    ),
    Exercise(
        kind="exception_log",
        title="Today's exception",
        instructions=(
            "Think back over today. Was there a moment when the problem was smaller, or not there at "
            "all — a conversation that went fine, a quiet evening, a quarrel that cooled quickly? If "
            "so, write down the context and what you did, thought and felt. If not, that is useful "
            "to know too: answer 'no' and add a word about the day."
        ),
        fields=(
            Field(
                "is_exception",
                "Was the problem smaller or absent at some point today?",
                "yes_no",
                required=True,
            ),
            Field("when", "When was it?", "text", help="e.g. 'at breakfast', 'on the phone at 6'."),
            Field(
                "context",
                "Context",
                "tags",
                help="Where you were, who was there, what was going on: 'at home', 'evening', 'kids asleep'.",
            ),
            Field(
                "actions",
                "What I did",
                "tags",
                help="Short phrases for what you did: 'cooked together', 'asked how the day was'.",
            ),
            Field("thoughts", "What I thought", "text"),
            Field("feelings", "What I felt", "text"),
            Field("meaning", "What it tells us", "long_text"),
            _TAGS,
        ),
        minutes=5,
        partner_ok=True,
    ),
    Exercise(
        kind="miracle_question",
        title="The morning after the miracle",
        instructions=(
            "Suppose that tonight, while you sleep, the problem that brought you here is solved — but "
            "you don't know it happened. Tomorrow morning, what is the first small thing you notice "
            "that tells you something has changed? What does your partner notice about you? Stay "
            "with ordinary details: a word at breakfast, a look, who makes the coffee."
        ),
        fields=(
            Field("first_sign", "The first small sign tomorrow", "long_text", required=True),
            Field("partner_notices", "What my partner would notice in me", "long_text"),
            Field("other_signs", "Other signs through the day", "list"),
            Field(
                "already_happening",
                "Which of these already happen sometimes?",
                "list",
                help="These are exceptions in disguise — worth logging.",
            ),
        ),
        minutes=15,
        partner_ok=True,
    ),
    Exercise(
        kind="scaling",
        title="Where are we, 1 to 10",
        instructions=(
            "On a scale from 1 to 10, where 10 is the relationship the way you hope it can be and 1 "
            "is the worst it has been, where are you today? Then answer the two questions that "
            "matter more than the number: what keeps it from being one lower, and what would one "
            "point up look like?"
        ),
        fields=(
            Field("score", "Where I am today", "scale_1_10", required=True),
            Field(
                "why_not_lower",
                "What keeps it from being one point lower",
                "long_text",
                required=True,
                help="This is where your resources hide.",
            ),
            Field(
                "one_point_up",
                "What one point up would look like",
                "long_text",
                required=True,
                help="Something you could see or hear, not a feeling alone.",
            ),
            Field("context", "Context", "tags"),
            Field("actions", "What I did today", "tags"),
            _TAGS,
        ),
        minutes=5,
        partner_ok=True,
    ),
    Exercise(
        kind="value_ranking",
        title="What I value most",
        instructions=(
            "Write down five to ten things you value in a relationship — honesty, humour, "
            "tenderness, fairness, adventure, calm, being taken seriously… Put them in order, most "
            "important first. Then pick one to focus on this week and write one way it could show "
            "up in what you do."
        ),
        fields=(
            Field(
                "values",
                "My values, most important first",
                "ranked_list",
                required=True,
                min_items=5,
                max_items=10,
            ),
            Field("focus", "My focus for this week", "text", required=True),
            Field("how_it_shows", "How it could show up in what I do", "long_text"),
        ),
        minutes=15,
        partner_ok=True,
    ),
    Exercise(
        kind="deep_description",
        title="Zooming in on an exception",
        instructions=(
            "Choose three to five exceptions from your log that feel important. For each, describe "
            "it like a film scene: what happened just before, who said what, what you did, what "
            "your partner did, how it ended. The aim is to see the small steps that made it work, "
            "so that you can take them again."
        ),
        fields=(
            Field(
                "exceptions",
                "The exceptions I chose",
                "list",
                required=True,
                min_items=1,
                max_items=5,
            ),
            Field("scene", "The scene, step by step", "long_text", required=True),
            Field("what_made_it_work", "What made it work", "list"),
            Field("my_part", "My part in it", "text"),
            Field("partner_part", "My partner's part in it", "text"),
            _TAGS,
        ),
        minutes=20,
        partner_ok=True,
    ),
    Exercise(
        kind="pattern_recognition",
        title="When do the good moments happen?",
        instructions=(
            "Look over your exception log and the patterns the app found in it. When do exceptions "
            "happen — which days, places, moods, things you did? Write what you notice, and what "
            "surprises you. Treat anything marked 'maybe' or 'can't tell yet' as a hunch to test, "
            "not as a fact."
        ),
        fields=(
            Field("patterns_i_see", "Patterns I notice", "list", required=True, min_items=1),
            Field("surprises", "What surprised me", "text"),
            Field("to_test", "A hunch I want to test", "text"),
        ),
        minutes=15,
        partner_ok=True,
    ),
    Exercise(
        kind="micro_experiment",
        title="A three-day experiment",
        instructions=(
            "Pick one thing that seems to come with better moments and do it on purpose for the "
            "next three days. Keep it small enough to do even on a busy day. Write down your plan "
            "now; after three days, come back and write what happened. An experiment that 'fails' "
            "still teaches you something."
        ),
        fields=(
            Field("idea", "What I will try", "text", required=True),
            Field("start", "Starting on", "date"),
            Field("how_i_will_know", "How I will know if it helped", "text"),
            Field("what_happened", "What happened (after three days)", "long_text"),
            Field("learned", "What I learned", "text"),
            _TAGS,
        ),
        minutes=10,
        partner_ok=True,
    ),
    Exercise(
        kind="action_menu",
        title="A menu of small actions",
        instructions=(
            "Make a menu of ten to twenty small, concrete things that tend to make a difference "
            "between you — each doable in under fifteen minutes: 'ask about the meeting she was "
            "nervous about', 'put the phone away at dinner', 'say thank you for the dishes'. Draw on "
            "your exceptions, your coping list and your one-point-up answers."
        ),
        fields=(
            Field(
                "actions",
                "Small actions",
                "list",
                required=True,
                min_items=10,
                max_items=20,
            ),
            Field("easiest", "The easiest one to start with", "text"),
        ),
        minutes=20,
        partner_ok=True,
    ),
    Exercise(
        kind="commitment",
        title="This week's commitment",
        instructions=(
            "From your action menu, choose one or two actions to try this week as experiments. Say "
            "when and how often. If a week turns out busier than planned, do the smaller version — "
            "that counts."
        ),
        fields=(
            Field(
                "chosen", "The one or two actions", "list", required=True, min_items=1, max_items=2
            ),
            Field("when", "When and how often", "text", required=True),
            Field("smaller_version", "The smaller version for a busy day", "text"),
        ),
        minutes=5,
        partner_ok=True,
    ),
    Exercise(
        kind="feedback_loop",
        title="What I tried, what I learned",
        instructions=(
            "Look back at what you tried. Write four short answers: what I tried, what happened, "
            "what I learned, and what I will change. Anything that happened is information — "
            "including nothing at all."
        ),
        fields=(
            Field("tried", "What I tried", "text", required=True),
            Field("happened", "What happened", "long_text", required=True),
            Field("learned", "What I learned", "text", required=True),
            Field("change", "What I will change", "text", required=True),
            _TAGS,
        ),
        minutes=10,
        partner_ok=True,
    ),
    Exercise(
        kind="progress_narrative",
        title="The story of these weeks",
        instructions=(
            "Read back through your journal: your first story, your exceptions, your scale scores. "
            "Then write the story of these weeks — what changed, even slightly, what you did that "
            "helped, and what you now know about the two of you that you didn't know at the start."
        ),
        fields=(
            Field("story", "What changed, in my words", "long_text", required=True),
            Field("what_helped", "What I did that helped", "list"),
            Field("now_i_know", "What I know now", "long_text"),
        ),
        minutes=25,
        partner_ok=True,
    ),
    Exercise(
        kind="prevention_plan",
        title="A plan for harder days",
        instructions=(
            "Harder days will come back now and then; that is normal, not a relapse. Write a short "
            "plan: the early warning signs that things are slipping, what works for you two when "
            "that happens, and when you would reach out for support from someone else — a friend, a "
            "counsellor, a doctor."
        ),
        fields=(
            Field("warning_signs", "Early warning signs", "list", required=True, min_items=1),
            Field("what_works", "What works for us", "list", required=True, min_items=1),
            Field(
                "seek_support",
                "When I will seek support, and from whom",
                "long_text",
                required=True,
            ),
        ),
        minutes=20,
        partner_ok=True,
    ),
    Exercise(
        kind="celebration",
        title="Marking what you did",
        instructions=(
            "You stayed with this for weeks. Choose a way to mark it — a walk, a meal, a note to each "
            "other, a small ritual of your own — and write down what you want to celebrate, however "
            "modest it seems."
        ),
        fields=(
            Field("celebrating", "What I am celebrating", "long_text", required=True),
            Field("how", "How we marked it", "text"),
            Field("thanks", "A thank-you I want to say", "text"),
        ),
        minutes=30,
        partner_ok=True,
    ),
)

#: kind → Exercise, in program order.
EXERCISES: dict[str, Exercise] = {e.kind: e for e in _EXERCISES}

#: Exercises that recur after their phase: the log every day from day 8, scaling twice a week
#: from day 15.
RECURRING_KINDS = ("exception_log", "scaling")
