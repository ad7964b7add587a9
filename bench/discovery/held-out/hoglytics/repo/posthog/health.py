"""Liveness/readiness endpoints used by k8s probes and the compose healthcheck."""
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods

from posthog.clickhouse.client.connection import default_client
from posthog.redis import get_client


def _pg_ok() -> bool:
    try:
        with connection.cursor() as c:
            c.execute("SELECT 1")
        return True
    except Exception:
        return False


def _ch_ok() -> bool:
    try:
        default_client().execute("SELECT 1")
        return True
    except Exception:
        return False


def _redis_ok() -> bool:
    try:
        return bool(get_client().ping())
    except Exception:
        return False


@require_http_methods(["GET"])
def livez(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"http": True})


@require_http_methods(["GET"])
def readyz(request: HttpRequest) -> JsonResponse:
    checks = {"postgres": _pg_ok(), "clickhouse": _ch_ok(), "redis": _redis_ok()}
    return JsonResponse(checks, status=200 if all(checks.values()) else 503)
