from django.contrib.auth import get_user_model
from rest_framework import serializers
from rest_framework.authtoken.models import Token

from custom_auth.oauth.google import get_user_info

UserModel = get_user_model()


class GoogleLoginSerializer(serializers.Serializer):
    access_token = serializers.CharField(required=True)

    def create(self, validated_data):
        user_data = get_user_info(validated_data["access_token"])
        email = user_data.pop("email")
        user, _ = UserModel.objects.get_or_create(email__iexact=email, defaults={"email": email, **user_data})
        token, _ = Token.objects.get_or_create(user=user)
        return token
