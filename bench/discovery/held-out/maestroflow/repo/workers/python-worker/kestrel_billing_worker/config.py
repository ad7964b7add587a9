import os

# Maestroflow task API (the python SDK talks HTTP to /api)
MAESTROFLOW_SERVER_URL = os.getenv("MAESTROFLOW_SERVER_URL", "http://localhost:8080/api")
MAESTROFLOW_AUTH_KEY = os.getenv("MAESTROFLOW_AUTH_KEY")
MAESTROFLOW_AUTH_SECRET = os.getenv("MAESTROFLOW_AUTH_SECRET")

WORKER_DOMAIN = os.getenv("WORKER_DOMAIN", "kestrel")
POLL_INTERVAL_MS = int(os.getenv("POLL_INTERVAL_MS", "250"))

INVOICE_BUCKET = os.getenv("INVOICE_BUCKET", "kestrel-invoices")
AWS_REGION = os.getenv("AWS_REGION", "eu-west-1")

# SwiftFreight is called by the server's HTTP task, not by this worker.
# SWIFTFREIGHT_SANDBOX_URL = "https://sandbox.api.swiftfreight.net/v2"

OTEL_EXPORTER_OTLP_ENDPOINT = os.getenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317")
