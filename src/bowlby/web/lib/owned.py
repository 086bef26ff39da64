"""Owner scoping: the one way views fetch personal data, so no view can forget it."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404


def get_owned_or_404(model_or_queryset, user, **lookup):
    """The object matching ``lookup`` *and* owned by ``user``, else 404 (never 403: a 403 would
    confirm that someone else's object exists)."""
    if not user.is_authenticated:
        raise Http404
    queryset = getattr(model_or_queryset, "objects", model_or_queryset)
    return get_object_or_404(queryset.filter(owner=user), **lookup)
