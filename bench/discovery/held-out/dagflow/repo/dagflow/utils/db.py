"""`dagflow db migrate` / `check` — Alembic migrations of the metadata database."""
from __future__ import annotations

import logging
import os
import time

from sqlalchemy import text

from dagflow import settings

log = logging.getLogger(__name__)


def _alembic_config():
    from alembic.config import Config

    cfg = Config(os.path.join(os.path.dirname(os.path.dirname(__file__)), "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", settings.SQL_ALCHEMY_CONN.replace("%", "%%"))
    return cfg


def check(retries: int = 20) -> None:
    for attempt in range(retries):
        try:
            with settings.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return
        except Exception:
            log.info("Waiting for the metadata DB (%s/%s)", attempt + 1, retries)
            time.sleep(3)
    raise RuntimeError("metadata DB not reachable")


def upgradedb(to_revision: str | None = None) -> None:
    from alembic import command

    check()
    with settings.engine.begin() as connection:
        cfg = _alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, to_revision or "heads")
    log.info("Metadata DB migrated")
