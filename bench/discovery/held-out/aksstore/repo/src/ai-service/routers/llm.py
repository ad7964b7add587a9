"""Builds the chat-completion client from environment settings."""
import os
from functools import lru_cache

from openai import AzureOpenAI, OpenAI


def _flag(name: str) -> bool:
    return os.environ.get(name, "False").lower() in ("1", "true", "yes")


@lru_cache(maxsize=1)
def get_client():
    if _flag("USE_AZURE_OPENAI"):
        endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
        if not endpoint:
            raise ValueError("AZURE_OPENAI_ENDPOINT is required when USE_AZURE_OPENAI is set")
        if _flag("USE_AZURE_AD"):
            from azure.identity import DefaultAzureCredential, get_bearer_token_provider

            token_provider = get_bearer_token_provider(
                DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"
            )
            return AzureOpenAI(
                azure_endpoint=endpoint,
                azure_ad_token_provider=token_provider,
                api_version="2024-02-01",
            )
        return AzureOpenAI(
            azure_endpoint=endpoint,
            api_key=os.environ.get("OPENAI_API_KEY"),
            api_version="2024-02-01",
        )

    # plain OpenAI (or anything that speaks its API, when OPENAI_API_BASE is set)
    return OpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        organization=os.environ.get("OPENAI_ORG_ID"),
        base_url=os.environ.get("OPENAI_API_BASE"),
    )


def model_name() -> str:
    if _flag("USE_AZURE_OPENAI"):
        return os.environ.get("AZURE_OPENAI_DEPLOYMENT_NAME", "gpt-35-turbo")
    return os.environ.get("OPENAI_MODEL", "gpt-3.5-turbo")
