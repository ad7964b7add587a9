import logging
import time
from abc import ABC, abstractmethod
from typing import Dict, List, Optional, Tuple, Type

import redis
from django.conf import settings
from django.http import HttpRequest

from parley.lib.redis_utils import get_redis_client

client = get_redis_client()
rules: Dict[str, List[Tuple[int, int]]] = settings.RATE_LIMITING_RULES if hasattr(settings, "RATE_LIMITING_RULES") else {
    "api_by_user": [(60, 200)],
    "api_by_ip": [(60, 100)],
    "authenticate_by_username": [(1800, 5)],
    "password_reset_form_by_email": [(3600, 2), (86400, 5)],
}

logger = logging.getLogger(__name__)


class RateLimitedError(Exception):
    def __init__(self, secs_to_freedom: Optional[float] = None) -> None:
        self.secs_to_freedom = secs_to_freedom
        super().__init__()


class RateLimiterBackend(ABC):
    @classmethod
    @abstractmethod
    def rate_limit_entity(cls, entity_key: str, rules: List[Tuple[int, int]], max_api_calls: int, max_api_window: int) -> Tuple[bool, float]:
        ...


class RedisRateLimiterBackend(RateLimiterBackend):
    @classmethod
    def get_keys(cls, entity_key: str) -> List[str]:
        return [f"{entity_key}:{keytype}" for keytype in ["list", "zset", "block"]]

    @classmethod
    def is_ratelimited(cls, entity_key: str, rules: List[Tuple[int, int]]) -> Tuple[bool, float]:
        list_key, set_key, blocking_key = cls.get_keys(entity_key)
        now = time.time()
        with client.pipeline() as pipe:
            for _, request_count in rules:
                pipe.lindex(list_key, request_count - 1)
            pipe.get(blocking_key)
            pipe.ttl(blocking_key)
            results = pipe.execute()
        *rule_timestamps, blocking_key_value, blocking_ttl = results
        if blocking_key_value is not None:
            return True, float(blocking_ttl)
        for timestamp, (range_seconds, _) in zip(rule_timestamps, rules):
            if timestamp is None:
                continue
            boundary = float(timestamp) + range_seconds
            if boundary > now:
                return True, boundary - now
        return False, 0.0

    @classmethod
    def incr_ratelimit(cls, entity_key: str, max_api_calls: int, max_api_window: int) -> None:
        list_key, set_key, _ = cls.get_keys(entity_key)
        now = time.time()
        with client.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(list_key)
                    pipe.multi()
                    pipe.lpush(list_key, now)
                    pipe.ltrim(list_key, 0, max_api_calls - 1)
                    pipe.zadd(set_key, {str(now): now})
                    pipe.expire(list_key, max_api_window)
                    pipe.expire(set_key, max_api_window)
                    pipe.execute()
                    break
                except redis.WatchError:
                    continue

    @classmethod
    def rate_limit_entity(cls, entity_key: str, rules: List[Tuple[int, int]], max_api_calls: int, max_api_window: int) -> Tuple[bool, float]:
        ratelimited, time_till_free = cls.is_ratelimited(entity_key, rules)
        if not ratelimited:
            cls.incr_ratelimit(entity_key, max_api_calls, max_api_window)
        return ratelimited, time_till_free


def rate_limit_request_by_ip(request: HttpRequest, domain: str) -> None:
    if not settings.RATE_LIMITING:
        return
    ip = request.META.get("REMOTE_ADDR", "")
    domain_rules = rules[domain]
    max_calls = max(count for _, count in domain_rules)
    max_window = max(window for window, _ in domain_rules)
    ratelimited, secs = RedisRateLimiterBackend.rate_limit_entity(f"ratelimit:RateLimitedIPAddr:{ip}:{domain}", domain_rules, max_calls, max_window)
    if ratelimited:
        raise RateLimitedError(secs)
