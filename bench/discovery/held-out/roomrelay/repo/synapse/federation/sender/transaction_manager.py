import logging
from typing import TYPE_CHECKING, List

from synapse.util import json_encoder

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class TransactionManager:
    def __init__(self, hs: "HomeServer") -> None:
        self._server_name = hs.hostname
        self._clock = hs.get_clock()
        self._transport_layer = hs.get_federation_transport_client()
        self._next_txn_id = int(self._clock.time_msec())

    async def send_new_transaction(self, destination: str, pdus: List, edus: List) -> None:
        txn_id = str(self._next_txn_id)
        self._next_txn_id += 1
        body = {"origin": self._server_name, "origin_server_ts": int(self._clock.time_msec()),
                "pdus": [p.get_pdu_json() for p in pdus], "edus": [e.get_dict() for e in edus]}
        logger.debug("TX [%s] {%s} Sending transaction: %s", destination, txn_id, json_encoder.encode(body))
        # PUT /_matrix/federation/v1/send/{txnId} on the remote homeserver
        await self._transport_layer.send_transaction(destination, txn_id, body)
