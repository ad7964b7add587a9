"""Connection from a self-hosted Pagerloft to Pagerloft Cloud (push relay, SMS/call quota, user sync)."""
import logging
from urllib.parse import urljoin

import requests
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


class CloudConnector:
    TOKEN_CACHE_KEY = "pagerloft_cloud_api_token"

    @classmethod
    def get_api_token(cls) -> str | None:
        return cache.get(cls.TOKEN_CACHE_KEY) or settings.PAGERLOFT_CLOUD_API_TOKEN

    @classmethod
    def api_url(cls, path: str) -> str:
        return urljoin(settings.PAGERLOFT_CLOUD_API_URL + "/", path)

    @classmethod
    def sync_users(cls, users: list[dict]) -> int:
        token = cls.get_api_token()
        if not token:
            logger.info("no Pagerloft Cloud API token, skipping user sync")
            return 0
        response = requests.post(
            cls.api_url("api/v1/users/sync"),
            json={"users": users},
            headers={"Authorization": token},
            timeout=30,
        )
        response.raise_for_status()
        return len(response.json().get("matched_users", []))

    @classmethod
    def send_heartbeat(cls) -> bool:
        token = cls.get_api_token()
        if not token:
            return False
        integration_url = cache.get("pagerloft_cloud_heartbeat_url")
        if not integration_url:
            response = requests.post(
                cls.api_url("api/v1/integrations/"),
                json={"type": "formatted_webhook", "name": "Pagerloft OSS heartbeat"},
                headers={"Authorization": token},
                timeout=10,
            )
            response.raise_for_status()
            integration_url = response.json()["heartbeat"]["link"]
            cache.set("pagerloft_cloud_heartbeat_url", integration_url, None)
        requests.get(integration_url, timeout=5)
        return True
