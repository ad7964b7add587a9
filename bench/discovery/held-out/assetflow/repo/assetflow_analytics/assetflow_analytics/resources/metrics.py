"""Custom pipeline metrics shipped to the Datadog agent via DogStatsD."""
import os

from dagster_datadog import DatadogResource


def datadog_metrics() -> DatadogResource:
    return DatadogResource(
        api_key=os.getenv("DD_API_KEY", "unused-with-local-agent"),
        app_key=os.getenv("DD_APP_KEY", "unused-with-local-agent"),
    )
