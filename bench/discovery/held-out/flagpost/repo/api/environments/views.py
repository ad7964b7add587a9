from rest_framework import viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from environments.models import Environment
from environments.serializers import EnvironmentSerializer


class EnvironmentViewSet(viewsets.ModelViewSet):
    serializer_class = EnvironmentSerializer
    lookup_field = "api_key"

    def get_queryset(self):
        return Environment.objects.filter(project__organisation__users=self.request.user)


@api_view(["GET"])
@permission_classes([AllowAny])
def environment_document(request):
    api_key = request.headers.get("X-Environment-Key")
    return Response(Environment.get_environment_document(api_key))
