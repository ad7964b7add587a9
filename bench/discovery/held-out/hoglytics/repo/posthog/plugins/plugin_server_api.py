import json

import requests
import structlog
from django.conf import settings

from posthog.redis import get_client

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


# --- pub/sub: every plugin-server instance subscribes to these channels on Redis ---


def publish_message(channel: str, payload: dict | str) -> None:
    message = json.dumps(payload) if not isinstance(payload, str) else payload
    get_client().publish(channel, message)


def reload_plugins_on_workers() -> None:
    publish_message(settings.PLUGINS_RELOAD_PUBSUB_CHANNEL, "reload!")


def reload_action_on_workers(team_id: int, action_id: int) -> None:
    publish_message("reload-action", {"teamId": team_id, "actionId": action_id})
