import pickle
from functools import lru_cache
from typing import Any, Dict, Iterable, Tuple

from django_bmemcached.memcached import BMemcached


@lru_cache(None)
def _get_cache_options(options: Tuple[Tuple[str, Any], ...]) -> Dict[str, Any]:
    return dict(options)


class SingletonBMemcached(BMemcached):
    """BMemcached backend that shares one client between threads (uwsgi lazy-apps)."""

    def __init__(self, location: str, params: Dict[str, Any]) -> None:
        super().__init__(location, params)
        self._options = params.get("OPTIONS", {})
        self._pickle_protocol = self._options.pop("pickle_protocol", pickle.HIGHEST_PROTOCOL)

    @property
    def _cache(self) -> Any:
        if getattr(self, "_client", None) is None:
            self._client = self._lib.Client(
                self._servers,
                username=self._options.get("username"),
                password=self._options.get("password"),
                pickle_protocol=self._pickle_protocol,
            )
        return self._client
