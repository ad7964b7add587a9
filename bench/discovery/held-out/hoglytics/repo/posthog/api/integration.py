from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from posthog.models.integration import Integration, SlackIntegration


class IntegrationViewSet(viewsets.ViewSet):
    def create(self, request: Request, team_id: int) -> Response:
        if request.data.get("kind") == "slack":
            integration = SlackIntegration.integration_from_slack_response(int(team_id), request.data["config"])
            return Response({"id": integration.id, "kind": "slack"})
        return Response({"detail": "unsupported"}, status=400)

    @action(methods=["GET"], detail=True)
    def channels(self, request: Request, team_id: int, pk=None) -> Response:
        integration = Integration.objects.get(team_id=team_id, pk=pk)
        return Response({"channels": SlackIntegration(integration).list_channels()})
