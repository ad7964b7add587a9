import abc
from typing import Optional

import structlog
from boto3 import client
from botocore.client import Config
from django.conf import settings

logger = structlog.get_logger(__name__)


class ObjectStorageError(Exception):
    pass


class ObjectStorageClient(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def read(self, bucket: str, key: str) -> Optional[str]: ...

    @abc.abstractmethod
    def write(self, bucket: str, key: str, content: str | bytes) -> None: ...

    @abc.abstractmethod
    def get_presigned_url(self, bucket: str, file_key: str, expiration: int = 3600) -> Optional[str]: ...


class UnavailableStorage(ObjectStorageClient):
    def read(self, bucket: str, key: str) -> Optional[str]:
        return None

    def write(self, bucket: str, key: str, content: str | bytes) -> None:
        pass

    def get_presigned_url(self, bucket: str, file_key: str, expiration: int = 3600) -> Optional[str]:
        return None


class ObjectStorage(ObjectStorageClient):
    def __init__(self, aws_client) -> None:
        self.aws_client = aws_client

    def read(self, bucket: str, key: str) -> Optional[str]:
        try:
            s3_response = self.aws_client.get_object(Bucket=bucket, Key=key)
            return s3_response["Body"].read().decode("utf-8")
        except Exception as e:
            logger.exception("object_storage.read_failed", bucket=bucket, file_name=key, error=e)
            raise ObjectStorageError("read failed") from e

    def list_objects(self, bucket: str, prefix: str) -> list[str]:
        response = self.aws_client.list_objects_v2(Bucket=bucket, Prefix=prefix)
        return [obj["Key"] for obj in response.get("Contents", [])]

    def write(self, bucket: str, key: str, content: str | bytes) -> None:
        try:
            self.aws_client.put_object(Bucket=bucket, Body=content, Key=key)
        except Exception as e:
            logger.exception("object_storage.write_failed", bucket=bucket, file_name=key, error=e)
            raise ObjectStorageError("write failed") from e

    def get_presigned_url(self, bucket: str, file_key: str, expiration: int = 3600) -> Optional[str]:
        return self.aws_client.generate_presigned_url(
            ClientMethod="get_object", Params={"Bucket": bucket, "Key": file_key}, ExpiresIn=expiration, HttpMethod="GET"
        )


_client: ObjectStorageClient = UnavailableStorage()


def object_storage_client() -> ObjectStorageClient:
    global _client
    if not settings.OBJECT_STORAGE_ENABLED:
        _client = UnavailableStorage()
    elif isinstance(_client, UnavailableStorage):
        _client = ObjectStorage(
            client(
                "s3",
                endpoint_url=settings.OBJECT_STORAGE_ENDPOINT,
                aws_access_key_id=settings.OBJECT_STORAGE_ACCESS_KEY_ID,
                aws_secret_access_key=settings.OBJECT_STORAGE_SECRET_ACCESS_KEY,
                config=Config(signature_version="s3v4", connect_timeout=1, retries={"max_attempts": 1}),
                region_name=settings.OBJECT_STORAGE_REGION,
            )
        )
    return _client


def read(file_name: str) -> Optional[str]:
    return object_storage_client().read(bucket=settings.OBJECT_STORAGE_BUCKET, key=file_name)


def write(file_name: str, content: str | bytes) -> None:
    return object_storage_client().write(bucket=settings.OBJECT_STORAGE_BUCKET, key=file_name, content=content)


def list_objects(prefix: str) -> list[str]:
    c = object_storage_client()
    return c.list_objects(settings.OBJECT_STORAGE_BUCKET, prefix) if isinstance(c, ObjectStorage) else []


def get_presigned_url(file_key: str, expiration: int = 3600) -> Optional[str]:
    return object_storage_client().get_presigned_url(bucket=settings.OBJECT_STORAGE_BUCKET, file_key=file_key, expiration=expiration)
