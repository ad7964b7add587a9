"""Student notes. Only active when FEATURES['ENABLE_EDXNOTES'] (False in every deployment)."""
import requests
from django.conf import settings


def is_feature_enabled():
    return settings.FEATURES.get("ENABLE_EDXNOTES", False)


def send_request(user, course_id, path="annotations", params=None):
    if not is_feature_enabled():
        return []
    url = f"{settings.EDXNOTES_INTERNAL_API}/{path}/"
    response = requests.get(url, params={"user": user.username, "course_id": course_id, **(params or {})}, timeout=3)
    response.raise_for_status()
    return response.json()
