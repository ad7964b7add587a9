from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from .routers import router

urlpatterns = [
    path("api/v1/", include(router.urls)),
    path("admin/", admin.site.urls),
]

if settings.IMPORTERS.get("github", {}).get("active"):
    from sprintloom.importers.github.api import GithubImporterViewSet
    router.register(r"importers/github", GithubImporterViewSet, basename="importers-github")

if settings.IMPORTERS.get("jira", {}).get("active"):
    from sprintloom.importers.jira.api import JiraImporterViewSet
    router.register(r"importers/jira", JiraImporterViewSet, basename="importers-jira")

if settings.IMPORTERS.get("trello", {}).get("active"):
    from sprintloom.importers.trello.api import TrelloImporterViewSet
    router.register(r"importers/trello", TrelloImporterViewSet, basename="importers-trello")
