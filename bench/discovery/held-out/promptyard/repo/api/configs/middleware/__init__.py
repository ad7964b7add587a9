from typing import Any, Literal, Optional
from urllib.parse import parse_qsl, quote_plus

from pydantic import Field, NonNegativeInt, PositiveFloat, PositiveInt, computed_field
from pydantic_settings import BaseSettings


class StorageConfig(BaseSettings):
    STORAGE_TYPE: Literal["opendal", "s3", "local"] = Field(
        description="Type of storage to use. 'local' is deprecated, use 'opendal' with scheme 'fs'.",
        default="opendal",
    )

    STORAGE_LOCAL_PATH: str = Field(
        description="Path for local storage when STORAGE_TYPE is set to 'local'.",
        default="storage",
        deprecated=True,
    )


class S3StorageConfig(BaseSettings):
    S3_ENDPOINT: Optional[str] = Field(description="URL of the S3-compatible storage endpoint", default=None)
    S3_REGION: Optional[str] = Field(description="Region where the S3 bucket is located", default=None)
    S3_BUCKET_NAME: Optional[str] = Field(description="Name of the S3 bucket to store and retrieve objects", default=None)
    S3_ACCESS_KEY: Optional[str] = Field(description="Access key ID for authenticating with the S3 service", default=None)
    S3_SECRET_KEY: Optional[str] = Field(description="Secret access key for authenticating with the S3 service", default=None)
    S3_ADDRESS_STYLE: Literal["auto", "virtual", "path"] = Field(default="auto")
    S3_USE_AWS_MANAGED_IAM: bool = Field(default=False)


class OpenDALStorageConfig(BaseSettings):
    OPENDAL_SCHEME: str = Field(default="fs", description="OpenDAL scheme.")


class VectorStoreConfig(BaseSettings):
    VECTOR_STORE: Optional[str] = Field(description="Type of vector store to use for efficient similarity search.", default=None)
    VECTOR_STORE_WHITELIST_ENABLE: Optional[bool] = Field(default=False)


class WeaviateConfig(BaseSettings):
    WEAVIATE_ENDPOINT: Optional[str] = Field(description="URL of the Weaviate server (e.g., 'http://localhost:8080')", default=None)
    WEAVIATE_API_KEY: Optional[str] = Field(description="API key for authenticating with the Weaviate server", default=None)
    WEAVIATE_GRPC_ENABLED: bool = Field(default=True)
    WEAVIATE_BATCH_SIZE: PositiveInt = Field(default=100)


class KeywordStoreConfig(BaseSettings):
    KEYWORD_STORE: str = Field(default="jieba")


class DatabaseConfig(BaseSettings):
    DB_HOST: str = Field(description="Hostname or IP address of the database server.", default="localhost")
    DB_PORT: PositiveInt = Field(description="Port number for database connection.", default=5432)
    DB_USERNAME: str = Field(description="Username for database authentication.", default="postgres")
    DB_PASSWORD: str = Field(description="Password for database authentication.", default="")
    DB_DATABASE: str = Field(description="Name of the database to connect to.", default="promptyard")
    DB_CHARSET: str = Field(default="")
    DB_EXTRAS: str = Field(default="")
    SQLALCHEMY_DATABASE_URI_SCHEME: str = Field(default="postgresql")

    @computed_field  # type: ignore[misc]
    @property
    def SQLALCHEMY_DATABASE_URI(self) -> str:
        db_extras = (
            f"{self.DB_EXTRAS}&client_encoding={self.DB_CHARSET}" if self.DB_CHARSET else self.DB_EXTRAS
        ).strip("&")
        db_extras = f"?{db_extras}" if db_extras else ""
        return (
            f"{self.SQLALCHEMY_DATABASE_URI_SCHEME}://"
            f"{quote_plus(self.DB_USERNAME)}:{quote_plus(self.DB_PASSWORD)}@{self.DB_HOST}:{self.DB_PORT}/{self.DB_DATABASE}"
            f"{db_extras}"
        )

    SQLALCHEMY_POOL_SIZE: NonNegativeInt = Field(default=30)
    SQLALCHEMY_MAX_OVERFLOW: NonNegativeInt = Field(default=10)
    SQLALCHEMY_POOL_RECYCLE: NonNegativeInt = Field(default=3600)
    SQLALCHEMY_POOL_PRE_PING: bool = Field(default=False)
    SQLALCHEMY_ECHO: bool | str = Field(default=False)

    @computed_field  # type: ignore[misc]
    @property
    def SQLALCHEMY_ENGINE_OPTIONS(self) -> dict[str, Any]:
        return {
            "pool_size": self.SQLALCHEMY_POOL_SIZE,
            "max_overflow": self.SQLALCHEMY_MAX_OVERFLOW,
            "pool_recycle": self.SQLALCHEMY_POOL_RECYCLE,
            "pool_pre_ping": self.SQLALCHEMY_POOL_PRE_PING,
            "connect_args": {"options": "-c timezone=UTC"},
        }


class CeleryConfig(DatabaseConfig):
    CELERY_BACKEND: str = Field(description="Backend for Celery task results. Options: 'database', 'redis'.", default="database")
    CELERY_BROKER_URL: Optional[str] = Field(description="URL of the message broker for Celery tasks.", default=None)
    CELERY_USE_SENTINEL: Optional[bool] = Field(default=False)
    CELERY_SENTINEL_MASTER_NAME: Optional[str] = Field(default=None)
    CELERY_SENTINEL_SOCKET_TIMEOUT: Optional[PositiveFloat] = Field(default=0.1)

    @computed_field
    def CELERY_RESULT_BACKEND(self) -> str | None:
        return (
            "db+{}".format(self.SQLALCHEMY_DATABASE_URI)
            if self.CELERY_BACKEND == "database"
            else self.CELERY_BROKER_URL
        )

    @property
    def BROKER_USE_SSL(self) -> bool:
        return self.CELERY_BROKER_URL.startswith("rediss://") if self.CELERY_BROKER_URL else False


class RedisConfig(BaseSettings):
    REDIS_HOST: str = Field(description="Hostname or IP address of the Redis server", default="localhost")
    REDIS_PORT: PositiveInt = Field(description="Port number on which the Redis server is listening", default=6379)
    REDIS_USERNAME: Optional[str] = Field(default=None)
    REDIS_PASSWORD: Optional[str] = Field(default=None)
    REDIS_DB: NonNegativeInt = Field(default=0)
    REDIS_USE_SSL: bool = Field(default=False)
    REDIS_USE_SENTINEL: Optional[bool] = Field(default=False)
    REDIS_SENTINELS: Optional[str] = Field(default=None)
    REDIS_SENTINEL_SERVICE_NAME: Optional[str] = Field(default=None)


class MiddlewareConfig(
    # place the configs in alphabet order
    CeleryConfig,
    DatabaseConfig,
    KeywordStoreConfig,
    RedisConfig,
    # configs of storage and storage providers
    StorageConfig,
    OpenDALStorageConfig,
    S3StorageConfig,
    # configs of vdb and vdb providers
    VectorStoreConfig,
    WeaviateConfig,
):
    pass
