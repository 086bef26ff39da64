"""Start Django from the CLI without the user exporting anything."""

import os


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bowlby.web.settings")
    import django

    django.setup()
