from rest_framework import serializers

from features.models import Feature, FeatureState


class FeatureSerializer(serializers.ModelSerializer):
    class Meta:
        model = Feature
        fields = ("id", "name", "type", "default_enabled", "initial_value", "description", "project")


class FeatureStateSerializer(serializers.ModelSerializer):
    class Meta:
        model = FeatureState
        fields = ("id", "feature", "environment", "enabled", "value")
