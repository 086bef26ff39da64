"""Demo content: a program started ten days ago with a week and a half of entries, so Today,
the charts and the patterns page all have something to show."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from bowlby.program import validate_entry

from .models import Entry, Program

# (days ago, exception?, score or None, context, actions, tags)
_DAYS = [
    (9, False, 4, ["after work"], ["argued about chores"], ["tired"]),
    (8, True, None, ["weekend"], ["walked together"], []),
    (7, False, 4, ["after work"], [], []),
    (6, True, 6, ["weekend"], ["walked together", "cooked together"], ["tired"]),
    (5, False, 5, ["after work"], ["scrolled phones"], ["tired"]),
    (4, True, 6, ["evening"], ["walked together"], []),
    (3, False, 6, ["after work"], ["asked about her day"], []),
    (2, True, 5, ["after work"], ["walked together"], ["tired"]),
    (1, True, 7, ["evening"], ["walked together"], []),
]


def _add(user, kind: str, date: dt.date, fields: dict) -> None:
    entry = validate_entry({"kind": kind, "date": date, "fields": fields})
    Entry.objects.create(owner=user, kind=kind, date=entry["date"], fields=entry["fields"])


def build_demo_journal(user, *, today: dt.date) -> None:
    start = today - dt.timedelta(days=9)
    Program.objects.create(owner=user, start_date=start, reminder_time=dt.time(20, 0))
    _add(user, "relationship_story", start, {
        "story": "We met at a friend's birthday and talked until the lights came on. The last "
                 "year, with the move and two new jobs, we mostly talk about logistics.",
        "what_matters": "That we still laugh together and can say when something hurts.",
        "longing": "More slow evenings where neither of us is half on a phone.",
        "good_moments": ["the first trip to the coast", "when she stayed up to help me study"],
    })  # fmt: skip
    for ago, exception, score, context, actions, tags in _DAYS:
        date = today - dt.timedelta(days=ago)
        _add(user, "exception_log", date, {
            "is_exception": exception,
            "when": "after dinner" if exception else "",
            "context": context,
            "actions": actions,
            "feelings": "lighter, closer" if exception else "flat",
            "tags": tags,
        })  # fmt: skip
        if score is not None:
            _add(user, "scaling", date, {
                "score": score,
                "why_not_lower": "We still check in with each other every day.",
                "one_point_up": "One evening without screens where we actually talk.",
                "context": context,
                "actions": actions,
            })  # fmt: skip


def load_demo_program() -> None:
    from bowlby.web.accounts.demo import demo_user

    user = demo_user()
    if Program.objects.filter(owner=user).exists():
        return
    build_demo_journal(user, today=timezone.localdate())
