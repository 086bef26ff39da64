from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    """The relationship test in the web app: a thin layer over :mod:`bowlby.assessment`."""

    name = "bowlby.web.assessment"
    label = "assessment"
    verbose_name = "Relationship test"
