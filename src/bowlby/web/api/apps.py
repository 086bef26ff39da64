from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The HTTP API (django-ninja): tokens and endpoints over the other apps."""

    name = "bowlby.web.api"
    label = "api"
    verbose_name = "HTTP API"

    def ready(self):
        from bowlby.web.api.models import ApiToken
        from bowlby.web.lib.privacy import register_exporter

        def export_tokens(user):
            return [
                {
                    "name": t.name,
                    "prefix": t.prefix,
                    "created": t.created.isoformat(),
                    "last_used": t.last_used.isoformat() if t.last_used else None,
                    "revoked": t.revoked.isoformat() if t.revoked else None,
                }
                for t in ApiToken.objects.filter(owner=user)
            ]

        register_exporter("api_tokens", export_tokens)
