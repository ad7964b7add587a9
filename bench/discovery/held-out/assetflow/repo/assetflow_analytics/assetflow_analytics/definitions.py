import os

from dagster import Definitions, EnvVar, FilesystemIOManager, load_assets_from_modules
from dagster_aws.s3 import S3PickleIOManager, S3Resource

from .assets import customers, pipeline, revenue
from .assets.upstream import raw_assets
from .checks import dim_customers_unique_customer_no, invoiced_revenue_non_negative
from .constants import DEPLOYMENT, INGEST_S3_PREFIX
from .jobs import marts_job, order_revenue_job
from .resources.duckdb_local import duckdb_io_manager
from .resources.metrics import datadog_metrics
from .resources.warehouse import snowflake_io_manager, snowflake_resource
from .schedules import marts_schedule, order_revenue_schedule
from .sensors.pagerduty_alerts import ENABLED as PAGERDUTY_ENABLED
from .sensors.pagerduty_alerts import pagerduty_on_marts_failure
from .sensors.slack_alerts import slack_on_run_failure

mart_assets = load_assets_from_modules([revenue, customers, pipeline])

if DEPLOYMENT == "local":
    resources = {
        "io_manager": duckdb_io_manager(),
        "raw_io_manager": FilesystemIOManager(base_dir="/tmp/io_manager_storage"),
        "datadog": datadog_metrics(),
    }
else:
    resources = {
        "io_manager": snowflake_io_manager(),
        "snowflake": snowflake_resource(),
        "raw_io_manager": S3PickleIOManager(
            s3_resource=S3Resource(region_name=EnvVar("AWS_REGION")),
            s3_bucket=EnvVar("ASSETFLOW_S3_BUCKET"),
            s3_prefix=INGEST_S3_PREFIX,
        ),
        "datadog": datadog_metrics(),
        # BigQuery evaluation ended Q1; keep config around in case finance asks again.
        # "bq_io_manager": BigQueryPandasIOManager(project="assetflow-analytics", dataset="marts"),
    }

sensors = [slack_on_run_failure]
if PAGERDUTY_ENABLED:
    from dagster_pagerduty import PagerDutyService

    sensors.append(pagerduty_on_marts_failure)
    resources["pagerduty"] = PagerDutyService(routing_key=os.environ["PAGERDUTY_ROUTING_KEY"])

defs = Definitions(
    assets=[*raw_assets, *mart_assets],
    asset_checks=[dim_customers_unique_customer_no, invoiced_revenue_non_negative],
    jobs=[marts_job, order_revenue_job],
    schedules=[marts_schedule, order_revenue_schedule],
    sensors=sensors,
    resources=resources,
)
