import pandas as pd
from dagster import AssetIn, AssetKey, DailyPartitionsDefinition, asset

daily = DailyPartitionsDefinition(start_date="2023-01-01", timezone="Europe/Amsterdam")


@asset(
    ins={
        "orders": AssetIn(key=AssetKey(["raw", "orders", "orders"]), input_manager_key="raw_io_manager"),
        "order_lines": AssetIn(key=AssetKey(["raw", "orders", "order_lines"]), input_manager_key="raw_io_manager"),
    },
    partitions_def=daily,
    group_name="marts",
    compute_kind="snowflake",
    metadata={"partition_expr": "ORDER_DATE"},
)
def fct_order_revenue(orders: pd.DataFrame, order_lines: pd.DataFrame) -> pd.DataFrame:
    lines = order_lines.assign(line_total_cents=order_lines["quantity"] * order_lines["unit_price_cents"])
    agg = lines.groupby("order_id", as_index=False)["line_total_cents"].sum()
    df = orders.merge(agg, left_on="id", right_on="order_id", how="left")
    df["ORDER_DATE"] = pd.to_datetime(df["created_at"]).dt.date
    df = df[df["status"].isin(["paid", "shipped", "delivered"])]
    return df.rename(columns=str.upper)[
        ["ID", "CUSTOMER_ID", "CURRENCY", "TOTAL_AMOUNT_CENTS", "LINE_TOTAL_CENTS", "ORDER_DATE"]
    ]


@asset(
    ins={"invoices": AssetIn(key=AssetKey(["raw", "erp", "erp_invoices"]), input_manager_key="raw_io_manager")},
    group_name="marts",
    compute_kind="snowflake",
)
def fct_invoiced_revenue(invoices: pd.DataFrame) -> pd.DataFrame:
    invoices = invoices.copy()
    invoices["gross_amount"] = invoices["net_amount"] + invoices["tax_amount"]
    invoices["month"] = pd.to_datetime(invoices["invoice_date"]).dt.to_period("M").astype(str)
    return (
        invoices.groupby(["month", "currency"], as_index=False)[["net_amount", "gross_amount"]]
        .sum()
        .rename(columns=str.upper)
    )
