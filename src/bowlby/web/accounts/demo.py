"""The demo account that a fresh install offers, so every area has something to show."""

from django.contrib.auth import get_user_model

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "bowlby-demo-2026"  # noqa: S105 - documented demo login for a local install


def load_demo_user() -> None:
    User = get_user_model()
    if not User.objects.filter(username=DEMO_USERNAME).exists():
        User.objects.create_user(DEMO_USERNAME, email="demo@example.org", password=DEMO_PASSWORD)


def demo_user():
    return get_user_model().objects.get(username=DEMO_USERNAME)
