from rest_framework import viewsets

from features.models import Feature, FeatureState
from features.serializers import FeatureSerializer, FeatureStateSerializer
from features.tasks import trigger_feature_state_change_webhooks


class FeatureViewSet(viewsets.ModelViewSet):
    serializer_class = FeatureSerializer

    def get_queryset(self):
        return Feature.objects.filter(project_id=self.kwargs["project_pk"], is_archived=False)


class FeatureStateViewSet(viewsets.ModelViewSet):
    serializer_class = FeatureStateSerializer

    def get_queryset(self):
        return FeatureState.objects.filter(environment__api_key=self.kwargs["environment_api_key"])

    def perform_update(self, serializer):
        feature_state = serializer.save()
        trigger_feature_state_change_webhooks.delay(args=(feature_state.id,))
