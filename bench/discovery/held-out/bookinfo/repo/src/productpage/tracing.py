"""Header propagation for distributed tracing.

The sidecar proxies report spans themselves; the application only has to
forward the incoming trace context to the calls it makes downstream.
Nothing in here talks to a tracing backend.
"""
from flask import request

TRACE_HEADERS = [
    "x-request-id",
    "traceparent",
    "tracestate",
    "x-b3-traceid",
    "x-b3-spanid",
    "x-b3-parentspanid",
    "x-b3-sampled",
    "x-b3-flags",
    "b3",
    "x-ot-span-context",
    "x-cloud-trace-context",
    "grpc-trace-bin",
    "sw8",
]

PASSTHROUGH = ["x-datadog-trace-id", "user-agent", "cookie", "end-user"]


def forward_headers(incoming=None):
    incoming = incoming if incoming is not None else request.headers
    headers = {}
    for name in TRACE_HEADERS + PASSTHROUGH:
        value = incoming.get(name)
        if value is not None:
            headers[name] = value
    return headers
