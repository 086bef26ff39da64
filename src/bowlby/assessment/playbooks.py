"""Profiles and playbooks as data: one per pattern and one per communication style, plus a
seven-day first-week plan per pattern for the action report. All texts are our own.
"""

from __future__ import annotations

from dataclasses import dataclass

from bowlby.assessment.scoring import AssessmentResult, Pattern


@dataclass(frozen=True, slots=True)
class Playbook:
    key: str  # a Pattern value or a communication style
    title: str
    profile: str  # the pattern in plain words
    triggers: tuple[str, ...]  # what tends to set it off
    partner_experience: str  # what the other person lives through
    practices: tuple[str, ...]  # what to try first this week (3–5)
    phrases: tuple[str, ...]  # "a phrase worth trying first": short, ready to copy and send
    article_slugs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DayStep:
    day: int
    title: str
    task: str


PATTERN_PLAYBOOKS: dict[Pattern, Playbook] = {
    Pattern.SECURE: Playbook(
        key=Pattern.SECURE.value,
        title="Steady ground",
        profile=(
            "You can be close without losing yourself, and be apart without losing the bond. "
            "When something hurts, you can usually say so and trust that it can be talked "
            "through. That does not mean you never struggle: it means you tend to find your way "
            "back, and you can help a partner find theirs."
        ),
        triggers=(
            "Long stretches of stress or tiredness, when your usual patience runs thin.",
            "A partner who pulls away or pushes hard, so that your calm starts to feel unanswered.",
            "Taking your own steadiness for granted and skipping the small check-ins.",
        ),
        partner_experience=(
            "Your partner mostly feels they can come to you and that a bad moment will not undo "
            "the relationship. If they are more anxious or more distant than you, they may "
            "sometimes read your calm as not caring enough; it helps to say out loud what you feel."
        ),
        practices=(
            "Name one feeling a day out loud, even a small one, so your calm does not look like distance.",
            "When your partner is upset, ask what would help before offering a fix.",
            "Notice one moment this week when the two of you handled something well, and tell them.",
            "Keep a short weekly check-in: what went well, what was hard, what one thing to try.",
        ),
        phrases=(
            "I noticed we handled that well today. Thank you.",
            "I'm a bit off today. It's not about you, and I wanted you to know.",
            "What would help you most right now: listening, or ideas?",
            "I'd like us to talk about last night when we both have ten calm minutes.",
        ),
        article_slugs=("secure-attachment", "exception-discovery"),
    ),
    Pattern.ANXIOUS: Playbook(
        key=Pattern.ANXIOUS.value,
        title="Reaching for reassurance",
        profile=(
            "Love matters enormously to you, and so does the fear of losing it. When the "
            "connection feels uncertain, your alarm goes up fast: you read silences, replay "
            "conversations and reach for reassurance. That reaching comes from care, not from "
            "weakness. The work is to calm the alarm first, then ask for what you need in a way "
            "your partner can hear."
        ),
        triggers=(
            "An unanswered message or a shorter reply than usual.",
            "Your partner needing time alone, or seeming distracted.",
            "Plans that change at short notice, or a tone you cannot read.",
            "Arguments that end without a clear sign that you are still all right.",
        ),
        partner_experience=(
            "Your partner may feel loved but also pressed: the many questions and the urgency "
            "can sound like criticism, even when you mean them as longing. A partner who needs "
            "space may retreat further, which is exactly what your alarm fears."
        ),
        practices=(
            "When the alarm rises, wait ten minutes and breathe slowly before you write or call.",
            "Turn one worry into one clear request: what you need, and by when.",
            "Keep an evidence list: moments this week that showed your partner does care.",
            "Plan something that is yours alone and enjoy it without checking your phone.",
            "After a hard talk, ask once for the reassurance you need, then let it land.",
        ),
        phrases=(
            "I'm feeling a bit unsure of us today. Could you tell me we're okay?",
            "No need to answer now. I just miss you.",
            "I'd like ten minutes with you tonight. Would that work?",
            "I got worried when I didn't hear from you. I know that's my worry to handle.",
        ),
        article_slugs=("anxious-attachment", "pursue-withdraw-cycle", "exception-discovery"),
    ),
    Pattern.AVOIDANT: Playbook(
        key=Pattern.AVOIDANT.value,
        title="Keeping your own counsel",
        profile=(
            "You learned early that it is safer to rely on yourself. You value your independence, "
            "you stay calm on the surface, and you handle things on your own. When closeness or "
            "strong feelings come near, part of you steps back. That self-reliance is a real "
            "strength; the work is to let a partner in a little further than feels automatic."
        ),
        triggers=(
            "A partner asking, urgently, to talk about the relationship.",
            "Being asked how you feel when you do not yet know.",
            "Feeling that your time, space or choices are being taken over.",
            "Someone needing you when you are already stretched.",
        ),
        partner_experience=(
            "Your partner may feel shut out or alone, even when you are sitting next to them. "
            "Your quiet can look like indifference, and the less you say, the more they may push, "
            "which makes stepping back feel even more necessary."
        ),
        practices=(
            "When you need space, say so and say when you will come back, instead of just going quiet.",
            "Share one small feeling each day, even 'I'm tired' or 'that annoyed me'.",
            "When your partner is upset, stay in the room for two minutes before you respond.",
            "Ask for one small thing you usually do alone: a lift, an opinion, a hug.",
        ),
        phrases=(
            "I need an hour to myself. I'll come and find you after.",
            "I don't have the words yet, but I'm not going anywhere.",
            "Can we talk about this after dinner? I want to get it right.",
            "That was hard for me to say. Thank you for listening.",
        ),
        article_slugs=("avoidant-attachment", "pursue-withdraw-cycle", "exception-discovery"),
    ),
    Pattern.FEARFUL: Playbook(
        key=Pattern.FEARFUL.value,
        title="Wanting close, fearing close",
        profile=(
            "You want closeness deeply, and closeness also feels risky. So you may reach out and "
            "then pull back, long for reassurance and then doubt it. This push and pull is "
            "tiring and can be confusing, both for you and for the people who love you. It makes "
            "sense if trust was costly before. The work is to go slowly and make the swings "
            "visible, so they can be talked about instead of acted out."
        ),
        triggers=(
            "Moments of real closeness, which can bring a sudden urge to leave or test.",
            "Signs of distance, which can bring a sudden fear of being left.",
            "Conflict, which can feel like proof that trust was a mistake.",
            "Being seen when you feel at your worst.",
        ),
        partner_experience=(
            "Your partner may feel they cannot get it right: close is too close, apart is too "
            "far. They may grow careful or confused. Naming your swings as they happen helps them "
            "stay steady with you."
        ),
        practices=(
            "Name the swing when it happens: 'part of me wants you close and part wants to run'.",
            "Before a big step back or a big demand, wait one night.",
            "Write down one small act of trust each day, yours or your partner's.",
            "Pick one calm, safe person outside the relationship to talk with this week.",
            "If old hurts feel overwhelming, consider support from a counsellor; it is a strength.",
        ),
        phrases=(
            "Part of me wants to pull away right now. I'm telling you instead.",
            "I want to be close. I'm scared too. Both are true.",
            "Can we go slowly with this? I'm still here.",
            "I'm overwhelmed. Can we take a break and talk again at eight?",
        ),
        article_slugs=(
            "fearful-avoidant-attachment",
            "anxious-attachment",
            "avoidant-attachment",
            "exception-discovery",
        ),
    ),
}

