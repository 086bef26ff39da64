"""Clients, analysed transcripts (each its own background task) and a user's corrections."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Client(models.Model):
    """A person a clinician works with, under a pseudonym: no real name is asked for."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    pseudonym = models.CharField(max_length=80, help_text="A pseudonym or code, not a real name.")
    note = models.CharField(max_length=200, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pseudonym"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "pseudonym"], name="unique_client_pseudonym")
        ]

    def __str__(self) -> str:
        return self.pseudonym


class Analysis(models.Model):
    """One transcript and its analysis. The row is also the background task that makes it:
    ``status``/``progress``/``error``; the text stays when a task fails, so it can be retried."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(s, s) for s in (QUEUED, RUNNING, DONE, FAILED)]

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    client = models.ForeignKey(
        Client, null=True, blank=True, on_delete=models.SET_NULL, related_name="analyses"
    )
    title = models.CharField(max_length=120)
    source_name = models.CharField(max_length=200, blank=True)
    text = models.TextField()
    format = models.CharField(max_length=20, blank=True)  # empty: detect
    mode = models.CharField(max_length=10, blank=True)  # empty: guess
    roles = models.JSONField(default=dict, blank=True)  # {speaker: role} chosen by the user
    deidentified = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=STATUSES, default=QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    result = models.JSONField(null=True, blank=True)  # Analysis.to_dict()
    session_date = models.DateField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    started = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name_plural = "analyses"

    def __str__(self) -> str:
        return self.title

    @property
    def is_finished(self) -> bool:
        return self.status in (self.DONE, self.FAILED)


class Correction(models.Model):
    """A user's change to the analyzer's codes on one turn: add, remove or change a marker."""

    ADD, REMOVE, CHANGE = "add", "remove", "change"
    ACTIONS = [(a, a) for a in (ADD, REMOVE, CHANGE)]

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    analysis = models.ForeignKey(Analysis, on_delete=models.CASCADE, related_name="corrections")
    turn = models.PositiveIntegerField()
    action = models.CharField(max_length=10, choices=ACTIONS)
    code = models.CharField(max_length=60)  # the marker added, removed, or changed from
    new_code = models.CharField(max_length=60, blank=True)  # for "change": the marker it became
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "id"]
