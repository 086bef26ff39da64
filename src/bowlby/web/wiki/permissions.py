"""Who may edit: members of the "editors" group (and superusers)."""

from __future__ import annotations

from functools import wraps

from django.core.exceptions import PermissionDenied

from bowlby.web.wiki.models import EDITORS_GROUP


def is_editor(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists()


def editor_required(view):
    """403 for everyone outside the editors group, anonymous visitors included."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_editor(request.user):
            raise PermissionDenied("Only members of the editors group can change articles.")
        return view(request, *args, **kwargs)

    return wrapper
