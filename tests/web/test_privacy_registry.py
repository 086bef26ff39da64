"""Every model that holds personal data must be deleted with its user and be exported."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

# Models that are not owned by one user, with the reason.
NOT_PERSONAL = {
    "accounts.LoginFailure": "keyed on a typed name, not an account; expires with the window",
}


def _bowlby_models():
    for model in apps.get_models():
        if model.__module__.startswith("bowlby."):
            yield model


def test_it_cascades_every_user_foreign_key():
    User = get_user_model()
    offenders = []
    for model in _bowlby_models():
        for field in model._meta.get_fields():
            if (
                isinstance(field, models.ForeignKey | models.OneToOneField)
                and field.related_model is User
            ):
                if field.remote_field.on_delete not in (models.CASCADE, models.SET_NULL):
                    offenders.append(f"{model._meta.label}.{field.name}")
    assert offenders == [], f"these keep data after the user is deleted: {offenders}"


def test_it_has_an_owner_path_for_every_personal_model():
    """A model is personal if it links to a user directly or through a parent that does."""
    User = get_user_model()

    def reaches_user(model, depth=0):
        if depth > 3:
            return False
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignKey | models.OneToOneField) and field.concrete:
                if field.related_model is User or reaches_user(field.related_model, depth + 1):
                    return True
        return False

    orphans = [
        model._meta.label
        for model in _bowlby_models()
        if model._meta.label not in NOT_PERSONAL and not reaches_user(model)
    ]
    # Shared content (wiki articles) is allowed when the model says so with a reason, as a
    # class attribute ``bowlby_shared = "why this is not one person's data"``.
    orphans = [
        label for label in orphans if not getattr(apps.get_model(label), "bowlby_shared", "")
    ]
    assert orphans == [], f"models with no owner and not declared shared: {orphans}"
