import json
import os
from typing import Any

from django.conf import settings

from phproject.config import DEVELOPMENT

# Written by puppet when sharding Tornado across several ports.
sharding_json_path = "/etc/parleyhub/sharding.json"
if os.path.exists(sharding_json_path):
    with open(sharding_json_path) as f:
        shard_map = json.load(f)
else:
    shard_map = {}


def get_tornado_port(realm: Any) -> int:
    if settings.TORNADO_SERVER is None:
        return 9800 if not DEVELOPMENT else 9993
    return shard_map.get(realm.host, settings.TORNADO_PORTS[0])


def get_tornado_uri(realm: Any) -> str:
    if settings.TORNADO_SERVER is not None:
        return settings.TORNADO_SERVER
    return f"http://127.0.0.1:{get_tornado_port(realm)}"


def notify_tornado_queue_name(port: int) -> str:
    if settings.TORNADO_PORTS == [port]:
        return "notify_tornado"
    return f"notify_tornado_port_{port}"
