"""Connections and variables from the process environment.

DAGFLOW_CONN_{CONN_ID} holds a connection URI or JSON; DAGFLOW_VAR_{KEY} a variable.
"""
from __future__ import annotations

import os

CONN_ENV_PREFIX = "DAGFLOW_CONN_"
VAR_ENV_PREFIX = "DAGFLOW_VAR_"


class EnvironmentVariablesBackend:
    def get_conn_value(self, conn_id: str) -> str | None:
        return os.environ.get(CONN_ENV_PREFIX + conn_id.upper())

    def get_variable(self, key: str) -> str | None:
        return os.environ.get(VAR_ENV_PREFIX + key.upper())


def get_config_from_secrets_backend(path: str) -> str | None:
    # Only the env backend is wired in this build; the path is read as an env var name.
    return os.environ.get(path)
