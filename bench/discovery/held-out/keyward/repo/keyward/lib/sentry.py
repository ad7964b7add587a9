"""keyward sentry integration"""

from typing import Any

from celery.exceptions import CeleryError
from django.db import DatabaseError, InternalError, OperationalError, ProgrammingError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from sentry_sdk import init as sentry_sdk_init
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.redis import RedisIntegration
from structlog.stdlib import get_logger

from keyward import get_full_version
from keyward.lib.config import CONFIG

LOGGER = get_logger()


def sentry_init(**sentry_init_kwargs):
    """Configure sentry SDK"""
    sentry_env = CONFIG.get("error_reporting.environment", "customer")
    kwargs = {
        "environment": sentry_env,
        "send_default_pii": CONFIG.get_bool("error_reporting.send_pii", False),
        "_experiments": {"profiles_sample_rate": float(CONFIG.get("error_reporting.sample_rate", 0.1))},
    }
    kwargs.update(**sentry_init_kwargs)
    sentry_sdk_init(
        dsn=CONFIG.get("error_reporting.sentry_dsn"),
        integrations=[DjangoIntegration(transaction_style="function_name"), CeleryIntegration(), RedisIntegration()],
        before_send=before_send,
        traces_sample_rate=float(CONFIG.get("error_reporting.sample_rate", 0.1)),
        release=f"keyward@{get_full_version()}",
        **kwargs,
    )
    LOGGER.info("Error reporting is enabled", env=kwargs["environment"])


def before_send(event: dict, hint: dict) -> dict | None:
    """Check if error is database error, and ignore if so"""
    ignored_classes = (
        OperationalError, InternalError, ProgrammingError, DatabaseError,
        RedisConnectionError, RedisError, CeleryError, ConnectionResetError,
    )
    if "exc_info" in hint:
        _, exc_value, _ = hint["exc_info"]
        if isinstance(exc_value, ignored_classes):
            return None
    return event
