import boto3

from .settings import get_settings


def _client():
    s = get_settings()
    return boto3.client("s3", region_name=s.aws_region, endpoint_url=s.s3_endpoint_url)


def upload_slip(order_id: str, pdf: bytes) -> str:
    s = get_settings()
    key = f"slips/{order_id}.pdf"
    _client().put_object(Bucket=s.slip_bucket, Key=key, Body=pdf, ContentType="application/pdf")
    return key


def delete_slips(keys: list[str]) -> int:
    if not keys:
        return 0
    s = get_settings()
    _client().delete_objects(Bucket=s.slip_bucket, Delete={"Objects": [{"Key": k} for k in keys]})
    return len(keys)
