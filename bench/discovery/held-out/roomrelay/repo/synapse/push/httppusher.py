"""Pusher that POSTs notifications to a push gateway (e.g. Sygnal).

The gateway URL comes from the pusher registered by the client
(data.url, e.g. https://push.example.com/_matrix/push/v1/notify)."""
import logging
import urllib.parse
from typing import TYPE_CHECKING, Any, Dict, List, Optional

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class PusherConfigException(Exception):
    pass


class HttpPusher:
    INITIAL_BACKOFF_SEC = 1
    MAX_BACKOFF_SEC = 60 * 60

    def __init__(self, hs: "HomeServer", pusher_config: Any) -> None:
        self.hs = hs
        self.data = pusher_config.data
        if "url" not in self.data:
            raise PusherConfigException("'url' required in data for HTTP pusher")
        url = self.data["url"]
        if urllib.parse.urlparse(url).path != "/_matrix/push/v1/notify":
            raise PusherConfigException("'url' must have a path of '/_matrix/push/v1/notify'")
        self.url = url
        self.http_client = hs.get_proxied_blocklisted_http_client()
        self.app_id = pusher_config.app_id
        self.pushkey = pusher_config.pushkey

    async def dispatch_push(self, content: Dict[str, Any], tweaks: Optional[Dict] = None) -> List[str]:
        notification = {"notification": {**content, "devices": [{
            "app_id": self.app_id, "pushkey": self.pushkey, "tweaks": tweaks or {}}]}}
        try:
            resp = await self.http_client.post_json_get_json(self.url, notification)
        except Exception as e:
            logger.warning("Failed to push data to %s: %s %s", self.url, type(e), e)
            return False
        rejected = resp.get("rejected", [])
        return rejected
