"""strata-api: the HTTP query service tremor web/worker call (STRATA=http://strata-api:1218)."""
from __future__ import annotations

import logging
import re
import time

import simplejson as json
from flask import Flask, Response, request

from strata.clickhouse import get_pool
from strata.environment import settings, setup_logging, setup_error_reporting
from strata.redis import RedisClientKey, get_redis_client
from strata.subscriptions import RedisSubscriptionDataStore

logger = logging.getLogger("strata.api")

setup_logging()
setup_error_reporting()

application = Flask(__name__, static_url_path="")

_SNQL = re.compile(
    r"MATCH \((?P<entity>\w+)\) SELECT (?P<select>.+?)(?: BY (?P<by>[\w, ]+))? WHERE (?P<where>.+?)"
    r"(?: ORDER BY (?P<order>.+?))?(?: LIMIT (?P<limit>\d+))?$",
    re.S,
)

ENTITY_TABLES = {"events": "errors_local", "outcomes": "outcomes_raw_local"}


def _rate_limit(referrer: str) -> bool:
    client = get_redis_client(RedisClientKey.RATE_LIMITER)
    bucket = f"ratelimit:{referrer}:{int(time.time())}"
    pipe = client.pipeline()
    pipe.incr(bucket)
    pipe.expire(bucket, 2)
    count, _ = pipe.execute()
    return count > settings.RATE_LIMIT_PER_SECOND["global"]


def _cached(key: str):
    raw = get_redis_client(RedisClientKey.CACHE).get(key)
    return json.loads(raw) if raw else None


@application.route("/health")
def health() -> Response:
    try:
        get_pool("errors").execute("SELECT 1")
        ok = True
    except Exception:
        ok = False
    return Response(json.dumps({"status": "ok" if ok else "down"}), 200 if ok else 502, {"Content-Type": "application/json"})


@application.route("/<dataset>/snql", methods=["POST"])
def snql_query(dataset: str) -> Response:
    body = json.loads(request.data)
    referrer = request.headers.get("Referer", "<unknown>")
    if _rate_limit(referrer):
        return Response(json.dumps({"error": "rate limited"}), 429, {"Content-Type": "application/json"})
    m = _SNQL.match(body["query"].strip())
    if not m:
        return Response(json.dumps({"error": "invalid query"}), 400, {"Content-Type": "application/json"})
    cache_key = f"snql:{hash(body['query'])}"
    cached = _cached(cache_key)
    if cached is not None:
        return Response(json.dumps(cached), 200, {"Content-Type": "application/json"})

    sql = f"SELECT {m['select']} FROM {ENTITY_TABLES[m['entity']]} WHERE {m['where']}"
    if m["by"]:
        sql += f" GROUP BY {m['by']}"
    if m["order"]:
        sql += f" ORDER BY {m['order']}"
    sql += f" LIMIT {int(m['limit'] or 1000)}"
    rows, cols = get_pool("errors_ro").execute(sql, with_column_types=True)
    result = {"data": [dict(zip([c[0] for c in cols], r)) for r in rows], "meta": [{"name": c[0], "type": c[1]} for c in cols]}
    get_redis_client(RedisClientKey.CACHE).setex(cache_key, 5, json.dumps(result, default=str))
    return Response(json.dumps(result, default=str), 200, {"Content-Type": "application/json"})


@application.route("/<dataset>/<entity>/subscriptions", methods=["POST"])
def create_subscription(dataset: str, entity: str) -> Response:
    data = json.loads(request.data)
    sub_id = RedisSubscriptionDataStore(entity).create(data)
    return Response(json.dumps({"subscription_id": sub_id}), 202, {"Content-Type": "application/json"})


@application.route("/<dataset>/<entity>/subscriptions/<int:partition>/<key>", methods=["DELETE"])
def delete_subscription(dataset: str, entity: str, partition: int, key: str) -> Response:
    RedisSubscriptionDataStore(entity, partition).delete(key)
    return Response("", 202)
