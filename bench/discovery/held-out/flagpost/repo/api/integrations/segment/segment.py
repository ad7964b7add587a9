import logging

import analytics

logger = logging.getLogger(__name__)


class SegmentWrapper:
    """Identifies users with their flags in the Segment source whose write key the user configured."""

    def __init__(self, api_key: str):
        self.analytics = analytics.Client(write_key=api_key)

    def identify_user(self, identity_id: str, feature_states: list) -> None:
        traits = {fs["feature"]["name"]: fs["enabled"] for fs in feature_states}
        self.analytics.identify(user_id=identity_id, traits=traits)
        logger.debug("Sent event to Segment.")
