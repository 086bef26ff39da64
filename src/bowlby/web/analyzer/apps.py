from django.apps import AppConfig


class AnalyzerConfig(AppConfig):
    """The transcript analyzer in the web app: a thin layer over :mod:`bowlby.coding`."""

    name = "bowlby.web.analyzer"
    label = "analyzer"
    verbose_name = "Analyzer"

    def ready(self):
        from bowlby.web.analyzer.demo import load_demo_analyses
        from bowlby.web.analyzer.export import export_analyzer
        from bowlby.web.lib.demo import register_demo_loader
        from bowlby.web.lib.privacy import register_exporter

        register_exporter("analyzer", export_analyzer)
        register_demo_loader("analyzer", load_demo_analyses, order=60)
