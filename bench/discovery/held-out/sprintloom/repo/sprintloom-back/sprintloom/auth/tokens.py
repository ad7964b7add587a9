import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework.exceptions import AuthenticationFailed


def get_token_for_user(user, scope="authentication"):
    # sprintloom-events decodes this same token with the shared SECRET_KEY
    payload = {"user_id": user.id, "token_type": "access", "scope": scope}
    return jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")


def get_user_for_token(token):
    try:
        data = jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise AuthenticationFailed("Invalid token")
    return get_user_model().objects.get(pk=data["user_id"])
