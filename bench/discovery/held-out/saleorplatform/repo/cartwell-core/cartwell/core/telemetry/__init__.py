import logging
import os

logger = logging.getLogger(__name__)

_initialized = False


def initialize_telemetry() -> None:
    """Configure OpenTelemetry from OTEL_* env vars.

    Spans are exported over OTLP to whatever OTEL_EXPORTER_OTLP_ENDPOINT points at
    (Jaeger in the local stack). This is observability only; nothing here is part of
    the request path.
    """
    global _initialized
    if _initialized or os.environ.get("OTEL_SDK_DISABLED") == "true":
        return
    try:
        from opentelemetry import trace
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import (
            OTLPSpanExporter,
        )
        from opentelemetry.instrumentation.celery import CeleryInstrumentor
        from opentelemetry.instrumentation.django import DjangoInstrumentor
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:  # pragma: no cover
        logger.warning("OpenTelemetry is not installed, tracing disabled")
        return

    provider = TracerProvider(
        resource=Resource.create(
            {"service.name": os.environ.get("OTEL_SERVICE_NAME", "cartwell")}
        )
    )
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317")
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    trace.set_tracer_provider(provider)
    DjangoInstrumentor().instrument()
    CeleryInstrumentor().instrument()
    _initialized = True


def get_otel_request_hooks():
    return {}
