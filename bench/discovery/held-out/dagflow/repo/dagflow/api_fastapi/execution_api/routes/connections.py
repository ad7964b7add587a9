from __future__ import annotations

from fastapi import APIRouter, HTTPException

from dagflow.secrets.metastore import MetastoreBackend

router = APIRouter()


@router.get("/{connection_id}")
def get_connection(connection_id: str) -> dict:
    conn = MetastoreBackend().get_connection(connection_id)
    if conn is None:
        raise HTTPException(404, f"Connection {connection_id} not found")
    return {
        "conn_id": conn.conn_id, "conn_type": conn.conn_type, "host": conn.host, "schema": conn.schema,
        "login": conn.login, "password": conn.password, "port": conn.port, "extra": conn._extra,
    }
