"""Event persistence. Only runs on the writer(s) configured in stream_writers.events."""
import logging
from typing import TYPE_CHECKING, List

if TYPE_CHECKING:
    from synapse.server import HomeServer
    from synapse.storage.database import DatabasePool

logger = logging.getLogger(__name__)


class PersistEventsStore:
    def __init__(self, hs: "HomeServer", db: "DatabasePool", main_data_store) -> None:
        self.hs = hs
        self.db_pool = db
        self.store = main_data_store
        self._instance_name = hs.get_instance_name()
        assert self._instance_name in hs.config.worker.writers.events, \
            "Can only instantiate EventsStore on master"

    async def _persist_events_and_state_updates(self, events_and_contexts: List) -> None:
        await self.db_pool.runInteraction("persist_events", self._persist_events_txn, events_and_contexts)

    def _persist_events_txn(self, txn, events_and_contexts: List) -> None:
        for event, context in events_and_contexts:
            txn.execute(
                "INSERT INTO events (event_id, room_id, type, stream_ordering, instance_name)"
                " VALUES (?, ?, ?, ?, ?)",
                (event.event_id, event.room_id, event.type, event.internal_metadata.stream_ordering, self._instance_name),
            )
            txn.execute("INSERT INTO event_json (event_id, room_id, json) VALUES (?, ?, ?)",
                        (event.event_id, event.room_id, event.get_pdu_json()))
