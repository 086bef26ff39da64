"""Lock-out after repeated failed log-ins, per username and per client address."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from bowlby.web.accounts.models import LoginFailure


def is_locked_out(username: str, ip: str | None) -> bool:
    limit = settings.LOGIN_FAILURE_LIMIT
    since = timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)
    by_name = LoginFailure.objects.filter(username__iexact=username, created__gte=since).count()
    by_ip = LoginFailure.objects.filter(ip_address=ip, created__gte=since).count() if ip else 0
    # An address gets more room than a name: several people may share one.
    return by_name >= limit or by_ip >= limit * 4


def record_failure(username: str, ip: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], ip_address=ip or None)


def clear_failures(username: str) -> None:
    LoginFailure.objects.filter(username__iexact=username).delete()


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None
