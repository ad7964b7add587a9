"""Connection pool wrapper around twisted.enterprise.adbapi."""
import logging
from typing import Any, Callable, Dict

from twisted.enterprise import adbapi

logger = logging.getLogger(__name__)
sql_logger = logging.getLogger("synapse.storage.SQL")


def make_pool(reactor, db_config: Dict[str, Any], engine) -> adbapi.ConnectionPool:
    db_args = dict(db_config["args"])
    return adbapi.ConnectionPool(
        db_config["name"],  # "psycopg2"
        cp_reactor=reactor,
        cp_openfun=lambda conn: engine.on_new_connection(conn),
        **db_args,
    )


class DatabasePool:
    def __init__(self, hs, database_config: Dict[str, Any], engine) -> None:
        self.hs = hs
        self._db_pool = make_pool(hs.get_reactor(), database_config, engine)
        self.engine = engine

    async def runInteraction(self, desc: str, func: Callable, *args: Any, **kwargs: Any) -> Any:
        sql_logger.debug("[TXN START] {%s}", desc)
        return await self._db_pool.runInteraction(func, *args, **kwargs)

    async def simple_insert(self, table: str, values: Dict[str, Any], desc: str = "simple_insert") -> None:
        keys = ", ".join(values)
        vals = ", ".join("?" for _ in values)
        sql = "INSERT INTO %s (%s) VALUES(%s)" % (table, keys, vals)
        await self.runInteraction(desc, lambda txn: txn.execute(sql, list(values.values())))
