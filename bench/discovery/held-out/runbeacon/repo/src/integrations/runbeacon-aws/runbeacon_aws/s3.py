"""S3Bucket block for result storage and file movement."""
from typing import Optional

import boto3
from pydantic import SecretStr

from runbeacon.blocks.core import Block


class AwsCredentials(Block):
    _block_type_slug = "aws-credentials"
    aws_access_key_id: Optional[str] = None
    aws_secret_access_key: Optional[SecretStr] = None
    region_name: Optional[str] = None

    def get_s3_client(self):
        return boto3.client(
            "s3", region_name=self.region_name, aws_access_key_id=self.aws_access_key_id,
            aws_secret_access_key=self.aws_secret_access_key.get_secret_value() if self.aws_secret_access_key else None,
        )


class S3Bucket(Block):
    _block_type_slug = "s3-bucket"
    bucket_name: str
    credentials: AwsCredentials = AwsCredentials()
    bucket_folder: str = ""

    def read_path(self, path: str) -> bytes:
        key = f"{self.bucket_folder}/{path}".lstrip("/")
        return self.credentials.get_s3_client().get_object(Bucket=self.bucket_name, Key=key)["Body"].read()

    def write_path(self, path: str, content: bytes) -> str:
        key = f"{self.bucket_folder}/{path}".lstrip("/")
        self.credentials.get_s3_client().put_object(Bucket=self.bucket_name, Key=key, Body=content)
        return key
