import requests
from django.conf import settings
from requests import RequestException
from rest_framework import status

from custom_auth.oauth.exceptions import GoogleAuthError

USER_INFO_URL = "https://www.googleapis.com/oauth2/v1/userinfo?alt=json&"
NON_200_ERROR_MESSAGE = "Google returned {} status code when getting an access token."


def get_user_info(access_token: str) -> dict:
    try:
        headers = {"Authorization": f"Bearer {access_token}"}
        response = requests.get(USER_INFO_URL, headers=headers, timeout=10)

        if response.status_code != status.HTTP_200_OK:
            raise GoogleAuthError(NON_200_ERROR_MESSAGE.format(response.status_code))

        response_json = response.json()
        return {
            "email": response_json["email"],
            "first_name": response_json.get("given_name", ""),
            "last_name": response_json.get("family_name", ""),
            "google_user_id": response_json["id"],
        }
    except RequestException:
        raise GoogleAuthError("Failed to get user information from google.")
