import collections

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from . import backends

__all__ = ["emit_event", "emit_event_for_model"]

_Event = collections.namedtuple("Event", ["routing_key", "data"])


def emit_event(data: dict, routing_key: str, *, sessionid: str = None, channel: str = "events",
               on_commit: bool = True):
    if not sessionid:
        sessionid = "unknown"

    data = {"session_id": sessionid, "data": data}
    backend = backends.get_events_backend()

    def backend_emit_event():
        backend.emit_event(message=data, routing_key=routing_key, channel=channel)

    if on_commit and connection.in_atomic_block:
        connection.on_commit(backend_emit_event)
    else:
        backend_emit_event()


def emit_event_for_model(obj, *, type: str = "change", channel: str = "events",
                         content_type: str = None, sessionid: str = None):
    assert type in {"create", "change", "delete"}
    assert hasattr(obj, "project_id")

    if not content_type:
        ct = ContentType.objects.get_for_model(obj)
        content_type = f"{ct.app_label}.{ct.model}"

    pk = getattr(obj, "pk", None)
    app_name, model_name = content_type.split(".", 1)
    routing_key = f"changes.project.{obj.project_id}.{app_name}"

    data = {"type": type, "matches": content_type, "pk": pk}
    return emit_event(routing_key=routing_key, channel=channel, sessionid=sessionid, data=data)


def emit_event_for_user_notification(user_id, *, session_id: str = None, event_type: str = None, data: dict = None):
    routing_key = f"web_notifications.{user_id}"
    return emit_event(data or {"type": event_type}, routing_key, sessionid=session_id, on_commit=False)
