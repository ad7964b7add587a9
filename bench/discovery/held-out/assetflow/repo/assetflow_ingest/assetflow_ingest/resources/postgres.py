from contextlib import contextmanager
from typing import Iterator

import pandas as pd
from dagster import ConfigurableResource
from pydantic import PrivateAttr
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine


class OrdersDatabaseResource(ConfigurableResource):
    """Read-only access to the production orders database (Postgres read replica)."""

    connection_url: str
    statement_timeout_ms: int = 600_000

    _engine: Engine = PrivateAttr()

    def setup_for_execution(self, context) -> None:
        self._engine = create_engine(
            self.connection_url,
            pool_pre_ping=True,
            pool_size=2,
            connect_args={"options": f"-c statement_timeout={self.statement_timeout_ms}"},
        )

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            yield conn

    def read_sql(self, query: str, **params) -> pd.DataFrame:
        with self.connect() as conn:
            return pd.read_sql(text(query), conn, params=params)
