"""Signing up or logging in claims what the visitor did anonymously in this browser."""

from __future__ import annotations

from django.db import transaction

from bowlby.web.assessment.models import Draft, Result
from bowlby.web.assessment.visitors import SESSION_KEY


def claim_anonymous_work(sender, request, user, **kwargs) -> None:
    """``user_logged_in`` receiver: move the session's draft and results to ``user``."""
    if request is None or not hasattr(request, "session"):
        return
    key = request.session.get(SESSION_KEY)
    if not key:
        return
    with transaction.atomic():
        Result.objects.filter(owner__isnull=True, anon_key=key).update(owner=user, anon_key="")
        anonymous = Draft.objects.filter(owner__isnull=True, anon_key=key).first()
        if anonymous is not None:
            # Merge into an unfinished draft the account already has: nothing is lost, and the
            # answers given just now win.
            existing = Draft.objects.filter(owner=user).first()
            if existing is not None:
                existing.answers = {**existing.answers, **anonymous.answers}
                existing.save()
                anonymous.delete()
            else:
                anonymous.owner, anonymous.anon_key = user, ""
                anonymous.save()
    del request.session[SESSION_KEY]
