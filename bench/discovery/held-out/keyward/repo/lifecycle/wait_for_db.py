"""wait for database and redis to be reachable before starting"""
from sys import exit as sysexit
from time import sleep

from psycopg import OperationalError, connect
from redis import Redis
from redis.exceptions import RedisError

from keyward.lib.config import CONFIG, redis_url


def check_postgres():
    while True:
        try:
            conn = connect(
                dbname=CONFIG.get("postgresql.name"),
                user=CONFIG.get("postgresql.user"),
                password=CONFIG.get("postgresql.password"),
                host=CONFIG.get("postgresql.host"),
                port=CONFIG.get_int("postgresql.port"),
                sslmode=CONFIG.get("postgresql.sslmode"),
                sslrootcert=CONFIG.get("postgresql.sslrootcert"),
                sslcert=CONFIG.get("postgresql.sslcert"),
                sslkey=CONFIG.get("postgresql.sslkey"),
            )
            conn.cursor()
            break
        except OperationalError as exc:
            sleep(1)
            CONFIG.log("info", f"PostgreSQL connection failed, retrying... ({exc})")
    CONFIG.log("info", "PostgreSQL connection successful")


def check_redis():
    url = redis_url(CONFIG.get("redis.db"))
    while True:
        try:
            redis = Redis.from_url(url)
            redis.ping()
            break
        except RedisError as exc:
            sleep(1)
            CONFIG.log("info", f"Redis Connection failed, retrying... ({exc})", redis_url=url)
    CONFIG.log("info", "Redis Connection successful")


def wait_for_db():
    CONFIG.log("info", "Starting keyward bootstrap")
    if CONFIG.get("secret_key") == "":
        CONFIG.log("info", "----------------------------------------------------------------------")
        CONFIG.log("info", "Secret key missing, check https://docs.keyward.example/installation/.")
        CONFIG.log("info", "----------------------------------------------------------------------")
        sysexit(1)
    check_postgres()
    check_redis()
    CONFIG.log("info", "Finished keyward bootstrap")


if __name__ == "__main__":
    wait_for_db()
