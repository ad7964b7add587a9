import logging
from typing import List, Tuple

logger = logging.getLogger(__name__)


class StreamWorkerStore:
    async def get_room_events_stream_for_room(self, room_id: str, from_key: int, to_key: int, limit: int = 0) -> List[Tuple]:
        def f(txn):
            txn.execute(
                "SELECT event_id, stream_ordering FROM events WHERE room_id = ? AND stream_ordering > ?"
                " AND stream_ordering <= ? ORDER BY stream_ordering DESC LIMIT ?",
                (room_id, from_key, to_key, limit),
            )
            return txn.fetchall()
        return await self.db_pool.runInteraction("get_room_events_stream_for_room", f)
