"""Redis connection settings for the messaging plugin (RUNBEACON_REDIS_MESSAGING_*)."""
from functools import lru_cache
from typing import Optional

from pydantic_settings import BaseSettings, SettingsConfigDict
from redis.asyncio import Redis


class RedisMessagingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RUNBEACON_REDIS_MESSAGING_", extra="ignore")

    host: str = "localhost"
    port: int = 6379
    db: int = 0
    username: str = "default"
    password: Optional[str] = None
    ssl: bool = False


@lru_cache
def get_async_redis_client() -> Redis:
    s = RedisMessagingSettings()
    return Redis(host=s.host, port=s.port, db=s.db, username=s.username, password=s.password,
                 ssl=s.ssl, decode_responses=False, health_check_interval=30)
