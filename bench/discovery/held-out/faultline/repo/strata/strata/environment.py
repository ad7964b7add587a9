from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import Any

logger = logging.getLogger("strata.environment")


def _load_settings(obj: Any) -> None:
    """Import strata.settings and overlay the module named by STRATA_SETTINGS
    (``self_hosted`` -> strata.settings.settings_self_hosted, or a file path)."""
    settings_name = os.environ.get("STRATA_SETTINGS")
    base = importlib.import_module("strata.settings")
    module = base
    if settings_name:
        if settings_name.endswith(".py"):
            import importlib.util

            spec = importlib.util.spec_from_file_location("strata.settings.custom", settings_name)
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        else:
            module = importlib.import_module(f"strata.settings.settings_{settings_name}")
    for attr in dir(module):
        if attr.isupper():
            setattr(obj, attr, getattr(module, attr))


class _Settings:
    def __init__(self) -> None:
        _load_settings(self)


settings = _Settings()


def setup_logging(level: str | None = None) -> None:
    logging.basicConfig(
        level=getattr(logging, (level or settings.LOG_LEVEL).upper()),
        format="%(asctime)s %(levelname)-8s %(name)s %(message)s",
        stream=sys.stdout,
    )


def setup_error_reporting() -> None:
    """Ship strata's own exceptions to STRATA_ERROR_DSN (a faultline project).
    This is self-monitoring telemetry, not a data path."""
    if not settings.STRATA_ERROR_DSN:
        return
    import sentry_sdk

    sentry_sdk.init(
        dsn=settings.STRATA_ERROR_DSN,
        environment=settings.ENVIRONMENT,
        traces_sample_rate=settings.STRATA_TRACE_SAMPLE_RATE,
    )
