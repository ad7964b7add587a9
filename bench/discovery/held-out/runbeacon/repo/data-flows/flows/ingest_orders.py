from runbeacon import flow, task

from flows.common.alerts import notify_slack_on_failure
from flows.common.storage import list_new_exports, read_parquet
from flows.common.warehouse import load_frame


@task(retries=3, retry_delay_seconds=30)
def extract(key: str):
    return read_parquet(key)


@task
def transform(df):
    df = df.rename(columns=str.upper)
    df["ORDER_TOTAL"] = df["QUANTITY"] * df["UNIT_PRICE"]
    return df[df["STATUS"] != "test"]


@task(retries=2)
def load(df) -> int:
    return load_frame(df, "ORDERS_RAW")


@flow(name="ingest-orders", on_failure=[notify_slack_on_failure], log_prints=True)
def ingest_orders(prefix: str = "exports/orders/"):
    total = 0
    for key in list_new_exports(prefix):
        total += load(transform(extract(key)))
    print(f"loaded {total} rows")
    return total


if __name__ == "__main__":
    ingest_orders()
