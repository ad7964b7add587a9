from typing import Optional

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.redis import RedisIntegration


def setup_sentry(dsn: Optional[str], environment: str) -> None:
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration(), RedisIntegration()],
        send_default_pii=False,
        traces_sample_rate=0.0,
    )
