import boto3
import botocore
from botocore.client import Config
from decouple import config

if not config("S3_HOST", default=False):
    # AWS-hosted install: default S3 endpoint
    client = boto3.client('s3')
else:
    client = boto3.client('s3', endpoint_url=config("S3_HOST"),
                          aws_access_key_id=config("S3_KEY"),
                          aws_secret_access_key=config("S3_SECRET"),
                          config=Config(signature_version='s3v4'),
                          region_name=config("sessions_region"),
                          verify=not config("S3_DISABLE_SSL_VERIFY", default=False, cast=bool))


def exists(bucket, key):
    try:
        client.head_object(Bucket=bucket, Key=key)
    except botocore.exceptions.ClientError as e:
        if e.response['Error']['Code'] == "404":
            return False
        raise
    return True


def get_presigned_url_for_sharing(bucket, expires_in, key, check_exists=False):
    if check_exists and not exists(bucket, key):
        return None
    return client.generate_presigned_url('get_object', Params={'Bucket': bucket, 'Key': key},
                                         ExpiresIn=expires_in)


def schedule_for_deletion(bucket, key):
    if not exists(bucket, key):
        return False
    client.put_object_tagging(Bucket=bucket, Key=key,
                              Tagging={'TagSet': [{'Key': 'to_delete_in_days', 'Value': '7'}]})
    return True
