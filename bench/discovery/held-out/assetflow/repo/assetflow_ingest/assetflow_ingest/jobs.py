from dagster import AssetSelection, define_asset_job

from .partitions import daily_partitions

orders_daily_job = define_asset_job(
    name="orders_daily_job",
    selection=AssetSelection.key_prefixes(["raw", "orders"]),
    partitions_def=daily_partitions,
    tags={"team": "data-platform"},
)

erp_job = define_asset_job(
    name="erp_job",
    selection=AssetSelection.key_prefixes(["raw", "erp"]) - AssetSelection.keys(["raw", "erp", "erp_invoices"]),
)

hubspot_job = define_asset_job(
    name="hubspot_job",
    selection=AssetSelection.key_prefixes(["raw", "hubspot"]),
)
