#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Generic source to build SQL connectors.
"""
import importlib
from typing import Iterable

from sqlalchemy.engine import Engine
from sqlalchemy.inspection import inspect

from metadata.generated import connections
from metadata.utils.logger import ingestion_logger

logger = ingestion_logger()

SERVICE_CONNECTION_MODULES = {
    "mysql": ("metadata.ingestion.source.database.mysql.connection", connections.MysqlConnection),
    "postgres": ("metadata.ingestion.source.database.postgres.connection", connections.PostgresConnection),
}


def get_connection(source_type: str, service_connection: dict) -> Engine:
    module_name, model = SERVICE_CONNECTION_MODULES[source_type]
    module = importlib.import_module(module_name)
    return module.get_connection(model(**service_connection))


class CommonDbSourceService:
    """
    - fetch_database_names
    - fetch_schema_names
    - fetch_tables
    """

    def __init__(self, config: dict, metadata):
        self.config = config
        self.metadata = metadata
        self.source_type = config["type"].lower()
        self.service_name = config["serviceName"]
        self.engine: Engine = get_connection(
            self.source_type, config["serviceConnection"]["config"]
        )
        self.inspector = inspect(self.engine)

    @classmethod
    def create(cls, config_dict: dict, metadata):
        return cls(config_dict, metadata)

    def get_database_schema_names(self) -> Iterable[str]:
        yield from self.inspector.get_schema_names()

    def _iter(self) -> Iterable[dict]:
        for schema_name in self.get_database_schema_names():
            if schema_name in ("information_schema", "performance_schema", "sys", "mysql"):
                continue
            for table_name in self.inspector.get_table_names(schema_name):
                columns = self.inspector.get_columns(table_name, schema_name)
                yield {
                    "name": table_name,
                    "databaseSchema": f"{self.service_name}.default.{schema_name}",
                    "columns": [
                        {"name": col["name"], "dataType": str(col["type"]).split("(")[0].upper()}
                        for col in columns
                    ],
                }

    def close(self):
        self.engine.dispose()
