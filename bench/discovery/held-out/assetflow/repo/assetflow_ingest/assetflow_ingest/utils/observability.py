"""Error reporting for the ingest code server and its run workers."""
import os

import sentry_sdk


def init_sentry() -> None:
    dsn = os.getenv("SENTRY_DSN")
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        environment=os.getenv("DAGSTER_DEPLOYMENT", "local"),
        traces_sample_rate=0.0,
        release=os.getenv("ASSETFLOW_RELEASE", "dev"),
    )
