from django.urls import path

from planedeck.app.views.ai import GPTIntegrationEndpoint
from planedeck.app.views.asset import WorkspaceFileAssetEndpoint
from planedeck.app.views.issue import IssueDetailEndpoint, IssueListCreateEndpoint
from planedeck.app.views.page import PageDescriptionEndpoint
from planedeck.app.views.unsplash import UnsplashEndpoint

urlpatterns = [
    path("workspaces/<str:slug>/projects/<uuid:project_id>/issues/", IssueListCreateEndpoint.as_view()),
    path("workspaces/<str:slug>/projects/<uuid:project_id>/issues/<uuid:pk>/", IssueDetailEndpoint.as_view()),
    path("workspaces/<str:slug>/projects/<uuid:project_id>/ai-assistant/", GPTIntegrationEndpoint.as_view()),
    path("assets/v2/workspaces/<str:slug>/", WorkspaceFileAssetEndpoint.as_view()),
    path("assets/v2/workspaces/<str:slug>/<uuid:asset_id>/", WorkspaceFileAssetEndpoint.as_view()),
    path("workspaces/<str:slug>/pages/<uuid:page_id>/description/", PageDescriptionEndpoint.as_view()),
    path("unsplash/", UnsplashEndpoint.as_view()),
]
