from typing import Any

from synapse.config._base import Config, ConfigError


class DatabaseConfig(Config):
    section = "database"

    def read_config(self, config: Any, **kwargs: Any) -> None:
        database_config = config.get("database")
        if database_config is None:
            database_config = {"name": "sqlite3", "args": {"database": "homeserver.db"}}
        if database_config.get("name") not in ("psycopg2", "sqlite3"):
            raise ConfigError("Unsupported database type %r" % database_config.get("name"))
        self.databases = [database_config]
