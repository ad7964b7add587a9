from typing import Any, Union

import redis
from redis.cache import CacheConfig
from redis.connection import Connection, SSLConnection
from redis.sentinel import Sentinel

from configs import yard_config
from yard_app import YardApp


class RedisClientWrapper:
    """
    A wrapper class for the Redis client that addresses the issue where the global
    `redis_client` variable cannot be updated when a new Redis instance is returned
    by Sentinel.
    """

    def __init__(self):
        self._client = None

    def initialize(self, client):
        if self._client is None:
            self._client = client

    def __getattr__(self, item):
        if self._client is None:
            raise RuntimeError("Redis client is not initialized. Call init_app first.")
        return getattr(self._client, item)


redis_client = RedisClientWrapper()


def init_app(app: YardApp):
    global redis_client
    connection_class: type[Union[Connection, SSLConnection]] = Connection
    if yard_config.REDIS_USE_SSL:
        connection_class = SSLConnection

    redis_params: dict[str, Any] = {
        "username": yard_config.REDIS_USERNAME,
        "password": yard_config.REDIS_PASSWORD or None,
        "db": yard_config.REDIS_DB,
        "encoding": "utf-8",
        "encoding_errors": "strict",
        "decode_responses": False,
        "protocol": 3,
        "cache_config": CacheConfig(),
    }

    if yard_config.REDIS_USE_SENTINEL:
        assert yard_config.REDIS_SENTINELS is not None, "REDIS_SENTINELS must be set when REDIS_USE_SENTINEL is True"
        sentinel_hosts = [
            (node.split(":")[0], int(node.split(":")[1])) for node in yard_config.REDIS_SENTINELS.split(",")
        ]
        sentinel = Sentinel(sentinel_hosts, sentinel_kwargs={"socket_timeout": 0.1})
        master = sentinel.master_for(yard_config.REDIS_SENTINEL_SERVICE_NAME, **redis_params)
        redis_client.initialize(master)
    else:
        redis_params.update(
            {
                "host": yard_config.REDIS_HOST,
                "port": yard_config.REDIS_PORT,
                "connection_class": connection_class,
            }
        )
        pool = redis.ConnectionPool(**redis_params)
        redis_client.initialize(redis.Redis(connection_pool=pool))

    app.extensions["redis"] = redis_client
