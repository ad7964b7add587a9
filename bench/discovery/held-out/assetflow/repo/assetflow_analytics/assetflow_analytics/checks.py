import pandas as pd
from dagster import AssetCheckResult, AssetCheckSeverity, asset_check

from .assets.customers import dim_customers
from .assets.revenue import fct_invoiced_revenue


@asset_check(asset=dim_customers, blocking=True)
def dim_customers_unique_customer_no(dim_customers: pd.DataFrame) -> AssetCheckResult:
    dupes = int(dim_customers["CUSTOMER_NO"].duplicated().sum())
    return AssetCheckResult(passed=dupes == 0, metadata={"duplicates": dupes})


@asset_check(asset=fct_invoiced_revenue)
def invoiced_revenue_non_negative(fct_invoiced_revenue: pd.DataFrame) -> AssetCheckResult:
    negatives = int((fct_invoiced_revenue["NET_AMOUNT"] < 0).sum())
    return AssetCheckResult(
        passed=negatives == 0,
        severity=AssetCheckSeverity.WARN,
        metadata={"negative_rows": negatives},
    )
