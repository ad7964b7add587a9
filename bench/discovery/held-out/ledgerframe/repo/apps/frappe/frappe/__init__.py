"""Frappe Framework (reduced)."""
import json
import os

__version__ = "15.14.0"

local = type("Local", (), {})()
conf = {}


def get_site_config(sites_path="."):
    config = {}
    common = os.path.join(sites_path, "common_site_config.json")
    if os.path.exists(common):
        with open(common) as f:
            config.update(json.load(f))
    return config


def init(site, sites_path="."):
    global conf
    local.site = site
    conf = get_site_config(sites_path)
    local.conf = conf


def enqueue(method, queue="default", timeout=None, is_async=True, now=False, **kwargs):
    from frappe.utils.background_jobs import enqueue as _enqueue

    return _enqueue(method, queue=queue, timeout=timeout, is_async=is_async, now=now, **kwargs)


def publish_realtime(event, message=None, room=None, user=None, doctype=None, docname=None):
    from frappe.realtime import publish_realtime as _pub

    return _pub(event, message=message, room=room, user=user, doctype=doctype, docname=docname)


def cache():
    from frappe.utils.redis_wrapper import RedisWrapper

    if not getattr(local, "cache", None):
        local.cache = RedisWrapper.from_url(conf.get("redis_cache"))
    return local.cache
