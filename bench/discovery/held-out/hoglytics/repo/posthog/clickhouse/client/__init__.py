import time
from typing import Any, Dict, Optional, Sequence

from structlog import get_logger

from posthog.clickhouse.client.connection import get_client_from_pool

logger = get_logger(__name__)

__all__ = ["sync_execute"]


def sync_execute(
    query: str,
    args: Optional[Dict[str, Any]] = None,
    settings: Optional[Dict[str, Any]] = None,
    with_column_types: bool = False,
    offline: bool = False,
) -> Sequence[Any]:
    start = time.perf_counter()
    with get_client_from_pool(offline=offline) as client:
        try:
            return client.execute(
                query, args, settings={"max_execution_time": 180, **(settings or {})}, with_column_types=with_column_types
            )
        finally:
            logger.debug("clickhouse_query", duration=time.perf_counter() - start)
