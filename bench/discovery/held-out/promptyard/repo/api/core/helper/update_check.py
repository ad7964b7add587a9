import logging

from configs import yard_config

logger = logging.getLogger(__name__)


def check_version_update(current_version: str) -> dict:
    """
    Version check against the public release feed.

    Disabled for self-hosted builds: the console now reads the release
    list from the marketplace, see PY-1183.
    """
    # response = requests.get(yard_config.CHECK_UPDATE_URL, {"current_version": current_version}, timeout=5)
    # response.raise_for_status()
    # return response.json()
    logger.debug("update check disabled, url=%s", yard_config.CHECK_UPDATE_URL)
    return {
        "version": current_version,
        "release_date": "",
        "release_notes": "",
        "can_auto_update": False,
    }
