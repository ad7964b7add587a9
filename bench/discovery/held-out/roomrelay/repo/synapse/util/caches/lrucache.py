from collections import OrderedDict
from typing import Generic, Optional, TypeVar

KT = TypeVar("KT")
VT = TypeVar("VT")


class LruCache(Generic[KT, VT]):
    def __init__(self, max_size: int, cache_name: Optional[str] = None) -> None:
        self._cache: "OrderedDict[KT, VT]" = OrderedDict()
        self.max_size = max_size
        self.cache_name = cache_name

    def get(self, key: KT, default: Optional[VT] = None) -> Optional[VT]:
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        return default

    def set(self, key: KT, value: VT) -> None:
        self._cache[key] = value
        self._cache.move_to_end(key)
        while len(self._cache) > self.max_size:
            self._cache.popitem(last=False)
