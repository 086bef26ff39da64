from django.apps import AppConfig


class AnalyzerConfig(AppConfig):
    """The transcript analyzer in the web app: a thin layer over :mod:`bowlby.coding`."""

    name = "bowlby.web.analyzer"
    label = "analyzer"
    verbose_name = "Analyzer"
