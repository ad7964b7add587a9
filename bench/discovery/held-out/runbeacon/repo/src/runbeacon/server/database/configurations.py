"""Async SQLAlchemy engine for Postgres (asyncpg) or SQLite (aiosqlite)."""
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from runbeacon.settings import get_current_settings


@lru_cache
def get_engine() -> AsyncEngine:
    settings = get_current_settings().api
    url = settings.database_connection_url
    kwargs = dict(echo=settings.database_echo)
    if url.startswith("postgresql"):
        kwargs.update(pool_size=settings.database_pool_size, max_overflow=settings.database_max_overflow,
                      pool_pre_ping=True, connect_args={"server_settings": {"application_name": "runbeacon"}})
    elif url.startswith("sqlite"):
        Path(url.split(":///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
        kwargs.update(connect_args={"check_same_thread": False, "timeout": 30})
    else:
        raise ValueError(f"Unsupported database dialect in {url!r}")
    return create_async_engine(url, **kwargs)


def session_factory():
    return async_sessionmaker(get_engine(), expire_on_commit=False)


async def session_dependency():
    async with session_factory()() as session:
        yield session


async def run_migrations():
    from alembic import command
    from alembic.config import Config

    cfg = Config(str(Path(__file__).parent / "alembic.ini"))
    async with get_engine().begin() as conn:
        await conn.execute(sa.text("SELECT 1"))
        await conn.run_sync(lambda c: (cfg.attributes.__setitem__("connection", c), command.upgrade(cfg, "head")))
