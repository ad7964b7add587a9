"""Generic outbound HTTP client (used for push gateways, appservices, replication)."""
import json
import logging
from typing import Any, Dict, Optional

import treq
from twisted.web.client import Agent, HTTPConnectionPool

logger = logging.getLogger(__name__)


class SimpleHttpClient:
    def __init__(self, hs, treq_args: Optional[Dict] = None, ip_blocklist=None, use_proxy: bool = False) -> None:
        self.hs = hs
        self.reactor = hs.get_reactor()
        pool = HTTPConnectionPool(self.reactor)
        pool.maxPersistentPerHost = 5
        self.agent = Agent(self.reactor, pool=pool)
        self._ip_blocklist = ip_blocklist
        self._use_proxy = use_proxy

    async def post_json_get_json(self, uri: str, post_json: Any, headers: Optional[Dict] = None) -> Any:
        body = json.dumps(post_json).encode("utf8")
        hdrs = {b"Content-Type": [b"application/json"], b"User-Agent": [b"Synapse/1.98.0"]}
        hdrs.update(headers or {})
        response = await treq.post(uri, data=body, headers=hdrs, agent=self.agent)
        return json.loads(await response.content())

    async def put_json(self, uri: str, json_body: Any, args: Optional[Dict] = None, headers: Optional[Dict] = None) -> Any:
        response = await treq.put(uri, data=json.dumps(json_body).encode("utf8"), params=args,
                                  headers={b"Content-Type": [b"application/json"], **(headers or {})}, agent=self.agent)
        return json.loads(await response.content())
