import json

import requests
import structlog
from django.conf import settings

logger = structlog.get_logger(__name__)

_session = requests.Session()


def _url(path: str) -> str:
    return settings.PLUGIN_SERVER_API_URL.rstrip("/") + path


def create_hog_invocation_test(team_id: int, plugin_config_id: int, payload: dict) -> requests.Response:
    logger.info("plugin_server_api.invocation_test", team_id=team_id)
    return _session.post(
        _url(f"/api/projects/{team_id}/plugin_configs/{plugin_config_id}/invocations"),
        data=json.dumps(payload),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )


def validate_plugin_source(source: str) -> requests.Response:
    return _session.post(_url("/api/plugins/validate"), json={"source": source}, timeout=5)
