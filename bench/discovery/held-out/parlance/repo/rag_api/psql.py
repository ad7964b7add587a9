# psql.py
import asyncpg
from config import DSN, logger


class PSQLDatabase:
    pool = None

    @classmethod
    async def get_pool(cls):
        if cls.pool is None:
            cls.pool = await asyncpg.create_pool(dsn=DSN)
        return cls.pool

    @classmethod
    async def close_pool(cls):
        if cls.pool is not None:
            await cls.pool.close()
            cls.pool = None


async def ensure_custom_id_index_on_embedding():
    index_name = "custom_id_idx"
    pool = await PSQLDatabase.get_pool()
    async with pool.acquire() as conn:
        exists = await conn.fetchval(
            "SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE tablename = 'langchain_pg_embedding' AND indexname = $1);",
            index_name,
        )
        if not exists:
            await conn.execute(f"CREATE INDEX IF NOT EXISTS {index_name} ON langchain_pg_embedding (custom_id);")
            logger.debug(f"Created index '{index_name}' on 'langchain_pg_embedding(custom_id)'")


async def pg_health_check() -> bool:
    try:
        pool = await PSQLDatabase.get_pool()
        async with pool.acquire() as conn:
            await conn.fetchval("SELECT 1")
            return True
    except Exception as e:
        logger.error(f"Health check failed: {e}")
        return False
