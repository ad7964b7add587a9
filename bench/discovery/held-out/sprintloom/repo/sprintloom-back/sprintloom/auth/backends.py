from rest_framework.authentication import BaseAuthentication, SessionAuthentication

from .tokens import get_user_for_token


class Session(SessionAuthentication):
    def enforce_csrf(self, request):
        return None


class Token(BaseAuthentication):
    auth_rx = "Bearer"

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header.startswith(self.auth_rx + " "):
            return None
        user = get_user_for_token(header.split(" ", 1)[1])
        return (user, None)
