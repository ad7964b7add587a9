"""python-social-auth backend: Studio logs users in through the LMS OAuth2 provider."""
import requests
from social_core.backends.oauth import BaseOAuth2


class EdXOAuth2(BaseOAuth2):
    name = "edx-oauth2"
    ACCESS_TOKEN_METHOD = "POST"
    REDIRECT_STATE = False

    def _internal_root(self):
        # http://lms:8000 from SOCIAL_AUTH_EDX_OAUTH2_URL_ROOT
        return self.setting("URL_ROOT").rstrip("/")

    def authorization_url(self):
        # browser-facing: public LMS URL
        return self.setting("PUBLIC_URL_ROOT").rstrip("/") + "/oauth2/authorize"

    def access_token_url(self):
        return self._internal_root() + "/oauth2/access_token"

    def user_data(self, access_token, *args, **kwargs):
        response = requests.get(
            self._internal_root() + "/api/user/v1/me",
            headers={"Authorization": f"JWT {access_token}"},
            timeout=5,
        )
        response.raise_for_status()
        return response.json()

    def get_user_details(self, response):
        return {"username": response.get("username"), "email": response.get("email")}
