"""Django-side API for talking to the Tornado event server.

Events generated inside a Django request (or a queue worker) reach Tornado
either over RabbitMQ (the notify_tornado_<port> queue, the normal path) or,
when RabbitMQ is not in use, by an HTTP POST to /api/internal/notify_tornado.
"""
from collections import defaultdict
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

import orjson
import requests
from django.conf import settings
from django.db import transaction
from requests.adapters import HTTPAdapter
from urllib3.util import Retry

from parley.lib.queue import queue_json_publish
from parley.tornado.sharding import get_tornado_port, get_tornado_uri, notify_tornado_queue_name


class TornadoAdapter(HTTPAdapter):
    def __init__(self) -> None:
        # All of the POST requests we make to Tornado are safe to
        # retry; allow retries of them, which is not the default.
        retry_methods = Retry.DEFAULT_ALLOWED_METHODS | {"POST"}
        retry = Retry(total=3, backoff_factor=1, allowed_methods=retry_methods)
        super().__init__(max_retries=retry)


@lru_cache(None)
def requests_client() -> requests.Session:
    c = requests.Session()
    adapter = TornadoAdapter()
    for scheme in ("https://", "http://"):
        c.mount(scheme, adapter)
    return c


def request_event_queue(
    user_profile: Any,
    user_client: Any,
    apply_markdown: bool,
    client_gravatar: bool,
    slim_presence: bool,
    queue_lifespan_secs: int,
    event_types: Optional[Sequence[str]] = None,
    all_public_streams: bool = False,
    narrow: Iterable[Sequence[str]] = [],
) -> Optional[str]:
    if not settings.USING_TORNADO:
        return None
    tornado_uri = get_tornado_uri(user_profile.realm)
    req = {
        "dont_block": "true",
        "apply_markdown": orjson.dumps(apply_markdown),
        "client_gravatar": orjson.dumps(client_gravatar),
        "slim_presence": orjson.dumps(slim_presence),
        "all_public_streams": orjson.dumps(all_public_streams),
        "client": "internal",
        "user_profile_id": user_profile.id,
        "user_client": user_client.name,
        "narrow": orjson.dumps(narrow),
        "secret": settings.SHARED_SECRET,
        "lifespan_secs": queue_lifespan_secs,
    }
    if event_types is not None:
        req["event_types"] = orjson.dumps(event_types)
    resp = requests_client().post(tornado_uri + "/api/v1/events/internal", data=req)
    resp.raise_for_status()
    return resp.json()["queue_id"]


def get_user_events(user_profile: Any, queue_id: str, last_event_id: int) -> List[Dict[str, Any]]:
    if not settings.USING_TORNADO:
        return []
    tornado_uri = get_tornado_uri(user_profile.realm)
    post_data: Dict[str, Any] = {
        "queue_id": queue_id,
        "last_event_id": last_event_id,
        "dont_block": "true",
        "user_profile_id": user_profile.id,
        "secret": settings.SHARED_SECRET,
        "client": "internal",
    }
    resp = requests_client().post(tornado_uri + "/api/v1/events/internal", data=post_data)
    resp.raise_for_status()
    return resp.json()["events"]


def send_notification_http(port: int, data: Mapping[str, Any]) -> None:
    if not settings.USING_TORNADO or settings.RUNNING_INSIDE_TORNADO:
        from parley.tornado.event_queue import process_notification

        process_notification(data)
    else:
        tornado_uri = get_tornado_uri_for_port(port)
        requests_client().post(
            tornado_uri + "/api/internal/notify_tornado",
            data=dict(data=orjson.dumps(data), secret=settings.SHARED_SECRET),
        )


def get_tornado_uri_for_port(port: int) -> str:
    return f"http://127.0.0.1:{port}"


def send_event_rollback_unsafe(realm: Any, event: Mapping[str, Any], users: Union[Iterable[int], Iterable[Mapping[str, Any]]]) -> None:
    port = get_tornado_port(realm)
    queue_json_publish(
        notify_tornado_queue_name(port),
        dict(event=event, users=list(users)),
        lambda *args, **kwargs: send_notification_http(port, *args, **kwargs),
    )


def send_event_on_commit(realm: Any, event: Mapping[str, Any], users: Iterable[Any]) -> None:
    users = list(users)
    transaction.on_commit(lambda: send_event_rollback_unsafe(realm, event, users))
