import datetime as dt

from django.utils import timezone

from bowlby.program import validate_entry
from bowlby.web.journey.models import Entry, Program


def start_program(user, *, days_ago=9, **extra) -> Program:
    start = timezone.localdate() - dt.timedelta(days=days_ago)
    return Program.objects.create(owner=user, start_date=start, **extra)


def add_entry(user, kind, fields, *, days_ago=0, shared=False) -> Entry:
    date = timezone.localdate() - dt.timedelta(days=days_ago)
    clean = validate_entry({"kind": kind, "date": date, "fields": fields})
    return Entry.objects.create(
        owner=user, kind=kind, date=clean["date"], fields=clean["fields"], shared=shared
    )


def log(user, days_ago, exception, actions=(), score=None):
    add_entry(
        user,
        "exception_log",
        {"is_exception": exception, "actions": list(actions)},
        days_ago=days_ago,
    )
    if score is not None:
        add_entry(
            user,
            "scaling",
            {
                "score": score,
                "why_not_lower": "we talk",
                "one_point_up": "a walk",
                "actions": list(actions),
            },
            days_ago=days_ago,
        )
