"""Internal metrics (statsd/datadog). Telemetry only: the backend is chosen by
TREMOR_METRICS_BACKEND and defaults to a no-op."""
from __future__ import annotations

import contextlib
import time
from importlib import import_module

from django.conf import settings


class _Dummy:
    def incr(self, key, amount=1, tags=None):
        pass

    def timing(self, key, value, tags=None):
        pass


def _load_backend():
    path = settings.TREMOR_METRICS_BACKEND
    if path.endswith("DummyMetricsBackend"):
        return _Dummy()
    from datadog.dogstatsd import DogStatsd

    opts = settings.TREMOR_METRICS_OPTIONS
    return DogStatsd(host=opts.get("host", "localhost"), port=int(opts.get("port", 8125)),
                     namespace=settings.TREMOR_METRICS_PREFIX.rstrip("."))


_backend = None


def backend():
    global _backend
    if _backend is None:
        _backend = _load_backend()
    return _backend


def incr(key: str, amount: int = 1, tags=None) -> None:
    backend().incr(key, amount, tags=tags)


@contextlib.contextmanager
def timer(key: str, tags=None):
    start = time.monotonic()
    try:
        yield
    finally:
        backend().timing(key, time.monotonic() - start, tags=tags)
