from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from posthog.plugins.plugin_server_api import create_hog_invocation_test
from posthog.plugins.plugin_server_api import reload_plugins_on_workers


class PluginConfigViewSet(viewsets.ViewSet):
    def partial_update(self, request: Request, team_id: int, pk=None) -> Response:
        from posthog.models.plugin import PluginConfig

        PluginConfig.objects.filter(team_id=team_id, pk=pk).update(**request.data)
        reload_plugins_on_workers()
        return Response({"id": pk})

    @action(methods=["POST"], detail=True)
    def invocations(self, request: Request, team_id: int, pk=None) -> Response:
        res = create_hog_invocation_test(team_id=int(team_id), plugin_config_id=int(pk), payload=request.data)
        return Response(res.json(), status=res.status_code)
