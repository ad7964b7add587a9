from typing import Annotated, Literal, Optional

from pydantic import AliasChoices, Field, HttpUrl, NonNegativeInt, PositiveInt, computed_field
from pydantic_settings import BaseSettings


class SecurityConfig(BaseSettings):
    SECRET_KEY: str = Field(description="Secret key for secure session cookie signing.", default="")
    RESET_PASSWORD_TOKEN_EXPIRY_MINUTES: PositiveInt = Field(default=5)


class CodeExecutionSandboxConfig(BaseSettings):
    """
    Configuration for the code execution sandbox environment
    """

    CODE_EXECUTION_ENDPOINT: HttpUrl = Field(
        description="URL endpoint for the code execution service",
        default=HttpUrl("http://sandbox:8194"),
    )
    CODE_EXECUTION_API_KEY: str = Field(description="API key for accessing the code execution service", default="promptyard-sandbox")
    CODE_EXECUTION_CONNECT_TIMEOUT: Optional[float] = Field(default=10.0)
    CODE_EXECUTION_READ_TIMEOUT: Optional[float] = Field(default=60.0)
    CODE_EXECUTION_WRITE_TIMEOUT: Optional[float] = Field(default=10.0)
    CODE_MAX_NUMBER: PositiveInt = Field(default=9223372036854775807)
    CODE_MAX_STRING_LENGTH: PositiveInt = Field(default=80000)


class PluginConfig(BaseSettings):
    """
    Plugin configs
    """

    PLUGIN_DAEMON_URL: HttpUrl = Field(description="Plugin API URL", default=HttpUrl("http://localhost:5002"))
    PLUGIN_DAEMON_KEY: str = Field(description="Plugin API key", default="plugin-api-key")
    INNER_API_KEY_FOR_PLUGIN: str = Field(description="Inner api key for plugin", default="inner-api-key")
    PLUGIN_REMOTE_INSTALL_HOST: str = Field(default="localhost")
    PLUGIN_REMOTE_INSTALL_PORT: PositiveInt = Field(default=5003)
    PLUGIN_MAX_PACKAGE_SIZE: PositiveInt = Field(default=15728640 * 12)


class MarketplaceConfig(BaseSettings):
    """
    Configuration for marketplace
    """

    MARKETPLACE_ENABLED: bool = Field(description="Enable or disable marketplace", default=True)
    MARKETPLACE_API_URL: HttpUrl = Field(description="Marketplace API URL", default=HttpUrl("https://marketplace.promptyard.ai"))


class EndpointConfig(BaseSettings):
    CONSOLE_API_URL: str = Field(default="")
    CONSOLE_WEB_URL: str = Field(default="")
    SERVICE_API_URL: str = Field(default="")
    APP_WEB_URL: str = Field(default="")
    ENDPOINT_URL_TEMPLATE: str = Field(default="http://localhost/e/{hook_id}")


class FileAccessConfig(BaseSettings):
    FILES_URL: str = Field(default="", validation_alias=AliasChoices("FILES_URL", "CONSOLE_API_URL"))
    INTERNAL_FILES_URL: str = Field(default="")
    FILES_ACCESS_TIMEOUT: int = Field(default=300)


