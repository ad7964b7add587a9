"""One-off: create the data-lake bucket with lifecycle rules. Run manually by an admin."""
import os

import boto3

bucket = os.environ.get("ASSETFLOW_S3_BUCKET", "assetflow-data-lake")
s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": s3.meta.region_name})
s3.put_bucket_lifecycle_configuration(
    Bucket=bucket,
    LifecycleConfiguration={
        "Rules": [
            {
                "ID": "expire-local-and-staging",
                "Filter": {"Prefix": "dagster/local/"},
                "Status": "Enabled",
                "Expiration": {"Days": 14},
            }
        ]
    },
)
print(f"created {bucket}")
