# Alternative events backend using PostgreSQL LISTEN/NOTIFY.
# Kept for single-node installs; the docker deployment configures the rabbitmq backend.
import json

from django.db import connection

from . import base


class EventsPushBackend(base.BaseEventsPushBackend):
    def __init__(self, url=None):
        # url is ignored: the default Django connection is used
        self.url = url

    def emit_event(self, message: str, *, routing_key: str, channel: str = "events"):
        payload = json.dumps({"routing_key": routing_key, "data": message})
        sql = "NOTIFY {channel}, %s".format(channel=channel)
        cursor = connection.cursor()
        cursor.execute(sql, [payload])
        cursor.close()
