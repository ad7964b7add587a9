from rest_framework import response, viewsets
from rest_framework.decorators import action

from .importer import TrelloImporter


class TrelloImporterViewSet(viewsets.ViewSet):
    """Only routed when IMPORTERS['trello']['active'] (ENABLE_TRELLO_IMPORTER)."""

    @action(detail=False, methods=["POST"])
    def list_projects(self, request):
        importer = TrelloImporter(request.user, request.data["token"])
        return response.Response(importer.list_projects())
