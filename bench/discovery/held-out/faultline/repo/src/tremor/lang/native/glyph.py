"""Client for glyphd (native symbolication service)."""
from __future__ import annotations

import logging
import time
from typing import Any
from urllib.parse import urljoin

import requests
from django.conf import settings

from tremor import options

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3


def internal_debug_file_source(project_id: int) -> dict[str, Any]:
    """The source glyphd uses to download debug files back from the tremor
    web tier. Uses system.internal-url-prefix (http://web:9000) so glyphd does
    not go through nginx."""
    prefix = options.get("system.internal-url-prefix") or options.get("system.url-prefix")
    return {
        "type": "tremor",
        "id": "tremor:project",
        "url": urljoin(prefix, f"/api/0/projects/{project_id}/files/dsyms/"),
        "token": options.get("glyphd.internal-token") or "changeme",
    }


class GlyphClient:
    def __init__(self, sources: list[dict[str, Any]], base_url: str | None = None, timeout: int = 30) -> None:
        self.base_url = (base_url or settings.TREMOR_GLYPHD_URL).rstrip("/")
        self.sources = sources
        self.timeout = timeout
        self.session = requests.Session()

    def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        url = f"{self.base_url}/{path.lstrip('/')}"
        for attempt in range(MAX_ATTEMPTS):
            resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
            if resp.status_code == 200:
                body = resp.json()
                if body.get("status") == "pending":
                    time.sleep(body.get("retry_after", 1))
                    url = f"{self.base_url}/requests/{body['request_id']}"
                    method, kwargs = "GET", {}
                    continue
                return body
            if resp.status_code == 404 and "/requests/" in url:
                raise RuntimeError("glyphd request expired")
            logger.warning("glyphd.retry", extra={"status": resp.status_code, "attempt": attempt})
        raise RuntimeError("glyphd did not respond in time")

    def symbolicate_stacktraces(self, stacktraces, modules, signal=None) -> dict[str, Any]:
        json_body = {"stacktraces": stacktraces, "modules": modules, "sources": self.sources, "signal": signal}
        return self._request("POST", "/symbolicate", json=json_body, params={"timeout": 20, "scope": "global"})
