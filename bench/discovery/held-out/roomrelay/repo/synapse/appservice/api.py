"""Pushes events to application services (bridges) at their registered `url`."""
import logging
import urllib.parse
from typing import TYPE_CHECKING, List

from synapse.http.client import SimpleHttpClient

if TYPE_CHECKING:
    from synapse.appservice import ApplicationService
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)

APP_SERVICE_PREFIX = "/_matrix/app/v1"


class ApplicationServiceApi(SimpleHttpClient):
    def __init__(self, hs: "HomeServer") -> None:
        super().__init__(hs)
        self.clock = hs.get_clock()

    async def push_bulk(self, service: "ApplicationService", events: List, txn_id: str) -> bool:
        if service.url is None:
            return True
        uri = service.url + ("%s/transactions/%s" % (APP_SERVICE_PREFIX, urllib.parse.quote(str(txn_id))))
        try:
            await self.put_json(uri=uri, json_body={"events": events},
                                headers={"Authorization": [f"Bearer {service.hs_token}"]})
            return True
        except Exception as e:
            logger.warning("push_bulk to %s threw exception(%s) %s", uri, type(e).__name__, e)
        return False
