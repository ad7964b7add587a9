import pandas as pd
from dagster import AssetIn, AssetKey, asset


@asset(
    ins={"deals": AssetIn(key=AssetKey(["raw", "hubspot", "hubspot_deals"]), input_manager_key="raw_io_manager")},
    group_name="marts",
    compute_kind="snowflake",
)
def fct_sales_pipeline(deals: pd.DataFrame) -> pd.DataFrame:
    deals = deals.copy()
    deals["closedate"] = pd.to_datetime(deals["closedate"], errors="coerce")
    deals["close_month"] = deals["closedate"].dt.to_period("M").astype(str)
    return (
        deals.groupby(["pipeline", "dealstage", "close_month"], as_index=False)["amount"]
        .agg(["sum", "count"])
        .reset_index()
        .rename(columns={"sum": "AMOUNT", "count": "DEALS"})
        .rename(columns=str.upper)
    )
