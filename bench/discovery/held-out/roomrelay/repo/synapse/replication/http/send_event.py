"""Main process -> event persister: hand events over for persistence
(stream_writers.events = event_persister1)."""
from typing import TYPE_CHECKING, Any, Dict

from synapse.replication.http._base import ReplicationEndpoint

if TYPE_CHECKING:
    from synapse.server import HomeServer


class ReplicationSendEventRestServlet(ReplicationEndpoint):
    NAME = "send_event"
    PATH_ARGS = ("event_id",)

    def __init__(self, hs: "HomeServer") -> None:
        self.store = hs.get_datastores().main
        self.storage = hs.get_storage_controllers()

    @staticmethod
    async def _serialize_payload(event_id: str, event: Any = None, context: Any = None,
                                 requester: Any = None, ratelimit: bool = True, **kw: Any) -> Dict:
        return {
            "event": event.get_pdu_json(),
            "internal_metadata": event.internal_metadata.get_dict(),
            "context": await context.serialize(event, None),
            "requester": requester.serialize() if requester else None,
            "ratelimit": ratelimit,
        }

    async def _handle_request(self, request, content: Dict, event_id: str):
        event, _ = await self.storage.persistence.persist_event(content["event"])
        return 200, {"stream_id": event.internal_metadata.stream_ordering}
