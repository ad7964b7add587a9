from django.conf import settings
from rest_framework import response, viewsets
from rest_framework.decorators import action

from .importer import GithubImporter
from . import tasks


class GithubImporterViewSet(viewsets.ViewSet):
    @action(detail=False, methods=["GET"])
    def auth_url(self, request):
        client_id = settings.IMPORTERS["github"]["client_id"]
        url = f"https://github.com/login/oauth/authorize?client_id={client_id}&scope=user,repo"
        return response.Response({"url": url})

    @action(detail=False, methods=["POST"])
    def authorize(self, request):
        token = GithubImporter.get_access_token(request.data.get("code"))
        return response.Response({"token": token})

    @action(detail=False, methods=["POST"])
    def list_projects(self, request):
        importer = GithubImporter(request.user, request.data.get("token"))
        return response.Response(importer.list_projects())

    @action(detail=False, methods=["POST"])
    def import_project(self, request):
        token = request.data.get("token")
        project_id = request.data.get("project")
        options = {"name": request.data.get("name"), "keep_external_reference": True}
        if settings.CELERY_ENABLED:
            task = tasks.import_project.delay(request.user.id, token, project_id, options)
            return response.Response({"task_id": task.id}, status=202)

        project = GithubImporter(request.user, token).import_project(project_id, options)
        return response.Response({"slug": project.slug}, status=200)
