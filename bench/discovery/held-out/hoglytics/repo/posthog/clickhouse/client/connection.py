from contextlib import contextmanager
from functools import cache

from clickhouse_driver import Client as SyncClient
from clickhouse_pool import ChPool
from django.conf import settings


def default_client(host: str = settings.CLICKHOUSE_HOST) -> SyncClient:
    """Return a bare bones client for use in places where we are only interested in general ClickHouse state."""
    return SyncClient(
        host=host,
        database=settings.CLICKHOUSE_DATABASE,
        secure=settings.CLICKHOUSE_SECURE,
        user=settings.CLICKHOUSE_USER,
        password=settings.CLICKHOUSE_PASSWORD,
        ca_certs=settings.CLICKHOUSE_CA,
        verify=settings.CLICKHOUSE_VERIFY,
        settings={"mutations_sync": "1"} if settings.TEST else {},
    )


@cache
def make_ch_pool(**overrides) -> ChPool:
    kwargs = {
        "host": settings.CLICKHOUSE_HOST,
        "database": settings.CLICKHOUSE_DATABASE,
        "secure": settings.CLICKHOUSE_SECURE,
        "user": settings.CLICKHOUSE_USER,
        "password": settings.CLICKHOUSE_PASSWORD,
        "ca_certs": settings.CLICKHOUSE_CA,
        "verify": settings.CLICKHOUSE_VERIFY,
        "connections_min": settings.CLICKHOUSE_CONN_POOL_MIN,
        "connections_max": settings.CLICKHOUSE_CONN_POOL_MAX,
        "settings": {"mutations_sync": "1"} if settings.TEST else {},
        **overrides,
    }
    return ChPool(**kwargs)


def reset_pool() -> None:
    make_ch_pool.cache_clear()


@contextmanager
def get_client_from_pool(offline: bool = False):
    if offline and settings.CLICKHOUSE_OFFLINE_CLUSTER_HOST:
        pool = make_ch_pool(host=settings.CLICKHOUSE_OFFLINE_CLUSTER_HOST)
    else:
        pool = make_ch_pool()
    with pool.get_client() as client:
        yield client
