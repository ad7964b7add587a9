"""Runbeacon settings, read from RUNBEACON_* environment variables or ~/.runbeacon/profiles.toml."""
from pathlib import Path
from typing import Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

RUNBEACON_HOME = Path.home() / ".runbeacon"


class APISettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RUNBEACON_API_", extra="ignore")

    url: Optional[str] = Field(default=None, description="URL of the Runbeacon API, e.g. http://127.0.0.1:4200/api")
    key: Optional[str] = None
    request_timeout: float = 60.0
    database_connection_url: str = f"sqlite+aiosqlite:///{RUNBEACON_HOME}/runbeacon.db"
    database_echo: bool = False
    database_pool_size: int = 5
    database_max_overflow: int = 10
    database_migrate_on_start: bool = True
    services_scheduler_enabled: bool = True
    services_late_runs_enabled: bool = True
    services_event_persister_enabled: bool = True
    services_triggers_enabled: bool = True


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RUNBEACON_SERVER_", extra="ignore")

    api_host: str = "127.0.0.1"
    api_port: int = 4200
    analytics_enabled: bool = True
    ui_enabled: bool = True


class MessagingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RUNBEACON_MESSAGING_", extra="ignore")

    broker: str = "runbeacon.server.utilities.messaging.memory"
    cache: str = "runbeacon.server.utilities.messaging.memory"


class SMTPSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RUNBEACON_SMTP_", extra="ignore")

    host: str = "localhost"
    port: int = 25
    username: Optional[str] = None
    password: Optional[str] = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RUNBEACON_", extra="ignore")

    home: Path = RUNBEACON_HOME
    logging_level: str = "INFO"
    notify_email_from: str = "runbeacon@localhost"
    slack_webhook_url: Optional[str] = None
    api: APISettings = Field(default_factory=APISettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    messaging: MessagingSettings = Field(default_factory=MessagingSettings)
    smtp: SMTPSettings = Field(default_factory=SMTPSettings)


_settings: Optional[Settings] = None


def get_current_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings
