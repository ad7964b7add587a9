from __future__ import annotations

import functools
import logging
from typing import Any

import rb
from redis import StrictRedis
from redis.connection import ConnectionPool

from tremor import options

logger = logging.getLogger(__name__)

_REDIS_DEFAULT_CLIENT_ARGS = {
    # 3 seconds default socket and socket connection timeout avoids Celery
    # tasks hanging indefinitely when redis is unreachable
    "socket_timeout": 3.0,
    "socket_connect_timeout": 3.0,
}


class _RBCluster:
    def supports(self, config: dict[str, Any]) -> bool:
        return not config.get("is_redis_cluster", False)

    def factory(self, **config: Any) -> rb.Cluster:
        hosts = config["hosts"]
        hosts = {int(k): v for k, v in hosts.items()} if isinstance(hosts, dict) else dict(enumerate(hosts))
        pool_options = dict(_REDIS_DEFAULT_CLIENT_ARGS, **config.get("client_args", {}))
        return rb.Cluster(hosts=hosts, pool_options=pool_options)


class ClusterManager:
    def __init__(self, options_key: str = "redis.clusters") -> None:
        self.__clusters: dict[str, Any] = {}
        self.__options_key = options_key
        self.__cluster_type = _RBCluster()

    def get(self, key: str):
        cluster = self.__clusters.get(key)
        if cluster is not None:
            return cluster

        # Do not access attributes of the `cluster` object to prevent
        # setup/init of lazy objects.
        configuration = options.get(self.__options_key).get(key)
        if configuration is None:
            raise KeyError(f"Invalid cluster name: {key}")

        if not self.__cluster_type.supports(configuration):
            raise KeyError(f"Invalid cluster type, expected: {self.__cluster_type}")

        cluster = self.__clusters[key] = self.__cluster_type.factory(**configuration)
        return cluster


clusters = ClusterManager()


@functools.lru_cache(maxsize=8)
def redis_client_for(cluster: str = "default") -> StrictRedis:
    """A plain StrictRedis client for host 0 of a configured cluster."""
    config = options.get("redis.clusters")[cluster]["hosts"][0]
    pool = ConnectionPool(
        host=config["host"],
        port=int(config.get("port", 6379)),
        db=int(config.get("db", 0)),
        password=config.get("password") or None,
        **_REDIS_DEFAULT_CLIENT_ARGS,
    )
    return StrictRedis(connection_pool=pool)
