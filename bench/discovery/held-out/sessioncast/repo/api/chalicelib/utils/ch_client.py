import logging

import clickhouse_driver
from decouple import config

logger = logging.getLogger(__name__)

settings = {}
if config('ch_timeout', cast=int, default=-1) > 0:
    settings = {"max_execution_time": config('ch_timeout', cast=int)}


class ClickHouseClient:
    __client = None

    def __init__(self, database=None):
        self.__client = clickhouse_driver.Client(host=config("ch_host"),
                                                 database=database if database else config("ch_database",
                                                                                           default="default"),
                                                 user=config("ch_user", default="default"),
                                                 password=config("ch_password", default=""),
                                                 port=config("ch_port", cast=int),
                                                 settings=settings)

    def __enter__(self):
        return self

    def execute(self, query, params=None, **args):
        results = self.__client.execute(query=query, params=params, with_column_types=True, **args)
        keys = tuple(x for x, y in results[1])
        return [dict(zip(keys, i)) for i in results[0]]

    def __exit__(self, *args):
        self.__client.disconnect()


def init():
    logger.info(f">CH_POOL:not defined, host={config('ch_host')}")
