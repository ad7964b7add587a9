import json
import os

import boto3
from botocore.exceptions import ClientError
from django.core.management import BaseCommand


class Command(BaseCommand):
    help = "Create the default bucket for the instance"

    def set_bucket_public_policy(self, s3_client, bucket_name):
        public_policy = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject"],
                    "Resource": [f"arn:aws:s3:::{bucket_name}/*"],
                }
            ],
        }
        try:
            s3_client.put_bucket_policy(Bucket=bucket_name, Policy=json.dumps(public_policy))
        except ClientError as e:
            self.stdout.write(self.style.WARNING(f"Could not set public policy: {e}"))

    def handle(self, *args, **options):
        s3_client = boto3.client(
            "s3",
            endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL"),
            aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID"),
            aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY"),
        )
        bucket_name = os.environ.get("AWS_S3_BUCKET_NAME")
        try:
            s3_client.head_bucket(Bucket=bucket_name)
            self.stdout.write(self.style.SUCCESS(f"Bucket '{bucket_name}' exists."))
        except ClientError as e:
            error_code = int(e.response["Error"]["Code"])
            if error_code == 404:
                s3_client.create_bucket(Bucket=bucket_name)
                self.stdout.write(self.style.SUCCESS(f"Bucket '{bucket_name}' created successfully."))
                self.set_bucket_public_policy(s3_client, bucket_name)
            else:
                raise
