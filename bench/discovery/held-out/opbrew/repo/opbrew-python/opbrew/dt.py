"""Distributed-tracing pings: randomly forward an API call to a peer opbrew backend."""
import logging
import random

import requests
from django.conf import settings

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"opbrew-python": 8000, "opbrew-go": 8000, "opbrew-dotnet": 80}


def _peer_url(service, path):
    if service.startswith("http"):
        return service.rstrip("/") + path
    port = DEFAULT_PORTS.get(service, 3000)
    return "http://{}:{}{}".format(service, port, path)


def maybe_ping(request):
    if not settings.OPBEANS_SERVICES:
        return None
    if random.random() >= settings.OPBEANS_DT_PROBABILITY:
        return None
    service = random.choice(settings.OPBEANS_SERVICES)
    url = _peer_url(service, request.get_full_path())
    logger.info("dt ping to %s", url)
    try:
        resp = requests.get(url, timeout=15)
        return resp.content, resp.status_code, resp.headers.get("Content-Type")
    except requests.RequestException:
        logger.exception("dt ping failed")
        return None
