"""Couple dynamics: how two people's patterns tend to interact, with a plan for both.

All ten unordered pairs of the four patterns are covered. Texts are our own.
"""

from __future__ import annotations

from dataclasses import dataclass

from bowlby.assessment.scoring import AssessmentResult, Pattern

S, AX, AV, F = Pattern.SECURE, Pattern.ANXIOUS, Pattern.AVOIDANT, Pattern.FEARFUL


@dataclass(frozen=True, slots=True)
class CoupleDynamic:
    patterns: frozenset[Pattern]
    title: str
    how_it_plays_out: str
    strengths: str
    plan_for_both: tuple[str, ...]
    plan_for: dict[Pattern, tuple[str, ...]]  # one entry per distinct pattern in the pair
    article_slugs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CoupleReport:
    first: Pattern
    second: Pattern
    dynamic: CoupleDynamic
    for_first: tuple[str, ...]
    for_second: tuple[str, ...]
    near_boundary: bool  # either partner's label is uncertain; read the pairing loosely

    def to_dict(self) -> dict:
        return {
            "first": self.first.value,
            "second": self.second.value,
            "title": self.dynamic.title,
            "how_it_plays_out": self.dynamic.how_it_plays_out,
            "strengths": self.dynamic.strengths,
            "plan_for_both": list(self.dynamic.plan_for_both),
            "for_first": list(self.for_first),
            "for_second": list(self.for_second),
            "article_slugs": list(self.dynamic.article_slugs),
            "near_boundary": self.near_boundary,
        }


def _pair(*patterns: Pattern) -> frozenset[Pattern]:
    return frozenset(patterns)


