"""Exercise forms generated from the exercise's fields, and the program settings form.

An exercise form works on *raw* values — exactly what was typed — so that a form with an error,
a draft and a reload all show the same text. Validation is the library's (``clean_value`` per
field, then ``validate_entry``), so the web app and the library never disagree."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone

from bowlby.program import EXERCISES, EntryError, Exercise, validate_entry
from bowlby.program.fields import clean_value

from .models import Program

RANKED_SLOTS = 10
MOVE_KEY = "_move"


def friendly(error: EntryError) -> str:
    """The library names the place as 'entry.field: …'; a person filling a form needs only the rest."""
    text = str(error)
    head, sep, rest = text.partition(": ")
    return rest if sep and head.startswith("entry") else text


@dataclass
class BoundField:
    name: str
    label: str
    type: str
    help: str
    required: bool
    value: Any  # raw: a string, or a list of strings for ranked lists
    error: str = ""
    min_items: int = 0
    max_items: int | None = None

    @property
    def id(self) -> str:
        return f"f-{self.name}"

    @property
    def hint(self) -> str:
        """A short note on how to type this kind of answer."""
        if self.type == "list":
            parts = ["One per line"]
            if self.min_items:
                parts.append(f"at least {self.min_items}")
            if self.max_items:
                parts.append(f"at most {self.max_items}")
            return ", ".join(parts) + "."
        if self.type == "tags":
            return (
                "Separate with commas."
                if self.help
                else ("Separate with commas, e.g. “after work, walked together”.")
            )
        if self.type == "scale_1_10":
            return "A whole number: 1 is the hardest it has been, 10 is how you want it to be."
        return ""

    @property
    def describedby(self) -> str:
        ids = []
        if self.hint:
            ids.append(f"{self.id}-hint")
        if self.help:
            ids.append(f"{self.id}-help")
        if self.error:
            ids.append(f"{self.id}-error")
        return " ".join(ids)

    @property
    def slots(self) -> list[tuple[int, str]]:
        values = list(self.value or [])
        count = max(len(values), self.max_items or RANKED_SLOTS)
        values += [""] * (count - len(values))
        return list(enumerate(values, start=1))


def raw_from_post(exercise: Exercise, post) -> dict[str, Any]:
    raw: dict[str, Any] = {"date": post.get("date", "").strip()}
    for field in exercise.fields:
        if field.type == "ranked_list":
            raw[field.name] = [v for v in post.getlist(field.name)]
        else:
            raw[field.name] = post.get(field.name, "")
    return raw


def raw_from_entry(exercise: Exercise, date: dt.date, fields: dict) -> dict[str, Any]:
    raw: dict[str, Any] = {"date": date.isoformat()}
    for field in exercise.fields:
        value = fields.get(field.name)
        if value is None:
            raw[field.name] = [] if field.type == "ranked_list" else ""
        elif field.type == "list":
            raw[field.name] = "\n".join(value)
        elif field.type == "tags":
            raw[field.name] = ", ".join(value)
        elif field.type == "ranked_list":
            raw[field.name] = list(value)
        elif field.type == "yes_no":
            raw[field.name] = "yes" if value else "no"
        else:
            raw[field.name] = str(value)
    return raw


def empty_raw(exercise: Exercise, date: dt.date) -> dict[str, Any]:
    return raw_from_entry(exercise, date, {})


def _typed_value(field, raw_value: Any) -> Any:
    if field.type == "list":
        return [line for line in str(raw_value or "").splitlines() if line.strip()]
    if field.type == "ranked_list":
        return [v for v in (raw_value or []) if str(v).strip()]
    if isinstance(raw_value, str):
        return raw_value.strip()
    return raw_value


def apply_move(raw: dict[str, Any], move: str) -> str | None:
    """Reorder a ranked list for a keyboard 'up'/'down' button press without JavaScript.
    ``move`` is 'field:position:up|down'. Returns the id of the button to focus next."""
    try:
        name, position, direction = move.split(":")
        index = int(position) - 1
    except ValueError:
        return None
    items = raw.get(name)
    if not isinstance(items, list):
        return None
    other = index - 1 if direction == "up" else index + 1
    if not (0 <= index < len(items) and 0 <= other < len(items)):
        return None
    items[index], items[other] = items[other], items[index]
    return f"move-{name}-{other + 1}-{direction}"


class ExerciseForm:
    def __init__(self, exercise: Exercise, raw: dict[str, Any]):
        self.exercise = exercise
        self.raw = raw
        self.errors: dict[str, str] = {}
        self.cleaned: dict[str, Any] | None = None

    @property
    def date_value(self) -> str:
        return self.raw.get("date", "")

    @property
    def fields(self) -> list[BoundField]:
        return [
            BoundField(
                name=f.name,
                label=f.label,
                type=f.type,
                help=f.help,
                required=f.required,
                value=self.raw.get(f.name, [] if f.type == "ranked_list" else ""),
                error=self.errors.get(f.name, ""),
                min_items=f.min_items,
                max_items=f.max_items,
            )
            for f in self.exercise.fields
        ]

    def is_valid(self) -> bool:
        self.errors = {}
        values = {}
        for field in self.exercise.fields:
            value = _typed_value(field, self.raw.get(field.name))
            try:
                clean_value(field, value, where=f"entry.{field.name}")
            except EntryError as error:
                self.errors[field.name] = friendly(error)
            values[field.name] = value
        date_text = self.raw.get("date", "")
        try:
            date = dt.date.fromisoformat(date_text)
        except ValueError:
            self.errors["date"] = f"{date_text!r} is not a date; use the date picker or YYYY-MM-DD"
        else:
            if date > timezone.localdate() + dt.timedelta(days=1):
                self.errors["date"] = "That date is in the future; choose today or an earlier day"
        if self.errors:
            return False
        try:
            entry = validate_entry({"kind": self.exercise.kind, "date": date, "fields": values})
        except EntryError as error:
            self.errors[error.field or "date"] = friendly(error)
            return False
        self.cleaned = entry
        return True


def exercise_or_none(kind: str) -> Exercise | None:
    return EXERCISES.get(kind)


def time_zone_choices() -> list[tuple[str, str]]:
    server = settings.TIME_ZONE
    return [("", f"The server's ({server})")] + [
        (name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())
    ]


class ProgramForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        label="Your time zone",
        required=False,
        choices=time_zone_choices,
        help_text="Your day and your reminder follow this zone.",
    )

    class Meta:
        model = Program
        fields = ["start_date", "reminder_time", "time_zone", "mode"]
        labels = {
            "start_date": "Start date",
            "reminder_time": "Daily reminder at (leave empty for no e-mail reminder)",
            "mode": "Doing this",
        }
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "reminder_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "mode": forms.RadioSelect,
        }
        help_texts = {
            "start_date": "Day 1 of the 40 days: today, or an earlier day if you have already begun.",
            "reminder_time": "One e-mail a day, at or after this time.",
            "mode": "With a partner, you each keep a private journal and choose what to share.",
        }

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        today = timezone.localdate()
        if start > today + dt.timedelta(days=60):
            raise forms.ValidationError("Choose a start date within the next two months.")
        if start < today - dt.timedelta(days=366):
            raise forms.ValidationError("Choose a start date within the last year.")
        return start
