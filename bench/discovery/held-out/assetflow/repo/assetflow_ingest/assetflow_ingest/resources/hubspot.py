from typing import Any, Iterator

import requests
from dagster import ConfigurableResource, get_dagster_logger
from pydantic import PrivateAttr
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

HUBSPOT_BASE_URL = "https://api.hubapi.com"


class HubSpotRateLimited(Exception):
    pass


class HubSpotResource(ConfigurableResource):
    """Thin client for the HubSpot CRM v3 REST API using a private-app access token."""

    access_token: str
    base_url: str = HUBSPOT_BASE_URL
    page_size: int = 100

    _session: requests.Session = PrivateAttr()

    def setup_for_execution(self, context) -> None:
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {self.access_token}",
                "Content-Type": "application/json",
            }
        )

    @retry(
        retry=retry_if_exception_type(HubSpotRateLimited),
        wait=wait_exponential(multiplier=1, max=30),
        stop=stop_after_attempt(6),
    )
    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=60)
        if resp.status_code == 429:
            raise HubSpotRateLimited(resp.text)
        resp.raise_for_status()
        return resp.json()

    def list_objects(self, object_type: str, properties: list[str]) -> Iterator[dict[str, Any]]:
        after = None
        log = get_dagster_logger()
        while True:
            params: dict[str, Any] = {"limit": self.page_size, "properties": ",".join(properties)}
            if after:
                params["after"] = after
            payload = self._get(f"/crm/v3/objects/{object_type}", params)
            yield from payload.get("results", [])
            after = payload.get("paging", {}).get("next", {}).get("after")
            if not after:
                log.info(f"hubspot: finished paging {object_type}")
                return

    def search_modified_since(self, object_type: str, since_ms: int, properties: list[str]) -> list[dict]:
        body = {
            "filterGroups": [
                {"filters": [{"propertyName": "hs_lastmodifieddate", "operator": "GTE", "value": since_ms}]}
            ],
            "properties": properties,
            "limit": self.page_size,
        }
        resp = self._session.post(
            f"{self.base_url}/crm/v3/objects/{object_type}/search", json=body, timeout=60
        )
        resp.raise_for_status()
        return resp.json().get("results", [])
