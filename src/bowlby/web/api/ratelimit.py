"""A fixed-window request limit per token, kept in Django's cache (shared by all workers when the
cache is shared, e.g. Redis or the database cache)."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

DEFAULT_RATE = "60/min"
_PERIODS = {"s": 1, "sec": 1, "min": 60, "m": 60, "hour": 3600, "h": 3600}


def parse_rate(rate: str) -> tuple[int, int]:
    count, _, period = rate.partition("/")
    return int(count), _PERIODS[period.strip()]


class RateLimited(Exception):
    def __init__(self, retry_after: int, limit: int, period: int) -> None:
        super().__init__(f"rate limit of {limit} requests per {period} s reached")
        self.retry_after, self.limit, self.period = retry_after, limit, period


def check(key: str) -> None:
    """Count one request for ``key``; raise :class:`RateLimited` past the limit."""
    limit, period = parse_rate(getattr(settings, "BOWLBY_API_RATE", DEFAULT_RATE))
    now = time.time()
    window = int(now // period)
    cache_key = f"bowlby-api-rate:{key}:{window}"
    cache.add(cache_key, 0, timeout=period + 5)
    try:
        used = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=period + 5)
        used = 1
    if used > limit:
        raise RateLimited(max(1, int((window + 1) * period - now) + 1), limit, period)