class HttpConfig(BaseSettings):
    """
    HTTP-related configurations for the application
    """

    API_COMPRESSION_ENABLED: bool = Field(default=False)

    inner_CONSOLE_CORS_ALLOW_ORIGINS: str = Field(
        validation_alias=AliasChoices("CONSOLE_CORS_ALLOW_ORIGINS", "CONSOLE_WEB_URL"),
        default="",
    )

    @computed_field
    def CONSOLE_CORS_ALLOW_ORIGINS(self) -> list[str]:
        return self.inner_CONSOLE_CORS_ALLOW_ORIGINS.split(",")

    HTTP_REQUEST_MAX_CONNECT_TIMEOUT: Annotated[PositiveInt, Field(ge=10)] = 10
    HTTP_REQUEST_MAX_READ_TIMEOUT: Annotated[PositiveInt, Field(ge=60)] = 60
    HTTP_REQUEST_MAX_WRITE_TIMEOUT: Annotated[PositiveInt, Field(ge=10)] = 20
    HTTP_REQUEST_NODE_MAX_BINARY_SIZE: PositiveInt = Field(default=10 * 1024 * 1024)
    HTTP_REQUEST_NODE_MAX_TEXT_SIZE: PositiveInt = Field(default=1 * 1024 * 1024)
    HTTP_REQUEST_NODE_SSL_VERIFY: bool = Field(default=True)

    SSRF_DEFAULT_MAX_RETRIES: PositiveInt = Field(default=3)

    SSRF_PROXY_ALL_URL: Optional[str] = Field(description="Proxy URL for HTTP or HTTPS requests to prevent SSRF", default=None)
    SSRF_PROXY_HTTP_URL: Optional[str] = Field(description="Proxy URL for HTTP requests to prevent SSRF", default=None)
    SSRF_PROXY_HTTPS_URL: Optional[str] = Field(description="Proxy URL for HTTPS requests to prevent SSRF", default=None)
    SSRF_DEFAULT_TIME_OUT: PositiveInt = Field(default=5)
    SSRF_DEFAULT_CONNECT_TIME_OUT: PositiveInt = Field(default=5)
    SSRF_DEFAULT_READ_TIME_OUT: PositiveInt = Field(default=5)
    SSRF_DEFAULT_WRITE_TIME_OUT: PositiveInt = Field(default=5)


class MailConfig(BaseSettings):
    MAIL_TYPE: Optional[str] = Field(description="Email service provider type ('smtp' or 'resend'), default to None.", default=None)
    MAIL_DEFAULT_SEND_FROM: Optional[str] = Field(default=None)
    RESEND_API_KEY: Optional[str] = Field(default=None)
    RESEND_API_URL: Optional[str] = Field(default=None)
    SMTP_SERVER: Optional[str] = Field(default=None)
    SMTP_PORT: Optional[int] = Field(default=465)
    SMTP_USERNAME: Optional[str] = Field(default=None)
    SMTP_PASSWORD: Optional[str] = Field(default=None)
    SMTP_USE_TLS: bool = Field(default=False)
    SMTP_OPPORTUNISTIC_TLS: bool = Field(default=False)


class DataSetConfig(BaseSettings):
    NOTION_CLIENT_SECRET: Optional[str] = Field(default=None)
    NOTION_CLIENT_ID: Optional[str] = Field(default=None)
    NOTION_INTERNAL_SECRET: Optional[str] = Field(default=None)
    NOTION_INTEGRATION_TYPE: Optional[str] = Field(default=None)
    ETL_TYPE: str = Field(default="promptyard")
    INDEXING_MAX_SEGMENTATION_TOKENS_LENGTH: PositiveInt = Field(default=4000)


class UpdateConfig(BaseSettings):
    CHECK_UPDATE_URL: str = Field(description="URL to check for application updates", default="https://updates.promptyard.ai")


class SentryConfig(BaseSettings):
    SENTRY_DSN: Optional[str] = Field(default=None)
    SENTRY_TRACES_SAMPLE_RATE: float = Field(default=1.0)
    SENTRY_PROFILES_SAMPLE_RATE: float = Field(default=1.0)


class ModelLoadBalanceConfig(BaseSettings):
    OPENAI_API_BASE: str = Field(default="https://api.openai.com/v1")
    MULTIMODAL_SEND_FORMAT: Literal["base64", "url"] = Field(default="base64")


class WorkflowConfig(BaseSettings):
    WORKFLOW_MAX_EXECUTION_STEPS: PositiveInt = Field(default=500)
    WORKFLOW_MAX_EXECUTION_TIME: PositiveInt = Field(default=1200)
    MAX_VARIABLE_SIZE: PositiveInt = Field(default=200 * 1024)


class DeploymentConfig(BaseSettings):
    DEBUG: bool = Field(default=False)
    EDITION: str = Field(default="SELF_HOSTED")
    DEPLOY_ENV: str = Field(default="PRODUCTION")
    MIGRATION_ENABLED: NonNegativeInt = Field(default=1)


class FeatureConfig(
    # place the configs in alphabet order
    CodeExecutionSandboxConfig,
    DataSetConfig,
    DeploymentConfig,
    EndpointConfig,
    FileAccessConfig,
    HttpConfig,
    MailConfig,
    MarketplaceConfig,
    ModelLoadBalanceConfig,
    PluginConfig,
    SecurityConfig,
    SentryConfig,
    UpdateConfig,
    WorkflowConfig,
):
    pass
