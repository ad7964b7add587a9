#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Source connection handler
"""
from sqlalchemy.engine import Engine

from metadata.generated.connections import PostgresConnection
from metadata.ingestion.connections.builders import (
    create_generic_db_connection,
    get_connection_args_common,
    get_connection_url_common,
)


def get_connection(connection: PostgresConnection) -> Engine:
    """
    Create connection
    """
    return create_generic_db_connection(
        connection=connection,
        get_connection_url_fn=get_connection_url_common,
        get_connection_args_fn=get_connection_args_common,
    )


def test_connection(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute("SELECT 1")
        conn.execute("SELECT datname FROM pg_database")
