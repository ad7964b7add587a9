from __future__ import annotations

import logging
import os
from typing import Any

import yaml

logger = logging.getLogger("tremor.runner.initializer")

# options -> Django settings bridges. config.yml values win over tremor.conf.py.
options_mapper = {
    "cache.backend": "TREMOR_CACHE",
    "cache.options": "TREMOR_CACHE_OPTIONS",
    "system.databases": "DATABASES",
    "system.debug": "DEBUG",
    "system.secret-key": "SECRET_KEY",
    "mail.backend": "EMAIL_BACKEND",
    "mail.host": "EMAIL_HOST",
    "mail.port": "EMAIL_PORT",
    "mail.username": "EMAIL_HOST_USER",
    "mail.password": "EMAIL_HOST_PASSWORD",
    "mail.use-tls": "EMAIL_USE_TLS",
    "mail.use-ssl": "EMAIL_USE_SSL",
    "mail.from": "SERVER_EMAIL",
    "mail.subject-prefix": "EMAIL_SUBJECT_PREFIX",
}


def bootstrap_options(settings: Any, config: str | None = None) -> None:
    """
    Quickly bootstrap options that come in from a config file
    and convert options into Django settings that are
    required to even initialize the rest of the app.
    """
    from tremor.options import options_store

    if config is not None:
        try:
            with open(config, "rb") as fp:
                options = yaml.safe_load(fp) or {}
        except OSError:
            options = {}
        else:
            if not isinstance(options, dict):
                raise ValueError(f"Malformed config file: {config}")
    else:
        options = {}

    # First move options from settings into options
    for k, v in options_mapper.items():
        if getattr(settings, v, None) and k not in options:
            options[k] = getattr(settings, v)

    for k, v in options.items():
        settings.TREMOR_OPTIONS[k] = v

    for k, v in settings.TREMOR_OPTIONS.items():
        options_store.set_default(k, v)
        if k in options_mapper:
            setattr(settings, options_mapper[k], v)


def configure_self_monitoring(settings: Any) -> None:
    """Errors in tremor itself go to TREMOR_SELF_DSN via the SDK. Telemetry only."""
    dsn = settings.TREMOR_SELF_DSN
    if not dsn:
        return
    import sentry_sdk

    sentry_sdk.init(dsn=dsn, traces_sample_rate=0.0, release=os.environ.get("TREMOR_RELEASE"))


def initialize_app(config: dict[str, Any], skip_service_validation: bool = False) -> None:
    settings = config["settings"]
    bootstrap_options(settings, config["options"])
    configure_self_monitoring(settings)

    from tremor.utils.redis import clusters

    if not skip_service_validation:
        # touch the default cluster so bad config fails fast
        clusters.get("default")

    from tremor.celery import app as celery_app

    celery_app.config_from_object(settings, namespace=None)
    logger.debug("tremor initialized with config %s", config["config_path"])
