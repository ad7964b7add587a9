import logging
import time
from threading import Semaphore

import psycopg2
import psycopg2.extras
from decouple import config
from psycopg2 import pool

logger = logging.getLogger(__name__)

_PG_CONFIG = {"host": config("pg_host"),
              "database": config("pg_dbname"),
              "user": config("pg_user"),
              "password": config("pg_password"),
              "port": config("pg_port", cast=int),
              "application_name": config("APP_NAME", default="PY")}
PG_CONFIG = dict(_PG_CONFIG)
if config("PG_TIMEOUT", cast=int, default=0) > 0:
    PG_CONFIG["options"] = f"-c statement_timeout={config('PG_TIMEOUT', cast=int) * 1000}"


class ORThreadedConnectionPool(psycopg2.pool.ThreadedConnectionPool):
    def __init__(self, minconn, maxconn, *args, **kwargs):
        self._semaphore = Semaphore(maxconn)
        super().__init__(minconn, maxconn, *args, **kwargs)

    def getconn(self, *args, **kwargs):
        self._semaphore.acquire()
        return super().getconn(*args, **kwargs)

    def putconn(self, *args, **kwargs):
        super().putconn(*args, **kwargs)
        self._semaphore.release()


postgreSQL_pool: ORThreadedConnectionPool = None
RETRY_MAX = config("PG_RETRY_MAX", cast=int, default=50)
RETRY_INTERVAL = config("PG_RETRY_INTERVAL", cast=int, default=2)


def make_pool():
    global postgreSQL_pool
    if postgreSQL_pool is not None:
        try:
            postgreSQL_pool.closeall()
        except (Exception, psycopg2.DatabaseError) as error:
            logger.error("Error while closing all connexions to PostgreSQL", error)
    retries = 0
    while postgreSQL_pool is None and retries < RETRY_MAX:
        try:
            postgreSQL_pool = ORThreadedConnectionPool(config("pg_minconn", cast=int, default=20),
                                                       config("pg_maxconn", cast=int, default=80),
                                                       **PG_CONFIG)
            logger.info("Connection pool created successfully")
        except (Exception, psycopg2.DatabaseError) as error:
            logger.error("Error while connecting to PostgreSQL", error)
            retries += 1
            time.sleep(RETRY_INTERVAL)


class PostgresClient:
    connection = None
    cursor = None

    def __init__(self, long_query=False, unlimited_query=False):
        self.long_query = long_query
        self.unlimited_query = unlimited_query
        self.connection = postgreSQL_pool.getconn()

    def __enter__(self):
        if self.cursor is None:
            self.cursor = self.connection.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
        return self.cursor

    def __exit__(self, *args):
        try:
            self.connection.commit()
            self.cursor.close()
        finally:
            postgreSQL_pool.putconn(self.connection)


async def init():
    logger.info(f">PG_POOL:{config('PG_POOL', default=None)}")
    make_pool()


async def terminate():
    global postgreSQL_pool
    if postgreSQL_pool is not None:
        postgreSQL_pool.closeall()
        logger.info("Closed all connexions to PostgreSQL")