_DYNAMICS = (
    CoupleDynamic(
        _pair(S),
        "Two steady bases",
        "You both tend to say what you feel and trust that a hard moment can be repaired. The "
        "risk is quiet drift: when things run smoothly, it is easy to stop checking in.",
        "Disagreements rarely threaten the bond, so you can talk about almost anything.",
        (
            "Keep a short weekly check-in even when nothing is wrong.",
            "Notice and name the exceptions: what you did on the days that felt best.",
            "Plan one new thing together this month so closeness keeps growing.",
        ),
        {S: ("Say the small feelings too, not just the big ones.",)},
        ("secure-attachment", "exception-discovery"),
    ),
    CoupleDynamic(
        _pair(S, AX),
        "A steady partner and a worried heart",
        "The anxious partner reaches for reassurance; the secure partner can usually give it. "
        "Trouble comes when the secure partner is stretched and replies more briefly, and the "
        "anxious partner reads that as distance.",
        "The secure partner's consistency can, over time, teach the alarm that it is safe.",
        (
            "Agree on simple signals of connection: a message at lunch, a word before sleep.",
            "When the worry rises, name it together instead of arguing about the facts.",
            "Look back each week at moments when the worry was smaller.",
        ),
        {
            S: (
                "Offer reassurance before it is asked for, in small predictable ways.",
                "When you need time, say how long, so the silence has an end.",
            ),
            AX: (
                "Ask for what you need in one clear sentence.",
                "Let the reassurance land: notice it, and say thank you.",
            ),
        },
        ("anxious-attachment", "secure-attachment"),
    ),
    CoupleDynamic(
        _pair(S, AV),
        "A steady partner and a private one",
        "The avoidant partner keeps feelings close; the secure partner invites them out. If the "
        "invitation turns into pressure, the avoidant partner steps back and the secure partner "
        "can start to feel lonely.",
        "The secure partner can give space without taking it personally, which makes opening up safer.",
        (
            "Talk side by side (walking, cooking) rather than face to face.",
            "Agree that 'I need space' always comes with a time to return.",
            "Celebrate small openings rather than asking for big ones.",
        ),
        {
            S: (
                "Invite, do not insist: ask once, then wait.",
                "Say what you miss, without blame.",
            ),
            AV: (
                "Share one feeling a day, however small.",
                "Stay two minutes longer in a hard moment than feels natural.",
            ),
        },
        ("avoidant-attachment", "secure-attachment"),
    ),
    CoupleDynamic(
        _pair(S, F),
        "A steady partner and a push and pull",
        "The fearful-avoidant partner may draw close and then back away. The secure partner's "
        "task is to stay steady through the swings without chasing or withdrawing in return.",
        "A partner who does not panic at the swings gives the other a rare chance to feel safe.",
        (
            "Give the swings a shared name so you can point at them calmly.",
            "Agree on a pause word and a time to come back to any hard talk.",
            "Keep a note of moments when trust held.",
        ),
        {
            S: (
                "Stay kind and predictable; do not take the swings as your verdict.",
                "Look after your own support too.",
            ),
            F: (
                "Name the swing out loud instead of acting on it.",
                "Wait one night before big steps either way.",
            ),
        },
        ("fearful-avoidant-attachment", "secure-attachment"),
    ),
    CoupleDynamic(
        _pair(AX),
        "Two worried hearts",
        "You both need reassurance, and under stress you may both need it at once, with no one "
        "left to give it. Worries can feed each other and arguments can escalate quickly.",
        "You both care about closeness and say so; neither of you will let the other drift away.",
        (
            "Take turns: one talks and is reassured, then the other.",
            "Agree on a twenty-minute break when both of you are flooded.",
            "Build calm routines together: a daily walk, a goodnight ritual.",
        ),
        {
            AX: (
                "Soothe yourself first, then reach out.",
                "Say the need, not the accusation: 'I need to hear we're okay'.",
            )
        },
        ("anxious-attachment", "exception-discovery"),
    ),
    CoupleDynamic(
        _pair(AX, AV),
        "The pursue and withdraw cycle",
        "The anxious partner moves toward, the avoidant partner moves away, and each move makes "
        "the other stronger: the more one pursues, the more the other withdraws, and the more one "
        "withdraws, the more the other pursues. Neither is the villain; the cycle is.",
        "Each of you has what the other is learning: one knows how to reach out, the other how "
        "to stay calm alone.",
        (
            "Name the cycle together: 'we're in the chase again'.",
            "Agree that breaks are allowed and always end at a set time.",
            "Each week, recall one time the cycle did not start, and what was different.",
        ),
        {
            AX: (
                "Ask for one thing, once, calmly, then give time.",
                "Say the soft feeling under the push: 'I miss you'.",
            ),
            AV: (
                "Never leave without saying when you'll be back.",
                "Offer one small reassurance before you step away.",
            ),
        },
        ("pursue-withdraw-cycle", "anxious-attachment", "avoidant-attachment"),
    ),
    CoupleDynamic(
        _pair(AX, F),
        "Two alarms, different swings",
        "Both of you fear being left. The anxious partner reaches out steadily; the fearful "
        "partner reaches out and then retreats, and each retreat sets off the other's alarm.",
        "You understand each other's fear of loss from the inside.",
        (
            "Agree on a pause word and a time to return to hard talks.",
            "Reassure each other in small, regular ways rather than in crises.",
            "Notice together what calmer days have in common.",
        ),
        {
            AX: (
                "When your partner pulls back, give it time before you follow.",
                "Soothe your own alarm first.",
            ),
            F: (
                "Tell your partner when you need distance and that you will return.",
                "Name the swing instead of acting on it.",
            ),
        },
        ("anxious-attachment", "fearful-avoidant-attachment", "pursue-withdraw-cycle"),
    ),
    CoupleDynamic(
        _pair(AV),
        "Two independent people",
        "You both value space and handle things alone. Conflict is rare on the surface, but "
        "feelings go unspoken and the relationship can slowly turn into parallel lives.",
        "You respect each other's independence and rarely crowd each other.",
        (
            "Schedule small, regular moments of closeness, since neither will start them.",
            "Once a week, each share one thing that was hard.",
            "Do one new activity together this month.",
        ),
        {
            AV: (
                "Say one feeling a day out loud.",
                "Ask for help with one small thing.",
            )
        },
        ("avoidant-attachment", "exception-discovery"),
    ),
    CoupleDynamic(
        _pair(AV, F),
        "Distance on both sides",
        "The avoidant partner keeps steady distance; the fearful partner swings between wanting "
        "closeness and fearing it. When the fearful partner reaches out and finds no answer, the "
        "fear of rejection is confirmed and both retreat.",
        "You both know what it is to protect yourself, and can be gentle with that.",
        (
            "Agree on small daily points of contact that do not depend on mood.",
            "Talk about closeness in small steps, with breaks allowed.",
            "Consider a counsellor if you keep finding each other at a distance.",
        ),
        {
            AV: (
                "Answer reaching out, even briefly: 'I see you, I'll be with you soon'.",
                "Share one feeling a day.",
            ),
            F: (
                "When you reach out and get little back, say so gently instead of withdrawing.",
                "Name your swings out loud.",
            ),
        },
        ("avoidant-attachment", "fearful-avoidant-attachment"),
    ),
    CoupleDynamic(
        _pair(F),
        "Two people wanting close and fearing close",
        "You can both swing between reaching out and pulling away, sometimes at the same time "
        "and sometimes in opposite directions. It can feel intense and unpredictable.",
        "You understand each other's push and pull in a way few others could.",
        (
            "Slow everything down: no big decisions in the middle of a swing.",
            "Agree on a pause word and a time to return.",
            "Build outside support for both of you; a counsellor can help a great deal.",
        ),
        {
            F: (
                "Name your swing out loud and ask your partner to name theirs.",
                "Soothe yourself before deciding anything.",
            )
        },
        ("fearful-avoidant-attachment", "exception-discovery"),
    ),
)

COUPLE_DYNAMICS: dict[frozenset[Pattern], CoupleDynamic] = {d.patterns: d for d in _DYNAMICS}


def couple_dynamic(first: Pattern | str, second: Pattern | str) -> CoupleDynamic:
    """The dynamic for a pair of patterns, in either order."""
    return COUPLE_DYNAMICS[_pair(Pattern(first), Pattern(second))]


def describe_couple(first: AssessmentResult, second: AssessmentResult) -> CoupleReport:
    """How two partners' results interact, with a plan for both and one for each."""
    dynamic = couple_dynamic(first.pattern, second.pattern)
    return CoupleReport(
        first=first.pattern,
        second=second.pattern,
        dynamic=dynamic,
        for_first=dynamic.plan_for[first.pattern],
        for_second=dynamic.plan_for[second.pattern],
        near_boundary=first.near_boundary or second.near_boundary,
    )