STYLE_PLAYBOOKS: dict[str, Playbook] = {
    "discloses": Playbook(
        key="discloses",
        title="Saying it now",
        profile=(
            "Under stress you can say what you feel while you feel it, and name what you need. "
            "That is the openness that lets repair happen."
        ),
        triggers=(
            "A partner who answers your openness with a lecture or silence.",
            "Being so tired that words come out sharper than you mean.",
        ),
        partner_experience=(
            "Your partner knows where they stand with you. A partner who struggles to talk may "
            "still feel rushed by how quickly you get to the heart of things."
        ),
        practices=(
            "Keep it short: one feeling, one need.",
            "Ask what your partner feels too, and wait for the answer.",
            "Notice and thank your partner when they open up.",
        ),
        phrases=(
            "I feel hurt right now, and I want us to be okay.",
            "What's it like for you?",
            "Thank you for telling me that.",
        ),
        article_slugs=("secure-attachment", "exception-discovery"),
    ),
    "minimises": Playbook(
        key="minimises",
        title="Making it smaller",
        profile=(
            "Under stress you tend to shrink what you feel: 'it's fine', 'it doesn't matter', or "
            "you tell the facts and leave the feelings out. It keeps things calm, for a while."
        ),
        triggers=(
            "Being asked how you feel when you would rather get on with things.",
            "Worry that your feelings will be too much or will be used against you.",
        ),
        partner_experience=(
            "Your partner may sense something is wrong and feel shut out when you say it isn't. "
            "Guessing makes them anxious, and they may ask more, not less."
        ),
        practices=(
            "Replace 'it's fine' with one honest word: 'a bit hurt', 'annoyed', 'tired'.",
            "When you tell what happened, add one sentence about how it felt.",
            "Let a small feeling stay in the room for a minute before you change the subject.",
        ),
        phrases=(
            "It's not nothing, actually. I'm a bit hurt.",
            "I don't know yet what I feel. Give me a moment.",
            "That bothered me more than I let on.",
        ),
        article_slugs=("avoidant-attachment", "exception-discovery"),
    ),
    "floods": Playbook(
        key="floods",
        title="When it all pours out",
        profile=(
            "Under stress your feelings come out all at once: the hurt of today brings older "
            "hurts with it, and the words come fast. It is honest, and it can be hard to follow."
        ),
        triggers=(
            "Feeling unheard, so you say more and louder.",
            "A partner who goes quiet, which feels like proof you must keep going.",
        ),
        partner_experience=(
            "Your partner may feel overwhelmed or accused, lose the thread and shut down, even "
            "though you are asking to be understood."
        ),
        practices=(
            "One topic per talk: write the others down for later.",
            "Pause after three sentences and ask what your partner heard.",
            "Start with what you feel now, not with the history.",
            "If you feel the flood rising, ask for a twenty-minute break and come back.",
        ),
        phrases=(
            "Can I tell you just one thing that's bothering me?",
            "I'm getting flooded. Can we pause and try again in twenty minutes?",
            "What did you hear me say?",
        ),
        article_slugs=("anxious-attachment", "pursue-withdraw-cycle"),
    ),
    "pursues": Playbook(
        key="pursues",
        title="Moving toward",
        profile=(
            "When there is tension, you move toward it: you want to talk it through now and "
            "settle it. Behind the push is a wish to feel connected again."
        ),
        triggers=(
            "A partner who leaves the room or goes silent.",
            "Going to bed on an unresolved argument.",
        ),
        partner_experience=(
            "Your partner may feel cornered and retreat, which turns your pursuit into a chase "
            "that neither of you enjoys."
        ),
        practices=(
            "Agree on a time to talk instead of insisting on now.",
            "Say the soft feeling under the push: 'I miss you', 'I'm scared'.",
            "When your partner steps back, let them, and trust the agreed time.",
        ),
        phrases=(
            "I don't need to solve it now. Can we talk at seven?",
            "Underneath the push, I just miss you.",
            "Take your time. I'll be here.",
        ),
        article_slugs=("pursue-withdraw-cycle", "anxious-attachment"),
    ),
    "withdraws": Playbook(
        key="withdraws",
        title="Moving away",
        profile=(
            "When there is tension, you step back: you go quiet, leave the room or change the "
            "subject. It protects you and, you hope, the relationship from things getting worse."
        ),
        triggers=(
            "Raised voices or a rush of questions.",
            "Feeling that whatever you say will be wrong.",
        ),
        partner_experience=(
            "Your partner may feel abandoned in the middle of the argument and push harder to "
            "reach you, which makes stepping back feel even more needed."
        ),
        practices=(
            "Never leave without a return time: 'I need twenty minutes, then I'll come back'.",
            "Come back when you said you would, even if you only say one sentence.",
            "Say one true thing before you step away: 'I'm overwhelmed, not indifferent'.",
        ),
        phrases=(
            "I need twenty minutes. I will come back.",
            "I'm overwhelmed, not indifferent.",
            "I'm back. Can we try again, slowly?",
        ),
        article_slugs=("pursue-withdraw-cycle", "avoidant-attachment"),
    ),
}

