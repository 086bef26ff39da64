"""Structured fields an exercise asks for, and validation of what a journal entry sends for them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: Field types the web app must know how to render. ``yes_no`` is a plain checkbox/toggle; the
#: exception log uses it to mark whether the day held an exception.
FIELD_TYPES = ("text", "long_text", "scale_1_10", "list", "ranked_list", "tags", "date", "yes_no")

_LIST_TYPES = ("list", "ranked_list", "tags")


class EntryError(ValueError):
    """A journal entry is malformed. ``field`` names the offending field (``None`` for the whole
    entry); ``index`` is the entry's position when a list of entries was checked."""

    def __init__(self, message: str, *, field: str | None = None, index: int | None = None):
        super().__init__(message)
        self.field = field
        self.index = index


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    type: str
    required: bool = False
    help: str = ""
    min_items: int = 0
    max_items: int | None = None

    def __post_init__(self) -> None:
        if self.type not in FIELD_TYPES:
            raise ValueError(
                f"field {self.name!r}: unknown type {self.type!r}; use one of {', '.join(FIELD_TYPES)}"
            )


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple) and len(value) == 0)


def clean_value(field: Field, value: Any, *, where: str) -> Any:
    """Return ``value`` normalised for ``field`` or raise :class:`EntryError` saying how to fix it."""
    if _is_blank(value):
        if field.required:
            raise EntryError(f"{where}: '{field.label}' is required; fill it in", field=field.name)
        return [] if field.type in _LIST_TYPES else None
    if field.type in ("text", "long_text"):
        if not isinstance(value, str):
            raise EntryError(
                f"{where}: expected text, got {type(value).__name__}", field=field.name
            )
        return value.strip()
    if field.type == "scale_1_10":
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise EntryError(f"{where}: expected a number from 1 to 10", field=field.name)
        try:
            number = float(value)
        except ValueError:
            raise EntryError(
                f"{where}: {value!r} is not a number; send a whole number from 1 to 10",
                field=field.name,
            ) from None
        if not (1 <= number <= 10) or number != int(number):
            raise EntryError(
                f"{where}: {value!r} is outside the scale; send a whole number from 1 to 10",
                field=field.name,
            )
        return int(number)
    if field.type == "yes_no":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("yes", "true", "1", "on"):
            return True
        if isinstance(value, str) and value.strip().lower() in ("no", "false", "0", "off"):
            return False
        raise EntryError(
            f"{where}: expected yes or no (true/false), got {value!r}", field=field.name
        )
    if field.type == "date":
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise EntryError(
                f"{where}: {value!r} is not a date; use YYYY-MM-DD", field=field.name
            ) from None
    # list, ranked_list, tags: a list of short strings (a comma-separated string is accepted).
    items = [part for part in value.split(",")] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise EntryError(f"{where}: expected a list of short texts", field=field.name)
    cleaned = [" ".join(i.split()) for i in items]
    cleaned = [i for i in cleaned if i]
    if field.type == "tags":
        seen: dict[str, str] = {}
        for item in cleaned:
            seen.setdefault(item.lower(), item)
        cleaned = list(seen.values())
    if len(cleaned) < field.min_items and (field.required or cleaned):
        raise EntryError(
            f"{where}: '{field.label}' needs at least {field.min_items} items, got {len(cleaned)}",
            field=field.name,
        )
    if field.max_items is not None and len(cleaned) > field.max_items:
        raise EntryError(
            f"{where}: '{field.label}' takes at most {field.max_items} items, got {len(cleaned)}; "
            "keep the ones that matter most",
            field=field.name,
        )
    return cleaned


def clean_fields(fields: tuple[Field, ...], values: Mapping[str, Any], *, where: str) -> dict:
    if not isinstance(values, Mapping):
        raise EntryError(f"{where}: 'fields' must be an object of field name → value")
    known = {f.name for f in fields}
    unknown = sorted(set(values) - known)
    if unknown:
        raise EntryError(
            f"{where}: unknown field(s) {', '.join(unknown)}; expected some of {', '.join(sorted(known))}",
            field=unknown[0],
        )
    return {f.name: clean_value(f, values.get(f.name), where=f"{where}.{f.name}") for f in fields}
