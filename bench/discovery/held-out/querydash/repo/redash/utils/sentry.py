import sentry_sdk
from sentry_sdk.integrations.flask import FlaskIntegration
from sentry_sdk.integrations.redis import RedisIntegration
from sentry_sdk.integrations.rq import RqIntegration
from sentry_sdk.integrations.sqlalchemy import SqlalchemyIntegration

from redash import __version__, settings


def init():
    # REDASH_SENTRY_DSN is empty in the shipped env -> Sentry reporting stays off.
    if settings.SENTRY_DSN:
        sentry_sdk.init(
            dsn=settings.SENTRY_DSN,
            environment=settings.SENTRY_ENVIRONMENT,
            release=__version__,
            send_default_pii=True,
            integrations=[FlaskIntegration(), SqlalchemyIntegration(), RedisIntegration(), RqIntegration()],
        )
