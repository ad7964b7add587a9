import logging
import os

from maestroflow.client.automator.task_handler import TaskHandler
from maestroflow.client.configuration.configuration import Configuration
from maestroflow.client.configuration.settings.authentication_settings import AuthenticationSettings

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from . import config
from .workers import render_invoice  # noqa: F401  (registers @worker_task)


def setup_tracing() -> None:
    """Export spans to the OpenTelemetry collector (monitoring namespace)."""
    if os.getenv("OTEL_SDK_DISABLED", "true").lower() == "true":
        return
    provider = TracerProvider(resource=Resource.create({"service.name": "billing-python-worker"}))
    provider.add_span_processor(
        BatchSpanProcessor(OTLPSpanExporter(endpoint=config.OTEL_EXPORTER_OTLP_ENDPOINT, insecure=True))
    )
    trace.set_tracer_provider(provider)


def build_configuration() -> Configuration:
    auth = None
    if config.MAESTROFLOW_AUTH_KEY:
        auth = AuthenticationSettings(key_id=config.MAESTROFLOW_AUTH_KEY, key_secret=config.MAESTROFLOW_AUTH_SECRET)
    return Configuration(server_api_url=config.MAESTROFLOW_SERVER_URL, debug=False, authentication_settings=auth)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    setup_tracing()
    task_handler = TaskHandler(workers=[], configuration=build_configuration(), scan_for_annotated_workers=True)
    task_handler.start_processes()
    task_handler.join_processes()


if __name__ == "__main__":
    main()
