import logging
from typing import TYPE_CHECKING

from synapse.replication.tcp.commands import Command, FederationAckCommand, UserSyncCommand

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class ReplicationCommandHandler:
    """Handles incoming commands from redis and sends outgoing ones."""

    def __init__(self, hs: "HomeServer") -> None:
        self._instance_name = hs.get_instance_name()
        self._connections = []
        self._config = hs.config

    def start_replication(self, hs: "HomeServer") -> None:
        if not self._config.redis.redis_enabled:
            # TCP replication was removed in 1.69; redis is mandatory for workers
            raise RuntimeError("Workers require redis to be enabled")
        from synapse.replication.tcp.redis import RedisDirectTcpReplicationClientFactory, lazyConnection

        outbound = lazyConnection(hs, host=self._config.redis.redis_host, port=self._config.redis.redis_port,
                                  password=self._config.redis.redis_password)
        channels = [hs.hostname, f"{hs.hostname}/{self._instance_name}"]
        factory = RedisDirectTcpReplicationClientFactory(hs, outbound, channels)
        hs.get_reactor().connectTCP(self._config.redis.redis_host, self._config.redis.redis_port, factory)

    def on_command(self, conn, cmd: Command) -> None:
        logger.debug("Received %s", cmd.NAME)

    def send_user_sync(self, user_id: str, is_syncing: bool, last_sync_ms: int) -> None:
        self.send_command(UserSyncCommand(self._instance_name, user_id, is_syncing, last_sync_ms))

    def send_federation_ack(self, token: int) -> None:
        self.send_command(FederationAckCommand(self._instance_name, token))

    def send_command(self, cmd: Command) -> None:
        for conn in self._connections:
            conn.send_command(cmd)
