from __future__ import annotations

import logging

from dagflow.models.connection import Connection
from dagflow.secrets.environment_variables import EnvironmentVariablesBackend
from dagflow.secrets.metastore import MetastoreBackend

log = logging.getLogger(__name__)


class ConnectionNotFound(KeyError):
    pass


class BaseHook:
    """Base for hooks: resolves ``conn_id`` through the env backend, then the metastore.

    Inside a Task SDK worker the metastore lookup is replaced by a call to the Task
    Execution API (GET /execution/connections/{conn_id}).
    """

    conn_name_attr = "conn_id"
    default_conn_name = "default_conn_id"

    @classmethod
    def get_connection(cls, conn_id: str) -> Connection:
        value = EnvironmentVariablesBackend().get_conn_value(conn_id)
        if value:
            return Connection(conn_id=conn_id, uri=value)
        from dagflow.sdk.execution_time.task_runner import SUPERVISOR_COMMS

        if SUPERVISOR_COMMS is not None:
            return SUPERVISOR_COMMS.get_connection(conn_id)
        conn = MetastoreBackend().get_connection(conn_id)
        if conn is None:
            raise ConnectionNotFound(conn_id)
        return conn

    def get_conn(self):
        raise NotImplementedError
