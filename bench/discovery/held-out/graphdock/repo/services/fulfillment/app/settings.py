from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    graphdock_endpoint: str = "http://localhost:8080"
    graphdock_admin_secret: str = ""
    actions_shared_secret: str = ""

    slip_bucket: str = "lattice-packing-slips"
    aws_region: str = "eu-west-1"
    # Only set in docker-compose.dev.yml (minio); production talks to AWS S3.
    s3_endpoint_url: str | None = None

    # Legacy: direct reporting connection, no longer used since everything goes via the engine.
    reporting_database_url: str | None = None


@lru_cache
def get_settings() -> Settings:
    return Settings()
