"""Redis-based replication: every Synapse process PUBLISHes commands to, and
SUBSCRIBEs to, the same channel on the configured Redis server."""
import logging
from typing import TYPE_CHECKING, Optional

import txredisapi

from synapse.replication.tcp.commands import Command, ReplicateCommand, parse_command_from_line

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class RedisSubscriber(txredisapi.SubscriberProtocol):
    """Connection to redis subscribed to replication stream."""

    synapse_handler: "ReplicationCommandHandler"
    synapse_stream_prefix: str
    synapse_channel_names: list
    synapse_outbound_redis_connection: txredisapi.ConnectionHandler

    def connectionMade(self) -> None:
        logger.info("Connected to redis")
        super().connectionMade()
        self._send_subscribe()

    def _send_subscribe(self) -> None:
        logger.info("Sending redis SUBSCRIBE for %r", self.synapse_channel_names)
        self.subscribe(self.synapse_channel_names)
        self.send_command(ReplicateCommand())

    def messageReceived(self, pattern: str, channel: str, message: str) -> None:
        cmd = parse_command_from_line(message)
        self.synapse_handler.on_command(self, cmd)

    def send_command(self, cmd: Command) -> None:
        encoded_string = "%s %s" % (cmd.NAME, cmd.to_line())
        # PUBLISH via the outbound (non-subscribed) connection
        self.synapse_outbound_redis_connection.publish(self.synapse_stream_prefix, encoded_string)


def lazyConnection(hs: "HomeServer", host: str = "localhost", port: int = 6379,
                   dbid: Optional[int] = None, password: Optional[str] = None) -> txredisapi.ConnectionHandler:
    factory = txredisapi.RedisFactory(None, dbid, poolsize=1, isLazy=True, replyTimeout=30)
    hs.get_reactor().connectTCP(host, port, factory, timeout=30, bindAddress=None)
    return factory.handler


class RedisDirectTcpReplicationClientFactory(txredisapi.SubscriberFactory):
    maxDelay = 5
    protocol = RedisSubscriber

    def __init__(self, hs: "HomeServer", outbound_redis_connection: txredisapi.ConnectionHandler,
                 channel_names: list) -> None:
        super().__init__()
        self.password = hs.config.redis.redis_password
        self.synapse_handler = hs.get_replication_command_handler()
        self.synapse_stream_prefix = hs.hostname
        self.synapse_channel_names = channel_names
        self.synapse_outbound_redis_connection = outbound_redis_connection

    def buildProtocol(self, addr):
        p = super().buildProtocol(addr)
        p.synapse_handler = self.synapse_handler
        p.synapse_stream_prefix = self.synapse_stream_prefix
        p.synapse_channel_names = self.synapse_channel_names
        p.synapse_outbound_redis_connection = self.synapse_outbound_redis_connection
        return p
