"""currency-convert: convert an amount between currencies using
openexchangerates.org, caching the rate table in Redis."""
import json
import os

import redis
import requests

OXR_BASE_URL = os.getenv("OXR_BASE_URL", "https://openexchangerates.org/api")
CACHE_TTL = int(os.getenv("cache_ttl_seconds", "900"))
SECRET_DIR = "/var/funcforge/secrets"

_cache = None


def _secret(name):
    with open(os.path.join(SECRET_DIR, name, name)) as fh:
        return fh.read().strip()


def _redis():
    global _cache
    if _cache is None:
        _cache = redis.Redis(
            host=os.getenv("redis_host", "fx-cache"),
            port=int(os.getenv("redis_port", "6379")),
            db=0,
            socket_timeout=2,
            decode_responses=True,
        )
    return _cache


def _rates():
    cached = _redis().get("fx:latest")
    if cached:
        return json.loads(cached)
    resp = requests.get(
        f"{OXR_BASE_URL}/latest.json",
        params={"app_id": _secret("oxr-app-id"), "base": "USD"},
        timeout=5,
    )
    resp.raise_for_status()
    rates = resp.json()["rates"]
    _redis().setex("fx:latest", CACHE_TTL, json.dumps(rates))
    return rates


def handle(event, context):
    try:
        body = json.loads(event.body or b"{}")
        amount = float(body["amount"])
        src = body.get("from", "USD").upper()
        dst = body.get("to", "EUR").upper()
    except (ValueError, KeyError) as exc:
        return {"statusCode": 400, "body": {"error": f"bad request: {exc}"}}

    rates = _rates()
    if src not in rates or dst not in rates:
        return {"statusCode": 422, "body": {"error": "unknown currency"}}

    converted = amount / rates[src] * rates[dst]
    return {
        "statusCode": 200,
        "body": {"amount": round(converted, 2), "currency": dst, "rate": rates[dst] / rates[src]},
        "headers": {"Content-Type": "application/json"},
    }
