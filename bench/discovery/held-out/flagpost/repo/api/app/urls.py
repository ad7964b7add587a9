from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from . import views

urlpatterns = [
    path("api/v1/", include("api.urls.v1")),
    path("api/v1/auth/", include("custom_auth.urls")),
    path("api/v1/environments/", include("environments.urls")),
    path("health/liveness", views.liveness),
    path("admin/", admin.site.urls),
    path("config/project-overrides", views.project_overrides, name="project_overrides"),
    # Catch all for the frontend SPA, served by Django from the bundled static files
    re_path(r"^.*$", views.index, name="index"),
]
