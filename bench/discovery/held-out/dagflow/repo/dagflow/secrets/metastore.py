from __future__ import annotations

from dagflow import settings


class MetastoreBackend:
    """Look connections up in the ``connection`` table of the metadata DB."""

    def get_connection(self, conn_id: str):
        from dagflow.models.connection import Connection

        session = settings.Session()
        try:
            return session.query(Connection).filter(Connection.conn_id == conn_id).one_or_none()
        finally:
            session.close()