FIRST_WEEK_PLANS: dict[Pattern, tuple[DayStep, ...]] = {
    Pattern.SECURE: (
        DayStep(
            1,
            "Notice what works",
            "Write down one moment today when you and your partner got along well.",
        ),
        DayStep(2, "Name a feeling", "Tell your partner one feeling you had today, however small."),
        DayStep(
            3, "Ask before fixing", "When your partner shares a problem, ask: listen or ideas?"
        ),
        DayStep(
            4,
            "Five minutes of listening",
            "Give your partner five minutes to talk without interrupting.",
        ),
        DayStep(
            5, "Say thank you", "Thank your partner for one specific thing they did this week."
        ),
        DayStep(
            6, "Small repair", "Revisit one small friction of the week and say your part in it."
        ),
        DayStep(
            7,
            "Weekly check-in",
            "Together: what went well, what was hard, one thing to try next week.",
        ),
    ),
    Pattern.ANXIOUS: (
        DayStep(
            1,
            "Spot the alarm",
            "Note one moment today when worry about the relationship rose, and what set it off.",
        ),
        DayStep(
            2,
            "Ten-minute pause",
            "Next time the worry rises, wait ten minutes and breathe before you reach out.",
        ),
        DayStep(
            3, "Evidence list", "Write three things from this week that showed your partner cares."
        ),
        DayStep(4, "One clear request", "Turn one worry into one calm request with a time in it."),
        DayStep(
            5, "Time that is yours", "Do one thing you enjoy alone, phone away, for half an hour."
        ),
        DayStep(
            6,
            "Ask once, let it land",
            "Ask for reassurance once, then notice how it feels to believe it.",
        ),
        DayStep(
            7, "Look back", "Write down when the worry was smaller this week, and what helped."
        ),
    ),
    Pattern.AVOIDANT: (
        DayStep(
            1,
            "Notice the step back",
            "Note one moment today when you wanted to pull away, and what came just before.",
        ),
        DayStep(
            2,
            "One small feeling",
            "Say one feeling out loud to your partner, even 'tired' or 'glad'.",
        ),
        DayStep(
            3,
            "Space with a return time",
            "If you need space, say so and say when you will be back.",
        ),
        DayStep(
            4,
            "Two minutes more",
            "When your partner is upset, stay with them two minutes before responding.",
        ),
        DayStep(5, "Lean a little", "Ask your partner for one small favour or opinion."),
        DayStep(
            6,
            "Share a memory",
            "Tell your partner about something from your day that mattered to you.",
        ),
        DayStep(
            7,
            "Look back",
            "Write down when closeness felt easier this week, and what made it easier.",
        ),
    ),
    Pattern.FEARFUL: (
        DayStep(
            1,
            "Map the swing",
            "Note one moment today when you wanted closeness and one when you wanted distance.",
        ),
        DayStep(
            2,
            "Name it gently",
            "Tell your partner: 'part of me wants close, part of me wants space'.",
        ),
        DayStep(3, "Wait one night", "Before any big step back or big demand, sleep on it."),
        DayStep(
            4,
            "Soothe first",
            "Find one thing that calms your body (a walk, slow breathing) and use it once.",
        ),
        DayStep(5, "One act of trust", "Do one small trusting thing and notice what happens."),
        DayStep(6, "Outside support", "Talk with one safe person about how this week has been."),
        DayStep(
            7,
            "Look back",
            "Write down one moment when you felt steady with your partner, and what helped.",
        ),
    ),
}


def playbook_for(result: AssessmentResult | Pattern | str) -> Playbook:
    """The pattern playbook for a result, a pattern or a pattern value."""
    pattern = result.pattern if isinstance(result, AssessmentResult) else Pattern(result)
    return PATTERN_PLAYBOOKS[pattern]


def style_playbooks_for(result: AssessmentResult) -> tuple[Playbook, ...]:
    """The communication-style playbooks that fit a result: its expression style and, when it
    has one, its conflict move (both moves when it pursues and withdraws equally)."""
    communication = result.communication
    if communication is None:
        return ()
    keys = [communication.expression]
    if communication.conflict_move in ("pursues", "withdraws"):
        keys.append(communication.conflict_move)
    elif communication.conflict_move == "both":
        keys.extend(("pursues", "withdraws"))
    return tuple(STYLE_PLAYBOOKS[key] for key in keys)


def first_week_plan(result: AssessmentResult | Pattern | str) -> tuple[DayStep, ...]:
    pattern = result.pattern if isinstance(result, AssessmentResult) else Pattern(result)
    return FIRST_WEEK_PLANS[pattern]
