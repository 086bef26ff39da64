from django.apps import AppConfig


class JourneyConfig(AppConfig):
    """The 40-day program and journal: a thin layer over :mod:`bowlby.program`."""

    name = "bowlby.web.journey"
    label = "journey"
    verbose_name = "40-day program"

    def ready(self):
        from bowlby.web.lib.demo import register_demo_loader
        from bowlby.web.lib.privacy import register_exporter

        from .demo import load_demo_program
        from .export import export_program

        register_exporter("program", export_program)
        register_demo_loader("journey", load_demo_program, order=30)
