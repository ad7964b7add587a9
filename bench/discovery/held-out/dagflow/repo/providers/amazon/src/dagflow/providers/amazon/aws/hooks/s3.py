from __future__ import annotations

from urllib.parse import urlsplit

from dagflow.providers.amazon.aws.hooks.base_aws import AwsBaseHook


def parse_s3_url(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError(f"Not an s3:// URL: {url}")
    return parts.netloc, parts.path.lstrip("/")


class S3Hook(AwsBaseHook):
    def __init__(self, aws_conn_id: str | None = AwsBaseHook.default_conn_name, transfer_config_args: dict | None = None, **kwargs) -> None:
        super().__init__(aws_conn_id=aws_conn_id, client_type="s3", **kwargs)
        self.transfer_config_args = transfer_config_args or {}

    @staticmethod
    def _split(key: str, bucket_name: str | None) -> tuple[str, str]:
        if bucket_name is None:
            return parse_s3_url(key)
        return bucket_name, key

    def check_for_key(self, key: str, bucket_name: str | None = None) -> bool:
        bucket, key = self._split(key, bucket_name)
        try:
            self.conn.head_object(Bucket=bucket, Key=key)
            return True
        except self.conn.exceptions.ClientError:
            return False

    def read_key(self, key: str, bucket_name: str | None = None) -> str:
        bucket, key = self._split(key, bucket_name)
        return self.conn.get_object(Bucket=bucket, Key=key)["Body"].read().decode("utf-8")

    def load_string(self, string_data: str, key: str, bucket_name: str | None = None,
                    replace: bool = False, encrypt: bool = False) -> None:
        bucket, key = self._split(key, bucket_name)
        extra = {"ServerSideEncryption": "AES256"} if encrypt else {}
        self.conn.put_object(Bucket=bucket, Key=key, Body=string_data.encode("utf-8"), **extra)

    def list_keys(self, bucket_name: str, prefix: str = "") -> list[str]:
        paginator = self.conn.get_paginator("list_objects_v2")
        keys: list[str] = []
        for page in paginator.paginate(Bucket=bucket_name, Prefix=prefix):
            keys.extend(obj["Key"] for obj in page.get("Contents", []))
        return keys

    def delete_objects(self, bucket: str, keys: list[str]) -> None:
        for i in range(0, len(keys), 1000):
            chunk = [{"Key": k} for k in keys[i : i + 1000]]
            self.conn.delete_objects(Bucket=bucket, Delete={"Objects": chunk})

    def download_file(self, key: str, bucket_name: str, local_path: str) -> str:
        self.conn.download_file(bucket_name, key, local_path)
        return local_path

    async def get_async_conn(self):
        from aiobotocore.session import get_session

        cfg = self.conn_config
        return get_session().create_client(
            "s3", region_name=cfg.get("region_name"), endpoint_url=cfg.get("endpoint_url"),
            aws_access_key_id=cfg.get("aws_access_key_id"), aws_secret_access_key=cfg.get("aws_secret_access_key"),
        )
