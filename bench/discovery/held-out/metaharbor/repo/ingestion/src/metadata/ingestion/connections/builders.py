#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Get and test connection utilities
"""
from functools import partial
from typing import Any, Callable, Optional
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool


def get_connection_args_common(connection) -> dict:
    return connection.connectionArguments or {}


def get_connection_options_dict(connection) -> Optional[dict]:
    return connection.connectionOptions or None


def get_connection_url_common(connection) -> str:
    """
    Common method for building the source connection urls
    e.g. mysql+pymysql://user:pass@mysql:3306/db
    """
    url = f"{connection.scheme}://"

    if connection.username:
        url += f"{quote_plus(connection.username)}"
        password = (connection.authType or {}).get("password")
        if password:
            url += f":{quote_plus(password)}"
        url += "@"

    url += connection.hostPort
    if hasattr(connection, "databaseSchema") and getattr(connection, "databaseSchema", None):
        url += f"/{connection.databaseSchema}"
    elif hasattr(connection, "database") and getattr(connection, "database", None):
        url += f"/{connection.database}"

    options = get_connection_options_dict(connection)
    if options:
        params = "&".join(f"{key}={quote_plus(value)}" for (key, value) in options.items() if value)
        url = f"{url}?{params}"
    return url


def create_generic_db_connection(
    connection, get_connection_url_fn: Callable, get_connection_args_fn: Callable
) -> Engine:
    """
    Generic Engine creation from connection object
    :param connection: JSON Schema connection model
    :param get_connection_url_fn: function to get the connection URL
    :param get_connection_args_fn: function to get the connection args
    :return: SQlAlchemy Engine
    """
    engine = create_engine(
        get_connection_url_fn(connection),
        connect_args=get_connection_args_fn(connection),
        poolclass=QueuePool,
        pool_reset_on_return=None,
        max_overflow=-1,
    )
    return engine
