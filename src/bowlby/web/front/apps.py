from django.apps import AppConfig


class FrontConfig(AppConfig):
    name = "bowlby.web.front"
    label = "front"
    verbose_name = "Site"
