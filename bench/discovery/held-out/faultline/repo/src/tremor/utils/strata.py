"""HTTP client for the strata query service (STRATA setting / env var)."""
from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlparse

import urllib3
from django.conf import settings

from tremor.utils import json, metrics

logger = logging.getLogger(__name__)


class StrataError(Exception):
    pass


def _strata_pool() -> urllib3.HTTPConnectionPool:
    url = urlparse(settings.STRATA)
    return urllib3.connectionpool.connection_from_url(
        f"{url.scheme}://{url.netloc}",
        retries=urllib3.Retry(total=2, backoff_factor=0.2, allowed_methods={"GET", "POST", "DELETE"}),
        timeout=30,
        maxsize=10,
    )


_pool = None


def get_pool() -> urllib3.HTTPConnectionPool:
    global _pool
    if _pool is None:
        _pool = _strata_pool()
    return _pool


def _strata_request(method: str, path: str, body: Any = None, referrer: str = "<unknown>") -> dict:
    headers = {"Referer": referrer, "Content-Type": "application/json"}
    with metrics.timer("strata.request", tags={"referrer": referrer}):
        resp = get_pool().urlopen(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    if resp.status >= 400:
        raise StrataError(f"strata {method} {path} -> {resp.status}: {resp.data[:200]!r}")
    return json.loads(resp.data)


def raw_query(dataset: str, query: dict, referrer: str) -> dict:
    return _strata_request("POST", f"/{dataset}/snql", body=query, referrer=referrer)


def create_subscription(dataset: str, entity: str, subscription: dict) -> str:
    result = _strata_request("POST", f"/{dataset}/{entity}/subscriptions", body=subscription,
                             referrer="subscriptions.create")
    return result["subscription_id"]


def delete_subscription(dataset: str, entity: str, subscription_id: str) -> None:
    _strata_request("DELETE", f"/{dataset}/{entity}/subscriptions/{subscription_id}",
                    referrer="subscriptions.delete")
