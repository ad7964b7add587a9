from typing import Dict, Optional

import redis
from django.conf import settings

_client_map: Dict[str, redis.Redis] = {}


def get_client(redis_url: Optional[str] = None) -> redis.Redis:
    redis_url = redis_url or settings.REDIS_URL
    global _client_map
    if not _client_map.get(redis_url):
        if settings.TEST:
            import fakeredis

            client: redis.Redis = fakeredis.FakeRedis()
        else:
            client = redis.from_url(redis_url, db=0)
        _client_map[redis_url] = client
    return _client_map[redis_url]
