from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The HTTP API (django-ninja): tokens and endpoints over the other apps."""

    name = "bowlby.web.api"
    label = "api"
    verbose_name = "HTTP API"
