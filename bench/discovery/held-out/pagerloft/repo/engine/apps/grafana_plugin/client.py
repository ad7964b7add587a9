import json
import logging
import typing
from urllib.parse import urljoin

import requests
from django.conf import settings

logger = logging.getLogger(__name__)


class APIClient:
    def __init__(self, api_url: str, api_token: str) -> None:
        self.api_url = api_url
        self.api_token = api_token

    def api_get(self, endpoint: str, **kwargs) -> typing.Tuple[typing.Optional[typing.Any], dict]:
        return self.call_api(endpoint, requests.get, **kwargs)

    def api_post(self, endpoint: str, body: typing.Optional[dict] = None, **kwargs):
        return self.call_api(endpoint, requests.post, json=body, **kwargs)

    def call_api(self, endpoint: str, http_method, **kwargs):
        url = urljoin(self.api_url, endpoint)
        status = {"url": url, "connected": False, "status_code": None, "message": ""}
        try:
            response = http_method(url, headers=self.request_headers, timeout=10, **kwargs)
            status["status_code"] = response.status_code
            response.raise_for_status()
            status["connected"] = True
            return response.json() if response.content else {}, status
        except requests.exceptions.RequestException as e:
            logger.warning("Grafana API call %s failed: %s", url, e)
            status["message"] = str(e)
            return None, status
        except json.JSONDecodeError:
            status["message"] = "Invalid JSON"
            return None, status

    @property
    def request_headers(self) -> dict:
        return {"User-Agent": "pagerloft-engine", "Authorization": f"Bearer {self.api_token}"}


class GrafanaAPIClient(APIClient):
    USER_PERMISSION_ENDPOINT = "api/access-control/users/permissions/search?actionPrefix=pagerloft-app"

    def __init__(self, api_url: typing.Optional[str] = None, api_token: str = "") -> None:
        super().__init__(api_url or settings.GRAFANA_API_URL, api_token)

    def check_token(self):
        return self.api_head("api/org")

    def api_head(self, endpoint: str):
        return self.call_api(endpoint, requests.head)

    def get_users(self, page: int = 1, perpage: int = 1000):
        return self.api_get(f"api/org/users/lookup?page={page}&perpage={perpage}")

    def get_teams(self):
        return self.api_get("api/teams/search?perpage=1000000")

    def get_team_members(self, team_id: int):
        return self.api_get(f"api/teams/{team_id}/members")

    def get_users_permissions(self):
        return self.api_get(self.USER_PERMISSION_ENDPOINT)

    def is_rbac_enabled_for_organization(self) -> bool:
        _, status = self.api_head("api/access-control/roles")
        return status["connected"]

    def get_grafana_plugin_settings(self, plugin_id: str = "pagerloft-app"):
        return self.api_get(f"api/plugins/{plugin_id}/settings")

    def create_contact_point(self, name: str, url: str):
        """Create a Grafana Alerting contact point that POSTs to a Pagerloft integration URL."""
        return self.api_post(
            "api/v1/provisioning/contact-points",
            {"name": name, "type": "webhook", "settings": {"url": url, "httpMethod": "POST"}},
        )
