from django.conf import settings
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.grafana_plugin.client import GrafanaAPIClient


class InstallView(APIView):
    """Called by the plugin when an admin enables Pagerloft in Grafana."""

    def post(self, request):
        api_token = request.headers.get("X-Grafana-Service-Account-Token", "")
        grafana_url = request.headers.get("X-Grafana-URL") or settings.GRAFANA_API_URL
        client = GrafanaAPIClient(api_url=grafana_url, api_token=api_token)

        _, status = client.check_token()
        if not status["connected"]:
            return Response(status=400, data={"error": "Grafana API token is invalid", "status": status})

        from apps.grafana_plugin.tasks import sync_organization

        sync_organization.apply_async((settings.SELF_HOSTED_SETTINGS["ORG_ID"], grafana_url, api_token))
        return Response(status=201)


class StatusView(APIView):
    def get(self, request):
        api_token = request.headers.get("X-Grafana-Service-Account-Token", "")
        client = GrafanaAPIClient(api_token=api_token)
        _, status = client.check_token()
        return Response(
            {
                "connection_to_grafana": status,
                "license": settings.LICENSE,
                "version": settings.VERSION,
                "is_rbac_enabled": client.is_rbac_enabled_for_organization() if status["connected"] else False,
            }
        )
