"""Who is taking the test: an account, or an anonymous visitor known by a key in the session."""

from __future__ import annotations

import secrets

from django.db.models import Q
from django.http import Http404

from bowlby.web.assessment.models import Draft, Result

SESSION_KEY = "assessment_visitor"


def visitor_key(request, *, create: bool = False) -> str:
    key = request.session.get(SESSION_KEY, "")
    if not key and create:
        key = secrets.token_urlsafe(24)
        request.session[SESSION_KEY] = key
    return key


def mine(model, request):
    """Rows of ``model`` that belong to whoever is asking (account or anonymous session)."""
    if request.user.is_authenticated:
        return model.objects.filter(owner=request.user)
    key = visitor_key(request)
    if not key:
        return model.objects.none()
    return model.objects.filter(Q(owner__isnull=True) & Q(anon_key=key))


def current_draft(request, *, create: bool = False) -> Draft | None:
    draft = mine(Draft, request).first()
    if draft is None and create:
        if request.user.is_authenticated:
            draft = Draft.objects.create(owner=request.user)
        else:
            draft = Draft.objects.create(anon_key=visitor_key(request, create=True))
    return draft


def result_or_404(request, pk: int) -> Result:
    """A result of the person asking; anybody else's is a 404 (its existence stays hidden)."""
    result = mine(Result, request).filter(pk=pk).first()
    if result is None:
        raise Http404
    return result
