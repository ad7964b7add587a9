"""Federation sender: runs only on instances listed in federation_sender_instances."""
import logging
from typing import TYPE_CHECKING

from synapse.federation.sender.transaction_manager import TransactionManager

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class FederationSender:
    def __init__(self, hs: "HomeServer") -> None:
        self.hs = hs
        self.server_name = hs.hostname
        self.store = hs.get_datastores().main
        self._transaction_manager = TransactionManager(hs)
        self._sender_instances = hs.config.worker.federation_shard_config.instances

    async def send_pdu(self, pdu, destinations) -> None:
        for destination in destinations:
            if destination == self.server_name:
                continue
            await self._transaction_manager.send_new_transaction(destination, [pdu], [])
        # acknowledge position back to main process via redis replication
        self.hs.get_replication_command_handler().send_federation_ack(pdu.internal_metadata.stream_ordering)
