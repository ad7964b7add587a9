import os

DEPLOYMENT = os.getenv("DAGSTER_DEPLOYMENT", "local")
S3_BUCKET = os.getenv("ASSETFLOW_S3_BUCKET", "assetflow-data-lake")
S3_PREFIX = f"dagster/{DEPLOYMENT}/ingest"

RAW_GROUP = "raw"
SOURCE_TAG = "assetflow/source"
