"""The program settings, journal entries and drafts of one person. Entries are stored as the
library expects them: ``kind``, ``date`` and a ``fields`` dict checked by ``validate_entry``."""

from __future__ import annotations

import secrets
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


def new_token() -> str:
    return secrets.token_urlsafe(24)


def zone_named(name: str) -> ZoneInfo:
    """The time zone called ``name``, or the server's for an empty or unknown name."""
    try:
        return ZoneInfo(name or settings.TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(settings.TIME_ZONE)


class Program(models.Model):
    SOLO = "solo"
    PARTNER = "partner"
    MODES = [(SOLO, "On my own"), (PARTNER, "With my partner")]

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="program"
    )
    start_date = models.DateField()
    reminder_time = models.TimeField(null=True, blank=True)
    # IANA name (e.g. "Europe/Berlin"); empty: the server's TIME_ZONE. Reminders and "today"
    # follow it, so a day of the program is the person's day, not the server's.
    time_zone = models.CharField(max_length=64, blank=True, default="")
    mode = models.CharField(max_length=10, choices=MODES, default=SOLO)
    # The calendar feed is read by calendar apps that cannot log in: an unguessable token is the key.
    ics_token = models.CharField(max_length=64, unique=True, default=new_token)
    invite_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    partner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    last_reminder_date = models.DateField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    def partner_program(self):
        """The partner's program, only when the link is mutual."""
        if self.partner_id is None:
            return None
        other = Program.objects.filter(owner_id=self.partner_id, partner_id=self.owner_id).first()
        return other


class Entry(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_entries"
    )
    kind = models.CharField(max_length=40)
    date = models.DateField()
    fields = models.JSONField(encoder=DjangoJSONEncoder, default=dict)
    shared = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "-created"]
        indexes = [models.Index(fields=["owner", "date"])]

    def as_dict(self) -> dict:
        return {"kind": self.kind, "date": self.date.isoformat(), "fields": self.fields}


class Draft(models.Model):
    """What was typed into an exercise form and not saved yet: one per person and exercise
    (or per entry being edited), kept exactly as typed."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_drafts"
    )
    kind = models.CharField(max_length=40)
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, null=True, blank=True)
    data = models.JSONField(default=dict)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "kind"],
                condition=models.Q(entry__isnull=True),
                name="journey_one_new_draft_per_kind",
            ),
            models.UniqueConstraint(fields=["owner", "entry"], name="journey_one_draft_per_entry"),
        ]
