from dagster import AssetSelection, define_asset_job

marts_job = define_asset_job(
    name="marts_job",
    selection=AssetSelection.groups("marts") - AssetSelection.keys("fct_order_revenue"),
    tags={"team": "analytics"},
)

order_revenue_job = define_asset_job(
    name="order_revenue_job",
    selection=AssetSelection.keys("fct_order_revenue"),
)
