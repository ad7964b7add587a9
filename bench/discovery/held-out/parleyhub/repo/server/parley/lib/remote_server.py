import logging
import urllib.parse
from typing import Any, Dict, Mapping, Optional, Union

import orjson
import requests
from django.conf import settings
from django.utils.translation import gettext as _

from parley.lib.exceptions import JsonableError
from parley.lib.outgoing_http import OutgoingSession
from phproject.config import get_secret

logger = logging.getLogger(__name__)


class PushBouncerSession(OutgoingSession):
    def __init__(self, timeout: int = 15) -> None:
        super().__init__(role="push_bouncer", timeout=timeout)


class PushNotificationBouncerRetryLaterError(JsonableError):
    http_status_code = 502


def send_to_push_bouncer(
    method: str,
    endpoint: str,
    post_data: Union[bytes, Mapping[str, Any]],
    extra_headers: Mapping[str, str] = {},
) -> Dict[str, object]:
    """Calls the push bouncer's /api/v1/remotes/<endpoint>, authenticating
    with this server's parleyhub_org_id / parleyhub_org_key."""
    assert settings.PUSH_NOTIFICATION_BOUNCER_URL is not None
    assert settings.PARLEYHUB_ORG_ID is not None
    url = urllib.parse.urljoin(settings.PUSH_NOTIFICATION_BOUNCER_URL, "/api/v1/remotes/" + endpoint)
    api_auth = requests.auth.HTTPBasicAuth(settings.PARLEYHUB_ORG_ID, get_secret("parleyhub_org_key") or "")
    headers = {"User-agent": f"ParleyhubServer/{settings.PARLEYHUB_VERSION}"}
    headers.update(extra_headers)
    try:
        res = PushBouncerSession().request(method, url, data=post_data, auth=api_auth, verify=True, headers=headers)
    except (requests.exceptions.Timeout, requests.exceptions.ConnectionError) as e:
        raise PushNotificationBouncerRetryLaterError(f"{type(e).__name__} while trying to connect to push notification bouncer")
    if res.status_code >= 500:
        raise PushNotificationBouncerRetryLaterError(_("Received 500 from push notification bouncer"))
    res.raise_for_status()
    return orjson.loads(res.content)


def send_json_to_push_bouncer(method: str, endpoint: str, post_data: Mapping[str, object]) -> Dict[str, object]:
    return send_to_push_bouncer(method, endpoint, orjson.dumps(post_data), extra_headers={"Content-type": "application/json"})


def register_remote_server() -> None:
    send_to_push_bouncer(
        "POST",
        "server/register",
        {"hostname": settings.EXTERNAL_HOST, "contact_email": settings.PARLEYHUB_ADMINISTRATOR},
    )


def send_server_data_to_push_bouncer(consider_usage_statistics: bool = True) -> None:
    from parley.models import RealmAuditLog

    send_json_to_push_bouncer("POST", "server/analytics", {"realm_audit_logs": RealmAuditLog.objects.recent_for_bouncer()})
