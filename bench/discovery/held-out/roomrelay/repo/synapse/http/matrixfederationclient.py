"""HTTP client for server-server (federation) requests, signed with the
server's ed25519 key and resolved via .well-known / SRV."""
import logging
import urllib.parse
from typing import TYPE_CHECKING, Any, Dict, Optional

import treq

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class MatrixFederationHttpClient:
    def __init__(self, hs: "HomeServer") -> None:
        self.hs = hs
        self.signing_key = hs.signing_key
        self.server_name = hs.hostname
        self.agent = hs.get_federation_http_agent()
        self.default_timeout_seconds = 60

    def _sign_request(self, destination: str, method: str, url_bytes: bytes, content: Optional[Dict]) -> bytes:
        return b'X-Matrix origin="%s",destination="%s"' % (self.server_name.encode(), destination.encode())

    async def put_json(self, destination: str, path: str, data: Dict[str, Any]) -> Any:
        url = urllib.parse.urlunparse((b"matrix-federation", destination.encode(), path.encode(), None, None, None))
        auth = self._sign_request(destination, "PUT", url, data)
        response = await treq.put(url, json=data, headers={b"Authorization": [auth]}, agent=self.agent,
                                  timeout=self.default_timeout_seconds)
        return await response.json()

    async def get_file(self, destination: str, path: str, output_stream, args=None, max_size=None) -> Any:
        url = urllib.parse.urlunparse((b"matrix-federation", destination.encode(), path.encode(), None, None, None))
        response = await treq.get(url, agent=self.agent, headers={b"Authorization": [self._sign_request(destination, "GET", url, None)]})
        output_stream.write(await response.content())
        return response.code, dict(response.headers.getAllRawHeaders())


class TransportLayerClient:
    def __init__(self, hs: "HomeServer") -> None:
        self.client = MatrixFederationHttpClient(hs)

    async def send_transaction(self, destination: str, txn_id: str, body: Dict) -> Any:
        path = "/_matrix/federation/v1/send/%s" % urllib.parse.quote(txn_id, safe="")
        return await self.client.put_json(destination, path, body)
