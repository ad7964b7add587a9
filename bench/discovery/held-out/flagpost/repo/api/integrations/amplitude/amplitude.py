import logging

import requests

logger = logging.getLogger(__name__)

AMPLITUDE_API_URL = "https://api.amplitude.com/identify"


class AmplitudeWrapper:
    """Identifies users in the Amplitude project whose API key the user configured on the environment."""

    def __init__(self, api_key: str, base_url: str = AMPLITUDE_API_URL):
        self.api_key = api_key
        self.url = base_url

    def identify_user(self, user_id: str, feature_states: list) -> None:
        user_properties = {fs["feature"]["name"]: fs["feature_state_value"] for fs in feature_states}
        payload = {"api_key": self.api_key, "identification": [{"user_id": user_id, "user_properties": user_properties}]}
        response = requests.post(self.url, json=payload, timeout=5)
        logger.debug("Sent event to Amplitude. Response code was: %s", response.status_code)
