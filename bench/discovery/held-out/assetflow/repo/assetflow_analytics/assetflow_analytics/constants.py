import os

DEPLOYMENT = os.getenv("DAGSTER_DEPLOYMENT", "local")
# Must match the ingest location's prefix so upstream raw assets can be loaded from S3.
INGEST_S3_PREFIX = f"dagster/{DEPLOYMENT}/ingest"
SNOWFLAKE_SCHEMA = "MARTS" if DEPLOYMENT == "prod" else f"MARTS_{DEPLOYMENT.upper()}"
SLACK_ALERT_CHANNEL = os.getenv("SLACK_ALERT_CHANNEL", "#data-alerts-dev")
WEBSERVER_BASE_URL = os.getenv("ASSETFLOW_WEBSERVER_URL", "https://assetflow.internal.example.com")
