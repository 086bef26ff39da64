"""What the relationship test stores: drafts, results, share links and partner links.

Drafts and results of anonymous visitors carry ``anon_key`` (a random value kept in their session)
and no owner until they sign up or log in; then they move to the account (see ``claim.py``).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q

from bowlby.assessment import AssessmentResult


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Draft(models.Model):
    """Answers given so far; saved after every answer so a reload resumes where one was."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True
    )
    anon_key = models.CharField(max_length=64, blank=True, db_index=True)
    answers = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]


class Result(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True
    )
    anon_key = models.CharField(max_length=64, blank=True, db_index=True)
    answers = models.JSONField()
    data = models.JSONField()  # AssessmentResult.to_dict()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    @property
    def result(self) -> AssessmentResult:
        return AssessmentResult.from_dict(self.data)


class ShareLink(models.Model):
    """A revocable public link to the profile of one result (never its answers)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    result = models.ForeignKey(Result, on_delete=models.CASCADE, related_name="shares")
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class PartnerLink(models.Model):
    """An invitation from ``owner`` to a partner; the couple report needs both consents."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_invites"
    )
    partner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="partner_acceptances",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    owner_consents = models.BooleanField(default=False)
    partner_consents = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]

    @classmethod
    def involving(cls, user):
        return cls.objects.filter(Q(owner=user) | Q(partner=user))

    def other(self, user):
        return self.partner if user == self.owner else self.owner

    def consents_of(self, user) -> bool:
        return self.owner_consents if user == self.owner else self.partner_consents

    def set_consent(self, user, value: bool) -> None:
        if user == self.owner:
            self.owner_consents = value
        else:
            self.partner_consents = value

    @property
    def both_consent(self) -> bool:
        return self.partner_id is not None and self.owner_consents and self.partner_consents
