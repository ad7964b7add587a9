import json
import logging

import requests

logger = logging.getLogger(__name__)

EVENTS_API_URI = "api/v1/events"


class DataDogWrapper:
    """Sends flag change events to the Datadog site/API key the user configured on their project."""

    def __init__(self, base_url: str, api_key: str):
        self.base_url = base_url if base_url.endswith("/") else f"{base_url}/"
        self.api_key = api_key
        self.url = f"{self.base_url}{EVENTS_API_URI}?api_key={self.api_key}"

    def track_event(self, event: dict) -> None:
        payload = {"title": "Flagpost Feature Flag Event", "text": event["text"], "tags": event["tags"]}
        response = requests.post(self.url, data=json.dumps(payload), timeout=5)
        logger.debug("Sent event to DataDog. Response code was: %s", response.status_code)
