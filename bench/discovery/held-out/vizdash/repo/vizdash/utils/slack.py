from __future__ import annotations

import logging
from typing import Any, Optional

from flask import current_app
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from vizdash import cache_manager

logger = logging.getLogger(__name__)


class SlackClientError(Exception):
    pass


def get_slack_client() -> WebClient:
    token: str = current_app.config["SLACK_API_TOKEN"]
    if callable(token):
        token = token()
    client = WebClient(token=token, proxy=current_app.config["SLACK_PROXY"])
    return client


@cache_manager.cache.memoize(timeout=60 * 60 * 24)
def get_channels(
    force: bool = False, cache_timeout: Optional[int] = None
) -> list[dict[str, Any]]:
    """
    Retrieves a list of all conversations accessible by the bot
    from the Slack API, and caches results (to avoid rate limits).

    The Slack API does not provide search so to apply a search use
    get_channels_with_search instead.
    """
    client = get_slack_client()
    channel_schema = __import__(
        "vizdash.reports.schemas", fromlist=["ChannelSchema"]
    ).ChannelSchema()
    channels: list[dict[str, Any]] = []
    extra_params = {"types": "public_channel,private_channel"}
    cursor = None
    page_count = 0

    logger.info("Retrieving slack channels start")
    while True:
        page_count += 1
        response = client.conversations_list(
            limit=999, cursor=cursor, exclude_archived=True, **extra_params
        )
        channels.extend(
            channel_schema.load(channel, unknown="exclude")
            for channel in response.data["channels"]
        )
        cursor = response.data.get("response_metadata", {}).get("next_cursor")
        if not cursor:
            break

    logger.info("Retrieving slack channels end (total pages: %s)", page_count)
    return channels


def get_channels_with_search(
    search_string: str = "",
    types: Optional[list[str]] = None,
    exact_match: bool = False,
    force: bool = False,
) -> list[dict[str, Any]]:
    try:
        channels = get_channels(
            force=force,
            cache_timeout=current_app.config["SLACK_CACHE_TIMEOUT"],
        )
    except SlackApiError as ex:
        raise SlackClientError(f"Failed to list channels: {ex}") from ex

    if types and not len(types) == 2:
        channels = [
            c for c in channels if c["is_private"] == ("private_channel" in types)
        ]
    if search_string:
        search_array = [s.lower() for s in search_string.split(",")]
        channels = [
            c
            for c in channels
            if any(
                (s == c["name"].lower() or s == c["id"].lower())
                if exact_match
                else (s in c["name"].lower() or s in c["id"].lower())
                for s in search_array
            )
        ]
    return channels
