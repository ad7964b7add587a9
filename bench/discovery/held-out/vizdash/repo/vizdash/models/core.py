"""A collection of ORM sqlalchemy models for Vizdash"""
from __future__ import annotations

import logging
from contextlib import closing, contextmanager
from typing import Any, Optional

import sqlalchemy as sqla
from flask_appbuilder import Model
from sqlalchemy import Boolean, Column, DateTime, event, exc, Integer, String, Text, select
from sqlalchemy.engine import Engine, create_engine
from sqlalchemy.engine.url import make_url, URL
from sqlalchemy.pool import NullPool
from sqlalchemy_utils import EncryptedType

from vizdash.utils.encrypt import encrypted_field_factory

logger = logging.getLogger(__name__)


class Database(Model):  # pylint: disable=too-many-public-methods
    """An ORM object that stores Database related information"""

    __tablename__ = "dbs"
    type = "table"
    __table_args__ = (sqla.UniqueConstraint("database_name"),)

    id = Column(Integer, primary_key=True)
    verbose_name = Column(String(250), unique=True)
    # short unique name, used in permissions
    database_name = Column(String(250), unique=True, nullable=False)
    sqlalchemy_uri = Column(String(1024), nullable=False)
    password = Column(encrypted_field_factory.create(String(1024)))
    cache_timeout = Column(Integer)
    expose_in_sqllab = Column(Boolean, default=True)
    allow_run_async = Column(Boolean, default=False)
    allow_dml = Column(Boolean, default=False)
    extra = Column(Text, default="{}")

    @property
    def sqlalchemy_uri_decrypted(self) -> str:
        try:
            conn = make_url(self.sqlalchemy_uri)
        except Exception:  # pylint: disable=broad-except
            return "dialect://invalid_uri"
        conn = conn.set(password=self.password or conn.password)
        return str(conn)

    def get_sqla_engine(self, catalog: Optional[str] = None, schema: Optional[str] = None) -> Engine:
        # Engine for the user-configured analytics database (runtime, from the UI)
        sqlalchemy_url = make_url(self.sqlalchemy_uri_decrypted)
        return create_engine(sqlalchemy_url, poolclass=NullPool)

    @contextmanager
    def get_raw_connection(self, catalog: Optional[str] = None, schema: Optional[str] = None):
        engine = self.get_sqla_engine(catalog=catalog, schema=schema)
        with closing(engine.raw_connection()) as conn:
            yield conn


class Log(Model):  # pylint: disable=too-few-public-methods
    """ORM object used to log Vizdash actions to the database"""

    __tablename__ = "logs"

    id = Column(Integer, primary_key=True)
    action = Column(String(512))
    user_id = Column(Integer)
    dashboard_id = Column(Integer)
    slice_id = Column(Integer)
    json = Column(Text)
    dttm = Column(DateTime)
    duration_ms = Column(Integer)
    referrer = Column(String(1024))


def pessimistic_connection_handling(some_engine: Engine) -> None:
    @event.listens_for(some_engine, "engine_connect")
    def ping_connection(connection: Any, branch: bool) -> None:
        if branch:
            return
        save_should_close_with_result = connection.should_close_with_result
        connection.should_close_with_result = False
        try:
            connection.scalar(select([1]))
        except exc.DBAPIError as err:
            if err.connection_invalidated:
                connection.scalar(select([1]))
            else:
                raise
        finally:
            connection.should_close_with_result = save_should_close_with_result
