"""Shared test set-up: fast password hashing (production uses Argon2, checked in its own test)."""

import os

os.environ.setdefault(
    "BOWLBY_DATA_DIR", os.path.join(os.path.dirname(__file__), "..", "var", "test")
)


def pytest_configure(config):
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
