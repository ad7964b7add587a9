import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class PusherPool:
    """Runs on the instance(s) in `pusher_instances` (defaults to main)."""

    def __init__(self, hs: "HomeServer") -> None:
        self.hs = hs
        self.store = hs.get_datastores().main
        self._should_start_pushers = hs.config.worker.start_pushers
        self.pushers = {}

    async def start(self) -> None:
        if not self._should_start_pushers:
            logger.info("Not starting pushers because they are disabled in the config")
            return
        for p in await self.store.get_all_pushers():
            self.pushers.setdefault(p.user_name, {})[p.app_id + p.pushkey] = p
