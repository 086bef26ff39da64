from django.apps import AppConfig


class JourneyConfig(AppConfig):
    """The 40-day program and journal: a thin layer over :mod:`bowlby.program`."""

    name = "bowlby.web.journey"
    label = "journey"
    verbose_name = "40-day program"
