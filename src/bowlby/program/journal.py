"""Journal entries as the web app stores them: plain dicts ``{"kind", "date", "fields"}``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bowlby.program.exercises import EXERCISES
from bowlby.program.fields import EntryError, clean_fields


def entry_date(value: Any, *, where: str = "entry.date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise EntryError(f"{where}: {value!r} is not a date; use YYYY-MM-DD", field="date")


def validate_entry(entry: Mapping[str, Any], *, index: int | None = None) -> dict[str, Any]:
    """Check one entry against its exercise and return it normalised
    (``date`` as :class:`datetime.date`, fields cleaned). Raises :class:`EntryError`."""
    where = f"entry[{index}]" if index is not None else "entry"
    if not isinstance(entry, Mapping):
        raise EntryError(f"{where}: expected an object with kind, date and fields", index=index)
    kind = entry.get("kind")
    if kind not in EXERCISES:
        raise EntryError(
            f"{where}.kind: unknown exercise {kind!r}; use one of {', '.join(EXERCISES)}",
            field="kind",
            index=index,
        )
    try:
        date = entry_date(entry.get("date"), where=f"{where}.date")
        fields = clean_fields(EXERCISES[kind].fields, entry.get("fields") or {}, where=where)
    except EntryError as error:
        error.index = index
        raise
    return {"kind": kind, "date": date, "fields": fields}


@dataclass
class Day:
    """Everything the journal says about one calendar day, as the statistics see it."""

    date: dt.date
    logged: bool = False  # an exception log entry exists
    exception: bool = False  # … and at least one marks an exception
    scores: list[float] = field(default_factory=list)
    factors: dict[str, str] = field(default_factory=dict)  # key → label as first written

    @property
    def score(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None


FACTOR_FIELDS = {"context": "context", "actions": "action", "tags": "tag"}


def _as_items(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple):
        return []
    return [" ".join(str(v).split()) for v in value if str(v).strip()]


def _yes(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("yes", "true", "1", "on")
    return bool(value)


def journal_days(entries: Iterable[Mapping[str, Any]]) -> dict[dt.date, Day]:
    """Group entries by day. Tolerant: unknown kinds and odd fields are skipped, not fatal, so
    that old entries never break the charts; bad dates raise :class:`EntryError`."""
    days: dict[dt.date, Day] = {}
    for index, entry in enumerate(entries):
        date = entry_date(entry.get("date"), where=f"entry[{index}].date")
        day = days.setdefault(date, Day(date))
        fields = entry.get("fields") or {}
        kind = entry.get("kind")
        if kind == "exception_log":
            day.logged = True
            day.exception = day.exception or _yes(fields.get("is_exception"))
        if kind == "scaling":
            score = fields.get("score")
            try:
                number = float(score)
            except (TypeError, ValueError):
                number = None
            if number is not None and 1 <= number <= 10:
                day.scores.append(number)
        if kind in ("exception_log", "scaling"):
            for name, prefix in FACTOR_FIELDS.items():
                for item in _as_items(fields.get(name)):
                    day.factors.setdefault(f"{prefix}:{item.lower()}", item)
    return dict(sorted(days.items()))
