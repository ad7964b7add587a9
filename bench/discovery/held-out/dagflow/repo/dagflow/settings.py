"""Process-wide setup: ORM engine/session for the metadata database and logging."""
from __future__ import annotations

import logging
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

from dagflow.configuration import DAGFLOW_HOME, conf

log = logging.getLogger(__name__)

SQL_ALCHEMY_CONN: str | None = None
engine = None
Session: scoped_session | None = None

DAGS_FOLDER = os.path.expanduser(conf.get("core", "dags_folder", fallback=os.path.join(DAGFLOW_HOME, "dags")))
LOGGING_CLASS_PATH = conf.get("logging", "logging_config_class", fallback="")


def configure_vars() -> None:
    global SQL_ALCHEMY_CONN
    # [database] sql_alchemy_conn — e.g. postgresql+psycopg2://dagflow:dagflow@postgres/dagflow
    SQL_ALCHEMY_CONN = conf.get("database", "sql_alchemy_conn")
    if SQL_ALCHEMY_CONN.startswith("postgres://"):
        raise ValueError("Use the postgresql:// scheme for [database] sql_alchemy_conn")


def prepare_engine_args() -> dict:
    return {
        "pool_size": int(conf.get("database", "sql_alchemy_pool_size", fallback=5)),
        "max_overflow": int(conf.get("database", "sql_alchemy_max_overflow", fallback=10)),
        "pool_recycle": int(conf.get("database", "sql_alchemy_pool_recycle", fallback=1800)),
        "pool_pre_ping": conf.getboolean("database", "sql_alchemy_pool_pre_ping", fallback=True),
    }


def configure_orm(disable_connection_pool: bool = False) -> None:
    global engine, Session
    if os.environ.get("_DAGFLOW_SKIP_DB_TESTS") == "true":
        return
    engine_args = {} if disable_connection_pool else prepare_engine_args()
    connect_args = conf.getimport("database", "sql_alchemy_connect_args") or {}
    engine = create_engine(SQL_ALCHEMY_CONN, connect_args=connect_args, future=True, **engine_args)
    Session = scoped_session(sessionmaker(bind=engine, autoflush=False, expire_on_commit=False))
    log.debug("Metadata DB engine configured: %s", engine.url.render_as_string(hide_password=True))


def dispose_orm() -> None:
    global engine, Session
    if Session is not None:
        Session.remove()
    if engine is not None:
        engine.dispose()
    engine = Session = None


def configure_logging() -> None:
    from dagflow.config_templates.dagflow_local_settings import DEFAULT_LOGGING_CONFIG

    logging.config.dictConfig(DEFAULT_LOGGING_CONFIG)  # type: ignore[attr-defined]


def initialize() -> None:
    import logging.config  # noqa: F401

    configure_vars()
    configure_logging()
    configure_orm()
