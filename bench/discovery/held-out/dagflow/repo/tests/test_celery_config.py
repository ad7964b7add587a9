"""Unit tests for the Celery configuration. Run against local services started by CI."""
from __future__ import annotations

import importlib
import os

import pytest

LOCAL_DB = "postgresql+psycopg2://postgres:postgres@localhost:5432/dagflow_test"
LOCAL_BROKER = "redis://localhost:6379/15"


@pytest.fixture(autouse=True)
def _local_env(monkeypatch):
    monkeypatch.setenv("DAGFLOW__DATABASE__SQL_ALCHEMY_CONN", LOCAL_DB)
    monkeypatch.setenv("DAGFLOW__CELERY__BROKER_URL", LOCAL_BROKER)
    monkeypatch.delenv("DAGFLOW__CELERY__RESULT_BACKEND", raising=False)
    monkeypatch.setenv("DAGFLOW_CONN_WAREHOUSE_DB", "postgresql://test:test@localhost:5433/warehouse_test")


def _reload_utils():
    import dagflow.configuration as configuration

    importlib.reload(configuration)
    import dagflow.executors.celery_executor_utils as utils

    return importlib.reload(utils)


def test_result_backend_defaults_to_metadata_db():
    utils = _reload_utils()
    assert utils.DEFAULT_CELERY_CONFIG["result_backend"] == "db+" + LOCAL_DB


def test_broker_url_from_env():
    utils = _reload_utils()
    assert utils.app.conf.broker_url == LOCAL_BROKER


@pytest.mark.integration("postgres")
def test_warehouse_hook_roundtrip():
    from dagflow.providers.postgres.hooks.postgres import PostgresHook

    if not os.environ.get("INTEGRATION_POSTGRES"):
        pytest.skip("integration only")
    assert PostgresHook(postgres_conn_id="warehouse_db").get_records("SELECT 1") == [(1,)]
