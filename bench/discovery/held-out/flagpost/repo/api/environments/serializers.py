from rest_framework import serializers

from environments.models import Environment


class EnvironmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Environment
        fields = ("id", "name", "api_key", "project", "minimum_change_request_approvals", "allow_client_traits")
