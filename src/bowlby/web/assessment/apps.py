from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    """The relationship test in the web app: a thin layer over :mod:`bowlby.assessment`."""

    name = "bowlby.web.assessment"
    label = "assessment"
    verbose_name = "Relationship test"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from bowlby.web.assessment.claim import claim_anonymous_work
        from bowlby.web.assessment.demo import load_demo_result
        from bowlby.web.assessment.export import export_assessment
        from bowlby.web.lib.demo import register_demo_loader
        from bowlby.web.lib.privacy import register_exporter

        user_logged_in.connect(claim_anonymous_work, dispatch_uid="assessment-claim")
        register_exporter("relationship_test", export_assessment)
        register_demo_loader("assessment", load_demo_result, order=20)
