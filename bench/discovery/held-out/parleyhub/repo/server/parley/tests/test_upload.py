from unittest import mock

import boto3
from django.test import TestCase, override_settings
from moto import mock_aws

from parley.lib.upload.s3 import S3UploadBackend


@override_settings(S3_AUTH_UPLOADS_BUCKET="test-uploads", S3_AVATAR_BUCKET="test-avatars", S3_REGION="us-east-1", UPLOAD_BACKEND="s3")
class S3UploadTest(TestCase):
    @mock_aws
    def test_upload_and_redirect(self) -> None:
        conn = boto3.resource("s3", region_name="us-east-1")
        conn.create_bucket(Bucket="test-uploads")
        conn.create_bucket(Bucket="test-avatars")
        backend = S3UploadBackend()
        backend.upload_message_attachment("2/ab/test.txt", "text/plain", b"hello", 10)
        body = conn.Object("test-uploads", "2/ab/test.txt").get()["Body"].read()
        self.assertEqual(body, b"hello")
        self.assertTrue(backend.internal_redirect_path("2/ab/test.txt").startswith("/internal/s3/test-uploads.s3"))
