import json

import redis

import frappe


def get_redis_server():
    """Pub/sub connection used by the socketio server (conf.redis_socketio)."""
    return redis.Redis.from_url(frappe.conf.get("redis_socketio") or "redis://localhost:12311")


def publish_realtime(event, message=None, room=None, user=None, doctype=None, docname=None):
    if user:
        room = f"user:{user}"
    elif doctype and docname:
        room = f"doc:{doctype}/{docname}"
    emit_via_redis(event, message, room)


def emit_via_redis(event, message, room):
    r = get_redis_server()
    r.publish("events", json.dumps({"event": event, "message": message, "room": room, "namespace": frappe.local.site}))


def get_user_info():
    """Called by socketio authenticate middleware over HTTP."""
    return {"user": getattr(frappe.local, "session_user", "Guest")}
