"""Postgres hook for user data (not the metadata DB). Connection type `postgres`, e.g.
DAGFLOW_CONN_WAREHOUSE_DB=postgresql://etl:***@warehouse-db.internal:5432/analytics"""
from __future__ import annotations

from contextlib import closing

import psycopg2
import psycopg2.extras
from sqlalchemy import create_engine

from dagflow.hooks.base import BaseHook


class PostgresHook(BaseHook):
    conn_name_attr = "postgres_conn_id"
    default_conn_name = "postgres_default"
    conn_type = "postgres"

    def __init__(self, postgres_conn_id: str = default_conn_name, database: str | None = None) -> None:
        self.postgres_conn_id = postgres_conn_id
        self.database = database

    def get_conn(self):
        conn = self.get_connection(self.postgres_conn_id)
        extra = conn.extra_dejson
        return psycopg2.connect(
            host=conn.host,
            user=conn.login,
            password=conn.password,
            dbname=self.database or conn.schema,
            port=conn.port or 5432,
            sslmode=extra.get("sslmode", "prefer"),
            application_name="dagflow",
        )

    def get_sqlalchemy_engine(self):
        conn = self.get_connection(self.postgres_conn_id)
        uri = conn.get_uri().replace("postgres://", "postgresql://", 1)
        return create_engine(uri)

    def run(self, sql: str | list[str], parameters=None, autocommit: bool = False) -> None:
        statements = [sql] if isinstance(sql, str) else sql
        with closing(self.get_conn()) as conn:
            conn.autocommit = autocommit
            with closing(conn.cursor()) as cur:
                for stmt in statements:
                    cur.execute(stmt, parameters)
            if not autocommit:
                conn.commit()

    def get_records(self, sql: str, parameters=None) -> list[tuple]:
        with closing(self.get_conn()) as conn, closing(conn.cursor()) as cur:
            cur.execute(sql, parameters)
            return cur.fetchall()

    def copy_expert(self, sql: str, filename: str) -> None:
        with open(filename, "r+") as fh, closing(self.get_conn()) as conn, closing(conn.cursor()) as cur:
            cur.copy_expert(sql, fh)
            conn.commit()

    def insert_rows(self, table: str, rows: list[tuple], target_fields: list[str]) -> None:
        cols = ", ".join(target_fields)
        with closing(self.get_conn()) as conn, closing(conn.cursor()) as cur:
            psycopg2.extras.execute_values(cur, f"INSERT INTO {table} ({cols}) VALUES %s", rows)
            conn.commit()
