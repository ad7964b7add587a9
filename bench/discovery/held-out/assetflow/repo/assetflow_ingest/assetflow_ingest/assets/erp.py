import pandas as pd
from dagster import AssetExecutionContext, Output, asset

from ..constants import RAW_GROUP, SOURCE_TAG
from ..partitions import weekly_partitions
from ..resources import ErpMySQLResource


@asset(
    key_prefix=["raw", "erp"],
    group_name=RAW_GROUP,
    op_tags={SOURCE_TAG: "erp_mysql"},
    compute_kind="mysql",
)
def erp_customers(erp_mysql: ErpMySQLResource) -> Output[pd.DataFrame]:
    """Full snapshot of ERP customer master data."""
    df = erp_mysql.fetch_df(
        "SELECT customer_no, name, vat_id, country_code, segment, created_on, modified_on "
        "FROM customers WHERE deleted = 0"
    )
    return Output(df, metadata={"row_count": len(df)})


@asset(
    key_prefix=["raw", "erp"],
    group_name=RAW_GROUP,
    partitions_def=weekly_partitions,
    op_tags={SOURCE_TAG: "erp_mysql"},
    compute_kind="mysql",
)
def erp_invoices(context: AssetExecutionContext, erp_mysql: ErpMySQLResource) -> Output[pd.DataFrame]:
    window = context.partition_time_window
    df = erp_mysql.fetch_df(
        "SELECT invoice_no, customer_no, invoice_date, net_amount, tax_amount, currency "
        "FROM invoices WHERE invoice_date >= %s AND invoice_date < %s",
        (window.start.date(), window.end.date()),
    )
    return Output(df, metadata={"row_count": len(df)})
