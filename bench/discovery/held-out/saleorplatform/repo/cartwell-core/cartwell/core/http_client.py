"""Outgoing HTTP helpers.

All calls to third-party services (tax providers, exchange rates, apps) must go
through `HTTPClient` so that timeouts, SSRF protection and telemetry are applied
consistently.
"""

from typing import Any

from django.conf import settings
from requests import Response
from requests_hardened import Config, Manager

from .telemetry import get_otel_request_hooks

_manager = Manager(
    Config(
        default_timeout=(settings.REQUESTS_CONN_EST_TIMEOUT, 20),
        ip_filter_enable=settings.DEBUG is False,
        ip_filter_allow_loopback_ips=settings.DEBUG,
        never_redirect=False,
    )
)


class HTTPClient:
    @staticmethod
    def send_request(
        method: str,
        url: str,
        *,
        allow_redirects: bool = True,
        **kwargs: Any,
    ) -> Response:
        kwargs.setdefault("hooks", get_otel_request_hooks())
        return _manager.send_request(
            method, url, allow_redirects=allow_redirects, **kwargs
        )
