"""Small middleware that the settings list by dotted path."""

from django.conf import settings


def content_security_policy(get_response):
    """Send the Content-Security-Policy from settings on every response."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response

    return middleware
