from sqlalchemy import create_engine, text

from assetflow_ingest.resources import OrdersDatabaseResource


def test_orders_resource_reads_sqlite(sqlite_orders_url):
    engine = create_engine(sqlite_orders_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (1), (2)"))

    res = OrdersDatabaseResource(connection_url=sqlite_orders_url, statement_timeout_ms=0)
    res._engine = engine  # skip postgres-specific connect_args
    df = res.read_sql("SELECT id FROM t")
    assert list(df["id"]) == [1, 2]


def test_s3_bucket_fixture(s3_bucket):
    s3_bucket.put_object(Bucket="assetflow-test", Key="x", Body=b"1")
    assert s3_bucket.list_objects_v2(Bucket="assetflow-test")["KeyCount"] == 1
