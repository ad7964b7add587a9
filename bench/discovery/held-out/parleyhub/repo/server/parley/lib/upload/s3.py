import logging
import os
import secrets
from typing import IO, Any, Optional
from urllib.parse import urlsplit

import boto3
import botocore
from botocore.client import Config
from django.conf import settings

from parley.lib.upload.base import ParleyUploadBackend

SIGNED_UPLOAD_URL_DURATION = 60


def get_bucket(bucket_name: str, authed: bool = True) -> Any:
    return boto3.resource(
        "s3",
        aws_access_key_id=settings.S3_KEY if authed else None,
        aws_secret_access_key=settings.S3_SECRET_KEY if authed else None,
        region_name=settings.S3_REGION,
        endpoint_url=settings.S3_ENDPOINT_URL,
        config=Config(signature_version=None if authed else botocore.UNSIGNED, s3={"addressing_style": "auto"}),
    ).Bucket(bucket_name)


def upload_content_to_s3(bucket: Any, path: str, content_type: Optional[str], user_profile_id: int, contents: bytes) -> None:
    key = bucket.Object(path)
    extra = {"Metadata": {"user_profile_id": str(user_profile_id)}}
    if content_type is not None:
        extra["ContentType"] = content_type
    key.put(Body=contents, **extra)


class S3UploadBackend(ParleyUploadBackend):
    def __init__(self) -> None:
        self.avatar_bucket = get_bucket(settings.S3_AVATAR_BUCKET)
        self.uploads_bucket = get_bucket(settings.S3_AUTH_UPLOADS_BUCKET)
        self.public_upload_url_base = self.construct_public_upload_url_base()

    def construct_public_upload_url_base(self) -> str:
        client = self.avatar_bucket.meta.client
        return client.generate_presigned_url("get_object", Params={"Bucket": self.avatar_bucket.name, "Key": "x"}, ExpiresIn=0).split("/x?")[0]

    def upload_message_attachment(self, path_id: str, content_type: str, file_data: bytes, user_profile_id: int) -> None:
        upload_content_to_s3(self.uploads_bucket, path_id, content_type, user_profile_id, file_data)

    def generate_message_upload_url(self, path_id: str) -> str:
        return self.uploads_bucket.meta.client.generate_presigned_url(
            ClientMethod="get_object",
            Params={"Bucket": self.uploads_bucket.name, "Key": path_id},
            ExpiresIn=SIGNED_UPLOAD_URL_DURATION,
            HttpMethod="GET",
        )

    def internal_redirect_path(self, path_id: str) -> str:
        # nginx fetches this itself; see puppet/.../uploads.route
        url = urlsplit(self.generate_message_upload_url(path_id))
        return f"/internal/s3/{url.hostname}{url.path}?{url.query}"

    def upload_avatar_image(self, user_file: IO[bytes], user_profile_id: int, content_type: Optional[str]) -> None:
        upload_content_to_s3(self.avatar_bucket, f"{user_profile_id}/{secrets.token_hex(16)}", content_type, user_profile_id, user_file.read())

    def upload_export_tarball(self, realm_id: int, tarball_path: str) -> str:
        key = f"exports/{realm_id}/{secrets.token_hex(16)}/{os.path.basename(tarball_path)}"
        self.avatar_bucket.Object(key).upload_file(tarball_path)
        logging.info("Uploaded realm export %s to s3://%s/%s", tarball_path, self.avatar_bucket.name, key)
        return f"{self.public_upload_url_base}/{key}"
