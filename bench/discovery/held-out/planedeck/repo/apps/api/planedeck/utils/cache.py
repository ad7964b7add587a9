from functools import wraps

import redis
from django.conf import settings
from django.core.cache import cache
from rest_framework.response import Response


def redis_instance():
    # connect to redis
    if settings.REDIS_SSL:
        return redis.from_url(settings.REDIS_URL, ssl_cert_reqs=None)
    return redis.Redis.from_url(settings.REDIS_URL, db=0)


def generate_cache_key(custom_path, auth_header=None):
    if auth_header:
        return f"{custom_path}:{auth_header}"
    return str(custom_path)


def cache_response(timeout=60 * 60, path=None, user=True):
    """Decorator caching DRF GET responses in the Django (Redis) cache."""

    def decorator(view_func):
        @wraps(view_func)
        def _wrapped_view(instance, request, *args, **kwargs):
            auth_header = None if not user else str(request.user.id) if request.user.is_authenticated else None
            custom_path = path if path is not None else request.get_full_path()
            key = generate_cache_key(custom_path, auth_header)
            cached_result = cache.get(key)
            if cached_result is not None:
                return Response(cached_result["data"], status=cached_result["status"])
            response = view_func(instance, request, *args, **kwargs)
            if response.status_code == 200 and not settings.DEBUG:
                cache.set(key, {"data": response.data, "status": response.status_code}, timeout)
            return response

        return _wrapped_view

    return decorator


def invalidate_cache_directly(path=None, url_params=False, user=True, request=None, multiple=False):
    if multiple:
        ri = redis_instance()
        for key in ri.scan_iter(f"*{path}*"):
            ri.delete(key)
        return
    auth_header = None if not user else str(request.user.id) if request and request.user.is_authenticated else None
    cache.delete(generate_cache_key(path, auth_header))
