import io

import boto3
import pytest

from planedeck.utils.storage import S3Storage


@pytest.mark.usefixtures("s3_bucket")
def test_upload_and_metadata(monkeypatch):
    monkeypatch.setenv("USE_MINIO", "0")
    storage = S3Storage()
    storage.upload_file(io.BytesIO(b"hello"), "ws/hello.txt", content_type="text/plain")
    meta = storage.get_object_metadata("ws/hello.txt")
    assert meta["ContentLength"] == 5


@pytest.mark.usefixtures("s3_bucket")
def test_delete_files():
    storage = S3Storage()
    storage.upload_file(io.BytesIO(b"x"), "ws/x.bin")
    storage.delete_files(["ws/x.bin"])
    objs = boto3.client("s3", region_name="us-east-1").list_objects_v2(Bucket="test-uploads")
    assert objs.get("KeyCount", 0) == 0
