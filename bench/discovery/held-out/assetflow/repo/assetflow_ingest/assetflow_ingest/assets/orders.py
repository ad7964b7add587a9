import pandas as pd
from dagster import (
    AssetExecutionContext,
    MaterializeResult,
    MetadataValue,
    Output,
    asset,
)

from ..constants import RAW_GROUP, SOURCE_TAG
from ..partitions import daily_partitions
from ..resources import OrdersDatabaseResource

ORDERS_QUERY = """
SELECT o.id, o.customer_id, o.status, o.currency, o.total_amount_cents,
       o.created_at, o.updated_at
FROM public.orders o
WHERE o.updated_at >= :start AND o.updated_at < :end
"""

ORDER_LINES_QUERY = """
SELECT l.id, l.order_id, l.sku, l.quantity, l.unit_price_cents
FROM public.order_lines l
JOIN public.orders o ON o.id = l.order_id
WHERE o.updated_at >= :start AND o.updated_at < :end
"""


@asset(
    key_prefix=["raw", "orders"],
    group_name=RAW_GROUP,
    partitions_def=daily_partitions,
    op_tags={SOURCE_TAG: "orders_db"},
    compute_kind="postgres",
)
def orders(context: AssetExecutionContext, orders_db: OrdersDatabaseResource) -> Output[pd.DataFrame]:
    """Orders updated during the partition window, pulled from the orders read replica."""
    window = context.partition_time_window
    df = orders_db.read_sql(ORDERS_QUERY, start=window.start, end=window.end)
    return Output(
        df,
        metadata={"row_count": len(df), "preview": MetadataValue.md(df.head(5).to_markdown())},
    )


@asset(
    key_prefix=["raw", "orders"],
    group_name=RAW_GROUP,
    partitions_def=daily_partitions,
    op_tags={SOURCE_TAG: "orders_db"},
    compute_kind="postgres",
)
def order_lines(context: AssetExecutionContext, orders_db: OrdersDatabaseResource) -> Output[pd.DataFrame]:
    window = context.partition_time_window
    df = orders_db.read_sql(ORDER_LINES_QUERY, start=window.start, end=window.end)
    return Output(df, metadata={"row_count": len(df)})
