import hashlib
from functools import wraps
from typing import Any, Callable, Optional, TypeVar

from django.core.cache import caches

F = TypeVar("F", bound=Callable[..., Any])


def preview_url_cache_key(url: str) -> str:
    return f"preview_url:{hashlib.sha1(url.encode()).hexdigest()}"


def user_profile_by_id_cache_key(user_profile_id: int) -> str:
    return f"user_profile_by_id:{user_profile_id}"


def cache_with_key(keyfunc: Callable[..., str], cache_name: Optional[str] = None, timeout: Optional[int] = None) -> Callable[[F], F]:
    def decorator(func: F) -> F:
        @wraps(func)
        def func_with_caching(*args: Any, **kwargs: Any) -> Any:
            key = keyfunc(*args, **kwargs)
            cache = caches[cache_name or "default"]
            val = cache.get(key)
            if val is not None:
                return val[0]
            val = func(*args, **kwargs)
            cache.set(key, (val,), timeout=timeout)
            return val

        return func_with_caching  # type: ignore[return-value]

    return decorator
