from dagster import Definitions, EnvVar, FilesystemIOManager, load_assets_from_modules
from dagster_aws.s3 import S3PickleIOManager, S3Resource

from . import assets
from .constants import DEPLOYMENT, S3_PREFIX
from .jobs import erp_job, hubspot_job, orders_daily_job
from .resources import ErpMySQLResource, HubSpotResource, OrdersDatabaseResource
from .schedules import erp_nightly_schedule, hubspot_hourly_schedule, orders_daily_schedule
from .utils.observability import init_sentry

init_sentry()

all_assets = load_assets_from_modules([assets.orders, assets.erp, assets.hubspot_crm])

shared_resources = {
    "orders_db": OrdersDatabaseResource(connection_url=EnvVar("ORDERS_DB_URL")),
    "erp_mysql": ErpMySQLResource(
        host=EnvVar("ERP_MYSQL_HOST"),
        port=EnvVar.int("ERP_MYSQL_PORT"),
        user=EnvVar("ERP_MYSQL_USER"),
        password=EnvVar("ERP_MYSQL_PASSWORD"),
        database=EnvVar("ERP_MYSQL_DATABASE"),
    ),
    "hubspot": HubSpotResource(access_token=EnvVar("HUBSPOT_ACCESS_TOKEN")),
}

resources_by_deployment = {
    "local": {
        **shared_resources,
        "io_manager": FilesystemIOManager(base_dir="/tmp/io_manager_storage"),
    },
    "prod": {
        **shared_resources,
        "io_manager": S3PickleIOManager(
            s3_resource=S3Resource(region_name=EnvVar("AWS_REGION")),
            s3_bucket=EnvVar("ASSETFLOW_S3_BUCKET"),
            s3_prefix=S3_PREFIX,
        ),
    },
}

defs = Definitions(
    assets=all_assets,
    jobs=[orders_daily_job, erp_job, hubspot_job],
    schedules=[orders_daily_schedule, erp_nightly_schedule, hubspot_hourly_schedule],
    resources=resources_by_deployment[DEPLOYMENT],
)
