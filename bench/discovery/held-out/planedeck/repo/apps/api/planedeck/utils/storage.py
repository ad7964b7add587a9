import logging
import os
import uuid

import boto3
from botocore.client import Config
from botocore.exceptions import ClientError
from django.conf import settings

logger = logging.getLogger("planedeck.api")


class S3Storage:
    """Thin wrapper around boto3 for presigned uploads to S3 / MinIO."""

    def __init__(self, request=None):
        self.aws_access_key_id = os.environ.get("AWS_ACCESS_KEY_ID")
        self.aws_secret_access_key = os.environ.get("AWS_SECRET_ACCESS_KEY")
        self.aws_storage_bucket_name = os.environ.get("AWS_S3_BUCKET_NAME")
        self.aws_region = os.environ.get("AWS_REGION")
        self.aws_s3_endpoint_url = os.environ.get("AWS_S3_ENDPOINT_URL") or os.environ.get(
            "MINIO_ENDPOINT_URL"
        )

        if os.environ.get("USE_MINIO") == "1":
            # Presigned URLs must be reachable from the browser, so sign against the public host
            # (the proxy forwards /uploads to MinIO).
            self.s3_client = boto3.client(
                "s3",
                aws_access_key_id=self.aws_access_key_id,
                aws_secret_access_key=self.aws_secret_access_key,
                region_name=self.aws_region,
                endpoint_url=(
                    f"{request.scheme}://{request.get_host()}" if request else self.aws_s3_endpoint_url
                ),
                config=Config(signature_version="s3v4"),
            )
        else:
            self.s3_client = boto3.client(
                "s3",
                aws_access_key_id=self.aws_access_key_id,
                aws_secret_access_key=self.aws_secret_access_key,
                region_name=self.aws_region,
                endpoint_url=self.aws_s3_endpoint_url,
                config=Config(signature_version="s3v4"),
            )

    def generate_presigned_post(self, object_name, file_type, file_size, expiration=3600):
        fields = {"Content-Type": file_type}
        conditions = [
            {"bucket": self.aws_storage_bucket_name},
            ["content-length-range", 1, file_size],
            {"Content-Type": file_type},
        ]
        try:
            return self.s3_client.generate_presigned_post(
                Bucket=self.aws_storage_bucket_name,
                Key=object_name,
                Fields=fields,
                Conditions=conditions,
                ExpiresIn=expiration,
            )
        except ClientError as e:
            logger.exception("presigned post failed: %s", e)
            return None

    def generate_presigned_url(self, object_name, expiration=3600, disposition="inline", filename=None):
        params = {"Bucket": self.aws_storage_bucket_name, "Key": str(object_name)}
        if filename:
            params["ResponseContentDisposition"] = f'{disposition}; filename="{filename}"'
        try:
            return self.s3_client.generate_presigned_url("get_object", Params=params, ExpiresIn=expiration)
        except ClientError:
            return None

    def get_object_metadata(self, object_name):
        try:
            response = self.s3_client.head_object(Bucket=self.aws_storage_bucket_name, Key=object_name)
        except ClientError:
            return None
        return {
            "ContentType": response.get("ContentType"),
            "ContentLength": response.get("ContentLength"),
            "LastModified": response.get("LastModified").isoformat() if response.get("LastModified") else None,
        }

    def upload_file(self, file_obj, object_name, content_type=None, extra_args=None):
        args = dict(extra_args or {})
        if content_type:
            args["ContentType"] = content_type
        self.s3_client.upload_fileobj(file_obj, self.aws_storage_bucket_name, object_name, ExtraArgs=args)
        return True

    def delete_files(self, object_names):
        if not object_names:
            return True
        self.s3_client.delete_objects(
            Bucket=self.aws_storage_bucket_name,
            Delete={"Objects": [{"Key": str(n)} for n in object_names]},
        )
        return True


def generate_asset_key(workspace_id, name):
    return f"{workspace_id}/{uuid.uuid4().hex}-{name[:50]}"
