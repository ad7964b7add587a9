from rest_framework import response, viewsets
from rest_framework.decorators import action

from .normal import JiraNormalImporter


class JiraImporterViewSet(viewsets.ViewSet):
    """Only routed when IMPORTERS['jira']['active'] (ENABLE_JIRA_IMPORTER)."""

    @action(detail=False, methods=["POST"])
    def list_projects(self, request):
        importer = JiraNormalImporter(request.user, request.data["url"], request.data["token"])
        return response.Response(importer.list_projects())
