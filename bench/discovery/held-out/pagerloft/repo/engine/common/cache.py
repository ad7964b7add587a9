"""Small helpers on top of the Django cache (Redis via django_redis in prod)."""
import contextlib
import typing

from django.core.cache import cache


@contextlib.contextmanager
def cache_lock(key: str, timeout: int = 60) -> typing.Iterator[bool]:
    acquired = cache.add(f"lock:{key}", "1", timeout)
    try:
        yield acquired
    finally:
        if acquired:
            cache.delete(f"lock:{key}")


def rate_limited(key: str, limit: int, period: int) -> bool:
    current = cache.get_or_set(f"rl:{key}", 0, period)
    if current >= limit:
        return True
    cache.incr(f"rl:{key}")
    return False
