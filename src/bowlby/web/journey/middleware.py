"""Each request of a signed-in person runs in their program's time zone, so "today", entry dates
and the day of the program are theirs, not the server's."""

from django.utils import timezone

from .models import Program, zone_named


def program_time_zone(get_response):
    def middleware(request):
        name = ""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            name = (
                Program.objects.filter(owner=user).values_list("time_zone", flat=True).first() or ""
            )
        if name:
            timezone.activate(zone_named(name))
        else:
            timezone.deactivate()
        try:
            return get_response(request)
        finally:
            timezone.deactivate()

    return middleware
